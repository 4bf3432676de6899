"""Record forms: open_record / new_record for every kind, and record_signals.saved after each save.

Kinds: person, family_member, deed, case, batch, award, guarantee, visit, publicity.
open_record('person', id) shows the person's page (with an 编辑 button opening the form);
open_record('case', id) shows the case panel with the actions its state allows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.domain.errors import UserError

KINDS = ("person", "family_member", "deed", "case", "batch", "award", "guarantee", "visit", "publicity")


class RecordSignals(QObject):
    saved = Signal(str, int)  # kind, id — emitted after every successful save so tables refresh


record_signals = RecordSignals()


def _form_class(kind: str):
    if kind == "person":
        from desktop.gui.forms.person import PersonDialog
        return PersonDialog
    if kind == "deed":
        from desktop.gui.forms.deed import DeedDialog
        return DeedDialog
    if kind == "case":
        from desktop.gui.forms.case import CaseDialog
        return CaseDialog
    from desktop.gui.forms import records
    classes = {"family_member": records.FamilyDialog, "batch": records.BatchDialog, "award": records.AwardDialog,
               "guarantee": records.GuaranteeDialog, "visit": records.VisitDialog,
               "publicity": records.PublicityDialog}
    if kind not in classes:
        raise ValueError(f"unknown record kind {kind!r}")
    return classes[kind]


def make_viewer(parent: QWidget | None, ledger, kind: str, record_id: int):
    """The dialog that shows a record (not yet executed) — for callers and tests."""
    if kind == "person":
        from desktop.gui.forms.person_page import PersonPageDialog
        return PersonPageDialog(parent, ledger, record_id)
    if kind == "case":
        from desktop.gui.forms.case import CasePanel
        return CasePanel(parent, ledger, record_id)
    return _form_class(kind)(parent, ledger, record_id)


def make_form(parent: QWidget | None, ledger, kind: str, **context: Any):
    """The form for a new record of `kind` (not yet executed)."""
    return _form_class(kind)(parent, ledger, None, **context)


def open_record(parent: QWidget | None, ledger, kind: str, record_id: int) -> None:
    """Show a record: a person's page, a case panel, or the record's form."""
    try:
        dialog = make_viewer(parent, ledger, kind, int(record_id))
    except UserError as exc:  # deleted meanwhile, or not allowed
        QMessageBox.warning(parent, QCoreApplication.translate("forms", "无法打开"), exc.message)
        return
    dialog.exec()


def new_record(parent: QWidget | None, ledger, kind: str, **context: Any) -> int | None:
    """Ask for a new record of `kind`; its id, or None if nothing was saved."""
    try:
        dialog = make_form(parent, ledger, kind, **context)
    except UserError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("forms", "无法新建"), exc.message)
        return None
    dialog.exec()
    return int(dialog.record_id) if dialog.record_id else None
