"""The background helper delivers progress, results, errors and cancellation on the GUI thread."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread

from backupgui.errors import CancelledError, WrongKeyError
from backupgui.jobs import Progress
from backupgui.ui.tasks import call_in_background, run_in_background


def test_result_and_progress_arrive_on_gui_thread(qtbot, qapp):
    main = QThread.currentThread()
    seen: list = []
    threads: list = []

    def job(progress, cancel):
        assert QThread.currentThread() is not main
        for i in range(200):
            progress(Progress("work", i, 200))
            time.sleep(0.001)
        return 42

    def on_progress(p):
        threads.append(QThread.currentThread() is main)
        seen.append(p.done_bytes)

    done = []
    h = run_in_background(job, on_progress=on_progress, on_done=done.append, owner=qapp)
    qtbot.waitUntil(lambda: done == [42], timeout=5000)
    assert seen and all(threads)
    assert seen == sorted(seen)
    assert len(seen) < 200  # coalesced
    assert h.result == 42


def test_expected_error_is_delivered(qtbot):
    errors = []
    call_in_background(lambda: (_ for _ in ()).throw(WrongKeyError("no")), on_error=errors.append,
                       owner=None)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], WrongKeyError)


def test_cancel_and_pause(qtbot):
    started = threading.Event()

    def job(progress, cancel):
        started.set()
        while True:
            cancel.checkpoint()
            time.sleep(0.002)

    cancelled = []
    h = run_in_background(job, on_cancelled=lambda: cancelled.append(True), owner=None)
    assert started.wait(5)
    h.pause()
    assert h.paused
    h.cancel()
    qtbot.waitUntil(lambda: cancelled == [True], timeout=5000)


def test_cancel_reported_as_error_without_on_cancelled(qtbot):
    errors = []
    h = run_in_background(lambda p, c: (time.sleep(0.05), c.checkpoint()), on_error=errors.append,
                          owner=None)
    h.cancel()
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], CancelledError)


def test_cancel_after_the_receiving_widget_is_gone_delivers_nothing(qtbot):
    """A dialog closed while its task is cancelled: the cancellation used to reach the deleted
    widget's error handler through a plain lambda ("Internal C++ object already deleted").
    Its owner gone, the task delivers nothing at all, not even ``finished``."""
    from PySide6.QtWidgets import QLabel, QWidget

    class Viewer(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.note = QLabel(self)

        def failed(self, exc: BaseException) -> None:
            self.note.setText(str(exc))

    w = Viewer()
    release = threading.Event()

    def job(_progress, cancel):
        release.wait(5)
        cancel.checkpoint()

    finished = []
    h = run_in_background(job, on_error=w.failed, on_finished=lambda: finished.append(1),
                          owner=w)
    w.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(w), timeout=2000)
    h.cancel()
    release.set()
    assert h.wait_delivered(5)
    assert finished == []


def test_stop_ends_a_task_blocked_on_a_trickling_key_vault_at_once(qtbot):
    """The task runner gives each task a netguard scope tied to its Stop: a request the
    task makes (here to a key vault that trickles its answer, with the real 60 s deadline)
    ends at once, not at its next byte or deadline."""
    from backupgui.vault.client import vault_fetch_key
    from tests.security.test_slow_vault_and_sign_in import _binding
    from tests.security.trickle import Trickler

    with Trickler("trickle") as srv:
        cancelled = []
        h = run_in_background(lambda p, c: vault_fetch_key(_binding(srv.url), "pw"),
                              on_cancelled=lambda: cancelled.append(True), owner=None)
        assert srv.started.wait(10)
        time.sleep(0.3)
        t0 = time.monotonic()
        h.cancel()
        assert h.wait(1.5), "Stop waited for the vault"
        assert time.monotonic() - t0 < 1.5
        qtbot.waitUntil(lambda: cancelled == [True], timeout=5000)
