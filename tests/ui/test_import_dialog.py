"""The import dialog previews an export and imports it, all work off the GUI thread."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from backupgui.library import Library
from backupgui.library.importers import common as importer_common
from backupgui.ui.chats import import_dialog as mod
from backupgui.ui.chats.import_dialog import ImportDialog

FIXTURES = Path(__file__).parent.parent / "library" / "importers" / "fixtures"
ANA = FIXTURES / "WhatsApp Chat with Ana García.txt"


@pytest.fixture
def dialog(qtbot, tmp_path):
    dlg = ImportDialog(tmp_path / "library")
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def _wait_preview(qtbot, dlg):
    qtbot.waitUntil(lambda: dlg.preview is not None or dlg.error.isVisible(), timeout=10000)


def test_preview_then_import(qtbot, dialog, tmp_path):
    gui = threading.current_thread()
    seen_threads = []
    real_preview = mod.preview_job

    def spy(path, fmt):
        seen_threads.append(threading.current_thread())
        return real_preview(path, fmt)

    mp = pytest.MonkeyPatch()
    mp.setattr(mod, "preview_job", spy)
    try:
        dialog.set_path(str(ANA))
        _wait_preview(qtbot, dialog)
    finally:
        mp.undo()
    assert seen_threads and gui not in seen_threads  # parsing happened on a worker
    assert dialog.chat_label.text() == "Ana García"
    assert dialog.count_label.text().replace(",", "") == "12"
    assert "Ana García" in dialog.people_label.text()
    assert "3 not in the export" in dialog.media_label.text()
    assert dialog.dates_label.text()
    assert dialog.problems.toPlainText() == "No problems found."
    assert dialog.import_button.isEnabled()

    results = []
    dialog.imported.connect(results.append)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: bool(results), timeout=15000)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=5000)
    assert results[0].messages_added == 12
    assert "Imported 12 new messages" in dialog.status.text()
    assert not dialog.bar.isVisible() and dialog.close_button.text() == "Close"
    with Library(tmp_path / "library") as lib:
        assert lib.counts()[:2] == (1, 12)


def test_reimport_reports_messages_already_there(qtbot, tmp_path):
    with Library(tmp_path / "library") as lib:
        from backupgui.library.importers import import_export

        import_export(lib, ANA)
    dlg = ImportDialog(tmp_path / "library", [str(ANA)])
    qtbot.addWidget(dlg)
    _wait_preview(qtbot, dlg)
    results = []
    dlg.imported.connect(results.append)
    dlg.start_import()
    qtbot.waitUntil(lambda: bool(results), timeout=15000)
    assert results[0].messages_added == 0
    assert "12 were already in the library" in dlg.status.text()


def test_not_an_export_shows_the_problem(qtbot, dialog):
    dialog.set_path(str(FIXTURES / "notes.txt"))
    _wait_preview(qtbot, dialog)
    assert dialog.error.isVisible()
    assert "line 1" in dialog.error.text()
    assert not dialog.import_button.isEnabled()
    assert not dialog.details.isVisible()


def test_multi_chat_export_lists_chats_and_skipped_lines(qtbot, dialog):
    dialog.set_path(str(FIXTURES / "telegram_full"))
    _wait_preview(qtbot, dialog)
    assert dialog.chat_label.text() == "3 chats"
    assert dialog.chat_list.topLevelItemCount() == 3
    assert not dialog.chat_list.isHidden()
    dialog.set_path(str(FIXTURES / "WhatsApp Chat with Broken.txt"))
    _wait_preview(qtbot, dialog)
    notes = dialog.problems.toPlainText()
    assert "line 1: text before the first message" in notes
    assert "unknown AM/PM marker" in notes
    assert dialog.chat_list.isHidden()


def test_format_choice_is_used(qtbot, dialog):
    dialog.set_path(str(ANA))
    _wait_preview(qtbot, dialog)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("telegram"))
    _wait_preview(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10000)
    assert "Telegram" in dialog.error.text()


def test_closing_during_import_cancels_and_leaves_library_unchanged(qtbot, dialog, tmp_path,
                                                                    monkeypatch):
    started = threading.Event()
    release = threading.Event()
    real = importer_common.LibrarySink.rows

    def slow(self, rows, media=None):  # (messages without attachment files come in batches)
        started.set()
        release.wait(5)
        self.checkpoint()
        return real(self, rows, media)

    monkeypatch.setattr(importer_common.LibrarySink, "rows", slow)
    dialog.set_path(str(ANA))
    _wait_preview(qtbot, dialog)
    dialog.start_import()
    assert started.wait(10)
    assert dialog.close_button.text() == "Cancel" and not dialog.file_button.isEnabled()
    dialog.reject()  # asks the task to cancel; the dialog stays until it stopped
    assert dialog.isVisible()
    release.set()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    with Library(tmp_path / "library") as lib:
        assert lib.counts() == (0, 0, 0)


def test_the_importers_warnings_are_shown_in_the_users_language(qtbot, qapp, tmp_path):
    """The core's import warnings reach the dialog translated (i18n/extract.py takes the
    sentence of every ``warn(…)``), with the value they carry."""
    from backupgui.ui import language

    path = tmp_path / "WhatsApp Chat with Team.txt"
    path.write_text("Dec 28, 2020, 8:11 PM - Ana: old\nJan 3, 8:12 PM - Bob: new year\n",
                    encoding="utf-8")
    language.install_language("de", qapp)
    try:
        dlg = ImportDialog(tmp_path / "library")
        qtbot.addWidget(dlg)
        dlg.show()
        dlg.set_path(str(path))
        _wait_preview(qtbot, dlg)
        assert dlg.preview is not None
        notes = dlg.problems.toPlainText().replace("\u2068", "").replace("\u2069", "")  # isolates
        assert "Daten ohne Jahr wurden als 2021 oder später gelesen" in notes, notes
        assert "without a year" not in notes
    finally:
        language.install_language("en", qapp)


def test_the_day_month_guess_is_shown_in_the_users_language(qtbot, qapp, tmp_path):
    from backupgui.ui import language

    path = tmp_path / "WhatsApp Chat with Team.txt"
    path.write_text("1/2/20, 10:00 - Bob: hi\n", encoding="utf-8")
    language.install_language("ru", qapp)
    try:
        dlg = ImportDialog(tmp_path / "library")
        qtbot.addWidget(dlg)
        dlg.show()
        dlg.set_path(str(path))
        _wait_preview(qtbot, dlg)
        assert "прочитаны как день/месяц/год" in dlg.problems.toPlainText()
    finally:
        language.install_language("en", qapp)


def test_skip_notes_are_shown_in_the_users_language(qtbot, qapp, tmp_path):
    """Both halves of a skip note (where: "line 1"; why: "text before the first message")
    come from the core in English and reach the dialog translated (i18n/extract.py takes
    both arguments of every ``skip(…)``). Fails on the old code: the note stayed English."""
    from backupgui.ui import language

    language.install_language("de", qapp)
    try:
        dlg = ImportDialog(tmp_path / "library")
        qtbot.addWidget(dlg)
        dlg.show()
        dlg.set_path(str(FIXTURES / "WhatsApp Chat with Broken.txt"))
        _wait_preview(qtbot, dlg)
        assert dlg.preview is not None and dlg.preview.skipped
        notes = dlg.problems.toPlainText().replace("\u2068", "").replace("\u2069", "")
        lines = notes.splitlines()
        assert "Zeile 1: Text vor der ersten Nachricht" in lines, notes
        assert any(n.endswith(": unbekannte AM/PM-Angabe in der Uhrzeit") for n in lines), notes
        assert "Zeilen 4–5: ungültiges Datum oder ungültige Uhrzeit (13/45/21 10:01)" in lines, \
            notes
        for english in ("line ", "lines ", "text before", "unknown", "invalid date"):
            assert english not in notes, notes
    finally:
        language.install_language("en", qapp)


def test_a_deleted_telegram_account_is_named_in_the_users_language(qtbot, qapp, tmp_path):
    """A Telegram message with "from": null comes from a person without a name: the import
    preview and the chat viewer call it "Deleted Account" in the UI's language, as Telegram
    Desktop does (the library keeps no English words that could not be translated later)."""
    import json

    from backupgui.library.importers import import_export
    from backupgui.ui import language
    from backupgui.ui.chats.viewer import ChatViewer

    export = tmp_path / "result.json"
    export.write_text(json.dumps({"name": "Club", "type": "private_group", "id": 7, "messages": [
        {"id": 1, "type": "message", "date_unixtime": "100", "from": "Ana", "from_id": "user1",
         "text": "hi"},
        {"id": 2, "type": "message", "date_unixtime": "101", "from": None, "from_id": "user5",
         "text": "gone"}]}), encoding="utf-8")
    language.install_language("de", qapp)
    try:
        dlg = ImportDialog(tmp_path / "library")
        qtbot.addWidget(dlg)
        dlg.show()
        dlg.set_path(str(export))
        _wait_preview(qtbot, dlg)
        assert "Gelöschtes Konto" in dlg.people_label.text()
        assert "user5" not in dlg.people_label.text()
        with Library(tmp_path / "lib") as lib:
            import_export(lib, export)
            (summary,) = lib.list_chats()
        viewer = ChatViewer(tmp_path / "lib", summary.id)
        qtbot.addWidget(viewer)
        viewer.show()
        qtbot.waitUntil(lambda: viewer.model.rowCount() == 2, timeout=10_000)
        names = [viewer.model.sender_name(m) for m in viewer.model.messages]
        assert names == ["Ana", "Gelöschtes Konto"]
    finally:
        language.install_language("en", qapp)


def _zip_export(path: Path, *, method: int = 0) -> bytes:
    """A real WhatsApp zip export (stored); ``method`` written into both of its headers."""
    import struct
    import zipfile

    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
        z.writestr("WhatsApp Chat with Ana.txt", "12/1/20, 10:00 - Ana: hi\n" * 50)
    data = bytearray(path.read_bytes())
    if method:
        data[8:10] = struct.pack("<H", method)  # the local header's compression method
        cd = data.find(b"PK\x01\x02")
        data[cd + 10:cd + 12] = struct.pack("<H", method)  # the central directory's
    return bytes(data)


@pytest.mark.parametrize("damage", ["wrong content", "unknown compression"])
def test_a_damaged_zip_export_is_said_in_the_users_language(qtbot, qapp, tmp_path, damage):
    """A zip export whose chat fails its checksum, or is compressed with a method zipfile
    cannot read (PPMd, 98), is named with what is wrong in German; the zip module's English
    ("Bad CRC-32 for file …", "That compression method is not supported") goes to the log
    only. Fails on the old code: the text was pasted in brackets."""
    from backupgui.ui import language

    path = tmp_path / "WhatsApp Chat with Ana.zip"
    if damage == "wrong content":
        data = bytearray(_zip_export(path))
        data[data.find(b"Ana: hi")] = ord("X")
        expected = "WhatsApp Chat with Ana.zip ist eine beschädigte ZIP-Datei."
    else:
        data = bytearray(_zip_export(path, method=98))
        expected = ("WhatsApp Chat with Ana.zip ist auf eine Art komprimiert, die backupgui "
                    "nicht lesen kann; entpacke die Datei mit einem anderen Programm und wähle "
                    "den Ordner.")
    path.write_bytes(bytes(data))
    language.install_language("de", qapp)
    try:
        dlg = ImportDialog(tmp_path / "library")
        qtbot.addWidget(dlg)
        dlg.show()
        dlg.set_path(str(path))
        _wait_preview(qtbot, dlg)
        shown = dlg.error.text().replace("\u2068", "").replace("\u2069", "")
        assert dlg.error.isVisible() and expected in shown, shown
        for english in ("CRC", "compression method", "not supported", "damaged", "zip file"):
            assert english not in shown, shown
    finally:
        language.install_language("en", qapp)


def _planted_library(tmp_path: Path) -> tuple[Path, Path]:
    """An export, and a library restored from a real backup made with the key that holds
    its chat with two of its messages' texts changed (SECURITY.md 2.13)."""
    import sqlite3

    from backupgui.crypto.keys import generate_key
    from backupgui.crypto.material import RawKey
    from backupgui.destinations.folder import FolderDestination
    from backupgui.library.importers import import_export

    from ..engine.helpers import backup_to, restore_from

    export = tmp_path / "WhatsApp Chat with Ana.txt"
    export.write_text("12/03/24, 10:15 - Ana: Pay to DE89 3704 0044 0532 0130 00\n"
                      "12/03/24, 10:16 - Sam: Will do\n12/03/24, 10:17 - Ana: See you Friday\n",
                      encoding="utf-8")
    with Library(tmp_path / "attacker") as lib:
        import_export(lib, export)
    db = sqlite3.connect(tmp_path / "attacker" / "library.db")
    with db:
        db.execute("UPDATE messages SET text='Pay to GB33 BUKB 2020 1555 5555 55' WHERE text LIKE 'Pay%'")
        db.execute("UPDATE messages SET text='Forget Friday' WHERE text='See you Friday'")
    db.close()
    (tmp_path / "dest").mkdir()
    dest, key = FolderDestination(tmp_path / "dest"), RawKey(generate_key())
    backup_to(tmp_path / "attacker", dest, key)
    restore_from(dest, tmp_path / "library", key)
    return export, tmp_path / "library"


@pytest.mark.parametrize("lang, said, note", [
    ("en", "2 messages differ from the library's copy (kept both).", "Both versions were kept."),
    ("de", "2 Nachrichten weichen von der Kopie in der Bibliothek ab (beide behalten).",
     "Beide Versionen wurden behalten.")])
def test_the_summary_says_how_many_messages_differ_from_the_librarys_copy(
        qtbot, qapp, tmp_path, lang, said, note):
    """A chat planted ahead of the import: the summary counts the export's messages kept
    beside the library's different copy, and the notes say why, in the user's language;
    importing again says nothing of it."""
    from backupgui.ui import language

    export, library = _planted_library(tmp_path)
    language.install_language(lang, qapp)
    try:
        for run in (1, 2):
            dlg = ImportDialog(library, [str(export)])
            qtbot.addWidget(dlg)
            dlg.show()
            _wait_preview(qtbot, dlg)
            results = []
            dlg.imported.connect(results.append)
            dlg.start_import()
            qtbot.waitUntil(lambda: bool(results), timeout=15000)  # noqa: B023
            status, notes = dlg.status.text(), dlg.problems.toPlainText()
            if run == 1:
                assert results[0].messages_differ == 2
                assert said in status, status
                assert note in notes, notes
            else:
                assert results[0].messages_differ == 0 and results[0].messages_added == 0
                assert said not in status and note not in notes, (status, notes)
            dlg.close()
    finally:
        language.install_language("en", qapp)
