"""A restore checks the free space of the library's disk before it starts (RELIABILITY.md,
"A full disk"), on a real small file system: a tmpfs mounted in a mount namespace of its
own (``unshare``; skipped where the system allows none). Short of space, the CLI refuses
with exit code 17 and the wizard says how much is needed and free and offers Back, and
neither downloads or writes anything; with fewer chats it proceeds. The finish page names
the chat *Open* opens.

The tmpfs tests run in a child pytest inside the namespace (the mount is its own); the
outer test makes the backup and sizes the file system between the two restores' estimates.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from backupgui.cli import main as cli_main
from backupgui.crypto.keys import format_key, generate_key
from backupgui.crypto.material import RawKey
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import (
    BackupRequest,
    RestoreRequest,
    backup,
    estimate_restore_space,
    list_backups,
)
from backupgui.engine.snapshots import backup_chats
from backupgui.library.demo import create_demo_library
from backupgui.library.store import Library
from backupgui.ui.language import isolate
from backupgui.ui.restore.wizard import RestoreWizard, Unlocked
from backupgui.ui.widgets.formatting import human_size

from .conftest import MemoryKeyring
from .helpers import click, make_ctx

ROOT = Path(__file__).resolve().parents[2]
ENV = "BACKUPGUI_TEST_SMALL_DISK"
SLACK = 2 << 20  # room on the small disk over the smaller restore's estimate


def _namespaces_allowed(tmp: Path) -> str | None:
    if not sys.platform.startswith("linux") or not shutil.which("unshare"):
        return "needs Linux and unshare"
    probe = subprocess.run(["unshare", "-r", "-m", "mount", "-t", "tmpfs", "-o", "size=1m",
                            "tmpfs", str(tmp)], capture_output=True, timeout=30)
    return None if probe.returncode == 0 else "mount namespaces (unshare -r -m) are not allowed here"


def _backed_up(tmp_path: Path) -> dict:
    """A folder backup of a demo library with ~8 MB of media; its key in a file."""
    lib = tmp_path / "old-library"
    create_demo_library(lib, chats=4, seed=5, media_mb=8)
    dest = tmp_path / "backups"
    dest.mkdir()
    key = generate_key()
    res = backup(BackupRequest(lib, FolderDestination(dest), RawKey(key), device_name="old laptop"))
    key_file = tmp_path / "key.txt"
    key_file.write_text(format_key(key))
    with Library(lib, create=False) as old:
        chats = sorted(old.list_chats(), key=lambda c: (c.media_bytes, c.id))
    return {"dest": str(dest), "key": key.hex(), "key_file": str(key_file),
            "snapshot": res.snapshot_id, "one": chats[0].id, "one_name": chats[0].name,
            "all": sorted(c.id for c in chats)}


def _estimate(info: dict, lib: Path, chats) -> int:
    est = estimate_restore_space(RestoreRequest(FolderDestination(Path(info["dest"])), lib,
                                                RawKey(bytes.fromhex(info["key"])),
                                                chats=tuple(chats)))
    assert est.free is not None and est.free > 0
    return est.needed


def _chats_wizard(qtbot, info: dict, library: Path) -> RestoreWizard:
    """The wizard on its chats page for the backup ``info`` (the pages before it are other
    tests' subject)."""
    ctx = make_ctx(library, MemoryKeyring())
    ctx.settings.folder_path = info["dest"]
    wiz = RestoreWizard(ctx)
    qtbot.addWidget(wiz)
    dest, key = FolderDestination(Path(info["dest"])), bytes.fromhex(info["key"])
    wiz.chosen = next(b for b in list_backups(dest) if b.snapshot_id == info["snapshot"])
    wiz.unlocked = Unlocked(key=key, backups=[wiz.chosen], present=set())
    wiz.details = backup_chats(dest, RawKey(key), wiz.chosen.set_id, info["snapshot"])
    wiz.setStartId(wiz.PAGE_CHATS)
    wiz.show()
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_CHATS, timeout=10_000)
    return wiz


def _untouched(library: Path) -> None:
    """Nothing restored, nothing staged, no media written."""
    with Library(library, create=False) as lib:
        assert lib.chat_ids() == []
        assert not any(lib.media_dir.rglob("*")) if lib.media_dir.exists() else True
    assert not list(library.glob(".restore-*"))


def test_on_a_small_disk(tmp_path):
    probe = tmp_path / "probe"
    probe.mkdir()
    if (why := _namespaces_allowed(probe)) is not None:
        pytest.skip(why)
    info = _backed_up(tmp_path)
    one = _estimate(info, tmp_path / "scratch-1", [info["one"]])
    every = _estimate(info, tmp_path / "scratch-2", info["all"])
    assert every > one + 2 * SLACK, (one, every)  # the backup's media make the difference
    size = one + SLACK
    disk = tmp_path / "small-disk"
    disk.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT), ENV: json.dumps({**info, "disk": str(disk)}),
           "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        ["unshare", "-r", "-m", "sh", "-c",
         'mount -t tmpfs -o size="$1" tmpfs "$0" && exec "$2" -m pytest -q -p no:cacheprovider'
         ' "$3" -k small_disk_inner -rs', str(disk), str(size), sys.executable, __file__],
        capture_output=True, text=True, timeout=600, cwd=ROOT, env=env)
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    assert "2 passed" in proc.stdout, proc.stdout[-2000:]


def _inner() -> dict:
    raw = os.environ.get(ENV)
    if not raw:
        pytest.skip("runs inside test_on_a_small_disk's mount namespace")
    return json.loads(raw)


def test_small_disk_inner_cli_refuses_then_restores_fewer(tmp_path, capsys, isolated):
    info = _inner()
    lib = Path(info["disk"]) / "cli-library"
    free = shutil.disk_usage(info["disk"]).free
    args = ["restore", "--dest", info["dest"], "--library", str(lib), "--key-file",
            info["key_file"], "-q"]
    assert cli_main(args) == 17
    err = capsys.readouterr().err
    assert "Not enough free space to restore" in err and "Nothing was changed" in err
    _untouched(lib)
    # Nothing was downloaded into the library's disk: only the new library's own file.
    assert free - shutil.disk_usage(info["disk"]).free < 1 << 20

    assert cli_main([*args, "--chats", info["one"]]) == 0
    with Library(lib, create=False) as restored:
        assert restored.chat_ids() == [info["one"]]


def _says_short_of_space(wiz: RestoreWizard, lib: Path) -> None:
    """The progress page in its "not enough space" state: its title says so (not
    "Restoring ..."), how much is needed and free and where, what to do, and only the
    buttons that make sense (Back, Try again, the wizard's Cancel; no Pause, no progress)."""
    progress = wiz.progress_page
    assert progress.title() == "Not enough free space"
    assert progress.subTitle() == "Nothing was downloaded or changed on this computer."
    assert progress.panel.phase.text() == "Not enough free space on this computer"
    text = progress.panel.figures.text()
    free = shutil.disk_usage(lib).free
    # The figures are the engine's, in the user's format (here the free space is exact)
    assert human_size(free).replace(" ", "\u00a0") in text and "about" in text, text
    assert str(lib).replace("/", "/\u200b") in text, text  # where: the library's folder
    advice = progress.advice.text()
    assert "Free some space" in advice and "pick fewer chats" in advice and \
        "--library" in advice, advice
    assert progress.retry.isVisible() and progress.retry.isEnabled()
    assert not progress.panel.bar.isVisible()
    assert not progress.panel.pause_button.isVisible()
    assert not progress.panel.cancel_button.isVisible()
    assert wiz.button(wiz.WizardButton.BackButton).isEnabled()
    assert not wiz.button(wiz.WizardButton.NextButton).isEnabled()


def test_small_disk_inner_wizard_says_so_and_goes_back(qtbot, isolated):
    info = _inner()
    lib = Path(info["disk"]) / "gui-library"
    wiz = _chats_wizard(qtbot, info, lib)
    page, nxt = wiz.chats_page, wiz.button(wiz.WizardButton.NextButton)
    assert len(page.chosen()) == len(info["all"])
    click(qtbot, nxt)
    progress = wiz.progress_page
    qtbot.waitUntil(lambda: progress.task is None and "space" in progress.panel.phase.text(),
                    timeout=30_000)
    assert wiz.currentId() == wiz.PAGE_PROGRESS and wiz.result is None
    _says_short_of_space(wiz, lib)
    _untouched(lib)
    # Try again runs the check again (the disk is as short as before): the same answer
    click(qtbot, progress.retry)
    qtbot.waitUntil(lambda: progress.task is None and progress.retry.isVisible(),
                    timeout=30_000)
    _says_short_of_space(wiz, lib)
    _untouched(lib)
    back = wiz.button(wiz.WizardButton.BackButton)

    click(qtbot, back)
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_CHATS, timeout=10_000)
    click(qtbot, page.none)
    row = page.model.ids().index(info["one"])
    page.model.setData(page.model.index(row), Qt.CheckState.Checked.value,
                       Qt.ItemDataRole.CheckStateRole)
    assert page.chosen() == (info["one"],)
    click(qtbot, nxt)
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_SUMMARY, timeout=60_000)
    assert wiz.result is not None and wiz.result.chats == 1
    assert wiz.progress_page.title() == "Restoring your chats"  # (its own title again)
    button = wiz.summary_page.open_chat
    assert button.text() == "&Open " + isolate(info["one_name"]).replace("&", "&&")
    wiz.reject()


def test_the_finish_page_names_the_chat_it_opens(qtbot, tmp_path, isolated):
    info = _backed_up(tmp_path)
    wiz = _chats_wizard(qtbot, info, tmp_path / "library")
    page = wiz.chats_page
    first = page.chosen()[0]
    name = next(n for cid, n, _c in wiz.details.chat_names if cid == first)
    click(qtbot, wiz.button(wiz.WizardButton.NextButton))  # room enough: it restores
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_SUMMARY, timeout=60_000)
    summary = wiz.summary_page
    assert summary.first_chat_name() == name
    assert summary.open_chat.text() == "&Open " + isolate(name).replace("&", "&&")
    opened = []

    class Window:  # what the main window offers the wizard (MainWindow.open_chat)
        def open_chat(self, cid):
            opened.append(cid)

    wiz.parent = lambda: Window()
    click(qtbot, summary.open_chat)
    assert opened == [first]
    wiz.reject()
