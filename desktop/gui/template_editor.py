"""文书模板编辑: the office's copy of a kind's template, with a live preview of the rendered page.

The text is the template file itself (TOML: version, title, body paragraphs with {fields}). After
each edit the page is rendered again on a short timer and shown beside the text; a mistake (an
unknown field, a missing quote) shows as a red line under the preview instead of a dialog. Saving
writes the office's copy to <data folder>/templates/<kind>.toml with its version raised.
"""

from __future__ import annotations

import io
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox, QDialog, QHBoxLayout, QLabel, QMessageBox, QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import UserError
from desktop.gui.printing import PagePreview
from desktop.letters.batch import KIND_LABELS
from desktop.letters.templates import FIELD_LABELS
from desktop.services import documents

PREVIEW_DELAY_MS = 600


class TemplateEditor(QDialog):
    def __init__(self, ledger, kind: str = "commendation", refs: dict[str, Any] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ledger = ledger
        self.refs = {k: v for k, v in (refs or {}).items() if v}
        self.setWindowTitle(self.tr("文书模板编辑"))
        self.resize(1200, 760)
        self._tmp = Path(tempfile.mkdtemp(prefix="yy-editor-"))
        self._renders = 0

        self.kind = QComboBox(self)
        for k in documents.KINDS:
            self.kind.addItem(KIND_LABELS[k], k)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.kind.currentIndexChanged.connect(self._load)
        self.version = QLabel(self)
        self.source = QLabel(self)
        self.source.setStyleSheet("color: #666;")

        self.text = QPlainTextEdit(self)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(11)
        self.text.setFont(mono)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.textChanged.connect(self._schedule)
        # the fields in a box of their own that scrolls: the list is long, the screen may be low (150 %)
        fields = QPlainTextEdit(self.tr("可用字段：") + "　".join(f"{{{k}}} {v}" for k, v in FIELD_LABELS.items()), self)
        fields.setObjectName("field_list")
        fields.setReadOnly(True)
        fields.setStyleSheet("color: #555; font-size: 11px;")
        fields.setMaximumHeight(fields.fontMetrics().lineSpacing() * 5 + 12)
        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.text, 1)
        lv.addWidget(fields)

        self.preview = PagePreview(self, width_px=480)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        right = QWidget(self)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.preview, 1)
        rv.addWidget(self.status)

        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([600, 600])

        self.save_button = QPushButton(self.tr("保存（提高版本号）"), self)
        self.save_button.clicked.connect(self.save)
        self.reset_button = QPushButton(self.tr("恢复为系统模板"), self)
        self.reset_button.clicked.connect(self.reset)
        close = QPushButton(self.tr("关闭"), self)
        close.clicked.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("文书种类："), self))
        top.addWidget(self.kind)
        top.addWidget(self.version)
        top.addWidget(self.source, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.reset_button)
        bottom.addWidget(self.save_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.render_preview)
        self._load()

    # --- loading and saving ----------------------------------------------------------------
    def current_kind(self) -> str:
        return self.kind.currentData()

    def _load(self, *_args) -> None:
        kind = self.current_kind()
        text, version, own = documents.template_text(kind)
        self.text.blockSignals(True)
        self.text.setPlainText(text)
        self.text.blockSignals(False)
        self.version.setText(self.tr("版本 {0}").format(version))
        self.source.setText(self.tr("本单位模板：{0}").format(documents.template_dir() / f"{kind}.toml") if own
                            else self.tr("系统模板（保存后成为本单位模板）"))
        self.reset_button.setEnabled(own)
        self.render_preview()

    def save(self) -> None:
        try:
            saved = documents.save_template(self.ledger, self.current_kind(), self.text.toPlainText())
        except UserError as exc:
            QMessageBox.warning(self, self.tr("保存模板"), exc.message)
            return
        self._load()
        self.status.setText(self.tr("已保存，版本 {0}：{1}").format(saved["version"], saved["path"]))
        self.status.setStyleSheet("color: #060;")

    def reset(self) -> None:
        answer = QMessageBox.question(self, self.tr("恢复为系统模板"),
                                      self.tr("删除本单位的“{0}”模板，改用系统模板？已签发的文书重印时不受影响。")
                                      .format(KIND_LABELS[self.current_kind()]),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            documents.reset_template(self.ledger, self.current_kind())
            self._load()

    # --- live preview ------------------------------------------------------------------------
    def _schedule(self) -> None:
        self.timer.start()

    def render_preview(self) -> bool:
        """Render the text as it stands; True if it rendered."""
        self.timer.stop()
        kind = self.current_kind()
        refs = self.refs if self.refs.get("kind", kind) == kind else {}
        buf = io.BytesIO()
        try:
            documents.preview_template(self.ledger, kind, self.text.toPlainText(), buf,
                                       **{k: v for k, v in refs.items() if k != "kind"})
        except UserError as exc:
            self.status.setText(self.tr("预览失败：{0}").format(exc.message))
            self.status.setStyleSheet("color: #b00;")
            return False
        self._renders += 1
        path = self._tmp / f"preview-{self._renders % 2}.pdf"  # the viewer may still hold the other
        path.write_bytes(buf.getvalue())
        self.preview.load(path)
        self.status.setText(self.tr("预览已更新（示例数据或所选记录，未签发）"))
        self.status.setStyleSheet("color: #666;")
        return True
