"""Where the shipped resources (fonts, templates) are, in a checkout or a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """Path of a file under the repository's resources/ folder.

    Uses the shared `desktop.resources.resource_path` when it exists, so the whole
    application agrees on one lookup; the fallback below covers the same two cases.
    """
    try:
        from desktop.resources import resource_path as shared
    except ImportError:
        shared = None
    if shared is not None:
        return Path(shared(*parts))
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle, "resources", *parts)
    return Path(__file__).resolve().parents[2].joinpath("resources", *parts)
