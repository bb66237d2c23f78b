"""A background answer that arrives after the backup card's controller is gone does nothing.

Found by the whole suite (s16): a stopped first backup asks the destination in the
background whether its set is there (``BackupController._note_stopped_first``); the answer
came after the window (and the controller, its child) had been deleted, and its callback, a
closure Qt does not disconnect, emitted a signal of the deleted controller: "Signal source
has been deleted" in Qt's event loop. The task runner now delivers nothing once a task's
owner is gone (``ui/tasks.py``); these tests go through it, with the probe held back until
the controller is deleted."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtWidgets import QWidget

from backupgui.ui.backup import controller as controller_mod
from backupgui.ui.backup import jobs as jobs_mod
from backupgui.ui.backup.jobs import DestinationProbe
from backupgui.ui.tasks import running_tasks

from .helpers import make_ctx


def _stopped_first_probe(qtbot, ctx, monkeypatch):
    """A controller whose first backup with a password was stopped, its probe of the
    destination started and held until the returned event is set."""
    started, release = threading.Event(), threading.Event()

    def probe(_spec):
        started.set()
        release.wait(10)
        return DestinationProbe(set_id="0" * 32, key_mode="password", backups=0)

    monkeypatch.setattr(jobs_mod, "probe_destination", probe)
    parent = QWidget()
    ctl = controller_mod.BackupController(ctx, lambda: [], parent)
    ctl._new_mode = "password"  # a first backup with a password was stopped
    ctl._note_stopped_first()
    [task] = [t for t in running_tasks() if t.name == "probe"]
    assert started.wait(10)  # (running: a cancellation cannot keep it from answering)
    return parent, ctl, task, release


def test_a_probe_answer_after_the_controller_is_deleted_does_nothing(
        qtbot, demo_library, tmp_path, isolated, monkeypatch):
    ctx = make_ctx(demo_library, isolated)
    ctx.settings.folder_path = str(tmp_path / "dest")
    assert not ctx.settings.encryption_on
    parent, ctl, task, release = _stopped_first_probe(qtbot, ctx, monkeypatch)
    shiboken6.delete(parent)  # the window goes, and the controller with it
    assert not shiboken6.isValid(ctl)
    assert task.token.cancelled  # nothing can take the answer: the probe is stopped
    release.set()
    assert task.wait_delivered(10)
    assert ctx.settings.stopped_first_mode == ""  # nothing done for a controller that is gone


def test_a_probe_answer_reaches_a_live_controller(
        qtbot, demo_library, tmp_path, isolated, monkeypatch):
    ctx = make_ctx(demo_library, isolated)
    ctx.settings.folder_path = str(tmp_path / "dest")
    parent, ctl, task, release = _stopped_first_probe(qtbot, ctx, monkeypatch)
    with qtbot.waitSignal(ctl.stateChanged, timeout=10_000):
        release.set()
    assert ctx.settings.stopped_first_mode == "password"
    assert task.wait_delivered(10)
    shiboken6.delete(parent)
