"""The restore wizard's list of backups from this computer's snapshot summary cache (s18,
docs/SECURITY.md 2.11), the real widgets on a real folder: with the cache warm, reaching the
list reads no manifest and shows exactly the rows shown without a cache (which reads them
all); the backup picked is still read (its chats) and restored."""

from __future__ import annotations

import shutil

from backupgui.destinations.folder import FolderDestination
from backupgui.engine import BackupRequest, backup
from backupgui.engine.summaries import cache_root
from backupgui.library.demo import add_demo_messages
from backupgui.library.store import Library
from backupgui.ui.restore.wizard import RestoreWizard

from .conftest import FAST_KDF
from .helpers import click, make_ctx, open_window, submit_restore_password

PASSWORD = "correct horse battery staple"


def _rows(wiz: RestoreWizard) -> list[list[str]]:
    tree = wiz.backups_page.tree
    return [[tree.topLevelItem(i).text(c) for c in range(tree.columnCount())]
            for i in range(tree.topLevelItemCount())]


def test_the_wizards_list_reads_no_manifest_this_computer_has_seen(qtbot, tmp_path, demo_library,
                                                                   isolated, monkeypatch):
    from backupgui.crypto.material import Password

    dest_dir = tmp_path / "backups"
    pw = Password(PASSWORD, kdf=FAST_KDF)
    made = []
    for i in range(3):
        with Library(demo_library) as lib:
            add_demo_messages(lib, lib.chat_ids()[0], 2, seed=40 + i)
        made.append(backup(BackupRequest(demo_library, FolderDestination(dest_dir), pw,
                                         device_name="Maria's laptop")))
    reads: list[str] = []
    real = FolderDestination.stream

    def stream(self, name, *a, **kw):
        if "/snapshots/" in name:
            reads.append(name.rsplit("/", 1)[1])
        return real(self, name, *a, **kw)

    monkeypatch.setattr(FolderDestination, "stream", stream)
    w = open_window(qtbot, make_ctx(demo_library, isolated))
    shown = []
    for cached in (True, False):
        if not cached:
            shutil.rmtree(cache_root())
        reads.clear()
        wiz = submit_restore_password(qtbot, w, dest_dir, PASSWORD)
        qtbot.waitUntil(lambda wiz=wiz: wiz.currentId() == wiz.PAGE_BACKUPS, timeout=20_000)
        shown.append((_rows(wiz), wiz.backups_page.newest.text(), sorted(reads)))
        if cached:
            wiz.reject()
    assert shown[0][2] == [] and shown[1][2] == sorted(r.snapshot_id for r in made)
    assert shown[0][:2] == shown[1][:2] and len(shown[0][0]) == 3
    # The backup picked is read from the destination (its chats), and restored.
    reads.clear()
    nxt = wiz.button(wiz.WizardButton.NextButton)
    click(qtbot, nxt)
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_CHATS, timeout=20_000)
    assert reads == [made[-1].snapshot_id]
    click(qtbot, nxt)
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_SUMMARY, timeout=30_000)
    assert wiz.result.snapshot_id == made[-1].snapshot_id
    assert made[-1].snapshot_id in reads[1:]  # (the restore read it again, authenticated)
    wiz.reject()
