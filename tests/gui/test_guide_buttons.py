"""The guide and the README name buttons as the window labels them (issue 18: both said 新增确认案件
where the button is 登记确认申请…)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _gui_strings() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "desktop" / "gui").rglob("*.py"))


def test_every_button_the_guide_and_readme_name_exists():
    src = _gui_strings()
    guide = (ROOT / "resources" / "help" / "guide.md").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    named = set(re.findall(r"“([^”]{2,20}…)”", guide)) | set(re.findall(r"([\u4e00-\u9fff（）]{2,12}…)", readme))
    assert "登记确认申请…" in named
    missing = sorted(t for t in named if f'"{t}"' not in src)
    assert missing == []


def test_no_text_names_a_button_that_is_gone():
    for path in (ROOT / "resources" / "help" / "guide.md", ROOT / "README.md"):
        assert "新增确认案件" not in path.read_text(encoding="utf-8"), path
