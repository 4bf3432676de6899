"""Locate files under the repository's ``resources/`` folder, from the source tree or a bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_root() -> Path:
    """The ``resources/`` folder: inside a PyInstaller bundle (``sys._MEIPASS``), else the repo's."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidate = Path(bundle) / "resources"
        if candidate.is_dir():
            return candidate
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of ``resources/<parts...>``, e.g. ``resource_path("divisions", "zhejiang.json")``."""
    return resources_root().joinpath(*parts)
