"""``bench/_nosync.py``, which ``python -m bench.durability`` runs the restore under: its SQLite
connections turn the library's ``synchronous`` setting off (and leave other pragmas alone)."""

from __future__ import annotations

import sqlite3

from bench._nosync import _NoSyncConnection


def test_synchronous_is_turned_off_and_other_pragmas_kept(tmp_path):
    db = sqlite3.connect(tmp_path / "x.db", factory=_NoSyncConnection)
    try:
        db.execute("PRAGMA synchronous=NORMAL")
        assert db.execute("PRAGMA synchronous").fetchone()[0] == 0  # OFF
        db.execute("PRAGMA foreign_keys=ON")
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    finally:
        db.close()
    plain = sqlite3.connect(tmp_path / "y.db")
    try:
        plain.execute("PRAGMA synchronous=NORMAL")
        assert plain.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL: the check can fail
    finally:
        plain.close()
