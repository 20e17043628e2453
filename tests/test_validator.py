"""Template validation: each problem named with file, item and field; bad files refused clearly."""

from __future__ import annotations

import json

import pytest

from inspector.cli import main as cli_main
from inspector.templates import TemplateError, load_template_file, validate_template


def _errors_for(template, mutate):
    mutate(template)
    return validate_template(template, "t.json")


def test_mini_template_is_valid(mini_template):
    assert validate_template(mini_template, "t.json") == []


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda t: t["items"][0].pop("deduction"), 't.json: item "dress.uniform": field "deduction" is missing'),
        (lambda t: t["items"][1].update(deduction=-1), 't.json: item "dress.badge": field "deduction" must be a number'),
        (lambda t: t["items"][0]["text"].pop("en"), 't.json: item "dress.uniform": field "text.en" is missing or empty'),
        (lambda t: t["items"][0].update(area="nowhere"), "names unknown area 'nowhere'"),
        (lambda t: t["items"][0].update(modes=["sometimes"]), 'field "modes" must be a non-empty list'),
        (lambda t: t["items"][0].update(method="guess"), 'field "method" must be one of'),
        (lambda t: t["items"][1].update(id="dress.uniform"), 'item "dress.uniform": id is used twice'),
        (lambda t: t["items"][0].update(cap=0.5), 'field "cap" is smaller than "deduction"'),
        (lambda t: t["items"][4].pop("max_waiting_per_window"), 'item "queue.windows": field "max_waiting_per_window" is missing'),
        (lambda t: t["items"][0].update(kind="multi"), 'a "multi" item needs at least two "options"'),
        (lambda t: t["items"][0].update(source=[{"file": "x.txt", "lines": [9, 3]}]), '"source" entries need'),
        (lambda t: t["scoring"]["grades"].reverse(), 'highest "min" first'),
        (lambda t: t.update(format=99), "format 99 is newer than this app understands"),
        (lambda t: t["items"][0].update(deduction=float("nan")), 'item "dress.uniform": field "deduction" must be a number'),
        (lambda t: t["scoring"].update(start=float("inf")), 'scoring: field "start" must be a number'),
    ],
)
def test_each_problem_names_file_item_and_field(mini_template, mutate, expected):
    errors = _errors_for(mini_template, mutate)
    assert any(expected in e for e in errors), errors


def test_not_json_names_line_and_column(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"format": 1,\n  "id": oops}', encoding="utf-8")
    with pytest.raises(TemplateError) as info:
        load_template_file(path)
    assert f"{path}: not valid JSON at line 2" in info.value.errors[0]


def test_template_check_command(tmp_path, mini_template, capsys):
    good = tmp_path / "good.json"
    good.write_text(json.dumps(mini_template, ensure_ascii=False), encoding="utf-8")
    assert cli_main(["template", "check", str(good)]) == 0
    assert "ok (mini version 1, 5 items)" in capsys.readouterr().out
    mini_template["items"][2]["hint"] = {"zh": "叫号"}
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(mini_template, ensure_ascii=False), encoding="utf-8")
    before = bad.read_bytes()
    assert cli_main(["template", "check", str(bad)]) == 1
    err = capsys.readouterr().err
    assert f'{bad}: item "queue.order": field "hint.en" is missing or empty' in err
    assert bad.read_bytes() == before
    assert cli_main(["template", "check", str(tmp_path / "missing.json")]) == 1
    assert "file not found" in capsys.readouterr().err
