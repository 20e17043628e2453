"""The head-office dashboard: ranking against the stage target, trend per branch, weakest areas, repeats.

    tab = DashboardWidget(store)      # the main window embeds it as a tab
    tab.refresh()                     # after an import or a new complaint

The figures (summary, ranking, repeats) are filled at once; the two charts are built in the next
turn of the event loop (`chartsReady` says when), so the ranking is on screen before QtCharts works.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector.headoffice.dashboard import (
    DashboardData,
    DashboardFilter,
    build_dashboard,
    default_filter,
)
from inspector.model import INSPECTION_TYPES
from inspector.scoring import quarterly as q
from inspector.store import Store
from inspector.ui.headoffice.common import GREEN_TEXT, MUTED_TEXT, RED_BG, RED_TEXT, fmt_score, pick
from inspector.ui.headoffice.complaints import ComplaintDialog
from inspector.ui.inspections_view import type_label

MAX_TREND_LINES = 8
COLOURS = ["#1d5fbf", "#d9480f", "#2b8a3e", "#862e9c", "#c2255c", "#0b7285", "#e67700", "#495057"]


def _index_of(combo: QComboBox, value: object) -> int:
    """Like findData, which does not match Python tuples (the period's data)."""
    return next((n for n in range(combo.count()) if combo.itemData(n) == value), -1)


class RankingModel(QAbstractTableModel):
    """Branches best first; a quarterly score below the stage target is tinted red."""

    HEADERS = ("Rank", "Branch", "Latest", "Grade", "Quarter score", "Complaints", "Target", "Gap")

    RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.lines: list = []
        self.cells: list[list[str]] = []
        self.year_view = False

    def set_data(self, data: DashboardData) -> None:
        self.beginResetModel()
        self.lines = data.lines
        # Formatted once: the header's ResizeToContents asks for every cell many times.
        self.cells = [self._row_text(line) for line in data.lines]
        self.year_view = data.filter.quarter is None
        self.endResetModel()

    @staticmethod
    def _row_text(line) -> list[str]:
        score = line.quarter.score if line.quarter else None
        return [
            "—" if line.rank is None else str(line.rank), f"{line.code} {line.name}",
            fmt_score(line.latest_score), line.latest_grade or "—", fmt_score(score),
            f"−{line.complaint_points:g}" if line.complaint_points else "", f"{line.target:g}",
            "—" if line.gap is None else f"{line.gap:+.1f}",
        ]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = {
                0: self.tr("Rank"), 1: self.tr("Branch"), 2: self.tr("Latest"), 3: self.tr("Grade"),
                4: self.tr("Year score") if self.year_view else self.tr("Quarter score"),
                5: self.tr("Complaints"), 6: self.tr("Target"), 7: self.tr("Gap"),
            }
            return headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells[index.row()][column]
        line = self.lines[index.row()]
        if role == Qt.ItemDataRole.BackgroundRole and line.below_target:
            return RED_BG
        if role == Qt.ItemDataRole.ForegroundRole and column == 7 and line.gap is not None:
            return RED_TEXT if line.gap < 0 else GREEN_TEXT
        if role == Qt.ItemDataRole.ForegroundRole and line.quarter is not None and line.quarter.score is None:
            return MUTED_TEXT
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 2, 3, 4, 5, 6, 7):
            return self.RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and line.quarter and line.quarter.weights:
            parts = [f"{type_label(m)} {line.quarter.method_means[m]:.1f} × {w:.0%}"
                     for m, w in line.quarter.weights.items()]
            return " + ".join(parts) + (f" − {line.complaint_points:g}" if line.complaint_points else "")
        return None


class DashboardWidget(QWidget):
    """Filters (period, region, type), a ranking table, a trend chart, weakest areas and repeat findings."""

    refreshed = Signal()  # the figures are filled (the charts may follow)
    chartsReady = Signal()  # the charts show the current figures

    def __init__(self, store: Store, parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        self.store = store
        self.today = today or date.today()
        self.data: DashboardData | None = None
        # One pending chart build: a newer refresh replaces the older one's data.
        self._chart_timer = QTimer(self)
        self._chart_timer.setSingleShot(True)
        self._chart_timer.setInterval(0)
        self._chart_timer.timeout.connect(self._fill_charts)
        self._build()
        periods = store.dashboard_periods()
        self._fill_filters(default_filter(store, self.today, periods), periods)
        self.refresh()

    # --- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.period = QComboBox()
        self.region = QComboBox()
        self.type = QComboBox()
        self.type.addItem(self.tr("All types"), "")
        for code in INSPECTION_TYPES:
            self.type.addItem(type_label(code), code)
        self.drafts = QCheckBox(self.tr("Include drafts"))
        self.drafts.setToolTip(self.tr("Drafts may be half answered; by default only finished and signed "
                                       "inspections count."))
        complaint = QPushButton(self.tr("Record complaint…"))
        complaint.clicked.connect(self.record_complaint)
        bar = QHBoxLayout()
        for label, widget in ((self.tr("Period"), self.period), (self.tr("Region"), self.region),
                              (self.tr("Type"), self.type)):
            bar.addWidget(QLabel(label))
            bar.addWidget(widget)
        bar.addWidget(self.drafts)
        bar.addStretch(1)
        bar.addWidget(complaint)
        for combo in (self.period, self.region, self.type):
            combo.currentIndexChanged.connect(self.refresh)
        self.drafts.toggled.connect(self.refresh)

        self.summary = QLabel()
        self.summary.setObjectName("hint")
        self.summary.setWordWrap(True)
        self.ranking_model = RankingModel(self)
        self.ranking = QTableView()
        self.ranking.setModel(self.ranking_model)
        self.ranking.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ranking.verticalHeader().hide()
        # Widths are set from the formatted text in _fit_ranking_columns: ResizeToContents would ask
        # the model for every cell's size hint on each layout pass (~12,000 calls for 40 branches).
        self.ranking.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.ranking.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.repeats = QTableWidget(0, 4)
        self.repeats.verticalHeader().hide()
        self.repeats.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.repeats.setHorizontalHeaderLabels(
            [self.tr("Branch"), self.tr("Item failed again"), self.tr("Date"), self.tr("Charged double")])
        self.repeats.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.repeats.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.no_repeats = QLabel(self.tr("No repeat findings: no branch failed the same item in its two "
                                         "latest inspections."))
        self.no_repeats.setObjectName("hint")
        self.no_repeats.setWordWrap(True)
        self.no_repeats.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.repeats_pages = QStackedWidget()
        self.repeats_pages.addWidget(self.repeats)
        self.repeats_pages.addWidget(self.no_repeats)
        self.trend_view = self._chart_view()
        self.areas_view = self._chart_view()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self._title(self.tr("Ranking by quarterly score")))
        left_layout.addWidget(self.ranking, 3)
        left_layout.addWidget(self._title(self.tr("Repeat findings (failed in consecutive inspections)")))
        left_layout.addWidget(self.repeats_pages, 2)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.trend_view)
        right.addWidget(self.areas_view)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 4)
        # Proportions, not pixels: the ranking's wide size hint would otherwise squeeze the charts.
        split.setSizes([500, 400])
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.summary)
        content_layout.addWidget(split, 1)

        self.empty = QWidget()
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addStretch(1)
        self.empty_headline = QLabel()
        self.empty_headline.setObjectName("emptyHeadline")
        self.empty_body = QLabel()
        self.empty_body.setObjectName("emptyBody")
        self.empty_body.setWordWrap(True)
        for label in (self.empty_headline, self.empty_body):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            empty_layout.addWidget(label)
        empty_layout.addStretch(2)
        self.pages = QStackedWidget()
        self.pages.addWidget(content)
        self.pages.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.pages, 1)

    def _title(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("sectionTitle")
        return label

    def _chart_view(self) -> QChartView:
        view = QChartView()
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(180)
        return view

    def _fill_filters(self, flt: DashboardFilter, periods: list[tuple[int, int]]) -> None:
        for combo in (self.period, self.region):
            combo.blockSignals(True)
        periods = periods or [(flt.year, flt.quarter or 1)]
        for year in sorted({y for y, _ in periods}, reverse=True):
            for y, quarter in periods:
                if y == year:
                    self.period.addItem(self.tr("%1 Q%2").replace("%1", str(y)).replace("%2", str(quarter)),
                                        (y, quarter))
            self.period.addItem(self.tr("Year %1").replace("%1", str(year)), (year, None))
        self.period.setCurrentIndex(max(0, _index_of(self.period, (flt.year, flt.quarter))))
        self.region.addItem(self.tr("All regions"), "")
        for region in self.store.regions():
            self.region.addItem(region, region)
        for combo in (self.period, self.region):
            combo.blockSignals(False)

    def current_filter(self) -> DashboardFilter:
        year, quarter = self.period.currentData()
        return DashboardFilter(year, quarter, self.region.currentData() or "", self.type.currentData() or "",
                               self.drafts.isChecked())

    def set_filter(self, flt: DashboardFilter) -> None:
        """Select a filter (tests and the main window); periods missing from the list are added."""
        if _index_of(self.period, (flt.year, flt.quarter)) < 0:
            self.period.addItem(f"{flt.year} Q{flt.quarter}" if flt.quarter else str(flt.year), (flt.year, flt.quarter))
        for combo, value in ((self.period, (flt.year, flt.quarter)), (self.region, flt.region), (self.type, flt.type)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, _index_of(combo, value)))
            combo.blockSignals(False)
        self.drafts.blockSignals(True)
        self.drafts.setChecked(flt.include_drafts)
        self.drafts.blockSignals(False)
        self.refresh()

    # --- filling -----------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.period.currentData() is None:
            return
        self.data = build_dashboard(self.store, self.current_filter())
        if self.data.inspections == 0:
            self._chart_timer.stop()
            self._show_empty(self.data)
        else:
            self.pages.setCurrentIndex(0)
            self._fill(self.data)
        self.refreshed.emit()

    def _show_empty(self, data: DashboardData) -> None:
        self.pages.setCurrentIndex(1)
        if not data.any_inspections:
            self.empty_headline.setText(self.tr("No inspections yet"))
            self.empty_body.setText(self.tr(
                "Inspections arrive here in two ways: import the sync bundles the inspectors send "
                "(File ▸ Import bundle), or carry out inspections on this computer. The ranking, trends "
                "and weakest areas appear as soon as the first finished inspection is here."))
        else:
            self.empty_headline.setText(self.tr("Nothing in this period"))
            self.empty_body.setText(self.tr(
                "No finished or signed inspection matches the period, region and type chosen. "
                "Choose another period above, or tick \"Include drafts\"."))

    def _fill(self, data: DashboardData) -> None:
        self.ranking_model.set_data(data)
        self._fit_ranking_columns()
        below = sum(1 for line in data.lines if line.below_target)
        scored = sum(1 for line in data.lines if line.quarter and line.quarter.score is not None)
        self.summary.setText(
            self.tr("%1 inspections counted · target %2 · %3 of %4 branches below target · "
                    "quarterly score = mystery shopper × 40 % + remote review × 40 % + on-site × 20 % "
                    "− complaints; self-checks do not count")
            .replace("%1", str(data.inspections)).replace("%2", f"{data.target:g}")
            .replace("%3", str(below)).replace("%4", str(scored)))
        self._fill_repeats(data)
        self._chart_timer.start()

    def _fill_charts(self) -> None:
        """Build both charts from the latest figures (QtCharts is the slow part of a refresh)."""
        if self.data is None or self.data.inspections == 0:
            return
        for view, chart in ((self.trend_view, self._trend_chart(self.data)),
                            (self.areas_view, self._areas_chart(self.data))):
            old = view.chart()
            view.setChart(chart)
            old.deleteLater()  # setChart does not delete the chart it replaces
        self.chartsReady.emit()

    def charts_pending(self) -> bool:
        """Whether the charts still show older figures than the table (a build is queued)."""
        return self._chart_timer.isActive()

    def _fit_ranking_columns(self) -> None:
        """Each column as wide as its widest text (header or cell); the branch column takes the rest."""
        model, header = self.ranking_model, self.ranking.horizontalHeader()
        cell_metrics, head_metrics = self.ranking.fontMetrics(), header.fontMetrics()
        for column in range(model.columnCount()):
            if column == 1:
                continue
            title = model.headerData(column, Qt.Orientation.Horizontal)
            widest = max([cell_metrics.horizontalAdvance(row[column]) for row in model.cells]
                         + [head_metrics.horizontalAdvance(title) + 12])  # room for the sort margin
            header.resizeSection(column, widest + 16)

    def _fill_repeats(self, data: DashboardData) -> None:
        items = data.labels.get("items", {})
        self.repeats.setRowCount(len(data.repeats))
        self.repeats_pages.setCurrentWidget(self.repeats if data.repeats else self.no_repeats)
        for row, rep in enumerate(data.repeats):
            flagged = QTableWidgetItem(self.tr("yes") if rep.flagged else self.tr("no — not flagged"))
            flagged.setForeground(GREEN_TEXT if rep.flagged else RED_TEXT)
            cells = [QTableWidgetItem(rep.branch_label), QTableWidgetItem(pick(items.get(rep.item_id), rep.item_id)),
                     QTableWidgetItem(rep.started_at[:10]), flagged]
            for column, cell in enumerate(cells):
                self.repeats.setItem(row, column, cell)

    def _trend_chart(self, data: DashboardData) -> QChart:
        chart = QChart()
        chart.setTitle(self.tr("Quarterly score per branch") if not data.filter.type
                       else self.tr("Mean score per quarter: %1").replace("%1", type_label(data.filter.type)))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        categories = [f"{y % 100:02d}Q{n}" for y, n in data.trend_quarters]  # "25Q3": fits 8 on a laptop
        x_axis = QBarCategoryAxis()
        x_axis.append(categories)
        y_axis = QValueAxis()
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        lowest = 100.0
        names = {line.branch_id: line.name for line in data.lines}
        ranked = [line.branch_id for line in data.lines if line.branch_id in data.trend][:MAX_TREND_LINES]
        for number, branch_id in enumerate(ranked):
            series = QLineSeries()
            series.setName(names[branch_id])
            series.setPen(QPen(QColor(COLOURS[number % len(COLOURS)]), 2))
            series.setPointsVisible(True)
            for x, value in enumerate(data.trend[branch_id]):
                if value is not None:
                    series.append(x, value)
                    lowest = min(lowest, value)
            chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        target = QLineSeries()
        target.setName(self.tr("Stage target"))
        pen = QPen(QColor("#b42318"), 1.5, Qt.PenStyle.DashLine)
        target.setPen(pen)
        for x, (y, n) in enumerate(data.trend_quarters):
            value = q.quarter_target(y, n)
            target.append(x, value)
            lowest = min(lowest, value)
        chart.addSeries(target)
        target.attachAxis(x_axis)
        target.attachAxis(y_axis)
        y_axis.setRange(max(0.0, (int(lowest) // 5) * 5 - 5), 100)
        y_axis.setLabelFormat("%d")
        return chart

    def _areas_chart(self, data: DashboardData) -> QChart:
        chart = QChart()
        chart.setTitle(self.tr("Weakest areas: points lost per inspection, averaged over branches"))
        chart.legend().hide()
        areas = list(reversed(data.areas[:8]))  # the bar chart draws bottom-up: worst on top
        names = data.labels.get("areas", {})
        bars = QBarSet(self.tr("Points lost"))
        bars.setColor(QColor("#d9480f"))
        for area in areas:
            bars.append(area.mean_points_lost)
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        series.setLabelsPrecision(3)
        chart.addSeries(series)
        y_axis = QBarCategoryAxis()
        y_axis.append([pick(names.get(a.area_id), a.area_id) for a in areas])
        x_axis = QValueAxis()
        x_axis.setRange(0, max([a.mean_points_lost for a in areas] + [1.0]) * 1.15)
        x_axis.applyNiceNumbers()
        x_axis.setLabelFormat("%.1f")
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(y_axis)
        series.attachAxis(x_axis)
        return chart

    def record_complaint(self) -> None:
        selected = self.ranking.currentIndex()
        branch_id = self.ranking_model.lines[selected.row()].branch_id if selected.isValid() else None
        dialog = ComplaintDialog(self.store, branch_id, self, self.today)
        if dialog.exec():
            self.refresh()
