"""A name put into a sentence cannot turn the rest of the sentence around (docs/SECURITY.md
2.7).

``ui.language.isolate`` wraps a name (a chat's, which any member of a group may set; a
device's; a file's) in FSI … PDI so that it keeps its own direction inside a translated
sentence. Before the fix a name holding a PDI (U+2069) closed that isolate early, and a
right-to-left override after it ran to the end of the sentence; a paragraph separator did
the same by starting a paragraph outside the isolate: "Delete ‹name› from 12:00" read
"Delete ‹name› 00:21 morf". Measured with Qt's own text layout (the x position of each
character), as a label draws it."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtGui import QFont, QTextLayout  # noqa: E402

from backupgui.ui.language import isolate  # noqa: E402

RLO, PDI, FSI = "\u202e", "\u2069", "\u2068"
TAIL = " from 12:00 tomorrow"


def _xs(text: str) -> list[float]:
    layout = QTextLayout(text, QFont())
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100_000)
    layout.endLayout()
    return [line.cursorToX(i)[0] for i in range(len(text))]


def _tail_reads_left_to_right(name: str) -> bool:
    sentence = "Delete " + isolate(name) + TAIL
    xs = _xs(sentence)
    start = sentence.index(TAIL) + 1
    tail = xs[start:start + len(TAIL) - 1]
    return all(a < b for a, b in zip(tail, tail[1:], strict=False))


@pytest.mark.parametrize("name", [
    "Bob" + PDI + RLO,                    # closes the isolate early
    PDI + PDI + RLO + "Bob",
    "Bob\u2029" + RLO,                    # a paragraph separator
    "Bob\n" + RLO,
    "Bob\r" + RLO,
    "Bob\x85" + RLO,
    FSI + "Bob" + PDI + PDI + RLO,          # one PDI closes its own isolate, the next escapes
])
def test_a_name_cannot_reverse_the_rest_of_the_sentence(qapp, name):
    assert _tail_reads_left_to_right(name)


@pytest.mark.parametrize("name", ["Bob", "Bob" + RLO, "\u0633\u0627\u0631\u0629",
                                  "\u2067\u0633\u0627\u0631\u0629", "a" + FSI + "b" + PDI + "c"])
def test_names_without_tricks_keep_their_text(qapp, name):
    """A name's own isolates that it closes stay; one it leaves open is closed, nothing of
    its text is lost, and the sentence still reads in order."""
    out = isolate(name)
    assert out.startswith(FSI) and out.endswith(PDI)
    assert out[1:].replace(PDI, "").startswith(name.replace(PDI, ""))
    assert out.count(PDI) == out.count(FSI) + out.count("\u2067") + out.count("\u2066")
    assert _tail_reads_left_to_right(name)
