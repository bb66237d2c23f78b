"""Putting an older page in front of the chat viewer's list lays out that page, not every
loaded row again (each row's size is kept in ``MessageModel.sizes``): before, each page
scrolled up re-measured all loaded rows through ``MessageDelegate._layout`` (~1 s a page at
2,400 rows). And the kept sizes do not go stale: the row that gains a predecessor, a
thumbnail come in, a narrower window. Real parts: a real import of a real-format Telegram
export into a real library, the real viewer offscreen under pytest-qt, pages read by the
real background loader."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QStyleOptionViewItem

from backupgui.library.importers import import_export
from backupgui.library.store import Library
from backupgui.ui.chats.viewer import PAGE, MessageDelegate
from tests.ui.test_viewer_quote_jump import _long_chat
from tests.ui.test_viewer_versions import _open


def _library(tmp_path, n: int):
    root = tmp_path / "lib"
    with Library(root) as lib:
        import_export(lib, _long_chat(tmp_path / "export", n))
    return root


def _scroll_up_one_page(qtbot, viewer) -> int:
    """Scroll to the top as a person would; the number of rows laid out for it."""
    calls = [0]
    real = MessageDelegate._layout

    def counted(self, option, index):
        calls[0] += 1
        return real(self, option, index)

    rows = viewer.model.rowCount()
    MessageDelegate._layout = counted
    try:
        viewer.view.verticalScrollBar().setValue(0)
        qtbot.waitUntil(lambda: viewer.model.rowCount() == rows + PAGE, timeout=10_000)
        viewer.view.doItemsLayout()  # (what the next paint does: Qt asks every row's size)
    finally:
        MessageDelegate._layout = real
    return calls[0]


def test_a_page_put_in_front_lays_out_that_page_only(qtbot, tmp_path):
    n = 4 * PAGE + 20
    viewer = _open(qtbot, _library(tmp_path, n), PAGE)
    viewer._shown_once = True
    viewer.view.doItemsLayout()
    qtbot.wait(50)
    for pages in (2, 3, 4):
        top = viewer.model.messages[0].id
        laid = _scroll_up_one_page(qtbot, viewer)
        assert viewer.model.rowCount() == pages * PAGE
        # The new page, the old first row (its day header may go) and the rows painted.
        assert laid <= PAGE + 1 + 60, (pages, laid)
        # The position is kept: the message that was at the top is still in view.
        row = viewer.model.row_of(top)
        assert row == PAGE
        shown = viewer.view.visualRect(viewer.model.index(row))
        assert viewer.view.viewport().rect().intersects(shown), shown


def test_kept_sizes_follow_the_width_and_the_data(qtbot, tmp_path):
    viewer = _open(qtbot, _library(tmp_path, 40), 40)
    viewer.view.doItemsLayout()
    delegate = viewer.view.itemDelegate()
    model = viewer.model
    row = model.row_of(next(m.id for m in model.messages if m.reply_to))
    option = QStyleOptionViewItem()
    viewer.view.initViewItemOption(option)
    idx = model.index(row)
    wide = delegate.sizeHint(option, idx)
    assert delegate.sizeHint(option, idx) == wide  # (served from the kept size)
    before = delegate.layouts
    viewer.resize(300, 820)
    qtbot.waitUntil(lambda: viewer.view.viewport().width() < 300)
    narrow = delegate.sizeHint(option, idx)
    assert delegate.layouts > before and narrow.width() < wide.width()
    # A row's data change (a highlight, a thumbnail come in) forgets its kept size first.
    key, _size, m = model.sizes[model.messages[row].id]
    model.sizes[m.id] = (key, QSize(1, 1), m)
    assert delegate.sizeHint(option, idx) == QSize(1, 1)  # (a kept size is what is served)
    model.set_highlighted(model.messages[row].id)
    assert delegate.sizeHint(option, idx) == narrow


def test_two_messages_with_one_id_keep_their_own_sizes(qtbot, tmp_path):
    """A hostile backup may give two messages one id: each still gets its own height."""
    viewer = _open(qtbot, _library(tmp_path, 40), 40)
    model = viewer.model
    model.messages[6] = replace(model.messages[5], text="A much longer message. " * 60)
    option = QStyleOptionViewItem()
    viewer.view.initViewItemOption(option)
    delegate = viewer.view.itemDelegate()
    short, long = (delegate.sizeHint(option, model.index(r)) for r in (5, 6))
    assert long.height() > 3 * short.height()
    assert delegate.sizeHint(option, model.index(5)) == short
    assert delegate.sizeHint(option, model.index(6)) == long
