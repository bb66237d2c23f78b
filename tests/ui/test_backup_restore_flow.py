"""The whole story through real widgets: choose chats, set a password, back up to a folder,
then restore on a "new computer" (empty library, fresh settings, empty keyring) and read the
chats in the viewer."""

from __future__ import annotations

from PySide6.QtCore import Qt

from backupgui.destinations.folder import FolderDestination
from backupgui.device.keystore import KeyStore
from backupgui.engine import list_backups
from backupgui.library.store import Library
from backupgui.ui.chats.model import ChatTableModel
from backupgui.ui.restore.wizard import RestoreWizard

from .conftest import MemoryKeyring
from .helpers import (
    click,
    make_ctx,
    open_window,
    set_password_in_dialog,
    wait_dialog,
    wait_for,
    watch_backups,
)

PASSWORD = "correct horse battery staple"


def _snapshot(lib_dir, chat_ids):
    with Library(lib_dir, create=False) as lib:
        return {cid: [(m.id, m.ts_ms, m.sender, m.kind, m.text,
                       tuple((r.sha256, r.kind, r.size) for r in m.media))
                      for m in lib.messages(cid)] for cid in chat_ids}


def test_backup_then_restore_on_a_new_computer(qtbot, tmp_path, demo_library, isolated,
                                               monkeypatch):
    dest_dir = tmp_path / "backups"
    dest_dir.mkdir()  # chosen in Settings, which makes a missing folder (tests/ui/test_first_day.py)
    ctx = make_ctx(demo_library, isolated)
    ctx.settings.folder_path = str(dest_dir)
    ctx.settings.device_name = "old laptop"
    ctx.save()
    w = open_window(qtbot, ctx)
    assert w.stack.currentWidget() is w.chats_page
    all_ids = [c.id for c in w.model.chats()]
    assert len(all_ids) == 4

    # untick one chat through the model (what a click on its check box does)
    left_out = w.model.chat_at(0).id
    w.model.setData(w.model.index(0, ChatTableModel.NAME), Qt.CheckState.Unchecked.value,
                    Qt.ItemDataRole.CheckStateRole)
    chosen = [c for c in all_ids if c != left_out]
    assert w.selection()[0] == chosen
    assert "3 chats" in w.panel.selection.text()

    # first backup: the encryption dialog asks for a password
    done = watch_backups(w)
    click(qtbot, w.panel.backup_button)
    dlg = wait_dialog(qtbot, w.controller)
    set_password_in_dialog(qtbot, dlg, PASSWORD)
    kind, outcome = wait_for(qtbot, done)
    assert kind == "ok", outcome
    assert outcome.result.chats == 3
    s = ctx.settings
    assert s.key_mode == "password" and s.set_id == outcome.result.set_id
    assert s.last_backup_result == "ok" and s.last_key_check
    assert isolated.items, "the backup key is kept in the keyring"
    assert PASSWORD not in repr(isolated.items)
    assert PASSWORD not in (tmp_path / "config" / "backupgui.ini").read_text()
    assert "On · Password" in w.panel._rows["e2ee"][2].text()

    # second backup: no question asked, the key comes from the keyring
    click(qtbot, w.panel.backup_button)
    kind, outcome2 = wait_for(qtbot, done, 2)
    assert kind == "ok" and w.controller.dialog is None
    assert outcome2.result.set_id == outcome.result.set_id
    expected = _snapshot(demo_library, chosen)
    w.close()

    # ---- a new computer: no library, no settings, empty keyring ----------------------------
    monkeypatch.setenv("BACKUPGUI_CONFIG_DIR", str(tmp_path / "config2"))
    ring2 = MemoryKeyring()
    new_lib = tmp_path / "new-library"
    ctx2 = make_ctx(new_lib, ring2)
    assert not ctx2.settings.folder_path
    w2 = open_window(qtbot, ctx2)
    assert w2.stack.currentWidget() is w2.empty_page

    wiz: RestoreWizard = w2.open_restore()
    qtbot.waitUntil(wiz.isVisible)
    where = wiz.where_page
    where.folder.setText(str(dest_dir))
    nxt = wiz.button(wiz.WizardButton.NextButton)
    click(qtbot, nxt)
    # The key comes first: only it reveals what each backup holds.
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_KEY, timeout=10_000)
    page = wiz.key_page
    assert page.password.isVisible() and not page.key.isVisible()
    assert "2 backups found" in page.found.text()

    # a wrong password says so and lets the user try again
    qtbot.keyClicks(page.password, "wrong password 123")
    click(qtbot, nxt)
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=10_000)
    assert "not correct" in page.error.text()
    assert wiz.currentId() == wiz.PAGE_KEY
    page.password.clear()
    qtbot.keyClicks(page.password, PASSWORD)
    click(qtbot, nxt)
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_BACKUPS, timeout=10_000)
    assert page.password.text() == ""  # the password does not linger in the widget
    tree = wiz.backups_page.tree
    assert tree.topLevelItemCount() == 2
    # Each backup shows its own device, chats and size (not the whole set's), and its time
    # to the second: two backups a minute apart never look the same.
    first, second = tree.topLevelItem(0), tree.topLevelItem(1)
    assert first.text(1) == second.text(1) == "old laptop"
    assert first.text(3) == "3"
    assert first.text(0) != second.text(0) and first.text(0).count(":") == 2
    assert "(latest)" in first.text(0)
    click(qtbot, nxt)
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_CHATS, timeout=10_000)
    chats_page = wiz.chats_page
    assert chats_page.model.rowCount() == 3 and len(chats_page.chosen()) == 3
    assert not chats_page.merge.isVisible()  # nothing here yet, no question to ask

    click(qtbot, nxt)
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_SUMMARY, timeout=30_000)
    assert wiz.result is not None and wiz.result.chats == 3
    assert "3 chats" in wiz.summary_page.text.text()
    assert wiz.summary_page.keep.isChecked()
    click(qtbot, wiz.button(wiz.WizardButton.FinishButton))
    qtbot.waitUntil(lambda: not wiz.isVisible())

    # the restored chats are identical, and the window shows them
    assert _snapshot(new_lib, chosen) == expected
    qtbot.waitUntil(lambda: w2.stack.currentWidget() is w2.chats_page, timeout=10_000)
    assert sorted(c.id for c in w2.model.chats()) == sorted(chosen)
    # this computer now backs up to the same set with the key in its keyring
    assert ctx2.settings.set_id == outcome.result.set_id
    qtbot.waitUntil(lambda: KeyStore(ring2).load(ctx2.settings.set_id) is not None)

    # read a chat in the viewer: same messages as on the old computer
    cid = chosen[0]
    viewer = w2.open_chat(cid)
    qtbot.addWidget(viewer)
    qtbot.waitUntil(lambda: viewer.model.rowCount() > 0, timeout=10_000)

    def all_paged_in() -> bool:
        # The viewer opens at the newest message; scrolling up loads the older pages
        # (a no-op while a page loads).
        viewer.model.fetch_older()
        return viewer.model.rowCount() == viewer.model.total

    qtbot.waitUntil(all_paged_in, timeout=20_000)
    assert viewer.model.rowCount() == len(expected[cid])
    got = [(m.id, m.text) for m in viewer.model.messages]
    assert got == [(m[0], m[4]) for m in expected[cid]]
    assert viewer.windowTitle() == viewer.model.chat.name[:80]
    viewer.close()
    assert len(list_backups(FolderDestination(dest_dir))) == 2
