"""PySide6 6.12.0 loses a reference to None on every call of a method without a result, and to
True on every emit. On Python 3.11 a long session ended in "Fatal Python error: none_dealloc"; the
project runs on Python 3.12+, whose None/True/False are immortal (PEP 683), with no work-around.
A child process makes 600,000 such calls, far more than None ever had references, and must live.
An older Python is refused with one Chinese line."""

from __future__ import annotations

import os
import subprocess
import sys

CHILD = r"""
import sys
import desktop.gui  # no work-around: the refusal on an old Python only
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel

class Pinger(QObject):
    ping = Signal(int)

app = QApplication([])
label, pinger = QLabel(), Pinger()
pinger.ping.connect(lambda n: None)
for i in range(200_000):        # 3 calls each; on 3.11 None had some tens of thousands of references
    label.setText("见义勇为")     # returns None
    label.resize(100, 20)       # returns None
    pinger.ping.emit(i)         # returns True
    if i % 5000 == 0:
        app.processEvents()     # returns None
print("alive", flush=True)
"""


def test_a_long_session_of_qt_calls_does_not_abort_the_interpreter(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "alive" in proc.stdout


def test_an_older_python_is_refused_with_one_line(monkeypatch, capsys):
    from desktop import cli, python_too_old

    assert python_too_old() is None  # this suite runs on 3.12+
    monkeypatch.setattr(sys, "version_info", (3, 11, 7, "final", 0))
    monkeypatch.setattr("platform.python_version", lambda: "3.11.7")
    assert cli.main(["--version"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "需要 Python 3.12 或更高版本，当前是 3.11.7" in err
