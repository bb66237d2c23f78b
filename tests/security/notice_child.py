"""The child of ``test_notification_markup``: a real scheduled backup, under Xvfb on a D-Bus
session whose notification server is the test's, of a library holding an attachment whose
name (a chat partner's, or a backup's restored with a valid key) is notification markup and
whose file is gone. The tray shows the backup's warning; the server records what it got."""

from __future__ import annotations

import sqlite3
import sys
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def main(root: Path, name: str) -> int:
    from backupgui.automation.history import History
    from backupgui.automation.schedule import ScheduleConfig
    from backupgui.crypto.keys import generate_key
    from backupgui.crypto.material import RawKey
    from backupgui.destinations.folder import FolderDestination
    from backupgui.engine import BackupRequest, backup
    from backupgui.library.demo import create_demo_library
    from backupgui.library.store import media_path
    from backupgui.ui.automation.scheduler import Scheduler
    from backupgui.ui.automation.tray import Tray

    lib = root / "library"
    create_demo_library(lib, chats=1, seed=3, media_mb=0.2)
    db = sqlite3.connect(lib / "library.db")
    sha = db.execute("SELECT sha256 FROM media WHERE sha256 != '' ORDER BY sha256 LIMIT 1").fetchone()[0]
    db.execute("UPDATE media SET filename = ? WHERE sha256 = ?", (name, sha))
    db.commit()
    db.close()
    media_path(lib / "media", sha).unlink()  # gone from the library: the backup warns, naming it
    (root / "dest").mkdir()
    key = RawKey(generate_key())

    def job():
        return lambda progress, cancel: backup(BackupRequest(
            lib, FolderDestination(root / "dest"), key, device_name="test"), progress, cancel)

    app = QApplication(sys.argv)
    s = Scheduler(ScheduleConfig(frequency="manual", notify_success=False), job,
                  history=History(root / "history.jsonl"), tick_s=3600,
                  catch_up_delay=timedelta(0))
    tray = Tray(s)
    tray.show()
    print("tray", Tray.available(), flush=True)
    s.runFinished.connect(lambda *_a: QTimer.singleShot(1500, app.quit))
    QTimer.singleShot(0, s.run_now)
    QTimer.singleShot(60_000, app.quit)
    app.exec()
    print("shown", [n.kind for n in tray.shown], flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2]))
