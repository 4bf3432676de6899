"""文书打印: choose a kind and a person, deed or batch, preview, issue (takes a number), print,
reprint from the list of issued documents, edit the office's templates and letter settings.
"""

from __future__ import annotations

import io
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFileDialog, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QMessageBox,
    QPushButton, QScrollArea, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from desktop.domain.errors import UserError
from desktop.gui import printing
from desktop.gui.flow_layout import FlowLayout
from desktop.gui.workers import run_in_background, show_error
from desktop.letters import safe_filename
from desktop.letters.batch import KIND_LABELS
from desktop.services import awards, documents, persons
from desktop.services.record_types import ReprintResult

# What each kind is made from: a person, a whole batch, or either.
TARGETS = {"certificate": ("person", "batch"), "commendation": ("person", "batch"), "condolence": ("person",),
           "decision": ("person",), "roster": ("batch",)}


class LetterSettingsDialog(QDialog):
    """The office's settings for letters (机关代字, 版头, 日期格式, 证书套打偏移 …)."""

    def __init__(self, ledger, parent: QWidget | None = None):
        super().__init__(parent)
        self.ledger = ledger
        self.setWindowTitle(self.tr("文书设置"))
        s = documents.letter_settings(ledger)
        form = QFormLayout(self)
        self.short_name = QLineEdit(s["short_name"], self)
        self.short_name.setPlaceholderText(self.tr("例如 上公（发文字号：上公〔2026〕7号）"))
        self.header = QLineEdit(s["header"], self)
        self.header.setPlaceholderText(self.tr("红色版头文字；不填时用单位名称"))
        self.signer = QLineEdit(s["signer"], self)
        self.signer.setPlaceholderText(self.tr("落款单位；不填时用单位名称"))
        self.date_style = QComboBox(self)
        for code, sample in documents.DATE_STYLES.items():
            self.date_style.addItem(sample, code)
        self.date_style.setCurrentIndex(max(0, self.date_style.findData(s["date_style"])))
        self.text_only = QCheckBox(self.tr("证书只印文字（套打在预印的证书纸上）"), self)
        self.text_only.setChecked(s["cert_text_only"])
        self.offset_x = QDoubleSpinBox(self)
        self.offset_y = QDoubleSpinBox(self)
        for box, value in ((self.offset_x, s["cert_offset_x"]), (self.offset_y, s["cert_offset_y"])):
            box.setRange(-50, 50)
            box.setDecimals(1)
            box.setSingleStep(0.5)
            box.setSuffix(self.tr(" 毫米"))
            box.setValue(value)
        self.review_organ = QLineEdit(s["review_organ"], self)
        self.review_organ.setPlaceholderText(self.tr("决定书中的复核机关，例如 杭州市公安局"))
        self.reconsideration_organ = QLineEdit(s["reconsideration_organ"], self)
        self.reconsideration_organ.setPlaceholderText(self.tr("行政复议机关，例如 杭州市上城区人民政府"))
        form.addRow(self.tr("机关代字："), self.short_name)
        form.addRow(self.tr("发文机关标志："), self.header)
        form.addRow(self.tr("落款单位："), self.signer)
        form.addRow(self.tr("日期格式："), self.date_style)
        form.addRow("", self.text_only)
        form.addRow(self.tr("套打水平偏移（向右为正）："), self.offset_x)
        form.addRow(self.tr("套打垂直偏移（向下为正）："), self.offset_y)
        form.addRow(self.tr("复核机关："), self.review_organ)
        form.addRow(self.tr("行政复议机关："), self.reconsideration_organ)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, Any]:
        return {"short_name": self.short_name.text(), "header": self.header.text(), "signer": self.signer.text(),
                "date_style": self.date_style.currentData(), "cert_text_only": "1" if self.text_only.isChecked() else "0",
                "cert_offset_x": self.offset_x.value(), "cert_offset_y": self.offset_y.value(),
                "review_organ": self.review_organ.text(), "reconsideration_organ": self.reconsideration_organ.text()}

    def save(self) -> None:
        try:
            documents.save_letter_settings(self.ledger, self.values())
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.message)
            return
        self.accept()


class _Column(QWidget):
    """Content of a scroll area that scrolls only below its minimum height at its width (its rows wrap):
    a QScrollArea otherwise takes the preferred height and scrolls while there is room."""

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        layout = self.layout()
        return layout.totalMinimumHeightForWidth(width) if layout is not None else super().heightForWidth(width)


class LettersPage(QWidget):
    def __init__(self, ledger, parent: QWidget | None = None):
        super().__init__(parent)
        self.ledger = ledger
        self._tmp = Path(tempfile.mkdtemp(prefix="yy-letters-"))
        self._previews = 0
        self.last_pdf: Path | None = None
        self.last_result: dict[str, Any] | None = None

        heading = QLabel(self.tr("文书打印"), self)
        heading.setObjectName("pageHeading")

        # --- what to make ------------------------------------------------------------------
        choose = QGroupBox(self.tr("制作文书"), self)
        box = QVBoxLayout(choose)
        form = QFormLayout()
        box.addLayout(form)
        self.kind = QComboBox(choose)
        for k in documents.KINDS:
            self.kind.addItem(KIND_LABELS[k], k)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.recipient = QComboBox(choose)
        self.recipient.addItem(self.tr("致本人（嘉奖信）"), "person")
        self.recipient.addItem(self.tr("致所在单位（表彰信）"), "employer")
        self.whole_batch = QCheckBox(self.tr("整批（按名单顺序）"), choose)
        self.whole_batch.toggled.connect(self._kind_changed)
        self.search = QLineEdit(choose)
        self.search.setPlaceholderText(self.tr("搜索人员：姓名、拼音、身份证号"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.people = QListWidget(choose)
        self.people.setMaximumHeight(150)
        self.people.currentItemChanged.connect(lambda *_: self.clear_preview())
        self.batch = QComboBox(choose)
        self.batch.currentIndexChanged.connect(lambda *_: self.clear_preview())
        form.addRow(self.tr("文书种类："), self.kind)
        form.addRow(self.tr("致送对象："), self.recipient)
        form.addRow(self.tr("表彰批次："), self.batch)
        form.addRow("", self.whole_batch)
        form.addRow(self.tr("人员："), self.search)
        form.addRow("", self.people)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.search_people)

        self.preview_button = QPushButton(self.tr("预览"), choose)
        self.preview_button.clicked.connect(self.make_preview)
        self.issue_button = QPushButton(self.tr("签发（取文号）"), choose)
        self.issue_button.clicked.connect(self.issue)
        self.folder_button = QPushButton(self.tr("签发并每人一个文件…"), choose)
        self.folder_button.clicked.connect(self.issue_to_folder)
        # Issuing the same record again prints the registered document; a new number (the old one
        # marked void) only through this, with a reason (审核员).
        self.reissue_button = QPushButton(self.tr("重新签发（原件作废）…"), choose)
        self.reissue_button.setObjectName("reissue")
        self.reissue_button.clicked.connect(self.reissue)
        row = FlowLayout()  # the buttons wrap in a narrow window
        row.addWidget(self.preview_button)
        row.addWidget(self.issue_button)
        row.addWidget(self.reissue_button)
        row.addWidget(self.folder_button)
        box.addLayout(row)

        self.print_preview_button = QPushButton(self.tr("打印预览…"), choose)
        self.print_preview_button.clicked.connect(self.print_preview)
        self.print_button = QPushButton(self.tr("打印…"), choose)
        self.print_button.clicked.connect(self.print_)
        self.open_button = QPushButton(self.tr("用系统程序打开"), choose)
        self.open_button.clicked.connect(self.open_pdf)
        row2 = FlowLayout()
        row2.addWidget(self.print_preview_button)
        row2.addWidget(self.print_button)
        row2.addWidget(self.open_button)
        box.addLayout(row2)
        self.settings_button = QPushButton(self.tr("文书设置…"), choose)
        self.settings_button.clicked.connect(self.edit_settings)
        self.template_button = QPushButton(self.tr("编辑模板…"), choose)
        self.template_button.clicked.connect(self.edit_template)
        row3 = FlowLayout()
        row3.addWidget(self.settings_button)
        row3.addWidget(self.template_button)
        row3.addStretch(1)
        box.addLayout(row3)
        self.message = QLabel(choose)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.message)

        # --- issued documents -------------------------------------------------------------
        issued = QGroupBox(self.tr("已签发文书"), self)
        iv = QVBoxLayout(issued)
        self.issued = QTableWidget(0, 6, issued)
        self.issued.setHorizontalHeaderLabels([self.tr("文号"), self.tr("种类"), self.tr("对象"),
                                               self.tr("模板版本"), self.tr("签发日期"), self.tr("编号")])
        self.issued.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.issued.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.issued.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.issued.verticalHeader().hide()
        self.issued.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.issued.doubleClicked.connect(lambda _i: self.reprint())
        self.reprint_button = QPushButton(self.tr("重印所选"), issued)
        self.reprint_button.clicked.connect(self.reprint)
        self.reprint_group_button = QPushButton(self.tr("重印整批"), issued)
        self.reprint_group_button.clicked.connect(lambda: self.reprint(whole_group=True))
        ib = QHBoxLayout()
        ib.addStretch(1)
        ib.addWidget(self.reprint_group_button)
        ib.addWidget(self.reprint_button)
        iv.addWidget(self.issued, 1)
        iv.addLayout(ib)

        left = _Column(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(choose)
        lv.addWidget(issued, 1)
        issued.setMinimumHeight(150)
        # on a low screen (1366×768 at 150 %) the left column scrolls instead of squeezing its boxes
        scroll = QScrollArea(self)
        scroll.setObjectName("letters_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(left)
        self._left, self._left_scroll = left, scroll
        self._fit_left()
        self.preview = printing.PagePreview(self, width_px=520)
        split = QSplitter(self)
        split.addWidget(scroll)
        split.addWidget(self.preview)
        split.setSizes([560, 600])
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(split, 1)
        self._kind_changed()
        self.refresh()

    def _fit_left(self) -> None:
        """The left column no narrower than its widest field (a batch's name shown whole); it scrolls down."""
        if hasattr(self, "_left_scroll"):
            self._left_scroll.setMinimumWidth(self._left.minimumSizeHint().width()
                                              + self._left_scroll.verticalScrollBar().sizeHint().width() + 4)

    # --- data ------------------------------------------------------------------------------
    def refresh(self) -> None:
        current = self.batch.currentData()
        self.batch.blockSignals(True)
        self.batch.clear()
        for b in awards.list_batches(self.ledger):
            title = b["title"] if str(b["year"]) in b["title"] else f'{b["year"]}年 {b["title"]}'  # the year once
            self.batch.addItem(self.tr("{0}（{1}人）").format(title, b["award_count"]), b["id"])
        if current is not None:
            self.batch.setCurrentIndex(max(0, self.batch.findData(current)))
        self.batch.blockSignals(False)
        texts = [self.batch.itemText(i) for i in range(self.batch.count())]
        self.batch.setMinimumWidth(max((self.batch.fontMetrics().horizontalAdvance(t) for t in texts), default=0) + 40)
        self._fit_left()
        self.search_people()
        self.load_issued()

    def search_people(self) -> None:
        self.people.clear()
        from desktop.services.privacy import protect
        for p in protect(self.ledger, persons.search_persons(self.ledger, self.search.text().strip(), limit=50)):
            item = QListWidgetItem(f"{p['name']}　{p.get('state_label') or ''}　{p.get('id_number') or ''}".strip())
            item.setData(Qt.ItemDataRole.UserRole, p["id"])
            self.people.addItem(item)

    def load_issued(self) -> None:
        rows = documents.list_documents(self.ledger, limit=300)
        self.issued.setRowCount(len(rows))
        for r, d in enumerate(rows):
            for c, value in enumerate([d["number_text"], d["kind_label"], d.get("label", ""), d["template_version"],
                                       str(d["issued_on"]), str(d["id"])]):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, d["id"])
                self.issued.setItem(r, c, item)
        self.issued.resizeColumnsToContents()

    # --- choosing ----------------------------------------------------------------------------
    def current_kind(self) -> str:
        return self.kind.currentData()

    def _kind_changed(self, *_args) -> None:
        kind = self.current_kind()
        targets = TARGETS[kind]
        self.recipient.setEnabled(kind == "commendation")
        self.whole_batch.setEnabled(targets == ("person", "batch"))
        batch_mode = "batch" in targets and (targets == ("batch",) or self.whole_batch.isChecked())
        self.batch.setEnabled(batch_mode)
        self.people.setEnabled(not batch_mode)
        self.search.setEnabled(not batch_mode)
        self.folder_button.setEnabled(batch_mode and kind != "roster")
        self.clear_preview()

    def refs(self) -> dict[str, Any]:
        """The record(s) chosen for the current kind; UserError says what is missing."""
        kind = self.current_kind()
        targets = TARGETS[kind]
        batch_mode = "batch" in targets and (targets == ("batch",) or self.whole_batch.isChecked())
        refs: dict[str, Any] = {}
        if batch_mode:
            if self.batch.currentData() is None:
                raise UserError(self.tr("请先选择表彰批次"))
            refs["batch"] = self.batch.currentData()
        else:
            item = self.people.currentItem()
            if item is None:
                raise UserError(self.tr("请先在列表中选择人员"))
            refs["person"] = item.data(Qt.ItemDataRole.UserRole)  # certificate/letter: their latest award
        if kind == "commendation":
            refs["recipient"] = self.recipient.currentData()
        return refs

    def select_person(self, person_id: int) -> bool:
        for i in range(self.people.count()):
            if self.people.item(i).data(Qt.ItemDataRole.UserRole) == person_id:
                self.people.setCurrentRow(i)
                return True
        return False

    # --- preview and issue ---------------------------------------------------------------------
    def clear_preview(self) -> None:
        self.preview.clear(self.tr("选择文书种类和对象后点“预览”"))
        self.last_pdf = None

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b00;" if error else "color: #060;")

    def make_preview(self) -> bool:
        try:
            refs = self.refs()
            buf = io.BytesIO()
            kind = self.current_kind()
            documents.preview(self.ledger, kind, buf, **refs)
        except UserError as exc:
            self._say(exc.message, error=True)
            return False
        self._previews += 1
        path = self._tmp / f"预览-{self._previews % 2}.pdf"
        path.write_bytes(buf.getvalue())
        self.preview.load(path)
        self.last_pdf = path
        self._say(self.tr("预览（尚未签发，文号待定）"))
        return True

    def _out_path(self, stem: str) -> Path:
        folder = documents.output_folder(self.ledger.today().year)
        path, n = folder / f"{stem}.pdf", 1
        while path.exists():
            n += 1
            path = folder / f"{stem}-{n}.pdf"
        return path

    def confirm_issue(self, plan: dict[str, Any], folder: str | None) -> bool:
        """Asked once: what will be issued, for whom, and the number(s) it will take (or reprint)."""
        def span(numbers: list[str]) -> str:
            return numbers[0] if len(numbers) == 1 else self.tr("{0} 至 {1}").format(numbers[0], numbers[-1])

        who = "、".join(plan["labels"][:5]) + ("……" if plan["count"] > 5 else "")
        if plan["numbers"]:
            text = self.tr("签发{0}：{1}\n将取文号：{2}\n\n文号一经取用不再收回。确定签发吗？").format(
                plan["kind_label"], who, span(plan["numbers"]))
            if plan["reprints"]:
                text += "\n" + self.tr("其中 {0} 份此前已签发，按原文号重印（{1}），不取新文号。").format(
                    len(plan["reprints"]), span(plan["reprints"]))
        else:
            text = self.tr("{0}：{1} 已签发过（{2}），将按原文号原样重印，不取新文号。确定重印吗？").format(
                plan["kind_label"], who, span(plan["reprints"]))
        if folder:
            text += "\n" + self.tr("另在“{0}”中每人存一个文件。").format(folder)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("签发{0}").format(plan["kind_label"]), text,
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("confirmIssue")
        yes = box.addButton(self.tr("签发") if plan["numbers"] else self.tr("重印"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("取消"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes)
        box.exec()
        return box.clickedButton() is yes

    def issue(self, folder: str | None = None, reason: str | None = None) -> None:
        from desktop.services import issue_plan
        try:
            refs = self.refs()
            kind = self.current_kind()
            plan = issue_plan.plan(self.ledger, kind, reissue=reason is not None, **refs)
        except UserError as exc:
            self._say(exc.message, error=True)
            return
        again = reason is not None
        if not self.confirm_issue(plan, folder):
            self._say(self.tr("未签发，没有取用文号"))
            return
        out = self._out_path(issue_plan.file_stem(plan["kind_label"], plan["who"], plan["first_number"]))
        self._planned = plan

        def work(progress, kind, out, refs, folder):
            return documents.issue(self.ledger, kind, out=out, folder=folder, progress=progress,
                                   reissue=again, reason=reason, **refs)

        run_in_background(self, self.tr("签发{0}").format(KIND_LABELS[kind]), work, kind, out, refs, folder,
                          on_done=self._issued, on_error=self._failed)

    def reissue(self) -> None:
        """Issue anew with a new number; the registered document is marked void (reason asked)."""
        reason, ok = QInputDialog.getText(self, self.tr("重新签发"),
                                          self.tr("原文书将标记为作废，并取新文号。请写明理由："))
        if ok:
            if not reason.strip():
                self._say(self.tr("重新签发需要写明理由"), error=True)
                return
            self.issue(reason=reason.strip())

    def issue_to_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("每人一个文件：选择文件夹"))
        if folder:
            self.issue(folder)

    def _issued(self, result: dict[str, Any]) -> None:
        from desktop.services import issue_plan
        plan = getattr(self, "_planned", None)
        taken = result["documents"][0]["number_text"] if result.get("documents") else ""
        if plan and result.get("path") and taken and taken != plan["first_number"]:
            # another clerk took the number meanwhile: the file is named after the one it got
            better = self._out_path(issue_plan.file_stem(plan["kind_label"], plan["who"], taken))
            Path(result["path"]).replace(better)
            result = {**result, "path": str(better)}
        self.last_result = result
        self.last_pdf = Path(result["path"])
        self.preview.load(self.last_pdf)
        docs = result["documents"]
        numbers = (self.tr("{0} 至 {1}").format(docs[0]["number_text"], docs[-1]["number_text"]) if len(docs) > 1
                   else docs[0]["number_text"])
        again = sum(1 for d in docs if d.get("reprinted"))
        if again == len(docs):  # one number per document: the registered papers, printed again
            text = self.tr("这些{0}已签发过，按原文号重印 {1} 份（{2}），文件：{3}").format(
                result["kind_label"], len(docs), numbers, result["path"])
        else:
            text = self.tr("已签发{0} {1} 份（{2}），文件：{3}").format(
                result["kind_label"], len(docs) - again, numbers, result["path"])
            if again:
                text += self.tr("；其中 {0} 份此前已签发，按原文号重印").format(again)
        if result.get("files"):
            text += self.tr("；另存每人一个文件 {0} 个").format(len(result["files"]))
        self._say(text)
        self.load_issued()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            self._say(exc.message, error=True)
        else:
            show_error(self, self.tr("签发文书"), exc)

    def selected_document(self) -> int | None:
        rows = self.issued.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.issued.item(rows[0].row(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def reprint(self, whole_group: bool = False) -> ReprintResult | None:
        doc_id = self.selected_document()
        if doc_id is None:
            self._say(self.tr("请先在已签发文书中选择一份"), error=True)
            return None
        folder = documents.output_folder(self.ledger.today().year)
        item = self.issued.item(self.issued.currentRow(), 0)
        number = item.text() if item is not None else str(doc_id)
        out = folder / (safe_filename(self.tr("重印-{0}").format(number)) + ".pdf")
        try:
            r = documents.reprint(self.ledger, doc_id, out, whole_group=whole_group)
        except UserError as exc:
            self._say(exc.message, error=True)
            return None
        self.last_pdf = out
        self.preview.load(out)
        state = self.tr("与签发时完全一致") if r["identical"] else self.tr("与签发时不一致")
        self._say(self.tr("已重印 {0}（{1}份，{2}）：{3}").format(r["number_text"], r["documents"], state, out)
                  + "".join("\n" + n for n in r["notes"]), error=not r["identical"])
        return r

    # --- printing ---------------------------------------------------------------------------------
    def _pdf(self) -> Path | None:
        if self.last_pdf is None or not self.last_pdf.is_file():
            if not self.make_preview():
                return None
        return self.last_pdf

    def print_preview(self) -> None:
        pdf = self._pdf()
        if pdf is None:
            return
        try:
            dialog = printing.preview_dialog(self, pdf)
        except UserError as exc:
            self._say(exc.message, error=True)
            return
        dialog.exec()

    def print_(self) -> None:
        pdf = self._pdf()
        if pdf is None:
            return
        try:
            n = printing.print_with_dialog(self, pdf)
        except UserError as exc:
            self._say(exc.message, error=True)
            return
        if n:
            self._say(self.tr("已送打印机：{0} 页").format(n))

    def open_pdf(self) -> None:
        pdf = self._pdf()
        if pdf is not None and not printing.open_in_viewer(pdf):
            self._say(self.tr("无法用系统程序打开：{0}").format(pdf), error=True)

    # --- settings and templates -------------------------------------------------------------------
    def edit_settings(self) -> None:
        if LetterSettingsDialog(self.ledger, self).exec():
            self._say(self.tr("文书设置已保存"))
            self.clear_preview()

    def edit_template(self) -> None:
        from desktop.gui.template_editor import TemplateEditor

        try:
            refs = self.refs()
        except UserError:
            refs = {}
        refs.pop("recipient", None)
        TemplateEditor(self.ledger, self.current_kind(), refs | {"kind": self.current_kind()}, self).exec()
        self.clear_preview()
