"""'Import from phone backup…': pick the backup, type the key in the 16-group key field, pick
the media folder, preview, import with progress and cancel; all work off the GUI thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QApplication

from backupgui.library import Library
from backupgui.library.importers.whatsapp_db import workdir
from backupgui.ui.chats import phone_import as mod
from backupgui.ui.chats.import_dialog import ImportDialog
from backupgui.ui.chats.phone_import import PhoneImportDialog
from tests.library.whatsapp_db import encoder
from tests.library.whatsapp_db.conftest import build_android, write_contacts, write_media
from tests.library.whatsapp_db.iphone_backup import write_backup
from tests.library.whatsapp_db.test_iphone import chat_storage

ROOT = bytes(range(32))
GROUPED = " ".join(ROOT.hex()[i:i + 4] for i in range(0, 64, 4))


@pytest.fixture(autouse=True)
def work_root(qtbot, tmp_path, monkeypatch):
    """Each test has its own work root (the decrypted copies of the backup), so no test sees
    another's folders whatever the order; once the test's dialogs are closed it must be empty
    again: nothing decrypted stays behind."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    root = workdir.work_root()
    assert root.is_relative_to(tmp_path)
    yield root

    def open_dialogs() -> list[PhoneImportDialog]:
        return [w for w in QApplication.topLevelWidgets()
                if isinstance(w, PhoneImportDialog) and w.isVisible()]

    for dlg in open_dialogs():
        dlg.reject()  # (a working dialog cancels first and closes once stopped)
    qtbot.waitUntil(lambda: not open_dialogs(), timeout=20000)
    qtbot.waitUntil(lambda: not any(root.iterdir()), timeout=20000)


@pytest.fixture
def backup(tmp_path):
    db = build_android(tmp_path / "msgstore.db", "current")
    enc = tmp_path / "msgstore.db.crypt15"
    enc.write_bytes(encoder.encrypt_crypt15(db.read_bytes(), ROOT))
    db.unlink()
    return enc


@pytest.fixture
def dialog(qtbot, tmp_path):
    dlg = PhoneImportDialog(tmp_path / "library")
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def _opened(qtbot, dlg):
    qtbot.waitUntil(lambda: dlg.task is None and (dlg.preview is not None or dlg.error.isVisible()),
                    timeout=20000)


def test_open_preview_import(qtbot, dialog, backup, tmp_path, monkeypatch):
    gui = threading.current_thread()
    threads = []
    real_open, real_import = mod.open_job, mod.import_job

    def spy_open(*a):
        threads.append(threading.current_thread())
        return real_open(*a)

    def spy_import(*a):
        threads.append(threading.current_thread())
        return real_import(*a)

    monkeypatch.setattr(mod, "open_job", spy_open)
    monkeypatch.setattr(mod, "import_job", spy_import)
    dialog.set_path(str(backup))
    qtbot.waitUntil(lambda: dialog.kind == "android", timeout=10000)
    assert dialog.key_field.isVisible() and not dialog.password_edit.isVisible()
    assert not dialog.import_button.isEnabled()
    dialog.key_field.setText(GROUPED)
    dialog.contacts_edit.setText(str(write_contacts(tmp_path / "wa.db")))
    dialog.media_edit.setText(str(write_media(tmp_path / "Media")))
    assert dialog.preview_button.isEnabled()
    dialog.preview_button.click()
    _opened(qtbot, dialog)
    assert not dialog.error.isVisible(), dialog.error.text()
    names = [dialog.chat_list.topLevelItem(i).text(0)
             for i in range(dialog.chat_list.topLevelItemCount())]
    assert set(names) == {"Ana García", "Climbing club 🧗"}
    assert "3 media files found" in dialog.summary.text()  # English plural forms (%Ln)
    assert "1 not on this computer" in dialog.summary.text()
    # The decrypted database waits in its private folder for the import.
    assert len(list(workdir.work_root().iterdir())) == 1
    results = []
    dialog.imported.connect(results.append)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: bool(results) and dialog.task is None, timeout=30000)
    assert threads and gui not in threads
    assert results[0].chats == 2 and results[0].messages_added > 10
    assert "Imported" in dialog.status.text()
    assert not dialog.import_button.isEnabled()
    with Library(tmp_path / "library") as lib:
        assert {c.name for c in lib.list_chats()} == {"Ana García", "Climbing club 🧗"}
    dialog.close()
    qtbot.waitUntil(lambda: list(workdir.work_root().iterdir()) == [], timeout=10000)


def test_key_file_and_wrong_key(qtbot, dialog, backup, tmp_path):
    from backupgui.library.importers.whatsapp_db.keyfile import java_byte_array

    dialog.set_path(str(backup))
    qtbot.waitUntil(lambda: dialog.kind == "android", timeout=10000)
    dialog.key_field.setText("0" * 64)
    dialog.start_preview()
    _opened(qtbot, dialog)
    assert dialog.error.isVisible() and "does not open" in dialog.error.text()
    assert dialog.preview is None and not dialog.import_button.isEnabled()
    key_file = tmp_path / "encrypted_backup.key"
    key_file.write_bytes(java_byte_array(ROOT))
    dialog.set_key_file(str(key_file))
    assert dialog.key_field.text() == "" and "encrypted_backup.key" in \
        dialog.key_field.placeholderText()
    dialog.start_preview()
    _opened(qtbot, dialog)
    assert dialog.preview is not None and not dialog.error.isVisible()
    # Typing a key instead drops the opened backup and the key file.
    dialog.key_field.setText(GROUPED)
    assert dialog.backup is None and dialog.key_file == "" and dialog.preview_button.isEnabled()


def test_cancel_import_leaves_library_unchanged(qtbot, dialog, backup, tmp_path, monkeypatch):
    from backupgui.library.importers.whatsapp_db import importer

    dialog.set_path(str(backup))
    qtbot.waitUntil(lambda: dialog.kind == "android", timeout=10000)
    dialog.key_field.setText(GROUPED)
    dialog.start_preview()
    _opened(qtbot, dialog)
    started = threading.Event()
    real = importer._Sink._begin

    def slow_begin(self, info, first):
        started.set()
        while not self.cancel.cancelled:
            threading.Event().wait(0.01)
        return real(self, info, first)

    monkeypatch.setattr(importer._Sink, "_begin", slow_begin)
    dialog.start_import()
    qtbot.waitUntil(started.is_set, timeout=10000)
    assert dialog.close_button.text() == "Cancel"
    dialog.close_button.click()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10000)
    with Library(tmp_path / "library") as lib:
        assert lib.counts() == (0, 0, 0)


def test_encrypted_iphone_backup_asks_for_its_password(qtbot, dialog, tmp_path):
    folder = write_backup(tmp_path / "b", {
        "ChatStorage.sqlite": chat_storage(tmp_path / "c.sqlite").read_bytes()}, "pw 123")
    dialog.set_path(str(folder))
    qtbot.waitUntil(lambda: dialog.kind == "iphone", timeout=10000)
    assert dialog.password_edit.isVisible() and not dialog.key_field.isVisible()
    dialog.password_edit.setText("pw 123")
    dialog.start_preview()
    _opened(qtbot, dialog)
    assert dialog.preview is not None and dialog.preview.format == "whatsapp-iphone"
    results = []
    dialog.imported.connect(results.append)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: bool(results) and dialog.task is None, timeout=30000)
    assert results[0].chats == 2
    with Library(tmp_path / "library") as lib:
        assert {c.name for c in lib.list_chats()} == {"Ana García", "Climbing club 🧗"}


def test_not_a_backup(qtbot, dialog, tmp_path):
    f = tmp_path / "notes.txt"
    f.write_text("hello")
    dialog.set_path(str(f))
    qtbot.waitUntil(dialog.error.isVisible, timeout=10000)
    assert "neither a WhatsApp backup file" in dialog.error.text()
    assert not dialog.preview_button.isEnabled()


def test_import_dialog_offers_it(qtbot, tmp_path):
    dlg = ImportDialog(tmp_path / "library")
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.phone_button.text().replace("&", "") == "Import from phone backup…"
    results = []
    dlg.imported.connect(results.append)
    phone = dlg.open_phone_import()
    qtbot.addWidget(phone)
    assert isinstance(phone, PhoneImportDialog) and phone.isVisible()
    phone.imported.emit("result")
    assert results == ["result"]
    phone.reject()


def test_skip_reasons_are_shown_in_the_users_language(qtbot, qapp, backup, tmp_path):
    """The phone importer's skip reasons and their counts are shown translated, the count
    through a plural pattern ("%1 (%Ln)"). Fails on the old code: the reason stayed English
    and the count read "(3 items)"."""
    from backupgui.ui import language

    language.install_language("ru", qapp)
    try:
        dlg = PhoneImportDialog(tmp_path / "library")
        qtbot.addWidget(dlg)
        dlg.show()
        dlg.set_path(str(backup))
        qtbot.waitUntil(lambda: dlg.kind == "android", timeout=10000)
        dlg.key_field.setText(GROUPED)
        dlg.preview_button.click()
        _opened(qtbot, dlg)
        assert dlg.preview is not None, dlg.error.text()
        results = []
        dlg.imported.connect(results.append)
        dlg.import_button.click()
        qtbot.waitUntil(lambda: bool(results) and dlg.task is None, timeout=30000)
        counts = {why: int(n.split()[0]) for n, why in results[0].skipped}
        n = counts.get("system notices of a kind backupgui does not show")
        assert n, results[0].skipped
        notes = dlg.problems.toPlainText().replace("\u2068", "").replace("\u2069", "")
        ru = "системные уведомления того вида, который backupgui не показывает"
        assert f"{ru} ({n})" in notes.splitlines(), notes
        assert "item" not in notes and "system notices" not in notes, notes
        dlg.close()  # its work folder goes
        qtbot.waitUntil(lambda: list(workdir.work_root().iterdir()) == [], timeout=10000)
    finally:
        language.install_language("en", qapp)


def _shown(dlg) -> str:
    return dlg.error.text().replace("\u2068", "").replace("\u2069", "")


#: What the system's, SQLite's and the zip module's own English says: never on screen.
_TECHNICAL = ("Errno", "errno", "Is a directory", "No such file", "Too many levels",
              "malformed", "not a database", "file is not", "sqlite", "Cannot read",
              "does not exist", "symbolic link", "damaged")


@pytest.mark.parametrize("case", ["folder", "dangling link", "loop of links"])
def test_an_unreadable_key_file_is_said_in_the_users_language(qtbot, qapp, backup, tmp_path,
                                                              case):
    """A key file that cannot be read (a real folder where the file belongs, a link to
    nothing, two links to each other) is named with what is wrong, in German: no errno
    text pasted from the OS. Fails on the old code ("Is a directory" in every language)."""
    from backupgui.ui import language

    key = tmp_path / "encrypted_backup.key"
    if case == "folder":
        key.mkdir()
        why = "das ist ein Ordner, keine Datei"
    elif case == "dangling link":
        key.symlink_to(tmp_path / "gone.key")
        why = "nicht vorhanden (vielleicht verschoben oder gelöscht)"
    else:
        key.symlink_to(tmp_path / "other.key")
        (tmp_path / "other.key").symlink_to(key)
        why = "der Pfad führt über zu viele symbolische Links (oder über eine Schleife davon)"
    language.install_language("de", qapp)
    try:
        dlg = PhoneImportDialog(tmp_path / "library")
        qtbot.addWidget(dlg)
        dlg.show()
        dlg.set_path(str(backup))
        qtbot.waitUntil(lambda: dlg.kind == "android", timeout=10000)
        dlg.set_key_file(str(key))
        dlg.start_preview()
        _opened(qtbot, dlg)
        shown = _shown(dlg)
        assert f"Die Schlüsseldatei encrypted_backup.key kann nicht gelesen werden: {why}." \
            in shown, shown
        assert not any(word in shown for word in _TECHNICAL), shown
    finally:
        language.install_language("en", qapp)


@pytest.mark.parametrize("damage", ["not a database", "damaged"])
def test_a_damaged_message_database_is_said_in_the_users_language(qtbot, qapp, tmp_path,
                                                                 damage):
    """A decrypted message database that SQLite refuses (a real file: an impossible page
    size, or pages overwritten) is called "keine Datenbank" or "beschädigt" in German;
    SQLite's English ("file is not a database", "malformed") goes to the log only."""
    from backupgui.ui import language

    db = build_android(tmp_path / "msgstore.db", "current")
    data = bytearray(db.read_bytes())
    if damage == "not a database":
        data[16:18] = b"\x00\x03"  # a page size SQLite cannot have
        expected = "msgstore.db ist keine Datenbank."
    else:
        data[100:] = bytes(range(256)) * ((len(data) - 100) // 256) + b"\0" * (
            (len(data) - 100) % 256)  # the schema's page and all others overwritten
        expected = "msgstore.db ist beschädigt."
    db.write_bytes(bytes(data))
    language.install_language("de", qapp)
    try:
        dlg = PhoneImportDialog(tmp_path / "library")
        qtbot.addWidget(dlg)
        dlg.show()
        dlg.set_path(str(db))
        qtbot.waitUntil(lambda: dlg.kind == "android", timeout=10000)
        dlg.start_preview()
        _opened(qtbot, dlg)
        shown = _shown(dlg)
        assert expected in shown, shown
        assert not any(word in shown for word in _TECHNICAL if word != "damaged"), shown
    finally:
        language.install_language("en", qapp)


def test_a_backup_opened_for_a_dialog_deleted_meanwhile_is_removed(qtbot, backup, tmp_path,
                                                                   monkeypatch, work_root):
    """The dialog goes (its window deleted) while "Preview" decrypts: nothing is delivered to
    it, and the decrypted copy the open made is removed at once (the task's ``dispose``), not
    left until the next start."""
    import shiboken6
    from PySide6.QtWidgets import QWidget

    from backupgui.ui.tasks import running_tasks

    opened, release = threading.Event(), threading.Event()
    real_open = mod.open_job

    def held_open(*a):
        result = real_open(*a)
        opened.set()
        release.wait(10)
        return result

    monkeypatch.setattr(mod, "open_job", held_open)
    window = QWidget()
    dlg = PhoneImportDialog(tmp_path / "library", window)
    dlg.set_path(str(backup))
    qtbot.waitUntil(lambda: dlg.kind == "android", timeout=10000)
    dlg.key_field.setText(GROUPED)
    dlg.start_preview()
    assert opened.wait(20)
    assert len(list(work_root.iterdir())) == 1  # decrypted, waiting for the preview
    [task] = [t for t in running_tasks() if t.name == "phone-open"]
    shiboken6.delete(window)
    release.set()
    assert task.wait_delivered(20)
    qtbot.waitUntil(lambda: list(work_root.iterdir()) == [], timeout=10000)


def test_the_summary_says_how_many_messages_differ_from_the_librarys_copy(qtbot, dialog, backup,
                                                                          tmp_path):
    """A library restored from a real backup made with the key, holding the phone chat with a
    message's text changed (SECURITY.md 2.13): the phone's message is kept beside it, and the
    summary and the notes say so."""
    import sqlite3

    from backupgui.crypto.keys import generate_key
    from backupgui.crypto.material import RawKey
    from backupgui.destinations.folder import FolderDestination
    from backupgui.library.importers.whatsapp_db import PhoneBackupRequest, import_phone_backup

    from ..engine.helpers import backup_to, restore_from

    plain = build_android(tmp_path / "plain.db", "current")
    with Library(tmp_path / "attacker") as lib:
        import_phone_backup(lib, PhoneBackupRequest(plain))
    db = sqlite3.connect(tmp_path / "attacker" / "library.db")
    with db:
        db.execute("UPDATE messages SET text='Bring the cash' WHERE text='Are you coming on Saturday?'")
    db.close()
    (tmp_path / "dest").mkdir()
    dest, key = FolderDestination(tmp_path / "dest"), RawKey(generate_key())
    backup_to(tmp_path / "attacker", dest, key)
    restore_from(dest, tmp_path / "library", key)

    dialog.set_path(str(backup))
    qtbot.waitUntil(lambda: dialog.kind == "android", timeout=10000)
    dialog.key_field.setText(GROUPED)
    dialog.preview_button.click()
    _opened(qtbot, dialog)
    results = []
    dialog.imported.connect(results.append)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: bool(results) and dialog.task is None, timeout=30000)
    assert results[0].messages_differ == 1
    assert "1 message differs from the library's copy (kept both)." in dialog.status.text()
    assert "Both versions were kept." in dialog.problems.toPlainText()
    with Library(tmp_path / "library") as lib:
        texts = {m.text for c in lib.list_chats() for m in lib.messages(c.id)}
    assert {"Are you coming on Saturday?", "Bring the cash"} <= texts


def _held_import(monkeypatch):
    """Makes the next phone import wait at its first chat until ``release`` is set or it is
    cancelled; ``started`` says it got there (the decrypted copy in use)."""
    from backupgui.library.importers.whatsapp_db import importer

    started, release = threading.Event(), threading.Event()
    real = importer._Sink._begin

    def held_begin(self, info, first):
        started.set()
        while not release.is_set() and not self.cancel.cancelled:
            threading.Event().wait(0.01)
        return real(self, info, first)

    monkeypatch.setattr(importer._Sink, "_begin", held_begin)
    return started, release


def _open_in(qtbot, parent, library, backup):
    dlg = PhoneImportDialog(library, parent)
    dlg.set_path(str(backup))
    qtbot.waitUntil(lambda: dlg.kind == "android", timeout=10000)
    dlg.key_field.setText(GROUPED)
    dlg.start_preview()
    _opened(qtbot, dlg)
    assert dlg.preview is not None
    return dlg


def test_a_dialog_deleted_with_its_window_removes_the_decrypted_copy(qtbot, backup, tmp_path,
                                                                      work_root):
    """Opened (the decrypted copy waiting for Import), then the window deleted with the
    dialog in it, not closed: ``done`` never ran, and the copy stayed until the next start.
    It is removed at once now, on a worker."""
    import shiboken6
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    _open_in(qtbot, window, tmp_path / "library", backup)
    assert len(list(work_root.iterdir())) == 1
    shiboken6.delete(window)
    qtbot.waitUntil(lambda: list(work_root.iterdir()) == [], timeout=10000)
    assert mod._open == set()


def test_a_dialog_deleted_while_importing_lets_the_import_finish_then_removes_the_copy(
        qtbot, backup, tmp_path, monkeypatch, work_root):
    """The window (and the dialog) deleted while the import runs: the import runs to its end
    (the owner rule: work that changes something is not stopped by its window going), and the
    decrypted copy is removed when it ends, not under it and not at the next start."""
    import shiboken6
    from PySide6.QtWidgets import QWidget

    from backupgui.ui.tasks import running_tasks

    started, release = _held_import(monkeypatch)
    window = QWidget()
    dlg = _open_in(qtbot, window, tmp_path / "library", backup)
    dlg.start_import()
    assert started.wait(10)
    [task] = [t for t in running_tasks() if t.name == "phone-import"]
    shiboken6.delete(window)
    qtbot.wait(200)
    assert len(list(work_root.iterdir())) == 1  # still in use: not removed under the import
    release.set()
    assert task.wait_delivered(20) and task.error is None and task.result is not None
    qtbot.waitUntil(lambda: list(work_root.iterdir()) == [], timeout=10000)
    with Library(tmp_path / "library") as lib:
        assert len(lib.list_chats()) == 2 and lib.counts()[1] > 10


_QUIT_DURING_IMPORT = r'''
import sys, threading, os
from pathlib import Path

import keyring
from tests.memory_keyring import MemoryKeyring

keyring.set_keyring(MemoryKeyring())
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

import backupgui.app as app
from backupgui.library.importers.whatsapp_db import importer, workdir

backup, key, library = sys.argv[1:4]
qapp = QApplication([sys.argv[0]])
reached = threading.Event()
real = importer._Sink._begin


def held_begin(self, info, first):  # the import is under way until the quit stops it
    reached.set()
    while not self.cancel.cancelled:
        threading.Event().wait(0.01)
    return real(self, info, first)


importer._Sink._begin = held_begin


def walk():
    from backupgui.ui.chats.import_dialog import ImportDialog
    from backupgui.ui.main_window import MainWindow

    def find(cls):
        return next((w for w in QApplication.topLevelWidgets()
                     if isinstance(w, cls) and w.isVisible()), None)

    while find(MainWindow) is None:
        yield
    win = find(MainWindow)
    win.open_import()
    while find(ImportDialog) is None:
        yield
    phone = find(ImportDialog).open_phone_import()
    phone.set_path(backup)
    while phone.kind != "android":
        yield
    phone.key_field.setText(key)
    phone.start_preview()
    while phone.task is not None or phone.preview is None:
        yield
    phone.start_import()
    while not reached.is_set():
        yield
    print("IMPORTING", len(list(workdir.work_root().iterdir())), flush=True)
    win.quit_app()  # File -> Quit (no question: no backup or restore runs)


steps = walk()
timer = QTimer()
timer.setInterval(20)


def step():
    try:
        next(steps)
    except StopIteration:
        timer.stop()


timer.timeout.connect(step)
timer.start()
QTimer.singleShot(90_000, lambda: os._exit(3))  # a test that hangs fails instead
code = app.run_gui(Path(library), [])
print("QUIT", len(list(workdir.work_root().iterdir())), flush=True)
sys.exit(code)
'''


def test_quitting_during_a_phone_import_leaves_no_decrypted_copy(backup, tmp_path, work_root):
    """The whole app in its own process: Import from phone backup…, the import under way,
    then File → Quit. The dialog goes with its window only after the event loop ended, and
    the decrypted database stayed in the cache until the next start of the app. Now the quit
    stops the import (the library unchanged) and the copy is gone before the process ends."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CACHE_HOME=str(tmp_path / "cache"),
               XDG_RUNTIME_DIR=str(runtime), BACKUPGUI_CONFIG_DIR=str(tmp_path / "config"),
               HOME=str(tmp_path), PYTHONPATH=os.pathsep.join(
                   [str(root), os.environ.get("PYTHONPATH", "")]))
    r = subprocess.run([sys.executable, "-c", _QUIT_DURING_IMPORT, str(backup), GROUPED,
                        str(tmp_path / "library")], capture_output=True, text=True, env=env,
                       timeout=150)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "IMPORTING 1" in r.stdout, r.stdout + r.stderr  # the copy was there, in use
    assert "QUIT 0" in r.stdout, r.stdout + r.stderr
    assert list(work_root.iterdir()) == []
    with Library(tmp_path / "library") as lib:
        assert lib.counts() == (0, 0, 0)  # the stopped import changed nothing
