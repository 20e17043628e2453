"""Scoring: findings in, points out. Pure functions; no I/O, no Qt, no SQL.

    result = scoring.score_inspection(template, findings, "mystery")   # one inspection's score
    quarter = quarterly.branch_quarter_score([("mystery", 90), ...], 2) # the bank's quarterly score

Owns the deduction model of the seed documents (`deductions`) and the bank's quarterly branch
score, stage targets and repeat findings (`quarterly`). Imports only `inspector.model`; must never
import the store, the UI, Qt, or anything that reads or writes files.
"""

from inspector.scoring.deductions import (
    AreaScore,
    ScoreResult,
    count_outcome,
    grade_for,
    item_loss,
    items_for_mode,
    score_inspection,
    timer_outcome,
)

__all__ = [
    "AreaScore", "ScoreResult", "count_outcome", "grade_for", "item_loss", "items_for_mode", "score_inspection",
    "timer_outcome",
]
