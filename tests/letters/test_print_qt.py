"""desktop.gui.printing without a print server: QPrinter writing a PDF file (size, orientation, pages)."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from desktop.letters import certificate, render_batch

from .conftest import letter_ctx

pytestmark = pytest.mark.skipif(not shutil.which("pdfinfo"), reason="poppler-utils not installed")


def _info(path) -> str:
    return subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def printing(qapp):
    from desktop.gui import printing
    if not printing.available():
        pytest.skip("PySide6-Pdf (QtPdf) is not installed")
    return printing


def _print_to_file(printing, pdf, out):
    from PySide6.QtPrintSupport import QPrinter

    pages = printing.PdfPages(pdf)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printing.setup_printer(printer, pages)
    printer.setResolution(150)
    return printing.paint(printer, pages, dpi=150)


def test_certificate_prints_landscape_a4(printing, tmp_path, options):
    ours = tmp_path / "cert.pdf"
    certificate.render(letter_ctx(), ours, options=options)
    assert printing.PdfPages(ours).landscape()
    assert _print_to_file(printing, ours, tmp_path / "printed.pdf") == 1
    info = _info(tmp_path / "printed.pdf")
    assert "Page size:       842 x 595 pts (A4)" in info, info  # A4, landscape


def test_every_page_of_a_batch_is_printed_portrait(printing, tmp_path, options):
    ours = tmp_path / "letters.pdf"
    render_batch("commendation", [letter_ctx(n, i) for i, n in enumerate(["张喆", "李堃", "吴𠮷"], 1)], ours,
                 options=options)
    assert _print_to_file(printing, ours, tmp_path / "printed.pdf") == 3
    info = _info(tmp_path / "printed.pdf")
    assert "Pages:           3" in info and "Page size:       595 x 842 pts (A4)" in info, info


def test_preview_dialog_and_viewer(printing, tmp_path, options, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    ours = tmp_path / "cert.pdf"
    certificate.render(letter_ctx(), ours, options=options)
    dialog = printing.preview_dialog(None, ours)
    assert "cert.pdf" in dialog.windowTitle()
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    assert printing.open_in_viewer(ours) and opened == [str(ours.resolve())]
    from desktop.domain.errors import UserError
    with pytest.raises(UserError, match="文件不存在"):
        printing.open_in_viewer(tmp_path / "missing.pdf")
