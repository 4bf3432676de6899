"""统计分析: charts and tables by year, category, county, outcome, honour and guarantee, with a
year range and area filter. Every number opens the records behind it; tables export to .xlsx and
print to PDF."""

from __future__ import annotations

import html
from decimal import Decimal
from typing import Any

from PySide6.QtCharts import (
    QAbstractBarSeries, QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QLineSeries, QValueAxis,
)
from PySide6.QtCore import QMarginsF, QPointF, QSizeF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
    QMessageBox, QPushButton, QScrollArea, QSpinBox, QSplitter, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout,
    QWidget,
)

from desktop.domain import divisions
from desktop.domain.errors import UserError
from desktop.gui.flow_layout import FlowLayout
from desktop.services import statistics

DRILL_ROLE = Qt.ItemDataRole.UserRole + 1
NO_YEAR = 1989  # the spin box's "不限" value


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication
    return QCoreApplication.translate("StatsPage", text)



def integer_axis(top: float) -> tuple[int, int]:
    """(maximum, step) of an axis of whole numbers with room above the highest bar for its label:
    1 → (2, 1), 4 → (5, 1), 17 → (20, 5), 230 → (300, 50)."""
    top = max(1, int(-(-top // 1)))
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if top / step <= 6:
            break
    else:
        step = 10 ** len(str(top // 6))
    maximum = (top // step + 1) * step  # one step above the top: room for the bar's label
    return maximum, step

class RecordsDialog(QDialog):
    """The records behind one number; double-click opens a record."""

    def __init__(self, ledger, drill: dict[str, Any], parent=None):
        super().__init__(parent)
        self.ledger = ledger
        data = statistics.records_behind(ledger, drill)
        self.kind = data["kind"]
        self.setWindowTitle(_tr("统计明细：{0}").format(data["title"]))
        self.resize(820, 480)
        lay = QVBoxLayout(self)
        shown = len(data["rows"])
        note = (_tr("共 {0} 条（显示前 {1} 条），双击打开记录").format(data["count"], shown) if shown < data["count"]
                else _tr("共 {0} 条，双击打开记录").format(data["count"]))
        lay.addWidget(QLabel(f"<b>{html.escape(data['title'])}</b>　{note}"))
        self.table = QTableWidget(shown, len(data["columns"]))
        self.table.setHorizontalHeaderLabels([c["label"] for c in data["columns"]])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        for r, row in enumerate(data["rows"]):
            for c, col in enumerate(data["columns"]):
                v = row.get(col["key"])
                money = isinstance(v, Decimal)  # amounts as on the other pages: 20,000.00
                item = QTableWidgetItem("" if v is None else f"{v:,.2f}" if money else str(v))
                if money:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setData(Qt.ItemDataRole.UserRole, row["id"])
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.cellDoubleClicked.connect(self._open)
        lay.addWidget(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        close = QPushButton(_tr("关闭"))
        close.clicked.connect(self.reject)
        buttons.addWidget(close)
        lay.addLayout(buttons)
        self.rows = data["rows"]

    def _open(self, row: int, _col: int) -> None:
        record_id = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        try:
            from desktop.gui.forms import open_record
        except ImportError:
            return
        open_record(self, self.ledger, self.kind, int(record_id))


class StatsPage(QWidget):
    def __init__(self, ledger, parent=None):
        super().__init__(parent)
        self.ledger = ledger
        self.data: dict[str, Any] | None = None
        lay = QVBoxLayout(self)
        heading = QLabel(_tr("统计分析"), self)
        heading.setObjectName("pageHeading")  # as on the other pages
        lay.addWidget(heading)
        bar = FlowLayout()  # wraps in a narrow window
        bar.addWidget(QLabel(_tr("年度")))
        self.year_from = self._year_box()
        self.year_to = self._year_box()
        bar.addWidget(self.year_from)
        bar.addWidget(QLabel("—"))
        bar.addWidget(self.year_to)
        bar.addSpacing(12)
        bar.addWidget(QLabel(_tr("地区")))
        self.area = QComboBox()
        self.area.addItem(_tr("全部地区"), None)
        for city in divisions.cities():
            self.area.addItem(city.name, city.code)
            for county in divisions.children(city.code):
                if county.level == "county":
                    self.area.addItem("　" + county.name, county.code)
        self.area.setMaxVisibleItems(20)
        bar.addWidget(self.area)
        self.refresh_button = QPushButton(_tr("统计"))
        self.refresh_button.clicked.connect(self.refresh)
        bar.addWidget(self.refresh_button)
        bar.addStretch(1)
        self.export_button = QPushButton(_tr("导出Excel"))
        self.export_button.clicked.connect(self.export_xlsx)
        self.print_button = QPushButton(_tr("打印PDF"))
        self.print_button.clicked.connect(self.print_pdf)
        bar.addWidget(self.export_button)
        bar.addWidget(self.print_button)
        lay.addLayout(bar)
        self.caption = QLabel()
        self.caption.setStyleSheet("font-size: 15px; font-weight: bold;")
        lay.addWidget(self.caption)
        split = QSplitter(Qt.Orientation.Vertical)
        self.chart_view = QChartView()
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(320)  # below this the axes' labels are cut to “…” (150 %)
        split.addWidget(self.chart_view)
        self.tabs = QTabWidget()
        self.tabs.setMinimumHeight(200)
        split.addWidget(self.tabs)
        split.setSizes([300, 320])
        split.setChildrenCollapsible(False)
        # on a low screen (1366×768 at 150 %) chart and tables keep their height and the page scrolls
        scroll = QScrollArea(self)
        scroll.setObjectName("stats_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(split)
        lay.addWidget(scroll, 1)
        lay.addWidget(QLabel(_tr("提示：单击表中的数字可查看对应的记录明细。")))
        self.tables: dict[str, QTableWidget] = {}
        self.refresh()

    def _year_box(self) -> QSpinBox:
        box = QSpinBox()
        box.setRange(NO_YEAR, 2100)
        box.setSpecialValueText(_tr("不限"))
        box.setValue(NO_YEAR)
        return box

    def filter(self) -> dict[str, Any]:
        y1 = self.year_from.value()
        y2 = self.year_to.value()
        return {"year_from": None if y1 == NO_YEAR else y1, "year_to": None if y2 == NO_YEAR else y2,
                "area": self.area.currentData()}

    def refresh(self) -> None:
        """Count in the background (QueryOp): a province's ledger takes a while; the window answers."""
        from desktop.gui.operations import QueryOp
        wanted = self.filter()
        QueryOp(self, _tr("正在统计"), lambda _progress: statistics.tables(self.ledger, **wanted)).success(
            self.show_data).failure(lambda exc: QMessageBox.warning(
                self, _tr("统计分析"), getattr(exc, "message", None) or str(exc))).run_in_background()

    def show_data(self, data: dict[str, Any]) -> None:
        self.data = data
        self.caption.setText(data["title"])
        self._chart(data)
        current = self.tabs.currentIndex()
        self.tabs.clear()
        self.tables.clear()
        for t in data["tables"]:
            table = self._table(t)
            self.tables[t["key"]] = table
            self.tabs.addTab(table, _short(t["key"]))
        if current >= 0:
            self.tabs.setCurrentIndex(current)

    def _chart(self, data: dict[str, Any]) -> None:
        by_year = data["tables"][0]
        rows = [r for r in by_year["rows"] if not r.get("total")]
        chart = QChart()
        chart.setTitle(_tr("各年度表彰人次、外来务工人员与奖励金额"))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        persons = QBarSet(_tr("见义勇为人员（人）"))
        awarded = QBarSet(_tr("表彰奖励（人次）"))
        migrants = QBarSet(_tr("其中外来务工人员（表彰人次）"))
        for bar_set in (persons, awarded, migrants):
            bar_set.setLabelColor(QColor("#333333"))  # above the bar, on white: dark, not the default white
        persons.setColor(QColor("#5B8FF9"))
        awarded.setColor(QColor("#5AD8A6"))
        migrants.setColor(QColor("#F6BD16"))
        money = QLineSeries()
        money.setName(_tr("奖励金额（万元）"))
        money.setColor(QColor("#E8684A"))
        money.setPointsVisible(True)
        labels = []
        top = 1
        top_money = 1.0
        for i, r in enumerate(rows):
            c = r["cells"]
            labels.append(str(r["key"]))
            persons.append(c["persons"]["value"])
            awarded.append(c["awards"]["value"])
            migrants.append(c["award_migrants"]["value"])
            wan = float(c["amount"]["value"]) / 10000
            money.append(QPointF(i, wan))
            top = max(top, c["persons"]["value"], c["awards"]["value"])
            top_money = max(top_money, wan)
        series = QBarSeries()
        for s in (persons, awarded, migrants):
            series.append(s)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)  # readable on a short bar
        series.setLabelsFormat("@value")
        money.setPointLabelsVisible(True)  # a small amount is read from its label, not guessed from the line
        money.setPointLabelsFormat("@yPoint")
        money.setPointLabelsClipping(False)
        chart.addSeries(series)
        chart.addSeries(money)
        x = QBarCategoryAxis()
        x.append(labels or ["—"])
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        y = QValueAxis()
        maximum, step = integer_axis(top)  # people are counted whole: 0, 1, 2 — never 0, 0, 1, 1
        y.setRange(0, maximum)
        y.setTickType(QValueAxis.TickType.TicksDynamic)
        y.setTickAnchor(0)
        y.setTickInterval(step)
        y.setLabelFormat("%d")
        y.setTitleText(_tr("人 / 人次"))
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        y2 = QValueAxis()
        y2.setRange(0, top_money * 1.15)
        y2.setLabelFormat("%.1f")
        y2.applyNiceNumbers()
        y2.setTitleText(_tr("万元"))
        chart.addAxis(y2, Qt.AlignmentFlag.AlignRight)
        series.attachAxis(x)
        series.attachAxis(y)
        money.attachAxis(x)
        money.attachAxis(y2)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        old = self.chart_view.chart()
        self.chart_view.setChart(chart)
        if old is not None:
            old.deleteLater()
        self.chart = chart

    def _table(self, t: dict[str, Any]) -> QTableWidget:
        cols = t["columns"]
        table = QTableWidget(len(t["rows"]), len(cols))
        table.setHorizontalHeaderLabels([c["label"] for c in cols])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.setToolTip(t["title"])
        bold = QFont()
        bold.setBold(True)
        for r, row in enumerate(t["rows"]):
            for c, col in enumerate(cols):
                cell = row["cells"].get(col["key"], {"value": "", "drill": None})
                v = cell["value"]
                text = f"{float(v):,.2f}" if col["kind"] == "money" else str(v)
                item = QTableWidgetItem(text)
                if col["kind"] != "text":
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if cell.get("drill") and v not in (0, "0.00"):
                    item.setData(DRILL_ROLE, cell["drill"])
                    item.setForeground(QBrush(QColor("#1d4ed8")))
                    item.setToolTip(_tr("单击查看：") + statistics.describe(cell["drill"]))
                if row.get("total"):
                    item.setFont(bold)
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.cellClicked.connect(lambda r, c, tb=table: self._drill(tb, r, c))
        return table

    def _drill(self, table: QTableWidget, row: int, col: int) -> None:
        item = table.item(row, col)
        drill = item.data(DRILL_ROLE) if item else None
        if drill:
            self.open_drill(drill)

    def open_drill(self, drill: dict[str, Any]) -> RecordsDialog:
        dlg = RecordsDialog(self.ledger, drill, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.show()
        return dlg

    # -- export and print -------------------------------------------------------------------
    def export_xlsx(self, path: str | None = None) -> str | None:
        if self.data is None:
            QMessageBox.information(self, _tr("导出统计表"), _tr("统计还没有算完，请稍候再导出"))
            return None
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, _tr("导出统计表"), _tr("见义勇为统计表") + ".xlsx", "Excel (*.xlsx)")
            if not path:
                return None
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
        try:
            return statistics.write_xlsx(self.data, path)
        except UserError as exc:
            QMessageBox.warning(self, _tr("导出统计表"), exc.message)
            return None

    def print_pdf(self, path: str | None = None) -> str | None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, _tr("打印为PDF"), _tr("见义勇为统计表") + ".pdf", "PDF (*.pdf)")
            if not path:
                return None
        writer = QPdfWriter(path)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageOrientation(QPageLayout.Orientation.Landscape)
        writer.setPageMargins(QMarginsF(12, 12, 12, 12))
        writer.setResolution(150)
        doc = QTextDocument()
        doc.setDefaultFont(QFont("Noto Sans CJK SC", 9))
        image = self.chart_view.grab().toImage()
        doc.addResource(QTextDocument.ResourceType.ImageResource, "chart.png", image)
        doc.setPageSize(QSizeF(writer.width(), writer.height()))
        doc.setHtml(self.report_html(chart_width=int(writer.width() * 0.9)))
        doc.print_(writer)
        return path

    def report_html(self, chart_width: int = 900) -> str:
        data = self.data or {"title": "", "tables": []}  # nothing counted yet: the chart alone
        parts = [f"<h2 align='center'>{html.escape(data['title'])}</h2>",
                 f"<p align='center'><img src='chart.png' width='{chart_width}'></p>"]
        for t in data["tables"]:
            parts.append(f"<h3>{html.escape(t['title'])}</h3>")
            parts.append("<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>")
            parts += [f"<th bgcolor='#dde6f0'>{html.escape(c['label'])}</th>" for c in t["columns"]]
            parts.append("</tr>")
            for r in t["rows"]:
                parts.append("<tr>")
                for c in t["columns"]:
                    v = r["cells"].get(c["key"], {}).get("value", "")
                    align = "left" if c["kind"] == "text" else "right"
                    text = f"{float(v):,.2f}" if c["kind"] == "money" else str(v)
                    cell = f"<b>{html.escape(text)}</b>" if r.get("total") else html.escape(text)
                    parts.append(f"<td align='{align}'>{cell}</td>")
                parts.append("</tr>")
            parts.append("</table>")
        return "".join(parts)


def _short(key: str) -> str:
    return {"by_year": _tr("按年度"), "by_category": _tr("按类别"), "by_county": _tr("按县（市、区）"),
            "outcomes": _tr("伤亡情况"), "honours": _tr("表彰奖励"), "guarantees": _tr("优抚保障"),
            "care_cases": _tr("确认案件"), "care_visits": _tr("走访慰问"), "care_fund": _tr("基金收支"),
            "care_guarantees": _tr("保障事项分县")}.get(key, statistics.SHORT_NAMES.get(key, key))
