"""Reading spreadsheets as they really are: .xlsx (openpyxl), .xls (xlrd), .csv in Chinese encodings.

Every sheet comes back as plain rows of cell values (str, int, float, datetime, bool or None) with
merged ranges filled from their top-left cell, so a header merged across two rows or columns reads
the same in every cell it covers. Numbers stay numbers: the checks later need to know that Excel
stored an ID number as a number (and so lost its last digits).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.domain.errors import UserError

SUFFIXES = (".xlsx", ".xlsm", ".xls", ".csv", ".txt")
CSV_ENCODINGS = ("utf-8-sig", "utf-8", "gb18030")  # gb18030 is a superset of GBK and GB2312
# merged ranges are filled only near the top: data rows are not merged in real ledgers and a fill
# over 10,000 rows would cost time for nothing
MERGE_FILL_ROWS = 60


@dataclass
class Sheet:
    """One sheet read into memory: `rows[i]` is spreadsheet row i+1."""

    name: str
    rows: list[list[Any]]
    sheet_names: list[str] = field(default_factory=list)
    encoding: str | None = None  # for CSV: the encoding it was read with

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows[:200]), default=0)


def sheet_names(path: str | Path, password: str | None = None) -> list[str]:
    """The names of the sheets in a workbook (a CSV file has one, named after the file)."""
    path = Path(path)
    kind = _kind(path)
    if kind == "xlsx":
        wb = _open_xlsx(path, read_only=True, password=password)
        try:
            return list(wb.sheetnames)
        finally:
            wb.close()
    if kind == "xls":
        return list(_open_xls(path, password).sheet_names())
    return [path.stem]


def read_sheet(path: str | Path, sheet: str | None = None, *, password: str | None = None) -> Sheet:
    """Read one sheet (the first, or the one named) of an .xlsx, .xls or .csv file."""
    path = Path(path)
    if not path.exists():
        raise UserError(f"找不到文件“{path}”")
    kind = _kind(path)
    if kind == "xlsx":
        return _read_xlsx(path, sheet, password)
    if kind == "xls":
        return _read_xls(path, sheet, password)
    return _read_csv(path)


def sheet_heads(path: str | Path, rows: int = 30, *, password: str | None = None) -> dict[str, list[list[Any]]]:
    """The first rows of every sheet (to find which one holds the roster); merged cells not filled."""
    path = Path(path)
    if not path.exists():
        raise UserError(f"找不到文件“{path}”")
    kind = _kind(path)
    if kind == "csv":
        data = _read_csv(path)
        return {data.name: data.rows[:rows]}
    out: dict[str, list[list[Any]]] = {}
    if kind == "xlsx":
        wb = _open_xlsx(path, read_only=True, password=password)
        try:
            for name in wb.sheetnames:
                ws = wb[name]
                if not hasattr(ws, "iter_rows"):  # a chart sheet
                    out[name] = []
                    continue
                head = [list(r) for r in ws.iter_rows(max_row=rows, values_only=True)]
                _trim(head)
                out[name] = head
        finally:
            wb.close()
        return out
    book = _open_xls(path, password)
    for name in book.sheet_names():
        ws = book.sheet_by_name(name)
        head = [[c.value if c.value != "" else None for c in ws.row(r)] for r in range(min(rows, ws.nrows))]
        _trim(head)
        out[name] = head
    book.release_resources()
    return out


def _kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return "xlsx"
    if suffix == ".xls":
        return "xls"
    if suffix in (".csv", ".txt"):
        return "csv"
    raise UserError(f"不支持的文件类型“{path.suffix or path.name}”：请选择 .xlsx、.xls 或 .csv 文件")


def _pick(names: list[str], sheet: str | None, path: Path) -> str:
    if sheet is None or sheet == "":
        return names[0]
    if sheet in names:
        return sheet
    raise UserError(f"文件“{path.name}”中没有名为“{sheet}”的工作表，可选：{'、'.join(names)}")


# -- encrypted workbooks ------------------------------------------------------------------------

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def is_encrypted(path: Path) -> bool:
    """True for a workbook saved with 'Encrypt with password' (Excel, WPS or LibreOffice)."""
    with open(path, "rb") as f:
        magic = f.read(8)
    if magic != OLE_MAGIC:
        return False  # an .xlsx without a password is a zip file
    try:
        import msoffcrypto
    except ImportError:  # pragma: no cover - a dependency; an .xlsx in an OLE container is encrypted
        return path.suffix.lower() != ".xls"
    try:
        with open(path, "rb") as f:
            return bool(msoffcrypto.OfficeFile(f).is_encrypted())
    except Exception:  # noqa: BLE001 - not an Office file msoffcrypto knows
        return path.suffix.lower() != ".xls"


def _decrypted(path: Path, password: str | None):
    """The workbook's bytes, decrypted with the password when it has one; else the path itself."""
    if not is_encrypted(path):
        return path
    if not password:
        raise UserError(f"“{path.name}”设置了打开密码（已加密），无法直接读取：请提供打开密码，"
                        "或在 Excel/WPS 中取消密码后另存再导入", cli_hint="--password-file 存放密码的文件")
    import msoffcrypto

    out = io.BytesIO()
    try:
        with open(path, "rb") as f:
            office = msoffcrypto.OfficeFile(f)
            office.load_key(password=password)
            office.decrypt(out)
    except Exception as exc:  # noqa: BLE001 - msoffcrypto raises its own error kinds
        text = str(exc)
        if "password" in text.lower() or "key" in text.lower() or "verif" in text.lower():
            raise UserError(f"“{path.name}”的密码不对，无法解密") from None
        raise UserError(f"无法解密“{path.name}”：{text}") from None
    out.seek(0)
    return out


# -- xlsx ---------------------------------------------------------------------------------------

def _open_xlsx(path: Path, read_only: bool, password: str | None = None):
    source = _decrypted(path, password)
    return _load(source, path, read_only)


def _load(source, path: Path, read_only: bool = True):
    import zipfile

    import openpyxl

    try:
        return openpyxl.load_workbook(source, read_only=read_only, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise UserError(f"无法读取 Excel 文件“{path.name}”：文件已损坏或不是 .xlsx 格式（{exc}）") from None


def _read_xlsx(path: Path, sheet: str | None, password: str | None = None) -> Sheet:
    # read_only mode streams rows fast but knows no merged cells: take those from the sheet XML
    source = _decrypted(path, password)
    data = None if isinstance(source, Path) else source.getvalue()
    wb = _load(path if data is None else io.BytesIO(data), path)
    try:
        names = list(wb.sheetnames)
        name = _pick(names, sheet, path)
        ws = wb[name]
        rows = [list(r) for r in ws.iter_rows(values_only=True)]
    finally:
        wb.close()
    merged = _xlsx_merged_ranges(path if data is None else io.BytesIO(data), names.index(name))
    _trim(rows)
    _fill_merged(rows, merged)
    return Sheet(name, rows, names)


def _xlsx_merged_ranges(path, index: int) -> list[tuple[int, int, int, int]]:
    """Merged ranges (min_row, min_col, max_row, max_col; 1-based) read from the sheet's XML."""
    import re
    import zipfile

    from openpyxl.utils.cell import range_boundaries

    with zipfile.ZipFile(path) as z:
        target = _sheet_part(z, index)
        if target is None:
            return []
        ranges: list[tuple[int, int, int, int]] = []
        with z.open(target) as f:
            # <mergeCells> comes after <sheetData>; read in chunks and only scan the tail for it
            tail = b""
            while True:
                chunk = f.read(1 << 20)
                if not chunk:
                    break
                tail = (tail + chunk)[-(1 << 21):]
                if b"<mergeCells" in tail or b":mergeCells" in tail:
                    rest = f.read()
                    tail += rest
                    break
        for ref in re.findall(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+\d+:[A-Z]+\d+)"', tail):
            min_col, min_row, max_col, max_row = range_boundaries(ref.decode())
            ranges.append((min_row, min_col, max_row, max_col))
        return ranges


def _sheet_part(z, index: int) -> str | None:
    import re

    try:
        workbook = z.read("xl/workbook.xml").decode("utf-8")
        rels = z.read("xl/_rels/workbook.xml.rels").decode("utf-8")
    except KeyError:
        return None
    rids = re.findall(r'<(?:\w+:)?sheet\b[^>]*?r:id="([^"]+)"', workbook)
    if index >= len(rids):
        return None
    for rel in re.findall(r"<Relationship\b[^>]*>", rels):
        if f'Id="{rids[index]}"' in rel:
            target = re.search(r'Target="([^"]+)"', rel).group(1)
            return target.lstrip("/") if target.startswith("/") else "xl/" + target
    return None


# -- xls ----------------------------------------------------------------------------------------

def _open_xls(path: Path, password: str | None = None):
    import xlrd

    source = _decrypted(path, password)
    kw = {"file_contents": source.getvalue()} if not isinstance(source, Path) else {"filename": str(path)}
    try:
        try:
            return xlrd.open_workbook(formatting_info=True, on_demand=True, **kw)
        except NotImplementedError:  # formatting_info is not implemented for some files
            return xlrd.open_workbook(on_demand=True, **kw)
    except xlrd.XLRDError as exc:
        if "encrypted" in str(exc).lower():
            raise UserError(f"“{path.name}”设置了打开密码（已加密），无法直接读取：请提供打开密码，"
                            "或在 Excel/WPS 中取消密码后另存再导入", cli_hint="--password-file 存放密码的文件") from None
        raise UserError(f"无法读取 Excel 文件“{path.name}”：{exc}") from None


def _read_xls(path: Path, sheet: str | None, password: str | None = None) -> Sheet:
    import xlrd

    book = _open_xls(path, password)
    names = list(book.sheet_names())
    name = _pick(names, sheet, path)
    ws = book.sheet_by_name(name)
    rows: list[list[Any]] = []
    for r in range(ws.nrows):
        row: list[Any] = []
        for c in range(ws.ncols):
            cell = ws.cell(r, c)
            if cell.ctype == xlrd.XL_CELL_DATE:
                try:
                    row.append(xlrd.xldate.xldate_as_datetime(cell.value, book.datemode))
                except (xlrd.xldate.XLDateError, ValueError, OverflowError):
                    row.append(cell.value)
            elif cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
                row.append(None)
            elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
                row.append(bool(cell.value))
            elif cell.ctype == xlrd.XL_CELL_ERROR:
                row.append(None)
            else:
                row.append(cell.value)
        rows.append(row)
    merged = [(rlo + 1, clo + 1, rhi, chi) for rlo, rhi, clo, chi in getattr(ws, "merged_cells", [])]
    book.release_resources()
    _trim(rows)
    _fill_merged(rows, merged)
    return Sheet(name, rows, names)


# -- csv ----------------------------------------------------------------------------------------

def decode_text(data: bytes) -> tuple[str, str]:
    """Decode CSV bytes: UTF-8 with or without BOM, else GB18030 (which reads GBK and GB2312)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "UTF-8-BOM"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "UTF-16"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "GB18030"
    except UnicodeDecodeError as exc:
        raise UserError(f"无法识别文件编码（不是 UTF-8、GBK 或 GB18030），第{exc.start}字节附近有无法识别的字符；"
                        "请在 Excel 中另存为“CSV UTF-8”或 .xlsx 后再导入") from None


def _read_csv(path: Path) -> Sheet:
    text, encoding = decode_text(path.read_bytes())
    sample = text[:20000]
    delimiter = ","
    if sample.count("\t") > sample.count(",") and sample.count("\t") > 0:
        delimiter = "\t"
    elif sample.count(";") > sample.count(",") * 2:
        delimiter = ";"
    rows: list[list[Any]] = []
    for raw in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
        rows.append([_csv_cell(v) for v in raw])
    _trim(rows)
    return Sheet(path.stem, rows, [path.stem], encoding=encoding)


def _csv_cell(value: str) -> Any:
    v = value.strip()
    if not v:
        return None
    # Excel's trick to keep digits as text: ="330102199001011234"
    if v.startswith('="') and v.endswith('"'):
        return v[2:-1]
    return v


# -- shared -------------------------------------------------------------------------------------

def _trim(rows: list[list[Any]]) -> None:
    """Blank strings become None; trailing empty cells and trailing empty rows are dropped."""
    for row in rows:
        for i, v in enumerate(row):
            if isinstance(v, str) and not v.strip():
                row[i] = None
        while row and row[-1] is None:
            row.pop()
    while rows and not rows[-1]:
        rows.pop()


def _fill_merged(rows: list[list[Any]], merged: list[tuple[int, int, int, int]]) -> None:
    for min_row, min_col, max_row, max_col in merged:
        if min_row > MERGE_FILL_ROWS or min_row > len(rows):
            continue
        top = rows[min_row - 1]
        value = top[min_col - 1] if min_col - 1 < len(top) else None
        if value is None:
            continue
        for r in range(min_row, min(max_row, len(rows)) + 1):
            row = rows[r - 1]
            if len(row) < max_col:
                row.extend([None] * (max_col - len(row)))
            for c in range(min_col, max_col + 1):
                if row[c - 1] is None:
                    row[c - 1] = value


