"""The confirmation case on screen: state, deed and people, deadlines counting down, history,
and only the actions the state allows (each asks its required fields, then cases.act)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from desktop.domain import codes
from desktop.domain.errors import StaleRecord, UserError
from desktop.domain.record_fields import CASE
from desktop.domain.settings import OFFICE_NAME
from desktop.gui.forms.base import RecordDialog, ask_reload, no_auto_default
from desktop.gui.forms.lists import RecordList, text_of
from desktop.gui.forms.picker import DeedPicker
from desktop.gui.forms.widgets import ERROR_STYLE, DateEdit, code_label
from desktop.services import cases, deeds

DEADLINE_COLOURS = {"ok": "#2e7d32", "near": "#e65100", "overdue": "#c62828", "done": "#757575"}
DEADLINE_BACKGROUNDS = {"ok": "#e8f5e9", "near": "#fff3e0", "overdue": "#ffebee", "done": "#f5f5f5"}
_CODE_PARAMS = {"review_result": "review_result"}


def _is_date_param(name: str) -> bool:
    return name.endswith("_on") or name.endswith("_date") or name == "notice_start"


class ActionDialog(QDialog):
    """Asks the fields one workflow action requires."""

    def __init__(self, parent: QWidget, ledger, case: dict[str, Any], action: dict[str, Any]):
        super().__init__(parent)
        self.ledger = ledger
        self.case = case
        self.action = action
        self.result_case: dict[str, Any] | None = None
        self.stale: StaleRecord | None = None
        self.setWindowTitle(self.tr("办理：{0}").format(action["label"]))
        outer = QVBoxLayout(self)
        content = QWidget(self)  # scrolls when the screen is shorter than the fields (1366×768 at 150 %)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(self.tr("案件当前状态：{0}").format(case["state_label"]), self)
        layout.addWidget(intro)
        if action.get("help"):
            hint = QLabel(action["help"], self)
            hint.setWordWrap(True)
            hint.setStyleSheet("color:#555;")
            layout.addWidget(hint)
        form = QFormLayout()
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        optional = {name for name, _ in action.get("optional", [])}
        for name, label in list(action["required"]) + list(action.get("optional", [])):
            if _is_date_param(name):
                w: QWidget = DateEdit(self)
                today = ledger.today()
                w.setDate(QDate(today.year, today.month, today.day))
            elif name in _CODE_PARAMS:
                w = QComboBox(self)
                for entry in codes.entries(_CODE_PARAMS[name]):
                    w.addItem(code_label(entry), entry.code)
            elif name in ("reasons", "statement", "late_reason"):
                w = QPlainTextEdit(self)
                w.setTabChangesFocus(True)
                w.setMaximumHeight(90)
            else:
                w = QLineEdit(self)
                if name == "accepting_unit":
                    w.setText(case.get("accepting_unit") or ledger.setting(OFFICE_NAME) or "")
            w.setObjectName(f"param_{name}")
            error = QLabel(self)
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)  # a deadline's reason can be long (how it was counted)
            error.setVisible(False)
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(w)
            box.addWidget(error)
            star = "" if name in optional else ' <span style="color:#c62828">*</span>'
            form.addRow(QLabel(f"{label}{star}", self), box)
            self.editors[name] = w
            self.errors[name] = error
        layout.addLayout(form)
        self.person_outcomes = None  # a decision decides each person of the case (forms/person_outcomes.py)
        if action["code"] in ("confirm", "refuse") and case.get("people"):
            from desktop.gui.forms.person_outcomes import PersonOutcomes

            self.person_outcomes = PersonOutcomes(case["people"], "confirmed" if action["code"] == "confirm"
                                                  else "not_confirmed", self)
            layout.addWidget(self.person_outcomes)
        if not action["required"]:
            layout.addWidget(QLabel(self.tr("确定执行“{0}”？").format(action["label"]), self))
        self.banner = QLabel(self)
        self.banner.setStyleSheet(ERROR_STYLE)
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        layout.addWidget(self.banner)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(action["label"], QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("do_action")
        buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.do_it)
        buttons.rejected.connect(self.reject)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(scroll, 1)
        outer.addWidget(buttons)
        want = content.sizeHint()
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        width = min(max(460, want.width() + scroll.verticalScrollBar().sizeHint().width() + 24), screen.width())
        height = want.height() + buttons.sizeHint().height() + 2 * outer.contentsMargins().top() + outer.spacing() + 4
        scroll.setMinimumWidth(min(want.width(), screen.width() - 40))
        self.resize(width, min(height, screen.height() - 40))

    def params(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, w in self.editors.items():
            if isinstance(w, DateEdit):
                v = w.value()
                out[name] = v.isoformat() if v else w.typed()  # the service names a wrong date
            elif isinstance(w, QComboBox):
                out[name] = w.currentData()
            elif isinstance(w, QPlainTextEdit):
                out[name] = w.toPlainText().strip()
            else:
                out[name] = w.text().strip()
        return out

    def do_it(self) -> None:
        for label in self.errors.values():
            label.setVisible(False)
        try:
            if self.person_outcomes is not None:
                from desktop.services import case_persons

                self.result_case = dict(case_persons.act(self.ledger, self.case["id"], self.action["code"],
                                                         self.params(), persons=self.person_outcomes.outcomes(),
                                                         expected_version=self.case["version"]))
            else:
                self.result_case = dict(cases.act(self.ledger, self.case["id"], self.action["code"], self.params(),
                                                  expected_version=self.case["version"]))
        except StaleRecord as exc:
            self.stale = exc
            self.reject()
            return
        except UserError as exc:
            if exc.field in self.errors:
                self.errors[exc.field].setText(exc.message)
                self.errors[exc.field].setVisible(True)
                self.editors[exc.field].setFocus()
            self.banner.setText(self.tr("未办理：{0}").format(exc.message))
            self.banner.setVisible(True)
            self.layout().activate()
            self.resize(self.width(), max(self.height(), self.sizeHint().height()))  # room for the wrapped message
            return
        self.accept()


class CasePanel(QDialog):
    """Everything about one confirmation case, with the actions its state allows."""

    def __init__(self, parent: QWidget | None, ledger, case_id: int):
        super().__init__(parent)
        self.ledger = ledger
        self.case_id = case_id
        self.case: dict[str, Any] = {}
        self.setSizeGripEnabled(True)
        self._fitted = False
        # everything but the close button scrolls: on a small screen (1366×768 at 125 %) the boxes
        # keep their full height instead of being squeezed until the tops of characters are cut
        frame = QVBoxLayout(self)
        scroll = QScrollArea(self)
        scroll.setObjectName("case_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        content = self._content = QWidget(scroll)
        scroll.setWidget(content)
        frame.addWidget(scroll, 1)
        outer = QVBoxLayout(content)
        outer.setContentsMargins(0, 0, 0, 0)

        head = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("case_title")
        self.title.setStyleSheet("font-size:16px; font-weight:bold;")
        self.title.setWordWrap(True)
        self.state = QLabel(self)
        self.state.setObjectName("case_state")
        self.state.setStyleSheet("font-size:15px; font-weight:bold; color:white; background:#1565c0;"
                                 "padding:4px 12px; border-radius:4px;")
        head.addWidget(self.title, 1)
        head.addWidget(self.state, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(head)

        grid = QGridLayout()
        # the deed and its people
        deed_box = QGroupBox(self.tr("事迹与人员"), self)
        dl = QVBoxLayout(deed_box)
        self.deed_text = QLabel(deed_box)
        self.deed_text.setWordWrap(True)
        self.deed_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        dl.addWidget(self.deed_text)
        self.people = RecordList([(self.tr("姓名"), "name"), (self.tr("本人结果"), "outcome_label")],
                                 deed_box, id_key="person_id", max_rows_visible=4)
        self.people.setObjectName("case_people")
        self.people.opened.connect(lambda pid: self._open("person", pid))
        dl.addWidget(self.people)
        deed_buttons = QHBoxLayout()
        self.open_deed_button = QPushButton(self.tr("打开事迹"), deed_box)
        self.open_deed_button.clicked.connect(lambda: self._open("deed", self.case["deed_id"]))
        self.edit_case_button = QPushButton(self.tr("编辑登记信息…"), deed_box)
        self.edit_case_button.clicked.connect(self._edit_case)
        deed_buttons.addWidget(self.open_deed_button)
        deed_buttons.addWidget(self.edit_case_button)
        deed_buttons.addStretch(1)
        dl.addLayout(deed_buttons)
        grid.addWidget(deed_box, 0, 0)
        # deadlines
        dead_box = QGroupBox(self.tr("法定期限"), self)
        self.deadline_layout = QVBoxLayout(dead_box)
        self.deadline_layout.setSpacing(4)
        grid.addWidget(dead_box, 0, 1)
        # facts
        facts_box = QGroupBox(self.tr("办理情况"), self)
        self.facts = QFormLayout(facts_box)
        grid.addWidget(facts_box, 1, 0)
        # actions
        act_box = QGroupBox(self.tr("可以办理的操作"), self)
        self.action_layout = QVBoxLayout(act_box)
        grid.addWidget(act_box, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        outer.addLayout(grid)
        # history
        hist_box = QGroupBox(self.tr("办理记录"), self)
        hl = QVBoxLayout(hist_box)
        self.history = RecordList([(self.tr("时间"), lambda e: text_of(e.get("at"))[:16].replace("T", " ")),
                                   (self.tr("操作"), "action_label"), (self.tr("办理后状态"), "to_state_label"),
                                   (self.tr("经办人"), "actor"), (self.tr("说明"), "details_text")],
                                  hist_box, max_rows_visible=6)
        self.history.setObjectName("history")
        hl.addWidget(self.history)
        outer.addWidget(hist_box, 1)
        bottom = QHBoxLayout()
        frame.addLayout(bottom)
        bottom.addStretch(1)
        close = QPushButton(self.tr("关闭"), self)
        close.clicked.connect(self.reject)
        bottom.addWidget(close)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.reload)
        self.action_buttons: dict[str, QPushButton] = {}
        self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Once: as large as its boxes ask for, within the screen (scrolling only on a small one)."""
        if not self._fitted:
            self._fitted = True
            if not self.testAttribute(Qt.WidgetAttribute.WA_Resized):
                from PySide6.QtGui import QGuiApplication
                screen = self.screen() or QGuiApplication.primaryScreen()
                area = screen.availableGeometry()
                hint = self._content.sizeHint()
                width = min(max(980, hint.width() + 40), int(area.width() * 0.92))
                height = min(hint.height() + 80, int(area.height() * 0.92))
                self.resize(width, max(height, 360))
        super().showEvent(event)

    # -- showing ---------------------------------------------------------------
    def reload(self) -> None:
        self.case = dict(cases.get_case(self.ledger, self.case_id))
        c = self.case
        deed = c["deed"]
        self.setWindowTitle(self.tr("确认案件 {0}：{1}").format(c["id"], deed["title"]))
        self.title.setText(f"{deed['title']}")
        self.state.setText(c["state_label"])
        self.deed_text.setText(self.tr("{0}　{1}　{2}\n{3}").format(
            text_of(deed.get("occurred_on")), deed.get("category_label") or "", deed.get("place") or "",
            (deed.get("narrative") or "")[:160]))
        self.people.set_rows([p | {"outcome_label": codes.label("outcome", p["outcome"])} for p in c["people"]])
        self._fill_deadlines()
        self._fill_facts()
        self._fill_actions()
        events = []
        for e in c["events"]:
            events.append(e | {"details_text": self._details(e.get("details"))})
        self.history.set_rows(events)
        no_auto_default(self)

    def _details(self, details: str | None) -> str:
        import json

        try:
            data = json.loads(details or "{}")
        except ValueError:
            return details or ""
        labels = {"accepted_on": self.tr("受理日期"), "accepting_unit": self.tr("受理单位"),
                  "decision_no": self.tr("决定文号"), "decision_date": self.tr("决定日期"), "reasons": self.tr("理由"),
                  "served_on": self.tr("送达日期"), "source": self.tr("来源"), "notice_start": self.tr("公示开始"),
                  "informed_on": self.tr("告知日期"), "decision": self.tr("决定"),
                  "review_requested_on": self.tr("复核申请日期"), "review_result": self.tr("复核结果"),
                  "review_decided_on": self.tr("复核决定日期"), "extensions": self.tr("延期次数"),
                  "extension_reason": self.tr("延期理由")}
        parts = []
        for k, v in data.items():
            if k == "source":
                v = codes.label("case_source", v)
            elif k == "decision":
                v = codes.label("decision", v)
            elif k == "review_result":
                v = codes.label("review_result", v)
            parts.append(f"{labels.get(k, k)}：{v}")
        return "；".join(parts)

    def _clear(self, layout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
            elif item.layout():
                self._clear(item.layout())

    def _fill_deadlines(self) -> None:
        self._clear(self.deadline_layout)
        if not self.case["deadlines"]:
            self.deadline_layout.addWidget(QLabel(self.tr("暂无计时中的期限"), self))
        for d in self.case["deadlines"]:
            label = QLabel(self._deadline_text(d), self)
            label.setObjectName(f"deadline_{d['kind']}")
            label.setProperty("status", d["status"])
            label.setStyleSheet(f"color:{DEADLINE_COLOURS[d['status']]}; background:{DEADLINE_BACKGROUNDS[d['status']]};"
                                "padding:6px; border-radius:3px; font-weight:bold;")
            label.setWordWrap(True)
            label.setToolTip(d.get("basis") or "")  # how it was counted (calendar, holidays)
            self.deadline_layout.addWidget(label)
        self.deadline_layout.addStretch(1)

    def _deadline_text(self, d: dict[str, Any]) -> str:
        due = d["due"].isoformat()
        if d["status"] == "done":
            return self.tr("{0}：{1}（已完成）").format(d["label"], due)
        if d["days_left"] < 0:
            return self.tr("{0}：{1}（已超期 {2} 天）").format(d["label"], due, -d["days_left"])
        if d["days_left"] == 0:
            return self.tr("{0}：{1}（今天到期）").format(d["label"], due)
        return self.tr("{0}：{1}（还剩 {2} 天）").format(d["label"], due, d["days_left"])

    def _fill_facts(self) -> None:
        self._clear(self.facts)
        c = self.case
        rows = [(self.tr("来源"), c.get("source_label")), (self.tr("申请人/举荐人"), c.get("applicant_name")),
                (self.tr("收到日期"), c.get("received_on")), (self.tr("受理日期"), c.get("accepted_on")),
                (self.tr("受理单位"), c.get("accepting_unit")), (self.tr("决定"), c.get("decision_label")),
                (self.tr("决定文号"), c.get("decision_no")), (self.tr("决定日期"), c.get("decision_date")),
                (self.tr("送达日期"), c.get("served_on"))]
        for label, value in rows:
            if value not in (None, ""):
                v = QLabel(text_of(value), self)
                v.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.facts.addRow(label + "：", v)

    def _fill_actions(self) -> None:
        self._clear(self.action_layout)
        self.action_buttons = {}
        if not self.case["allowed_actions"]:
            self.action_layout.addWidget(QLabel(self.tr("本案已办结，没有可办理的操作"), self))
        # the step forward first; withdrawing and refusing last, apart
        order = sorted(self.case["allowed_actions"], key=lambda a: a["code"] in ("withdraw", "refuse_acceptance"))
        for a in order:
            button = QPushButton(a["label"], self)
            button.setObjectName(f"action_{a['code']}")
            needs = "、".join(label for _, label in a["required"])
            button.setToolTip((a.get("help") or "") + (self.tr("\n需要填写：{0}").format(needs) if needs else ""))
            button.clicked.connect(lambda _=False, a=a: self.start_action(a["code"]))
            self.action_layout.addWidget(button)
            self.action_buttons[a["code"]] = button
        self.action_layout.addStretch(1)

    def visible_actions(self) -> list[str]:
        return list(self.action_buttons)

    # -- acting -------------------------------------------------------------------
    def action_dialog(self, code: str) -> ActionDialog:
        action = next(a for a in self.case["allowed_actions"] if a["code"] == code)
        if code == "transfer":  # its own dialog: the office of the place, the 移送函, the package
            from desktop.gui.dialogs.transfer import TransferDialog
            return TransferDialog(self, self.ledger, self.case)  # type: ignore[return-value]
        return ActionDialog(self, self.ledger, self.case, action)

    def start_action(self, code: str) -> None:
        dialog = self.action_dialog(code)
        done = dialog.exec()
        if dialog.stale is not None:
            if ask_reload(self, dialog.stale.message):
                self.reload()
            return
        if done and dialog.result_case:
            from desktop.gui.forms import record_signals

            self.reload()
            record_signals.saved.emit("case", int(self.case_id))

    def _open(self, kind: str, record_id: int) -> None:
        from desktop.gui.forms import open_record

        open_record(self, self.ledger, kind, record_id)
        self.reload()

    def _edit_case(self) -> None:
        dialog = CaseDialog(self, self.ledger, self.case_id)
        dialog.exec()
        self.reload()


class CaseDialog(RecordDialog):
    """Register an application for a deed (cases.open_case) or edit a case's descriptive fields."""

    kind = "case"
    specs = CASE

    def build(self) -> None:
        self.deed_id = self.context.get("deed_id")
        self.deed_label = QLabel(self)
        self.deed_label.setObjectName("deed_label")
        self.deed_label.setStyleSheet("font-weight:bold;")
        self.body.insertWidget(0, self.deed_label)
        self.deed_picker = None
        if self.record_id is None and self.deed_id is None:  # opened without a deed: choose it here
            self.deed_picker = DeedPicker(self.ledger, self)
            self.deed_picker.picked.connect(self._deed_picked)
            self.body.insertWidget(1, self.deed_picker)

    def _deed_picked(self, deed: dict[str, Any]) -> None:
        self.deed_id = deed["id"]
        self.deed_label.setText(self.tr("事迹：{0}").format(deed["title"]))
        self._update_save()

    def after_load(self) -> None:
        deed = self.record.get("deed")
        if deed is None and self.deed_id is not None:
            deed = deeds.get_deed(self.ledger, self.deed_id)
        self.deed_label.setText(self.tr("事迹：{0}").format(deed["title"]) if deed else self.tr("请先选择事迹"))

    def extra_errors(self) -> list[str]:
        if self.record_id is None and getattr(self, "deed_id", None) is None:
            return [self.tr("请先选择事迹")]
        return []

    def window_title(self) -> str:
        return self.tr("登记见义勇为确认申请") if self.record_id is None else self.tr("编辑案件登记信息")

    def defaults(self) -> dict[str, Any]:
        return {"source": "self", "received_on": self.ledger.today()}

    def load(self) -> dict[str, Any]:
        return dict(cases.get_case(self.ledger, self.record_id))

    def create_record(self, values: dict[str, Any]) -> dict[str, Any]:
        return dict(cases.open_case(self.ledger, self.deed_id, values))

    def update_record(self, changes: dict[str, Any], expected_version: int | None) -> dict[str, Any]:
        return dict(cases.update_case(self.ledger, self.record_id, changes, expected_version=expected_version))

