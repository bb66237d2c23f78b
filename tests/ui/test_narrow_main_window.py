"""The main window on a narrow screen: its backup card below the chat list (docs/GUI.md, "At
150 % on a small screen"), in every shipped language, with nothing squeezed or cut off, and
back beside the list; on the X server ``test_desktop_screen`` checks which screens choose it.
BACKUPGUI_SHOTS=folder saves the window at 911 px wide as a PNG."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QRect

from backupgui.i18n import LANGUAGES

from .checks import _seen, layout_faults, overflows
from .screens import settle, themed

NARROW = 911  # a 1366x768 laptop's width at 150 %


def _below(win) -> bool:
    card, table = win.panel_scroll, win.table
    return (card.mapTo(win, card.rect().topLeft()).y()
            >= table.mapTo(win, table.rect().bottomLeft()).y())


def _out_of_sight(win, w) -> str | None:
    """None where ``w`` is drawn whole inside the window (no scroll area's viewport clips
    it), else what is wrong."""
    whole = QRect(w.mapTo(win, w.rect().topLeft()), w.size())
    if w.isVisible() and _seen(w, win) == whole and win.rect().contains(whole):
        return None
    return f"{w.text() if hasattr(w, 'text') else type(w).__name__} at {whole}: {_seen(w, win)} seen"


@pytest.mark.parametrize("code", [lang.code for lang in LANGUAGES])
def test_the_card_goes_below_the_list_and_back(code, qtbot, qapp, tmp_path, demo_template):
    import shutil

    from .helpers import make_ctx, open_window
    from .screens import MemoryKeyring

    with themed(qapp, code):
        lib = tmp_path / "library"
        shutil.copytree(demo_template, lib)
        win = open_window(qtbot, make_ctx(lib, MemoryKeyring()))
        settle(qtbot, 100)
        # offscreen there is no user's screen: the card stays beside the list
        assert not win.stacked and not _below(win)
        wide = win.size()
        win.set_stacked(True)
        # below the list, the window needs no more than the screen has, in every language
        # (beside it German, Spanish, Portuguese and Russian need more)
        qtbot.waitUntil(lambda: win.minimumWidth() <= NARROW - 2)
        assert NARROW - 2 < win.side_by_side_width() or code not in ("de", "es", "pt_BR", "ru")
        win.resize(NARROW - 2, 512 - 30)
        settle(qtbot, 100)
        assert _below(win)
        assert win.width() == NARROW - 2
        # the card spans the window's width (beside the list it is 420 design px at most)
        assert win.panel_scroll.width() > win.table.width() * 0.9
        assert layout_faults(win) == [] and overflows(win) == []
        # the card's action row stays in sight, its top scrolled into view or not
        win.panel_scroll.verticalScrollBar().setValue(0)
        settle(qtbot, 50)
        assert _out_of_sight(win, win.panel.backup_button) is None
        win.panel.set_running(True)  # a running backup: its progress, Pause and Cancel
        settle(qtbot, 100)
        win.panel_scroll.verticalScrollBar().setValue(0)
        settle(qtbot, 50)
        for w in (win.panel.progress.bar, win.panel.progress.pause_button,
                  win.panel.progress.cancel_button):
            assert _out_of_sight(win, w) is None
        assert win.height() == 512 - 30 and layout_faults(win) == [] and overflows(win) == []
        win.panel.set_running(False)
        settle(qtbot, 50)
        out = os.environ.get("BACKUPGUI_SHOTS")
        if out:
            win.grab().save(str(Path(out) / f"main-window-narrow-{code}.png"))
        win.set_stacked(False)
        win.resize(wide)
        settle(qtbot, 100)
        assert not _below(win) and win.panel_scroll.width() < win.table.width()
        # beside the list the action row is back in the card, below the selection
        assert win.panel.backup_button.parentWidget() is win.panel and win.card_footer.isHidden()
        assert win.panel.progress.parentWidget() is win.panel
        assert layout_faults(win) == [] and overflows(win) == []
