"""Background work the Anki way: `CollectionOp` for changes, `QueryOp` for reads.

    CollectionOp(parent, "备份数据库", lambda progress: backups.backup_now(ledger, folder),
                 changes={"backups"}).success(show_done).run_in_background()

Both run their function off the GUI thread (desktop.gui.workers) with a progress dialog that can
cancel; the function gets `progress(done, total, text)` and a service stops with
`desktop.domain.errors.Cancelled`, which is never shown as an error. A `CollectionOp` announces
what it changed on `changes()` (a set of kinds such as {"person", "case"}) when it succeeds, so
that every open view refreshes what concerns it; a `QueryOp` changes nothing and announces
nothing. A refusal (UserError) is shown as its Chinese message; a bug is logged and named.
"""

from __future__ import annotations

from typing import Any, Callable, Generic, Iterable, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.gui.workers import Task, run_in_background

T = TypeVar("T")
Progress = Callable[[int, int, str], bool]

# kinds of change a view may care about
PERSON, DEED, CASE, AWARD, DOCUMENT, GUARANTEE, SETTINGS, BACKUPS, EVERYTHING = (
    "person", "deed", "case", "award", "document", "guarantee", "settings", "backups", "everything")


class Changes(QObject):
    """Announces, on the GUI thread, the kinds of record an operation changed."""

    changed = Signal(object)  # frozenset[str]; "everything" after a restore or an import

    def announce(self, kinds: Iterable[str]) -> None:
        self.changed.emit(frozenset(kinds))


_changes: Changes | None = None


def changes() -> Changes:
    """The one announcer of the running application."""
    global _changes
    if _changes is None:
        _changes = Changes()
    return _changes


def concerns(changed: frozenset[str], *kinds: str) -> bool:
    """True when a change of `changed` matters to a view that shows `kinds`."""
    return EVERYTHING in changed or any(k in changed for k in kinds)


class _Op(Generic[T]):
    _announces = True

    def __init__(self, parent: QWidget | None, title: str, op: Callable[[Progress], T]):
        self._parent = parent
        self._title = title
        self._op = op
        self._success: Callable[[T], Any] | None = None
        self._failure: Callable[[BaseException], Any] | None = None
        self._cancellable = True
        self._show_after_ms = 400
        self._dialog = True

    def success(self, fn: Callable[[T], Any]) -> "_Op[T]":
        self._success = fn
        return self

    def failure(self, fn: Callable[[BaseException], Any]) -> "_Op[T]":
        """Called instead of the message box for a UserError or a bug (never for a cancel)."""
        self._failure = fn
        return self

    def without_cancel(self) -> "_Op[T]":
        self._cancellable = False
        return self

    def show_progress_after(self, ms: int) -> "_Op[T]":
        self._show_after_ms = ms
        return self

    def in_status_bar(self) -> "_Op[T]":
        """No progress dialog: the caller shows Task.progressed (the window goes on working)."""
        self._dialog = False
        return self

    def _done(self, result: T) -> None:
        raise NotImplementedError

    def run_in_background(self) -> Task:
        return run_in_background(self._parent, self._title, self._op, on_done=self._done,
                                 on_error=self._failure, cancellable=self._cancellable,
                                 show_after_ms=self._show_after_ms, dialog=self._dialog)


class CollectionOp(_Op[T]):
    """A change to the ledger: on success, `changes()` announces `kinds` before `success` runs."""

    def __init__(self, parent: QWidget | None, title: str, op: Callable[[Progress], T], *,
                 changes: Iterable[str]):
        super().__init__(parent, title, op)
        self.kinds = frozenset(changes)

    def _done(self, result: T) -> None:
        changes().announce(self.kinds)
        if self._success is not None:
            self._success(result)


class QueryOp(_Op[T]):
    """A read: its result goes to `success` on the GUI thread; nothing is announced."""

    def _done(self, result: T) -> None:
        if self._success is not None:
            self._success(result)
