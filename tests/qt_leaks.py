"""Work of the app's automation left alive by a test: a scheduler still scheduling, or an
``AutoBackup`` (the scheduler, the tray and their ties to a window) that outlived its test.

Both are parented to the application, not to the test's window, so a test that forgets them
leaves a timer that keeps firing in every later test (one wrote its status to a label of a
window deleted long before). ``leaked_automation()`` is cheap (a weak set and
``findChildren``): the tests' conftests call it after every test and fail the one that
leaked, where the leak starts.
"""

from __future__ import annotations

import weakref

_schedulers: weakref.WeakSet = weakref.WeakSet()
_watching = False


def watch_schedulers() -> None:
    """Remember every ``Scheduler`` made from now on (weakly: one collected is not a leak)."""
    global _watching
    if _watching:
        return
    from backupgui.ui.automation.scheduler import Scheduler

    made = Scheduler.__init__

    def init(self, *args, **kwargs) -> None:
        made(self, *args, **kwargs)
        _schedulers.add(self)

    Scheduler.__init__ = init
    _watching = True


def leaked_automation() -> list[str]:
    """What is still alive: each ``AutoBackup`` under the application and each scheduler
    that is started or has its timer armed (after deleting what waits for ``deleteLater``,
    such as a test's closed windows, whose destruction ends their ``AutoBackup``)."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    from backupgui.ui.automation.autobackup import AutoBackup

    app = QCoreApplication.instance()
    if app is None:
        return []
    for _ in range(3):  # (a window deleted, then the AutoBackup its destruction closed)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    found = [f"an AutoBackup (window {type(a.window).__name__}): call its close() or "
             f"delete its window" for a in app.findChildren(AutoBackup)]
    for s in list(_schedulers):
        if shiboken6.isValid(s) and (s.started or s._timer.isActive()):
            found.append(f"a Scheduler still scheduling (started={s.started}, timer "
                         f"{'armed' if s._timer.isActive() else 'off'}): call its stop()")
    return found


def _end_all() -> None:
    """Stop what leaked, so that one leak fails its own test and not every later one."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    from backupgui.ui.automation.autobackup import AutoBackup

    app = QCoreApplication.instance()
    for a in app.findChildren(AutoBackup) if app is not None else []:
        a.close()
    for s in list(_schedulers):
        if shiboken6.isValid(s):
            s.stop()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def fail_on_leaked_automation():
    """The body of an autouse fixture: the test, then the check (after its teardown)."""
    watch_schedulers()
    yield
    leaks = leaked_automation()
    if leaks:
        import pytest

        _end_all()
        pytest.fail("the test left automatic-backup work alive: " + "; ".join(leaks),
                    pytrace=False)
