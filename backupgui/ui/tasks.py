"""The one way the GUI runs work off its thread.

``run_in_background(fn, ...)`` runs ``fn(progress, cancel)`` on a QThreadPool worker and
delivers progress, the result, an error or a cancellation to callbacks **on the GUI thread**
(through queued signals), in the spirit of Picard's ``run_task`` and Anki's ``QueryOp``.

Rules for ``fn`` (it runs on a worker thread):

* never touch a widget, a model or any QObject owned by the GUI thread;
* report progress only through the ``progress`` callback it is given (reports are coalesced,
  so calling it very often is fine), and call ``cancel.checkpoint()`` often;
* raise ``BackupError`` subclasses for expected failures; anything else is "unexpected".

Typical use::

    def prepare() -> BackupRequest: ...        # validate on the GUI thread, raise BackupError
    req = prepare()
    handle = run_in_background(lambda p, c: engine.backup(req, p, c),
                               on_progress=panel.show_progress, on_done=panel.finished,
                               on_error=errors.show_error)

``call_in_background(fn, *args, on_done=..., on_error=...)`` is the short form for a plain
function that takes neither a progress callback nor a cancel token.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThread,
    QThreadPool,
    QTimer,
    Signal,
)

from ..destinations.netguard import job_scope
from ..errors import CancelledError
from ..jobs import CancelToken, Progress, ProgressFn

log = logging.getLogger(__name__)

TaskFn = Callable[[ProgressFn, CancelToken], Any]
ProgressCallback = Callable[[Progress], None]
DoneCallback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]

#: Minimum time between two progress deliveries to the GUI thread.
PROGRESS_INTERVAL_S = 0.05

_pool: QThreadPool | None = None
_live: set[TaskHandle] = set()


def preload_job_modules() -> None:
    """Import what background jobs use (run in the background once, soon after start), so a
    backup's first moments do not wait for modules to load."""
    import zstandard  # noqa: F401
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # noqa: F401

    from .. import engine  # noqa: F401
    from ..automation import runlock  # noqa: F401
    from ..crypto.keys import check_password
    from ..destinations import folder  # noqa: F401

    check_password("warm-up")  # loads the common-password list
    # The patterns that match the core's messages (progress phases, errors) to their
    # translations: ~135 regular expressions compiled in pure Python (50 ms of CPU, 0.46 s
    # measured on the GUI thread at a backup's first progress report while its threads ran).
    from .language import warm_up_messages

    warm_up_messages()


def tune_gil_for_gui(interval_s: float = 0.001) -> None:
    """Let the GUI thread get the GIL back sooner while workers run Python code.

    CPython hands the GIL over every ``switchinterval`` (5 ms by default); with a few busy
    worker threads the GUI thread can wait several intervals per event. 1 ms keeps the event
    loop smooth during a backup at a negligible throughput cost.
    """
    import sys

    sys.setswitchinterval(interval_s)


def thread_pool() -> QThreadPool:
    """The pool every background task runs on (at least 4 threads so short look-ups are never
    starved by a long backup)."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setObjectName("backupgui-tasks")
        _pool.setMaxThreadCount(max(4, QThread.idealThreadCount()))
    return _pool


class TaskHandle(QObject):
    """A running task: cancel/pause/resume it, or wait for it. Lives on the GUI thread.

    Signals (all emitted on the GUI thread): ``progressed(Progress)``, ``succeeded(object)``,
    ``failed(object)`` (the exception), ``cancelled()``, ``finished()`` (always, last).
    """

    progressed = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    # Internal: emitted from the worker thread, delivered queued to this object's thread.
    _progress_ready = Signal()
    _outcome = Signal(str, object)

    def __init__(self, name: str, token: CancelToken, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.token = token
        self.result: Any = None
        self.error: BaseException | None = None
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._latest: Progress | None = None
        self._pending = False
        self._last_emit = 0.0
        self._delivered: Progress | None = None
        self._progress_ready.connect(self._deliver_progress, Qt.ConnectionType.QueuedConnection)
        self._outcome.connect(self._deliver_outcome, Qt.ConnectionType.QueuedConnection)

    # --- control (GUI thread) -------------------------------------------------------------
    def cancel(self) -> None:
        """Ask the task to stop at its next checkpoint (also wakes a paused task)."""
        self.token.cancel()

    def pause(self) -> None:
        self.token.pause()

    def resume(self) -> None:
        self.token.resume()

    @property
    def paused(self) -> bool:
        return self.token.paused

    @property
    def done(self) -> bool:
        """True once ``fn`` has returned or raised (callbacks may still be queued)."""
        return self._done.is_set()

    def wait(self, timeout_s: float | None = None) -> bool:
        """Block until ``fn`` has finished on its thread; True if it did in time.

        Callbacks are delivered later by the event loop; use ``wait_delivered`` to also run them.
        """
        return self._done.wait(timeout_s)

    def wait_delivered(self, timeout_s: float = 30.0) -> bool:
        """Wait for ``fn`` and process events until its callbacks ran (for tests and shutdown)."""
        deadline = time.monotonic() + timeout_s
        while self in _live and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            self._done.wait(0.005)
        QCoreApplication.processEvents()
        return self not in _live

    # --- worker side ------------------------------------------------------------------------
    def _report(self, p: Progress) -> None:
        """Progress callback given to ``fn``: keep the newest report, emit at most every 50 ms."""
        now = time.monotonic()
        with self._lock:
            self._latest = p
            if self._pending or now - self._last_emit < PROGRESS_INTERVAL_S:
                return
            self._pending = True
            self._last_emit = now
        self._progress_ready.emit()

    def _finish(self, kind: str, value: object) -> None:
        self._done.set()
        self._outcome.emit(kind, value)

    # --- GUI side ---------------------------------------------------------------------------
    def _deliver_progress(self) -> None:
        with self._lock:
            p, self._pending = self._latest, False
        if p is None or p is self._delivered or self.token.cancelled or self not in _live:
            return
        self._delivered = p
        self.progressed.emit(p)
        # A report throttled after this one must still show up (trailing delivery).
        QTimer.singleShot(int(PROGRESS_INTERVAL_S * 2000), self, self._deliver_progress)

    def _deliver_outcome(self, kind: str, value: object) -> None:
        try:
            if kind == "ok":
                self.result = value
                self.succeeded.emit(value)
            elif kind == "cancelled":
                self.cancelled.emit()
            else:
                assert isinstance(value, BaseException)
                self.error = value
                self.failed.emit(value)
        finally:
            _live.discard(self)
            self.finished.emit()
            self.deleteLater()


class _Runnable(QRunnable):
    def __init__(self, fn: TaskFn, handle: TaskHandle) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._handle = handle

    def run(self) -> None:  # worker thread
        h = self._handle
        try:
            h.token.checkpoint()
            # Stop ends the task's network requests at once (Drive, key vault, sign-in),
            # not at their next byte.
            with job_scope(h.token.on_cancel):
                result = self._fn(h._report, h.token)
        except CancelledError:
            log.info("task %s cancelled", h.name)
            h._finish("cancelled", None)
        except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread
            if not _is_expected(exc):
                log.error("task %s failed unexpectedly", h.name, exc_info=exc)
            else:
                log.info("task %s failed: %s", h.name, type(exc).__name__)
            h._finish("error", exc)
        else:
            h._finish("ok", result)
        finally:
            self._fn = None  # type: ignore[assignment]  # drop references (e.g. key material)


def _is_expected(exc: BaseException) -> bool:
    from ..errors import BackupError

    return isinstance(exc, BackupError)


def run_in_background(
    fn: TaskFn,
    *,
    on_progress: ProgressCallback | None = None,
    on_done: DoneCallback | None = None,
    on_error: ErrorCallback | None = None,
    on_cancelled: Callable[[], None] | None = None,
    on_finished: Callable[[], None] | None = None,
    cancel_token: CancelToken | None = None,
    name: str = "",
    parent: QObject | None = None,
) -> TaskHandle:
    """Run ``fn(progress, cancel)`` on the task pool; callbacks run on the GUI thread.

    If ``on_cancelled`` is not given, a cancellation is reported to ``on_error`` as a
    ``CancelledError``. ``on_finished`` always runs last. Must be called on the GUI thread.
    """
    token = cancel_token or CancelToken()
    handle = TaskHandle(name or getattr(fn, "__name__", "task"), token, parent)
    if on_progress is not None:
        handle.progressed.connect(on_progress)
    if on_done is not None:
        handle.succeeded.connect(on_done)
    if on_error is not None:
        handle.failed.connect(on_error)
    if on_cancelled is not None:
        handle.cancelled.connect(on_cancelled)
    elif on_error is not None:
        handle.cancelled.connect(_cancel_as_error(on_error))
    if on_finished is not None:
        handle.finished.connect(on_finished)
    _live.add(handle)
    thread_pool().start(_Runnable(fn, handle))
    return handle


def _cancel_as_error(on_error: ErrorCallback) -> Callable[[], None]:
    """Report a cancellation to ``on_error`` - unless ``on_error`` is a method of a widget that
    is gone. Qt drops a signal's connection to a deleted receiver by itself, but this wrapper
    is a plain function, so it checks (a dialog closed while its task was cancelled)."""
    receiver = getattr(on_error, "__self__", None)

    def deliver() -> None:
        if isinstance(receiver, QObject) and not shiboken6.isValid(receiver):
            return
        on_error(CancelledError("The job was cancelled."))

    return deliver


def call_in_background(
    fn: Callable[..., Any],
    *args: Any,
    on_done: DoneCallback | None = None,
    on_error: ErrorCallback | None = None,
    name: str = "",
    **kwargs: Any,
) -> TaskHandle:
    """Run a plain ``fn(*args, **kwargs)`` (no progress, no cancel) in the background."""
    return run_in_background(lambda _p, _c: fn(*args, **kwargs), on_done=on_done,
                             on_error=on_error, name=name or getattr(fn, "__name__", "call"))


def running_tasks() -> list[TaskHandle]:
    """Tasks whose callbacks have not been delivered yet."""
    return list(_live)


def cancel_all() -> None:
    """Ask every running task to stop (used at shutdown)."""
    for h in list(_live):
        h.cancel()


def wait_all(timeout_s: float = 10.0) -> bool:
    """Wait until every task's function has returned; True if all did in time."""
    deadline = time.monotonic() + timeout_s
    for h in list(_live):
        if not h.wait(max(0.0, deadline - time.monotonic())):
            return False
    return thread_pool().waitForDone(int(max(0.0, deadline - time.monotonic()) * 1000))
