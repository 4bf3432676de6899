"""Work-arounds for bugs of the PySide6 version in use, applied once when desktop.gui is imported.

PySide6 6.12.0 returns some results without taking a reference to them:
- `SignalInstance.emit()` returns True so, and every emit from Python lowers the reference count
  of True by one;
- every method without a result (`show()`, `resize()`, `setText()`, `processEvents()`, …) returns
  None so: each call from Python lowers the reference count of None by one.
Python 3.11's None, True and False are not immortal (3.12's are): once a count reaches zero the
interpreter aborts ("Fatal Python error: none_dealloc"). The GUI makes such calls on every click
and repaint, so a clerk's session would end in that crash after some thousands of them (a test
loop calling processEvents hit it within seconds).

The probes below detect each bug and, only then: emit is wrapped to give True's reference back,
and None, True and False get a reference count no session can use up (2**40, as Python 3.12 does
with its immortal objects) — the cost of one addition, and nothing else changes.

Why no other release (checked 2026-11-30; the mirror holds PySide6 6.4.0.1 to 6.12.0, no 6.12.x
patch): 6.11.3 keeps its references (tests/gui/test_qt_compat.py's child lives there without this
module) but aborts in garbage collection after the deed form with its nested new-person form
(tests/gui/test_forms.py, three runs of three; the same code on 6.12.0 with this module passes).
The way out is a bundle built on Python 3.12+, whose None, True and False are immortal (PEP 683):
6.12.0 then loses those references harmlessly (the 600,000-call child lives on 3.12.1 without this
module) and pin_singletons already does nothing there; this module can then go.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal, SignalInstance

_applied = False
_pinned = False


class _Probe(QObject):
    ping = Signal()


def emit_steals_bool() -> bool:
    """True if SignalInstance.emit loses a reference to its bool result (the 6.12.0 bug)."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.emit()
    return sys.getrefcount(True) < before


def void_call_steals_none() -> bool:
    """True if a Qt method without a result loses a reference to None (the 6.12.0 bug)."""
    probe = _Probe()
    before = sys.getrefcount(None)
    for _ in range(8):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before


PINNED = 1 << 40  # references added to None / True / False: more calls than any session makes


def _pin(obj) -> None:
    """Raise obj's reference count by PINNED (CPython before 3.12: ob_refcnt is the first field)."""
    count = ctypes.c_ssize_t.from_address(id(obj))
    count.value += PINNED


def pin_singletons() -> bool:
    """Make None, True and False as good as immortal where the bugs need it; returns whether done."""
    global _pinned
    if _pinned:
        return True
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False  # immortal already (or not CPython's layout)
    if not (void_call_steals_none() or emit_steals_bool()):
        return False
    for obj in (None, True, False):
        _pin(obj)
    _pinned = True
    return True


def apply() -> bool:
    """Install the work-arounds if needed; returns whether the emit wrapper was installed."""
    global _applied
    pin_singletons()
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

    SignalInstance.emit = emit  # type: ignore[method-assign]  # the work-around itself
    _applied = True
    return True
