"""A vault database restored from an older copy must not silently reset attempt counters.

Every change takes a new write generation; each node raises a high-water mark kept in the
HSM token to the generations it saw committed. A database restored to an older state gives
out generations at or below the mark: the vault refuses attempts (and refuses to start)
until an operator accepts the rollback (``backupgui-vault accept-rollback``).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from backupgui.errors import VaultError, WrongKeyError
from backupgui.vault import opaque, vault_fetch_key
from backupgui.vault.service import b64e

from . import cluster
from .conftest import PKCS11_MODULE, TEST_KSF, TOKEN_LABEL, VaultProcess, skip_or_fail
from .test_vault_process import ACCESS, proof
from .test_vault_process import store as _store_with_access

PASSWORD = "rollback-test-passphrase-3"
RECORDS, WRONG = 6, 9  # 54 counted attempts after the copy: beyond PostgreSQL's sequence
#                        log-ahead (32 values), so the restored sequence is below the mark


def _store(url: str):
    return _store_with_access(url, os.urandom(32), PASSWORD)[0]


def _wrong(binding) -> int:
    with pytest.raises(WrongKeyError) as info:
        vault_fetch_key(binding, "wrong guess", ACCESS)
    return info.value.attempts_left


def _login_start(url: str, binding) -> tuple[int, dict]:
    _, ke1 = opaque.generate_ke1(opaque.Suite(TEST_KSF), b"guess")
    body = {"user_id": binding.user_id, "ke1": b64e(ke1), "account": proof(binding, ke1)}
    req = urllib.request.Request(url + "/v1/login/start", data=json.dumps(body).encode(),
                                 headers={"Content-Type": "application/json"})  # fmt: skip
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"{}")


def _accept_rollback(hsm_env: dict[str, str], db: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "backupgui.services.vault_server", "accept-rollback",
         "--db", db, "--pkcs11-module", PKCS11_MODULE, "--token-label", TOKEN_LABEL],
        env=hsm_env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def _wait_for_mark() -> None:
    time.sleep(2.0)  # ten housekeeping rounds at --floor-interval 0.2


@pytest.fixture
def pg() -> Iterator[cluster.PgServer]:
    why = cluster.missing_tools()
    if why:
        skip_or_fail(why)
    server = cluster.PgServer().init().start()
    try:
        yield server
    finally:
        server.close()


def test_restored_postgresql_base_backup_is_detected(pg, hsm_env) -> None:
    url = pg.create_database("vault")
    node = VaultProcess(hsm_env, url, "--floor-interval", "0.2").start()
    try:
        bindings = [_store(node.url)
                    for _ in range(RECORDS)]  # fmt: skip
        backup = pg.base / "base-backup"
        pg.base_backup(backup)  # an ordinary, consistent base backup taken now
        for b in bindings:
            assert [_wrong(b) for _ in range(WRONG)][-1] == 10 - WRONG
        _wait_for_mark()

        pg.stop()
        pg.restore(backup)  # the operator restores yesterday's backup
        pg.start()
        with cluster.connect(url) as c:  # the restore really did reset the counters...
            counts = {r[0] for r in c.execute("SELECT attempts FROM records").fetchall()}
        assert counts == {0}

        # ...but the running node notices at the first change and answers nothing.
        status, body = _login_start(node.url, bindings[0])
        assert status == 503 and body["error"] == "rollback_detected", body
        assert "ke2" not in body
        with pytest.raises(VaultError) as info:
            vault_fetch_key(bindings[1], PASSWORD, ACCESS)
        assert not isinstance(info.value, WrongKeyError)
        assert "ROLLBACK DETECTED" in node.stderr()

        # A node starting on the restored database refuses to start.
        fresh = VaultProcess(hsm_env, url).start(expect_failure=True)
        assert fresh.proc is not None and fresh.proc.returncode == 1
        # (The write generation's mark or, since s18, the WAL position's: both are older.)
        assert ("older than the HSM's high-water mark" in fresh.stderr()
                or "WAL position" in fresh.stderr()), fresh.stderr()
        fresh.cleanup()

        # The operator's explicit decision lets the vault serve the restored counters.
        done = _accept_rollback(hsm_env, url)
        assert done.returncode == 0, done.stderr
        node.restart()
        assert _wrong(bindings[0]) == 9
    finally:
        node.cleanup()


def test_restored_sqlite_file_is_detected(hsm_env, tmp_path: Path) -> None:
    db = tmp_path / "vault.sqlite"
    node = VaultProcess(hsm_env, db, "--floor-interval", "0.2").start()
    try:
        bindings = [_store(node.url)
                    for _ in range(2)]  # fmt: skip
        copy = tmp_path / "copy.sqlite"
        with sqlite3.connect(db) as src, sqlite3.connect(copy) as dst:
            src.backup(dst)  # a consistent copy, as a backup tool would take it
        for b in bindings:
            assert [_wrong(b) for _ in range(5)][-1] == 5
        _wait_for_mark()
        node.stop()
        for p in tmp_path.glob("vault.sqlite*"):
            p.unlink()
        shutil.copy(copy, db)
        node.start(expect_failure=True)
        assert node.proc is not None and node.proc.returncode == 1
        assert "older than the HSM's high-water mark" in node.stderr()
        done = _accept_rollback(hsm_env, str(db))
        assert done.returncode == 0, done.stderr
        node.start()
        assert _wrong(bindings[0]) == 9
    finally:
        node.cleanup()


def test_restart_and_reopen_are_not_rollbacks(vault) -> None:
    """Restarting a node (and its database) keeps serving: only going back trips the mark."""
    binding = _store(vault.url)
    assert _wrong(binding) == 9
    time.sleep(1.5)  # the default --floor-interval is 1 s
    vault.restart()
    assert _wrong(binding) == 8
    vault.kill()
    vault.start()
    assert _wrong(binding) == 7


def _lsn(url: str, sql: str) -> int:
    with cluster.connect(url) as c:
        hi, lo = c.execute(sql).fetchone()[0].split("/")
    return (int(hi, 16) << 32) | int(lo, 16)


def test_an_old_primary_serving_again_on_an_older_timeline_is_refused(hsm_env) -> None:
    """A standby is promoted (timeline 2) and counts attempts; then the old primary serves
    again (a paused machine that woke, a split brain): it lacks every attempt counted since
    the promotion. The nodes refuse it from its first transaction, however few attempts went
    missing: ``--floor-interval`` is an hour here, so the write generation check (10.6)
    never raises its mark and cannot see this rollback; only the timeline check can."""
    why = cluster.missing_tools()
    if why:
        skip_or_fail(why)
    a = cluster.PgServer().init().start()
    b = cluster.PgServer()
    node = fresh = None
    try:
        a.create_database("vault")
        b.init_standby(a).start()
        url = (f"postgresql://postgres@127.0.0.1:{a.port},127.0.0.1:{b.port}/vault"
               "?target_session_attrs=read-write")  # fmt: skip
        node = VaultProcess(hsm_env, url, "--floor-interval", "3600").start()
        binding = _store(node.url)
        assert _wrong(binding) == 9
        # B has everything A committed, then A goes away and B is promoted (timeline 2).
        want = _lsn(a.url("vault"), "SELECT pg_current_wal_lsn()::text")
        cluster._wait_for("the standby's replay", lambda: _lsn(
            b.url("vault"), "SELECT pg_last_wal_replay_lsn()::text") >= want, 60)  # fmt: skip
        a.stop()
        b.promote()
        assert [_wrong(binding) for _ in range(2)] == [8, 7]  # counted on timeline 2 only

        # The old primary serves again, B is gone: its counter is two attempts behind.
        b.stop()
        a.start()
        with cluster.connect(a.url("vault")) as c:
            assert c.execute("SELECT attempts FROM records").fetchone()[0] == 1
        status, body = _login_start(node.url, binding)
        assert status == 503 and body["error"] == "rollback_detected", body
        assert "ke2" not in body
        assert "ROLLBACK DETECTED" in node.stderr() and "timeline 1" in node.stderr()
        # A node starting on it refuses to start.
        fresh = VaultProcess(hsm_env, url).start(expect_failure=True)
        assert fresh.proc is not None and fresh.proc.returncode == 1
        assert "older than timeline 2" in fresh.stderr()

        # The operator's decision: serve the old primary's counters as they are.
        done = _accept_rollback(hsm_env, url)
        assert done.returncode == 0, done.stderr
        node.restart()
        assert _wrong(binding) == 8
    finally:
        for n in (node, fresh):
            if n is not None:
                n.cleanup()
        b.close()
        a.close()


def test_a_database_restored_from_pg_dump_is_detected(pg, hsm_env) -> None:
    """The plainest rollback on one server: ``pg_dump`` now, attempts counted, then the
    database dropped and restored from the dump. Same server, same timeline, the WAL moves
    on: the write generation check (10.6) is what sees it, from the sequence value the dump
    carried back."""
    url = pg.create_database("vault")
    node = VaultProcess(hsm_env, url, "--floor-interval", "0.2").start()
    dump = pg.base / "vault.dump"
    try:
        bindings = [_store(node.url) for _ in range(RECORDS)]
        pg._run("pg_dump", "-h", "127.0.0.1", "-p", str(pg.port), "-U", "postgres",
                "-Fc", "-f", str(dump), "vault")  # fmt: skip
        for b in bindings:
            assert [_wrong(b) for _ in range(WRONG)][-1] == 10 - WRONG
        _wait_for_mark()
        node.stop()
        pg.drop_database("vault")
        pg.create_database("vault")
        pg._run("pg_restore", "-h", "127.0.0.1", "-p", str(pg.port), "-U", "postgres",
                "-d", "vault", str(dump))  # fmt: skip
        with cluster.connect(url) as c:
            assert {r[0] for r in c.execute("SELECT attempts FROM records").fetchall()} == {0}
        node.start(expect_failure=True)
        assert node.proc is not None and node.proc.returncode == 1
        assert "older than the HSM's high-water mark" in node.stderr()
        done = _accept_rollback(hsm_env, url)
        assert done.returncode == 0, done.stderr
        node.start()
        assert _wrong(bindings[0]) == 9
    finally:
        node.cleanup()


def _timeline(url: str) -> int:
    with cluster.connect(url) as c:
        return int(c.execute("SELECT timeline_id FROM pg_control_checkpoint()").fetchone()[0])


def test_a_data_directory_restored_in_place_on_the_same_timeline_is_refused(pg, hsm_env) -> None:
    """The server's data directory is replaced by an older copy of itself (a snapshot, a
    file-level backup) and started: same database system, same timeline, no promotion. It
    lacks the two attempts counted since the copy. ``--floor-interval`` is an hour, so the
    write generation check (10.6) never raises its mark, and the timeline check sees nothing:
    only the WAL position check can refuse it, and does (after the grace; no KE2 from it).
    A plain restart of the server (the copy was taken in one) is no rollback. Before s18 the
    node answered KE2 from the restored counter."""
    url = pg.create_database("vault")
    node = VaultProcess(hsm_env, url, "--floor-interval", "3600").start()
    copy = pg.base / "older-copy"
    try:
        binding = _store(node.url)
        assert _wrong(binding) == 9
        pg.stop()
        shutil.copytree(pg.data, copy, symlinks=True)  # the older copy, taken cold
        pg.start()  # a restart: the node goes on
        assert [_wrong(binding) for _ in range(2)] == [8, 7]
        timeline = _timeline(url)

        pg.stop()
        pg.restore(copy)
        pg.start()
        assert _timeline(url) == timeline
        with cluster.connect(url) as c:
            assert c.execute("SELECT attempts FROM records").fetchone()[0] == 1
        t0 = time.monotonic()
        status, body = _login_start(node.url, binding)
        waited = time.monotonic() - t0
        assert status == 503 and body["error"] == "rollback_detected", body
        assert "ke2" not in body
        assert "ROLLBACK DETECTED" in node.stderr() and "WAL position" in node.stderr()
        print(f"same-timeline restore refused after {waited:.1f} s")
        with cluster.connect(url) as c:  # nothing was counted on the restored copy either
            assert c.execute("SELECT attempts FROM records").fetchone()[0] == 1

        done = _accept_rollback(hsm_env, url)
        assert done.returncode == 0, done.stderr
        node.restart()
        assert _wrong(binding) == 8
    finally:
        node.cleanup()
