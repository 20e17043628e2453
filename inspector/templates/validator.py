"""Checks a checklist template against docs/template-format.md. Pure: no I/O but load_template_file."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

SUPPORTED_FORMAT = 1
KINDS = ("check", "timer", "count", "multi")
METHODS = ("observe", "ask", "count", "time", "document")
MODES = ("onsite", "mystery", "remote", "self")
FIXES = ("hardware", "software")


class TemplateError(Exception):
    """A template file that cannot be used; `errors` lists every problem found."""

    def __init__(self, source: str, errors: list[str]):
        self.source = source
        self.errors = errors
        super().__init__("\n".join(errors))


def load_template_file(path: Path) -> dict[str, Any]:
    """Read and validate a template file; raise TemplateError naming the file and each problem."""
    source = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise TemplateError(source, [f"{source}: file not found"]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise TemplateError(source, [f"{source}: cannot be read ({exc})"]) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise TemplateError(
            source, [f"{source}: not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"]
        ) from None
    errors = validate_template(data, source)
    if errors:
        raise TemplateError(source, errors)
    return data


def _is_number(value: Any) -> bool:
    """A real, finite number (JSON allows NaN and Infinity through Python's parser)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


class _Checker:
    def __init__(self, source: str):
        self.source = source
        self.errors: list[str] = []

    def error(self, where: str, message: str) -> None:
        self.errors.append(f"{self.source}: {where}: {message}")

    def bilingual(self, where: str, value: Any, field: str) -> None:
        if not isinstance(value, dict):
            self.error(where, f'field "{field}" must be an object with "zh" and "en" texts')
            return
        for lang in ("zh", "en"):
            text = value.get(lang)
            if not isinstance(text, str) or not text.strip():
                self.error(where, f'field "{field}.{lang}" is missing or empty')

    def number(self, where: str, obj: dict, field: str, *, required: bool, minimum: float = 0) -> None:
        if field not in obj:
            if required:
                self.error(where, f'field "{field}" is missing')
            return
        value = obj[field]
        if not _is_number(value) or value < minimum:
            self.error(where, f'field "{field}" must be a number >= {minimum}, not {value!r}')

    def choice(self, where: str, obj: dict, field: str, allowed: tuple[str, ...]) -> None:
        value = obj.get(field)
        if value not in allowed:
            self.error(where, f'field "{field}" must be one of {", ".join(allowed)}, not {value!r}')


def validate_template(data: Any, source: str = "<template>") -> list[str]:
    """Return every problem of a template as a message naming the file, the item and the field."""
    check = _Checker(source)
    if not isinstance(data, dict):
        check.error("top level", "must be a JSON object")
        return check.errors
    fmt = data.get("format")
    if fmt != SUPPORTED_FORMAT:
        if _is_number(fmt) and fmt > SUPPORTED_FORMAT:
            check.error("format", f"format {fmt} is newer than this app understands ({SUPPORTED_FORMAT}); update Inspector")
        else:
            check.error("format", f'field "format" must be {SUPPORTED_FORMAT}, not {fmt!r}')
        return check.errors
    if not isinstance(data.get("id"), str) or not data["id"].strip():
        check.error("top level", 'field "id" is missing or empty')
    if not isinstance(data.get("version"), int) or isinstance(data.get("version"), bool) or data["version"] < 1:
        check.error("top level", 'field "version" must be a whole number >= 1')
    check.bilingual("top level", data.get("title"), "title")
    _check_scoring(check, data.get("scoring"))
    settings = data.get("settings", {})
    if not isinstance(settings, dict):
        check.error("settings", "must be an object")
        settings = {}
    check.number("settings", settings, "max_wait_minutes", required=False, minimum=0.1)
    area_ids = _check_areas(check, data.get("areas"))
    _check_items(check, data.get("items"), area_ids)
    return check.errors


def _check_scoring(check: _Checker, scoring: Any) -> None:
    if not isinstance(scoring, dict):
        check.error("scoring", "section is missing or not an object")
        return
    check.number("scoring", scoring, "start", required=True, minimum=1)
    check.number("scoring", scoring, "floor", required=False)
    check.number("scoring", scoring, "repeat_multiplier", required=False, minimum=1)
    grades = scoring.get("grades")
    if not isinstance(grades, list) or not grades:
        check.error("scoring", 'field "grades" must be a non-empty list')
        return
    names = []
    previous_min = None
    for index, grade in enumerate(grades):
        where = f"scoring.grades[{index}]"
        if not isinstance(grade, dict):
            check.error(where, "must be an object")
            continue
        if not isinstance(grade.get("grade"), str) or not grade["grade"]:
            check.error(where, 'field "grade" is missing')
        names.append(grade.get("grade"))
        check.number(where, grade, "min", required=True)
        check.bilingual(where, grade.get("label"), "label")
        current = grade.get("min")
        if _is_number(current) and previous_min is not None and current >= previous_min:
            check.error(where, 'grades must be listed highest "min" first')
        if _is_number(current):
            previous_min = current
    floor = scoring.get("floor", 0)
    if previous_min is not None and _is_number(floor) and previous_min > floor:
        check.error("scoring.grades", "the lowest grade must start at the score floor so every score gets a grade")
    critical_grade = scoring.get("critical_grade")
    if critical_grade is not None and critical_grade not in names:
        check.error("scoring", f'field "critical_grade" names unknown grade {critical_grade!r}')


def _check_areas(check: _Checker, areas: Any) -> set[str]:
    if not isinstance(areas, list) or not areas:
        check.error("areas", "must be a non-empty list")
        return set()
    ids: set[str] = set()
    for index, area in enumerate(areas):
        if not isinstance(area, dict) or not isinstance(area.get("id"), str):
            check.error(f"areas[{index}]", 'must be an object with an "id"')
            continue
        where = f'area "{area["id"]}"'
        if area["id"] in ids:
            check.error(where, "id is used twice")
        ids.add(area["id"])
        check.bilingual(where, area.get("name"), "name")
        check.number(where, area, "cap", required=False)
    return ids


def _check_items(check: _Checker, items: Any, area_ids: set[str]) -> None:
    if not isinstance(items, list) or not items:
        check.error("items", "must be a non-empty list")
        return
    seen: set[str] = set()
    for index, item in enumerate(items):
        if not isinstance(item, dict) or not isinstance(item.get("id"), str) or not item["id"]:
            check.error(f"items[{index}]", 'must be an object with an "id"')
            continue
        where = f'item "{item["id"]}"'
        if item["id"] in seen:
            check.error(where, "id is used twice")
        seen.add(item["id"])
        if not isinstance(item.get("area"), str) or item["area"] not in area_ids:
            check.error(where, f'field "area" names unknown area {item.get("area")!r}')
        check.choice(where, item, "kind", KINDS)
        check.choice(where, item, "method", METHODS)
        check.choice(where, item, "fix", FIXES)
        check.bilingual(where, item.get("text"), "text")
        check.bilingual(where, item.get("hint"), "hint")
        modes = item.get("modes")
        if not isinstance(modes, list) or not modes or any(m not in MODES for m in modes):
            check.error(where, f'field "modes" must be a non-empty list of {", ".join(MODES)}')
        check.number(where, item, "deduction", required=True, minimum=0.01)
        check.number(where, item, "cap", required=False, minimum=0.01)
        check.number(where, item, "head_extra", required=False)
        if _is_number(item.get("cap")) and _is_number(item.get("deduction")) and item["cap"] < item["deduction"]:
            check.error(where, 'field "cap" is smaller than "deduction"')
        for flag in ("critical", "per_person"):
            if flag in item and not isinstance(item[flag], bool):
                check.error(where, f'field "{flag}" must be true or false')
        _check_sources(check, where, item.get("source"))
        _check_kind_fields(check, where, item)


def _check_sources(check: _Checker, where: str, sources: Any) -> None:
    if not isinstance(sources, list) or not sources:
        check.error(where, 'field "source" must list at least one citation')
        return
    for cite in sources:
        lines = cite.get("lines") if isinstance(cite, dict) else None
        if (
            not isinstance(cite, dict)
            or not isinstance(cite.get("file"), str)
            or not isinstance(lines, list)
            or len(lines) != 2
            or not all(isinstance(n, int) and n >= 1 for n in lines)
            or lines[0] > lines[1]
        ):
            check.error(where, 'field "source" entries need "file" and "lines": [first, last]')


def _check_kind_fields(check: _Checker, where: str, item: dict) -> None:
    kind = item.get("kind")
    if kind == "timer":
        check.number(where, item, "threshold_minutes", required=False, minimum=0.1)
    elif kind == "count":
        check.number(where, item, "max_waiting_per_window", required=True, minimum=0.1)
    elif kind == "multi":
        options = item.get("options")
        if not isinstance(options, list) or len(options) < 2:
            check.error(where, 'a "multi" item needs at least two "options"')
            return
        option_ids = set()
        for option in options:
            if not isinstance(option, dict) or not isinstance(option.get("id"), str):
                check.error(where, 'every option needs an "id"')
                continue
            if option["id"] in option_ids:
                check.error(where, f'option id {option["id"]!r} is used twice')
            option_ids.add(option["id"])
            check.bilingual(f'{where} option "{option["id"]}"', option.get("text"), "text")
