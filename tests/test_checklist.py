"""The built-in checklist: complete, bilingual, faithful to the seed documents, valid, renderable."""

from __future__ import annotations

import copy
import json
import re
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run from anywhere, also before pyproject sets pythonpath
    sys.path.insert(0, str(REPO))

from inspector.templates.manual import render_json, render_text  # noqa: E402

TEMPLATE_PATH = REPO / "inspector" / "templates" / "builtin" / "civilised_service.json"
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
AREAS = (
    "dress",
    "greetings",
    "signage",
    "queue",
    "self_service",
    "environment",
    "counter",
    "lobby_manager",
    "coordination",
    "complaints",
    "special_groups",
    "security",
)
MODES = {"onsite", "mystery", "remote", "self"}
METHODS = {"observe", "ask", "count", "time", "document"}
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def template() -> dict:
    return json.loads(TEMPLATE_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seed_lines() -> dict[str, list[str]]:
    if not SEEDS.is_dir():
        pytest.skip(f"seed documents not found at {SEEDS}; citations cannot be checked without them")
    return {p.name: p.read_text(encoding="utf-8").split("\n") for p in SEEDS.glob("*.txt")}


def cited(seed_lines: dict[str, list[str]], src: dict) -> str:
    first, last = src["lines"]
    # joined without separators: a seed sentence may break across two lines
    return "".join(seed_lines[src["file"]][first - 1 : last])


def test_template_passes_the_validator(template):
    from inspector.templates.validator import load_template_file, validate_template

    assert validate_template(template, str(TEMPLATE_PATH)) == []
    assert load_template_file(TEMPLATE_PATH)["id"] == "civilised-service"


def test_validator_would_catch_a_missing_translation(template):
    # guards the test above: the validator really reads this template's items
    from inspector.templates.validator import validate_template

    broken = copy.deepcopy(template)
    broken["items"][0]["hint"]["en"] = ""
    errors = validate_template(broken, "copy.json")
    assert any(broken["items"][0]["id"] in e and "hint.en" in e for e in errors)


def test_identity_and_settings(template):
    assert (template["format"], template["id"], template["version"]) == (1, "civilised-service", 1)
    assert template["settings"]["max_wait_minutes"] == 15
    assert [a["id"] for a in template["areas"]] == list(AREAS)


def test_ids_are_unique_and_name_their_area(template):
    ids = [item["id"] for item in template["items"]]
    assert len(ids) == len(set(ids))
    for item in template["items"]:
        assert re.fullmatch(r"[a-z_]+\.[a-z0-9_]+", item["id"]), item["id"]
        assert item["id"].split(".")[0] == item["area"], item["id"]


def test_item_count_and_every_area_filled(template):
    assert len(template["items"]) >= 90
    counts = {area: 0 for area in AREAS}
    for item in template["items"]:
        counts[item["area"]] += 1
    assert all(n > 0 for n in counts.values()), counts


def test_every_item_has_both_languages_and_a_hint(template):
    for item in template["items"]:
        for field in ("text", "hint"):
            assert CJK.search(item[field]["zh"]), f"{item['id']}: {field}.zh has no Chinese"
            assert re.search(r"[A-Za-z]{3}", item[field]["en"]), f"{item['id']}: {field}.en has no English"
            assert not CJK.search(item[field]["en"].split("(")[0]), f"{item['id']}: {field}.en starts in Chinese"
        for option in item.get("options", []):
            assert CJK.search(option["text"]["zh"]) and re.search(r"[A-Za-z]{3}", option["text"]["en"]), option


def test_deductions_caps_and_flags(template):
    for item in template["items"]:
        where = item["id"]
        assert isinstance(item["deduction"], (int, float)) and item["deduction"] > 0, where
        if item.get("cap") is not None:
            assert item["cap"] >= item["deduction"], where
        assert item.get("head_extra", 0) >= 0, where
        assert isinstance(item["critical"], bool) and isinstance(item["per_person"], bool), where
        assert item["fix"] in ("hardware", "software"), where
        assert item["method"] in METHODS, where


def test_modes_fit_what_each_inspection_type_can_see(template):
    for item in template["items"]:
        modes = item["modes"]
        assert modes and set(modes) <= MODES and len(modes) == len(set(modes)), item["id"]
        # a mystery shopper is a customer: no access to the branch's records
        if "mystery" in modes:
            assert item["method"] != "document", item["id"]
        # a CCTV review can only watch: nobody to ask, no records to read
        if "remote" in modes:
            assert item["method"] in ("observe", "count", "time"), item["id"]


def test_citations_exist_and_hold_the_keywords(template, seed_lines):
    for item in template["items"]:
        keywords = item["keywords"]
        assert 1 <= len(keywords) <= 3, item["id"]
        assert item["source"], item["id"]
        texts = []
        for src in item["source"]:
            assert src["file"] in seed_lines, f"{item['id']}: no seed file {src['file']}"
            first, last = src["lines"]
            assert 1 <= first <= last <= len(seed_lines[src["file"]]), f"{item['id']}: lines {first}-{last}"
            text = cited(seed_lines, src)
            # no decorative citation: each one holds at least one of the item's keywords
            assert any(k in text for k in keywords), f"{item['id']}: {src} holds none of {keywords}"
            texts.append(text)
        for keyword in keywords:
            assert any(keyword in t for t in texts), f"{item['id']}: {keyword!r} not in the cited lines"


def test_scoring_metadata_is_quoted_from_the_seeds(template, seed_lines):
    scoring = template["scoring"]
    assert (scoring["start"], scoring["floor"], scoring["repeat_multiplier"]) == (100, 0, 2)
    mins = [g["min"] for g in scoring["grades"]]
    assert mins == sorted(mins, reverse=True) and mins[-1] == scoring["floor"]
    assert scoring["critical_grade"] in {g["grade"] for g in scoring["grades"]}
    assert CJK.search(scoring["notes"]["zh"]) and "repeat" in scoring["notes"]["en"].lower()
    for src in scoring["sources"]:
        text = cited(seed_lines, src)
        for part in filter(None, src["quote"].split("…")):
            assert part in text, f"quote not in {src['file']} {src['lines']}: {part}"
    for grade in scoring["grades"]:
        for src in grade["source"]:
            assert src["file"] in seed_lines


def test_item_kinds_beyond_pass_fail(template):
    by_kind: dict[str, list[dict]] = {}
    for item in template["items"]:
        by_kind.setdefault(item["kind"], []).append(item)
    timers = by_kind.get("timer", [])
    assert any(t["area"] == "queue" and t["method"] == "time" for t in timers)
    counts = by_kind.get("count", [])
    assert counts and all(c["max_waiting_per_window"] > 0 for c in counts)
    multis = by_kind.get("multi", [])
    assert len(multis) >= 3
    for item in multis:
        option_ids = [o["id"] for o in item["options"]]
        assert len(option_ids) >= 2 and len(option_ids) == len(set(option_ids)), item["id"]
    # the seed's list of forbidden conduct (003:308) is one multi-select with every behaviour
    conduct = next(i for i in multis if any(s["lines"][0] == 308 for s in i["source"]))
    assert {"chatting", "smoking", "gaming", "browsing"} <= {o["id"] for o in conduct["options"]}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_render_text_is_a_complete_manual(template, lang):
    text = render_text(template, lang)
    assert text.startswith(template["title"][lang])
    for area in template["areas"]:
        assert area["name"][lang] in text
    for item in template["items"]:
        assert f"\n{item['id']}\n" in text, item["id"]
    source_label = "Source:" if lang == "en" else "出处:"
    assert text.count(source_label) == len(template["items"])
    assert ("SCORING" if lang == "en" else "评分规则") in text
    # the English manual is English apart from quoted terms and citations
    if lang == "en":
        assert "Deduction: 2 points per person per occurrence" in text


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_render_json_lists_every_item(template, lang):
    data = json.loads(render_json(template, lang))
    assert (data["id"], data["version"], data["lang"]) == ("civilised-service", 1, lang)
    assert [i["id"] for i in data["items"]] == [i["id"] for i in template["items"]]
    assert data["item_count"] == len(template["items"])
    for record in data["items"]:
        for field in (
            "id",
            "area",
            "text",
            "method",
            "modes",
            "deduction",
            "cap",
            "critical",
            "source",
            "kind",
            "per_person",
            "head_extra",
            "fix",
            "hint",
        ):
            assert field in record, (record["id"], field)
        assert set(record["text"]) == {"zh", "en"} and record["label"] == record["text"][lang]
    timer = next(r for r in data["items"] if r["kind"] == "timer")
    assert (timer["threshold_minutes"], timer["threshold_from"]) == (15, "settings")


def test_render_rejects_an_unknown_language(template):
    with pytest.raises(ValueError, match="fr"):
        render_text(template, "fr")
    with pytest.raises(ValueError, match="fr"):
        render_json(template, "fr")
