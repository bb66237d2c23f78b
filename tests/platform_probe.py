"""Starts the app as ``backupgui`` does (``backupgui.app.main``) and, after PROBE_MS, prints
one line ``PROBE {json}`` with what a test of the platform needs to see (its windows, its
folders, its language and locale), then closes any box it shows and quits. Used by
tests/test_platform_homes.py in a child process with the environment under test."""

from __future__ import annotations

import json
import os
import sys

from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

app = QApplication([sys.argv[0]])


def report() -> None:
    from backupgui.device.settings import config_dir, log_dir
    from backupgui.library.store import default_library_dir
    from backupgui.ui.single_instance import server_name
    from backupgui.ui.widgets.formatting import numbers

    wins = [w for w in app.topLevelWidgets() if w.isVisible() and w.isWindow()]
    boxes = [w for w in wins if isinstance(w, QMessageBox)]
    info = {
        "windows": [w.windowTitle() for w in wins],
        "box": [f"{b.text()}\n{b.informativeText()}" for b in boxes],
        "config": str(config_dir()), "log": str(log_dir()),
        "library": str(default_library_dir()), "socket": server_name(),
        "locale": QLocale().name(), "fs_encoding": sys.getfilesystemencoding(),
        "ratio": wins[0].devicePixelRatio() if wins else None,
        "number": numbers("%1", 1234567),
        "quit": QCoreApplication.translate("MainWindow", "&Quit"),
        "env": {k: os.environ.get(k) for k in ("XDG_CONFIG_HOME", "XDG_DATA_HOME",
                                               "XDG_CACHE_HOME", "XDG_STATE_HOME")},
    }
    print("PROBE " + json.dumps(info, ensure_ascii=False), flush=True)
    for b in boxes:
        b.done(0)
    app.quit()


QTimer.singleShot(int(os.environ.get("PROBE_MS", "4000")), report)
from backupgui.app import main  # noqa: E402

sys.exit(main(sys.argv[1:]))
