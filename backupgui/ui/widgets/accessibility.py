"""Telling assistive technology about things that appear without the focus moving: an error
under a password field, a finished backup in the status bar. Screen readers announce these
(AT-SPI "announcement", like an ARIA live region); without it a blind user would not know the
password was wrong."""

from __future__ import annotations

from collections import deque

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

try:  # Qt 6.8+
    from PySide6.QtGui import QAccessibleAnnouncementEvent
except ImportError:  # pragma: no cover - older Qt: the text is still in the widget tree
    QAccessibleAnnouncementEvent = None  # type: ignore[assignment,misc]

# What was announced last (tests read it; screen readers hear it).
last_announcement = ""
# The latest announcements, oldest first (tests read them: a job says several in a row).
recent_announcements: deque[str] = deque(maxlen=64)


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have a screen reader say ``text`` now (``assertive`` interrupts, for errors)."""
    global last_announcement
    if not text:
        return
    last_announcement = text
    recent_announcements.append(text)
    if QAccessibleAnnouncementEvent is None or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
