"""Text from outside shown on a terminal cannot drive the terminal (no Qt).

Chat names, sender names and message texts come from chat partners (a group's name is
whoever renamed it last) and from backups. Printed as they are, an escape sequence in one
sets the window title, clears the screen and fakes the output ("Backup ... is intact"), or
writes the clipboard (OSC 52) where the terminal allows it. ``install`` wraps ``sys.stdout``
and ``sys.stderr`` when they are terminals so that C0 controls (but tab and newline), DEL and
C1 controls are written visibly as ``\\x1b``-style escapes; pipes and files get the exact text.
"""

from __future__ import annotations

import io
import sys
from typing import TextIO

_TABLE = {c: f"\\x{c:02x}" for c in (*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0))
          if c not in (0x09, 0x0A)}


def visible(text: str) -> str:
    """``text`` with every control character that a terminal acts on written as an escape."""
    return text.translate(_TABLE)


#: What ``str.splitlines`` breaks a line at: each starts a line of its own on a terminal, in a
#: pager or a file read by lines.
_LINE_BREAKS = {c: f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}"
                for c in (0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029)}
_LINE_BREAKS[0x0A], _LINE_BREAKS[0x0D] = "\\n", "\\r"


def one_line(text: str) -> str:
    """A name (a chat's, a sender's, a file's, a device's) for a line of the CLI's output,
    with its line breaks written as escapes: a name cannot start a line that passes for
    another row or message (docs/SECURITY.md 2.7). Pipes and files get it so too."""
    return text.translate(_LINE_BREAKS)


def continued(text: str, indent: str = "    ") -> str:
    """A message's text for a line of the CLI's output: its own lines go on indented, so
    none of them can pass for a message line of its own (which starts at the margin)."""
    lines = text.splitlines()
    return ("\n" + indent).join(lines) if len(lines) > 1 else (lines[0] if lines else "")


class _SafeTerminal(io.TextIOBase):
    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    @property
    def terminal(self) -> TextIO:
        """The terminal itself, for the program's own control sequences."""
        return self._stream

    def write(self, s: str) -> int:
        self._stream.write(visible(s))
        return len(s)

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._stream.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self._stream.encoding

    def writable(self) -> bool:
        return True


def install() -> None:
    """Make ``sys.stdout`` and ``sys.stderr`` terminal-safe where they are terminals."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        try:
            tty = stream is not None and stream.isatty()
        except (AttributeError, ValueError):
            tty = False
        if tty and not isinstance(stream, _SafeTerminal):
            setattr(sys, name, _SafeTerminal(stream))
