"""Small helpers shared by the head-office widgets."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor

RED_BG = QColor("#fde2e1")
AMBER_BG = QColor("#fff1cc")
RED_TEXT = QColor("#b42318")
GREEN_TEXT = QColor("#1e7a3c")
MUTED_TEXT = QColor("#6b7785")


def pick(label: dict[str, str] | None, fallback: str = "") -> str:
    """The Chinese or English text of a template label, following the UI language."""
    if not label:
        return fallback
    chinese = QLocale().language() == QLocale.Language.Chinese
    return label.get("zh" if chinese else "en") or label.get("zh") or label.get("en") or fallback


def fmt_score(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"
