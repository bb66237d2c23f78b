"""PySide6 user interface: windows, dialogs, models and the one background helper (tasks.py)."""
