"""A node's WAL check (VAULT.md 10.6) against commits made while it runs: no false rollback.

A connection's check reads its server's WAL insert position and compares it with the
position this node remembers a commit had passed. Commits on the node's other connections
that land between that read and the comparison raise the remembered position past a
position their own server had already passed: compared with it, a healthy primary looked
"behind", its run stayed behind, and after the grace the node logged ROLLBACK DETECTED (an
outage that needed an operator's accept-rollback, VAULT.md 10.8). Real PostgreSQL and
SoftHSM2; the commits are put between the read and the comparison by a hook on the read,
no sleeps.
"""

from __future__ import annotations

import threading

import pytest

from backupgui.vault.store import open_store

from .conftest import PKCS11_MODULE, TEST_PIN, TOKEN_LABEL


def _write(store, name: str, barrier: threading.Barrier | None = None) -> None:
    """A transaction that wrote (only those move the remembered position)."""
    first = [True]

    def write(tx) -> None:
        tx._x("INSERT INTO meta (name, value) VALUES (?, ?)", (name, b"x"))
        if barrier is not None and first[0]:
            first[0] = False
            barrier.wait(timeout=30)  # both open at once: two connections

    store.run(write)


def test_commits_between_the_read_and_the_comparison_are_not_a_rollback(
    pg_server, hsm_env, monkeypatch
) -> None:
    monkeypatch.setenv("SOFTHSM2_CONF", hsm_env["SOFTHSM2_CONF"])
    from backupgui.vault import service as service_module
    from backupgui.vault import store_pg
    from backupgui.vault.hsm import Sealer
    from backupgui.vault.service import RollbackDetected, VaultService

    # A primary seen behind is refused at once instead of after the grace: what the node
    # did 20 s later in the loops is what this test sees now.
    monkeypatch.setattr(service_module, "HISTORY_GRACE", 0.0)
    read_history = store_pg._history
    armed = threading.Event()
    others: list[BaseException] = []

    def read_then_others_commit(conn):
        history = read_history(conn)
        if armed.is_set():
            armed.clear()
            # Two other connections of this node commit after the server's position was
            # read and before this check goes on.
            barrier = threading.Barrier(2)

            def other(n: int) -> None:
                try:
                    _write(store, f"race-other-{n}", barrier)
                except BaseException as exc:  # noqa: BLE001 (reported below)
                    others.append(exc)

            threads = [threading.Thread(target=other, args=(n,)) for n in range(2)]
            for t in threads:
                t.start()
            for t in threads:
                t.join(timeout=60)
        return history

    monkeypatch.setattr(store_pg, "_history", read_then_others_commit)
    url = pg_server.create_database("walcheck_race")
    store = open_store(url)
    sealer = Sealer(PKCS11_MODULE, TOKEN_LABEL, TEST_PIN)
    try:
        service = VaultService(store, sealer)
        _write(store, "warm-up")  # the node knows the database system and a commit
        system, timeline = store.database_history().system, store.database_history().timeline
        # Every connection is checked again before its next transaction from here on.
        store.recheck_history_below(timeline + 1)

        armed.set()
        _write(store, "checked-while-others-commit")
        assert not armed.is_set(), "the hook did not run: nothing was interleaved"
        assert others == []
        # The server's run is not remembered as behind: later checks pass too.
        for n in range(3):
            _write(store, f"after-{n}")

        # A commit remembered *before* a check reads the server's position, which that
        # server lacks, is still refused (a rollback within one run of one server).
        position = store.database_history().lsn
        service._commit_seen(system, position + 10**9)
        with pytest.raises(RollbackDetected):
            _write(store, "behind")
    finally:
        store.close()
        sealer.close()
        pg_server.drop_database("walcheck_race")
