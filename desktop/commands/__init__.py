"""Subcommands of the command line, one module per area; each has `register(subparsers)`.

A handler is `def handler(cli: desktop.cli.Cli, args) -> int | None` and prints with `cli.emit`.
Add a module here to add commands (keep this list the only shared edit point).
"""

import importlib

COMMAND_MODULES = [
    "office",
    "people",
    "work",
    "report",
    "tabular",
    "accounts",
    "exchange",
    "letters",
    "care",
    "workdays",
    "nominate",
]


def load_command_module(name: str):
    return importlib.import_module(f"desktop.commands.{name}")
