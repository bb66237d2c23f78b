"""A backup stopped because another computer holds the backup set (its lock, FORMAT.md 10.3)
says which computer: the waiting status of a scheduled run, which is tried again after
``busy_retry``, and the notice of a manual one (before: "another backup is running" and "A
backup is already running", as for a second backup on this computer). The busy error is a
real one: a real lock held on a real folder set."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QApplication

from backupgui.crypto.material import RawKey
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import locks
from backupgui.engine.repository import Repo
from backupgui.ui import language

from .test_scheduler_qt import at, wait_finished
from .test_scheduler_qt import env as env  # noqa: F401 - a fixture

pytestmark = pytest.mark.usefixtures("drain")


def _busy_error(tmp_path, device: str) -> locks.SetBusyError:
    """What a backup meets while another computer (``device``) changes the set's password."""
    dest = FolderDestination(tmp_path / "dest")
    repo = Repo.create(dest, RawKey(bytes(range(32))))
    with locks.acquire(repo, locks.PROTECTION, device, look=False):
        with pytest.raises(locks.SetBusyError) as err:
            locks.acquire(Repo.open(FolderDestination(tmp_path / "dest"), RawKey(bytes(range(32)))),
                          locks.BACKUP, "this laptop", wait_s=0)
    return err.value


def test_a_scheduled_run_waits_naming_the_other_computer_then_runs(qtbot, env, tmp_path):
    env.jobs.fail = [_busy_error(tmp_path, "old\x1blaptop")]
    s = env.make()
    env.clock.advance(timedelta(hours=3))
    s.tick()
    qtbot.waitUntil(lambda: "another computer" in s.status, timeout=5000)
    # (the name shortened, without its control character, and isolated: FSI ... PDI)
    assert s.status.startswith("Next backup: waiting, because another computer "
                               "(\u2068old laptop\u2069) is using the backup set"), s.status
    assert not env.finished and not [n for n in env.notes if n.kind == "busy"]
    env.clock.advance(timedelta(minutes=5))  # ``busy_retry``: tried again by itself
    s.tick()
    e = wait_finished(qtbot, env)
    assert (e.result, e.trigger) == ("ok", "scheduled") and env.jobs.calls == 2
    assert s.next_run == at(2024, 5, 3, 2, 0)


def test_a_manual_run_says_another_computer_is_using_the_set_in_german(qtbot, env, tmp_path):
    env.jobs.fail = [_busy_error(tmp_path, "old-laptop")]
    app = QApplication.instance()
    language.install_language("de", app)
    try:
        s = env.make()
        assert s.run_now()
        qtbot.waitUntil(lambda: any(n.kind == "busy" for n in env.notes), timeout=5000)
        note = [n for n in env.notes if n.kind == "busy"][0]
        assert note.title == "Ein anderer Computer verwendet den Backup-Satz"
        assert note.message == ("Ein anderer Computer (\u2068old-laptop\u2069) ändert gerade den Schlüssel "
                                "oder das Passwort dieses Backup-Satzes; versuche es in ein paar "
                                "Minuten noch einmal."), note.message
        assert not env.finished  # (not a failure of this computer's backup: none recorded)
    finally:
        language.install_language("en", app)
