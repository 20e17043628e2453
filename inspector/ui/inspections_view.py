"""The inspections list: a table model, a filter bar (branch, period, type, status, grade, search)
and empty states that tell a new user what to do next."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector.model import INSPECTION_TYPES, STATUSES
from inspector.store import InspectionRow, Store

LABELS = "Labels"
TYPE_LABELS = {
    "onsite": QT_TRANSLATE_NOOP("Labels", "On-site"),
    "mystery": QT_TRANSLATE_NOOP("Labels", "Mystery shopper"),
    "remote": QT_TRANSLATE_NOOP("Labels", "Remote review"),
    "self": QT_TRANSLATE_NOOP("Labels", "Self-check"),
}
STATUS_LABELS = {
    "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
    "finished": QT_TRANSLATE_NOOP("Labels", "Finished"),
    "signed": QT_TRANSLATE_NOOP("Labels", "Signed"),
}
GRADES = ("A", "B", "C", "D")
STATUS_COLOURS = {"draft": "#8a5a00", "finished": "#1d5fbf", "signed": "#1e7a3c"}


def type_label(code: str) -> str:
    """明查 / 暗访 / 非现场 / 自查 in Chinese; On-site / Mystery shopper / … in English."""
    return QCoreApplication.translate(LABELS, TYPE_LABELS.get(code, code))


def status_label(code: str) -> str:
    return QCoreApplication.translate(LABELS, STATUS_LABELS.get(code, code))


def period_range(period: str, today: date | None = None) -> tuple[str | None, str | None]:
    """(since, until) ISO dates for "month", "quarter", "year" or "all"."""
    today = today or date.today()
    if period == "month":
        return today.replace(day=1).isoformat(), None
    if period == "quarter":
        return today.replace(month=(today.month - 1) // 3 * 3 + 1, day=1).isoformat(), None
    if period == "year":
        return today.replace(month=1, day=1).isoformat(), None
    return None, None


@dataclass
class Filters:
    branch_id: str | None = None
    period: str = "all"  # month | quarter | year | all | range
    since: str | None = None  # used when period == "range"
    until: str | None = None
    type: str | None = None
    status: str | None = None
    grade: str | None = None
    search: str = ""

    def is_default(self) -> bool:
        return self.period == "all" and not (self.type or self.status or self.grade or self.search.strip())

    def query(self) -> dict:
        since, until = (self.since, self.until) if self.period == "range" else period_range(self.period)
        return {
            "branch_id": self.branch_id,
            "type": self.type,
            "status": self.status,
            "grade": self.grade,
            "since": since,
            "until": until,
            "search": self.search,
        }


class InspectionsModel(QAbstractTableModel):
    """Rows of `Store.list_inspections`; the score and grade are the store's cached values."""

    COLUMNS = ("id", "branch", "date", "type", "score", "grade", "status")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[InspectionRow] = []

    def set_rows(self, rows: list[InspectionRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("No."),
            self.tr("Branch"),
            self.tr("Date"),
            self.tr("Type"),
            self.tr("Score"),
            self.tr("Grade"),
            self.tr("Status"),
        )
        return titles[section]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        inspection = row.inspection
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "id":
                return inspection.id[:8]
            if column == "branch":
                return f"{row.branch_code}  {row.branch_name}"
            if column == "date":
                return inspection.started_at[:16].replace("T", " ")
            if column == "type":
                return type_label(inspection.type)
            if column == "score":
                return "" if row.score is None else f"{row.score:g}"
            if column == "grade":
                return row.grade or ""
            if column == "status":
                return status_label(inspection.status)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("score", "grade", "id", "date"):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            names = "、".join(inspection.inspectors)
            return self.tr("Inspection {id}\nInspectors: {names}").format(id=inspection.id, names=names or "—")
        if role == Qt.ItemDataRole.UserRole:
            return inspection.id
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == "grade" and row.passed is False:
                return QColor("#b3261e")  # a failed critical item: the grade is shown in red
            if column == "status":
                return QColor(STATUS_COLOURS.get(inspection.status, "#1f2d3d"))
        return None


class InspectionsTable(QTableView):
    """A table that opens the current row on Enter, as well as on double-click."""

    openRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.doubleClicked.connect(self._open_index)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open_index(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openRequested.emit(index.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole))


class InspectionsView(QWidget):
    """Filter bar, the table, and two empty states (no inspections at all / none match)."""

    openRequested = Signal(str)
    newRequested = Signal()
    demoRequested = Signal()
    countChanged = Signal(int)  # rows shown after a refresh

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.filters = Filters()
        self._building = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)

        title = QLabel(self.tr("Inspections"))
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        layout.addLayout(self._build_filter_bar())

        self.stack = QStackedWidget(self)
        self.model = InspectionsModel(self)
        self.table = InspectionsTable(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column in range(len(InspectionsModel.COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.openRequested.connect(self.openRequested)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self._build_empty_state())
        self.stack.addWidget(self._build_no_match_state())
        layout.addWidget(self.stack, 1)
        self._building = False

    # --- building ---------------------------------------------------------------------------
    def _combo(self, items: list[tuple[str, str | None]], name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for text, value in items:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(self._filters_changed)
        return combo

    def _build_filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search branch, code, inspector…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(180)
        self.search.textChanged.connect(self._filters_changed)
        self.period = self._combo(
            [
                (self.tr("All dates"), "all"),
                (self.tr("This month"), "month"),
                (self.tr("This quarter"), "quarter"),
                (self.tr("This year"), "year"),
                (self.tr("From … to …"), "range"),
            ],
            "period",
        )
        self.since = QDateEdit(QDate.currentDate().addMonths(-1), self)
        self.until = QDateEdit(QDate.currentDate(), self)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setVisible(False)
            edit.dateChanged.connect(self._filters_changed)
        self.type_combo = self._combo(
            [(self.tr("All types"), None)] + [(type_label(t), t) for t in INSPECTION_TYPES], "type"
        )
        self.status_combo = self._combo(
            [(self.tr("All statuses"), None)] + [(status_label(s), s) for s in STATUSES], "status"
        )
        self.grade_combo = self._combo([(self.tr("All grades"), None)] + [(g, g) for g in GRADES], "grade")
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.clicked.connect(self.clear_filters)
        bar.addWidget(self.search, 2)
        for widget in (self.period, self.since, self.until, self.type_combo, self.status_combo, self.grade_combo):
            widget.setMinimumWidth(110)
            bar.addWidget(widget)
        bar.addWidget(self.clear_button)
        for widget in (
            self.search,
            self.period,
            self.since,
            self.until,
            self.type_combo,
            self.status_combo,
            self.grade_combo,
            self.clear_button,
        ):
            widget.setFixedHeight(32)  # one row of equal controls, whatever each style's default height
        return bar

    def _empty_page(self, name: str, headline: str, body: str, buttons: list[QPushButton]) -> QWidget:
        page = QWidget(self)
        page.setObjectName(name)
        box = QVBoxLayout(page)
        box.addStretch(2)
        head = QLabel(headline, page)
        head.setObjectName("emptyHeadline")
        head.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(body, page)
        text.setObjectName("emptyBody")
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setWordWrap(True)
        box.addWidget(head)
        box.addWidget(text)
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            button.setMinimumWidth(140)
            row.addWidget(button)
        row.addStretch(1)
        box.addSpacing(12)
        box.addLayout(row)
        box.addStretch(3)
        return page

    def _build_empty_state(self) -> QWidget:
        self.empty_new = QPushButton(self.tr("New inspection (Ctrl+N)"), self)
        self.empty_new.setObjectName("primaryButton")
        self.empty_new.clicked.connect(self.newRequested)
        self.empty_demo = QPushButton(self.tr("Load demo data"), self)
        self.empty_demo.clicked.connect(self.demoRequested)
        return self._empty_page(
            "emptyState",
            self.tr("No inspections yet"),
            self.tr(
                "Press Ctrl+N to start one, or load demo data to look around first.\n"
                "Add your branches on the left; every change is saved at once."
            ),
            [self.empty_new, self.empty_demo],
        )

    def _build_no_match_state(self) -> QWidget:
        button = QPushButton(self.tr("Clear filters"), self)
        button.clicked.connect(self.clear_filters)
        return self._empty_page(
            "noMatchState",
            self.tr("No inspections match these filters"),
            self.tr("Change the filters or the search text, or clear them to see every inspection."),
            [button],
        )

    # --- behaviour --------------------------------------------------------------------------
    def set_branch(self, branch_id: str | None) -> None:
        self.filters.branch_id = branch_id
        self.refresh()

    def _filters_changed(self, *_: object) -> None:
        if self._building:
            return
        f = self.filters
        f.search = self.search.text()
        f.period = self.period.currentData()
        ranged = f.period == "range"
        self.since.setVisible(ranged)
        self.until.setVisible(ranged)
        f.since = self.since.date().toString("yyyy-MM-dd") if ranged else None
        f.until = self.until.date().toString("yyyy-MM-dd") if ranged else None
        f.type = self.type_combo.currentData()
        f.status = self.status_combo.currentData()
        f.grade = self.grade_combo.currentData()
        self.refresh()

    def clear_filters(self) -> None:
        self._building = True
        self.search.clear()
        for combo in (self.period, self.type_combo, self.status_combo, self.grade_combo):
            combo.setCurrentIndex(0)
        self._building = False
        self._filters_changed()

    def refresh(self) -> None:
        """Re-read the list from the store, keeping the selected inspection selected."""
        current = self.current_id()
        rows = self.store.list_inspections(**self.filters.query())
        self.model.set_rows(rows)
        if rows:
            self.stack.setCurrentIndex(0)
            ids = [r.inspection.id for r in rows]
            self.table.selectRow(ids.index(current) if current in ids else 0)
        elif self.filters.is_default():
            self.stack.setCurrentIndex(1)
        else:
            self.stack.setCurrentIndex(2)
        self.countChanged.emit(len(rows))

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole) if index.isValid() else None

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def showing_empty_state(self) -> bool:
        return self.stack.currentIndex() == 1
