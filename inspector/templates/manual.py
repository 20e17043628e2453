"""Readable forms of a checklist template for reviewers: a text manual and a JSON listing.

Pure functions of an already loaded template; `python main.py template show` prints them.
"""

from __future__ import annotations

import json
import re
import textwrap
from typing import Any

LANGS = ("zh", "en")

# (en, zh) pairs; looked up with _t(pair, lang).
_LABELS: dict[str, tuple[str, str]] = {
    "template": ("Template", "模板"),
    "version": ("version", "版本"),
    "format": ("format", "格式"),
    "summary": ("{items} items in {areas} areas", "共 {areas} 个区域、{items} 个检查项"),
    "scoring": ("SCORING", "评分规则"),
    "start": ("Start: {start} points; the score never falls below {floor}.", "起始分 {start} 分,最低 {floor} 分。"),
    "repeat": ("A repeated finding costs {mult} times its deduction.", "重复问题按 {mult} 倍扣分。"),
    "grades": ("Grades (first whose minimum the score reaches):", "等级(得分达到的第一个下限):"),
    "critical_grade": (
        "Any failed critical item fails the inspection with grade {grade}.",
        "任一否决项不合格,检查即不合格,评为 {grade}。",
    ),
    "no_critical": ("No item in this template is critical.", "本模板没有否决项。"),
    "wait": (
        "Waiting-time limit for timed items: {minutes} minutes (head-office setting).",
        "计时项的等候时间上限:{minutes} 分钟(总行设置)。",
    ),
    "notes": ("Notes:", "说明:"),
    "sources": ("Sources:", "依据:"),
    "area_items": ("{n} items", "{n} 项"),
    "area_cap": ("area loses at most {cap} points", "本区域最多扣 {cap} 分"),
    "kind": ("Kind", "类型"),
    "method": ("Method", "检查方法"),
    "modes": ("Applies to", "适用检查"),
    "deduction": ("Deduction", "扣分"),
    "flags": ("Flags", "属性"),
    "options": ("Options", "选项"),
    "hint": ("Good practice", "达标表现"),
    "source": ("Source", "出处"),
    "threshold": ("Limit: {minutes} minutes per customer ({origin})", "上限:每位客户 {minutes} 分钟({origin})"),
    "from_item": ("set on this item", "本项设定"),
    "from_settings": ("settings.max_wait_minutes", "settings.max_wait_minutes"),
    "max_per_window": ("Limit: {n} people waiting per open window", "上限:每个开放窗口等候 {n} 人"),
    "per_occurrence": ("{d} per occurrence", "每次扣 {d} 分"),
    "per_person": ("{d} per person per occurrence", "每人次扣 {d} 分"),
    "per_option": ("{d} per option selected", "每选中一项扣 {d} 分"),
    "per_option_person": ("{d} per option selected, per person", "每人每选中一项扣 {d} 分"),
    "per_wait": ("{d} per customer over the limit", "每位超时客户扣 {d} 分"),
    "per_count": ("{d} per count over the limit", "每次计数超限扣 {d} 分"),
    "cap": ("at most {cap} in all", "本项封顶 {cap} 分"),
    "head_extra": ("plus {h} charged once to the person in charge", "另加罚负责人 {h} 分"),
    "critical": ("CRITICAL", "否决项"),
    "per_person_flag": ("charged per person", "按人次计"),
    "lines": ("lines {a}-{b}", "第 {a}-{b} 行"),
    "line": ("line {a}", "第 {a} 行"),
}
_METHODS = {
    "observe": ("observe", "观察"),
    "ask": ("ask", "询问"),
    "count": ("count", "计数"),
    "time": ("time", "计时"),
    "document": ("check documents", "查阅资料"),
}
_MODES = {
    "onsite": ("on-site", "现场明查"),
    "mystery": ("mystery shopper", "神秘人暗访"),
    "remote": ("remote CCTV review", "非现场(调阅监控)"),
    "self": ("self-check", "自查"),
}
_KINDS = {
    "check": ("pass/fail", "是否达标"),
    "timer": ("timed", "计时"),
    "count": ("count", "计数"),
    "multi": ("multi-select", "多选"),
}
_FIXES = {
    "hardware": ("hardware: fixed by repair", "硬件:维修整改"),
    "software": ("software: fixed by behaviour and training", "软件:行为与培训整改"),
}


def _note_points(notes: str) -> list[str]:
    """Split notes written as one string with numbered points ("… 1. … 2. …") into paragraphs."""
    parts, pos, number = [], 0, 1
    while True:
        # the next point number in sequence, after a space or a Chinese full stop: not "below 90."
        match = re.compile(rf"(?:(?<=\s)|(?<=。)|^){number}\. ").search(notes, pos)
        if match is None:
            break
        parts.append(notes[pos : match.start()])
        pos, number = match.start(), number + 1
    parts.append(notes[pos:])
    return [part.strip() for part in parts if part.strip()]


def _check_lang(lang: str) -> None:
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}: use one of {', '.join(LANGS)}")


def _t(pair: tuple[str, str], lang: str) -> str:
    return pair[0] if lang == "en" else pair[1]


def _label(key: str, lang: str, **values: Any) -> str:
    return _t(_LABELS[key], lang).format(**values)


def _num(value: Any) -> str:
    """1.0 → "1", 0.5 → "0.5": points read like the seeds write them."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _wrap(text: str, lang: str, indent: str) -> list[str]:
    # Chinese has no spaces to break at, and each character is two columns wide.
    width = 88 if lang == "en" else 46
    return textwrap.wrap(text, width=width, initial_indent=indent, subsequent_indent=indent + "  ") or [indent]


def _cite(src: dict[str, Any], lang: str) -> str:
    first, last = src["lines"]
    where = _label("line", lang, a=first) if first == last else _label("lines", lang, a=first, b=last)
    return f"{src['file']} {where}"


def threshold_minutes(template: dict[str, Any], item: dict[str, Any]) -> tuple[float, str]:
    """The waiting limit a timer item uses and where it comes from ("item" or "settings")."""
    if item.get("threshold_minutes") is not None:
        return item["threshold_minutes"], "item"
    return template.get("settings", {}).get("max_wait_minutes", 15), "settings"


def _deduction_text(item: dict[str, Any], lang: str) -> str:
    d = _num(item["deduction"])
    if lang == "en":  # "1 point", "2 points"; the Chinese labels carry their own 分
        d += " point" if d == "1" else " points"
    kind = item.get("kind", "check")
    per_person = bool(item.get("per_person"))
    if kind == "multi":
        key = "per_option_person" if per_person else "per_option"
    elif kind == "timer":
        key = "per_wait"
    elif kind == "count":
        key = "per_count"
    else:
        key = "per_person" if per_person else "per_occurrence"
    parts = [_label(key, lang, d=d)]
    if item.get("cap") is not None:
        cap = _num(item["cap"])
        parts.append(_label("cap", lang, cap=cap if lang == "zh" else f"{cap} point{'' if cap == '1' else 's'}"))
    if item.get("head_extra"):
        head = _num(item["head_extra"])
        parts.append(
            _label("head_extra", lang, h=head if lang == "zh" else f"{head} point{'' if head == '1' else 's'}")
        )
    return "; ".join(parts) if lang == "en" else ";".join(parts)


def _item_lines(template: dict[str, Any], item: dict[str, Any], lang: str) -> list[str]:
    sep = ", " if lang == "en" else "、"
    colon = ": " if lang == "en" else ":"
    lines = [f"{item['id']}"]
    lines += _wrap(item["text"][lang], lang, "    ")
    kind = item.get("kind", "check")
    lines.append(
        f"    {_label('kind', lang)}{colon}{_t(_KINDS[kind], lang)} · "
        f"{_label('method', lang)}{colon}{_t(_METHODS[item['method']], lang)}"
    )
    modes = sep.join(_t(_MODES[m], lang) for m in item["modes"])
    lines.append(f"    {_label('modes', lang)}{colon}{modes}")
    lines.append(f"    {_label('deduction', lang)}{colon}{_deduction_text(item, lang)}")
    flags = []
    if item.get("critical"):
        flags.append(_label("critical", lang))
    if item.get("per_person"):
        flags.append(_label("per_person_flag", lang))
    if item.get("fix") in _FIXES:
        flags.append(_t(_FIXES[item["fix"]], lang))
    lines.append(f"    {_label('flags', lang)}{colon}{sep.join(flags)}")
    if kind == "timer":
        minutes, origin = threshold_minutes(template, item)
        origin_text = _label("from_item" if origin == "item" else "from_settings", lang)
        lines.append("    " + _label("threshold", lang, minutes=_num(minutes), origin=origin_text))
    if kind == "count":
        lines.append("    " + _label("max_per_window", lang, n=_num(item["max_waiting_per_window"])))
    if item.get("options"):
        lines.append(f"    {_label('options', lang)}{colon}")
        for option in item["options"]:
            lines += _wrap(f"- {option['text'][lang]} [{option['id']}]", lang, "      ")
    lines += _wrap(f"{_label('hint', lang)}{colon}{item['hint'][lang]}", lang, "    ")
    cites = "; ".join(_cite(src, lang) for src in item.get("source", []))
    lines.append(f"    {_label('source', lang)}{colon}{cites}")
    return lines


def _scoring_lines(template: dict[str, Any], lang: str) -> list[str]:
    scoring = template["scoring"]
    lines = [_label("scoring", lang), "=" * 40]
    lines.append(_label("start", lang, start=_num(scoring["start"]), floor=_num(scoring.get("floor", 0))))
    lines.append(_label("repeat", lang, mult=_num(scoring.get("repeat_multiplier", 1))))
    lines.append(_label("grades", lang))
    for grade in scoring["grades"]:
        cites = "; ".join(_cite(src, lang) for src in grade.get("source", []))
        tail = f" ({cites})" if cites else ""
        lines.append(f"  {grade['grade']}  ≥ {_num(grade['min'])}  {grade['label'][lang]}{tail}")
    if any(item.get("critical") for item in template["items"]):
        grade = scoring.get("critical_grade", scoring["grades"][-1]["grade"])
        lines.append(_label("critical_grade", lang, grade=grade))
    else:
        lines.append(_label("no_critical", lang))
    if any(item.get("kind") == "timer" for item in template["items"]):
        minutes = template.get("settings", {}).get("max_wait_minutes", 15)
        lines.append(_label("wait", lang, minutes=_num(minutes)))
    notes = scoring.get("notes", {}).get(lang, "")
    if notes:
        lines.append(_label("notes", lang))
        for point in _note_points(notes):
            lines += _wrap(point, lang, "  ")
    if scoring.get("sources"):
        lines.append(_label("sources", lang))
        for src in scoring["sources"]:
            quote = src.get("quote", "")
            lines += _wrap(f"{_cite(src, lang)}: 「{quote}」" if quote else _cite(src, lang), lang, "  ")
    return lines


def render_text(template: dict[str, Any], lang: str) -> str:
    """The template as a readable inspection manual: scoring rules, then every area and item."""
    _check_lang(lang)
    areas = template["areas"]
    items = template["items"]
    header = f"{_label('template', lang)} {template['id']}, {_label('version', lang)} {template['version']} ({_label('format', lang)} {template['format']})"
    lines = [template["title"][lang], header, _label("summary", lang, items=len(items), areas=len(areas)), ""]
    lines += _scoring_lines(template, lang)
    for number, area in enumerate(areas, start=1):
        area_items = [item for item in items if item["area"] == area["id"]]
        title = f"{number}. {area['name'][lang]} ({area['id']}) · {_label('area_items', lang, n=len(area_items))}"
        if area.get("cap") is not None:
            title += " · " + _label("area_cap", lang, cap=_num(area["cap"]))
        lines += ["", title, "-" * 40]
        for item in area_items:
            lines += _item_lines(template, item, lang)
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _item_record(
    template: dict[str, Any], item: dict[str, Any], area_names: dict[str, dict[str, str]], lang: str
) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": item["id"],
        "area": item["area"],
        "area_name": area_names.get(item["area"], {}).get(lang, item["area"]),
        "kind": item.get("kind", "check"),
        "label": item["text"][lang],
        "text": {"zh": item["text"]["zh"], "en": item["text"]["en"]},
        "hint": {"zh": item["hint"]["zh"], "en": item["hint"]["en"]},
        "method": item["method"],
        "modes": list(item["modes"]),
        "deduction": item["deduction"],
        "cap": item.get("cap"),
        "critical": bool(item.get("critical", False)),
        "per_person": bool(item.get("per_person", False)),
        "head_extra": item.get("head_extra", 0) or 0,
        "fix": item.get("fix"),
        "source": [dict(src) for src in item.get("source", [])],
        "keywords": list(item.get("keywords", [])),
    }
    if record["kind"] == "timer":
        minutes, origin = threshold_minutes(template, item)
        record["threshold_minutes"] = minutes
        record["threshold_from"] = origin
    if record["kind"] == "count":
        record["max_waiting_per_window"] = item["max_waiting_per_window"]
    if item.get("options"):
        record["options"] = [{"id": o["id"], "text": dict(o["text"])} for o in item["options"]]
    return record


def render_json(template: dict[str, Any], lang: str) -> str:
    """The template as JSON for head office and scripts: metadata plus one record per item."""
    _check_lang(lang)
    area_names = {area["id"]: area["name"] for area in template["areas"]}
    counts = {area["id"]: 0 for area in template["areas"]}
    for item in template["items"]:
        counts[item["area"]] = counts.get(item["area"], 0) + 1
    document = {
        "format": template["format"],
        "id": template["id"],
        "version": template["version"],
        "lang": lang,
        "title": dict(template["title"]),
        "scoring": template["scoring"],
        "settings": template.get("settings", {}),
        "areas": [
            {"id": a["id"], "name": dict(a["name"]), "cap": a.get("cap"), "items": counts.get(a["id"], 0)}
            for a in template["areas"]
        ],
        "item_count": len(template["items"]),
        "items": [_item_record(template, item, area_names, lang) for item in template["items"]],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
