"""The inspection.json schema (bundle format 2) as data, and a validator with clear messages.

    errors = validate_data(json.loads(text))   # [] when valid; never raises, whatever the value

Kept as plain Python rather than JSON Schema so the messages name the field and say what
was expected; docs/bundle-format.md documents the same fields.
"""

from __future__ import annotations

import base64
import binascii
import copy
import math
import re
from typing import Any

from inspector.audit import canonical_sha256
from inspector.model import INSPECTION_TYPES, RESULTS, SIGNER_ROLES, STATUSES
from inspector.sync.bundle_writer import BUNDLE_FORMAT as DATA_FORMAT
from inspector.templates.validator import validate_template

HEX64 = re.compile(r"^[0-9a-f]{64}$")
UUIDISH = re.compile(r"^[0-9A-Za-z-]{8,64}$")

# field: (types, required). "str?" means str or None.
_T = {"str": (str,), "str?": (str, type(None)), "int": (int,), "num": (int, float), "num?": (int, float, type(None)),
      "int?": (int, type(None)), "bool": (bool,), "list": (list,), "dict": (dict,)}

INSPECTION = {"id": "str", "branch_id": "str", "type": "str", "inspectors": "list", "template_id": "str",
              "template_version": "int", "started_at": "str", "ended_at": "str?", "status": "str",
              "corrects": "str?", "created_at": "str", "updated_at": "str"}
BRANCH = {"id": "str", "code": "str", "name": "str", "address": "str", "head": "str", "region": "str"}
TEMPLATE = {"id": "str", "version": "int", "sha256": "str", "body": "dict"}
FINDING = {"inspection_id": "str", "item_id": "str", "result": "str", "occurrences": "int", "staff": "str",
           "repeat": "bool", "note": "str", "selected": "list", "created_at": "str", "updated_at": "str"}
PHOTO = {"id": "str", "inspection_id": "str", "sha256": "str", "original_path": "str", "display_path": "str",
         "thumb_path": "str", "original_name": "str", "taken_at": "str?", "taken_at_source": "str",
         "imported_at": "str", "item_id": "str?", "width": "int", "height": "int", "gps_lat": "num?",
         "gps_lon": "num?", "annotations": "list", "member": "str"}
TIMING = {"inspection_id": "str", "item_id": "str", "kind": "str", "recorded_at": "str", "started_at": "str?",
          "stopped_at": "str?", "seconds": "num?", "waiting": "int?", "windows_open": "int?", "label": "str"}
SIGNATURE = {"role": "str", "name": "str", "title": "str", "signed_at": "str", "strokes": "list", "image_png": "str"}
RECTIFICATION = {"inspection_id": "str", "item_id": "str", "owner": "str", "deadline": "str", "status": "str",
                 "closed_at": "str?", "closing_note": "str"}
TOP = {"bundle_format": "int", "inspection": "dict", "branch": "dict", "template": "dict", "findings": "list",
       "photos": "list", "timings": "list", "signatures": "list", "rectifications": "list", "score": "dict",
       "audit": "list"}


def _type_name(value: Any) -> str:
    return "null" if value is None else type(value).__name__


def _short(value: Any) -> str:
    """At most 40 characters of a value for a message; never raises (huge ints, deep nesting)."""
    try:
        return repr(str(value)[:40])
    except (ValueError, RecursionError):
        return f"<{_type_name(value)}>"


def _check_fields(obj: Any, spec: dict[str, str], where: str, errors: list[str]) -> bool:
    if not isinstance(obj, dict):
        errors.append(f"{where} must be an object, not {_type_name(obj)}")
        return False
    for name, kind in spec.items():
        if name not in obj:
            errors.append(f"{where}.{name} is missing")
            continue
        value = obj[name]
        allowed = _T[kind]
        # bool is an int in Python; a true/false where a number belongs is still wrong.
        if not isinstance(value, allowed) or (isinstance(value, bool) and bool not in allowed):
            errors.append(f"{where}.{name} must be {kind.rstrip('?')}{' or null' if kind.endswith('?') else ''}, "
                          f"not {_type_name(value)} ({_short(value)})")
    return True


def _check_list(items: list, spec: dict[str, str], where: str, errors: list[str]) -> list[dict]:
    good = []
    for index, obj in enumerate(items):
        if _check_fields(obj, spec, f"{where}[{index}]", errors):
            good.append(obj)
    return good


def validate_data(data: Any) -> list[str]:
    """Every problem of an inspection.json document, each naming the field; [] when valid.

    Total: any JSON value (wrong types anywhere, NaN, huge numbers) gives messages, never an exception.
    """
    try:
        return _validate(data)
    except (RecursionError, MemoryError):
        return ["inspection.json is nested too deeply to be an inspection"]


def _validate(data: Any) -> list[str]:
    errors: list[str] = []
    if not _check_fields(data, TOP, "inspection.json", errors):
        return errors
    fmt = data.get("bundle_format")
    if fmt != DATA_FORMAT or isinstance(fmt, bool):
        return [f"bundle_format is {_short(fmt)}; this version of Inspector reads format {DATA_FORMAT}"
                + (". Update Inspector at head office." if _is_int(fmt) and fmt > DATA_FORMAT else
                   ". Write the bundle again with the current Inspector on the laptop.")]
    if errors:
        return errors
    ins, branch, template = data["inspection"], data["branch"], data["template"]
    _check_fields(ins, INSPECTION, "inspection", errors)
    _check_fields(branch, BRANCH, "branch", errors)
    _check_fields(template, TEMPLATE, "template", errors)
    findings = _check_list(data["findings"], FINDING, "findings", errors)
    photos = _check_list(data["photos"], PHOTO, "photos", errors)
    timings = _check_list(data["timings"], TIMING, "timings", errors)
    signatures = _check_list(data["signatures"], SIGNATURE, "signatures", errors)
    rects = _check_list(data["rectifications"], RECTIFICATION, "rectifications", errors)
    if errors:
        return errors
    iid = ins["id"]
    if not UUIDISH.match(iid):
        errors.append(f"inspection.id {_short(iid)} is not an inspection id")
    if ins["type"] not in INSPECTION_TYPES:
        errors.append(f"inspection.type {_short(ins['type'])} is not one of {', '.join(INSPECTION_TYPES)}")
    if ins["status"] != "signed":
        errors.append(f"inspection.status is {ins['status']!r}; a bundle carries only a signed inspection"
                      if ins["status"] in STATUSES else f"inspection.status {_short(ins['status'])} is unknown")
    if not all(isinstance(name, str) for name in ins["inspectors"]):
        errors.append("inspection.inspectors must be a list of names")
    if ins["branch_id"] != branch["id"]:
        errors.append("inspection.branch_id does not match branch.id")
    if not branch["code"].strip():
        errors.append("branch.code is empty; head office matches branches by code")
    if (template["id"], template["version"]) != (ins["template_id"], ins["template_version"]):
        errors.append("template id/version do not match inspection.template_id/template_version")
    body = template["body"]
    if body.get("id") != template["id"] or body.get("version") != template["version"]:
        errors.append("template.body is not the template named by template.id and template.version")
    known = (template["id"], template["version"], template["sha256"])
    if _checked_templates.get(known) != body:  # a batch carries the same few templates over and over
        # The carried body is what head office scores with: it must be a template the app accepts.
        template_errors = validate_template(body, "template.body")
        if template_errors:
            more = [f"(and {len(template_errors) - 5} more template problems)"] if len(template_errors) > 5 else []
            return errors + template_errors[:5] + more
        if _body_sha256(body) != template["sha256"]:
            errors.append("template.sha256 is not the SHA-256 of the canonical JSON of template.body")
        elif not errors:
            _remember_template(known, body)
    item_ids = {item["id"] for item in body["items"]}  # validate_template: a list of objects with string ids
    for group, rows in (("findings", findings), ("photos", photos), ("timings", timings),
                        ("rectifications", rects)):
        for index, row in enumerate(rows):
            if row["inspection_id"] != iid:
                errors.append(f"{group}[{index}].inspection_id is not this inspection's id")
            if row.get("item_id") is not None and row["item_id"] not in item_ids:
                errors.append(f"{group}[{index}].item_id {_short(row['item_id'])} is not in template "
                              f"{_short(template['id'])} version {template['version']}")
    _check_rows(findings, photos, timings, signatures, rects, errors)
    return errors


# Template bodies this process found valid and matching their SHA-256, by (id, version, sha256):
# an equal body (one dict comparison) needs neither check again.
_checked_templates: dict[tuple[Any, Any, Any], dict[str, Any]] = {}


def _remember_template(key: tuple[Any, Any, Any], body: dict[str, Any]) -> None:
    if len(_checked_templates) >= 16:
        _checked_templates.clear()
    _checked_templates[key] = copy.deepcopy(body)  # the bundle's own dict goes on to be stored


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _body_sha256(body: dict[str, Any]) -> str | None:
    try:
        return canonical_sha256(body)
    except (ValueError, TypeError, UnicodeEncodeError):  # e.g. lone surrogates cannot be UTF-8
        return None


def _check_rows(findings: list[dict], photos: list[dict], timings: list[dict], signatures: list[dict],
                rects: list[dict], errors: list[str]) -> None:
    """Value checks of rows whose field types are already known to be right."""
    seen_items = set()
    for index, f in enumerate(findings):
        if f["result"] not in RESULTS:
            errors.append(f"findings[{index}].result {_short(f['result'])} is not one of {', '.join(RESULTS)}")
        if f["occurrences"] < 1:
            errors.append(f"findings[{index}].occurrences must be at least 1")
        if f["item_id"] in seen_items:
            errors.append(f"findings[{index}]: item {_short(f['item_id'])} appears twice")
        seen_items.add(f["item_id"])
    for index, p in enumerate(photos):
        if not HEX64.match(p["sha256"]):
            errors.append(f"photos[{index}].sha256 is not a SHA-256 in lower-case hex")
        elif not p["member"].startswith(f"photos/{p['sha256']}."):
            errors.append(f"photos[{index}].member {_short(p['member'])} must be photos/<sha256>.<ext>")
        for name in ("gps_lat", "gps_lon"):
            if p[name] is not None and not math.isfinite(p[name]):
                errors.append(f"photos[{index}].{name} must be a finite number or null")
    for index, t in enumerate(timings):
        if t["kind"] not in ("wait", "count"):
            errors.append(f"timings[{index}].kind {_short(t['kind'])} must be 'wait' or 'count'")
        if t["seconds"] is not None and not math.isfinite(t["seconds"]):
            errors.append(f"timings[{index}].seconds must be a finite number or null")
    roles = [s["role"] for s in signatures]
    if sorted(roles) != sorted(SIGNER_ROLES):
        errors.append(f"signatures must hold exactly one of each role {', '.join(SIGNER_ROLES)}; "
                      f"found {_short(roles)}")
    for index, s in enumerate(signatures):
        try:
            base64.b64decode(s["image_png"], validate=True)
        except (binascii.Error, ValueError):
            errors.append(f"signatures[{index}].image_png is not base64")
    for index, r in enumerate(rects):
        if r["status"] not in ("open", "closed"):
            errors.append(f"rectifications[{index}].status {_short(r['status'])} must be 'open' or 'closed'")
