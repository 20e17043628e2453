"""The deduction model: worked examples and properties (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from inspector.model import Finding, Timing
from inspector.scoring.deductions import count_outcome, score_inspection, timer_outcome
from tests.conftest import MINI_TEMPLATE

ITEM_IDS = [item["id"] for item in MINI_TEMPLATE["items"]]


def _f(item_id, result="fail", **kw):
    return Finding("i", item_id, result=result, **kw)


def test_no_findings_is_full_marks():
    result = score_inspection(MINI_TEMPLATE, [])
    assert (result.score, result.grade, result.passed) == (100.0, "A", True)


def test_per_person_occurrences_repeat_and_head_extra():
    # dress.badge: 2 points per person and occurrence, +1 for the person in charge, no item cap.
    result = score_inspection(MINI_TEMPLATE, [_f("dress.badge", occurrences=2, repeat=False)])
    assert result.item_losses["dress.badge"] == 5.0  # 2 × 2 + 1
    # The area cap of 5 holds the repeat (2 × 2 × 2 + 1 = 9) to 5.
    result = score_inspection(MINI_TEMPLATE, [_f("dress.badge", occurrences=2, repeat=True)])
    assert result.item_losses["dress.badge"] == 9.0
    assert result.areas["dress"].points_lost == 5.0
    assert result.score == 95.0


def test_item_cap():
    result = score_inspection(MINI_TEMPLATE, [_f("dress.uniform", occurrences=10)])
    assert result.item_losses["dress.uniform"] == 3.0


def test_critical_failure_fails_whatever_the_score():
    result = score_inspection(MINI_TEMPLATE, [_f("queue.order")])
    assert result.score == 99.0
    assert not result.passed and result.grade == "D" and result.failed_critical == ["queue.order"]


def test_grades_follow_thresholds():
    findings = [_f("queue.wait", occurrences=4), _f("queue.windows", occurrences=4)]
    result = score_inspection(MINI_TEMPLATE, findings)
    assert result.score == 88.0 and result.grade == "B"


def test_mode_filters_items():
    # queue.order is not observable by a mystery shopper, so it neither counts nor fails the visit.
    result = score_inspection(MINI_TEMPLATE, [_f("queue.order")], mode="mystery")
    assert result.passed and result.score == 100.0
    assert sum(area.total_items for area in result.areas.values()) == 3


def test_timer_and_count_outcomes():
    item = next(i for i in MINI_TEMPLATE["items"] if i["id"] == "queue.wait")
    waits = [Timing(None, "i", "queue.wait", "wait", "", seconds=s) for s in (300, 16 * 60, 20 * 60)]
    assert timer_outcome(item, MINI_TEMPLATE, waits) == ("fail", 2)
    assert timer_outcome(item, MINI_TEMPLATE, waits[:1]) == ("pass", 1)
    assert timer_outcome(item, MINI_TEMPLATE, []) == ("unchecked", 1)
    count = next(i for i in MINI_TEMPLATE["items"] if i["id"] == "queue.windows")
    readings = [
        Timing(None, "i", "queue.windows", "count", "", waiting=12, windows_open=3),
        Timing(None, "i", "queue.windows", "count", "", waiting=18, windows_open=3),
        Timing(None, "i", "queue.windows", "count", "", waiting=2, windows_open=0),
    ]
    assert count_outcome(count, readings[:1]) == ("pass", 1)
    assert count_outcome(count, readings) == ("fail", 2)


findings_strategy = st.lists(
    st.builds(
        Finding,
        inspection_id=st.just("i"),
        item_id=st.sampled_from(ITEM_IDS),
        result=st.sampled_from(["unchecked", "pass", "fail", "na"]),
        occurrences=st.integers(1, 50),
        repeat=st.booleans(),
    ),
    max_size=10,
    unique_by=lambda f: f.item_id,
)


@settings(max_examples=300, deadline=None)
@given(findings_strategy, st.sampled_from([None, "onsite", "mystery", "remote", "self"]))
def test_score_stays_within_bounds(findings, mode):
    result = score_inspection(MINI_TEMPLATE, findings, mode)
    assert 0 <= result.score <= 100
    assert result.points_lost == round(100 - result.score, 2)


@settings(max_examples=300, deadline=None)
@given(findings_strategy, st.sampled_from(ITEM_IDS), st.integers(1, 50), st.booleans())
def test_another_failure_never_raises_the_score(findings, item_id, occurrences, repeat):
    before = score_inspection(MINI_TEMPLATE, findings)
    others = [f for f in findings if f.item_id != item_id]
    existing = next((f for f in findings if f.item_id == item_id), None)
    if existing is not None and existing.result == "fail":
        # A worse version of an existing failure: more occurrences, or now a repeat.
        worse = _f(item_id, occurrences=max(existing.occurrences, occurrences), repeat=existing.repeat or repeat)
    else:
        worse = _f(item_id, occurrences=occurrences, repeat=repeat)
    after = score_inspection(MINI_TEMPLATE, [*others, worse])
    assert after.score <= before.score


@settings(max_examples=300, deadline=None)
@given(findings_strategy, st.sampled_from(ITEM_IDS))
def test_not_applicable_items_never_cost_points(findings, item_id):
    without = [f for f in findings if f.item_id != item_id]
    with_na = [*without, _f(item_id, result="na", occurrences=9, repeat=True)]
    assert score_inspection(MINI_TEMPLATE, with_na).score == score_inspection(MINI_TEMPLATE, without).score
