"""A backup started from the window says so when another backup (e.g. the CLI's) is running."""

from __future__ import annotations

import pytest

from backupgui.automation.runlock import acquire_backup_lock
from backupgui.errors import BusyError
from backupgui.jobs import CancelToken
from backupgui.ui.backup.jobs import run_backup_locked


def test_window_backup_refuses_while_the_cli_holds_the_lock():
    with acquire_backup_lock("backup", program="backupgui-cli"):
        with pytest.raises(BusyError, match="already running"):
            # The job is never looked at: the lock is taken first.
            run_backup_locked(None, lambda p: None, CancelToken())  # type: ignore[arg-type]
