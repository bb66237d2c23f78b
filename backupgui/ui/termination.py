"""The app ends cleanly on SIGTERM (a logout, ``systemctl --user stop``, ``kill``), SIGHUP
(the terminal it was started from closed) and SIGINT (Ctrl+C in that terminal).

Before, SIGTERM and SIGHUP ended the process at once: a running backup's lock stayed in the
backup set (docs/FORMAT.md 10.3), holding other computers' retention off for 30 minutes (an
exclusive lock, their backups). Now the running job is stopped as the Stop button stops it,
its lock is removed (``Lock.release``, bounded by ``RELEASE_S``), the settings are saved and
the app leaves with 128 + the signal's number (143 for SIGTERM), as a shell reports it.

Python runs a signal handler only when the interpreter gets control, and Qt's event loop is
C++ waiting in poll(): ``signal.set_wakeup_fd`` makes the C-level handler write the signal's
number to a socket that a ``QSocketNotifier`` watches, which wakes the loop at once.
"""

from __future__ import annotations

import logging
import signal
import socket
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication

from ..engine.locks import RELEASE_S

if TYPE_CHECKING:
    from .context import AppContext
    from .main_window import MainWindow

log = logging.getLogger(__name__)

# The signals that mean "end now, cleanly". A signal set to be ignored when the app started
# (``nohup``: SIGHUP; a job started with ``&`` by a script: SIGINT) stays ignored.
SIGNALS: tuple[int, ...] = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name))
# How long the stopped job may take to end (its lock's release included) before the app
# leaves anyway; well inside a service manager's 90 s before SIGKILL.
STOP_WAIT_S = RELEASE_S + 15.0


class Termination(QObject):
    """Watches the signals while the app runs; on the first one, ``stop_jobs`` is called,
    ``busy`` polled until it is False (or ``STOP_WAIT_S``), then ``save`` and the app's event
    loop ends with ``exit_code``. A second signal of the same kind ends the process at once
    (the default action), as in the command line."""

    def __init__(self, app: QApplication, stop_jobs: Callable[[], None],
                 busy: Callable[[], bool], save: Callable[[], None]) -> None:
        super().__init__(app)
        self._app, self._stop_jobs, self._busy, self._save = app, stop_jobs, busy, save
        self.signum = 0
        self._deadline = 0.0
        self._previous: dict[int, object] = {}
        self._reader, self._writer = socket.socketpair()
        for s in (self._reader, self._writer):
            s.setblocking(False)
        self._old_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        for sig in SIGNALS:
            if signal.getsignal(sig) is signal.SIG_IGN:
                continue
            self._previous[sig] = signal.signal(sig, self._noted)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)

    @property
    def exit_code(self) -> int:
        """128 + the signal's number once one came (143: SIGTERM), else 0."""
        return 128 + self.signum if self.signum else 0

    @staticmethod
    def _noted(_signum: int, _frame: object) -> None:
        """The Python-level handler: nothing to do here (the wakeup socket carries the
        number); it only has to exist, instead of the default action or KeyboardInterrupt."""

    def _woken(self) -> None:
        try:
            data = self._reader.recv(64)
        except OSError:
            return
        for num in data:
            if num in self._previous:
                self.begin(num)

    def begin(self, signum: int) -> None:
        """End the app as for ``signum`` (the signal handler's work, also callable directly)."""
        if self.signum:
            return
        self.signum = signum
        signal.signal(signum, signal.SIG_DFL)  # a second one ends the process at once
        log.info("ending on %s: stopping the running job", signal.Signals(signum).name)
        self._deadline = time.monotonic() + STOP_WAIT_S
        try:
            self._stop_jobs()
        finally:
            self._when_stopped()

    def _when_stopped(self) -> None:
        if self._busy() and time.monotonic() < self._deadline:
            QTimer.singleShot(100, self, self._when_stopped)
            return
        if self._busy():
            log.warning("the stopped job did not end within %.0f s; leaving anyway", STOP_WAIT_S)
        try:
            self._save()
        finally:
            self._app.exit(self.exit_code)

    def close(self) -> None:
        """Put the previous handlers and wakeup descriptor back (the loop has ended)."""
        self._notifier.setEnabled(False)
        for sig, previous in self._previous.items():
            if not self.signum or sig != self.signum:
                signal.signal(sig, previous)  # type: ignore[arg-type]
        signal.set_wakeup_fd(self._old_fd)
        self._reader.close()
        self._writer.close()


def install(app: QApplication, window: MainWindow, ctx: AppContext) -> Termination | None:
    """Make ``window``'s app end cleanly on the signals (POSIX only; on Windows a console
    close or logout reaches Qt as a session end). None where signals cannot be watched."""
    if sys.platform == "win32":
        return None
    from .tasks import cancel_all, wait_all

    def stop_jobs() -> None:
        scheduler = getattr(window.auto, "scheduler", None)
        if scheduler is not None:
            scheduler.stop()  # no automatic backup starts while the app ends
        window.stop_jobs()  # what Stop does (backup, restore)
        cancel_all()  # and every other task (a change of protection holds a lock too)

    def busy() -> bool:
        return bool(window.running_job()) or not wait_all(0.0)

    def save() -> None:
        ctx.save()
        ctx.flush()

    try:
        return Termination(app, stop_jobs, busy, save)
    except (OSError, ValueError) as exc:  # (ValueError: not the main thread)
        log.warning("cannot watch the end signals: %s", type(exc).__name__)
        return None
