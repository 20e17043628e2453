"""The review screen the branch head reads before signing: failures by area, with evidence.

Each failure gets a rectification (整改) owner and deadline, stored the moment it is agreed.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from inspector import scoring
from inspector.model import Finding, InspectionSnapshot, Photo, Rectification
from inspector.photos.derived import copy_path
from inspector.ui import errors
from inspector.ui.inspections_view import status_label, type_label
from inspector.ui.workspace.session import pick

DEFAULT_DAYS = 14
STYLE = """
QWidget#reviewPage { background: #f5f7fa; }
QLabel#reviewTitle { font-size: 15pt; font-weight: 600; color: #1f2d3d; }
QLabel#reviewSummary { font-size: 11pt; color: #1f2d3d; }
QLabel#areaTitle { font-size: 11pt; font-weight: 600; color: #1d5fbf; padding-top: 8px;
                   border-bottom: 1px solid #dde3ea; }
QFrame#failureCard { background: #ffffff; border: 1px solid #dde3ea; border-radius: 6px; }
QFrame#failureCard QLabel { background: transparent; }
QLabel#failureTitle { font-weight: 600; color: #1f2d3d; }
QLabel#deduction { font-weight: 600; color: #b3261e; }
QLabel#criticalTag { color: #ffffff; background: #b3261e; border-radius: 3px; padding: 1px 6px; }
QLabel#thumb { border: 1px solid #dde3ea; }
"""
THUMB = QSize(96, 72)
MAX_THUMBS = 4


def failures_by_area(snapshot: InspectionSnapshot) -> list[tuple[dict[str, Any], list[tuple[dict[str, Any], Finding]]]]:
    """[(area, [(item, finding), …]), …] of the failed items, in checklist order."""
    findings = {f.item_id: f for f in snapshot.findings}
    items = scoring.items_for_mode(snapshot.template, snapshot.inspection.type)
    grouped: list[tuple[dict[str, Any], list[tuple[dict[str, Any], Finding]]]] = []
    for area in snapshot.template["areas"]:
        failed = [
            (item, findings[item["id"]])
            for item in items
            if item["area"] == area["id"] and item["id"] in findings and findings[item["id"]].result == "fail"
        ]
        if failed:
            grouped.append((area, failed))
    return grouped


def _label(text: str, parent: QWidget, name: str = "", wrap: bool = False) -> QLabel:
    label = QLabel(text, parent)
    if name:
        label.setObjectName(name)
    label.setWordWrap(wrap)
    return label


class FailureCard(QFrame):
    """One failed item: what was found, and who fixes it by when."""

    agreed = Signal(str, str, str)  # item id, owner, ISO deadline

    def __init__(
        self,
        number: int,
        item: dict[str, Any],
        finding: Finding,
        loss: float,
        photos: list[Photo],
        photos_dir: Path,
        rect: Rectification | None,
        default_owner: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("failureCard")
        self.item_id = item["id"]
        self.stored = rect is not None
        grid = QGridLayout(self)
        grid.setContentsMargins(14, 10, 14, 10)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(4)

        head = QHBoxLayout()
        title = _label(f"{number}. {pick(item['text'])}", self, "failureTitle", wrap=True)
        head.addWidget(title, 1)
        critical = _label(self.tr("Critical") if item.get("critical") else "", self, "criticalTag")
        critical.setVisible(bool(item.get("critical")))
        head.addWidget(critical)
        head.addWidget(_label(self.tr("−%1 points").replace("%1", f"{loss:g}"), self, "deduction"))
        left = QVBoxLayout()
        left.setSpacing(4)
        left.addLayout(head)
        facts = []
        if finding.occurrences > 1:
            facts.append(self.tr("%1 occurrences").replace("%1", str(finding.occurrences)))
        if finding.repeat:
            facts.append(self.tr("repeat finding"))
        if finding.staff:
            facts.append(self.tr("Staff: %1").replace("%1", finding.staff))
        if facts:
            left.addWidget(_label(" · ".join(facts), self, "hint"))
        note = finding.note.strip() or self.tr("No note")
        left.addWidget(_label(note, self, "failureNote" if finding.note.strip() else "hint", wrap=True))
        if photos:
            row = QHBoxLayout()
            row.setSpacing(6)
            for photo in photos[:MAX_THUMBS]:
                thumb = QLabel(self)
                thumb.setObjectName("thumb")
                pixmap = QPixmap(str(copy_path(photos_dir, photo, "thumb")))
                if not pixmap.isNull():
                    thumb.setPixmap(
                        pixmap.scaled(
                            THUMB, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                        )
                    )
                thumb.setToolTip(photo.taken_at or photo.original_name)
                row.addWidget(thumb)
            if len(photos) > MAX_THUMBS:
                row.addWidget(_label(self.tr("+%1 more").replace("%1", str(len(photos) - MAX_THUMBS)), self, "hint"))
            row.addStretch(1)
            left.addLayout(row)
        grid.addLayout(left, 0, 0)

        form = QGridLayout()
        form.setHorizontalSpacing(8)
        form.setVerticalSpacing(6)
        self.owner = QLineEdit(rect.owner if rect else default_owner, self)
        self.owner.setObjectName("rectOwner")
        self.owner.setPlaceholderText(self.tr("Who fixes it"))
        self.deadline = QDateEdit(self)
        self.deadline.setObjectName("rectDeadline")
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("yyyy-MM-dd")
        self.deadline.setDate(
            QDate.fromString(rect.deadline, "yyyy-MM-dd") if rect else QDate.currentDate().addDays(DEFAULT_DAYS)
        )
        self.agree_button = QPushButton(self.tr("Agree"), self)
        self.agree_button.setObjectName("agreeButton")
        self.status = _label("", self, "rectStatus")
        form.addWidget(_label(self.tr("Rectification owner"), self), 0, 0)
        form.addWidget(self.owner, 0, 1, 1, 2)
        form.addWidget(_label(self.tr("Deadline"), self), 1, 0)
        form.addWidget(self.deadline, 1, 1)
        form.addWidget(self.agree_button, 1, 2)
        form.addWidget(self.status, 2, 0, 1, 3)
        box = QWidget(self)
        box.setLayout(form)
        box.setFixedWidth(330)
        grid.addWidget(box, 0, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)

        self.owner.editingFinished.connect(self._edited)
        self.deadline.dateChanged.connect(lambda _d: self._edited())
        self.agree_button.clicked.connect(self.agree)
        self._show_status()

    def agree(self) -> None:
        self.agreed.emit(self.item_id, self.owner.text().strip(), self.deadline.date().toString("yyyy-MM-dd"))

    def _edited(self) -> None:
        # Once agreed, every change is stored at once; before that, the Agree button stores it.
        if self.stored:
            self.agree()

    def mark_stored(self, rect: Rectification) -> None:
        self.stored = True
        self._show_status()

    def _show_status(self) -> None:
        self.agree_button.setVisible(not self.stored)
        self.status.setText(self.tr("✓ Agreed and saved") if self.stored else self.tr("Not agreed yet"))
        self.status.setProperty("ok", self.stored)
        self.status.setStyleSheet("color: #1e7a3c;" if self.stored else "color: #b3261e;")

    def set_read_only(self, read_only: bool) -> None:
        self.owner.setReadOnly(read_only)
        self.deadline.setReadOnly(read_only)
        self.deadline.setCalendarPopup(not read_only)
        self.agree_button.setEnabled(not read_only)


class ReviewWidget(QScrollArea):
    """Read-only findings for the branch head, plus the rectification agreement per failure."""

    rectificationsChanged = Signal()

    def __init__(self, store: Any, inspection_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reviewScreen")
        self.store = store
        self.inspection_id = inspection_id
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.cards: dict[str, FailureCard] = {}
        self.item_text: dict[str, str] = {}
        self.reload()

    def reload(self) -> None:
        """Read the inspection again and rebuild the page."""
        snap = self.store.snapshot(self.inspection_id)
        self.snapshot = snap
        score = scoring.score_inspection(snap.template, snap.findings, snap.inspection.type)
        rects = {r.item_id: r for r in snap.rectifications}
        photos: dict[str, list[Photo]] = {}
        for photo in snap.photos:
            if photo.item_id:
                photos.setdefault(photo.item_id, []).append(photo)
        page = QWidget(self)
        page.setObjectName("reviewPage")
        page.setStyleSheet(STYLE)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(20, 16, 20, 20)
        layout.setSpacing(10)
        ins, branch = snap.inspection, snap.branch
        layout.addWidget(_label(f"{branch.code}  {branch.name}", page, "reviewTitle"))
        facts = (
            self.tr("%1 · %2 · inspectors: %3 · %4")
            .replace("%1", ins.started_at[:10])
            .replace("%2", type_label(ins.type))
            .replace("%3", "、".join(ins.inspectors) or "—")
            .replace("%4", status_label(ins.status))
        )
        layout.addWidget(_label(facts, page, "hint"))
        failures = failures_by_area(snap)
        count = sum(len(found) for _area, found in failures)
        summary = (
            self.tr("Score %1, grade %2. %3 failures.")
            .replace("%1", f"{score.score:g}")
            .replace("%2", score.grade)
            .replace("%3", str(count))
        )
        if score.failed_critical:
            summary += " " + self.tr("A critical item failed.")
        layout.addWidget(_label(summary, page, "reviewSummary", wrap=True))
        if count:
            layout.addWidget(
                _label(
                    self.tr(
                        "For each failure, agree who fixes it and by when, then press Agree. "
                        "The branch head can sign once every failure has an agreed owner and deadline."
                    ),
                    page,
                    "hint",
                    wrap=True,
                )
            )
        self.cards.clear()
        self.item_text.clear()
        number = 0
        for area, found in failures:
            lost = score.areas[area["id"]].points_lost if area["id"] in score.areas else 0
            header = _label(
                self.tr("%1  (−%2 points)").replace("%1", pick(area["name"])).replace("%2", f"{lost:g}"),
                page,
                "areaTitle",
            )
            layout.addWidget(header)
            for item, finding in found:
                number += 1
                card = FailureCard(
                    number,
                    item,
                    finding,
                    score.item_losses.get(item["id"], 0.0),
                    photos.get(item["id"], []),
                    Path(snap.photos_dir),
                    rects.get(item["id"]),
                    branch.head,
                    page,
                )
                card.agreed.connect(self._store)
                self.cards[item["id"]] = card
                self.item_text[item["id"]] = f"{number}. {pick(item['text'])}"
                layout.addWidget(card)
        if not count:
            empty = _label(
                self.tr("No failures: nothing needs rectifying. The inspection can be signed."),
                page,
                "emptyBody",
                wrap=True,
            )
            layout.addWidget(empty)
        layout.addStretch(1)
        self.setWidget(page)
        self.set_read_only(ins.status == "signed")

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for card in self.cards.values():
            card.set_read_only(read_only)

    def missing(self) -> list[str]:
        """The failures without an agreed rectification, as "n. item text"."""
        return [self.item_text[item_id] for item_id, card in self.cards.items() if not card.stored]

    def agree_all(self) -> None:
        """Agree every open failure with the owner and deadline shown (a test and keyboard helper)."""
        for card in list(self.cards.values()):
            if not card.stored:
                card.agree()

    def _store(self, item_id: str, owner: str, deadline: str) -> None:
        if self.read_only:
            return
        card = self.cards[item_id]
        if not owner:
            errors.show_message(
                self,
                self.tr("Rectification owner missing"),
                self.tr("Enter who fixes “%1” before agreeing.").replace("%1", self.item_text[item_id]),
            )
            card.owner.setFocus()
            return
        if deadline < date.today().isoformat():
            errors.show_message(
                self,
                self.tr("Deadline in the past"),
                self.tr("The deadline for “%1” is before today; choose a later date.").replace(
                    "%1", self.item_text[item_id]
                ),
            )
            return
        try:
            rect = self.store.set_rectification(self.inspection_id, item_id, owner, deadline)
        except Exception as exc:  # noqa: BLE001 - StoreError explains itself; nothing else is expected
            errors.show_error(self, exc, context=self.tr("The rectification could not be saved."))
            return
        card.mark_stored(rect)
        self.rectificationsChanged.emit()
