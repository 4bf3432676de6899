"""Search-as-you-type choice of a person from the ledger (name, pinyin initials, ID number)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.domain.id_number import mask
from desktop.services import deeds, persons

_ROLE = Qt.ItemDataRole.UserRole


class PersonPicker(QWidget):
    """A search box over search_persons with the matches listed under it; Enter picks."""

    picked = Signal(dict)

    def __init__(self, ledger, parent: QWidget | None = None, *, limit: int = 8):
        super().__init__(parent)
        self.ledger = ledger
        self.limit = limit
        self.search = QLineEdit(self)
        self.search.setObjectName("person_search")
        self.search.setPlaceholderText(self.tr("输入姓名、拼音首字母或证件号码查找人员，回车选中"))
        self.search.setClearButtonEnabled(True)
        self.matches = QListWidget(self)
        self.matches.setObjectName("person_matches")
        self.matches.setVisible(False)
        self.matches.setMaximumHeight(150)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.search)
        layout.addWidget(self.matches)
        self.search.textChanged.connect(self._search)
        self.search.returnPressed.connect(self.pick_current)
        self.search.installEventFilter(self)
        self.matches.itemActivated.connect(lambda item: self._pick(item))

    def _search(self, text: str) -> None:
        self.matches.clear()
        text = text.strip()
        if not text:
            self.matches.setVisible(False)
            return
        rows = self.find(text)
        for p in rows:
            item = QListWidgetItem(self.describe(p))
            item.setData(_ROLE, p)
            self.matches.addItem(item)
        if not rows:
            item = QListWidgetItem(self.not_found(text))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.matches.addItem(item)
        self.matches.setCurrentRow(0)
        self.matches.setVisible(True)

    def find(self, text: str) -> list[dict[str, Any]]:
        return [dict(p) for p in persons.search_persons(self.ledger, text, limit=self.limit)]

    def describe(self, p: dict[str, Any]) -> str:
        born = p["birth_date"].isoformat() if p.get("birth_date") else ""
        return "  ".join(x for x in (p["name"], p.get("gender_label") or "", born,
                                      mask(p.get("id_number")) if p.get("id_number") else "") if x)

    def not_found(self, text: str) -> str:
        return self.tr("没有找到“{0}”，可点击“新建人员”登记").format(text)

    def eventFilter(self, obj, event) -> bool:  # arrows in the box move through the matches
        if obj is self.search and event.type() == event.Type.KeyPress and self.matches.isVisible():
            if event.key() == Qt.Key.Key_Down:
                self.matches.setCurrentRow(min(self.matches.currentRow() + 1, self.matches.count() - 1))
                return True
            if event.key() == Qt.Key.Key_Up:
                self.matches.setCurrentRow(max(self.matches.currentRow() - 1, 0))
                return True
            if event.key() == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        return super().eventFilter(obj, event)

    def pick_current(self) -> None:
        self._pick(self.matches.currentItem())

    def _pick(self, item: QListWidgetItem | None) -> None:
        person: dict[str, Any] | None = item.data(_ROLE) if item is not None else None
        if not person:
            return
        self.search.clear()
        self.picked.emit(person)


class DeedPicker(PersonPicker):
    """The same search box over deeds (title, place, police report number, people's names)."""

    def __init__(self, ledger, parent: QWidget | None = None, *, limit: int = 8):
        super().__init__(ledger, parent, limit=limit)
        self.search.setObjectName("deed_search")
        self.search.setPlaceholderText(self.tr("输入事迹标题、地点或人员姓名查找事迹，回车选中"))

    def find(self, text: str) -> list[dict[str, Any]]:
        return deeds.list_deeds(self.ledger, text, limit=self.limit)

    def describe(self, d: dict[str, Any]) -> str:
        return "  ".join(x for x in (d["occurred_on"].isoformat() if d.get("occurred_on") else "", d["title"],
                                      d.get("place") or "") if x)

    def not_found(self, text: str) -> str:
        return self.tr("没有找到“{0}”相关的事迹，请先登记事迹").format(text)
