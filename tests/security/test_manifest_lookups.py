"""An iPhone backup's file list and Stop in every phone-database read (s18).

The iPhone import looked up each attachment in the backup's ``Manifest.db`` by path, one
query per attachment: a crafted ``Manifest.db`` without its indexes made each lookup a scan
of the whole table (0.1 CPU s for a million rows, 122 MiB), so a chat naming 100,000
attachments took hours. Now WhatsApp's domain is read once (one query, bounded in rows and
bytes) and attachments are looked up in memory; a file row is read again only by its rowid.
And the contacts database and ``Manifest.db`` had no SQLite progress handler, so Stop could
not end one long query (the message database's handler turned Stop into "damaged"): every
connection now has one (``whatsapp_db/hostile.open_database``), which also cancels a
connection that runs away.

``python -m tests.security.test_manifest_lookups`` measures the lookups (before: the old
query per attachment; after: the one pass and the lookups in memory) on a crafted
million-row ``Manifest.db`` without indexes (figures in docs/SECURITY.md 2.10).
"""

from __future__ import annotations

import sqlite3
import sys
import time
import traceback
from pathlib import Path

import pytest

from backupgui.errors import CancelledError
from backupgui.jobs import CancelToken
from backupgui.library.importers.whatsapp_db import PhoneBackupRequest, import_phone_backup, iphone
from backupgui.library.importers.whatsapp_db.errors import PhoneBackupFormatError
from backupgui.library.importers.whatsapp_db.hostile import (
    HostileDatabaseError,
    open_database,
    translate,
)
from backupgui.library.importers.whatsapp_db.workdir import WorkDir
from backupgui.library.store import Library

from ..library.whatsapp_db.conftest import build_android
from ..library.whatsapp_db.iphone_backup import DOMAIN, ChatStorage, write_backup
from ..library.whatsapp_db.msgstore import write_wa_db

T0 = 1_700_000_000_000
ANA = "491701111111@s.whatsapp.net"


def _pad_manifest(manifest: Path, rows: int, whatsapp: int = 0) -> None:
    """``rows`` more rows in ``Files`` (``whatsapp`` of them in WhatsApp's domain, under
    ``Message/Media/``) and no index at all: each lookup by path is a scan."""
    con = sqlite3.connect(manifest)
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'index'"
                               " AND sql IS NOT NULL").fetchall():
        con.execute(f'DROP INDEX "{name}"')
    con.execute(
        "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < ?)"
        " INSERT INTO Files SELECT printf('%040x', i),"
        " CASE WHEN i <= ? THEN ? ELSE 'HomeDomain' END,"
        " CASE WHEN i <= ? THEN printf('Message/Media/%d/a/b/%08d-0000-4000-8000-000000000000.jpg',"
        " i % 97, i) ELSE printf('Library/Caches/com.apple.something/fsCachedData/%08d', i) END,"
        " 1, zeroblob(40) FROM c", (rows, whatsapp, DOMAIN, whatsapp))
    con.commit()
    con.execute("VACUUM")
    con.close()


def _whatsapp_path(i: int) -> str:
    return f"Message/Media/{i % 97}/a/b/{i:08d}-0000-4000-8000-000000000000.jpg"


def _backup_folder(tmp: Path, rows: int, whatsapp: int = 0) -> Path:
    cs = ChatStorage(tmp / "c.sqlite")
    cs.session(ANA, "Ana")
    cs.message(ANA, "S1", T0, text="hello")
    folder = write_backup(tmp / "backup", {"ChatStorage.sqlite": cs.close().read_bytes()})
    _pad_manifest(folder / "Manifest.db", rows, whatsapp)
    return folder


@pytest.fixture(scope="module")
def million(tmp_path_factory) -> Path:
    """A backup whose Manifest.db lists a million files (100,000 of WhatsApp), no index."""
    return _backup_folder(tmp_path_factory.mktemp("manifest"), 1_000_000, 100_000)


def _steps(con: sqlite3.Connection, budget: int) -> list[int]:
    """Counts SQLite steps (in hundreds) on ``con`` from now on; past ``budget`` hundreds the
    query is interrupted (so the code before, a scan per lookup, fails at once instead of
    running for an hour)."""
    n = [0]

    def count() -> int:
        n[0] += 1
        return 1 if n[0] > budget else 0

    con.set_progress_handler(count, 100)
    return n


def test_a_million_row_manifest_without_indexes_costs_a_bounded_number_of_steps(million):
    lookups = 10_000
    with WorkDir() as work:
        backup = iphone._Backup(million, work, None, None)
        try:
            media = iphone.IPhoneMedia(backup, iphone.MediaFolder(None))
            steps = _steps(backup.con, budget=lookups * 20)  # 2,000 steps per lookup
            found = sum(media.exists(_whatsapp_path(i)) for i in range(1, lookups // 2 + 1))
            found += sum(media.exists(f"Media/{i}/missing-{i}.jpg")
                         for i in range(lookups // 2))
            assert found == 0  # the padding rows' files are not in the folder
            assert backup._row(_whatsapp_path(7)) is not None
            assert backup._row("Message/Media/none.jpg") is None
            assert steps[0] <= lookups * 20
        finally:
            backup.close()


def test_the_one_pass_over_a_million_rows_is_linear(million):
    """Reading WhatsApp's domain once: well under a hundred SQLite steps per row of the file
    (each call of the gate's progress handler is 20,000 steps)."""
    calls = [0]
    token = CancelToken()
    token.checkpoint = lambda: calls.__setitem__(0, calls[0] + 1)  # type: ignore[method-assign]
    with WorkDir() as work:
        backup = iphone._Backup(million, work, None, None, token)
        try:
            assert len(backup._rows) == 100_000 + 2  # (and the folder and ChatStorage)
        finally:
            backup.close()
    assert 0 < calls[0] * 20_000 < 100 * 1_000_000


def _stop_after(calls: int) -> CancelToken:
    """A token on which Stop is pressed at its ``calls``-th checkpoint (a long query's
    progress handler calls it every 20,000 SQLite steps)."""

    class Token(CancelToken):
        n = 0

        def checkpoint(self) -> None:
            self.n += 1
            if self.n == calls:
                self.cancel()
            super().checkpoint()

    return Token()


def _raised_in(exc: BaseException, function: str) -> bool:
    return any(f.name == function for f in traceback.extract_tb(exc.__traceback__))


def test_stop_during_the_manifest_read_ends_the_import_and_keeps_the_library(tmp_path):
    folder = _backup_folder(tmp_path, 300_000)
    token = _stop_after(3)
    with Library(tmp_path / "library") as lib:
        with pytest.raises(CancelledError) as err:
            import_phone_backup(lib, PhoneBackupRequest(folder), cancel=token)
        assert _raised_in(err.value, "_read_paths")  # within the query, not after it
        assert lib.counts() == (0, 0, 0)


def test_stop_during_the_contacts_read_ends_the_import_and_keeps_the_library(tmp_path):
    msgstore = build_android(tmp_path / "msgstore.db", "current")
    contacts = write_wa_db(tmp_path / "wa.db", {})
    con = sqlite3.connect(contacts)
    con.execute("WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 300000)"
                " INSERT INTO wa_contacts (jid, is_whatsapp_user, display_name)"
                " SELECT printf('%d@s.whatsapp.net', 4915000000000 + i), 1, 'x' FROM c")
    con.commit()
    con.close()
    token = _stop_after(3)
    with Library(tmp_path / "library") as lib:
        with pytest.raises(CancelledError) as err:
            import_phone_backup(lib, PhoneBackupRequest(msgstore, contacts=contacts),
                                cancel=token)
        assert _raised_in(err.value, "read_contacts")
        assert lib.counts() == (0, 0, 0)


def test_stop_during_a_message_database_query_is_a_stop_not_damage(tmp_path):
    """The message database had a handler, but Stop in it came out as "damaged"."""
    db = tmp_path / "big.db"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE t (x)")
    con.execute("WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 200000)"
                " INSERT INTO t SELECT i FROM c")
    con.commit()
    con.close()
    token = _stop_after(2)
    hostile = open_database(db, progress=token.checkpoint)
    try:
        with pytest.raises(CancelledError), translate("The message database"):
            hostile.execute("SELECT count(*) FROM t a, t b").fetchone()
    finally:
        hostile.close()


def test_a_query_that_runs_away_is_cancelled_with_a_clear_error(tmp_path):
    db = tmp_path / "small.db"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE t (x)")
    con.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(3000)])
    con.commit()
    con.close()
    # A quadratic join: 9 million row pairs, far more steps than this budget allows.
    hostile = open_database(db, max_steps=1_000_000)
    try:
        with pytest.raises(HostileDatabaseError, match="takes far longer to read than a "
                           "database of its size can"), translate("small.db"):
            hostile.execute("SELECT count(*) FROM t a, t b WHERE a.x < b.x").fetchone()
    finally:
        hostile.close()
    # The default budget (by the file's size, at least MIN_STEPS) lets an honest read through.
    hostile = open_database(db)
    try:
        with translate("small.db"):
            assert hostile.execute("SELECT count(*) FROM t").fetchone() == (3000,)
    finally:
        hostile.close()


@pytest.mark.parametrize("limit", ["MAX_MANIFEST_FILES", "MAX_MANIFEST_BYTES"])
def test_a_file_list_beyond_any_phones_is_refused(tmp_path, monkeypatch, limit):
    folder = _backup_folder(tmp_path, 5_000, 5_000)
    monkeypatch.setattr(iphone, limit, 4_000 if limit == "MAX_MANIFEST_FILES" else 4_000 * 100)
    with Library(tmp_path / "library") as lib:
        with pytest.raises(PhoneBackupFormatError, match="files of WhatsApp .Manifest.db., "
                           "more than any phone keeps; it is refused"):
            import_phone_backup(lib, PhoneBackupRequest(folder))
        assert lib.counts() == (0, 0, 0)


def test_paths_outside_the_grammar_are_skipped_and_the_rest_is_found(tmp_path):
    folder = _backup_folder(tmp_path, 10, 10)
    con = sqlite3.connect(folder / "Manifest.db")
    rows = [("Message/../../x.jpg", "a" * 40), ("Message//double.jpg", "b" * 40),
            ("Message/" + "y" * 2000, "c" * 40), ("Message/back\\slash.jpg", "d" * 40)]
    con.executemany("INSERT INTO Files VALUES (?, ?, ?, 1, NULL)",
                    [(fid, DOMAIN, rel) for rel, fid in rows])
    con.execute("INSERT INTO Files VALUES ('e', ?, x'4d657373616765', 1, NULL)", (DOMAIN,))
    con.commit()
    con.close()
    with WorkDir() as work:
        backup = iphone._Backup(folder, work, None, None)
        try:
            assert set(backup._rows) == {"Message", "ChatStorage.sqlite"} | {
                _whatsapp_path(i) for i in range(1, 11)}
            assert backup.extract("ChatStorage.sqlite") is not None
        finally:
            backup.close()


def _cpu(fn) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


if __name__ == "__main__":  # the figures of SECURITY.md 2.10 (shared machine)
    import tempfile

    with tempfile.TemporaryDirectory(prefix="manifest-bench-") as tmp:
        folder = _backup_folder(Path(tmp), 1_000_000, 100_000)
        size = (folder / "Manifest.db").stat().st_size
        print(f"Manifest.db: 1,000,000 rows, {size / 2**20:.0f} MiB, no index")
        old = sqlite3.connect(f"file:{folder / 'Manifest.db'}?mode=ro&immutable=1", uri=True)
        sample = int(sys.argv[1]) if len(sys.argv) > 1 else 50

        def before() -> None:  # the query the code before ran per attachment, half of
            for i in range(1, sample + 1):  # them for files the backup lacks (a whole scan)
                path = _whatsapp_path(100_001 - i) if i % 2 else f"Message/Media/gone-{i}.jpg"
                old.execute("SELECT fileID, file FROM Files WHERE domain = ? AND"
                            " relativePath = ? LIMIT 1", (DOMAIN, path)).fetchone()

        per = _cpu(before) / sample
        print(f"before: {per:.3f} CPU s per lookup ({sample} measured): 10,000 lookups "
              f"{per * 10_000:.0f} s, 100,000 {per * 100_000:.0f} s (extrapolated)")
        with WorkDir() as work:
            box: list = []
            t_open = _cpu(lambda: box.append(iphone._Backup(folder, work, None, None)))
            backup = box[0]
            media = iphone.IPhoneMedia(backup, iphone.MediaFolder(None))
            for n in (10_000, 100_000):
                t = _cpu(lambda n=n: [media.exists(_whatsapp_path(100_001 - i) if i % 2 else
                                                   f"Message/Media/gone-{i}.jpg")
                                      for i in range(1, n + 1)])
                print(f"after: one pass {t_open:.2f} CPU s + {n:,} lookups {t:.2f} CPU s")
            backup.close()
