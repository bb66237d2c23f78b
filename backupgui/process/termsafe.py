"""Text from outside shown on a terminal cannot drive the terminal (no Qt).

Chat names, sender names and message texts come from chat partners (a group's name is
whoever renamed it last) and from backups. Printed as they are, an escape sequence in one
sets the window title, clears the screen and fakes the output ("Backup ... is intact"), or
writes the clipboard (OSC 52) where the terminal allows it. ``install`` wraps ``sys.stdout``
and ``sys.stderr`` when they are terminals so that C0 controls (but tab and newline), DEL and
C1 controls are written visibly as ``\\x1b``-style escapes. The CLI escapes what it prints
from outside in pipes and files too (``one_line`` for names and the sentences that name
something, ``visible`` for a message's text: ``export | grep`` reaches a terminal all the
same); ``--json`` is the exact form, every control written as a JSON escape (``json_text``).
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


#: Explicit bidirectional controls (the Trojan Source set, and the Arabic letter mark).
BIDI_CONTROLS = (0x061C, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
_OPENERS = {0x202A: 0x202C, 0x202B: 0x202C, 0x2066: 0x2069, 0x2067: 0x2069, 0x2068: 0x2069}
_CLOSERS = (0x202C, 0x2069)
_OVERRIDES = (0x202D, 0x202E)

#: What a name on a line of the CLI's output has written as an escape: line breaks (2.7) and
#: every other control character, also in a pipe (``chats | grep`` hands it to the terminal
#: all the same; the exact name is in ``--json``).
_NAME_ESCAPES = {**_TABLE, **_LINE_BREAKS}
_BIDI_ESCAPES = {c: f"\\u{c:04x}" for c in BIDI_CONTROLS if c != 0x061C}


def _bidi_contained(text: str) -> bool:
    """True if ``text``'s embeddings and isolates are closed in order within it and it holds
    no override: then they cannot reach past the name (WhatsApp puts LRE...PDF around phone
    numbers in names), and no Latin letter of it can be shown reversed."""
    stack: list[int] = []
    for c in text:
        o = ord(c)
        if o in _OVERRIDES:
            return False
        if o in _OPENERS:
            stack.append(_OPENERS[o])
        elif o in _CLOSERS:
            if not stack or stack.pop() != o:
                return False
    return not stack


def one_line(text: str) -> str:
    """A name (a chat's, a sender's, a file's, a device's) or a sentence that names one (a
    warning, an error, a skipped file) for a line of the CLI's output: its line breaks and
    control characters written as escapes, on a terminal, in a pipe or a file alike, so a
    name cannot start a line that passes for another row or message (docs/SECURITY.md 2.7)
    or drive the terminal; its bidirectional controls too, unless they are contained in it,
    so it cannot turn the rest of its row around or show itself reversed (Trojan Source:
    ``invoice\u202efdp.exe``; 2.17)."""
    text = text.translate(_NAME_ESCAPES)
    if not text.isascii() and not _bidi_contained(text):
        text = text.translate(_BIDI_ESCAPES)
    return text



_PDF, _PDI = "\u202c", "\u2069"
_EMBEDDINGS = (0x202A, 0x202B, 0x202D, 0x202E)  # LRE, RLE, LRO, RLO: closed by PDF
_ISOLATES = (0x2066, 0x2067, 0x2068)  # LRI, RLI, FSI: closed by PDI


def _closers(line: str) -> str:
    """What closes ``line``'s embeddings, overrides and isolates left open, innermost first,
    as the Unicode bidirectional algorithm matches them (UAX #9, X6a-X7): a PDF closes the
    innermost embedding only when no isolate is open inside it, a PDI the innermost isolate
    and every embedding opened in it; an unmatched one does nothing."""
    stack: list[str] = []
    for c in line:
        o = ord(c)
        if o in _EMBEDDINGS:
            stack.append(_PDF)
        elif o in _ISOLATES:
            stack.append(_PDI)
        elif c == _PDF:
            if stack and stack[-1] == _PDF:
                stack.pop()
        elif c == _PDI and _PDI in stack:
            while stack.pop() != _PDI:
                pass
    return "".join(reversed(stack))


def bidi_closed(text: str) -> str:
    """``text`` (a message's, which keeps its bidirectional controls: right-to-left writers
    use them) with every embedding, override and isolate it leaves open closed at the end of
    each of its lines, so it cannot turn around what follows it on its line (the
    attachments' ``[kind: file]``, Trojan Source: docs/SECURITY.md 2.17)."""
    if text.isascii():
        return text
    return "\n".join(line + _closers(line) for line in text.split("\n"))

#: What ``json.dumps(..., ensure_ascii=False)`` leaves raw inside strings and a reader of the
#: JSON on a terminal or in a tool should not get raw: DEL, C1 controls, bidirectional
#: controls, the two line separators JavaScript once took for line ends, and lone surrogates
#: (no UTF-8 encodes them). Written as ``\uXXXX``, the JSON stays valid and means the same.
_JSON_ESCAPES = {c: f"\\u{c:04x}" for c in (0x7F, *range(0x80, 0xA0), *BIDI_CONTROLS,
                                              0x2028, 0x2029, *range(0xD800, 0xE000))}


def json_text(obj: object) -> str:
    """``obj`` as JSON for the CLI's ``--json``: readable names (not ASCII-only), every
    control and bidirectional character escaped, so the text is valid JSON, the same JSON on
    a terminal (which would otherwise show raw controls as ``\\x9b``, no JSON escape) and in
    a pipe, and nothing in it acts on the terminal it may reach."""
    import json

    return json.dumps(obj, ensure_ascii=False, indent=1).translate(_JSON_ESCAPES)


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
