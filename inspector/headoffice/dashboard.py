"""What the head-office dashboard shows, computed from the store's SQL aggregates. No Qt here,
so the figures are tested without a window.

    data = build_dashboard(store, DashboardFilter(2025, 3))
    data.lines[0].quarter.score, data.lines[0].target    # e.g. 80.0 against 95
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from inspector.scoring import quarterly as q
from inspector.store import Store
from inspector.store.headoffice import COUNTED_STATUSES, Scope

TREND_QUARTERS = 8


@dataclass(frozen=True)
class DashboardFilter:
    year: int
    quarter: int | None = None  # None: the whole year
    region: str = ""
    type: str = ""  # "" = every type; the quarterly score always uses the three methods of 003:169
    include_drafts: bool = False  # drafts may be half answered, so they are left out by default

    def bounds(self) -> tuple[date, date]:
        if self.quarter:
            return q.quarter_bounds(self.year, self.quarter)
        return date(self.year, 1, 1), date(self.year, 12, 31)

    def statuses(self) -> tuple[str, ...]:
        return ("draft", *COUNTED_STATUSES) if self.include_drafts else COUNTED_STATUSES

    def scope(self) -> Scope:
        since, until = self.bounds()
        return Scope(since.isoformat(), until.isoformat(), self.region, self.type, self.statuses())


@dataclass
class BranchLine:
    branch_id: str
    code: str
    name: str
    region: str
    latest_score: float | None = None
    latest_grade: str | None = None
    latest_at: str | None = None
    latest_type: str | None = None
    quarter: q.QuarterScore | None = None  # for a year: `score` is the mean of its quarterly scores
    complaint_points: float = 0.0
    target: float = 0.0
    gap: float | None = None
    below_target: bool | None = None
    rank: int | None = None


@dataclass(frozen=True)
class RepeatLine:
    branch_id: str
    branch_label: str
    inspection_id: str
    started_at: str
    item_id: str
    flagged: bool


@dataclass
class DashboardData:
    filter: DashboardFilter
    target: float
    lines: list[BranchLine]  # ranked, best first
    trend_quarters: list[tuple[int, int]]
    trend: dict[str, list[float | None]]  # branch id → one value per trend quarter
    areas: list[q.AreaLoss]
    repeats: list[RepeatLine]
    inspections: int  # counted in the period (type filter applied)
    any_inspections: bool  # whether the database holds any inspection at all
    labels: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict)


def _composite(means: dict[tuple[str, int, int], dict[str, float]], complaints: dict[tuple[str, int, int], float],
               branch: str, year: int, quarter: int) -> q.QuarterScore:
    key = (branch, year, quarter)
    return q.score_from_means(means.get(key, {}), complaints.get(key, 0.0))


def build_dashboard(store: Store, flt: DashboardFilter) -> DashboardData:
    """Every figure of the dashboard for one filter, from a handful of SQL aggregates."""
    scope = flt.scope()
    end_year, end_quarter = (flt.year, flt.quarter or 4)
    first = q.shift_quarter(end_year, end_quarter, -(TREND_QUARTERS - 1))
    trend_quarters = [q.shift_quarter(*first, n) for n in range(TREND_QUARTERS)]
    since = q.quarter_bounds(*first)[0].isoformat()
    until = q.quarter_bounds(end_year, end_quarter)[1].isoformat()

    with store.reading():
        branches = store.branch_directory(flt.region)
        method_rows = store.method_means_by_quarter(
            Scope(since, until, flt.region, "", flt.statuses()))
        complaint_rows = store.complaint_points_by_quarter(since, until, flt.region)
        losses, counts = store.area_losses_by_branch(scope)
        # The latest must start inside the period; its predecessor may be older (consecutive visits).
        latest_two = {b: rows for b, rows in store.latest_two_per_branch(scope).items()
                      if rows[0]["started_at"][:10] >= scope.since[:10]}
        findings = store.failed_findings_of([row["id"] for rows in latest_two.values() for row in rows])
        any_inspections = store.has_inspection()
        labels = store.template_labels()

    means: dict[tuple[str, int, int], dict[str, float]] = {}
    typed_means: dict[tuple[str, int, int, str], float] = {}
    for row in method_rows:
        means.setdefault((row["branch_id"], row["year"], row["quarter"]), {})[row["type"]] = row["mean"]
        typed_means[(row["branch_id"], row["year"], row["quarter"], row["type"])] = row["mean"]
    complaints = {(r["branch_id"], r["year"], r["quarter"]): float(r["points"]) for r in complaint_rows}

    target = q.quarter_target(flt.year, flt.quarter) if flt.quarter else q.year_target(flt.year)
    lines: dict[str, BranchLine] = {}
    for branch_id, code, name, region in branches:
        line = BranchLine(branch_id, code, name, region, target=target)
        row = latest_two[branch_id][0] if branch_id in latest_two else None
        if row:
            line.latest_score, line.latest_grade = row["score"], row["grade"]
            line.latest_at, line.latest_type = row["started_at"], row["type"]
        if flt.quarter:
            line.quarter = _composite(means, complaints, branch_id, flt.year, flt.quarter)
            line.complaint_points = line.quarter.complaint_deductions
        else:
            scores = [_composite(means, complaints, branch_id, flt.year, n) for n in range(1, 5)]
            present = [s.score for s in scores if s.score is not None]
            line.complaint_points = sum(s.complaint_deductions for s in scores)
            line.quarter = q.QuarterScore(round(sum(present) / len(present), 2) if present else None, {}, {},
                                          line.complaint_points, sum(s.counted for s in scores))
        line.gap = q.gap_to_target(line.quarter.score, target)
        met = q.meets_target(line.quarter.score, target)
        line.below_target = None if met is None else not met
        lines[branch_id] = line

    ranked = q.rank_branches({b: line.quarter.score if line.quarter else None for b, line in lines.items()})
    ordered = []
    for entry in ranked:
        lines[entry.branch_id].rank = entry.rank
        ordered.append(lines[entry.branch_id])

    trend: dict[str, list[float | None]] = {}
    for branch_id in lines:
        values: list[float | None] = []
        for year, quarter in trend_quarters:
            if flt.type:
                value = typed_means.get((branch_id, year, quarter, flt.type))
                values.append(None if value is None else round(value, 2))
            else:
                values.append(_composite(means, complaints, branch_id, year, quarter).score)
        if any(v is not None for v in values):
            trend[branch_id] = values

    # Quarters before the first data only squeeze the chart; keep at least four.
    first_data = min((n for values in trend.values() for n, v in enumerate(values) if v is not None),
                     default=TREND_QUARTERS)
    cut = min(first_data, TREND_QUARTERS - 4)
    trend_quarters = trend_quarters[cut:]
    trend = {b: values[cut:] for b, values in trend.items()}

    per_branch = {b: {a: lost / counts[b] for a, lost in per.items()} for b, per in losses.items() if counts.get(b)}
    areas = q.weakest_areas(per_branch)

    repeats: list[RepeatLine] = []
    for branch_id, rows in latest_two.items():
        if len(rows) < 2 or branch_id not in lines:
            continue
        line, (current, previous) = lines[branch_id], rows
        for rep in q.find_repeats(findings.get(previous["id"], []), findings.get(current["id"], [])):
            repeats.append(RepeatLine(branch_id, f"{line.code} {line.name}", current["id"], current["started_at"],
                                      rep.item_id, rep.flagged))
    repeats.sort(key=lambda r: (r.branch_label, r.item_id))

    return DashboardData(flt, target, ordered, trend_quarters, trend, areas, repeats, sum(counts.values()),
                         any_inspections, labels)


def default_filter(store: Store, today: date | None = None,
                   periods: list[tuple[int, int]] | None = None) -> DashboardFilter:
    """The newest quarter that has inspections, else the current quarter. `periods`: as already read."""
    periods = store.dashboard_periods() if periods is None else periods
    if periods:
        return DashboardFilter(*periods[0])
    year, quarter = q.quarter_of(today or date.today())
    return DashboardFilter(year, quarter)
