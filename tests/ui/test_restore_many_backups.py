"""A person with many large backups opens the restore wizard, picks any backup and restores
chats from it. The wizard lists the backups from their summaries and reads the chats of the
one picked only then, in the background: the progress panel with Stop below the list, a
failure said there, the other backups still there to pick.

Before, unlocking read every backup's chat list into the overview, within 128 MiB of them:
the set planted here (6 backups of 32,000 chats with long names, beside a real one) was
refused with "This backup set's backups list more chats together than backupgui can show at
once", and nothing could be restored from it.

The wizard is grabbed to PNG in the test's folder at each state (to look at it).
"""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
import zstandard

from backupgui.crypto.material import Password
from backupgui.crypto.segments import ObjectType
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import BackupRequest, backup
from backupgui.engine.repository import Repo, snapshot_name
from backupgui.engine.types import BackupSummary
from backupgui.format.manifest import MAX_MANIFEST_PLAINTEXT, ChatEntry, created_fields
from backupgui.library.store import Library
from backupgui.ui.restore import wizard as wizard_module
from backupgui.ui.restore.wizard import RestoreWizard

from .conftest import FAST_KDF, MemoryKeyring
from .helpers import click, make_ctx, open_window, submit_restore_password

PASSWORD = "correct horse battery staple"
PLANTED = 6
FILLER = 32_000  # chats per planted backup, each with its own ids and ~300-character names


def _real_backup(library, dest_dir):
    pw = Password(PASSWORD, kdf=FAST_KDF)
    dest = FolderDestination(dest_dir)
    return pw, dest, backup(BackupRequest(library, dest, pw, device_name="Maria's laptop"))


def _plant_large(library, dest_dir) -> list[str]:
    """A real backup of the demo library, then PLANTED newer backups that hold its chats
    (their messages are the real backup's) and FILLER other chats each (written with the
    key, as a large honest history would be). Their snapshot ids, oldest first."""
    pw, dest, first = _real_backup(library, dest_dir)
    repo = Repo.open(dest, pw, first.set_id)
    m0 = repo.load_manifest(first.snapshot_id)
    start = datetime.fromtimestamp(m0.created_ms / 1000, UTC)
    prev, ids = m0.snapshot_id, [m0.snapshot_id]
    words = "lorem ipsum " * 24
    for n in range(PLANTED):
        when = start + timedelta(minutes=n + 1)
        created, created_ms = created_fields(when)
        filler = tuple(ChatEntry(f"f{n}-{i:05d}", f"Group {n}-{i:05d} {words}", "group", "test",
                                 None, (), 0, 0, 0, None, ()) for i in range(FILLER))
        chats = m0.chats + filler
        sid = snapshot_name(when)
        repo.write_manifest(replace(m0, snapshot_id=sid, created=created, created_ms=created_ms,
                                    device=f"Phone {n + 1}", chats=chats,
                                    totals=replace(m0.totals, chats=len(chats)),
                                    seq=m0.seq + n + 1, prev=prev))
        prev = sid
        ids.append(sid)
    return ids


@pytest.fixture
def paused_read(monkeypatch):
    """Makes the next read of a backup's chats pause itself once it has read a piece (as the
    panel's Pause would), so that Stop is pressed while it runs."""
    class Trap:
        armed = threading.Event()
        reached = threading.Event()

    real = wizard_module.read_chats

    def read_chats(spec, key, set_id, sid, size, progress, cancel):
        def spy(p):
            progress(p)
            if Trap.armed.is_set() and p.done_bytes > 0 and not Trap.reached.is_set():
                cancel.pause()
                Trap.reached.set()
        return real(spec, key, set_id, sid, size, spy, cancel)

    monkeypatch.setattr(wizard_module, "read_chats", read_chats)
    return Trap


def _shot(wiz, tmp_path, name: str) -> None:
    wiz.grab().toImage().save(str(tmp_path / f"{name}.png"))


def _pick(wiz, row: int) -> str:
    tree = wiz.backups_page.tree
    item = tree.topLevelItem(row)
    tree.setCurrentItem(item)
    return item.data(0, wizard_module.Qt.ItemDataRole.UserRole)


def test_many_large_backups_open_and_any_restores(qtbot, tmp_path, demo_library, paused_read):
    dest_dir = tmp_path / "backups"
    ids = _plant_large(demo_library, dest_dir)
    with Library(demo_library) as lib:
        real = {c.id: (c.name, c.message_count) for c in lib.list_chats()}
    new_lib = tmp_path / "new-library"
    w = open_window(qtbot, make_ctx(new_lib, MemoryKeyring()))
    wiz: RestoreWizard = submit_restore_password(qtbot, w, dest_dir, PASSWORD)
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_BACKUPS, timeout=120_000)
    page = wiz.backups_page
    nxt = wiz.button(wiz.WizardButton.NextButton)
    tree = page.tree
    assert tree.topLevelItemCount() == PLANTED + 1
    assert tree.topLevelItem(0).text(3) == f"{len(real) + FILLER:,}"  # from the summary
    # the overview holds no chat list
    assert all(type(b) is BackupSummary for b in wiz.unlocked.backups)
    assert not page.loading.isVisible()
    _shot(wiz, tmp_path, "1-list")

    # Pick an older one (not the newest): its chats are read now, and Stop stops that.
    sid = _pick(wiz, 3)
    assert sid == ids[-4]
    paused_read.armed.set()
    click(qtbot, nxt)
    assert paused_read.reached.wait(60)
    qtbot.waitUntil(lambda: page.loading.bar.maximum() == 1000 and page.loading.bar.value() > 0,
                    timeout=10_000)
    assert page.loading.isVisible() and not tree.isEnabled() and not nxt.isEnabled()
    assert page.loading.cancel_button.text() == "&Stop"
    _shot(wiz, tmp_path, "2-reading")
    click(qtbot, page.loading.cancel_button)
    qtbot.waitUntil(lambda: page.note.isVisible(), timeout=10_000)
    assert page.note.text().startswith("Stopped. Nothing was changed on this computer.")
    assert not page.loading.isVisible() and tree.isEnabled() and nxt.isEnabled()
    assert wiz.currentId() == wiz.PAGE_BACKUPS and wiz.details is None
    _shot(wiz, tmp_path, "3-stopped")

    # Next again: read to the end, on to its chats.
    paused_read.armed.clear()
    click(qtbot, nxt)
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_CHATS, timeout=120_000)
    chats = wiz.chats_page
    assert wiz.details.snapshot_id == sid and chats.model.rowCount() == len(real) + FILLER
    _shot(wiz, tmp_path, "4-chats")
    click(qtbot, chats.none)  # one count for 32,000 ticks, not one per tick
    assert chats.chosen() == () and not nxt.isEnabled()
    model, Role = chats.model, wizard_module.Qt.ItemDataRole
    for i in range(model.rowCount()):
        index = model.index(i)
        if index.data(Role.UserRole) in real:
            model.setData(index, wizard_module.Qt.CheckState.Checked, Role.CheckStateRole)
    assert set(chats.chosen()) == set(real)
    click(qtbot, nxt)
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_SUMMARY, timeout=120_000)
    assert wiz.result.snapshot_id == sid and wiz.result.chats == len(real)
    wiz.reject()
    w.close()
    with Library(new_lib) as lib:  # the real chats, whole, from the backup picked
        assert {c.id: (c.name, c.message_count) for c in lib.list_chats()} == real
        assert all(len(lib.messages(cid)) == n for cid, (_name, n) in real.items())


def _bomb() -> bytes:
    """A zstd frame without its size (under 1 MiB) that expands past the manifest's bound."""
    cobj = zstandard.ZstdCompressor(write_content_size=False).compressobj()
    zeros = bytes(8 << 20)
    out = [cobj.compress(zeros) for _ in range((MAX_MANIFEST_PLAINTEXT >> 23) + 1)]
    frame = b"".join(out) + cobj.flush()
    assert len(frame) < 1 << 20
    return frame


def test_a_picked_backup_that_no_longer_reads_is_said_and_another_restores(
        qtbot, tmp_path, demo_library):
    """The destination swaps the backup picked for an authentic manifest past the format's
    bound after the list was shown: its page says so, nothing changes on this computer, and
    another backup is picked and restored."""
    dest_dir = tmp_path / "backups"
    pw, dest, first = _real_backup(demo_library, dest_dir)
    second = backup(BackupRequest(demo_library, dest, pw, device_name="Maria's laptop"))
    new_lib = tmp_path / "new-library"
    w = open_window(qtbot, make_ctx(new_lib, MemoryKeyring()))
    wiz: RestoreWizard = submit_restore_password(qtbot, w, dest_dir, PASSWORD)
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_BACKUPS, timeout=30_000)
    page, nxt = wiz.backups_page, wiz.button(wiz.WizardButton.NextButton)
    assert _pick(wiz, 1) == first.snapshot_id
    where = dest_dir / "sets" / first.set_id / "snapshots" / first.snapshot_id
    where.unlink()
    Repo.open(dest, pw, first.set_id).put_object(f"snapshots/{first.snapshot_id}",
                                                 ObjectType.SNAPSHOT, _bomb())
    click(qtbot, nxt)
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=30_000)
    assert page.error.text().startswith(f"The backup is damaged: manifest {first.snapshot_id} "
                                        "is larger than the format allows.")
    assert page.note.text().startswith("Nothing was changed on this computer.")
    assert wiz.currentId() == wiz.PAGE_BACKUPS and page.tree.isEnabled()
    assert not page.loading.isVisible() and wiz.details is None
    with Library(new_lib) as lib:
        assert lib.chat_ids() == []
    _shot(wiz, tmp_path, "5-error")
    assert _pick(wiz, 0) == second.snapshot_id  # the error goes with the choice
    assert not page.error.isVisible() and not page.note.isVisible()
    click(qtbot, nxt)
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_CHATS, timeout=30_000)
    click(qtbot, nxt)
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_SUMMARY, timeout=60_000)
    assert wiz.result.snapshot_id == second.snapshot_id and wiz.result.chats == 4
    wiz.reject()
    w.close()
