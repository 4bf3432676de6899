"""One log file in the data folder, written by the window and the command line alike.

Only bugs and background failures go here (a refusal the user caused is shown, not logged):
`start_logging("gui")` once at start attaches a rotating file handler to the "desktop" logger
and returns the file's path, which the GUI names in its internal-error message.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_NAME = "yiyong.log"
_handler: logging.Handler | None = None


def log_path() -> Path:
    """Where the log is (data folder/logs/yiyong.log), whether or not it exists yet."""
    from desktop.store.db import data_dir
    return data_dir() / "logs" / LOG_NAME


def start_logging(face: str) -> Path | None:
    """Attach the file handler (once); `face` ("gui" or "cli") is written in every line."""
    global _handler
    path = log_path()
    if _handler is not None:
        _handler.setFormatter(_format(face))
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3,
                                                       encoding="utf-8", delay=True)
    except OSError:  # a read-only data folder must not stop the work
        return None
    handler.setFormatter(_format(face))
    handler.setLevel(logging.INFO)
    root = logging.getLogger("desktop")
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    _handler = handler
    return path


def _format(face: str) -> logging.Formatter:
    return logging.Formatter(f"%(asctime)s %(levelname)s [{face}] %(name)s: %(message)s")
