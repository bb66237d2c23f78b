"""Long names (a chat called by 5,000 characters, a deep folder path) shortened for titles,
lists, dialogs and notifications, so no window grows with them."""

from __future__ import annotations

import html
import unicodedata

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

#: Window titles and notifications keep at most this many characters of a name.
TITLE_CHARS = 80


def elide(text: str, max_chars: int = TITLE_CHARS) -> str:
    """``text`` cut to ``max_chars`` characters with "…" at the end, never inside a
    character's combining marks, and on one line."""
    one_line = " ".join(text.split())
    if len(one_line) <= max_chars:
        return one_line
    cut = max(1, max_chars - 1)
    while cut > 1 and unicodedata.combining(one_line[cut]):
        cut -= 1
    return one_line[:cut].rstrip() + "…"


#: A message's text in the chat viewer: at most this many characters and lines are laid out
#: (WhatsApp's own limit is 65,536 characters, Telegram's 4,096; an import keeps a megabyte
#: and a backup made with the key any length, which took seconds per paint: SECURITY.md 2.10).
SHOWN_TEXT_CHARS = 20_000
SHOWN_TEXT_LINES = 500


def bounded_text(text: str, max_chars: int = SHOWN_TEXT_CHARS,
                 max_lines: int = SHOWN_TEXT_LINES) -> tuple[str, int]:
    """``text`` as a view lays it out: its first ``max_chars`` characters and ``max_lines``
    lines, never cutting a letter from its combining marks, and how many characters were
    left out (0: the whole text)."""
    cut = min(len(text), max_chars)
    if cut == len(text) and text.count("\n", 0, cut) < max_lines:
        return text, 0
    text = text.rstrip()  # (trailing blank lines are nothing left out)
    cut = min(len(text), max_chars)
    pos = -1
    for _ in range(max_lines):
        pos = text.find("\n", pos + 1, cut)
        if pos < 0:
            break
    else:
        cut = pos  # the line break after the last line shown
    while 1 < cut < len(text) and unicodedata.combining(text[cut]):
        cut -= 1
    if cut == len(text):
        return text, 0
    shown = text[:cut].rstrip()
    return shown, len(text) - len(shown)


def plain_message(text: str) -> str:
    """``text`` for a place Qt reads in its automatic format (a message box's informative
    text, whose label also opens links): rich text that shows it as it is, its line breaks
    kept. Warnings and errors name files and chats from outside (``<a href=...>``)."""
    return "<qt>" + html.escape(text, quote=False).replace("\n", "<br>") + "</qt>" if text else ""


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` as it is: Qt renders a tooltip that looks like HTML as
    HTML, and names from chat partners and backups may (``<a href=...>Verify your key</a>``)."""
    return "<qt>" + html.escape(text, quote=False) + "</qt>" if text else ""


class ElidedLabel(QLabel):
    """A one-line label that shows as much of its text as fits and "…" for the rest; its
    size hint never asks for more than ``max_width`` pixels. The full text is the tooltip
    and the accessible name."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *,
                 mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight, max_width: int = 600) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # names from outside are text, never HTML
        self._full = ""
        self._mode = mode
        self._max_width = max_width
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(40)
        self.setText(text)

    def full_text(self) -> str:
        return self._full

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        self._full = " ".join(text.split())
        self.setAccessibleName(elide(self._full, 300))
        self._update()

    def _update(self) -> None:
        width = max(10, self.width())
        shown = self.fontMetrics().elidedText(self._full, self._mode, width)
        super().setText(shown)
        self.setToolTip(plain_tooltip(elide(self._full, 1000)) if shown != self._full else "")

    def resizeEvent(self, e: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(e)
        self._update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().sizeHint()
        full = self.fontMetrics().horizontalAdvance(self._full) + 4
        return QSize(min(full, self._max_width), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(40, super().minimumSizeHint().height())


def shorten_words(text: str, max_word: int = 60, max_chars: int = 1200) -> str:
    """``text`` with every overlong run without spaces (a 5,000-character chat name, a deep
    path) cut in its middle, and the whole bounded: for message boxes and notifications,
    which otherwise grow as wide as the longest word."""
    out = []
    for word in text.split(" "):
        if len(word) > max_word:
            keep = max_word // 2 - 1
            word = word[:keep] + "…" + word[-keep:]
        out.append(word)
    short = " ".join(out)
    return short if len(short) <= max_chars else short[: max_chars - 1] + "…"
