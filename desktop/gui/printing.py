"""Printing our PDFs locally: preview, any installed printer through QPrinter, or the system viewer.

Pages are drawn by Qt's own PDF engine (QtPdf, PySide6-Pdf): each page is rendered at the
printer's resolution (capped, see PRINT_DPI) and painted on the whole sheet — the PDF already
carries its margins, so the printer is set to full-page mode with the paper size and orientation
of the document (A4; landscape for certificates).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, QSize, QSizeF, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from desktop.domain.errors import UserError

log = logging.getLogger("desktop.gui")
PRINT_DPI = 300  # enough for 16 pt text and the certificate border; an A4 page is ~35 MB at this size

try:  # PySide6-Pdf
    from PySide6.QtPdf import QPdfDocument
except ImportError:  # pragma: no cover - the dependency is declared; keep the window working without it
    QPdfDocument = None  # type: ignore[assignment,misc]


def _t(text: str) -> str:
    return QCoreApplication.translate("Printing", text)


def available() -> bool:
    return QPdfDocument is not None


class PdfPages:
    """An open PDF whose pages can be drawn as images."""

    def __init__(self, path: str | Path):
        if QPdfDocument is None:
            raise UserError(_t("缺少 PDF 显示组件（PySide6-Pdf），无法预览或打印，请用“用系统程序打开”"))
        self.path = Path(path)
        self.doc = QPdfDocument()
        err = self.doc.load(str(self.path))
        if err != QPdfDocument.Error.None_ or self.doc.pageCount() == 0:
            raise UserError(_t("无法打开 PDF 文件：{0}").format(self.path))

    @property
    def count(self) -> int:
        return self.doc.pageCount()

    def size_pt(self, page: int) -> QSizeF:
        return self.doc.pagePointSize(page)

    def landscape(self) -> bool:
        s = self.size_pt(0)
        return s.width() > s.height()

    def image(self, page: int, dpi: float) -> QImage:
        s = self.size_pt(page)
        size = QSize(max(1, round(s.width() * dpi / 72)), max(1, round(s.height() * dpi / 72)))
        img = self.doc.render(page, size)
        if img.isNull():
            raise UserError(_t("第 {0} 页无法显示").format(page + 1))
        sheet = QImage(img.size(), QImage.Format.Format_RGB32)  # the page is transparent: put it on paper
        sheet.fill(Qt.GlobalColor.white)
        painter = QPainter(sheet)
        painter.drawImage(0, 0, img)
        painter.end()
        return sheet

    def image_width(self, page: int, width_px: int) -> QImage:
        """The page scaled to a width in pixels (previews)."""
        return self.image(page, 72.0 * width_px / max(1.0, self.size_pt(page).width()))


def setup_printer(printer: QPrinter, pages: PdfPages) -> None:
    """A4 (or the document's size), its orientation, full page: the PDF carries its own margins."""
    s = pages.size_pt(0)
    printer.setFullPage(True)
    size = QPageSize(QPageSize.PageSizeId.A4)
    portrait = QSizeF(min(s.width(), s.height()), max(s.width(), s.height()))
    if abs(portrait.width() - 595.3) > 3 or abs(portrait.height() - 841.9) > 3:
        size = QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    printer.setPageSize(size)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if pages.landscape()
                               else QPageLayout.Orientation.Portrait)
    printer.setPageMargins(printer.pageLayout().margins().__class__(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    printer.setDocName(pages.path.stem)


def paint(printer: QPrinter, pages: PdfPages, *, dpi: int = PRINT_DPI) -> int:
    """Draw every page (or the printer's from–to range) on the printer; returns pages printed."""
    first, last = printer.fromPage(), printer.toPage()
    numbers = list(range(pages.count))
    if first > 0 and last >= first:
        numbers = [n for n in numbers if first - 1 <= n <= last - 1]
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError(_t("无法开始打印：打印机“{0}”不可用").format(printer.printerName()))
    try:
        res = printer.resolution()
        for i, n in enumerate(numbers):
            if i:
                printer.newPage()
            target = printer.pageLayout().fullRectPixels(res)
            img = pages.image(n, min(dpi, res))
            painter.drawImage(QRect(0, 0, target.width(), target.height()), img)
    finally:
        painter.end()
    return len(numbers)


def print_pdf(path: str | Path, printer_name: str | None = None, *, copies: int = 1, dpi: int = PRINT_DPI) -> int:
    """Print a PDF to a named printer (default: the system's default) without a dialog."""
    pages = PdfPages(path)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if printer_name:
        if printer_name not in QPrinterInfo.availablePrinterNames():
            raise UserError(_t("找不到打印机“{0}”").format(printer_name))
        printer.setPrinterName(printer_name)
    setup_printer(printer, pages)
    printer.setCopyCount(max(1, copies))
    printer.setResolution(dpi)
    return paint(printer, pages, dpi=dpi)


def print_with_dialog(parent: QWidget | None, path: str | Path) -> int:
    """The system print dialog (printer, copies, pages), then print; 0 if cancelled."""
    pages = PdfPages(path)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    setup_printer(printer, pages)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(_t("打印"))
    dialog.setMinMax(1, pages.count)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return 0
    return paint(printer, pages)


def preview_dialog(parent: QWidget | None, path: str | Path) -> QPrintPreviewDialog:
    """Qt's print preview of the PDF (size and orientation as printed); print from it."""
    pages = PdfPages(path)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    setup_printer(printer, pages)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(_t("打印预览 — {0}").format(pages.path.name))
    dialog.paintRequested.connect(lambda p: paint(p, pages, dpi=150 if p.outputFormat() != QPrinter.OutputFormat.NativeFormat else PRINT_DPI))
    dialog.resize(900, 700)
    dialog._pages = pages  # keep the document alive with the dialog
    return dialog


def open_in_viewer(path: str | Path) -> bool:
    """Open the PDF in the PC's own PDF program."""
    if not Path(path).is_file():
        raise UserError(_t("文件不存在：{0}").format(path))
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).resolve())))


def printer_names() -> list[str]:
    return list(QPrinterInfo.availablePrinterNames())


__all__ = ["PdfPages", "available", "open_in_viewer", "paint", "preview_dialog", "print_pdf",
           "print_with_dialog", "printer_names", "setup_printer", "Qt"]


# ---------------------------------------------------------------------------------------------
# A page preview widget (letters page, template editor)

from PySide6.QtGui import QPixmap  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QHBoxLayout, QLabel, QScrollArea, QSpinBox, QVBoxLayout,
)


class PagePreview(QWidget):
    """Shows one page of a PDF as an image, with a page number chooser."""

    def __init__(self, parent: QWidget | None = None, width_px: int = 560):
        super().__init__(parent)
        self.width_px = width_px
        self.pages: PdfPages | None = None
        self.image = QLabel(self)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setStyleSheet("background: #888; padding: 8px;")
        self.image.setText(_t("尚无预览"))
        scroll = self._scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.image)
        self._refit = QTimer(self)  # the page follows the pane's width (a narrow window: no sideways scrolling)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)  # after the resize events queued now, once
        self._refit.timeout.connect(self._show)
        self.page = QSpinBox(self)
        self.page.setMinimum(1)
        self.page.setPrefix(_t("第 "))
        self.page.valueChanged.connect(self._show)
        self.count = QLabel(self)
        bar = QHBoxLayout()
        bar.addWidget(self.page)
        bar.addWidget(self.count)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)

    def load(self, path: str | Path, page: int = 1) -> None:
        self.pages = PdfPages(path)
        self.page.blockSignals(True)
        self.page.setMaximum(self.pages.count)
        self.page.setValue(min(max(1, page), self.pages.count))
        self.page.blockSignals(False)
        self.count.setText(_t("页，共 {0} 页").format(self.pages.count))
        self._show()

    def clear(self, text: str = "") -> None:
        self.pages = None
        self.image.setPixmap(QPixmap())
        self.image.setText(text or _t("尚无预览"))
        self.count.setText("")

    def _show(self, *_args) -> None:
        if self.pages is None:
            return
        n = self.page.value() - 1
        s = self.pages.size_pt(n)
        width = self.width_px if s.width() <= s.height() else int(self.width_px * 1.3)
        room = self._scroll.viewport().width() - 2 * 8 - 4  # the image's padding
        if self.isVisible() and room >= 160:
            width = min(width, room)
        self.image.setPixmap(QPixmap.fromImage(self.pages.image_width(n, width)))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.pages is not None:
            self._refit.start()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.pages is not None:
            self._refit.start()

    def current_image(self) -> QImage | None:
        pm = self.image.pixmap()
        return None if pm is None or pm.isNull() else pm.toImage()
