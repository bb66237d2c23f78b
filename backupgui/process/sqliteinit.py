"""Process-wide SQLite settings that must be made before SQLite initializes.

SQLite keeps allocation statistics by default (``SQLITE_CONFIG_MEMSTATUS``): every
``sqlite3_malloc`` and ``sqlite3_free`` then takes one global mutex. A backup's two message
workers build the months' JSON in SQLite side by side, a few allocations per message, and
they waited on that mutex ~2,100 times in a 1 GiB backup (profiled at each thread's sleep,
docs/PERFORMANCE.md, "Issue 24, phase 5: where the backup's wall time goes"). backupgui
never reads those statistics (nor sets a soft heap limit, which needs them), so they are
turned off.

``sqlite3_config`` only works before SQLite initializes, which Python's ``sqlite3`` module
does when it is first imported: ``configure`` runs from ``backupgui/__init__.py`` and is a
no-op (False) when ``sqlite3`` was imported first, when the library cannot be found, and on
systems other than Linux.
"""

from __future__ import annotations

import sys

_SQLITE_CONFIG_MEMSTATUS = 9  # from sqlite3.h
_SQLITE_OK = 0


def configure() -> bool:
    """Turn SQLite's allocation statistics off; True if SQLite took the setting."""
    if "_sqlite3" in sys.modules or not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        # The soname first: ``find_library`` runs ``ldconfig -p`` in a child process, tens
        # of milliseconds at every start (the same lookup memory.py avoids for glibc).
        lib = ctypes.CDLL("libsqlite3.so.0")
    except OSError:
        from ctypes.util import find_library  # (imports subprocess: only if needed)

        name = find_library("sqlite3")
        if name is None:
            return False
        try:
            lib = ctypes.CDLL(name)
        except OSError:
            return False
    try:
        config = lib.sqlite3_config  # variadic: (int op, int on/off)
    except AttributeError:
        return False
    return config(ctypes.c_int(_SQLITE_CONFIG_MEMSTATUS), ctypes.c_int(0)) == _SQLITE_OK
