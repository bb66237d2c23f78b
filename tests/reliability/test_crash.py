"""Crashes (issue 9): ``backupgui-cli backup`` and ``restore`` killed with SIGKILL at random
moments (random delays, after N bytes reached the destination or the restore's staging area,
or when a new index or manifest appears).

After every kill:

* the source library is unchanged and passes SQLite's integrity check;
* the latest backup at the destination verifies and restores (to the last good backup, or to
  the killed run's content when it got as far as writing its manifest);
* the next run starts cleanly or resumes (adopting the packs the killed run finished) and
  completes; its backup restores byte-identical;
* a killed restore leaves every row of the target library as it was and the media store holds
  only complete, verified files (checked by SHA-256); the next restore completes.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from backupgui.crypto.keys import format_key
from backupgui.crypto.material import RawKey
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import RestoreRequest, VerifyRequest, list_backups, restore, verify
from backupgui.library.demo import add_demo_messages, create_demo_library
from backupgui.library.store import Library
from tests.engine.helpers import cli_argv

from .conftest import content, count, db_rows, files, report, rng, sha256_file

KEY = bytes.fromhex("c3" * 32)


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items()
            if k not in ("BACKUPGUI_PASSWORD", "BACKUPGUI_NEW_PASSWORD")}


def _start(*args: object) -> subprocess.Popen:
    return subprocess.Popen(cli_argv() + [str(a) for a in args], env=_env(),
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, start_new_session=True)


def _run(*args: object) -> str:
    p = _start(*args)
    out, err = p.communicate(timeout=300)
    assert p.returncode == 0, (args, out.decode(), err.decode())
    return out.decode()


def _tree_bytes(root: Path) -> int:
    n = 0
    for dirpath, _, names in os.walk(root):
        for fn in names:
            try:
                n += os.stat(os.path.join(dirpath, fn)).st_size
            except FileNotFoundError:
                pass
    return n


def _names(root: Path, sub: str) -> set[str]:
    return {p.name for p in root.glob(f"sets/*/{sub}/*")}


def _kill_when(proc: subprocess.Popen, trigger, timeout: float = 120) -> bool:
    """SIGKILL ``proc`` once ``trigger()`` is true; False if it exited first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        if trigger():
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            return proc.returncode == -signal.SIGKILL
        time.sleep(0.001)
    raise AssertionError("the process neither finished nor reached its kill point")


def _integrity_ok(lib: Path) -> None:
    con = sqlite3.connect(lib / "library.db")
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()


def _media_store_sound(lib: Path) -> None:
    for p in (lib / "media").rglob("*"):
        if p.is_file():
            assert sha256_file(p) == p.name, f"incomplete or wrong media file {p}"


def _grow(lib: Path, r, i: int) -> None:
    with Library(lib) as L:
        for j, cid in enumerate(r.sample(L.chat_ids(), 2)):
            add_demo_messages(L, cid, r.randint(5, 60), seed=5000 + 10 * i + j,
                              with_photo=r.random() < 0.7)


@pytest.fixture(scope="module")
def crash_template(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("crash-template")
    create_demo_library(root / "lib", chats=4, seed=3, media_mb=8)
    create_demo_library(root / "other", chats=2, seed=77, media_mb=0.5)
    (root / "key").write_text(format_key(KEY))
    return root


def test_killed_backups_never_lose_the_last_good_one(crash_template, tmp_path):
    target = count(5, 25, "BACKUPGUI_CRASH_KILLS")
    r = rng("crash-backup")
    lib = tmp_path / "lib"
    shutil.copytree(crash_template / "lib", lib)
    keyf = crash_template / "key"
    shared = tmp_path / "dest"
    kills = finished_first = resumed_adoptions = tmp_left = 0
    by_trigger: dict[str, int] = {}
    last_good: dict | None = None
    t_full = 1.0
    i = 0
    while kills < target:
        i += 1
        assert i < 6 * target, "too many runs finished before their kill point"
        fresh = r.random() < 0.4 or last_good is None
        dest = tmp_path / f"fresh-{i}" if fresh else shared
        if not fresh:
            _grow(lib, r, i)
        expected = content(lib)
        good_before = None if fresh else last_good
        base = _tree_bytes(dest) if dest.exists() else 0
        idx0, snap0 = (_names(dest, "index"), _names(dest, "snapshots")) if dest.exists() else (set(), set())
        trigger = r.choice(["delay", "bytes", "bytes", "index", "manifest"])
        budget = r.randint(1, 8 << 20) if fresh else r.randint(1, 700_000)
        delay = r.uniform(0.0, t_full)
        t0 = time.monotonic()
        proc = _start("backup", "--library", lib, "--dest", dest, "--key-file", keyf, "-q")
        conds = {
            "delay": lambda: time.monotonic() - t0 >= delay,  # noqa: B023
            "bytes": lambda: _tree_bytes(dest) - base >= budget,  # noqa: B023
            "index": lambda: bool(_names(dest, "index") - idx0),  # noqa: B023
            "manifest": lambda: bool(_names(dest, "snapshots") - snap0),  # noqa: B023
        }
        killed = _kill_when(proc, conds[trigger])
        if not killed:
            assert proc.returncode == 0, proc.stderr.read().decode() if proc.stderr else ""
            finished_first += 1
            t_full = max(t_full * 0.5, time.monotonic() - t0)
            if not fresh:
                last_good = expected
            continue
        kills += 1
        by_trigger[trigger] = by_trigger.get(trigger, 0) + 1
        # The source library is untouched and sound.
        assert content(lib) == expected
        _integrity_ok(lib)
        # The latest backup (if any) verifies and restores to a state that really existed.
        d = FolderDestination(dest)
        backups = list_backups(d)
        if backups:
            verify(VerifyRequest(d, RawKey(KEY)))
            out = tmp_path / f"check-{i}"
            restore(RestoreRequest(d, out, RawKey(KEY)))
            got = content(out)
            assert got in ([expected] + ([good_before] if good_before else [])), f"kill {kills}"
            shutil.rmtree(out)
        else:
            assert good_before is None, "the last good backup disappeared"
        # The next run completes (resuming what it can) and restores byte-identical.
        orphans = len({p.name for p in dest.glob("sets/*/data/*")})
        _run("backup", "--library", lib, "--dest", dest, "--key-file", keyf, "-q")
        if orphans and orphans == len({p.name for p in dest.glob("sets/*/data/*")}):
            resumed_adoptions += 1
        tmp_left += _tree_bytes(dest / ".tmp")
        out = tmp_path / f"after-{i}"
        restore(RestoreRequest(FolderDestination(dest), out, RawKey(KEY)))
        assert content(out) == expected
        assert files(out / "media") == files(lib / "media")
        shutil.rmtree(out)
        if not fresh:
            last_good = expected
        else:
            shutil.rmtree(dest)
    report("crash-backup", kills=kills, runs_finished_before_kill=finished_first,
           by_trigger=by_trigger, next_runs_reusing_all_left_packs=resumed_adoptions,
           partial_upload_bytes_left_in_dot_tmp_after_next_run=tmp_left)


def _target_template(crash_template: Path, target: str) -> Path:
    """The library a restore goes into: one with chats of its own, or a new empty one
    (which the restore fills through a rollback journal instead of the WAL)."""
    if target == "empty":
        empty = crash_template / "empty"
        if not empty.exists():
            Library(empty).close()
        return empty
    return crash_template / "other"


@pytest.mark.parametrize("target", ["other", "empty"])
def test_killed_restores_leave_the_library_as_it_was(crash_template, tmp_path, target):
    kills_wanted = count(5, 25, "BACKUPGUI_CRASH_KILLS")
    r = rng("crash-restore", target)
    template = _target_template(crash_template, target)
    keyf = crash_template / "key"
    dest = tmp_path / "dest"
    _run("backup", "--library", crash_template / "lib", "--dest", dest, "--key-file", keyf, "-q")
    # The expected result of an uninterrupted restore into the same target library.
    ref = tmp_path / "ref"
    shutil.copytree(template, ref)
    t0 = time.monotonic()
    _run("restore", "--library", ref, "--dest", dest, "--key-file", keyf, "-q")
    t_full = time.monotonic() - t0
    expected = content(ref)
    kills = finished_first = moved_before_commit = after_commit = 0
    leftovers = hot_journals = 0
    by_trigger: dict[str, int] = {}
    i = 0
    while kills < kills_wanted:
        i += 1
        assert i < 6 * kills_wanted, "too many runs finished before their kill point"
        lib = tmp_path / f"lib-{i}"
        shutil.copytree(template, lib)
        rows, before_files = db_rows(lib), files(lib)
        trigger = r.choice(["delay", "delay", "staged-bytes", "media-store"])
        delay = r.uniform(0.0, t_full * 1.2)
        budget = r.randint(1, 8 << 20)
        media0 = set(files(lib / "media"))
        t0 = time.monotonic()
        proc = _start("restore", "--library", lib, "--dest", dest, "--key-file", keyf, "-q")
        conds = {
            "delay": lambda: time.monotonic() - t0 >= delay,  # noqa: B023
            "staged-bytes": lambda: sum(_tree_bytes(p) for p in lib.glob(".restore-*")) >= budget,  # noqa: B023
            "media-store": lambda: set(files(lib / "media")) != media0,  # noqa: B023
        }
        killed = _kill_when(proc, conds[trigger])
        if not killed:
            assert proc.returncode == 0
            finished_first += 1
            continue
        kills += 1
        by_trigger[trigger] = by_trigger.get(trigger, 0) + 1
        hot_journals += (lib / "library.db-journal").exists()  # SQLite replays it on open
        _integrity_ok(lib)
        _media_store_sound(lib)
        if db_rows(lib) != rows:
            # Killed after its commit (while cleaning up): then it is the complete result.
            assert content(lib) == expected, f"kill {kills} ({trigger}): a partial restore"
            after_commit += 1
            shutil.rmtree(lib)
            continue
        after = files(lib)
        extra_media = {k for k in after if k.startswith("media/")} - set(before_files)
        moved_before_commit += bool(extra_media)
        leftovers += any(lib.glob(".restore-*"))
        assert {k: v for k, v in after.items() if k in before_files} == before_files
        # The next restore completes and gives the same result as an uninterrupted one.
        _run("restore", "--library", lib, "--dest", dest, "--key-file", keyf, "-q")
        assert content(lib) == expected
        shutil.rmtree(lib)
    report(f"crash-restore-{target}", kills=kills, runs_finished_before_kill=finished_first,
           by_trigger=by_trigger, kills_after_commit=after_commit,
           kills_between_media_move_and_commit=moved_before_commit,
           kills_leaving_a_staging_folder=leftovers, kills_leaving_a_rollback_journal=hot_journals)


def test_staging_left_by_a_killed_restore_is_cleaned_by_the_next(crash_template, tmp_path):
    keyf = crash_template / "key"
    dest = tmp_path / "dest"
    _run("backup", "--library", crash_template / "lib", "--dest", dest, "--key-file", keyf, "-q")
    lib = tmp_path / "lib"
    shutil.copytree(crash_template / "other", lib)
    proc = _start("restore", "--library", lib, "--dest", dest, "--key-file", keyf, "-q")
    assert _kill_when(proc, lambda: sum(_tree_bytes(p) for p in lib.glob(".restore-*")) > 1 << 20)
    assert list(lib.glob(".restore-*")), "the kill should have left a staging folder"
    _run("restore", "--library", lib, "--dest", dest, "--key-file", keyf, "-q")
    assert not list(lib.glob(".restore-*")), "partial staged media stay in the library forever"


def test_partial_uploads_left_by_a_killed_backup_are_cleaned_by_the_next(crash_template, tmp_path):
    keyf = crash_template / "key"
    dest = tmp_path / "dest"
    lib = tmp_path / "lib"
    shutil.copytree(crash_template / "lib", lib)
    proc = _start("backup", "--library", lib, "--dest", dest, "--key-file", keyf, "-q")
    assert _kill_when(proc, lambda: _tree_bytes(dest / ".tmp") > 1 << 20)
    assert _tree_bytes(dest / ".tmp") > 0
    _run("backup", "--library", lib, "--dest", dest, "--key-file", keyf, "-q")
    assert _tree_bytes(dest / ".tmp") == 0, "partial uploads stay at the destination forever"
