"""A real user's first day (issue 21), through the real widgets: the key file the app saves,
missing folders, Quit, long names, progress units, "Last backup", the viewer's keys, the
"Open Settings" button, and the app without a display."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog

from backupgui.jobs import Progress
from backupgui.library.model import Chat, Message, Participant
from backupgui.library.store import Library
from backupgui.ui.restore.wizard import RestoreWizard

from .conftest import MemoryKeyring
from .helpers import (
    click,
    make_ctx,
    open_window,
    restore_to_key_page,
    wait_dialog,
    wait_for,
    watch_backups,
)
from .test_key_and_cancel import _first_backup_with_key


# -- 1. the app's own key file ---------------------------------------------------------------------
def test_saved_key_file_restores_through_the_wizard_and_the_cli(qtbot, tmp_path, demo_library,
                                                                isolated, monkeypatch):
    ctx = make_ctx(demo_library, isolated)
    (tmp_path / "dest").mkdir()
    ctx.settings.folder_path = str(tmp_path / "dest")
    ctx.save()
    w = open_window(qtbot, ctx)

    # The key dialog: "Save to file…", then the confirmation, as a person does.
    saved = tmp_path / "backupgui-key.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    done = watch_backups(w)
    click(qtbot, w.panel.backup_button)
    dlg = wait_dialog(qtbot, w.controller)
    click(qtbot, dlg.choose_key)
    groups = dlg.key_grid.groups()
    key_text = " ".join(groups)
    click(qtbot, dlg.key_grid.save_button)
    qtbot.waitUntil(saved.exists, timeout=10_000)
    click(qtbot, dlg.next_button)
    for f, g in zip(dlg.confirm_fields, dlg.confirm_groups, strict=True):
        qtbot.keyClicks(f, groups[g])
    click(qtbot, dlg.next_button)
    kind, outcome = wait_for(qtbot, done)
    assert kind == "ok", outcome
    text = saved.read_text()
    assert key_text in text and text.splitlines()[0] == "backupgui 64-digit backup key"
    w.close()

    # The CLI takes that file as it is.
    from tests.engine.helpers import run_cli

    r = run_cli("verify", "--dest", tmp_path / "dest", "--key-file", saved, "-q")
    assert r.returncode == 0, r.stderr

    # A new computer: the wizard reads it with "Open key file…", and a paste of the whole file
    # into the key field works too.
    monkeypatch.setenv("BACKUPGUI_CONFIG_DIR", str(tmp_path / "config2"))
    w2 = open_window(qtbot, make_ctx(tmp_path / "lib2", MemoryKeyring()))
    wiz: RestoreWizard = restore_to_key_page(qtbot, w2, tmp_path / "dest")
    nxt = wiz.button(wiz.WizardButton.NextButton)
    page = wiz.key_page
    assert page.open_key_file.isVisible()
    QGuiApplication.clipboard().setText(text)
    page.key.paste()
    click(qtbot, nxt)
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_BACKUPS, timeout=10_000)
    wiz.back()
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_KEY)
    page.key.clear()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(saved), ""))
    click(qtbot, page.open_key_file)
    qtbot.waitUntil(lambda: page.key.text() == key_text, timeout=10_000)
    click(qtbot, nxt)
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_BACKUPS, timeout=10_000)
    click(qtbot, nxt)
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_CHATS, timeout=10_000)
    click(qtbot, nxt)
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_SUMMARY, timeout=30_000)
    assert wiz.result.chats == outcome.result.chats
    wiz.reject()


def test_a_key_file_that_holds_no_key_is_explained(qtbot, tmp_path, isolated):
    from backupgui.ui.widgets.secret_fields import KeyField

    bad = tmp_path / "notes.txt"
    bad.write_text("shopping list\nmilk\neggs\n")
    field = KeyField()
    qtbot.addWidget(field)
    errors = []
    field.keyFileFailed.connect(errors.append)
    field.load_key_file(str(bad))
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert "No 64-digit backup key" in str(errors[0]) and field.text() == ""


# -- 2. folders in Settings --------------------------------------------------------------------------
@pytest.mark.parametrize("case", ["file", "no_parent", "not_connected", "relative"])
def test_settings_refuses_folders_it_cannot_use(qtbot, tmp_path, isolated, monkeypatch, case):
    from backupgui.destinations import folder
    from backupgui.ui.settings.dialog import SettingsDialog
    from backupgui.ui.settings.store import load_settings
    from backupgui.ui.tasks import wait_all

    (tmp_path / "a-file").write_text("x")
    (tmp_path / "media" / "usb").mkdir(parents=True)
    monkeypatch.setattr(folder, "MEDIA_BASES", (str(tmp_path / "media"),))
    path = {"file": tmp_path / "a-file", "no_parent": tmp_path / "no" / "such" / "backup",
            "not_connected": tmp_path / "media" / "usb" / "backup", "relative": "backups"}[case]
    expect = {"file": "is a file, not a folder", "no_parent": "neither does the folder",
              "not_connected": "The backup drive is not connected",
              "relative": "full path"}[case]
    dlg = SettingsDialog(make_ctx(tmp_path / "lib", isolated))
    qtbot.addWidget(dlg)
    dlg.folder.setText(str(path))
    dlg.accept()
    qtbot.waitUntil(lambda: not dlg.problems.isHidden(), timeout=5000)
    assert expect in dlg.problems.text()
    assert wait_all(10) and load_settings().folder_path == ""  # (saves run in the background)
    assert not (tmp_path / "no").exists() and list((tmp_path / "media" / "usb").iterdir()) == []


# -- 3. Quit -------------------------------------------------------------------------------------------
@pytest.fixture
def paused_upload(monkeypatch):
    """The next armed backup pauses itself while uploading media (as test_key_and_cancel's)."""
    import threading

    from backupgui.ui.backup import jobs as backup_jobs

    class Trap:
        armed = threading.Event()
        reached = threading.Event()

    real = backup_jobs.backup

    def backup(req, progress, cancel):
        def spy(p):
            progress(p)
            if (Trap.armed.is_set() and p.phase == "Encrypting and uploading"
                    and p.done_bytes > 0 and not Trap.reached.is_set()):
                cancel.pause()
                Trap.reached.set()
        return real(req, spy, cancel)

    monkeypatch.setattr(backup_jobs, "backup", backup)
    return Trap


def _new_photos(qtbot, w, library) -> None:
    """New messages and photos since the first backup, so the next one uploads media."""
    from backupgui.library.demo import add_demo_messages

    with Library(library) as lib:
        for i, c in enumerate(lib.list_chats()):
            add_demo_messages(lib, c.id, 5, seed=200 + i, with_photo=True)
    w.reload_chats()
    qtbot.waitUntil(lambda: not w._loading)


@pytest.fixture
def window_with_schedule(qtbot, tmp_path, demo_library, isolated, monkeypatch):
    """The main window with automatic backups on and a tray, as on a desktop."""
    from backupgui.automation.history import History
    from backupgui.automation.schedule import ScheduleConfig
    from backupgui.ui.automation.autobackup import AutoBackup
    from backupgui.ui.automation.tray import Tray

    monkeypatch.setattr(Tray, "available", staticmethod(lambda: True))
    ctx = make_ctx(demo_library, isolated)
    (tmp_path / "dest").mkdir()
    ctx.settings.folder_path = str(tmp_path / "dest")
    ctx.save()
    w = open_window(qtbot, ctx)
    app = QApplication.instance()
    auto = AutoBackup(app, w, ctx, config=ScheduleConfig(frequency="daily"),
                      history=History(tmp_path / "h.jsonl"))
    quits: list[int] = []
    monkeypatch.setattr(app, "quit", lambda: quits.append(1))
    yield w, auto, quits
    auto.tray.hide()
    auto.scheduler.stop()
    app.setQuitOnLastWindowClosed(True)


def test_file_quit_quits_even_with_a_schedule(qtbot, window_with_schedule):
    w, auto, quits = window_with_schedule
    w.close()  # the window's close button: to the tray, the app keeps running
    assert not w.isVisible() and quits == [] and auto.keeps_running()
    auto.show_window()
    w.quit_action.trigger()  # File → Quit (Ctrl+Q)
    assert quits == [1] and not w.isVisible() and w.quitting


def test_quit_during_a_backup_asks_with_a_true_text_and_quits_once_it_stopped(
        qtbot, window_with_schedule, paused_upload):
    w, auto, quits = window_with_schedule
    trap = paused_upload
    _key, _outcome, done = _first_backup_with_key(qtbot, w)
    _new_photos(qtbot, w, w.ctx.library_dir)
    trap.armed.set()
    click(qtbot, w.panel.backup_button)
    assert trap.reached.wait(30)
    auto.tray.quit_action.trigger()  # the tray's Quit
    qtbot.waitUntil(lambda: w.close_box is not None)
    box = w.close_box
    assert "nothing half-finished" not in box.informativeText()
    assert "parts already uploaded stay at the destination" in box.informativeText()
    stop = [b for b in box.buttons() if "Stop" in b.text()][0]
    click(qtbot, stop)
    kind, _ = wait_for(qtbot, done, 2)
    assert kind == "cancelled"
    qtbot.waitUntil(lambda: quits == [1], timeout=10_000)
    assert not w.isVisible()


def test_quit_when_the_backup_ended_while_asking_still_quits(qtbot, window_with_schedule,
                                                             paused_upload):
    w, auto, quits = window_with_schedule
    trap = paused_upload
    _key, _outcome, done = _first_backup_with_key(qtbot, w)
    _new_photos(qtbot, w, w.ctx.library_dir)
    trap.armed.set()
    click(qtbot, w.panel.backup_button)
    assert trap.reached.wait(30)
    w.quit_action.trigger()
    qtbot.waitUntil(lambda: w.close_box is not None)
    box = w.close_box
    w.controller.set_paused(False)  # the backup goes on and finishes behind the question
    kind, _ = wait_for(qtbot, done, 2)
    assert kind == "ok"
    stop = [b for b in box.buttons() if "Stop" in b.text()][0]
    click(qtbot, stop)
    qtbot.waitUntil(lambda: quits == [1], timeout=5000)


# -- 4. long names -----------------------------------------------------------------------------------
LONG_NAME = ("Family, friends and neighbours of the old street " * 110)[:5199]


def _long_chat_library(path, n=700):
    with Library(path) as lib, lib.transaction() as w:
        w.upsert_chat(Chat("long", LONG_NAME, "group", participants=(
            Participant("me", "Me", True), Participant("p2", LONG_NAME))))
        w.add_messages([Message(f"m{i:05d}", "long", 1_700_000_000_000 + i * 60_000,
                                "me" if i % 3 == 0 else "p2", "text", f"message number {i}")
                        for i in range(n)])


def test_a_5199_character_name_keeps_windows_sane(qtbot, tmp_path, isolated):
    from backupgui.library.model import MAX_NAME_CHARS, bounded_name
    from backupgui.ui.chats.viewer import ChatViewer

    _long_chat_library(tmp_path / "lib")
    v = ChatViewer(tmp_path / "lib", "long")
    qtbot.addWidget(v)
    v.show()
    qtbot.waitUntil(lambda: v.model.rowCount() > 0, timeout=10_000)
    qtbot.wait(100)
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert v.width() <= max(screen.width(), 1200), v.width()
    assert len(v.windowTitle()) <= 80
    # (the library keeps 1,000 characters of a name: SECURITY.md 2.8)
    kept = bounded_name(LONG_NAME)
    assert len(kept) == MAX_NAME_CHARS and LONG_NAME.startswith(kept[:-1].rstrip())
    assert v.title.text().endswith("…") and v.title.full_text() == " ".join(kept.split())
    # Messages are there and shown: the newest at the bottom.
    bottom = v.view.indexAt(v.view.viewport().rect().bottomLeft() + QPoint(5, -5))
    assert bottom.isValid() and bottom.data(Qt.ItemDataRole.DisplayRole).endswith("message number 699")

    from backupgui.errors import NotFoundError
    from backupgui.ui.widgets.errors import error_box

    box = error_box(None, NotFoundError(f"The chat {LONG_NAME.replace(' ', '')} is gone."))
    assert len(box.text()) < 400
    box.deleteLater()


def test_the_viewer_opens_at_the_newest_and_home_end_escape_work(qtbot, tmp_path, isolated):
    from backupgui.ui.chats.viewer import ChatViewer

    _long_chat_library(tmp_path / "lib", n=1000)
    v = ChatViewer(tmp_path / "lib", "long")
    qtbot.addWidget(v)
    v.show()
    qtbot.waitUntil(lambda: v.model.rowCount() > 0, timeout=10_000)
    assert v.model.at_end and v.model.first == 700  # only the newest page is read
    assert v.view.currentIndex().data(Qt.ItemDataRole.DisplayRole).endswith("message number 999")

    def top_text():
        return v.view.indexAt(v.view.viewport().rect().topLeft() + QPoint(5, 5)).data(
            Qt.ItemDataRole.DisplayRole) or ""

    qtbot.keyClick(v.view, Qt.Key.Key_Home)  # one press: the very first message
    qtbot.waitUntil(lambda: v.model.first == 0, timeout=10_000)
    qtbot.waitUntil(lambda: top_text().endswith("message number 0"), timeout=5000)
    qtbot.keyClick(v.view, Qt.Key.Key_End)  # one press: the newest again
    qtbot.waitUntil(lambda: v.model.at_end, timeout=10_000)
    qtbot.waitUntil(lambda: v.view.currentIndex().data(Qt.ItemDataRole.DisplayRole)
                    .endswith("message number 999"), timeout=5000)
    qtbot.keyClick(v.view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not v.isVisible(), timeout=2000)


def test_restore_chat_list_elides_long_names(qtbot, tmp_path, isolated):
    from backupgui.ui.widgets.elide import elide

    assert len(elide(LONG_NAME, 80)) == 80 and elide("short") == "short"
    assert elide("e\u0301" * 50, 10).count("\u0301") >= 4  # never splits a letter from its accent


# -- 5. progress units ------------------------------------------------------------------------------
def test_progress_in_chats_is_not_shown_as_bytes(qtbot):
    from backupgui.ui.backup.progress import ProgressPanel

    p = ProgressPanel()
    qtbot.addWidget(p)
    p.start("Backing up…")
    p.show_progress(Progress("Encrypting and uploading", 5_000_000, 10_000_000))
    assert "MB" in p.figures.text()
    p.show_progress(Progress("Packing messages", 12, 40, unit="chats"))
    text = p.figures.text()
    assert "12 of 40 chats" in text and " B" not in text and "/s" not in text, text
    assert p.bar.value() == 300


# -- 6. Last backup follows the destination --------------------------------------------------------
def test_last_backup_belongs_to_its_destination(qtbot, tmp_path, isolated):
    from backupgui.device.settings import now_iso
    from backupgui.ui.backup.panel import BackupPanel
    from backupgui.ui.settings.destinations import DestinationSpec

    ctx = make_ctx(tmp_path / "lib", isolated)
    s = ctx.settings
    s.folder_path = "/backups/a"
    s.last_backup_time, s.last_backup_bytes, s.last_backup_result = now_iso(), 1000, "ok"
    s.last_backup_destination = DestinationSpec.from_settings(s).identity()
    panel = BackupPanel()
    qtbot.addWidget(panel)
    panel.show_settings(s, None)
    assert panel._rows["last"][2].text().startswith("Today")
    s.folder_path = "/backups/b"  # another destination in Settings
    panel.show_settings(s, None)
    assert panel._rows["last"][2].text() == "None yet to this destination"
    s.folder_path = "/backups/a/"
    panel.show_settings(s, None)
    assert panel._rows["last"][2].text().startswith("Today")


# -- 7. "Open Settings" and error hints by kind -------------------------------------------------
def test_no_destination_message_has_an_open_settings_button(qtbot, tmp_path, demo_library,
                                                            isolated):
    from backupgui.ui.widgets import errors

    w = open_window(qtbot, make_ctx(demo_library, isolated))
    click(qtbot, w.panel.backup_button)
    qtbot.waitUntil(lambda: errors.last_box is not None and errors.last_box.isVisible())
    box = errors.last_box
    assert "No backup destination is chosen" in box.text()
    button = [b for b in box.buttons() if "Settings" in b.text()][0]
    click(qtbot, button)
    qtbot.waitUntil(lambda: getattr(w, "settings_dialog", None) is not None
                    and w.settings_dialog.isVisible())
    w.settings_dialog.reject()


def test_error_hints_fit_the_kind_of_error(tmp_path):
    import errno

    from backupgui.destinations.folder import _os_error

    full = _os_error(OSError(errno.ENOSPC, "No space left on device"), "saving a pack")
    ro = _os_error(OSError(errno.EROFS, "Read-only file system"), "saving a pack")
    gone = _os_error(OSError(errno.ENOENT, "No such file"), "saving a pack")
    for e in (full, ro, gone):
        assert "connection" not in e.hint.lower()
    assert "space" in full.hint and "read-only" in ro.hint and "Connect the drive" in gone.hint


# -- 8. no display -----------------------------------------------------------------------------------
def test_without_a_display_the_app_says_so_and_exits_2():
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    for extra in ({}, {"DISPLAY": ":97"}):  # none at all, and one where no X server answers
        r = subprocess.run([sys.executable, "-m", "backupgui"], env={**env, **extra},
                           capture_output=True, text=True, timeout=60)
        assert r.returncode == 2, (r.returncode, r.stderr[-500:])
        assert "backupgui needs a desktop session; for the command line use backupgui-cli" in r.stderr


def test_a_live_x_server_is_a_display(tmp_path):
    import shutil

    from backupgui.app import display_problem

    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.skip("Xvfb is not installed (apt-get install xvfb)")
    proc = subprocess.Popen([xvfb, "-displayfd", "1", "-nolisten", "tcp"], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    try:
        number = proc.stdout.readline().strip()
        assert number.isdigit(), number
        env_before = dict(os.environ)
        os.environ.pop("WAYLAND_DISPLAY", None)
        os.environ.pop("QT_QPA_PLATFORM", None)
        os.environ["DISPLAY"] = f":{number}"
        try:
            assert display_problem() is None
        finally:
            os.environ.clear()
            os.environ.update(env_before)
    finally:
        proc.terminate()
        proc.wait(10)


# -- 9. restore list: each backup's own size and chats, and seconds ------------------------------
def test_human_when_seconds_tells_backups_a_minute_apart_apart():
    from backupgui.ui.widgets.formatting import human_when_seconds

    now = datetime.now(UTC).replace(microsecond=0)
    a = human_when_seconds(now)
    b = human_when_seconds(now.replace(second=(now.second + 30) % 60))
    assert a != b and a.count(":") == 2 and a.startswith("Today")


def test_emulator_default_address_is_really_used(qtbot, tmp_path, isolated):
    from backupgui.device.settings import AppSettings
    from backupgui.ui.settings.sign_in import DriveAccountBox

    box = DriveAccountBox(AppSettings())
    qtbot.addWidget(box)
    assert not box.emulator.isEnabled()
    box.emulator_check.setChecked(True)
    assert box.emulator.text() == "http://127.0.0.1:8765/"
    assert box.spec().emulator_url == "http://127.0.0.1:8765/"


# -- 10. a truncated zip ------------------------------------------------------------------------
def test_a_truncated_zip_export_says_so_and_shows_no_preview(qtbot, tmp_path):
    import zipfile
    from pathlib import Path

    from backupgui.ui.chats.import_dialog import ImportDialog

    fixture = Path(__file__).parent.parent / "library" / "importers" / "fixtures" / \
        "WhatsApp Chat with Ingrid.txt"
    whole = tmp_path / "WhatsApp Chat with Ingrid.zip"
    with zipfile.ZipFile(whole, "w") as z:
        z.write(fixture, fixture.name)  # stored text first, as WhatsApp writes it
        z.writestr("IMG-20240101-WA0001.jpg", os.urandom(300_000))
    cut = tmp_path / "WhatsApp Chat with Ingrid (1).zip"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])  # the download broke off
    dlg = ImportDialog(tmp_path / "library")
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.set_path(str(cut))
    qtbot.waitUntil(lambda: dlg.preview is not None or dlg.error.isVisible(), timeout=10_000)
    assert dlg.preview is None and dlg.details.isHidden()
    text = dlg.error.text()
    assert "incomplete zip file" in text and "downloading" in text, text
    assert "binary data" not in text and "No problems found" not in dlg.problems.toPlainText()
