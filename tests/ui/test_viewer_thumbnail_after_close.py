"""A thumbnail that finishes loading after its viewer closed is dropped quietly (before:
"Internal C++ object (MessageModel) already deleted" from the callback)."""

from __future__ import annotations

import threading

import shiboken6

from backupgui.library.model import MediaRef
from backupgui.ui.chats import viewer
from backupgui.ui.tasks import wait_all


def test_a_thumbnail_done_after_the_model_is_gone_is_dropped(qtbot, tmp_path, monkeypatch):
    gate = threading.Event()

    def slow_thumbnail(path):
        gate.wait(10)
        raise OSError("no file")

    monkeypatch.setattr(viewer, "load_thumbnail", slow_thumbnail)
    model = viewer.MessageModel(tmp_path, "c")
    ref = MediaRef("image", "ab" * 32, 1, "image/jpeg", "IMG.jpg", 0)
    assert model.thumbnail(ref) is None  # the load starts in the background
    shiboken6.delete(model)
    gate.set()
    assert wait_all(10)
    qtbot.wait(200)  # the callbacks are delivered on the GUI thread; none may raise
