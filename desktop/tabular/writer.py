"""Writing .xlsx files people can work with: real dates and numbers, ID numbers as text,
a frozen bold header and column widths that fit.

Written in openpyxl's write_only mode, so rows stream to the file: a million rows never sit in
memory at once. Widths are measured on the first rows (a streamed sheet cannot be revisited).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterable

from desktop.domain.errors import Cancelled, UserError

TEXT, DATE, INT, MONEY, NUMBER, IDTEXT = "text", "date", "int", "money", "number", "id"
WIDTH_SAMPLE = 200
MAX_WIDTH = 60


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    kind: str = TEXT  # text / date / int / money / number / id (digits kept as text)
    width: float | None = None


def display_width(text: str) -> int:
    """Characters as Excel columns count them: CJK and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


class XlsxWriter:
    """A workbook written sheet by sheet, row by row."""

    def __init__(self, path: str | Path):
        from openpyxl import Workbook

        self.path = Path(path)
        if self.path.suffix.lower() != ".xlsx":
            raise UserError(f"导出文件应以 .xlsx 结尾：“{self.path.name}”")
        self.wb = Workbook(write_only=True)
        self._styles()

    def _styles(self) -> None:
        from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side

        thin = Side(style="thin", color="999999")
        self.header_style = NamedStyle(name="yiyong_header", font=Font(bold=True),
                                       fill=PatternFill("solid", fgColor="DDE6F0"),
                                       alignment=Alignment(horizontal="center", vertical="center",
                                                           wrap_text=True),
                                       border=Border(left=thin, right=thin, top=thin, bottom=thin))
        self.title_font = Font(bold=True, size=14)
        self.wb.add_named_style(self.header_style)

    def sheet(self, title: str, columns: list[Column], rows: Iterable[dict[str, Any] | list[Any]], *,
              caption: str | None = None, progress=None, printed: bool = False) -> int:
        """Write one sheet; rows are dicts keyed by column key or lists in column order. Returns the count.

        `printed`: a table meant for paper — A4 landscape, fitted to the page width, the caption and
        header repeated on every page, centred, with the sheet name and page number in the footer.
        """
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.utils import get_column_letter

        ws = self.wb.create_sheet(_safe_title(title))
        it = iter(rows)
        head: list[Any] = []
        for row in it:
            head.append(row)
            if len(head) >= WIDTH_SAMPLE:
                break
        widths = []
        for i, col in enumerate(columns):
            if col.width:
                widths.append(col.width)
                continue
            w = display_width(col.label) + 2
            for row in head:
                w = max(w, display_width(_shown(_value(row, col, i), col.kind)) + 2)
            widths.append(min(w, MAX_WIDTH))
        for i, w in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(i)].width = w
        if printed:
            _print_setup(ws, len(columns), 2 if caption else 1)
        first_data_row = 2
        if caption:
            ws.freeze_panes = "A3"
            first_data_row = 3
        else:
            ws.freeze_panes = "A2"
        if caption:
            c = WriteOnlyCell(ws, caption)
            c.font = self.title_font
            ws.append([c])
        header = []
        for col in columns:
            c = WriteOnlyCell(ws, col.label)
            c.style = "yiyong_header"
            header.append(c)
        ws.append(header)
        count = 0

        def emit(row: Any) -> None:
            out = []
            for i, col in enumerate(columns):
                out.append(self._cell(ws, _value(row, col, i), col.kind))
            ws.append(out)

        for row in head:
            emit(row)
            count += 1
        for row in it:
            emit(row)
            count += 1
            if progress and count % 2000 == 0 and progress(count) is False:
                raise Cancelled("已取消导出")
        if count and columns:
            ws.auto_filter.ref = f"A{first_data_row - 1}:{get_column_letter(len(columns))}{first_data_row - 1 + count}"
        return count

    def _cell(self, ws, value: Any, kind: str):
        if value is None or value == "":
            return None
        if kind == IDTEXT or kind == TEXT:
            if isinstance(value, (dt.date, dt.datetime)):
                value = value.isoformat()
            elif isinstance(value, bool):
                value = "是" if value else "否"
            c = _new_cell(ws, str(value) if kind == IDTEXT else value)
            if kind == IDTEXT or isinstance(value, str):
                c.number_format = "@"
            return c
        if kind == DATE:
            if isinstance(value, str):
                try:
                    value = dt.date.fromisoformat(value[:10])
                except ValueError:
                    return _new_cell(ws, value)
            if isinstance(value, dt.datetime):
                value = value.date()
            c = _new_cell(ws, value)
            c.number_format = "yyyy-mm-dd"
            return c
        if kind in (MONEY, NUMBER, INT):
            if isinstance(value, str):
                try:
                    value = Decimal(value)
                except Exception:
                    return _new_cell(ws, value)
            if isinstance(value, Decimal):
                value = int(value) if kind == INT else float(value)
            c = _new_cell(ws, value)
            c.number_format = "#,##0.00" if kind == MONEY else "0" if kind == INT else "General"
            return c
        return _new_cell(ws, value)

    def save(self) -> Path:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_name(self.path.name + ".part")
            self.wb.save(tmp)
            tmp.replace(self.path)
        except PermissionError:
            raise UserError(f"无法写入“{self.path}”：文件可能正在 Excel 中打开，请关闭后重试") from None
        except OSError as exc:
            raise UserError(f"无法写入“{self.path}”：{exc.strerror or exc}") from None
        return self.path


def _new_cell(ws, value: Any):
    """A cell holding value; text with characters a workbook cannot hold (control characters such
    as U+0000 or U+001B, which a ledger may have received) gets U+FFFD in their place — visibly
    marked, not dropped — instead of failing the whole export or error list."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.utils.exceptions import IllegalCharacterError

    try:
        return WriteOnlyCell(ws, value)
    except IllegalCharacterError:
        return WriteOnlyCell(ws, ILLEGAL_CHARACTERS_RE.sub("\ufffd", value))


def _print_setup(ws, width: int, head_rows: int) -> None:
    """A4 landscape, as wide as the page (as many pages tall as needed), title rows on every page."""
    from openpyxl.worksheet.properties import PageSetupProperties

    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.print_title_rows = f"1:{head_rows}"
    ws.oddFooter.center.text = "&A 第 &P 页，共 &N 页"


def _value(row: Any, col: Column, i: int) -> Any:
    if isinstance(row, dict):
        return row.get(col.key)
    return row[i] if i < len(row) else None


def _shown(value: Any, kind: str) -> str:
    if value is None:
        return ""
    if kind == DATE:
        return "2026-11-28"
    if kind == MONEY:
        return f"{float(value):,.2f}" if not isinstance(value, str) or value.replace(".", "").isdigit() else str(value)
    if isinstance(value, str) and "\n" in value:
        return max(value.split("\n"), key=len)
    return str(value)


def _safe_title(title: str) -> str:
    for ch in "[]:*?/\\":
        title = title.replace(ch, "_")
    return title[:31] or "Sheet"


def write_table(path: str | Path, columns: list[Column], rows: Iterable[Any], *, title: str = "数据",
                caption: str | None = None, progress=None) -> int:
    """One sheet, one call: returns how many rows were written."""
    w = XlsxWriter(path)
    n = w.sheet(title, columns, rows, caption=caption, progress=progress)
    w.save()
    return n
