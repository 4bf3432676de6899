"""This PC's preferences (QSettings) go through the settings registry: typed, checked, defaulted."""

from __future__ import annotations

import pytest

from desktop.domain import settings as registry
from desktop.domain.errors import ValidationError
from desktop.gui.app import preference, set_preference, settings


def test_preferences_are_typed_checked_and_fall_back_to_their_defaults(gui_app):
    assert preference(registry.PAGE_SIZE) == 200 and preference(registry.REVEAL_SENSITIVE) is False
    set_preference(registry.PAGE_SIZE, "500")
    set_preference(registry.REVEAL_SENSITIVE, True)
    assert preference(registry.PAGE_SIZE) == 500 and preference(registry.REVEAL_SENSITIVE) is True
    with pytest.raises(ValidationError, match="表格每次读取的行数应在 50 到 2000 之间"):
        set_preference(registry.PAGE_SIZE, 5)
    settings().setValue(registry.PAGE_SIZE, "lots")  # written by hand or by an older version
    settings().setValue(registry.LANGUAGE, "fr")
    assert preference(registry.PAGE_SIZE) == 200 and preference(registry.LANGUAGE) == "zh_CN"
