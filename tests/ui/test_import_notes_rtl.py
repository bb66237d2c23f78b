"""The import dialog in Arabic: the notes box (warnings, skipped lines) starts its lines on the
right and writes line numbers with the language's digits, like every other number there; the
message count, a number alone, starts on the right too. Seen in an offscreen screenshot: the
notes sat on the left with Latin digits ("السطر 1") and the count "٤" on the far left."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt

from backupgui.ui.chats.import_dialog import ImportDialog
from backupgui.ui.language import install_language, translate_message

EXPORT = ("garbage before the first message\n"
          "1/1/21, 10:00 - Ana: hello\n"
          "1/2/21, 10:02 - Me: مرحبا\n"
          "1/3/21, 10:03 - Ana: bye\n")


def _notes(qtbot, tmp_path) -> ImportDialog:
    export = tmp_path / "WhatsApp Chat with Ana.txt"
    export.write_text(EXPORT, encoding="utf-8")
    dlg = ImportDialog(tmp_path / "lib")
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.set_path(str(export))
    qtbot.waitUntil(lambda: dlg.details.isVisible(), timeout=20_000)
    return dlg


def test_arabic_notes_start_on_the_right_with_arabic_digits(qtbot, qapp, tmp_path) -> None:
    install_language("ar", qapp)
    assert QLocale().toString(1) == "١"  # (ar: Arabic-Indic digits)
    dlg = _notes(qtbot, tmp_path)
    lines = dlg.problems.toPlainText().replace("\u2068", "").replace("\u2069", "").splitlines()
    assert "السطر ١: نص قبل الرسالة الأولى" in lines, lines
    option = dlg.problems.document().defaultTextOption()
    assert option.alignment() & Qt.AlignmentFlag.AlignRight
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft
    assert dlg.count_label.text() == "٣"
    assert dlg.count_label.alignment() & Qt.AlignmentFlag.AlignRight
    dlg.reject()


def test_english_notes_are_as_before(qtbot, qapp, tmp_path) -> None:
    dlg = _notes(qtbot, tmp_path)
    assert "line 1: text before the first message" in dlg.problems.toPlainText().replace(
        "\u2068", "").replace("\u2069", "").splitlines()
    assert dlg.problems.document().defaultTextOption().alignment() & Qt.AlignmentFlag.AlignLeft
    assert dlg.count_label.text() == "3"
    dlg.reject()


def test_numbers_in_core_messages_take_the_languages_digits(qapp) -> None:
    install_language("ar", qapp)
    assert "١٢٣٤" in translate_message("line 1234")  # no group separator in a line number
    assert translate_message("lines 3-7").count("٣") == 1
    install_language("de", qapp)
    assert "1234" in translate_message("line 1234")
