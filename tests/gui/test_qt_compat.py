"""PySide6 6.12.0 loses a reference to None on every call of a method without a result, and to
True on every emit (desktop/gui/qt_compat.py). A long session must not end in "Fatal Python error:
none_dealloc": a child process makes more such calls than None has references, and must live."""

from __future__ import annotations

import os
import subprocess
import sys

CHILD = r"""
import sys
import desktop.gui  # applies the work-arounds
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel

class Pinger(QObject):
    ping = Signal(int)

app = QApplication([])
label, pinger = QLabel(), Pinger()
pinger.ping.connect(lambda n: None)
for i in range(200_000):        # None starts with some tens of thousands of references
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
