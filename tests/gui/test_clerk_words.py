"""Every message in the clerk's words (issue 18): no command names, options or English record kinds
reach the window; each message of a refusal that points to the command line carries that part as
`cli_hint`, shown by the command line only; a failed export keeps what was entered."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from desktop.domain.errors import UserError

ROOT = Path(__file__).resolve().parents[2] / "desktop"
COMMAND_WORDS = re.compile(r"--[a-z]|keys (import|export)|\b(person|deed|deed_person|case_event|family_member)\b \d")


def _messages():
    """The first argument of every `raise …Error(…)` below desktop/ outside the command line."""
    for path in ROOT.rglob("*.py"):
        if "commands" in path.parts or path.name == "cli.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args:
                first = node.exc.args[0]
                parts = [first.value] if isinstance(first, ast.Constant) and isinstance(first.value, str) else [
                    v.value for v in getattr(first, "values", []) if isinstance(v, ast.Constant)]
                yield f"{path.relative_to(ROOT)}:{node.lineno}", "".join(str(p) for p in parts)


def test_no_refusal_shown_in_the_window_names_a_command_or_option():
    offenders = [f"{where}: {text}" for where, text in _messages() if COMMAND_WORDS.search(text)]
    assert offenders == []


def test_the_command_line_still_gets_its_hint(capsys, monkeypatch):
    from desktop import cli
    parser = cli.build_parser()
    args = parser.parse_args(["check"])

    def refuse(_cli, _args):
        raise UserError("请选择接收单位", cli_hint="--peer 区划代码")
    args.func = refuse
    monkeypatch.setattr(cli, "build_parser", lambda: type("P", (), {"parse_args": lambda self, a: args})())
    assert cli.main(["check"]) == 1
    assert "错误：请选择接收单位（命令行：--peer 区划代码）" in capsys.readouterr().err


def test_a_failed_export_keeps_the_dialog_and_what_was_entered(qtbot, gui_app, sqlite_ledger, tmp_path, monkeypatch):
    """The receiver's key is unknown and no passphrase was given: the dialog says so in the
    clerk's words, names the office, and keeps the folder and choices for the next try."""
    from desktop.gui.exchange_dialogs import ExportDialog
    from desktop.gui.pages.exchange import ExchangePage
    from tests.gui.conftest import wait_idle

    page = ExchangePage(sqlite_ledger)
    qtbot.addWidget(page)
    seen = {}
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: seen.setdefault("info", a[2]))

    def drive():
        dialog = next(w for w in gui_app.topLevelWidgets() if isinstance(w, ExportDialog) and w.isVisible())
        assert "（上级单位）" in dialog.peer.currentText() and "杭州市" in dialog.peer.currentText()
        dialog.folder.setText(str(tmp_path))
        dialog.full.setChecked(True)
        dialog.accept()  # 导出
        wait_idle(qtbot)
        seen["error"] = dialog.error.text()
        seen["still_open"] = dialog.isVisible()
        seen["kept"] = (dialog.folder.text(), dialog.full.isChecked())
        dialog.passphrase.setText("口令1234")  # the way out the message names
        dialog.accept()
        wait_idle(qtbot)
        seen["closed_after_success"] = not dialog.isVisible()
        if dialog.isVisible():
            dialog.reject()
    from PySide6.QtCore import QTimer
    QTimer.singleShot(0, drive)
    page.export_package()
    assert seen["still_open"] and seen["kept"] == (str(tmp_path), True)
    assert "公钥" in seen["error"] and "口令" in seen["error"] and not COMMAND_WORDS.search(seen["error"])
    assert "杭州市" in seen["error"]  # the office by name, not a bare code
    assert seen["closed_after_success"]
    assert "人员" in seen["info"] or "没有新的变更" in seen["info"]
    assert not re.search(r"\b(person|deed)\b", seen["info"]) and "杭州市" in seen["info"]
