"""Settings are declared once (domain/settings.py) and read through it by services and the GUI."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from desktop.domain import settings
from desktop.domain.errors import ValidationError
from desktop.store.models import Setting

ROOT = Path(__file__).resolve().parents[2] / "desktop"


def test_every_setting_has_a_label_a_scope_and_a_default_its_check_accepts():
    for key, option in settings.REGISTRY.items():
        assert option.key == key and option.label and option.scope in (settings.LEDGER, settings.USER)
        if option.default not in ("", None):
            assert option.parse(option.default) == option.default, key
        assert option.read(option.dump(option.default)) == option.default, key


def test_a_ledger_setting_is_checked_on_the_way_in_and_typed_on_the_way_out(sqlite_ledger):
    ledger = sqlite_ledger
    assert ledger.setting(settings.KEEP_DAYS) == 30  # the default, as a number
    assert ledger.set_setting(settings.KEEP_DAYS, " 7 ") == 7
    assert ledger.setting(settings.KEEP_DAYS) == 7
    with pytest.raises(ValidationError, match="自动备份保留天数应在 1 到 3650 之间"):
        ledger.set_setting(settings.KEEP_DAYS, "0")
    with pytest.raises(ValidationError, match="日期格式"):
        ledger.set_setting(settings.LETTERS["date_style"], "roman")
    assert ledger.set_setting(settings.LETTERS["date_style"], "汉字") == "chinese"
    with pytest.raises(KeyError):
        ledger.setting("no.such.setting")


def test_a_stored_value_no_longer_valid_reads_as_the_default(sqlite_ledger):
    ledger = sqlite_ledger
    with ledger.atomic():
        Setting.insert(key=settings.MAX_FAILURES, value="many").execute()
        Setting.insert(key=settings.LETTERS["cert_offset_x"], value="999").execute()
    assert ledger.setting(settings.MAX_FAILURES) == 5
    assert ledger.setting(settings.LETTERS["cert_offset_x"]) == 0.0


def test_no_setting_key_is_written_out_anywhere_else():
    """Readers use the registry's names (settings.PAGE_SIZE …), never the raw key."""
    # letters/templates.py, letters/procedural.py: "office.name" there is a template placeholder, not the setting
    exempt = {ROOT / "domain" / "settings.py", ROOT / "letters" / "templates.py", ROOT / "letters" / "procedural.py"}
    found = []
    for path in sorted(ROOT.rglob("*.py")):
        if path in exempt:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and node.value in settings.REGISTRY:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.value}")
    assert not found, found
