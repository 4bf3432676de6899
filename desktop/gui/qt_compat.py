"""Work-arounds for bugs of the PySide6 version in use, applied once when desktop.gui is imported.

PySide6 6.12.0: `SignalInstance.emit()` returns True without taking a reference to it, so every
emit from Python lowers the reference count of True by one. Python 3.11's True is not immortal:
after a few hundred emits the interpreter aborts ("Fatal Python error: bool_dealloc"). The probe
below detects the bug and, only then, wraps emit to give the reference back.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal, SignalInstance

_applied = False


class _Probe(QObject):
    ping = Signal()


def emit_steals_bool() -> bool:
    """True if SignalInstance.emit loses a reference to its bool result (the 6.12.0 bug)."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.emit()
    return sys.getrefcount(True) < before


def apply() -> bool:
    """Install the work-around if needed; returns whether it was installed."""
    global _applied
    if _applied:
        return True
    if not emit_steals_bool():
        return False
    original = SignalInstance.emit
    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]
    incref.restype = None

    def emit(self, *args):
        result = original(self, *args)
        if result is True or result is False:
            incref(result)
        return result

    SignalInstance.emit = emit
    _applied = True
    return True
