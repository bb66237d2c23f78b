"""A background answer that arrives after the backup card's controller is gone does nothing.

Found by the whole suite (s16): a stopped first backup asks the destination in the
background whether its set is there (``BackupController._note_stopped_first``); the answer
came after the window (and the controller, its child) had been deleted, and its callback, a
closure Qt does not disconnect, emitted a signal of the deleted controller: "Signal source
has been deleted" in Qt's event loop."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QWidget

from backupgui.ui.backup import controller as controller_mod
from backupgui.ui.backup.jobs import DestinationProbe

from .helpers import make_ctx


def test_a_probe_answer_after_the_controller_is_deleted_does_nothing(
        qtbot, demo_library, tmp_path, isolated, monkeypatch):
    ctx = make_ctx(demo_library, isolated)
    ctx.settings.folder_path = str(tmp_path / "dest")
    assert not ctx.settings.encryption_on
    answers = []
    monkeypatch.setattr(controller_mod, "call_in_background",
                        lambda fn, *a, on_done, **k: answers.append(on_done))
    parent = QWidget()
    ctl = controller_mod.BackupController(ctx, lambda: [], parent)
    ctl._new_mode = "password"  # a first backup with a password was stopped
    ctl._note_stopped_first()
    assert len(answers) == 1
    shiboken6.delete(parent)  # the window goes, and the controller with it
    assert not shiboken6.isValid(ctl)
    answers[0](DestinationProbe(set_id="0" * 32, key_mode="password", backups=0))
    assert ctx.settings.stopped_first_mode == ""  # nothing done for a controller that is gone
