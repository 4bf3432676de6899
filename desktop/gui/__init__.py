"""gui."""

from desktop.gui import qt_compat as _qt_compat

_qt_compat.apply()  # PySide6 6.12.0 loses a reference to True on every Signal.emit (see qt_compat)
