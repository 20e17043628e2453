"""The quarterly formula of 003:169-170, the stage targets of 002:41-45 and repeats, worked by hand."""

from __future__ import annotations

from datetime import date

import pytest

from inspector.model import Finding
from inspector.scoring import quarterly as q


def test_all_three_methods_weigh_40_40_20_minus_complaints():
    # 90×0.4 + 80×0.4 + 70×0.2 − 2 = 36 + 32 + 14 − 2 = 80.0
    result = q.branch_quarter_score([("mystery", 90), ("remote", 80), ("onsite", 70)], 2)
    assert result.score == pytest.approx(80.0)
    assert result.weights == {"mystery": 0.4, "remote": 0.4, "onsite": 0.2}
    assert result.counted == 3


def test_one_method_missing_gives_the_other_two_half_each():
    # no remote review: mystery 90 × 0.5 + on-site 70 × 0.5 = 80.0 (not the 2:1 of 40 %:20 %)
    assert q.branch_quarter_score([("mystery", 90), ("onsite", 70)]).score == pytest.approx(80.0)
    # no mystery shopper: 80 × 0.5 + 70 × 0.5 − 1.5 = 73.5
    assert q.branch_quarter_score([("remote", 80), ("onsite", 70)], [1, 0.5]).score == pytest.approx(73.5)


def test_two_methods_missing_gives_the_last_one_everything():
    result = q.branch_quarter_score([("onsite", 86.5)], 1)
    assert result.weights == {"onsite": 1.0}
    assert result.score == pytest.approx(85.5)  # 86.5 × 1.0 − 1


def test_several_inspections_of_one_type_are_averaged():
    # mystery (90 + 96) / 2 = 93; remote (80 + 84 + 88) / 3 = 84; on-site 70
    # 93×0.4 + 84×0.4 + 70×0.2 = 37.2 + 33.6 + 14 = 84.8
    result = q.branch_quarter_score(
        [("mystery", 90), ("mystery", 96), ("remote", 80), ("remote", 84), ("remote", 88), ("onsite", 70)])
    assert result.method_means == {"mystery": 93.0, "remote": 84.0, "onsite": 70.0}
    assert result.score == pytest.approx(84.8)


def test_self_checks_do_not_count():
    # 003:169 names only 暗访, 非现场 and 明查: the self-check's 50 changes nothing; on-site alone is 100 %.
    result = q.branch_quarter_score([("onsite", 92), ("self", 50)])
    assert result.score == pytest.approx(92.0)
    assert result.ignored_self_checks == 1
    only_self = q.branch_quarter_score([("self", 99)], 3)
    assert only_self.score is None and only_self.complaint_deductions == 3


def test_objects_with_type_and_score_are_accepted():
    class Row:
        def __init__(self, type, score):
            self.type, self.score = type, score

    assert q.branch_quarter_score([Row("mystery", 88), Row("remote", None)]).score == pytest.approx(88.0)


@pytest.mark.parametrize(("day", "target"), [
    ("2025-01-01", 92), ("2025-04-30", 92),  # 002:41 第一阶段 1-4月 92分
    ("2025-05-01", 95), ("2025-08-31", 95),  # 002:43 第二阶段 5-8月 95分
    ("2025-09-01", 98), ("2025-12-31T17:00:00+08:00", 98),  # 002:45 第三阶段 9-12月 98分
])
def test_target_for_date_follows_the_stages_of_002(day, target):
    assert q.target_for_date(day) == target


def test_quarter_targets_and_custom_stages():
    # A quarter is held to the stage in force on its first day: Q1 Jan 92, Q2 Apr 92, Q3 Jul 95, Q4 Oct 98.
    assert [q.quarter_target(2025, n) for n in (1, 2, 3, 4)] == [92, 92, 95, 98]
    assert q.year_target(2025) == 98
    stages = (q.Stage(1, 90, "own"), q.Stage(7, 96, "own"))
    assert q.target_for_date(date(2025, 6, 30), stages) == 90
    assert q.quarter_target(2025, 3, stages) == 96
    assert q.meets_target(95.0, 95) is True and q.meets_target(94.99, 95) is False
    assert q.meets_target(None, 95) is None
    assert q.gap_to_target(93.5, 95) == -1.5


def test_quarters():
    assert q.quarter_of("2025-08-15T09:30:00+08:00") == (2025, 3)
    assert q.quarter_bounds(2024, 1) == (date(2024, 1, 1), date(2024, 3, 31))
    assert q.quarter_bounds(2024, 4) == (date(2024, 10, 1), date(2024, 12, 31))
    assert q.shift_quarter(2025, 1, -1) == (2024, 4)
    assert q.shift_quarter(2024, 3, 6) == (2026, 1)


def test_find_repeats_lists_items_failed_twice_and_tells_whether_flagged():
    previous = [Finding("a", "dress.uniform", "fail"), Finding("a", "queue.wait", "fail"),
                Finding("a", "dress.badge", "pass")]
    current = [Finding("b", "dress.badge", "fail"), Finding("b", "dress.uniform", "fail", repeat=True),
               Finding("b", "queue.wait", "fail"), Finding("b", "queue.order", "fail")]
    repeats = q.find_repeats(previous, current)
    # dress.badge passed last time and queue.order was not failed before: not repeats.
    assert [(r.item_id, r.flagged) for r in repeats] == [("dress.uniform", True), ("queue.wait", False)]
    assert q.find_repeats([("x", "fail")], [("x", "pass")]) == []
    assert q.find_repeats([("x", "fail")], [("x", "fail", True)])[0].flagged is True


def test_weakest_areas_average_over_branches_counting_missing_as_zero():
    # dress: (2 + 1) / 2 = 1.5; queue: (0 + 4) / 2 = 2.0; signage lost nothing anywhere → not listed
    areas = q.weakest_areas({"b1": {"dress": 2.0, "signage": 0.0}, "b2": {"dress": 1.0, "queue": 4.0}})
    assert [(a.area_id, a.mean_points_lost) for a in areas] == [("queue", 2.0), ("dress", 1.5)]
    assert q.weakest_areas({}) == []


def test_ranking_shares_ranks_on_ties_and_puts_unscored_last():
    ranked = q.rank_branches({"a": 90.0, "b": 95.0, "c": 90.0, "d": None, "e": 80.0})
    assert [(r.branch_id, r.rank) for r in ranked] == [("b", 1), ("a", 2), ("c", 2), ("e", 4), ("d", None)]
