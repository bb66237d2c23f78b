"""The WAL position a node remembers (VAULT.md 10.6) comes only from transactions that wrote.

A read-only transaction's COMMIT waits for no standby, and the insert position it could read
includes other sessions' WAL no standby may hold yet (the rate limiter commits without
waiting): remembered, an honest failover that lost only that WAL would be refused as a
rollback for good. Real PostgreSQL."""

from __future__ import annotations

import threading

from backupgui.vault.store import open_store


def test_only_a_transaction_that_wrote_moves_the_remembered_position(pg_server) -> None:
    url = pg_server.create_database("walmark_writes_only")
    store = open_store(url)
    told: list[tuple[int, int]] = []
    lock = threading.Lock()

    def committed(system: int, lsn: int) -> None:
        with lock:
            told.append((system, lsn))

    try:
        store.check_history(lambda history: None, committed)
        assert store.run(lambda tx: tx._x("SELECT 1").fetchone()[0]) == 1
        assert told == [], "a read-only transaction was remembered"

        store.run(lambda tx: tx._x("CREATE TEMP TABLE walmark_probe (x int)"))
        assert len(told) == 1, "a transaction that wrote was not remembered"
        system, lsn = told[0]
        assert system > 0 and lsn > 0
    finally:
        store.close()
        pg_server.drop_database("walmark_writes_only")
