"""What the GUI thread does while a backup's threads hold the GIL (bench/gui_bench.py's
stall): no Python for every event (an application-wide event filter written in Python took
the GIL for each event of each object), no regular expressions compiled at the first progress
report (0.46 s measured there), the phase translated once per phase, not per report."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from backupgui.ui.widgets.style import apply_theme, base_point_size


def test_no_python_runs_for_ordinary_events(qapp) -> None:
    apply_theme(qapp)
    widget = QWidget()
    called: list[str] = []

    def profile(frame, event, _arg) -> None:
        if event == "call":  # a Python function entered (C functions are "c_call")
            called.append(frame.f_code.co_qualname)

    events = [QEvent(kind) for kind in (QEvent.Type.User, QEvent.Type.UpdateRequest,
                                        QEvent.Type.LayoutRequest) for _ in range(20)]
    send = QCoreApplication.sendEvent
    sys.setprofile(profile)
    try:
        for event in events:
            send(widget, event)
    finally:
        sys.setprofile(None)
        qapp.property("backupgui_font_watcher").stop()
    assert called == [], sorted(set(called))


def test_the_style_sheet_follows_the_application_font(qapp) -> None:
    before = QFont(qapp.font())
    apply_theme(qapp)
    apply_theme(qapp)  # applied twice: still one watcher
    watcher = qapp.property("backupgui_font_watcher")
    sheet = qapp.styleSheet()
    try:
        big = QFont(before)
        big.setPointSizeF(base_point_size() * 1.5)
        qapp.setFont(big)
        assert qapp.styleSheet() != sheet  # the sizes in it follow the new text size
    finally:
        watcher.stop()
        qapp.setFont(before)
        qapp.setStyleSheet("")
    assert qapp.font() == before


def test_the_warm_up_compiles_the_core_message_patterns() -> None:
    from backupgui.ui import language
    from backupgui.ui.tasks import preload_job_modules

    language._templates.cache_clear()
    preload_job_modules()  # run in the background soon after start (MainWindow._warm_up)
    assert language._templates.cache_info().currsize == 1


def test_the_phase_is_translated_once_per_phase(qtbot, monkeypatch) -> None:
    from backupgui.jobs import Progress
    from backupgui.ui.backup import progress as progress_module
    from backupgui.ui.backup.progress import ProgressPanel

    asked: list[str] = []
    real = progress_module.translate_message
    monkeypatch.setattr(progress_module, "translate_message",
                        lambda text: asked.append(text) or real(text))
    panel = ProgressPanel()
    qtbot.addWidget(panel)
    panel.start("Backing up…")
    for i in range(10):
        panel.show_progress(Progress("Encrypting and uploading", i, 10))
    assert asked == ["Encrypting and uploading"]
    assert panel.phase.text() == "Encrypting and uploading" and panel.bar.value() == 900
    panel.show_progress(Progress("Finishing", 10, 10))
    assert asked[-1] == "Finishing" and panel.phase.text() == "Finishing"
    panel.start("Backing up…")  # the next job shows its phase again
    assert panel.phase.text() == "Backing up…"
    panel.show_progress(Progress("Finishing", 10, 10))
    assert panel.phase.text() == "Finishing" and asked.count("Finishing") == 2
