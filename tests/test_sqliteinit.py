"""SQLite's allocation statistics are off in a backupgui process (sqliteinit)."""

from __future__ import annotations

import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")

_USED = """
import ctypes, ctypes.util, sys
{first}
import sqlite3
db = sqlite3.connect(":memory:")
db.execute("CREATE TABLE t (x)")
db.executemany("INSERT INTO t VALUES (json_object('a', ?))", [(str(i) * 50,) for i in range(200)])
lib = ctypes.CDLL(ctypes.util.find_library("sqlite3"))
lib.sqlite3_memory_used.restype = ctypes.c_int64
print(lib.sqlite3_memory_used())
"""


def _memory_used(first: str) -> int:
    out = subprocess.run([sys.executable, "-c", _USED.format(first=first)], check=True,
                         capture_output=True, text=True).stdout
    return int(out.strip())


def test_importing_backupgui_turns_the_statistics_off():
    """SQLite counts its allocations unless backupgui was imported before sqlite3 (then
    no global mutex is taken per allocation)."""
    assert _memory_used("") > 0
    assert _memory_used("import backupgui") == 0


def test_after_sqlite3_it_changes_nothing():
    """Once SQLite is initialized the setting is refused, and nothing else happens."""
    out = subprocess.run([sys.executable, "-c", "import sqlite3\nfrom backupgui.process.sqliteinit import "
                          "configure\nprint(configure())"], check=True, capture_output=True,
                         text=True).stdout
    assert out.strip() == "False"
    assert _memory_used("import sqlite3, backupgui") > 0
