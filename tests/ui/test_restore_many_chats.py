"""The restore wizard's chats page with a backup of 200,000 chats (a chat list within its bound,
MAX_CHAT_LIST_BYTES, may hold ~300,000): the page shows, counts and ticks them, by mouse
buttons and by keyboard, and passes on exactly the chats ticked. The list is a model the view
asks for the rows on screen (a widget item per chat took 0.76 CPU s per 32,000 chats)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from backupgui.engine import BackupDetails
from backupgui.ui.restore.wizard import RestoreWizard, Unlocked
from backupgui.ui.widgets.formatting import number

from .conftest import MemoryKeyring
from .helpers import click, make_ctx

N = 200_000
HERE = 1_000  # chats already on this computer


def _details(n: int) -> BackupDetails:
    chats = tuple((f"{i:032x}", f"Chat {i} " + "x" * (i % 90), i % 50) for i in range(n))
    return BackupDetails(snapshot_id="20260101T000000Z-0000000000000000", set_id="s" * 32,
                         created="2026-01-01T00:00:00Z", device="Maria's laptop",
                         app_version="1.0", include_videos=True, chats=n,
                         messages=sum(c[2] for c in chats), media_files=0, media_bytes=0,
                         chat_names=chats)


def _chats_wizard(qtbot, tmp_path, details: BackupDetails, present: set[str]) -> RestoreWizard:
    wiz = RestoreWizard(make_ctx(tmp_path / "library", MemoryKeyring()))
    qtbot.addWidget(wiz)
    wiz.unlocked = Unlocked(key=bytes(32), backups=[], present=present)
    wiz.details = details
    wiz.setStartId(wiz.PAGE_CHATS)
    wiz.show()
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_CHATS, timeout=10_000)
    return wiz


def _key(qtbot, widget, key) -> None:
    qtbot.keyClick(widget, key)


def test_a_backup_of_200000_chats_shows_and_ticks(qtbot, tmp_path):
    details = _details(N)
    ids = [c[0] for c in details.chat_names]
    wiz = _chats_wizard(qtbot, tmp_path, details, set(ids[:HERE]) | {"not-in-the-backup"})
    page, nxt = wiz.chats_page, wiz.button(wiz.WizardButton.NextButton)
    model, view = page.model, page.list
    assert model.rowCount() == N and view.accessibleName() == "Chats in the backup"
    assert page.count.text() == f"{number(N)} of {number(N)} chats selected"
    assert number(HERE) in page.present_label.text() and page.merge.isVisible()
    row = model.index(7)
    assert "Chat 7 " in row.data() and "7 messages" in row.data()
    assert row.data(Qt.ItemDataRole.UserRole) == ids[7]
    assert row.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert row.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert "Chat 7 " in row.data(Qt.ItemDataRole.ToolTipRole)
    assert nxt.isEnabled() and nxt.text() == "&Restore"

    # The keyboard starts in the list on the first chat: Space unticks it.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view, timeout=5000)
    _key(qtbot, view, Qt.Key.Key_Space)
    chosen = page.chosen()
    assert len(chosen) == N - 1 and ids[0] not in chosen and chosen[0] == ids[1]
    assert page.count.text() == f"{number(N - 1)} of {number(N)} chats selected"

    click(qtbot, page.none)
    assert page.chosen() == () and not nxt.isEnabled()
    assert page.count.text() == f"0 of {number(N)} chats selected"
    assert model.index(N - 1).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked

    # The last chat, by keyboard: End, Space.
    view.setFocus()
    _key(qtbot, view, Qt.Key.Key_End)
    assert view.currentIndex().row() == N - 1
    _key(qtbot, view, Qt.Key.Key_Space)
    assert page.chosen() == (ids[-1],) and nxt.isEnabled()
    assert page.count.text() == f"1 of {number(N)} chats selected"
    assert page.validatePage() and wiz.chats == (ids[-1],) and wiz.policy == "merge"

    click(qtbot, page.all)
    assert page.chosen() == tuple(ids) and page.model.ticked_count == N
    page.replace.setChecked(True)
    assert page.validatePage() and wiz.chats == tuple(ids) and wiz.policy == "replace"
    wiz.reject()


def test_shown_again_for_another_backup_every_chat_is_ticked_again(qtbot, tmp_path):
    """Back to the backups and Next on another: the page lists that backup's chats, all
    ticked, and asks nothing when none of them is here."""
    wiz = _chats_wizard(qtbot, tmp_path, _details(50), set())
    page = wiz.chats_page
    click(qtbot, page.none)
    assert page.chosen() == ()
    wiz.details = _details(3)
    page.initializePage()
    assert page.model.rowCount() == 3 and len(page.chosen()) == 3
    assert page.count.text() == "3 of 3 chats selected" and not page.merge.isVisible()
    assert "None of these chats" in page.present_label.text()
    wiz.reject()
