"""Text fits (issue 18): every page and dialog opened at 100 %, 125 % and 150 % scaling on 1366×768
and 1920×1080; any label, button, field, heading or cell that cannot show its text whole fails.
Regression guarded: the case panel's 办理情况 box cut the tops of characters (上城 read 卜城).

Each size and scale runs tests/gui/fit_probe.py in its own process: Qt reads QT_SCALE_FACTOR once,
when the application starts. 1366×768 at 150 % leaves 910×485 logical pixels (less the task bar): the
main window and every dialog must shrink to that, their pages wrapping or scrolling.

The probe opens every QDialog subclass in desktop/gui: a new dialog the probe does not open fails
here (add it to the probe's list), and every action the confirmation workflow has.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("size, scale", [
    ("1366x768", "1"), ("1366x768", "1.25"), ("1366x768", "1.5"),
    ("1920x1080", "1"), ("1920x1080", "1.25"), ("1920x1080", "1.5"),
])
def test_every_page_and_dialog_shows_its_text_whole(size, scale, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=scale, YIYONG_HOME=str(tmp_path),
               PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    done = subprocess.run([sys.executable, "-m", "tests.gui.fit_probe", size], capture_output=True, text=True,
                          env=env, cwd=str(ROOT), timeout=600)
    lines = [x for x in done.stdout.splitlines() if x.startswith("RESULT ")]
    assert lines, done.stderr[-3000:]
    result = json.loads(lines[-1][7:])
    assert result["failed"] == {}, "dialogs that would not open:\n" + "\n".join(result["failed"].values())
    looked_at = set(result["looked_at"])
    not_opened = set(result["dialog_classes"]) - set(result["opened"]) - set(result["abstract"])
    assert not_opened == set(), "dialogs the fit probe does not open (add them to tests/gui/fit_probe.py)"
    assert len(result["dialog_classes"]) >= 25
    from desktop.domain import workflow
    assert {f"case-action-{code}" for code in workflow.ACTIONS} <= looked_at  # every action the panel offers
    assert {"case-panel", "batch", "exchange-preview", "exchange-report", "exchange-merge", "menu-1", "menu-2",
            "menu-3", "first-run-wizard-4", "stats-records-person", "stats-records-deed"} <= looked_at
    from desktop.gui.pages import PAGES
    assert {f"page-{key}" for key, _t, _x in PAGES} <= looked_at
    text = "\n".join(f"{name}: {line}" for name, lines in result["problems"].items() for line in lines)
    assert result["problems"] == {}, f"text that does not fit at {size}, {scale}×:\n{text}"


def test_the_checker_finds_a_cut_label_and_a_narrow_column(qtbot, gui_app):
    """The probe can fail: a label squeezed below its font's height and an elided cell are found."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

    from tests.gui.fit import problems
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    label = QLabel("上城分局")
    label.setFixedHeight(8)
    table = QTableView()
    model = QStandardItemModel(1, 1)
    model.setItem(0, 0, QStandardItem("浙江省见义勇为工作联席会议办公室"))
    table.setModel(model)
    table.setColumnWidth(0, 60)
    layout.addWidget(label)
    layout.addWidget(table)
    root.resize(400, 300)
    root.show()
    found = problems(root)
    assert any("上城分局" in p and "cut at top" in p for p in found)
    assert any("cell (1, 1)" in p for p in found)
    label.setFixedHeight(40)
    table.setColumnWidth(0, 400)
    assert problems(root) == []
