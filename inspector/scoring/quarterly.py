"""The bank's own quarterly scoring of a branch, its stage targets and repeat findings. Pure: no I/O, no Qt.

    score = branch_quarter_score([("mystery", 90), ("remote", 80), ("onsite", 70)], 2)
    score.score                      # 90×0.4 + 80×0.4 + 70×0.2 − 2 = 80.0
    target_for_date(date(2025, 10, 1))   # 98: the final stage

Sources (seed lines, `sed -n 'Np'`):
- 003:169 网点季度服务考核积分=神秘人暗访得分*40%+总行非现场监控检查得分*40%+总行现场明查得分*20%-客户投诉扣分
- 003:170 one method not covered in the quarter → the other two weigh 50 % each; two not covered → the
  remaining one weighs 100 %.
- 002:41-45 stage targets: Jan-Apr ≥ 92, May-Aug ≥ 95, Sep-Dec ≥ 98; 002:37 fourth quarter ≥ 98.
- 002:65 相同问题重复发生……加倍考核 (and 003:283 重犯加倍): a repeated problem costs double.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

# 003:169. Self-checks (自查) are the branch grading itself: the formula has no place for them.
METHOD_WEIGHTS: dict[str, float] = {"mystery": 0.4, "remote": 0.4, "onsite": 0.2}
SCORED_METHODS = tuple(METHOD_WEIGHTS)


@dataclass(frozen=True)
class Stage:
    first_month: int  # the stage runs from this month to the next stage's first month
    target: float
    source: str


# 002:41 第一阶段 1-4月 92分以上; 002:43 第二阶段 5-8月 95分以上; 002:45 第三阶段 9-12月 98分以上.
DEFAULT_STAGES: tuple[Stage, ...] = (
    Stage(1, 92.0, "002:41"),
    Stage(5, 95.0, "002:43"),
    Stage(9, 98.0, "002:45"),
)


@dataclass(frozen=True)
class QuarterScore:
    """A branch's quarterly score and how it was made up."""

    score: float | None  # None when no mystery, remote or on-site inspection falls in the quarter
    method_means: dict[str, float]  # mean score per method present
    weights: dict[str, float]  # the weight each present method got (003:169-170)
    complaint_deductions: float
    counted: int  # inspections that entered the means
    ignored_self_checks: int = 0


def weights_for(methods: Iterable[str]) -> dict[str, float]:
    """The weights of the methods present: 40/40/20 with all three, 50/50 with two, 100 with one (003:169-170)."""
    present = [m for m in SCORED_METHODS if m in set(methods)]
    if len(present) == 3:
        return dict(METHOD_WEIGHTS)
    if len(present) == 2:
        return {m: 0.5 for m in present}
    if len(present) == 1:
        return {present[0]: 1.0}
    return {}


def score_from_means(method_means: Mapping[str, float], complaint_deductions: float = 0.0,
                     counted: int = 0, ignored_self_checks: int = 0) -> QuarterScore:
    """The quarterly score from each method's mean score (what the dashboard gets from SQL)."""
    means = {m: float(v) for m, v in method_means.items() if m in METHOD_WEIGHTS and v is not None}
    weights = weights_for(means)
    deductions = float(complaint_deductions or 0.0)
    if not weights:
        return QuarterScore(None, {}, {}, deductions, 0, ignored_self_checks)
    total = sum(means[m] * w for m, w in weights.items()) - deductions
    return QuarterScore(round(total, 2), means, weights, deductions, counted, ignored_self_checks)


class _Scored(Protocol):
    type: str
    score: float | None


def branch_quarter_score(
    inspections_in_quarter: Iterable[tuple[str, float | None] | _Scored],
    complaint_deductions: float | Iterable[float] = 0.0,
) -> QuarterScore:
    """One branch's quarterly score from its inspections of the quarter, as (type, score) pairs or objects.

    Several inspections of one method: their mean. Self-checks (自查) do not count: 003:169 names only
    the mystery shopper, remote review and on-site inspection. Unscored inspections are skipped.
    """
    scores: dict[str, list[float]] = {}
    ignored = 0
    for entry in inspections_in_quarter:
        kind, value = entry if isinstance(entry, tuple) else (entry.type, entry.score)
        if kind == "self":
            ignored += 1
            continue
        if kind in METHOD_WEIGHTS and value is not None:
            scores.setdefault(kind, []).append(float(value))
    deductions = (
        float(complaint_deductions) if isinstance(complaint_deductions, (int, float))
        else float(sum(complaint_deductions))
    )
    means = {kind: sum(values) / len(values) for kind, values in scores.items()}
    return score_from_means(means, deductions, sum(len(v) for v in scores.values()), ignored)


# --- periods and targets -----------------------------------------------------------------
def as_date(value: date | str) -> date:
    """A date from a date or the first ten characters of an ISO timestamp."""
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def quarter_of(value: date | str) -> tuple[int, int]:
    """(year, quarter 1-4) of a date or ISO timestamp (its local calendar date)."""
    day = as_date(value)
    return day.year, (day.month - 1) // 3 + 1


def quarter_bounds(year: int, quarter: int) -> tuple[date, date]:
    """First and last day of a quarter."""
    first = date(year, 3 * (quarter - 1) + 1, 1)
    last = date(year + 1, 1, 1) if quarter == 4 else date(year, 3 * quarter + 1, 1)
    return first, date.fromordinal(last.toordinal() - 1)


def shift_quarter(year: int, quarter: int, by: int) -> tuple[int, int]:
    index = year * 4 + (quarter - 1) + by
    return index // 4, index % 4 + 1


def target_for_date(value: date | str, stages: Sequence[Stage] = DEFAULT_STAGES) -> float:
    """The stage target in force on a day: 92 from January, 95 from May, 98 from September.

    The defaults follow 002:41-45 (第一阶段 1-4月 92分, 第二阶段 5-8月 95分, 第三阶段 9-12月 98分);
    a bank with other stage dates passes its own `stages` (first month, target), earliest first.
    """
    month = as_date(value).month
    target = stages[0].target
    for stage in stages:
        if month >= stage.first_month:
            target = stage.target
    return target


def quarter_target(year: int, quarter: int, stages: Sequence[Stage] = DEFAULT_STAGES) -> float:
    """A quarter is held to the stage in force on its first day: Q1 92, Q2 92, Q3 95, Q4 98 by default.

    So Q4 gets 98, as 002:37 (第四季度得分在98分以上) asks.
    """
    return target_for_date(quarter_bounds(year, quarter)[0], stages)


def year_target(year: int, stages: Sequence[Stage] = DEFAULT_STAGES) -> float:
    """A whole year is judged against the final stage's target (98 by default, 002:37, 002:45)."""
    return target_for_date(date(year, 12, 31), stages)


def meets_target(score: float | None, target: float) -> bool | None:
    """True/False, or None when there is no score to judge."""
    return None if score is None else score >= target - 1e-9


# --- repeats, areas, ranking ---------------------------------------------------------------
@dataclass(frozen=True)
class RepeatFinding:
    item_id: str
    flagged: bool  # the inspector ticked "repeat", so it was charged double (002:65)
    occurrences: int = 1


def _failed(findings: Iterable[Any]) -> dict[str, Any]:
    out = {}
    for f in findings:
        item_id, result = (f[0], f[1]) if isinstance(f, tuple) else (f.item_id, f.result)
        if result == "fail":
            out[item_id] = f
    return out


def find_repeats(previous_findings: Iterable[Any], current_findings: Iterable[Any]) -> list[RepeatFinding]:
    """Items failed in both of two consecutive inspections of a branch, in the current inspection's order.

    Findings are model.Finding objects or (item_id, result[, repeat]) tuples. `flagged` tells whether
    the current finding carries the repeat tick (charged double); an unflagged repeat was missed.
    """
    before = _failed(previous_findings)
    repeats = []
    for item_id, finding in _failed(current_findings).items():
        if item_id not in before:
            continue
        if isinstance(finding, tuple):
            flagged = bool(finding[2]) if len(finding) > 2 else False
            occurrences = 1
        else:
            flagged, occurrences = bool(finding.repeat), int(getattr(finding, "occurrences", 1))
        repeats.append(RepeatFinding(item_id, flagged, occurrences))
    return repeats


@dataclass(frozen=True)
class AreaLoss:
    area_id: str
    mean_points_lost: float  # per inspection, averaged over branches
    branches: int


def weakest_areas(losses_by_branch: Mapping[str, Mapping[str, float]], top: int | None = None) -> list[AreaLoss]:
    """Areas by mean points lost, worst first. `losses_by_branch[branch][area]` is that branch's mean
    loss per inspection; a branch missing an area lost nothing there, so it counts as 0."""
    branches = [b for b in losses_by_branch]
    if not branches:
        return []
    areas = sorted({a for per in losses_by_branch.values() for a in per})
    out = [
        AreaLoss(a, round(sum(losses_by_branch[b].get(a, 0.0) for b in branches) / len(branches), 2), len(branches))
        for a in areas
    ]
    out = [a for a in out if a.mean_points_lost > 0]
    out.sort(key=lambda a: (-a.mean_points_lost, a.area_id))
    return out[:top] if top else out


@dataclass
class RankedBranch:
    branch_id: str
    score: float | None
    rank: int | None = None  # 1 = best; equal scores share a rank; None without a score
    extra: dict[str, Any] = field(default_factory=dict)


def rank_branches(scores: Mapping[str, float | None]) -> list[RankedBranch]:
    """Branches best first (competition ranking 1, 2, 2, 4); branches without a score last, unranked."""
    scored = sorted(((b, s) for b, s in scores.items() if s is not None), key=lambda p: (-p[1], p[0]))
    out: list[RankedBranch] = []
    previous: float | None = None
    rank = 0
    for position, (branch, score) in enumerate(scored, start=1):
        if previous is None or abs(score - previous) > 1e-9:
            rank = position
        previous = score
        out.append(RankedBranch(branch, score, rank))
    out += [RankedBranch(b, None) for b, s in sorted(scores.items()) if s is None]
    return out


def gap_to_target(score: float | None, target: float) -> float | None:
    """Points above (positive) or below (negative) the target."""
    return None if score is None else round(score - target, 2)
