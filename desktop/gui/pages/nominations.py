"""推荐与代印: nominating heroes upward, the nominations received, and printing a higher office's
commendation batch on its behalf (issue 15). Services only (services/nomination.py, exchange.py);
every call runs in the background through gui/operations.py."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from desktop.domain import divisions
from desktop.gui.operations import DOCUMENT, CollectionOp, QueryOp
from desktop.services import exchange, nomination
from desktop.services.record_types import (
    BatchToPrint,
    NominationCandidate,
    NominationResult,
    OnBehalfResult,
    PrintedOnBehalf,
    ReceivedNomination,
)

def _office_name(code: str) -> str:
    return divisions.full_name(code) or code


KIND_NAMES = {"certificate": "荣誉证书", "commendation": "表彰决定", "condolence": "慰问信"}


def _table(parent: QWidget, name: str, headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers), parent)
    t.setObjectName(name)
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    return t


def _fill(table: QTableWidget, rows: list[list[Any]], data: list[Any] | None = None) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem("" if value is None else str(value))
            if data is not None and c == 0:
                item.setData(Qt.ItemDataRole.UserRole, data[r])
            table.setItem(r, c, item)


def _wide_enough(box: QComboBox) -> None:
    """Room for the longest choice and the arrow, at any font size."""
    from PySide6.QtWidgets import QStyle

    texts = [box.itemText(i) for i in range(box.count())]
    if texts:
        arrow = box.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, box) + 24
        box.setMinimumWidth(max(box.fontMetrics().horizontalAdvance(t) for t in texts) + arrow)


def _status(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class NominateTab(QWidget):
    """Tick confirmed heroes, print their 推荐表, then carry the records up in a package."""

    def __init__(self, ledger, parent: QWidget | None = None):
        super().__init__(parent)
        self.ledger = ledger
        self.last_pdf: str | None = None
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("推荐至"), self))
        self.to_office = QComboBox(self)
        self.to_office.setObjectName("to_office")
        self.to_office.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for o in nomination.upper_offices(ledger):
            self.to_office.addItem(f"{o['name']}（{o['level']}，{o['code']}）", o["code"])
        _wide_enough(self.to_office)
        top.addWidget(self.to_office)
        top.addWidget(QLabel(self.tr("推荐单位意见"), self))
        self.opinion = QLineEdit(self)
        self.opinion.setObjectName("opinion")
        self.opinion.setPlaceholderText(self.tr("如：事迹突出，同意推荐"))
        top.addWidget(self.opinion, 1)
        self.table = _table(self, "candidates", [self.tr("推荐"), self.tr("姓名"), self.tr("外来务工"),
                                                 self.tr("伤亡情况"), self.tr("事迹"), self.tr("确认文号"),
                                                 self.tr("已推荐至")])
        self.make_button = QPushButton(self.tr("生成推荐表…"), self)
        self.make_button.setObjectName("make_nomination")
        self.make_button.setToolTip(self.tr("为勾选的人员各生成一份编号的《见义勇为人员推荐表》（一个PDF文件）"))
        self.make_button.clicked.connect(self.make)
        self.open_button = QPushButton(self.tr("打开推荐表"), self)
        self.open_button.setObjectName("open_pdf")
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self._open_pdf)
        self.export_button = QPushButton(self.tr("导出数据包报送上级…"), self)
        self.export_button.setObjectName("export_up")
        self.export_button.setToolTip(self.tr("推荐表和被推荐人员的档案随数据包报送所选上级单位（存入U盘带去）"))
        self.export_button.clicked.connect(self.export)
        buttons = QHBoxLayout()
        for b in (self.make_button, self.open_button, self.export_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.status = _status(self, "nominate_status")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("已确认为见义勇为的人员（勾选要推荐的人员）："), self))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        if not self.to_office.count():
            self.make_button.setEnabled(False)
            self.export_button.setEnabled(False)
            self.status.setText(self.tr("本单位是省级单位，没有可推荐的上级单位。"))

    def refresh(self) -> None:
        QueryOp(self, self.tr("读取可推荐的人员"), lambda progress: nomination.candidates(self.ledger)) \
            .success(self._show).show_progress_after(800).run_in_background()

    def _show(self, rows: list[NominationCandidate]) -> None:
        _fill(self.table, [["", r["name"], "是" if r["migrant_worker"] else "", r["state_label"], r["deed"],
                            r["decision_no"], "、".join(map(_office_name, r["nominated_to"]))] for r in rows],
              [r["person_id"] for r in rows])
        for i in range(self.table.rowCount()):
            item = self.table.item(i, 0)
            if item is not None:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)

    def chosen(self) -> list[int]:
        items = [self.table.item(i, 0) for i in range(self.table.rowCount())]
        return [item.data(Qt.ItemDataRole.UserRole) for item in items
                if item is not None and item.checkState() == Qt.CheckState.Checked]

    def make(self) -> None:
        ids = self.chosen()
        if not ids:
            self.status.setText(self.tr("请先在“推荐”列勾选要推荐的人员。"))
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存推荐表"), self.tr("见义勇为人员推荐表") + ".pdf",
                                              "PDF (*.pdf)")
        if not path:
            return
        code, opinion = self.to_office.currentData(), self.opinion.text().strip()
        CollectionOp(self, self.tr("生成推荐表"), lambda progress: nomination.nominate(
            self.ledger, ids, to_office=code, opinion=opinion, out=path), changes={DOCUMENT}) \
            .success(self._made).run_in_background()

    def _made(self, r: NominationResult) -> None:
        docs = r["documents"]
        self.last_pdf = r["path"]
        self.open_button.setEnabled(True)
        numbers = docs[0]["number_text"] + (f" 至 {docs[-1]['number_text']}" if len(docs) > 1 else "")
        self.status.setText(self.tr("已生成 {0} 份推荐表（{1}），保存为 {2}。请点“导出数据包报送上级”，把推荐材料带给{3}。")
                            .format(len(docs), numbers, r["path"], self.to_office.currentText()))
        self.refresh()

    def _open_pdf(self) -> None:
        from desktop.gui import printing

        if self.last_pdf:
            printing.open_in_viewer(self.last_pdf)

    def export(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择导出到的文件夹（如U盘）"))
        if not folder:
            return
        code = self.to_office.currentData()
        CollectionOp(self, self.tr("导出数据包"), lambda progress: exchange.export_package(
            self.ledger, folder, peer=code, progress=progress), changes={"exchange"}) \
            .success(lambda r: self.status.setText(self.tr("已导出数据包 {0}（发往{1}：{2}）。")
                                                   .format(r["path"], r["peer_label"], r["summary"]))) \
            .run_in_background()


class ReceivedTab(QWidget):
    """The nominations lower offices sent up (推荐表 that came by package)."""

    def __init__(self, ledger, parent: QWidget | None = None):
        super().__init__(parent)
        self.ledger = ledger
        self.summary = _status(self, "received_summary")
        self.table = _table(self, "received", [self.tr("推荐表编号"), self.tr("推荐单位"), self.tr("姓名"),
                                               self.tr("外来务工"), self.tr("伤亡情况"), self.tr("推荐意见")])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        QueryOp(self, self.tr("读取收到的推荐"), lambda progress: nomination.received_nominations(self.ledger)) \
            .success(self._show).show_progress_after(800).run_in_background()

    def _show(self, rows: list[ReceivedNomination]) -> None:
        _fill(self.table, [[r["document"], r["from_place"], r["person"], "是" if r["migrant_worker"] else "",
                            r.get("state_label") or "", r["opinion"]] for r in rows], [r["person_id"] for r in rows])
        offices = len({r["from_office"] for r in rows})
        self.summary.setText(self.tr("收到 {0} 个单位推荐的 {1} 人，其中外来务工人员 {2} 人。").format(
            offices, len(rows), sum(1 for r in rows if r["migrant_worker"])) if rows else
            self.tr("还没有收到下级单位的推荐。下级单位的推荐表随其数据包导入后在此列出。"))


class PrintForTab(QWidget):
    """A higher office's batch, printed here in its name and with its numbers (代印)."""

    def __init__(self, ledger, parent: QWidget | None = None):
        super().__init__(parent)
        self.ledger = ledger
        self.batches: list[BatchToPrint] = []
        self.table = _table(self, "batches_above", [self.tr("年度"), self.tr("表彰批次"), self.tr("表彰机关"),
                                                    self.tr("表彰文号"), self.tr("人数"), self.tr("其中牺牲"),
                                                    self.tr("已代印份数")])
        self.table.itemSelectionChanged.connect(self._chosen)
        self.kind = QComboBox(self)
        self.kind.setObjectName("print_kind")
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for code, name in KIND_NAMES.items():
            self.kind.addItem(name, code)
        self.everyone = QCheckBox(self.tr("全部人员"), self)
        self.everyone.setObjectName("print_everyone")
        self.everyone.setToolTip(self.tr("默认只印本单位登记的人员（其他人员由其所在单位代印）；表彰名单总是全部"))
        self.print_button = QPushButton(self.tr("代为打印…"), self)
        self.print_button.setObjectName("print_for")
        self.print_button.setToolTip(self.tr("以表彰机关的名义和编号打印，登记为本单位代印"))
        self.print_button.clicked.connect(self.print_for)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("文书"), self))
        row.addWidget(self.kind)
        row.addWidget(self.everyone)
        row.addWidget(self.print_button)
        row.addStretch(1)
        self.status = _status(self, "print_status")
        self.register = _table(self, "printed_register", [self.tr("编号"), self.tr("文书"), self.tr("对象"),
                                                          self.tr("代印日期"), self.tr("为哪个单位代印")])
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("上级单位下发的表彰批次（随数据包收到）："), self))
        layout.addWidget(self.table, 2)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(QLabel(self.tr("本批次已代印的文书："), self))
        layout.addWidget(self.register, 1)

    def refresh(self) -> None:
        QueryOp(self, self.tr("读取上级表彰批次"), lambda progress: nomination.batches_to_print(self.ledger)) \
            .success(self._show).show_progress_after(800).run_in_background()

    def _show(self, rows: list[BatchToPrint]) -> None:
        chosen = self.current()
        self.batches = rows
        _fill(self.table, [[b["year"], b["title"], b["issuing_body"], b["document_no"], b["people"], b["dead"],
                            b["printed"]] for b in rows], [b["id"] for b in rows])
        if not rows:
            self.status.setText(self.tr("还没有收到上级单位的表彰批次。省、市表彰后，其表彰批次随数据包下发，导入后在此代为打印。"))
        for i, b in enumerate(rows):
            if chosen and b["id"] == chosen["id"]:
                self.table.selectRow(i)

    def current(self) -> BatchToPrint | None:
        row = self.table.currentRow()
        return self.batches[row] if 0 <= row < len(self.batches) else None

    def _chosen(self) -> None:
        b = self.current()
        if b is None:
            return
        QueryOp(self, self.tr("读取代印登记"), lambda progress: nomination.printed_on_behalf(self.ledger, b["id"])) \
            .success(self._show_register).show_progress_after(800).run_in_background()

    def _show_register(self, rows: list[PrintedOnBehalf]) -> None:
        _fill(self.register, [[r["number_text"], KIND_NAMES.get(r["kind"], r["kind"]), r["label"],
                               r["issued_on"], _office_name(r["on_behalf_of"])] for r in rows])

    def print_for(self) -> None:
        b = self.current()
        if b is None:
            self.status.setText(self.tr("请先在上方选中一个表彰批次。"))
            return
        kind = self.kind.currentData()
        everyone = self.everyone.isChecked()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存代印文书"),
                                              f"{b['title']}-{KIND_NAMES[kind]}.pdf", "PDF (*.pdf)")
        if not path:
            return
        CollectionOp(self, self.tr("代为打印"), lambda progress: nomination.print_on_behalf(
            self.ledger, b["id"], kind, out=path, everyone=everyone), changes={DOCUMENT}).success(self._printed).run_in_background()

    def _printed(self, r: OnBehalfResult) -> None:
        self.last_pdf = r["path"]
        self.status.setText(self.tr("已以“{0}”的名义代印{1} {2} 份（{3}），保存为 {4}；已登记为代{5}印制。").format(
            r["issuing_body"], KIND_NAMES[r["kind"]], len(r["documents"]), r["document_no"], r["path"],
            _office_name(r["on_behalf_of"])))
        self.refresh()
        self._chosen()


class NominationsPage(QWidget):
    """推荐与代印: three tabs, each refreshed when shown."""

    def __init__(self, ledger, parent: QWidget | None = None):
        super().__init__(parent)
        self.ledger = ledger
        heading = QLabel(self.tr("推荐与代印"), self)
        heading.setObjectName("pageHeading")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("nomination_tabs")
        self.nominate = NominateTab(ledger, self.tabs)
        self.received = ReceivedTab(ledger, self.tabs)
        self.print_tab = PrintForTab(ledger, self.tabs)
        self.tabs.addTab(self.nominate, self.tr("推荐上报"))
        self.tabs.addTab(self.received, self.tr("收到的推荐"))
        self.tabs.addTab(self.print_tab, self.tr("代印上级表彰"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)

    def refresh(self) -> None:
        tab: Callable[[], None] | None = getattr(self.tabs.currentWidget(), "refresh", None)
        if tab is not None:
            tab()
