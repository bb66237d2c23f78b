"""A reply's quote in the viewer: it says when the quoted message has two versions (SECURITY.md
2.13), and a click on it (or Ctrl+Enter, or Enter on a reply without an attachment) scrolls
to the quoted message, loading its page in the background when it is not in the window, and
highlights it briefly. Real parts: real imports of real-format Telegram exports into real
libraries (also one restored from a real backup, kept as message blocks), the real viewer
offscreen under pytest-qt, real mouse and key events."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from backupgui.library.importers import import_export
from backupgui.library.store import Library
from backupgui.ui.chats.viewer import PAGE, ChatViewer
from backupgui.ui.language import install_language
from tests.security.test_planted_chat import _through_a_backup
from tests.ui.test_viewer_versions import _open, _spoken, planted_library

T0 = 1733217300  # 2024-12-03 09:15 UTC
N = PAGE + 150  # the first message is not in the window the viewer opens on


def _long_chat(where: Path, n: int = N) -> Path:
    """Ana's chat: ``n`` messages a minute apart, the last of them Sam's reply to the first."""
    people = {"Ana": "user4242", "Sam": "user1"}
    msgs = [{"id": i + 1, "type": "message", "date_unixtime": str(T0 + 60 * i), "from": "Ana",
             "from_id": people["Ana"], "text": f"Message {i + 1}"} for i in range(n - 1)]
    msgs.append({"id": n, "type": "message", "date_unixtime": str(T0 + 60 * n), "from": "Sam",
                 "from_id": people["Sam"], "text": "Answering the very first",
                 "reply_to_message_id": 1})
    where.mkdir(parents=True, exist_ok=True)
    (where / "result.json").write_text(json.dumps(
        {"name": "Ana", "type": "personal_chat", "id": 4242, "messages": msgs}), encoding="utf-8")
    return where / "result.json"


@pytest.fixture(params=["rows", "blocks"])
def long_library(request, tmp_path) -> Path:
    root = tmp_path / "lib"
    with Library(root) as lib:
        import_export(lib, _long_chat(tmp_path / "export"))
    if request.param == "rows":
        return root
    restored = _through_a_backup(tmp_path, root)
    with Library(restored, create=False) as lib:
        assert lib.has_blocks(lib.list_chats()[0].id)
    return restored


def test_position_of_a_message_in_display_order(long_library):
    with Library(long_library, create=False) as lib:
        (chat,) = lib.list_chats()
        msgs = lib.messages(chat.id)
        for i in (0, 1, PAGE, len(msgs) - 1):
            assert lib.position(chat.id, msgs[i].id, msgs[i].ts_ms) == i
        assert lib.position(chat.id, "no-such-id", msgs[0].ts_ms) is None
        assert lib.position("no-such-chat", msgs[0].id, msgs[0].ts_ms) is None


def _reply_row(viewer: ChatViewer) -> int:
    return next(i for i, m in enumerate(viewer.model.messages) if m.reply_to)


def _went_to_the_first(qtbot, viewer: ChatViewer) -> None:
    model = viewer.model
    qtbot.waitUntil(lambda: model.highlighted is not None, timeout=10_000)
    row = model.row_of(model.highlighted)
    assert model.messages[row].text == "Message 1"
    assert viewer.view.currentIndex().row() == row
    shown = viewer.view.visualRect(model.index(row))
    assert viewer.view.viewport().rect().intersects(shown), shown
    out = os.environ.get("BACKUPGUI_SHOTS")
    if out:
        viewer.grab().toImage().save(os.path.join(out, "quote-followed.png"))
    qtbot.waitUntil(lambda: model.highlighted is None, timeout=ChatViewer.HIGHLIGHT_MS + 3000)


def test_a_click_on_a_quote_loads_and_shows_the_quoted_message(qtbot, qapp, long_library):
    """On the code before, a click on the quote did nothing: the first message stayed 150
    messages above the window."""
    install_language("en", qapp)
    viewer = _open(qtbot, long_library, PAGE)
    model = viewer.model
    assert model.first > 0 and model.row_of(model.messages[-1].reply_to) is None
    row = _reply_row(viewer)
    viewer.view.scrollTo(model.index(row))
    qtbot.wait(50)
    delegate = viewer.view.itemDelegate()
    option = QStyleOptionViewItem()
    viewer.view.initViewItemOption(option)
    option.rect = viewer.view.visualRect(model.index(row))
    rect = delegate.quote_rect(option, model.index(row))
    assert rect is not None
    qtbot.mouseClick(viewer.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    _went_to_the_first(qtbot, viewer)
    assert model.first == 0  # its page was loaded (in the background)


def test_ctrl_enter_on_a_reply_goes_to_its_quote(qtbot, qapp, long_library):
    install_language("en", qapp)
    viewer = _open(qtbot, long_library, PAGE)
    row = _reply_row(viewer)
    viewer.view.setFocus()
    viewer.view.setCurrentIndex(viewer.model.index(row))
    qtbot.keyClick(viewer.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    _went_to_the_first(qtbot, viewer)
    # Once there, the window holds the first message: Enter on the reply (no attachment)
    # goes to it too, now without a load.
    viewer.jump("end")
    qtbot.waitUntil(lambda: viewer.model.at_end, timeout=10_000)
    qtbot.waitUntil(lambda: viewer.model.row_of(viewer.model.messages[-1].id) is not None)
    viewer.view.setCurrentIndex(viewer.model.index(_reply_row(viewer)))
    qtbot.keyClick(viewer.view, Qt.Key.Key_Return)
    _went_to_the_first(qtbot, viewer)


def test_a_quote_of_a_message_with_two_versions_says_so(qtbot, qapp, tmp_path):
    """The planted chat: Sam's reply quotes the export's copy of Ana's message, which has a
    planted version; the quote says so (shown and spoken), in German too. On the code
    before, the quote looked like any other."""
    root = planted_library(tmp_path)
    install_language("en", qapp)
    viewer = _open(qtbot, root, 4)
    reply = next(s for s in _spoken(viewer) if "Done, paid it" in s)
    assert "DE89" in reply and "(This message has two versions)" in reply, reply
    m = next(m for m in viewer.model.messages if m.reply_to)
    assert viewer.model.quote_note(m) == "This message has two versions"
    others = [m for m in viewer.model.messages if not m.reply_to]
    assert all(viewer.model.quote_note(x) == "" for x in others)
    out = os.environ.get("BACKUPGUI_SHOTS")
    if out:
        viewer.view.setCurrentIndex(QModelIndex())
        viewer.grab().toImage().save(os.path.join(out, "quote-note-en.png"))
    viewer.close()
    install_language("de", qapp)
    try:
        viewer = _open(qtbot, root, 4)
        m = next(m for m in viewer.model.messages if m.reply_to)
        note = viewer.model.quote_note(m)
        assert note and note != "This message has two versions", note
        if out:
            viewer.view.setCurrentIndex(QModelIndex())
            viewer.grab().toImage().save(os.path.join(out, "quote-note-de.png"))
    finally:
        install_language("en", qapp)


def _quote_point(viewer: ChatViewer, row: int):
    model = viewer.model
    viewer.view.scrollTo(model.index(row))
    option = QStyleOptionViewItem()
    viewer.view.initViewItemOption(option)
    option.rect = viewer.view.visualRect(model.index(row))
    rect = viewer.view.itemDelegate().quote_rect(option, model.index(row))
    assert rect is not None
    return rect


def test_a_quote_followed_while_a_page_loads_is_gone_to_once_it_is_in(qtbot, qapp,
                                                                      long_library):
    """On the code before, the request was dropped while the older page loaded (the
    person had to ask again): now it waits for the page and is done then."""
    install_language("en", qapp)
    viewer = _open(qtbot, long_library, PAGE)
    model = viewer.model
    reply = model.messages[_reply_row(viewer)]
    qtbot.waitUntil(lambda: not model._fetching, timeout=10_000)
    assert model.first > 0 and model.fetch_older()  # a page loads (in the background) ...
    viewer.go_to_quote(reply)  # ... when the quote is followed
    assert model._fetching and model.highlighted is None
    _went_to_the_first(qtbot, viewer)


@pytest.mark.parametrize("last", ["quote", "end"])
def test_the_newest_request_made_while_a_page_loads_wins(qtbot, qapp, long_library, last):
    """End then a quote goes to the quote; a quote then End goes to the end."""
    install_language("en", qapp)
    viewer = _open(qtbot, long_library, PAGE)
    model = viewer.model
    reply = model.messages[_reply_row(viewer)]
    qtbot.waitUntil(lambda: not model._fetching, timeout=10_000)
    assert model.first > 0 and model.fetch_older()  # a page loads (in the background)
    if last == "quote":
        viewer.jump("end")
        viewer.go_to_quote(reply)
        _went_to_the_first(qtbot, viewer)
    else:
        viewer.go_to_quote(reply)
        viewer.jump("end")
        qtbot.waitUntil(lambda: not model._fetching, timeout=10_000)
        qtbot.wait(100)
        assert model.highlighted is None
        assert viewer.view.currentIndex().row() == model.rowCount() - 1
        assert model.messages[-1].id == reply.id


def test_a_quote_under_the_mouse_shows_it_can_be_followed(qtbot, qapp, long_library):
    """The pointer is a hand over a quote that leads somewhere, and the quote is lit (in a
    light and a dark palette); what assistive technology reads is unchanged. On the code
    before, a quote looked and pointed the same with or without the mouse on it."""
    from PySide6.QtGui import QPalette

    from backupgui.ui.chats.viewer import MessageDelegate

    install_language("en", qapp)
    viewer = _open(qtbot, long_library, PAGE)
    view, model = viewer.view, viewer.model
    row = _reply_row(viewer)
    rect = _quote_point(viewer, row)
    qtbot.wait(50)
    rect = _quote_point(viewer, row)
    spoken = model.data(model.index(row))
    inside = rect.center()
    # (a point of the quote's background: between its bar and its text, at the quote's end)
    probe = rect.adjusted(0, 0, -2, -2).bottomRight()
    before = view.viewport().grab().toImage().pixelColor(probe)
    qtbot.mouseMove(view.viewport(), inside)
    qtbot.waitUntil(lambda: view.hovered_quote == model.messages[row].id, timeout=3000)
    assert view.viewport().cursor().shape() == Qt.CursorShape.PointingHandCursor
    lit = view.viewport().grab().toImage().pixelColor(probe)
    assert lit != before, (lit.name(), before.name())
    assert model.data(model.index(row)) == spoken  # the accessible text is kept
    out = os.environ.get("BACKUPGUI_SHOTS")
    if out:
        viewer.grab().toImage().save(os.path.join(out, "quote-hovered.png"))
    # off the quote (the bubble's text under it): the arrow again, the quote as before
    qtbot.mouseMove(view.viewport(), rect.bottomLeft() + type(rect.center())(0, 12))
    qtbot.waitUntil(lambda: view.hovered_quote is None, timeout=3000)
    assert view.viewport().cursor().shape() == Qt.CursorShape.ArrowCursor
    assert view.viewport().grab().toImage().pixelColor(probe) == before
    # the lit quote differs from the quote in both themes
    for dark in (False, True):
        pal = QPalette(view.palette())
        base = "#2b2b2b" if dark else "#f4f4f4"
        pal.setColor(QPalette.ColorRole.AlternateBase, base)
        pal.setColor(QPalette.ColorRole.Window, "#202020" if dark else "#ffffff")
        pal.setColor(QPalette.ColorRole.WindowText, "#eeeeee" if dark else "#111111")
        plain, hovered = MessageDelegate.quote_fill(pal, False), MessageDelegate.quote_fill(
            pal, True)
        assert plain.name() == base and hovered != plain, (dark, hovered.name())


def test_a_quote_of_a_message_not_in_the_chat_is_not_a_link(qtbot, qapp, tmp_path):
    """A reply to a message the export does not hold: no hand, nothing lit, no jump."""
    export = tmp_path / "export"
    _long_chat(export, 5)
    data = json.loads((export / "result.json").read_text(encoding="utf-8"))
    data["messages"][-1]["reply_to_message_id"] = 9999
    (export / "result.json").write_text(json.dumps(data), encoding="utf-8")
    root = tmp_path / "lib"
    with Library(root) as lib:
        import_export(lib, export / "result.json")
    install_language("en", qapp)
    viewer = _open(qtbot, root, 5)
    view = viewer.view
    row = _reply_row(viewer)
    rect = _quote_point(viewer, row)
    qtbot.wait(50)
    rect = _quote_point(viewer, row)
    qtbot.mouseMove(view.viewport(), rect.center())
    qtbot.wait(100)
    assert view.hovered_quote is None
    assert view.viewport().cursor().shape() == Qt.CursorShape.ArrowCursor
