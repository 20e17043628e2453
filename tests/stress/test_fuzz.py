"""Fuzz: whatever a file holds, the validators answer with clear messages and never crash.

- templates: mutations of MINI_TEMPLATE (fields deleted, wrong types, random JSON,
  unicode) → validate_template returns a list of strings; random bytes and damaged
  JSON text → load_template_file raises TemplateError and nothing else.
- sync (once inspector/sync/__init__.py exists): mutated inspection.json → validate_data
  returns strings; bundles with a mutated manifest or mutated data (with a
  recomputed manifest, so the data checks are reached) → verify_bundle refuses with
  a reason and never raises.

INSPECTOR_FUZZ_EXAMPLES scales the example counts (default 1; a full run uses 5).
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inspector import scoring
from inspector.templates.validator import TemplateError, load_template_file, validate_template
from tests.conftest import MINI_TEMPLATE

SCALE = int(os.environ.get("INSPECTOR_FUZZ_EXAMPLES", "1"))
FUZZ = settings(
    max_examples=150 * SCALE, deadline=None, derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=12),
    st.sampled_from(["", " ", "满", "\u202e", "\x00", "check", "onsite", "dress", "A", "1e309"]),
)
json_values = st.recursive(
    scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=12,
)


def paths_of(value: Any, prefix: tuple = ()) -> list[tuple]:
    """Every path (tuple of keys / indexes) inside a JSON value, the root included."""
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found += paths_of(child, prefix + (key,))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += paths_of(child, prefix + (index,))
    return found


def wrong_type(value: Any) -> list[Any]:
    """Values of another JSON type than `value`, the kind of mistake a hand-edited file makes."""
    options: list[Any] = [None, True, 0, -1, 1.5, "", "x", [], {}, [value], {"value": value}]
    if isinstance(value, str):
        options += [value.encode("utf-8", "replace").hex(), value * 50, value + "\u0301", int(len(value))]
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        options += [str(value), -value, value * 1e300, float("nan"), float("inf")]
    return [o for o in options if type(o) is not type(value) or o != value]


@st.composite
def mutated(draw: st.DrawFn, base: Any, max_mutations: int = 4,
            actions: tuple[str, ...] = ("delete", "retype", "random", "add")) -> Any:
    """`base` with 1..max_mutations edits: delete a key/element, retype, replace with random JSON, add a key."""
    doc = copy.deepcopy(base)
    for _ in range(draw(st.integers(1, max_mutations))):
        targets = paths_of(doc)
        path = draw(st.sampled_from(targets))
        if not path:
            if draw(st.integers(0, 9)) == 0:
                return draw(json_values)  # the whole document replaced
            continue
        parent = doc
        for key in path[:-1]:
            parent = parent[key]
        key = path[-1]
        action = draw(st.sampled_from(actions))
        if action == "delete":
            del parent[key]
        elif action == "retype":
            parent[key] = draw(st.sampled_from(wrong_type(parent[key])))
        elif action == "random":
            parent[key] = draw(json_values)
        elif isinstance(parent, dict):
            parent[draw(st.text(max_size=8))] = draw(json_values)
        else:
            parent.append(draw(json_values))
    return doc


@FUZZ
@given(mutated(MINI_TEMPLATE))
def test_mutated_template_gets_a_list_of_messages(template: Any) -> None:
    errors = validate_template(template, "fuzz.json")
    assert isinstance(errors, list) and all(isinstance(e, str) and e.startswith("fuzz.json") for e in errors)
    if not errors:
        # A template the validator lets through must be usable: scoring reads every part of it.
        result = scoring.score_inspection(template, [], "onsite")
        assert result.grade in {g["grade"] for g in template["scoring"]["grades"]}


@FUZZ
@given(st.binary(max_size=400))
def test_random_bytes_as_template_file_raise_only_template_error(tmp_path_factory, blob: bytes) -> None:
    path = tmp_path_factory.mktemp("tpl") / "template.json"
    path.write_bytes(blob)
    with pytest.raises(TemplateError) as info:
        load_template_file(path)
    assert info.value.errors and all(str(path) in e for e in info.value.errors)


MINI_TEXT = json.dumps(MINI_TEMPLATE, ensure_ascii=False).encode("utf-8")


@FUZZ
@given(st.lists(st.tuples(st.integers(0, len(MINI_TEXT) - 1), st.integers(1, 255)), min_size=1, max_size=6))
def test_damaged_template_text_raises_only_template_error(tmp_path_factory, flips: list[tuple[int, int]]) -> None:
    blob = bytearray(MINI_TEXT)
    for pos, mask in flips:
        blob[pos] ^= mask
    path = tmp_path_factory.mktemp("tpl") / "template.json"
    path.write_bytes(bytes(blob))
    try:
        template = load_template_file(path)
    except TemplateError as exc:
        assert exc.errors and all(isinstance(e, str) for e in exc.errors)
    else:  # a flip inside a text field can leave a valid template
        assert validate_template(template) == []


# --- sync bundles -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def bundle_parts(signed_bundle: dict) -> dict:
    with zipfile.ZipFile(signed_bundle["bundle"]) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    return {**signed_bundle, "members": members, "data": json.loads(members["inspection.json"]),
            "manifest": json.loads(members["manifest.json"])}


def write_bundle(path: Path, members: dict[str, bytes], fresh_manifest: bool) -> Path:
    members = dict(members)
    if fresh_manifest:
        manifest = json.loads(members["manifest.json"])
        manifest["members"] = {n: {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
                               for n, d in members.items() if n != "manifest.json"}
        members["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def encode(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, allow_nan=True).encode("utf-8")


@FUZZ
@given(data=st.data())
def test_mutated_inspection_json_gets_a_list_of_messages(bundle_parts: dict, data: st.DataObject) -> None:
    doc = data.draw(mutated(bundle_parts["data"], max_mutations=5))
    errors = bundle_parts["sync"].validate_data(doc)
    assert isinstance(errors, list) and all(isinstance(e, str) for e in errors)


@settings(FUZZ, max_examples=40 * SCALE)
@given(data=st.data())
def test_bundle_with_mutated_data_is_refused_not_raised(bundle_parts: dict, tmp_path_factory, data: st.DataObject) -> None:
    # No "add": format 1 lets later versions add optional fields, which this version ignores.
    doc = data.draw(mutated(bundle_parts["data"], max_mutations=3, actions=("delete", "retype", "random")))
    members = {**bundle_parts["members"], "inspection.json": encode(doc)}
    path = write_bundle(tmp_path_factory.mktemp("b") / "x.inspection.zip", members, fresh_manifest=True)
    check = bundle_parts["sync"].verify_bundle(path, bundle_parts["trust"])
    if doc == bundle_parts["data"]:
        return  # the mutation changed nothing (e.g. a value replaced by itself)
    assert not check.ok and check.code and path.name in check.reason, check


@settings(FUZZ, max_examples=60 * SCALE)
@given(data=st.data())
def test_bundle_with_mutated_manifest_is_refused_not_raised(bundle_parts: dict, tmp_path_factory, data: st.DataObject) -> None:
    manifest = data.draw(mutated(bundle_parts["manifest"], max_mutations=3))
    members = {**bundle_parts["members"], "manifest.json": encode(manifest)}
    path = write_bundle(tmp_path_factory.mktemp("b") / "x.inspection.zip", members, fresh_manifest=False)
    check = bundle_parts["sync"].verify_bundle(path, bundle_parts["trust"])
    if manifest == bundle_parts["manifest"]:
        return
    # Only an edit the importer does not rely on may pass (an extra key, 74128.0 for 74128):
    # every member's hash and size must still be the genuine ones.
    if check.ok:
        for name, entry in bundle_parts["manifest"]["members"].items():
            listed = manifest["members"][name]
            assert (listed["sha256"], listed["size"]) == (entry["sha256"], entry["size"]), manifest
    else:
        assert check.code and path.name in check.reason, check


@settings(FUZZ, max_examples=60 * SCALE)
@given(blob=st.binary(max_size=600), name=st.sampled_from(["inspection.json", "manifest.json"]))
def test_bundle_with_random_bytes_in_a_json_member_is_refused(bundle_parts: dict, tmp_path_factory, blob: bytes, name: str) -> None:
    members = {**bundle_parts["members"], name: blob}
    path = write_bundle(tmp_path_factory.mktemp("b") / "x.inspection.zip", members, fresh_manifest=name != "manifest.json")
    check = bundle_parts["sync"].verify_bundle(path, bundle_parts["trust"])
    assert not check.ok and check.code in ("invalid_data", "manifest_mismatch", "unreadable"), check
