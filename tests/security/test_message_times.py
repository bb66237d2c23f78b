"""Message times a backup cannot hold, or that cost it for every month between them
(docs/SECURITY.md 2.7).

A Telegram export may write any number as a message's ``date_unixtime``. Before the fix:
a date past the year 9999 (or before the year 1) was imported, and then every backup of
the library failed with an internal ``ValueError`` ("year 10000 is out of range"); one past
SQLite's integers made the import fail with an ``OverflowError``. A message in December
9999 (a month a backup may name, FORMAT.md 8: such a backup restores into a chat that has
messages as rows) made every later backup fail the same way. And the backup walked every
calendar month from a chat's first message to its last, one query each: two messages 10,000
years apart cost 120,000 queries (1.5 CPU s per such chat; 1,000 of them, 25 minutes per
backup)."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime

import pytest

from backupgui.destinations.folder import FolderDestination
from backupgui.engine.repository import Repo
from backupgui.errors import BackupError
from backupgui.library.importers import import_export
from backupgui.library.model import END_TS_MS, MIN_TS_MS, Chat, Message, Participant
from backupgui.library.store import Library
from backupgui.library.textjson import _month_spans
from tests.engine.helpers import backup_to, pw, restore_from

DEC_9999 = int(datetime(9999, 12, 31, 23, 59, tzinfo=UTC).timestamp() * 1000)
YEAR_1 = MIN_TS_MS + 60_000


def _telegram(path, unixtime: str) -> None:
    msgs = [{"id": 1, "type": "message", "date": "2024-01-01T10:00:00",
             "date_unixtime": "1704103200", "from": "Ana", "from_id": "user1", "text": "hello"},
            {"id": 2, "type": "message", "date": "2024-01-01T10:01:00",
             "date_unixtime": unixtime, "from": "Ana", "from_id": "user1", "text": "far"}]
    path.write_text(json.dumps({"name": "Ana", "type": "personal_chat", "id": 1,
                                "messages": msgs}), encoding="utf-8")


@pytest.mark.parametrize("unixtime", [str(END_TS_MS // 1000), str(MIN_TS_MS // 1000 - 1),
                                      "99999999999999999999"])
def test_a_telegram_date_no_backup_can_hold_is_skipped(tmp_path, unixtime):
    _telegram(tmp_path / "result.json", unixtime)
    with Library(tmp_path / "lib") as lib:
        r = import_export(lib, tmp_path / "result.json")
        assert r.messages_added == 1
        assert r.skipped == (("message 2 (line 1)", "no readable date"),)
    assert backup_to(tmp_path / "lib", FolderDestination(tmp_path / "dest"), pw()).messages == 1


def _library(root, times: list[int], chats: int = 1, ids: str = "m") -> None:
    with Library(root) as lib, lib.transaction() as w:
        for c in range(chats):
            w.upsert_chat(Chat(f"c{c}", f"Chat {c}", "direct", "test", None,
                               (Participant("a", "Ana"),)))
            w.add_messages([Message(f"c{c}-{ids}{i}", f"c{c}", t, "a", "text", f"m{i}")
                            for i, t in enumerate(times)])


def test_the_first_and_last_months_a_backup_can_name_back_up_and_restore(tmp_path):
    """December 9999 (its end is past what ``datetime`` holds) and January of the year 1,
    in rows: a backup, a restore as blocks, a restore merged into the chat as rows, and the
    backup after it."""
    times = [YEAR_1, 1_700_000_000_000, DEC_9999]
    _library(tmp_path / "lib", times)
    dest = FolderDestination(tmp_path / "dest")
    r = backup_to(tmp_path / "lib", dest, pw())
    assert r.messages == 3
    months = [t.month for t in Repo.open(dest, pw()).load_manifest(r.snapshot_id).chats[0].text_blobs]
    assert months == ["0001-01", "2023-11", "9999-12"]
    restore_from(dest, tmp_path / "blocks", pw())
    _library(tmp_path / "rows", [1_600_000_000_000], ids="here")  # merged as rows
    restore_from(dest, tmp_path / "rows", pw())
    with Library(tmp_path / "rows") as lib:
        assert sorted(m.ts_ms for m in lib.messages("c0")) == sorted([*times, 1_600_000_000_000])
        assert not lib.has_blocks("c0")
    assert backup_to(tmp_path / "rows", FolderDestination(tmp_path / "dest2"), pw()).messages == 4


def test_a_library_holding_a_time_past_9999_stops_the_backup_clearly(tmp_path):
    """A library imported by an older backupgui: a clear error naming the chat, nothing
    written, the library unchanged."""
    _library(tmp_path / "lib", [1_700_000_000_000])
    con = sqlite3.connect(tmp_path / "lib" / "library.db")
    with con:
        con.execute("UPDATE messages SET ts_ms=? WHERE id='c0-m0'", (END_TS_MS + 1000,))
    con.close()
    dest = FolderDestination(tmp_path / "dest")
    with pytest.raises(BackupError, match="Chat 0.*outside the years 1 to 9999"):
        backup_to(tmp_path / "lib", dest, pw())
    assert not any((tmp_path / "dest").rglob("snapshots/*"))


def test_months_without_messages_cost_nothing(tmp_path):
    """Two messages 10,000 years apart: two months to read, not 120,000. Counted as
    statements SQLite runs (a count, not a time)."""
    _library(tmp_path / "lib", [YEAR_1, DEC_9999])
    with Library(tmp_path / "lib") as lib:
        db = lib._db
        statements: list[str] = []
        db.set_trace_callback(statements.append)
        spans = list(_month_spans(db, "c0"))
        db.set_trace_callback(None)
    assert [s[0] for s in spans] == ["0001-01", "9999-12"]
    assert len(statements) <= 3


if __name__ == "__main__":  # the figure of SECURITY.md 2.7: CPU seconds of one backup
    # python -m tests.security.test_message_times 20   (chats of two messages 10,000 years apart)
    import sys
    import tempfile
    import time
    from pathlib import Path

    with tempfile.TemporaryDirectory() as tmp:
        _library(Path(tmp) / "lib", [YEAR_1, DEC_9999 - 31 * 86_400_000], chats=int(sys.argv[1]))
        t = time.process_time()
        backup_to(Path(tmp) / "lib", FolderDestination(Path(tmp) / "dest"), pw())
        print(f"{sys.argv[1]} chats: backup {time.process_time() - t:.2f} CPU s")
