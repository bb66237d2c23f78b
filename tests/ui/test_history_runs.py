"""The backup history says where each run went and what a stopped run had sent (docs/GUI.md,
s14 "Seen, not changed"), through the real window, scheduler, history file and dialog."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from backupgui.automation.history import MAX_DESTINATION, History, HistoryEntry
from backupgui.automation.schedule import ScheduleConfig
from backupgui.jobs import Progress
from backupgui.ui.automation.history_view import HistoryDialog
from backupgui.ui.automation.scheduler import Scheduler
from backupgui.ui.settings.destinations import DestinationSpec

from .helpers import click, make_ctx, open_window, set_password_in_dialog, wait_dialog

PASSWORD = "history runs password 7"


def _dialog(qtbot, history: History, rows: int) -> HistoryDialog:
    dlg = HistoryDialog(history)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.model.rowCount() == rows, timeout=10_000)
    return dlg


def test_the_history_shows_where_each_run_went_and_old_lines_still_load(qtbot, tmp_path):
    """Drive runs and folder runs looked alike. A folder shows its name (the whole path in
    the tooltip), Drive its account in the tooltip; a line written before destinations were
    recorded loads and shows "—"."""
    path = tmp_path / "history.jsonl"
    t = datetime(2026, 12, 1, 9, tzinfo=UTC)
    folder = "/media/usb stick/Backups of my chats, every one of them"
    h = History(path)
    h.append(HistoryEntry(t, "manual", "ok", size=2048, destination="folder:" + folder))
    h.append(HistoryEntry(t + timedelta(hours=1), "scheduled", "ok", size=4096,
                          destination="gdrive:Ada Lovelace (ada@example.org)"))
    with path.open("a", encoding="utf-8") as f:  # a line as the previous version wrote it
        f.write('{"time":"2026-12-01T11:00:00+00:00","trigger":"manual","result":"ok",'
                '"size":1,"uploaded":0,"duration_s":1.0,"reason":"","code":"","snapshot":""}\n')
    dlg = _dialog(qtbot, h, 3)
    m = dlg.model
    cell = lambda row, role=Qt.ItemDataRole.DisplayRole: m.index(row, m.DESTINATION).data(role)  # noqa: E731
    assert m.headerData(m.DESTINATION, Qt.Orientation.Horizontal) == "Saved to"
    assert cell(0) == "—" and cell(0, Qt.ItemDataRole.ToolTipRole) is None
    assert cell(1) == "Google Drive"
    assert "ada@example.org" in cell(1, Qt.ItemDataRole.ToolTipRole)
    assert cell(2) == "\u2068Backups of my…\u2069"  # the folder's name, cut
    assert folder in cell(2, Qt.ItemDataRole.ToolTipRole)


def test_hostile_destinations_in_the_history_file_are_bounded(tmp_path):
    """The history file is read as hostile input: a destination that is no string is
    dropped, a huge one cut, a deeply nested one skips its line (as before)."""
    path = tmp_path / "history.jsonl"
    base = '{"time":"2026-12-01T11:00:00+00:00","result":"ok","destination":%s}\n'
    path.write_text(base % '{"a":[1,2]}' + base % json.dumps("folder:/" + "x" * 100_000)
                    + base % ("[" * 100_000 + "]" * 100_000), "utf-8")
    got = History(path).load()
    assert [e.destination for e in got][:1] == [""]
    assert len(got) == 2 and len(got[1].destination) == MAX_DESTINATION


def test_the_destination_recorded_never_holds_a_secret():
    spec = DestinationSpec("gdrive", client_secret="s3cret-client", emulator_url="http://x",
                           account="ada@example.org")
    assert spec.history_destination() == "gdrive:ada@example.org"
    assert DestinationSpec("folder", "/b/c").history_destination() == "folder:/b/c"


def test_a_scheduled_run_stopped_with_cancel_records_where_and_what_it_sent(
        qtbot, tmp_path):
    """A scheduled run stopped with Cancel recorded neither its destination nor its size."""
    history = History(tmp_path / "history.jsonl")
    gate, reached = threading.Event(), threading.Event()

    def work(progress, cancel):
        progress(Progress("Encrypting and uploading", 0, 9_000_000))
        progress(Progress("Encrypting and uploading", 3_500_000, 9_000_000))
        progress(Progress("Packing messages", 1, 4, unit="chats"))
        reached.set()
        while not gate.wait(0.01):
            cancel.checkpoint()

    s = Scheduler(ScheduleConfig(frequency="manual"), lambda: work, history=history,
                  tick_s=3600, destination=lambda: "folder:/srv/backups")
    finished = []
    s.runFinished.connect(finished.append)
    s.start([])
    s.run_now()
    assert reached.wait(10)
    s.cancel()
    qtbot.waitUntil(lambda: len(history.load()) == 1, timeout=10_000)
    e = history.load()[0]
    assert (e.result, e.uploaded, e.destination) == ("cancelled", 3_500_000, "folder:/srv/backups")
    dlg = _dialog(qtbot, history, 1)
    m = dlg.model
    assert "3.5 MB" in m.index(0, m.REASON).data() and "sent" in m.index(0, m.REASON).data()
    s.stop()


@pytest.fixture
def window_with_history(qtbot, tmp_path, demo_library, isolated, monkeypatch):
    from backupgui.ui.automation.autobackup import AutoBackup
    from backupgui.ui.automation.tray import Tray

    monkeypatch.setattr(Tray, "available", staticmethod(lambda: True))
    ctx = make_ctx(demo_library, isolated)
    (tmp_path / "dest").mkdir()
    ctx.settings.folder_path = str(tmp_path / "dest")
    ctx.save()
    w = open_window(qtbot, ctx)
    history = History(tmp_path / "h.jsonl")
    auto = AutoBackup(QApplication.instance(), w, ctx, config=ScheduleConfig(), history=history)
    yield w, history, tmp_path / "dest"
    auto.tray.hide()
    auto.scheduler.stop()
    QApplication.instance().setQuitOnLastWindowClosed(True)


def test_a_backup_stopped_with_cancel_shows_what_it_had_sent_and_where(
        qtbot, window_with_history, monkeypatch):
    """"Stopped by you" had no size and the line did not say where the run went: the bytes
    the progress had counted by the stop and the folder are recorded and shown."""
    from backupgui.ui.backup import jobs as backup_jobs

    w, history, dest = window_with_history
    real, reached = backup_jobs.backup, threading.Event()

    def backup(req, progress, cancel):
        def spy(p):
            progress(p)
            # The media stage's last report (always made; "Packing messages" only when the
            # messages are still being packed then, which a loaded machine may not see).
            media_done = (p.phase == "Encrypting and uploading"
                          and 0 < p.total_bytes == p.done_bytes)
            if media_done and not reached.is_set():
                cancel.pause()  # (the job waits at its next check; the media are sent by now)
                reached.set()
        return real(req, spy, cancel)

    monkeypatch.setattr(backup_jobs, "backup", backup)
    click(qtbot, w.panel.backup_button)
    set_password_in_dialog(qtbot, wait_dialog(qtbot, w.controller), PASSWORD)
    qtbot.waitUntil(reached.is_set, timeout=60_000)
    click(qtbot, w.panel.progress.cancel_button)
    qtbot.waitUntil(lambda: len(history.load()) == 1, timeout=60_000)
    e = history.load()[0]
    assert e.result == "cancelled" and e.destination == "folder:" + str(dest)
    assert e.uploaded > 1_000_000  # the demo library's 3 MB of media were sent
    dlg = _dialog(qtbot, history, 1)
    m = dlg.model
    text = m.index(0, m.REASON).data()
    assert text.startswith("Stopped by you after") and "MB" in text, text
    assert m.index(0, m.DESTINATION).data() == "\u2068dest\u2069"
