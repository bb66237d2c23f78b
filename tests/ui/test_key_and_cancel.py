"""The 64-digit key flow with its confirmation step; cancelling and closing during a backup."""

from __future__ import annotations

import threading

import pytest

from backupgui.crypto.keys import format_key
from backupgui.crypto.material import RawKey
from backupgui.destinations.folder import FolderDestination
from backupgui.device.keystore import KeyStore
from backupgui.engine import describe, list_backups
from backupgui.library.demo import add_demo_messages
from backupgui.library.store import Library
from backupgui.ui.backup import jobs as backup_jobs
from backupgui.ui.restore.wizard import RestoreWizard

from .conftest import MemoryKeyring
from .helpers import (
    click,
    make_ctx,
    open_window,
    restore_to_key_page,
    wait_dialog,
    wait_for,
    watch_backups,
)


def _first_backup_with_key(qtbot, w):
    done = watch_backups(w)
    click(qtbot, w.panel.backup_button)
    dlg = wait_dialog(qtbot, w.controller)
    click(qtbot, dlg.choose_key)
    assert dlg.stack.currentWidget() is dlg.page_key
    groups = dlg.key_grid.groups()
    assert len(groups) == 16 and all(len(g) == 4 for g in groups)
    shown = [c.text() for c in dlg.key_grid._cells]
    assert shown == groups
    click(qtbot, dlg.next_button)  # "I saved my key"
    assert dlg.stack.currentWidget() is dlg.page_confirm
    # wrong groups are refused
    for f in dlg.confirm_fields:
        qtbot.keyClicks(f, "zzzz")
    click(qtbot, dlg.next_button)
    assert "does not match" in dlg.confirm_error.text()
    assert dlg.isVisible()
    for f, g in zip(dlg.confirm_fields, dlg.confirm_groups, strict=True):
        f.clear()
        qtbot.keyClicks(f, groups[g].upper())  # case does not matter
    click(qtbot, dlg.next_button)
    kind, outcome = wait_for(qtbot, done)
    assert kind == "ok", outcome
    return " ".join(groups), outcome, done


def test_key_flow_and_restore_with_key(qtbot, tmp_path, demo_library, isolated, monkeypatch):
    ctx = make_ctx(demo_library, isolated)
    ctx.settings.folder_path = str(tmp_path / "dest")
    (tmp_path / "dest").mkdir(exist_ok=True)
    ctx.save()
    w = open_window(qtbot, ctx)
    key_text, outcome, _ = _first_backup_with_key(qtbot, w)
    assert ctx.settings.key_mode == "key"
    stored = KeyStore(isolated).load(outcome.result.set_id)
    assert stored is not None and format_key(stored) == key_text
    w.close()

    # new computer, restore with the key: a malformed key is explained, the right one works
    monkeypatch.setenv("BACKUPGUI_CONFIG_DIR", str(tmp_path / "config2"))
    ctx2 = make_ctx(tmp_path / "lib2", MemoryKeyring())
    w2 = open_window(qtbot, ctx2)
    wiz: RestoreWizard = restore_to_key_page(qtbot, w2, tmp_path / "dest")
    nxt = wiz.button(wiz.WizardButton.NextButton)
    page = wiz.key_page
    assert page.key.isVisible() and not page.password.isVisible()
    qtbot.keyClicks(page.key, "1234 abcd xyz")
    click(qtbot, nxt)
    assert page.error.isVisible() and "64 characters" in page.error.text() or \
        "0-9" in page.error.text()
    page.key.clear()
    qtbot.keyClicks(page.key, key_text.replace(" ", "-"))
    click(qtbot, nxt)
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_BACKUPS, timeout=10_000)
    click(qtbot, nxt)
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_CHATS, timeout=10_000)
    wiz.reject()


@pytest.fixture
def paused_upload(monkeypatch):
    """Makes the next backup pause itself in the middle of uploading media."""
    class Trap:
        armed = threading.Event()
        reached = threading.Event()

    real = backup_jobs.backup

    def backup(req, progress, cancel):
        def spy(p):
            progress(p)
            if (Trap.armed.is_set() and p.phase == "Encrypting and uploading"
                    and p.done_bytes > 0 and not Trap.reached.is_set()):
                cancel.pause()
                Trap.reached.set()
        return real(req, spy, cancel)

    monkeypatch.setattr(backup_jobs, "backup", backup)
    return Trap


def _prepare_second_backup(qtbot, tmp_path, demo_library, isolated):
    ctx = make_ctx(demo_library, isolated)
    ctx.settings.folder_path = str(tmp_path / "dest")
    (tmp_path / "dest").mkdir(exist_ok=True)
    ctx.save()
    w = open_window(qtbot, ctx)
    key_text, outcome, done = _first_backup_with_key(qtbot, w)
    with Library(demo_library) as lib:  # new messages and photos since the first backup
        for i, c in enumerate(lib.list_chats()):
            add_demo_messages(lib, c.id, 20, seed=100 + i, with_photo=True)
    dest = FolderDestination(tmp_path / "dest")
    before = sorted(p.relative_to(dest.root) for p in dest.root.rglob("*") if p.is_file())
    return w, dest, before, outcome, done


def test_cancel_mid_backup_keeps_previous_backup(qtbot, tmp_path, demo_library, isolated,
                                                 paused_upload):
    w, dest, before, first, done = _prepare_second_backup(qtbot, tmp_path, demo_library, isolated)
    paused_upload.armed.set()
    w.reload_chats()
    qtbot.waitUntil(lambda: not w._loading)
    click(qtbot, w.panel.backup_button)
    assert paused_upload.reached.wait(30)
    assert w.panel.progress.isVisible()
    # the window stays responsive while the job runs
    w.resize(900, 600)
    qtbot.wait(50)
    click(qtbot, w.panel.progress.cancel_button)
    kind, _ = wait_for(qtbot, done, 2)
    assert kind == "cancelled"
    assert w.panel.backup_button.isVisible() and not w.panel.progress.isVisible()
    assert "cancelled" in w.panel.result.text()
    after = sorted(p.relative_to(dest.root) for p in dest.root.rglob("*") if p.is_file())
    # No new snapshot or index and no half-written file: only complete, encrypted packs may
    # stay (the engine adopts them at the next backup instead of uploading them again).
    new = set(after) - set(before)
    assert all(p.parts[2] == "data" for p in new), new
    assert set(before) <= set(after)
    backups = list_backups(dest)
    assert [b.snapshot_id for b in backups] == [first.result.snapshot_id]
    key = KeyStore(isolated).load(first.result.set_id)
    assert describe(dest, RawKey(key)).chats == first.result.chats


def test_closing_during_backup_asks_then_cancels(qtbot, tmp_path, demo_library, isolated,
                                                 paused_upload):
    w, dest, before, first, done = _prepare_second_backup(qtbot, tmp_path, demo_library, isolated)
    paused_upload.armed.set()
    click(qtbot, w.panel.backup_button)
    assert paused_upload.reached.wait(30)

    # "Keep backing up" leaves everything running
    w.close()
    qtbot.waitUntil(lambda: getattr(w, "close_box", None) is not None)
    box = w.close_box
    keep = [b for b in box.buttons() if "Keep" in b.text()][0]
    click(qtbot, keep)
    assert w.isVisible() and w.controller.running

    # "Stop backup and quit" cancels cleanly, then closes the window
    w.close()
    qtbot.waitUntil(lambda: getattr(w, "close_box", None) is not None)
    stop = [b for b in w.close_box.buttons() if "Stop" in b.text()][0]
    click(qtbot, stop)
    kind, _ = wait_for(qtbot, done, 2)
    assert kind == "cancelled"
    qtbot.waitUntil(lambda: not w.isVisible(), timeout=10_000)
    assert [b.snapshot_id for b in list_backups(dest)] == [first.result.snapshot_id]
