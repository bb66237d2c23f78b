"""The one way the GUI runs work off its thread.

``run_in_background(fn, owner=..., ...)`` runs ``fn(progress, cancel)`` on a QThreadPool
worker and delivers progress, the result, an error or a cancellation to callbacks **on the
GUI thread** (through queued signals), in the spirit of Picard's ``run_task`` and Anki's
``QueryOp``.

Rules for ``fn`` (it runs on a worker thread):

* never touch a widget, a model or any QObject owned by the GUI thread;
* report progress only through the ``progress`` callback it is given (reports are coalesced,
  so calling it very often is fine), and call ``cancel.checkpoint()`` often;
* raise ``BackupError`` subclasses for expected failures; anything else is "unexpected".

**The owner.** Every task names the QObject its callbacks work on (``owner=``, required: the
widget, dialog or controller that started it). Once the owner is deleted (``deleteLater``, a
dialog with ``WA_DeleteOnClose`` closed by the user, its parent deleted, the last Python
reference dropped), **no callback of the task runs**: not progress, done, error, cancelled
nor finished, and no signal of its handle is emitted. Qt drops a connection to a deleted
receiver by itself only when the slot is a bound method of a QObject; a lambda or a nested
function that captures a widget would otherwise run on a deleted C++ object ("Internal C++
object already deleted", "Signal source has been deleted"). The handle is not a child of the
owner: it lives until ``fn`` returns, so the worker always has somewhere to deliver to.
``owner=None`` says that the callbacks hold no QObject (a settings write that logs its
error); callbacks that are bound to or capture a QObject are then refused (``TypeError``),
so a missing owner cannot go unnoticed.

**What happens to the work.** The owner's deletion never stops work that changes something:
a backup, a restore, a key change, a settings or key save, a folder made, a file copied run
to their end, and keep their own guarantees (a backup or restore stops only when the user
stops it: Stop, Cancel, or the question before quitting). A task that only computes an
answer for its owner (a page of messages, a thumbnail, a probe of the destination, a list
read) passes ``cancel_with_owner=True``: it is cancelled when the owner goes, as nothing can
receive its result. The default is to run on, as a wrongly stopped write loses data and a
wrongly finished read only costs time.
A result that holds something to release (the phone import's decrypted work folder) names
its release, ``dispose=``: it runs on a worker with the result that nobody received.

Typical use::

    def prepare() -> BackupRequest: ...        # validate on the GUI thread, raise BackupError
    req = prepare()
    handle = run_in_background(lambda p, c: engine.backup(req, p, c), owner=panel,
                               on_progress=panel.show_progress, on_done=panel.finished,
                               on_error=errors.show_error)

``call_in_background(fn, *args, owner=..., on_done=..., on_error=...)`` is the short form for
a plain function that takes neither a progress callback nor a cancel token.
"""

from __future__ import annotations

import functools
import logging
import threading
import time
import weakref
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QMetaObject,
    QObject,
    QRunnable,
    Qt,
    QThread,
    QThreadPool,
    QTimer,
    Signal,
    SignalInstance,
)

from ..destinations.netguard import job_scope
from ..errors import CancelledError
from ..jobs import CancelToken, Progress, ProgressFn

log = logging.getLogger(__name__)

TaskFn = Callable[[ProgressFn, CancelToken], Any]
ProgressCallback = Callable[[Progress], None]
DoneCallback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]

# Minimum time between two progress deliveries to the GUI thread.
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

    Signals (all emitted on the GUI thread, and only while the owner lives):
    ``progressed(Progress)``, ``succeeded(object)``, ``failed(object)`` (the exception),
    ``cancelled()``, ``finished()`` (last, unless the owner is gone).
    """

    progressed = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()
    # A cancellation, for an ``on_error`` given without ``on_cancelled`` (a signal, not a
    # wrapper function, so that Qt still drops an ``on_error`` bound to a deleted QObject).
    _cancelled_as_error = Signal(object)

    # Internal: emitted from the worker thread, delivered queued to this object's thread.
    _progress_ready = Signal()
    _outcome = Signal(str, object)

    def __init__(self, name: str, token: CancelToken, owner: QObject | None = None,
                 cancel_with_owner: bool = False,
                 dispose: Callable[[Any], None] | None = None) -> None:
        # No parent: deleted with its owner, the handle could not receive the worker's outcome.
        super().__init__()
        self.name = name
        self.token = token
        # True once the owner was deleted: nothing is delivered any more.
        self.owner_gone = False
        self._cancel_with_owner = cancel_with_owner
        self._dispose = dispose
        self._owner_link: QMetaObject.Connection | None = None
        # (a weak reference: the task does not keep its owner alive)
        self._owner_ref = weakref.ref(owner) if owner is not None else None
        if owner is not None:
            if not shiboken6.isValid(owner):
                self._owner_destroyed()
            else:
                self._owner_link = owner.destroyed.connect(self._owner_destroyed)
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

    def _owner_destroyed(self) -> None:
        """The owner's ``destroyed`` (inside its destructor): deliver nothing from now on."""
        self.owner_gone = True
        if self._cancel_with_owner:
            self.token.cancel()

    def _owner_alive(self) -> bool:
        """No ``destroyed`` yet, and the owner's wrapper (if still referenced) is valid: the
        second check also covers the moment between its C++ destructor's start and
        ``destroyed``, when its children are already gone."""
        if self.owner_gone:
            return False
        owner = self._owner_ref() if self._owner_ref is not None else None
        if owner is not None and not shiboken6.isValid(owner):
            self._owner_destroyed()
            return False
        return True

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
        if (p is None or p is self._delivered or self.token.cancelled or self not in _live
                or not self._owner_alive()):
            return
        self._delivered = p
        self.progressed.emit(p)
        # A report throttled after this one must still show up (trailing delivery).
        QTimer.singleShot(int(PROGRESS_INTERVAL_S * 2000), self, self._deliver_progress)

    def _deliver_outcome(self, kind: str, value: object) -> None:
        try:
            if kind == "ok":
                self.result = value
                if self._owner_alive():
                    self.succeeded.emit(value)
                elif self._dispose is not None:  # nobody took it: release what it holds
                    call_in_background(self._dispose, value, owner=None,
                                       name=f"{self.name}-dispose")
            elif kind == "cancelled":
                if self._owner_alive():
                    self.cancelled.emit()
                if self._owner_alive():  # (``cancelled`` may have deleted the owner)
                    self._cancelled_as_error.emit(CancelledError("The job was cancelled."))
            else:
                assert isinstance(value, BaseException)
                self.error = value
                if self._owner_alive():
                    self.failed.emit(value)
        finally:
            _live.discard(self)
            if self._owner_link is not None:
                QObject.disconnect(self._owner_link)
                self._owner_link = None
            if self._owner_alive():  # (a callback above may have deleted the owner)
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
    owner: QObject | None,
    on_progress: ProgressCallback | None = None,
    on_done: DoneCallback | None = None,
    on_error: ErrorCallback | None = None,
    on_cancelled: Callable[[], None] | None = None,
    on_finished: Callable[[], None] | None = None,
    cancel_token: CancelToken | None = None,
    name: str = "",
    cancel_with_owner: bool = False,
    dispose: Callable[[Any], None] | None = None,
) -> TaskHandle:
    """Run ``fn(progress, cancel)`` on the task pool; callbacks run on the GUI thread.

    ``owner``: the QObject the callbacks work on; once it is deleted, nothing is delivered
    (and the task is cancelled if ``cancel_with_owner``: only for a task whose sole product
    is its answer). ``None`` only when no callback holds a QObject (module docstring).
    ``dispose(result)``: for a result that holds something to release (a decrypted work
    folder), run on a worker thread with the result when the owner is gone before it.
    If ``on_cancelled`` is not given, a cancellation is reported to ``on_error`` as a
    ``CancelledError``. ``on_finished`` runs last. Must be called on the GUI thread.
    """
    callbacks = (on_progress, on_done, on_error, on_cancelled, on_finished)
    if dispose is not None and _holds_qobject(dispose):
        raise TypeError(f"run_in_background: dispose {dispose!r} runs after its owner is "
                        "gone: it must not hold a QObject")
    if owner is None:
        for cb in callbacks:
            if cb is not None and _holds_qobject(cb):
                raise TypeError(f"run_in_background: the callback {cb!r} works on a QObject: "
                                "pass it (or the widget that holds it) as owner=")
    elif not isinstance(owner, QObject):
        raise TypeError(f"run_in_background: owner must be a QObject, not {type(owner)!r}")
    token = cancel_token or CancelToken()
    handle = TaskHandle(name or getattr(fn, "__name__", "task"), token, owner,
                        cancel_with_owner, dispose)
    if on_progress is not None:
        handle.progressed.connect(on_progress)
    if on_done is not None:
        handle.succeeded.connect(on_done)
    if on_error is not None:
        handle.failed.connect(on_error)
    if on_cancelled is not None:
        handle.cancelled.connect(on_cancelled)
    elif on_error is not None:
        handle._cancelled_as_error.connect(on_error)
    if on_finished is not None:
        handle.finished.connect(on_finished)
    _live.add(handle)
    thread_pool().start(_Runnable(fn, handle))
    return handle


def _holds_qobject(cb: Callable[..., Any], depth: int = 3) -> bool:
    """Whether a callback is bound to a QObject (or one of its signals) or captures one, in
    its closure or default values, or through the functions it captures (a few levels)."""
    bound = getattr(cb, "__self__", None)
    if isinstance(bound, QObject | SignalInstance):
        return True
    if isinstance(cb, functools.partial):
        return any(_is_or_holds(v, depth) for v in (cb.func, *cb.args, *cb.keywords.values()))
    cells = getattr(cb, "__closure__", None) or ()
    values: list[object] = list(getattr(cb, "__defaults__", None) or ())
    for cell in cells:
        try:
            values.append(cell.cell_contents)
        except ValueError:  # a cell not filled yet
            continue
    return any(_is_or_holds(v, depth) for v in values)


def _is_or_holds(value: object, depth: int) -> bool:
    if isinstance(value, QObject | SignalInstance):
        return True
    return depth > 0 and callable(value) and not isinstance(value, type) and \
        _holds_qobject(value, depth - 1)


def call_in_background(
    fn: Callable[..., Any],
    *args: Any,
    owner: QObject | None,
    on_done: DoneCallback | None = None,
    on_error: ErrorCallback | None = None,
    name: str = "",
    cancel_with_owner: bool = False,
    **kwargs: Any,
) -> TaskHandle:
    """Run a plain ``fn(*args, **kwargs)`` (no progress, no cancel) in the background;
    ``owner`` and ``cancel_with_owner`` as for ``run_in_background``."""
    return run_in_background(lambda _p, _c: fn(*args, **kwargs), owner=owner, on_done=on_done,
                             on_error=on_error, name=name or getattr(fn, "__name__", "call"),
                             cancel_with_owner=cancel_with_owner)


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
