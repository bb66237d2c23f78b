"""The restore wizard shows the newest backup's date and device and runs the rollback check
(issue 19 section 2): format v1's wizard named the snapshot the user picked, and the engine
skipped its check for a named snapshot."""

from __future__ import annotations

from backupgui.destinations.folder import FolderDestination
from backupgui.engine import BackupRequest, backup
from backupgui.library.demo import add_demo_messages
from backupgui.library.store import Library
from backupgui.ui.restore.wizard import RestoreWizard

from .conftest import FAST_KDF, MemoryKeyring
from .helpers import click, make_ctx, open_window, submit_restore_password

PASSWORD = "correct horse battery staple"


def _two_backups(library, dest_dir):
    from backupgui.crypto.material import Password

    pw = Password(PASSWORD, kdf=FAST_KDF)
    dest = FolderDestination(dest_dir)
    first = backup(BackupRequest(library, dest, pw, device_name="Maria's laptop"))
    with Library(library) as lib:
        add_demo_messages(lib, lib.chat_ids()[0], 4, seed=7)
    second = backup(BackupRequest(library, dest, pw, device_name="Maria's laptop"))
    return first, second


def _to_backups_page(qtbot, window, dest_dir) -> RestoreWizard:
    wiz: RestoreWizard = submit_restore_password(qtbot, window, dest_dir, PASSWORD)
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_BACKUPS, timeout=20_000)
    return wiz


def test_a_rolled_back_destination_must_be_confirmed(qtbot, tmp_path, demo_library, isolated):
    """On the computer that made the newer backup, the wizard says the destination lost it
    and restores the older one only after the user ticks 'Restore this older backup anyway'."""
    dest_dir = tmp_path / "backups"
    first, second = _two_backups(demo_library, dest_dir)
    (dest_dir / "sets" / second.set_id / "snapshots" / second.snapshot_id).unlink()
    ctx = make_ctx(demo_library, isolated)
    w = open_window(qtbot, ctx)
    wiz = _to_backups_page(qtbot, w, dest_dir)
    page = wiz.backups_page
    assert "Newest backup:" in page.newest.text() and "Maria" in page.newest.text()
    assert page.history.isVisible() and "missing" in page.history.text()
    assert page.accept_rollback.isVisible() and not page.accept_rollback.isChecked()
    nxt = wiz.button(wiz.WizardButton.NextButton)
    assert not nxt.isEnabled()  # nothing is restored without the user's word
    page.accept_rollback.setChecked(True)
    assert nxt.isEnabled()
    click(qtbot, nxt)
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_CHATS, timeout=20_000)
    click(qtbot, nxt)
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_SUMMARY, timeout=30_000)
    assert wiz.result.snapshot_id == first.snapshot_id
    wiz.reject()


def test_a_new_computer_sees_the_newest_date_and_device(qtbot, tmp_path, demo_library, monkeypatch):
    dest_dir = tmp_path / "backups"
    _first, second = _two_backups(demo_library, dest_dir)
    monkeypatch.setenv("BACKUPGUI_CONFIG_DIR", str(tmp_path / "config2"))
    ctx = make_ctx(tmp_path / "new-library", MemoryKeyring())
    w = open_window(qtbot, ctx)
    wiz = _to_backups_page(qtbot, w, dest_dir)
    page = wiz.backups_page
    assert page.newest.isVisible()
    assert "Newest backup:" in page.newest.text() and "Maria" in page.newest.text()
    assert "Check that this is the newest backup" in page.history.text()
    assert not page.accept_rollback.isVisible()
    nxt = wiz.button(wiz.WizardButton.NextButton)
    click(qtbot, nxt)
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_CHATS, timeout=20_000)
    click(qtbot, nxt)
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_SUMMARY, timeout=30_000)
    assert wiz.result.snapshot_id == second.snapshot_id
    wiz.reject()


def test_the_chats_page_shows_the_device_name_as_text(qtbot, tmp_path, demo_library, monkeypatch):
    """The chats page's subtitle is rich text (Qt guesses it): a device name from the backup
    such as '<img src=...>' or '<a href=...>' is shown as the characters it is (red-team
    finding; the old subtitle rendered it)."""
    from backupgui.crypto.material import Password

    dest_dir = tmp_path / "backups"
    evil = '<b>Maria</b><a href="https://evil.example">verify</a>'
    backup(BackupRequest(demo_library, FolderDestination(dest_dir), Password(PASSWORD, kdf=FAST_KDF),
                         device_name=evil))
    monkeypatch.setenv("BACKUPGUI_CONFIG_DIR", str(tmp_path / "config2"))
    w = open_window(qtbot, make_ctx(tmp_path / "new-library", MemoryKeyring()))
    wiz = _to_backups_page(qtbot, w, dest_dir)
    click(qtbot, wiz.button(wiz.WizardButton.NextButton))
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_CHATS, timeout=20_000)
    sub = wiz.page(wiz.PAGE_CHATS).subTitle()
    assert "&lt;b&gt;Maria&lt;/b&gt;&lt;a href=" in sub and "<b>" not in sub and "<a " not in sub
    wiz.reject()
