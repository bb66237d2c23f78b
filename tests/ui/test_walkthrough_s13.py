"""What the s11/s12 walkthroughs left (docs/GUI.md, "Walkthrough log", s13), each failing
before its fix, walked through the real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from .helpers import make_ctx, open_window
from .test_walkthrough_s12_left import _ink


@pytest.mark.parametrize("lang", ["ar", "de", "ru"])
def test_the_chat_list_titles_keep_apart_and_line_up_with_their_cells(
        lang, qtbot, demo_library, isolated, qapp):
    """The header's "Media" and "Last activity" ran together ("MedienLetzte Aktivität"; in
    Arabic "الوسائط" touched "آخر نشاط"): a number column's title sat at the very edge of
    its section, without the gap its cells keep. Measured on the drawn pixels."""
    from backupgui.ui import language
    from backupgui.ui.chats.model import ChatTableModel
    from backupgui.ui.widgets import style

    language.install_language(lang, qapp)
    try:
        w = open_window(qtbot, make_ctx(demo_library, isolated))
        t = w.table
        qtbot.waitUntil(lambda: t.model().rowCount() > 0, timeout=10_000)
        header = t.horizontalHeader()
        head = header.grab().toImage()
        cells = t.viewport().grab().toImage()

        def title(col: int) -> tuple[int, int]:
            r = t.visualRect(t.model().index(0, col))
            ink = _ink(head, QRect(r.left(), 0, r.width(), header.height()))
            assert ink is not None, col
            return ink

        rtl = lang == "ar"
        media, last = title(ChatTableModel.MEDIA), title(ChatTableModel.LAST)
        gap = media[0] - last[1] if rtl else last[0] - media[1]
        assert gap >= style.px(10), (lang, media, last)
        # A number column's title ends where its numbers end (their trailing edge).
        for col in (ChatTableModel.MESSAGES, ChatTableModel.MEDIA):
            ends = [_ink(cells, t.visualRect(t.model().index(row, col)))
                    for row in range(t.model().rowCount())]
            edge = min(e[0] for e in ends if e) if rtl else max(e[1] for e in ends if e)
            head_edge = title(col)[0] if rtl else title(col)[1]
            assert abs(head_edge - edge) <= style.px(3), (lang, col, head_edge, edge)
        w.close()
    finally:
        language.install_language("en", qapp)
