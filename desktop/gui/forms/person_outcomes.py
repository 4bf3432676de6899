"""Deciding each person of a case on their own (issue 14): an outcome per person and, for a person
not confirmed, the refusal grounds picked from the rules file's list (each shown with its basis)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.domain.rules import refusal_grounds

OUTCOMES = (("confirmed", "确认为见义勇为"), ("not_confirmed", "不予确认"))


class GroundsList(QListWidget):
    """The refusal grounds as checkable lines: “理由 — 依据”."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        for code, g in refusal_grounds().items():
            basis = g["basis"] + ("" if g["verified"] else self.tr("（条文未核对，本单位选定）"))
            item = QListWidgetItem(f"{g['text'].lstrip('的')} — {basis}", self)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(basis)
        self.setWordWrap(True)  # a ground and its basis read in full, no sideways scrolling
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 9)

    def chosen(self) -> list[str]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]

    def choose(self, codes: list[str]) -> None:
        for i in range(self.count()):
            item = self.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in codes else Qt.CheckState.Unchecked)


class PersonOutcomes(QGroupBox):
    """One row per person of the case: the outcome, and the grounds when not confirmed."""

    def __init__(self, people: list[dict[str, Any]], default: str, parent: QWidget | None = None):
        super().__init__(self.tr("逐人决定"), parent)
        layout = QVBoxLayout(self)
        self.rows: dict[int, tuple[QComboBox, GroundsList]] = {}
        names = [p["name"] for p in people]
        for n, p in enumerate(people, start=1):  # a name two persons share says which of the case's persons
            same = names.count(p["name"]) > 1
            label = self.tr("{0}（第{1}位当事人）").format(p["name"], n) if same else p["name"]
            layout.addWidget(QLabel(label, self))
            combo = QComboBox(self)
            combo.setObjectName(f"outcome_{p['person_id']}")
            for code, label in OUTCOMES:
                combo.addItem(self.tr(label), code)
            combo.setCurrentIndex(combo.findData(default))
            grounds = GroundsList(self)
            grounds.setObjectName(f"grounds_{p['person_id']}")
            combo.currentIndexChanged.connect(lambda _=0, c=combo, g=grounds: g.setVisible(c.currentData() != "confirmed"))
            grounds.setVisible(default != "confirmed")
            layout.addWidget(combo)
            layout.addWidget(grounds)
            self.rows[p["person_id"]] = (combo, grounds)

    def outcomes(self) -> dict[str, dict[str, Any]]:
        """{person_id: {"decision", "grounds"}} for case_persons.act."""
        return {str(pid): {"decision": combo.currentData(),
                           "grounds": grounds.chosen() if combo.currentData() != "confirmed" else []}
                for pid, (combo, grounds) in self.rows.items()}
