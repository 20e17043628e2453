"""The deduction model of the seed documents, as pure functions: findings in, score out.

Start from the template's `start` (100), take off each failed item's deduction per
occurrence (doubled for repeats, plus any extra for the person in charge), cap per item and
per area, never go below the floor. A failed critical item fails the inspection whatever
the score.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from inspector.model import Finding, Timing


@dataclass(frozen=True)
class AreaScore:
    area_id: str
    total_items: int
    checked_items: int
    failed_items: int
    points_lost: float


@dataclass(frozen=True)
class ScoreResult:
    score: float
    points_lost: float
    grade: str
    passed: bool  # False when a critical item failed
    failed_critical: list[str]
    areas: dict[str, AreaScore] = field(default_factory=dict)
    item_losses: dict[str, float] = field(default_factory=dict)


def items_for_mode(template: dict[str, Any], mode: str) -> list[dict[str, Any]]:
    """The items an inspection of this type can check (暗访 sees only what a customer sees)."""
    return [item for item in template["items"] if mode in item["modes"]]


def item_loss(item: dict[str, Any], finding: Finding, repeat_multiplier: float) -> float:
    """Points one finding costs before the area cap. Only a failure costs anything."""
    if finding.result != "fail":
        return 0.0
    if item.get("kind") == "multi":
        occurrences = max(1, len(finding.selected)) * max(1, finding.occurrences)
    else:
        occurrences = max(1, finding.occurrences)
    loss = item["deduction"] * occurrences
    if finding.repeat:
        loss *= repeat_multiplier
    loss += item.get("head_extra", 0) or 0
    cap = item.get("cap")
    if cap is not None:
        loss = min(loss, cap)
    return float(loss)


def grade_for(template: dict[str, Any], score: float) -> str:
    """The first grade (highest first) whose minimum the score reaches."""
    grades = template["scoring"]["grades"]
    for grade in grades:
        if score >= grade["min"]:
            return grade["grade"]
    return grades[-1]["grade"]


def score_inspection(template: dict[str, Any], findings: Iterable[Finding], mode: str | None = None) -> ScoreResult:
    """Score an inspection's findings against the template it was started with."""
    scoring = template["scoring"]
    start = float(scoring["start"])
    floor = float(scoring.get("floor", 0))
    multiplier = float(scoring.get("repeat_multiplier", 1))
    items = items_for_mode(template, mode) if mode else list(template["items"])
    by_id = {item["id"]: item for item in items}
    by_item = {f.item_id: f for f in findings if f.item_id in by_id}

    area_caps = {area["id"]: area.get("cap") for area in template["areas"]}
    raw_area_loss: dict[str, float] = {area_id: 0.0 for area_id in area_caps}
    item_losses: dict[str, float] = {}
    failed_critical: list[str] = []
    counts: dict[str, list[int]] = {area_id: [0, 0, 0] for area_id in area_caps}  # total, checked, failed

    for item in items:
        area_id = item["area"]
        finding = by_item.get(item["id"])
        counts[area_id][0] += 1
        if finding is None or finding.result == "unchecked":
            continue
        counts[area_id][1] += 1
        if finding.result != "fail":
            continue
        counts[area_id][2] += 1
        loss = item_loss(item, finding, multiplier)
        item_losses[item["id"]] = loss
        raw_area_loss[area_id] += loss
        if item.get("critical"):
            failed_critical.append(item["id"])

    areas: dict[str, AreaScore] = {}
    total_lost = 0.0
    for area_id, raw in raw_area_loss.items():
        cap = area_caps[area_id]
        lost = min(raw, cap) if cap is not None else raw
        total_lost += lost
        total, checked, failed = counts[area_id]
        areas[area_id] = AreaScore(area_id, total, checked, failed, round(lost, 2))

    score = round(max(floor, start - total_lost), 2)
    passed = not failed_critical
    grade = grade_for(template, score) if passed else scoring.get("critical_grade", scoring["grades"][-1]["grade"])
    return ScoreResult(score, round(start - score, 2), grade, passed, failed_critical, areas, item_losses)


def timer_outcome(item: dict[str, Any], template: dict[str, Any], timings: Iterable[Timing]) -> tuple[str, int]:
    """(result, occurrences) of a waiting-time item: each wait over the threshold is one occurrence."""
    threshold = item.get("threshold_minutes") or template.get("settings", {}).get("max_wait_minutes", 15)
    waits = [t.seconds for t in timings if t.kind == "wait" and t.item_id == item["id"] and t.seconds is not None]
    if not waits:
        return "unchecked", 1
    over = sum(1 for seconds in waits if seconds > threshold * 60)
    return ("fail", over) if over else ("pass", 1)


def count_outcome(item: dict[str, Any], timings: Iterable[Timing]) -> tuple[str, int]:
    """(result, occurrences) of a windows-versus-queue item: each reading over the limit counts once."""
    limit = item["max_waiting_per_window"]
    readings = [
        t for t in timings if t.kind == "count" and t.item_id == item["id"] and t.waiting is not None
    ]
    if not readings:
        return "unchecked", 1
    over = sum(1 for t in readings if _queue_too_long(t.waiting, t.windows_open or 0, limit))
    return ("fail", over) if over else ("pass", 1)


def _queue_too_long(waiting: int, windows_open: int, limit: float) -> bool:
    if windows_open <= 0:
        return waiting > 0  # customers waiting and no window open
    return waiting / windows_open > limit
