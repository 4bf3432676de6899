"""Dialogs of one task each, opened from a page or a record panel (transfer of a case, …)."""
