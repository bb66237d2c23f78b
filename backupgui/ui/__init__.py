"""PySide6 user interface: windows, dialogs, models and the one background helper (tasks.py)."""

from .qt_compat import make_none_immortal

make_none_immortal()
