"""A long event line is laid out at the width it is drawn at (s17's walk: measured at the
bubbles' width, drawn wider, it left an empty band under it). The real viewer, offscreen,
in English and Arabic (right to left): the row is as tall as its lines, the ink stays in the
event's box, centred, and ends a padding above the row's end."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QModelIndex, QRect
from PySide6.QtGui import QColor, QFontMetrics, QImage

from backupgui.library.importers.whatsapp_db import PhoneBackupRequest, import_phone_backup
from backupgui.library.importers.whatsapp_db.importer import chat_id_of
from backupgui.library.store import Library
from backupgui.ui.chats.viewer import ChatViewer
from backupgui.ui.language import install_language
from tests.library.whatsapp_db.conftest import ANA, BEN, GROUP, T0
from tests.library.whatsapp_db.iphone_backup import ChatStorage, write_backup

NAME = "Ana María García de la Fuente y Rodríguez-Montenegro"
TITLE = ("Climbing club of the northern valleys, weekend trips, gear swaps and the long "
         "winter evenings at the wall")


def _library(tmp_path):
    cs = ChatStorage(tmp_path / "ChatStorage.sqlite")
    cs.session(GROUP, "Climbing club", group=True)
    cs.member(GROUP, ANA, NAME)
    cs.member(GROUP, BEN, "Ben")
    cs.message(GROUP, "G1", T0 + 1, text="Hi all", sender=BEN)
    cs.message(GROUP, "G2", T0 + 2, mtype=6, event=1, sender=ANA, text=TITLE)
    cs.message(GROUP, "G3", T0 + 3, mtype=6, event=3, sender=BEN)  # a short one
    cs.message(GROUP, "G4", T0 + 4, text="See you there", sender=BEN)
    with Library(tmp_path / "lib") as lib:
        import_phone_backup(lib, PhoneBackupRequest(write_backup(
            tmp_path / "b", {"ChatStorage.sqlite": cs.close().read_bytes()}, None)))
    return tmp_path / "lib"


def _ink(img: QImage, rect, background: QColor) -> tuple[int, int, int, int] | None:
    """Bounds (left, top, right, bottom) of the pixels in ``rect`` unlike the background."""
    xs, ys = [], []
    bg = background.rgb()
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1):
            if img.pixel(x, y) != bg:
                xs.append(x)
                ys.append(y)
    return (min(xs), min(ys), max(xs), max(ys)) if xs else None


@pytest.mark.parametrize("code", ["en", "ar"])
def test_a_long_event_line_is_measured_as_it_is_drawn(qtbot, qapp, tmp_path, code):
    root = _library(tmp_path)
    install_language(code, qapp)
    viewer = ChatViewer(root, chat_id_of(GROUP))
    qtbot.addWidget(viewer)
    viewer.resize(900, 700)
    viewer.show()
    qtbot.waitUntil(lambda: viewer.model.rowCount() == 4, timeout=10_000)
    view = viewer.view
    delegate = view.itemDelegate()
    qtbot.waitUntil(lambda: view.visualRect(viewer.model.index(3)).height() > 0)
    # (the current message's focus ring reaches a pixel over its row's edge: not measured)
    view.setCurrentIndex(QModelIndex())
    view.clearFocus()
    shot = viewer.grab().toImage()
    out = os.environ.get("BACKUPGUI_SHOTS")
    if out:
        shot.save(os.path.join(out, f"event-layout-{code}.png"))
    image = view.viewport().grab().toImage()
    background = QColor(image.pixel(2, image.height() - 2))
    for row in (1, 2):
        index = viewer.model.index(row)
        rect = view.visualRect(index)
        option = _option(view, rect)
        assert rect.height() == delegate.sizeHint(option, index).height()
        # The event's box: the bubbles' text width, centred in the row.
        width = delegate._bubble_width(option) - 2 * delegate.PAD
        box = QRect(rect.left() + (rect.width() - width) // 2, rect.top(), width, rect.height())
        line = QFontMetrics(delegate._fonts(option)[2]).height()
        ink = _ink(image, rect, background)
        assert ink is not None
        left, top, right, bottom = ink
        # The ink stays in the event's box (not drawn wider than it was measured) ...
        assert box.left() - 1 <= left and right <= box.right() + 1, (row, ink, box)
        # ... fills its lines: no band of a line or more under the text ...
        assert rect.bottom() - bottom <= 8 + line // 2, (row, ink, rect)
        assert rect.bottom() - bottom >= 2, (row, ink, rect)  # and is not cut at the end
        # ... and is centred in the row.
        assert abs((left + right) / 2 - rect.center().x()) <= 0.1 * width, (row, ink, rect)
    # The test's line is long enough to wrap at the bubbles' width, not at the window's.
    first = view.visualRect(viewer.model.index(1))
    assert first.height() >= 2 * QFontMetrics(
        delegate._fonts(_option(view, first))[2]).height()


def _option(view, rect):
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = rect
    return option
