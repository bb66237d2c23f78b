"""Long names (a chat called by 5,000 characters, a deep folder path) shortened for titles,
lists, dialogs and notifications, so no window grows with them."""

from __future__ import annotations

import html
import unicodedata

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QLabel, QMenu, QSizePolicy, QWidget

# Window titles and notifications keep at most this many characters of a name.
TITLE_CHARS = 80


def elide(text: str, max_chars: int = TITLE_CHARS) -> str:
    """``text`` cut to ``max_chars`` characters with "…" at the end, never inside a
    character's combining marks, and on one line."""
    # Only a head is looked at: a name of a megabyte (a backup's device) costs no more
    # than one of a few hundred characters (SECURITY.md 2.17).
    head = text[:8 * max_chars + 64]
    one_line = " ".join(head.split())
    if len(one_line) <= max_chars:
        return one_line if len(head) == len(text) else one_line.rstrip() + "…"
    cut = max(1, max_chars - 1)
    while cut > 1 and unicodedata.combining(one_line[cut]):
        cut -= 1
    return one_line[:cut].rstrip() + "…"


# A message's text in the chat viewer: at most this many characters and lines are laid out
# (WhatsApp's own limit is 65,536 characters, Telegram's 4,096; an import keeps a megabyte
# and a backup made with the key any length, which took seconds per paint: SECURITY.md 2.10).
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


# Left-to-right isolate: a path reads left to right in every language, whatever its first
# letter (an Arabic folder name) and the sentence around it.
_LRI, _PDI = "\u2066", "\u2069"


class PathLabel(ElidedLabel):
    """A file or folder path on one line, whole and left to right even in a right-to-left
    window: never wrapped, shortened in its middle when too long (the start and the file name
    stay), the full path in the tooltip and the accessible name. Selectable; Copy (the keys
    or the context menu) copies the full path, or the part selected when nothing is hidden."""

    def __init__(self, path: str = "", parent: QWidget | None = None, *, max_width: int = 600) -> None:
        super().__init__("", parent, mode=Qt.TextElideMode.ElideMiddle, max_width=max_width)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)  # one line
        self._align()
        self.setText(path)

    def _align(self) -> None:
        # QLabel aligns by the text's own direction (left to right here): in a right-to-left
        # window the path starts on the right, beside its label, like the window's text.
        side = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        self.setAlignment(side | Qt.AlignmentFlag.AlignVCenter)

    def changeEvent(self, e: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(e)
        if e.type() == QEvent.Type.LayoutDirectionChange:
            self._align()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        self._full = text.replace(_LRI, "").replace(_PDI, "")  # a path: kept exactly
        self.setAccessibleName(self._full)
        self._update()

    def elided(self) -> bool:
        return self.text() != _LRI + self._full + _PDI

    def _update(self) -> None:
        # (the isolate's marks take no width; the label's margins and frame do)
        width = max(10, self.contentsRect().width() - 2)
        shown = self.fontMetrics().elidedText(self._full, self._mode, width)
        QLabel.setText(self, _LRI + shown + _PDI)
        self.setToolTip(plain_tooltip(self._full) if self._full else "")

    def _height(self, height: int) -> int:
        """Room for the path's laid-out height: a fallback font (an Arabic folder name, or the
        isolate's marks) can make the line taller than the label's own font says."""
        m = self.contentsMargins()
        laid = self.fontMetrics().boundingRect(QRect(0, 0, 1_000_000, 1_000_000),
                                               int(self.alignment()), _LRI + self._full + _PDI)
        return max(height, laid.height() + m.top() + m.bottom() + 2 * self.margin())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().sizeHint()
        return QSize(hint.width(), self._height(hint.height()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().minimumSizeHint()
        return QSize(hint.width(), self._height(hint.height()))

    def copy_text(self) -> str:
        """What Copy puts on the clipboard."""
        part = self.selectedText().replace(_LRI, "").replace(_PDI, "")
        return part if part and not self.elided() else self._full

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.copy_text())

    def keyPressEvent(self, e: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if e.matches(QKeySequence.StandardKey.Copy):
            self.copy()
            e.accept()
            return
        super().keyPressEvent(e)

    def contextMenuEvent(self, e: QContextMenuEvent) -> None:  # noqa: N802 - Qt API
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(QCoreApplication.translate("PathLabel", "&Copy path"), self.copy)
        self.menu = menu  # (the tests open it)
        menu.popup(e.globalPos())


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
