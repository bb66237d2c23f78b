"""The encryption dialog is as tall as the page it shows, not as its tallest page: it grows
and shrinks as pages change (its top where it was), the keyboard focus stays in the page, and
nothing of a page is squeezed or cut off (docs/GUI.md)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from .checks import layout_faults, overflows
from .screens import settle, themed


def _slack(dlg) -> int:
    """The empty room below the page's contents inside its scroll area."""
    page = dlg.stack.currentWidget()
    lay = page.layout()
    return dlg.body.viewport().height() - lay.totalHeightForWidth(dlg.body.viewport().width())


@pytest.mark.parametrize("code", ["en", "de", "ar"])
def test_each_page_at_its_own_height(code, qtbot, qapp, tmp_path):
    from backupgui.ui.backup.encryption import SETUP, EncryptionDialog

    from .conftest import MemoryKeyring
    from .helpers import make_ctx

    with themed(qapp, code):
        ctx = make_ctx(tmp_path / "library", MemoryKeyring())
        ctx.settings.vault_url = "https://vault.example"  # the third choice: its page shows
        dlg = EncryptionDialog(ctx, SETUP)
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitExposed(dlg)
        settle(qtbot, 50)
        heights, problems = {}, []

        def look(name: str) -> None:
            settle(qtbot, 50)
            heights[name] = dlg.height()
            if _slack(dlg) > 8:  # (rounding; the old dialog left 100-250 px)
                problems.append(f"{name}: {_slack(dlg)} px empty below the page")
            if dlg.body.verticalScrollBar().isVisible():  # (offscreen: no screen to fit)
                problems.append(f"{name}: the page scrolls ({_slack(dlg)} px)")
            problems.extend(f"{name}: {p}" for p in layout_faults(dlg) + overflows(dlg))
            focus = QApplication.focusWidget()
            if focus is None or not dlg.isAncestorOf(focus) or not focus.isVisible():
                problems.append(f"{name}: the focus left the dialog ({focus})")

        look("choose")
        top = dlg.geometry().top()
        dlg.choose_key.click()
        look("key")
        dlg.back_button.click()
        look("choose again")
        dlg.choose_password.click()
        look("password")
        assert QApplication.focusWidget() is dlg.new_password.password
        dlg.back_button.click()
        look("choose, back from the password")
        assert dlg.geometry().top() == top  # it grew and shrank downwards only
        assert problems == [], "\n".join(problems)
        assert heights["choose"] == heights["choose again"]
        assert len({heights["choose"], heights["key"], heights["password"]}) == 3, heights
        dlg.reject()
