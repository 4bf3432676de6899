"""Errors a user can cause. Each carries a Chinese message; the GUI and the CLI show it."""

from __future__ import annotations


class UserError(Exception):
    """Base of every error caused by input; `message` is shown to the user as is."""

    exit_code = 1

    def __init__(self, message: str, field: str | None = None, *, cli_hint: str | None = None):
        super().__init__(message)
        self.message = message  # in the clerk's words: what happened and what to do, no command names
        self.field = field
        self.cli_hint = cli_hint  # the command line's way to do it (an option, a command), shown there only

    def __str__(self) -> str:
        return self.message


class ValidationError(UserError):
    """A value is refused; `field` names the field (its Chinese label is in the message)."""


class NotFound(UserError):
    """The record asked for does not exist (or was deleted)."""


class StaleRecord(UserError):
    """The record was changed by someone else since it was read (optimistic versions)."""


class NotAllowed(UserError):
    """The current user's role or the record's state does not allow this action."""


class WorkflowError(NotAllowed):
    """The action is not allowed in the case's current state."""


class Cancelled(UserError):
    """The user asked the running work to stop. Services raise it; the GUI and the CLI know it
    and never show it as an error (it is not one)."""

    def __init__(self, message: str = "已取消", field: str | None = None, *, cli_hint: str | None = None):
        super().__init__(message, field, cli_hint=cli_hint)
