"""One statistics module: the same figures for the command line, the Excel file and the GUI; the
filter applies to every total; one JSON shape; the workbook prints one A4 landscape page per table."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import openpyxl
import pytest

from desktop.services import deeds, demo, persons, statistics
from desktop.store.models import Deed, DeedPerson

DEED = {"title": "救人", "division_code": "330102", "place": "上城区某河", "category": "drowning"}


@pytest.fixture
def two_years(sqlite_ledger):
    """Three people: one with a 2021 deed in 上城区, one with a 2024 deed in 西湖区, one with none."""
    a = persons.create_person(sqlite_ledger, {"name": "甲"})
    b = persons.create_person(sqlite_ledger, {"name": "乙", "migrant_worker": True})
    persons.create_person(sqlite_ledger, {"name": "丙"})
    deeds.record_deed(sqlite_ledger, {**DEED, "occurred_on": "2021-05-01"}, [{"person_id": a["id"], "outcome": "injured"}])
    deeds.record_deed(sqlite_ledger, {**DEED, "occurred_on": "2024-05-01", "division_code": "330106",
                                      "place": "西湖区某路"}, [{"person_id": b["id"], "outcome": "unhurt"}])
    return sqlite_ledger


def test_filters_apply_to_every_total(two_years):
    every = statistics.summary(two_years)
    assert every["totals"]["persons"] == 3 and every["totals"]["deeds"] == 2
    y2024 = statistics.summary(two_years, year_from=2024, year_to=2024)
    assert y2024["totals"] == {**y2024["totals"], "persons": 1, "deeds": 1, "persons_in_deeds": 1,
                               "migrant_workers": 1}
    west = statistics.summary(two_years, area="330106")
    assert west["totals"]["persons"] == 1 and west["totals"]["deeds"] == 1
    assert [r["key"] for r in west["deeds_by_county"]] == ["330106"]
    # the short lists and the tables count the same deeds
    by_year = {r["key"]: r["cells"]["deeds"]["value"] for r in west["tables"][0]["rows"]}
    assert by_year == {2024: 1, None: 1}


def test_a_deed_without_people_counts_the_same_everywhere(two_years):
    """The two old modules counted live deeds by different rules (rows vs. links)."""
    with two_years.atomic():
        lone = Deed.select().first()
        DeedPerson.update(deleted=True).where(DeedPerson.deed == lone).execute()
    s = statistics.summary(two_years)
    total_row = s["tables"][0]["rows"][-1]["cells"]
    assert s["totals"]["deeds"] == total_row["deeds"]["value"] == 2
    assert statistics.records_behind(two_years, total_row["deeds"]["drill"])["count"] == 2


def test_one_json_shape_with_or_without_area(tmp_path):
    db = str(tmp_path / "s.db")
    run = lambda *a: subprocess.run([sys.executable, "-m", "desktop", "--db", db, *a],  # noqa: E731
                                    capture_output=True, text=True, timeout=300)
    assert run("init", "--office-code", "330102", "--office-name", "上城分局").returncode == 0
    assert run("demo", "--persons", "30").returncode == 0
    plain = json.loads(run("--json", "stats").stdout)
    area = json.loads(run("--json", "stats", "--area", "330102").stdout)
    years = json.loads(run("--json", "stats", "--year-from", "2023", "--year-to", "2023").stdout)
    assert set(plain) == set(area) == set(years)
    assert set(plain["totals"]) == set(area["totals"])
    assert years["totals"]["persons"] <= plain["totals"]["persons"]
    assert years["totals"]["persons"] == years["totals"]["persons_in_deeds"]
    out = tmp_path / "统计.xlsx"
    done = run("--json", "stats", "--year-from", "2023", "--xlsx", str(out))
    written = json.loads(done.stdout)
    ws = openpyxl.load_workbook(out)["按年度"]
    last = [c.value for c in ws[ws.max_row]]
    # the file holds what was printed: the same total deeds
    assert last[1] == written["totals"]["deeds"]


def _workbook(ledger, path):
    demo.generate(ledger, 60)
    return statistics.write_xlsx(statistics.tables(ledger), path)


def test_statistics_workbook_page_setup(sqlite_ledger, tmp_path):
    path = _workbook(sqlite_ledger, tmp_path / "统计.xlsx")
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets:
        assert ws.page_setup.orientation == "landscape" and str(ws.page_setup.paperSize) == "9"
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
        assert ws.print_title_rows == "$1:$2"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_statistics_workbook_prints_one_landscape_page_per_table(sqlite_ledger, tmp_path):
    pypdf = pytest.importorskip("pypdf")
    path = _workbook(sqlite_ledger, tmp_path / "统计.xlsx")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(path)], check=True, capture_output=True, timeout=240)
    pdf = pypdf.PdfReader(str(tmp_path / "统计.pdf"))
    tables = len(openpyxl.load_workbook(path).worksheets)
    assert len(pdf.pages) == tables  # one page per table, no table cut across pages
    for page in pdf.pages:
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        assert w > h and abs(w - 842) < 3 and abs(h - 595) < 3  # A4 landscape in points
