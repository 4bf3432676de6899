"""Yiyong 见义勇为工作台 — offline desktop ledger for 见义勇为 work."""

import platform
import sys

__version__ = "0.1.0"
APP_NAME = "Yiyong"
APP_TITLE = "见义勇为工作台"

# PySide6 6.12.0 loses a reference to None on every Qt call without a result and to True on every
# emit: harmless only where they are immortal (PEP 683, Python 3.12+). pyproject.toml says so too.
REQUIRED_PYTHON = (3, 12)


def python_too_old() -> str | None:
    """The one-line refusal when this Python is older than REQUIRED_PYTHON, else None."""
    if sys.version_info >= REQUIRED_PYTHON:
        return None
    need = ".".join(map(str, REQUIRED_PYTHON))
    return (f"本程序需要 Python {need} 或更高版本，当前是 {platform.python_version()}："
            f"请用 Python {need} 建立虚拟环境后重新安装（见 README）")
