"""gui."""

from desktop import python_too_old

if python_too_old():  # PySide6 6.12.0 would end a long session in "Fatal Python error: none_dealloc"
    raise ImportError(python_too_old())
