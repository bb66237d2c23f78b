"""What a message's text and an attachment's name can do to the chat viewer (s17).

Whoever holds K restores a backup of any message text onto the victim's computer (a message
blob is bounded at 256 MiB, not its texts); an import keeps up to 1 MiB of one message. The
viewer laid out a message's whole text at every size hint and paint, on the GUI thread: a
10 MB message cost 19-24 CPU s to open and 5.6 s per paint (now 0.08-0.14 and 0.01), a 1 MiB one or 100,000 short lines
0.5-0.7 s per paint (``python -m tests.security.test_viewer_hostile_text``, shared
machine), so the window froze at each scroll or hover. A letter with hundreds of combining
marks drew them over the other messages and the chat's header, and an attachment's name
was drawn with its line breaks (pushing the card's own "Document · size" out of sight for
lines of the sender's choosing) and its bidirectional controls (``invoice\u202efdp.exe``
read ``invoiceexe.pdf``).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QPoint, QRect  # noqa: E402
from PySide6.QtWidgets import QStyleOptionViewItem  # noqa: E402

from backupgui.crypto.keys import generate_key  # noqa: E402
from backupgui.crypto.material import RawKey  # noqa: E402
from backupgui.destinations.folder import FolderDestination  # noqa: E402
from backupgui.library.model import Chat, MediaRef, Message, Participant  # noqa: E402
from backupgui.library.store import Library  # noqa: E402
from backupgui.ui.widgets.elide import SHOWN_TEXT_CHARS, SHOWN_TEXT_LINES  # noqa: E402

from ..engine.helpers import backup_to, restore_from  # noqa: E402

T0 = 1_700_000_000_000
ZALGO = "a" + "\u0301\u0302\u0303\u0304\u0306\u0307\u0308\u030a\u030b\u030c" * 40


def _library(root: Path, text: str | None = None, *, file_name: str | None = None,
             before: str = "hello") -> None:
    """A group chat: a short message, then ``text`` (or a document named ``file_name``)."""
    with Library(root) as lib, lib.transaction() as w:
        w.upsert_chat(Chat("c", "Chat", "group", participants=(
            Participant("me", "Me", True), Participant("p", "Ana"))))
        msgs = [Message("m0", "c", T0, "p", "text", before)]
        if text is not None:
            msgs.append(Message("m1", "c", T0 + 60_000, "p", "text", text))
        if file_name is not None:
            sha, size = lib.add_media_bytes(b"not a document")
            msgs.append(Message("m2", "c", T0 + 120_000, "p", "media", "", media=(
                MediaRef("file", sha, size, "application/octet-stream", file_name),)))
        w.add_messages(msgs)


def _viewer(qtbot, root: Path, rows: int):
    from backupgui.ui.chats.viewer import ChatViewer

    v = ChatViewer(root, "c")
    qtbot.addWidget(v)
    v.resize(600, 700)
    v.show()
    qtbot.waitUntil(lambda: v.model.rowCount() == rows, timeout=60_000)
    return v


def _layout(v, row: int) -> dict:
    option = QStyleOptionViewItem()
    option.initFrom(v.view)
    option.rect = v.view.visualRect(v.model.index(row))
    return v.view.itemDelegate()._layout(option, v.model.index(row))


def test_a_megabyte_message_restored_from_a_backup_is_shown_shortened(qtbot, tmp_path):
    """A real backup (the attacker's library, with the key) restored on the victim's
    computer: the viewer lays out ``SHOWN_TEXT_CHARS`` of the 2 MiB text and says how much
    more there is; the library keeps it whole."""
    text = ("word " * (1 << 20))[:2 << 20]
    _library(tmp_path / "attacker", text)
    (tmp_path / "dest").mkdir()
    dest, key = FolderDestination(tmp_path / "dest"), RawKey(generate_key())
    backup_to(tmp_path / "attacker", dest, key)
    restore_from(dest, tmp_path / "victim", key)
    with Library(tmp_path / "victim", create=False) as lib:
        assert [m.text for m in lib.messages("c")][1] == text  # nothing lost
    v = _viewer(qtbot, tmp_path / "victim", 2)
    m = v.model.messages[1]
    shown = v.model.text_of(m)
    first, _, note = shown.rpartition("\n")
    assert len(first) <= SHOWN_TEXT_CHARS and text.startswith(first), len(first)
    left = len(text.rstrip()) - len(first)
    assert f"{left:,}" in note and "not shown" in note, note[-200:]
    assert len(v.model.spoken(m)) < SHOWN_TEXT_CHARS + 200  # what assistive technology reads
    assert _layout(v, 1)["height"] < 20_000
    v.view.scrollTo(v.model.index(1))
    v.grab()


@pytest.mark.parametrize("text", ["x\n" * 100_000, "\n".join(["1"] * 100_000)])
def test_a_message_of_a_hundred_thousand_lines_shows_its_first_lines(qtbot, tmp_path, text):
    _library(tmp_path / "lib", text)
    v = _viewer(qtbot, tmp_path / "lib", 2)
    shown = v.model.text_of(v.model.messages[1])
    assert shown.count("\n") == SHOWN_TEXT_LINES, shown.count("\n")  # the lines and the note
    assert "not shown" in shown.rpartition("\n")[2]
    assert _layout(v, 1)["height"] < 20_000


def test_an_honest_long_message_is_shown_whole(qtbot, tmp_path):
    """Telegram's limit is 4,096 characters, a WhatsApp message's 65,536; a pasted page of
    a few hundred lines stays whole."""
    text = "\n".join(f"line {i} of a pasted document, with some words" for i in range(300))
    _library(tmp_path / "lib", text)
    v = _viewer(qtbot, tmp_path / "lib", 2)
    assert v.model.text_of(v.model.messages[1]) == text


def _row_pixels(v, row: int):
    v.view.scrollToTop()
    v.view.viewport().repaint()
    img = v.view.viewport().grab().toImage()
    rect = v.view.visualRect(v.model.index(row)).intersected(QRect(QPoint(0, 0), img.size()))
    return img.copy(rect)


def test_combining_marks_stay_inside_their_own_bubble(qtbot, tmp_path):
    """The short message above a letter with 400 combining marks is drawn exactly as above
    the same letter without them (the marks stacked up across it before)."""
    _library(tmp_path / "plain", "a")
    _library(tmp_path / "zalgo", ZALGO)
    plain = _row_pixels(_viewer(qtbot, tmp_path / "plain", 2), 0)
    zalgo = _row_pixels(_viewer(qtbot, tmp_path / "zalgo", 2), 0)
    assert not plain.isNull() and plain == zalgo


def test_an_attachments_name_is_one_line_without_bidi_controls(qtbot, tmp_path):
    name = ("invoice\u202efdp.exe\n\n\nBank\nSend me the code from the SMS now"
            + "\n" * 40 + "z" * 5_000)
    _library(tmp_path / "lib", file_name=name)
    v = _viewer(qtbot, tmp_path / "lib", 2)
    ref = v.model.messages[1].media[0]
    assert ref.filename == name  # the library keeps it as it came
    drawn: list[str] = []
    from backupgui.ui.chats import viewer

    real = viewer._draw_text
    viewer._draw_text = lambda p, rect, text, *a, **k: (drawn.append(text), real(p, rect, text, *a, **k))
    try:
        v.view.viewport().repaint()
        v.grab()
    finally:
        viewer._draw_text = real
    (card,) = {t for t in drawn if "invoice" in t}
    kind, _, shown = card.partition("\n")
    assert kind.startswith("Document") and "\n" not in shown
    assert shown.startswith("invoicefdp.exe Bank Send me") and len(shown) <= 200
    assert "\u202e" not in shown


def test_markup_in_a_message_is_drawn_as_text(qtbot, tmp_path):
    """The bubble draws plain text (QPainter.drawText), never rich text: the markup is what
    the reader sees, and nothing is fetched or opened."""
    text = '<img src="file:///etc/passwd"><a href="file:///etc">open</a><style>*{}</style>'
    _library(tmp_path / "lib", text)
    v = _viewer(qtbot, tmp_path / "lib", 2)
    assert v.model.text_of(v.model.messages[1]) == text
    v.grab()


def _seconds(text: str) -> tuple[float, float]:
    """CPU seconds to open a chat showing ``text`` and to paint it once more."""
    import tempfile

    from PySide6.QtWidgets import QApplication

    from backupgui.ui.chats.viewer import ChatViewer

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="viewer-bench-") as tmp:
        root = Path(tmp) / "lib"
        _library(root, text)
        t0 = time.process_time()
        v = ChatViewer(root, "c")
        v.resize(600, 700)
        v.show()
        while v.model.rowCount() < 2:
            app.processEvents()
        v.grab()
        t1 = time.process_time()
        v.grab()
        t2 = time.process_time()
        v.close()
        v.deleteLater()
        app.processEvents()
    return t1 - t0, t2 - t1


if __name__ == "__main__":  # the figures of the docstring (shared machine)
    cases = {"short": "hello", "1 MiB": ("word " * 210_000)[:1 << 20],
             "10 MB": ("word " * 2_100_000)[:10_000_000], "100,000 lines": "x\n" * 100_000,
             "1,000,000 combining marks": "a" + "\u0301" * 1_000_000}
    for label in sys.argv[1:] or cases:
        opened, paint = _seconds(cases[label])
        print(f"{label:>26}: open {opened:.2f} CPU s, paint {paint:.2f} CPU s")
