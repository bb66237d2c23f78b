"""A phone database's step budget is per query as well as per connection (SECURITY.md 1.1).

Before, every query of a connection drew on one budget: a single query made quadratic by a
crafted table spent all of it, and every later query of the reader, however honest, was
refused. Now each query (a cursor: its execute and every fetch) may run a quarter of the
connection's budget; the connection's budget still bounds a database whose every query is
hostile. Crafted databases, the real ``open_database``.
"""

from __future__ import annotations

import sqlite3

import pytest

from backupgui.jobs import CancelledError, CancelToken
from backupgui.library.importers.whatsapp_db import hostile
from backupgui.library.importers.whatsapp_db.hostile import (
    PROGRESS_EVERY,
    HostileDatabaseError,
    open_database,
    translate,
)

REFUSED = "takes far longer to read than a database of its size can; it is refused"
BUDGET = 4_000_000  # steps for the connection: each query may run a quarter of it


def _crafted(tmp_path, rows: int = 3000, honest: int = 20_000):
    """An honest table ``t`` (``honest`` rows, read in one pass: a few ticks) beside ``u``,
    unindexed, which a join makes quadratic (``rows``² pairs: far more steps than a
    query's budget)."""
    db = tmp_path / "crafted.db"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE t (x INTEGER PRIMARY KEY, y TEXT)")
    con.executemany("INSERT INTO t VALUES (?, ?)", [(i, f"row {i}") for i in range(honest)])
    con.execute("CREATE TABLE u (x)")
    con.executemany("INSERT INTO u VALUES (?)", [(i,) for i in range(rows)])
    con.commit()
    con.close()
    return db


def _hostile_query(con):
    return con.execute("SELECT count(*) FROM u a, u b WHERE a.x < b.x")


def test_one_hostile_query_does_not_starve_the_later_honest_ones(tmp_path):
    con = open_database(_crafted(tmp_path), max_steps=BUDGET)
    try:
        with pytest.raises(HostileDatabaseError, match=REFUSED), translate("crafted.db"):
            _hostile_query(con).fetchone()
        # The honest reads after it: a whole pass over t, twice, and a lookup. With one
        # budget for the connection the first of them was refused as well.
        with translate("crafted.db"):
            for _ in range(2):
                assert len(con.execute("SELECT x, length(y) FROM t").fetchall()) == 20_000
            assert con.execute("SELECT y FROM t WHERE x = 7").fetchone() == ("row 7",)
    finally:
        con.close()


def test_a_query_fetched_in_small_batches_is_still_one_query(tmp_path):
    # Each batch of the hostile query costs less than a query's budget; together they are
    # one query, refused when it passes the budget (not each batch a fresh allowance).
    con = open_database(_crafted(tmp_path, rows=1200), max_steps=BUDGET)
    try:
        cur = con.execute("SELECT a.x FROM u a, u b WHERE a.x < b.x")
        with pytest.raises(HostileDatabaseError, match=REFUSED), translate("crafted.db"):
            while cur.fetchmany(2000):
                pass
    finally:
        con.close()


def test_steps_of_queries_run_between_two_fetches_are_their_own(tmp_path, monkeypatch):
    # The iPhone reader reads a chat between two batches of messages: the lookups run
    # between the fetches are charged to themselves, not to the query being fetched.
    con = open_database(_crafted(tmp_path), max_steps=BUDGET)
    seen: list[tuple[int, int]] = []
    try:
        outer = con.execute("SELECT x FROM t")
        with translate("crafted.db"):
            while outer.fetchmany(4000):
                inner = con.execute("SELECT count(*) FROM u a, u b WHERE a.x < b.x AND a.x < 40")
                inner.fetchone()
                seen.append((outer._query.ticks, inner._query.ticks))
        assert len(seen) == 5
        assert seen[-1][0] <= 5  # one pass over t: a few ticks in all
        assert all(i >= 2 for _, i in seen)  # each lookup runs its own (~120,000 rows)
        assert con.budget.ticks >= sum(i for _, i in seen)
    finally:
        con.close()


def test_a_database_whose_every_query_is_hostile_ends_within_the_connections_budget(tmp_path):
    ticks = 0

    def count() -> None:
        nonlocal ticks
        ticks += 1

    con = open_database(_crafted(tmp_path), max_steps=BUDGET, progress=count)
    try:
        for _ in range(12):
            with pytest.raises(HostileDatabaseError, match=REFUSED), translate("crafted.db"):
                _hostile_query(con).fetchone()
        # Four queries spend the connection's budget, each later one stops at its first
        # tick: the whole is bounded by the connection's budget, not by the query count.
        assert ticks <= BUDGET // PROGRESS_EVERY
        # An honest query that needs more than a tick is refused once it is spent.
        with pytest.raises(HostileDatabaseError, match=REFUSED), translate("crafted.db"):
            con.execute("SELECT count(*) FROM t a, t b WHERE a.x < 30").fetchone()
    finally:
        con.close()


def test_stop_lands_inside_a_query_run_between_two_fetches(tmp_path):
    class Token(CancelToken):
        calls = 0

        def checkpoint(self) -> None:
            self.calls += 1
            if self.calls == 3:
                self.cancel()
            super().checkpoint()

    token = Token()
    con = open_database(_crafted(tmp_path), max_steps=10 * BUDGET, progress=token.checkpoint)
    try:
        outer = con.execute("SELECT x FROM t")
        outer.fetchmany(10)
        with pytest.raises(CancelledError), translate("crafted.db"):
            _hostile_query(con).fetchone()
        assert token.calls == 3  # at the third tick of the hostile query, not after it
    finally:
        con.close()


def test_the_default_budgets_follow_the_files_size(tmp_path):
    con = open_database(_crafted(tmp_path))
    try:
        assert con.budget.limit == hostile.MIN_STEPS // PROGRESS_EVERY  # a small file
        assert con.budget.query_limit == con.budget.limit // hostile.QUERY_SHARE
        with translate("crafted.db"):  # honest reads run as before
            assert con.execute("SELECT count(*) FROM t").fetchone() == (20_000,)
    finally:
        con.close()
