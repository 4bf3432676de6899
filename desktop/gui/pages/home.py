"""首页: counts at a glance and what needs doing now, each entry opening its record."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QButtonGroup, QFrame, QGridLayout, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout,
    QWidget,
)

from desktop.gui.pages.common import open_record, record_signals
from desktop.gui.table_model import AMBER, RED
from desktop.gui.workers import Task, run_in_background
from desktop.services import agenda

COUNTS = [
    ("persons", QT_TRANSLATE_NOOP("HomePage", "见义勇为人员")),
    ("deeds", QT_TRANSLATE_NOOP("HomePage", "事迹")),
    ("open_cases", QT_TRANSLATE_NOOP("HomePage", "办理中的确认案件")),
    ("confirmed", QT_TRANSLATE_NOOP("HomePage", "已确认见义勇为")),
    ("deceased", QT_TRANSLATE_NOOP("HomePage", "牺牲人员")),
    ("disabled", QT_TRANSLATE_NOOP("HomePage", "致残人员")),
    ("awards_unpaid", QT_TRANSLATE_NOOP("HomePage", "奖励已批准未发放")),
]
KIND_TAGS = {
    "case_deadline": QT_TRANSLATE_NOOP("HomePage", "确认期限"),
    "award_unpaid": QT_TRANSLATE_NOOP("HomePage", "奖励发放"),
    "guarantee_pending": QT_TRANSLATE_NOOP("HomePage", "保障事项"),
    "visit_due": QT_TRANSLATE_NOOP("HomePage", "走访慰问"),
    "notice_end": QT_TRANSLATE_NOOP("HomePage", "公示期满"),
    "schedule_due": QT_TRANSLATE_NOOP("HomePage", "定期发放"),  # issue 16: pensions and periodic aid due
}
URGENCY_BRUSH = {"overdue": RED, "near": AMBER}
RecordRole = Qt.ItemDataRole.UserRole + 1


def load_home(progress, ledger) -> dict[str, Any]:
    """Counts and to-do list (run on a worker thread)."""
    counts = agenda.glance(ledger)
    progress(1, 2, "")
    return {"counts": counts, "agenda": agenda.agenda(ledger)}


class CountCard(QFrame):
    def __init__(self, label: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("countCard")
        self.number = QLabel("—", self)
        self.number.setObjectName("countNumber")
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        caption = QLabel(label, self)
        caption.setObjectName("countLabel")
        caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.number)
        layout.addWidget(caption)


class HomePage(QWidget):
    def __init__(self, ledger, parent: QWidget | None = None):
        super().__init__(parent)
        self.ledger = ledger
        self.task: Task | None = None
        heading = QLabel(self.tr("首页"), self)
        heading.setObjectName("pageHeading")
        self.date_label = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.date_label)

        self.cards: dict[str, CountCard] = {}
        grid = QGridLayout()
        grid.setSpacing(10)
        for i, (key, label) in enumerate(COUNTS):
            card = CountCard(QCoreApplication.translate("HomePage", label), self)
            self.cards[key] = card
            grid.addWidget(card, 0, i)

        todo_heading = QLabel(self.tr("待办事项"), self)
        todo_heading.setObjectName("pageHeading")
        self.todo_hint = QLabel(self.tr("红色为已超期，黄色为临近期限。单击一项打开对应记录。"), self)
        self.todo_hint.setStyleSheet("color: #666;")
        self.agenda_list = QListWidget(self)
        self.agenda_list.setObjectName("agenda")
        self.agenda_list.setAlternatingRowColors(False)
        self.agenda_list.setUniformItemSizes(True)
        self.agenda_list.setSpacing(1)
        self.agenda_list.itemClicked.connect(self.open_item)
        self.agenda_list.itemActivated.connect(self.open_item)
        self.empty_label = QLabel(self.tr("目前没有需要处理的事项。"), self)
        self.empty_label.hide()
        # one button per kind of to-do, so deadlines are not buried under a long list of another kind
        self.kind_buttons: dict[str, QPushButton] = {}
        self.kind_group = QButtonGroup(self)
        self.kind_group.setExclusive(True)
        kinds_row = QHBoxLayout()
        for kind in ["", "case_deadline", "award_unpaid", "guarantee_pending", "visit_due"]:
            button = QPushButton(self)
            button.setCheckable(True)
            button.setChecked(kind == "")
            button.clicked.connect(lambda _on=False, k=kind: self._choose_kind(k))
            self.kind_group.addButton(button)
            self.kind_buttons[kind] = button
            kinds_row.addWidget(button)
        kinds_row.addStretch(1)
        self.kind = ""
        self._entries: list[dict[str, Any]] = []
        self._label_buttons()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addSpacing(10)
        layout.addWidget(todo_heading)
        layout.addWidget(self.todo_hint)
        layout.addLayout(kinds_row)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.agenda_list, 1)
        record_signals().saved.connect(self._saved)

    def _saved(self, _kind: str, _id: int) -> None:
        if self.isVisible():  # hidden pages refresh when shown again
            self.refresh()

    def refresh(self) -> None:
        """Read counts and to-do list off the GUI thread."""
        self.date_label.setText(self.tr("今天：{0}").format(self.ledger.today().isoformat()))
        if self.task is not None and not self.task.done:
            return
        self.task = run_in_background(self, self.tr("正在读取待办事项"), load_home, self.ledger,
                                      on_done=self.show_data)

    def _label_buttons(self) -> None:
        counts: dict[str, int] = {}
        for e in self._entries:
            counts[e["kind"]] = counts.get(e["kind"], 0) + 1
        for kind, button in self.kind_buttons.items():
            name = self.tr("全部") if not kind else QCoreApplication.translate("HomePage", KIND_TAGS[kind])
            button.setText(f"{name}（{len(self._entries) if not kind else counts.get(kind, 0)}）")

    def _choose_kind(self, kind: str) -> None:
        self.kind = kind
        self.kind_buttons[kind].setChecked(True)
        self._render()

    def show_data(self, data: dict[str, Any]) -> None:
        for key, card in self.cards.items():
            card.number.setText(str(data["counts"].get(key, 0)))
        self._entries = list(data["agenda"])
        self._label_buttons()
        self._render()

    def _render(self) -> None:
        self.agenda_list.clear()
        shown = [e for e in self._entries if not self.kind or e["kind"] == self.kind]
        for entry in shown:
            tag = QCoreApplication.translate("HomePage", KIND_TAGS[entry["kind"]]) if entry["kind"] in KIND_TAGS \
                else entry["kind"]
            item = QListWidgetItem(f"【{tag}】{entry['text']}")
            item.setData(RecordRole, entry["record"])
            item.setToolTip(self.tr("单击打开记录"))
            colour = URGENCY_BRUSH.get(entry["urgency"])
            if colour is not None:
                item.setBackground(QBrush(colour))
            item.setForeground(QBrush(QColor("#1a1a1a")))
            self.agenda_list.addItem(item)
        self.empty_label.setVisible(not shown)

    def open_item(self, item: QListWidgetItem) -> None:
        record = item.data(RecordRole)
        if record:
            open_record(self, self.ledger, record["kind"], record["id"])

    def entries(self) -> list[tuple[str, dict[str, Any]]]:
        return [(self.agenda_list.item(i).text(), self.agenda_list.item(i).data(RecordRole))
                for i in range(self.agenda_list.count())]
