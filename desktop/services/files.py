"""Writing a file whole or not at all: the bytes go to a sibling file first, which then replaces
the target in one step, so a crash or a full disk never leaves half a PDF or settings file."""

from __future__ import annotations

import os
from pathlib import Path


def write_replacing(path: str | os.PathLike, data: bytes | str) -> Path:
    """Write `data` (text as UTF-8) to `path`, creating its folder; returns the path."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    if isinstance(data, str):
        tmp.write_text(data, encoding="utf-8")
    else:
        tmp.write_bytes(data)
    os.replace(tmp, target)
    return target
