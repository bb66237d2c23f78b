"""``backupgui-cli`` with its fsyncs turned off, for ``bench/durability.py`` only: what a
restore would take if it made nothing durable, as ``rclone copy`` does. Never a way to run
backupgui (a power cut after such a restore can leave a library that points at files that
are not on the disk).

    python -m bench._nosync restore --dest ... --library ... --key-file ...
"""

from __future__ import annotations

import os
import sqlite3
import sys


class _NoSyncConnection(sqlite3.Connection):
    def execute(self, sql, *args):  # type: ignore[override]
        if sql.replace(" ", "").upper().startswith("PRAGMASYNCHRONOUS="):
            sql = "PRAGMA synchronous=OFF"
        return super().execute(sql, *args)


def main() -> int:
    os.fsync = lambda fd: None  # type: ignore[assignment]
    os.fdatasync = lambda fd: None  # type: ignore[assignment]
    real_connect = sqlite3.connect

    def connect(*args, **kw):
        kw.setdefault("factory", _NoSyncConnection)
        return real_connect(*args, **kw)

    sqlite3.connect = connect  # type: ignore[assignment]
    import backupgui.engine.restore  # noqa: F401  (the module, not the function of that name)

    sys.modules["backupgui.engine.restore"]._SYNC_FILE_RANGE = None  # type: ignore[attr-defined]
    from backupgui.cli import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
