"""Languages: every shipped translation is complete and compiled, strings are written so they
can be translated (plural forms, no f-strings, no hand-made date patterns), the system
language is followed, Settings offers a choice, dates/numbers/sizes come from QLocale, the
core's English messages are shown translated, and Arabic runs right to left."""

from __future__ import annotations

import ast
import functools
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from backupgui import i18n
from backupgui.i18n import textcheck, update
from backupgui.ui import language
from backupgui.ui.widgets import formatting

REPO = Path(__file__).resolve().parents[2]
UI = REPO / "backupgui" / "ui"
PLACEHOLDER = re.compile(r"%(\d)")
TAG = re.compile(r"</?(b|ul|li|h3|p|br)\s*/?>")
QT_CONTEXTS = set(update.QT_CONTEXTS)


def _messages(ts: Path):
    root = ET.parse(ts).getroot()
    for ctx in root.iter("context"):
        for msg in ctx.iter("message"):
            yield ctx.findtext("name") or "", msg


# --- the files --------------------------------------------------------------------------------
def test_the_shipped_languages_are_the_eight_asked_for_plus_english():
    assert set(i18n.TRANSLATED) == {"pt_BR", "es", "hi", "id", "de", "ru", "tr", "ar"}
    assert set(update.ts_files()) == set(i18n.CODES), "a .ts file per listed language, no more"
    for code in i18n.CODES:
        assert i18n.qm_file(code).is_file(), f"{code}: compiled .qm missing"
    assert [lang.code for lang in i18n.LANGUAGES if lang.rtl] == ["ar"]


@pytest.mark.parametrize("code", i18n.TRANSLATED)
def test_no_unfinished_or_missing_translation(code):
    ts = i18n.ts_file(code)
    st = update.status(ts)
    assert st.unfinished == [], f"{code}: {len(st.unfinished)} unfinished, e.g. {st.unfinished[:3]}"
    # and nothing is missing: the file holds every string of the sources (English's set)
    src = {(c, s) for c, s, _p in update.messages(i18n.ts_file("de"))}
    assert {(c, s) for c, s, _p in update.messages(ts)} == src
    assert st.total == st.finished > 600


def test_english_plural_forms_are_complete():
    st = update.status(i18n.ts_file("en"))
    assert st.unfinished == [] and st.total >= 20


def test_translation_files_are_up_to_date_with_the_sources():
    """lupdate finds no new or vanished string; every .qm is lrelease's output of its .ts;
    core_strings.py lists the core's current messages (python -m backupgui.i18n.update)."""
    problems = update.check()
    assert problems == [], "\n".join(problems[:20])


@pytest.mark.parametrize("code", i18n.TRANSLATED)
def test_translations_keep_placeholders_markup_mnemonics_and_plural_forms(code):
    forms_needed = None
    problems = []
    for ctx, msg in _messages(i18n.ts_file(code)):
        src = msg.findtext("source") or ""
        tr = msg.find("translation")
        plural = msg.get("numerus") == "yes"
        if re.search(r"%L?n", src):  # (a plural may also leave the number out: " backup(s)")
            assert plural, f"[{ctx}] {src!r}: a %n string must be plural: self.tr(text, '', n)"
        texts = [f.text or "" for f in tr.iter("numerusform")] if plural else [tr.text or ""]
        if plural:
            forms_needed = forms_needed or len(texts)
            assert len(texts) == forms_needed
        for text in texts:
            if sorted(PLACEHOLDER.findall(src)) != sorted(PLACEHOLDER.findall(text)):
                problems.append(f"[{ctx}] {src!r} -> {text!r}: placeholders differ")
            if sorted(TAG.findall(src)) != sorted(TAG.findall(text)):
                problems.append(f"[{ctx}] {src!r} -> {text!r}: markup differs")
            if ctx not in QT_CONTEXTS and _mnemonics(src) != _mnemonics(text):
                problems.append(f"[{ctx}] {src!r} -> {text!r}: keyboard shortcut (&) lost")
            if src.strip() and (src[:1].isspace() != text[:1].isspace()
                                or src[-1:].isspace() != text[-1:].isspace()):
                problems.append(f"[{ctx}] {src!r} -> {text!r}: leading/trailing space")
    assert problems == [], "\n".join(problems[:20])
    expected = {"ar": 6, "ru": 3, "tr": 1, "id": 1}.get(code, 2)
    assert forms_needed == expected, f"{code}: Qt's plural rule has {expected} forms"


def _mnemonics(text: str) -> int:
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


@pytest.mark.parametrize("code", i18n.TRANSLATED)
def test_the_translations_text_passes_the_machine_review(code):
    """Placeholders and their counts, complete plural forms that keep the number, nothing left
    in English, Arabic's own punctuation, the glossary's register (textcheck.py; also run by
    python -m backupgui.i18n.update --check)."""
    problems = textcheck.text_problems(i18n.ts_file(code), code)
    assert problems == [], "\n".join(problems[:20])


def _ts(tmp_path: Path, code: str, messages: list[tuple[str, object]]) -> Path:
    """A .ts file of one context with (source, translation or plural forms) messages."""
    from xml.sax.saxutils import escape

    body = []
    for src, tr in messages:
        if isinstance(tr, list):
            forms = "".join(f"<numerusform>{escape(f)}</numerusform>" for f in tr)
            body.append(f'<message numerus="yes"><source>{escape(src)}</source>'
                        f"<translation>{forms}</translation></message>")
        else:
            body.append(f"<message><source>{escape(src)}</source>"
                        f"<translation>{escape(str(tr))}</translation></message>")
    path = tmp_path / f"backupgui_{code}.ts"
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="{code}">'
                    f"<context><name>Test</name>{''.join(body)}</context></TS>",
                    encoding="utf-8")
    return path


def test_the_machine_review_finds_each_kind(tmp_path):
    """Each check of textcheck.py fails on its case and lets the allowed forms through."""
    found = textcheck.text_problems(_ts(tmp_path, "de", [
        ("Restore %1 of %2", "%1 wiederherstellen"),                      # %2 lost
        ("Saved %1 at %1", "%1 gespeichert"),                             # %1 once of twice
        ("%Ln chat(s)", ["%Ln Chat", ""]),                                # an empty form
        ("%Ln chat(s)", ["%Ln Chat", "Chats"]),                           # the number lost
        ("Check the connection, then try again.", "Check the connection, then try again."),
        ("Enter the address", "Geben Sie die Adresse ein"),               # Sie in a du file
        ("Stopped by you", "Von Ihnen angehalten"),
        # allowed: a name copied, a plural whose singular says the number in words, "Sie ist"
        ("Google Drive", "Google Drive"),
        ("%Ln more backup(s)", ["ein weiteres Backup", "%Ln weitere Backups"]),
        ("It is too deep.", "Die Datei ist zu tief verschachtelt: Sie ist ungültig."),
    ]), "de")
    assert len(found) == 7, "\n".join(found)
    for what in ("placeholders differ", "a plural form is empty", "lost the number",
                 "left in English", "'Sie' in a file that says 'du' ('Geben Sie')",
                 "('Ihnen')"):
        assert any(what in p for p in found), what
    assert sum("placeholders differ" in p for p in found) == 2

    found = textcheck.text_problems(_ts(tmp_path, "ar", [
        ("Continue?", "متابعة?"),
        ("%1, %2", "%1, %2"),
        ("Keys; files", "المفاتيح; الملفات"),
        # allowed: a file-dialog filter, a path, an address, an option, an isolated Latin run
        ("Key files (*.txt);;All files (*)", "ملفات المفاتيح (*.txt);;كل الملفات (*)"),
        ("Enter a path (e.g. /home/you/a,b)", "أدخل مسارًا (مثلًا \u200e/home/you/a,b)"),
        ("Open https://example.org/?a=1,2", "افتح https://example.org/?a=1,2"),
        ("Use --library", "استخدم --library"),
        ("Install GNOME Keyring, KWallet", "ثبّت \u2068GNOME Keyring, KWallet\u2069"),
        ("Stopped, continue?", "توقّف، متابعة؟"),
    ]), "ar")
    assert [p.split(": ASCII ")[1][:3] for p in found] == ["'?'", "','", "';'"], found

    found = textcheck.text_problems(_ts(tmp_path, "ru", [
        ("%1 added you", "%1 добавил(а) Вас"), ("You're an admin", "Теперь Вы администратор"),
        ("You did it", "Вы это сделали"),                               # a sentence's start
    ]), "ru")
    assert len(found) == 2 and all("'Вы' capitalised" in p for p in found), found
    for code, text in (("es", "Cambie su clave, usted decide"), ("hi", "तुम्हारा बैकअप"),
                       ("id", "Kunci kamu")):
        found = textcheck.text_problems(_ts(tmp_path, code, [("Your key", text)]), code)
        assert len(found) == 1 and "in a file that says" in found[0], (code, found)


@pytest.mark.parametrize("text,split", [
    # s19's walk: Qt draws the underlined letter on its own ("اس تيراد")
    ("ا&ستيراد", True), ("مجلد الن&سخة", True), ("فـ&تح", True),
    ("&ملف", True),            # a word's first letter that joins the next one
    ("ال&تّالي", True),         # the shadda would be drawn apart from its letter
    ("&फ़ाइल", True),           # the nukta apart from its consonant
    ("पासव&्र्ड", True),        # a virama's conjunct
    # allowed: a letter that joins neither neighbour, the letter in brackets, Latin
    ("&استيراد", False), ("&النسخة", False), ("مساعد&ة", False), ("نسيا&ن", False),
    ("ملف (&م)", False), ("فتح %1 (&ف)…", False), ("फ़ाइल(&F)", False), ("&Datei", False),
    ("&Файл", False), ("Rock && Roll", False), ("&Google Drive", False),
])
def test_the_machine_review_finds_a_shortcut_inside_a_joined_word(tmp_path, text, split):
    """An access key inside an Arabic word (or a Devanagari cluster) breaks what the script
    joins: the check finds it, in our texts and in Qt's (ours are shown where Qt has none)."""
    assert bool(textcheck.mnemonic_splits(text)) == split, textcheck.mnemonic_splits(text)
    code = "hi" if any("\u0900" <= c <= "\u097f" for c in text) else "ar"
    found = [p for p in textcheck.text_problems(_ts(tmp_path, code, [("&Open", text)]), code)
             if "shortcut splits" in p]
    assert len(found) == int(split), found


def test_qts_own_texts_are_shown_with_our_access_keys(qapp):
    """Qt's standard buttons, wizard buttons and text-field menu, as the app shows them in
    Arabic: ours (checked) win over Qt's own Arabic file, whose "&نعم" and "ن&عم للكلّ"
    split joined letters (on the code before, Qt's file was asked first)."""
    from PySide6.QtCore import QCoreApplication

    root = ET.parse(i18n.ts_file("ar")).getroot()
    language.install_language("ar", qapp)
    try:
        shown = {}
        for context in root.iter("context"):
            ctx = context.findtext("name") or ""
            if ctx not in textcheck._QT_CONTEXTS:
                continue
            for msg in context.iter("message"):
                src = msg.findtext("source") or ""
                if "&" in src.replace("&&", ""):
                    shown[(ctx, src)] = QCoreApplication.translate(ctx, src)
        assert shown[("QPlatformTheme", "&Yes")] != "&نعم"
        split = {k: v for k, v in shown.items() if textcheck.mnemonic_splits(v)}
        assert split == {}, split
    finally:
        language.install_language("en", qapp)


@pytest.mark.parametrize("code,text", [
    # the translations s18 shipped for "Open backupgui and tap Back up ..."
    ("de", "Öffne backupgui und tippe einmal auf „Sichern“."),
    ("es", "Abre backupgui y toca Hacer copia de seguridad."),
    ("pt_BR", "Abra o backupgui e toque em Fazer backup."),
    ("tr", "backupgui'yi açıp Yedekle'ye dokunun."),
    ("id", "Buka backupgui dan ketuk Cadangkan."),
    ("hi", "backupgui खोलें और \"बैकअप लें\" पर टैप करें।"),
    ("ru", "Коснитесь «Создать копию»."),
])
def test_the_machine_review_finds_a_phones_tap(tmp_path, code, text):
    """A desktop is clicked: a phone's 'tap' in a translation (or the source) is found, and
    the click words and look-alikes (de 'Tipp', es 'tocado' ...) pass."""
    found = textcheck.text_problems(_ts(tmp_path, code, [("Open backupgui and click Back up.",
                                                           text)]), code)
    assert len(found) == 1 and "a phone's 'tap'" in found[0], found
    allowed = {"de": "Öffne backupgui und klicke auf „Sichern“. Tipp: Tippfehler zählen nicht.",
               "es": "Abre backupgui y haz clic en Hacer copia de seguridad; te ha tocado.",
               "pt_BR": "Abra o backupgui e clique em Fazer backup; um toque final.",
               "tr": "backupgui'yi açıp Yedekle'ye tıklayın (dokunmatik ekran da olur).",
               "id": "Buka backupgui dan klik Cadangkan.",
               "hi": "backupgui खोलें और \"बैकअप लें\" पर क्लिक करें।",
               "ru": "Откройте backupgui и нажмите «Создать копию»."}[code]
    assert textcheck.text_problems(_ts(tmp_path, code, [("Open backupgui and click Back up.",
                                                         allowed)]), code) == []
    found = textcheck.text_problems(_ts(tmp_path, code, [("Open backupgui and tap Back up.",
                                                         allowed)]), code)
    assert ["the source says 'tap'" in p for p in found] == [True], found


def test_the_machine_review_finds_usteds_imperatives(tmp_path):
    """s18's Spanish said usted in a tú file without the word 'usted' ('Vuelva a hacer la
    copia', 'desactive allí'): its imperatives are found, tú's pass."""
    found = textcheck.text_problems(_ts(tmp_path, "es", [
        ("Back up again.", "Vuelva a hacer la copia de seguridad."),
        ("Turn off its backups there.", "Si es un equipo que sustituyó, desactive allí sus copias."),
        ("Back up again.", "Vuelve a hacer la copia de seguridad."),
        ("Turn off its backups there.", "Si es una computadora que reemplazaste, desactiva allí sus copias."),
    ]), "es")
    assert len(found) == 2 and all("'usted'" in p for p in found), found


def test_the_machine_review_finds_a_full_stop_after_an_ellipsis(tmp_path):
    """'or use Browse….' (s18's source and the es, pt_BR and id translations): a button named
    in a sentence drops its '…'; quoted with its '…' before the stop, and a lone '…', pass."""
    src = "Enter the folder's full path, or click Browse."
    found = textcheck.text_problems(_ts(tmp_path, "es", [
        (src, "Escribe la ruta completa de la carpeta o usa Examinar…."),
        ("Enter the path, or use Browse….", "Escribe la ruta o haz clic en Examinar."),
        (src, "Escribe la ruta completa de la carpeta o haz clic en «Examinar…»."),
        ("Loading…", "Cargando…"),
    ]), "es")
    assert len(found) == 2, found
    assert "a sentence ends right after '…'" in found[0]
    assert "the source ends a sentence right after '…'" in found[1]


# --- the sources ------------------------------------------------------------------------------
def _ui_sources():
    yield from sorted(UI.rglob("*.py"))
    yield REPO / "backupgui" / "app.py"


def test_no_f_string_or_assembled_text_inside_tr():
    """tr()/translate() get a literal: an f-string, a concatenation or .format() would make
    a string lupdate never sees (or one per value)."""
    bad = []
    for path in _ui_sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            fn = node.func.attr if isinstance(node.func, ast.Attribute) else \
                node.func.id if isinstance(node.func, ast.Name) else ""
            args = node.args[1:] if fn == "translate" else node.args[:1] if fn == "tr" else []
            if fn not in ("tr", "translate") or not args:
                continue
            src = args[0]
            if isinstance(src, ast.JoinedStr) or isinstance(src, ast.BinOp) or (
                    isinstance(src, ast.Call) and isinstance(src.func, ast.Attribute)
                    and src.func.attr == "format"):
                bad.append(f"{path.relative_to(REPO)}:{node.lineno}: {ast.unparse(node)[:80]}")
    assert bad == []


def test_dates_are_never_formatted_with_a_hand_made_pattern():
    """QLocale decides the order of day, month and year ("5 12 2026" is nobody's format)."""
    pattern = re.compile(r"^[dMyhHmsAap\s.,:/'-]*(d{1,4}|M{1,4}|y{2,4}|[Hh]{1,2}:mm)[dMyhHmsAap\s.,:/'-]*$")
    bad = []
    for path in _ui_sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                    node.func.attr in ("toString", "setDisplayFormat", "strftime"):
                for arg in node.args:
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and \
                            pattern.match(arg.value):
                        bad.append(f"{path.relative_to(REPO)}:{node.lineno}: {arg.value!r}")
    assert bad == []


def test_one_size_formatter_with_one_convention():
    """Sizes come from formatting.human_size only (decimal units, as file managers count)."""
    offenders = [str(p.relative_to(REPO)) for p in _ui_sources()
                 if p.name != "formatting.py" and "formattedDataSize" in p.read_text()]
    assert offenders == []
    assert not any("MiB" in p.read_text() or "KiB" in p.read_text() for p in UI.rglob("*.py"))


# --- choosing the language --------------------------------------------------------------------
@pytest.mark.parametrize("preferred, expected", [
    (["pt-BR", "pt", "en"], "pt_BR"), (["pt-PT"], "pt_BR"), (["es-MX", "es"], "es"),
    (["de-CH"], "de"), (["ar-SA"], "ar"), (["hi-IN"], "hi"), (["id-ID"], "id"),
    (["ru-RU"], "ru"), (["tr"], "tr"), (["fr-FR", "de-DE"], "de"), (["fr-FR"], "en"),
    (["C"], "en"), ([], "en"), (["en-GB", "de"], "en"), (["ar_EG.UTF-8"], "ar"),
])
def test_the_best_shipped_language_is_picked(preferred, expected):
    assert i18n.pick_language(preferred) == expected


@pytest.mark.parametrize("env, expected", [
    ({"LANG": "pt_BR.UTF-8"}, "pt_BR"), ({"LANG": "es_MX.UTF-8"}, "es"),
    ({"LANG": "ar_EG.UTF-8"}, "ar"), ({"LANG": "en_US.UTF-8", "LANGUAGE": "de:en"}, "de"),
    ({"LANG": "C.UTF-8"}, "en"),
])
def test_the_system_language_is_followed(env, expected):
    """A fresh process (Qt reads LANGUAGE/LC_ALL/LANG at start) with no language setting."""
    clean = {k: v for k, v in os.environ.items()
             if k not in ("LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    code = ("from PySide6.QtWidgets import QApplication; app = QApplication([]);"
            "from backupgui.ui.language import install_language, current_language;"
            "from PySide6.QtCore import QCoreApplication as Q;"
            "install_language(''); print(current_language());"
            "print(Q.translate('MainWindow', '&File')); print(int(app.layoutDirection().value))")
    out = subprocess.run([sys.executable, "-c", code], env={**clean, **env, "QT_QPA_PLATFORM":
                         "offscreen"}, capture_output=True, text=True, timeout=120, check=True)
    lang, file_menu, direction = out.stdout.split("\n")[:3]
    assert lang == expected
    assert (file_menu == "&File") == (expected == "en")
    assert int(direction) == (1 if expected == "ar" else 0)  # Qt.RightToLeft == 1


def test_install_language_loads_ours_qts_locale_and_direction(qapp):
    language.install_language("pt_BR", qapp)
    assert QApplication.translate("MainWindow", "&File") == "&Arquivo"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                           QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Save).text() == "Salvar"  # Qt's own
    assert QLocale().language() == QLocale.Language.Portuguese
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    for code, save in (("hi", "सहेजें"), ("id", "Simpan")):  # Qt ships none: ours fill in
        language.install_language(code, qapp)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
        assert box.button(QDialogButtonBox.StandardButton.Save).text() == save
    language.install_language("ar", qapp)
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QLocale().language() == QLocale.Language.Arabic
    language.install_language("en", qapp)
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QApplication.translate("MainWindow", "&File") == "&File"


def test_settings_offer_a_language_applied_after_a_restart(qtbot, tmp_path, isolated, qapp):
    from backupgui.ui.settings.dialog import SettingsDialog
    from backupgui.ui.settings.store import load_settings

    from .helpers import make_ctx

    ctx = make_ctx(tmp_path / "lib", isolated)
    dlg = SettingsDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    combo = dlg.language
    assert combo.itemData(0) == "" and "English" in combo.itemText(0)  # "System language (…)"
    natives = {combo.itemText(i) for i in range(combo.count())}
    assert {"Deutsch", "العربية", "हिन्दी", "Português (Brasil)", "Bahasa Indonesia"} <= natives
    assert not dlg.language_note.isVisible()
    combo.setCurrentIndex(combo.findData("de"))
    assert dlg.language_note.isVisible() and "restart" in dlg.language_note.text()
    dlg.folder.setText(str(tmp_path))  # Settings save only with a destination (checked first)
    dlg.accept()
    qtbot.waitUntil(lambda: load_settings().language == "de", timeout=5000)
    # what app.run_gui does at the next start
    assert language.install_language(load_settings().language, qapp) == "de"
    from backupgui.ui.main_window import MainWindow

    w = MainWindow(ctx)
    qtbot.addWidget(w)
    assert w.menuBar().actions()[0].text() == "&Datei"
    language.install_language("en", qapp)


# --- the core's messages ----------------------------------------------------------------------
def test_core_messages_are_shown_translated(qapp):
    from backupgui.errors import DestinationError, WrongKeyError
    from backupgui.ui.widgets.errors import describe

    language.install_language("pt_BR", qapp)
    try:
        msg, hint = describe(WrongKeyError("The password is not correct for this backup."))
        assert msg == "A senha não está correta para este backup."
        assert hint == "Verifique a senha ou a chave e tente de novo."
        # an f-string message: the template is translated, the values are kept (isolated)
        text = language.translate_message("There is no backup at /media/usb/backup.")
        assert text == "Não há nenhum backup em \u2068/media/usb/backup\u2069."
        msg, _hint = describe(DestinationError("Google Drive could not be reached."))
        assert msg == "Não foi possível acessar o Google Drive."
        assert language.translate_message("Encrypting and uploading") == "Criptografando e enviando"
        # a duration the core wrote in English is said in the language too
        text = language.translate_message("The Google sign-in did not finish within 5 minutes.")
        assert text == "O login do Google não foi concluído em \u20685 min\u2069.", text
        # unknown text stays as it is
        assert language.translate_message("Something nobody wrote") == "Something nobody wrote"
    finally:
        language.install_language("en", qapp)


def test_progress_phases_from_the_engine_are_translated(qtbot, qapp):
    from backupgui.jobs import Progress
    from backupgui.ui.backup.progress import ProgressPanel

    language.install_language("de", qapp)
    try:
        panel = ProgressPanel()
        qtbot.addWidget(panel)
        panel.start("x")
        panel.show_progress(Progress("Restoring messages", 5, 10))
        assert panel.phase.text() == "Nachrichten werden wiederhergestellt"
    finally:
        language.install_language("en", qapp)


# --- dates, numbers, sizes --------------------------------------------------------------------
@pytest.mark.parametrize("code", i18n.CODES)
def test_dates_numbers_and_sizes_follow_the_language(code, qapp):
    language.install_language(code, qapp)
    try:
        loc = QLocale()
        day = QDate(2026, 12, 5)
        text = formatting.format_date(day)
        assert text == loc.toString(day, formatting.date_pattern())
        assert "5 12 2026" not in text and loc.monthName(12) in text or \
            loc.standaloneMonthName(12) in text
        assert "2026" in text or loc.toString(2026).replace(loc.groupSeparator(), "") in text
        assert formatting.number(1234567) == loc.toString(1234567)
        size = formatting.human_size(1_536_000)
        assert loc.toString(1.5, "f", 1) in size and "MiB" not in size
        assert formatting.human_size(999_960) == formatting.human_size(1_000_000)  # "1.0 MB"
        now = datetime.now(UTC)
        assert formatting.human_when(now).startswith(
            QApplication.translate("formatting", "Today, %1").split("%1")[0])
        assert formatting.human_when(now - timedelta(days=1)).startswith(
            QApplication.translate("formatting", "Yesterday, %1").split("%1")[0])
        assert formatting.human_when(None) == QApplication.translate("formatting", "Never")
        secs = formatting.format_time(datetime(2026, 12, 5, 14, 2, 31, tzinfo=UTC), seconds=True)
        assert loc.toString(31) in secs or "31" in secs
        one, two = formatting.human_size(1), formatting.human_size(2)
        assert one != two or code in ("tr", "id", "hi")  # plural forms where the language has them
    finally:
        language.install_language("en", qapp)


def test_english_sizes_and_plurals_read_naturally(qapp):
    language.install_language("en", qapp)
    assert formatting.human_size(1) == "1 byte"
    assert formatting.human_size(12) == "12 bytes"
    assert formatting.human_size(1536) == "1.5 kB"
    assert formatting.human_size(120_000_000) == "120 MB"
    assert formatting.human_duration(45) == "45 s"
    assert formatting.human_duration(4000) == "1 h 6 min"
    assert formatting.human_duration(1e300) != ""  # a stalled transfer's estimate
    assert QApplication.translate("MainWindow", "%Ln chat(s)", "", 1) == "1 chat"
    assert QApplication.translate("MainWindow", "%Ln chat(s)", "", 1234) == "1,234 chats"


# --- right to left ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, direction", [
    ("Ana Maria", Qt.LayoutDirection.LeftToRight), ("أحمد الفارسي", Qt.LayoutDirection.RightToLeft),
    ("  123 أهلا Ana", Qt.LayoutDirection.RightToLeft), ("123 Ana أحمد", Qt.LayoutDirection.LeftToRight),
    ("\u2068Ana\u2069 أحمد", Qt.LayoutDirection.RightToLeft), ("🙂 123", None),
])
def test_text_direction_of_user_text(text, direction):
    default = Qt.LayoutDirection.LayoutDirectionAuto
    assert language.text_direction(text, default) == (direction or default)


def test_arabic_mirrors_the_window_icons_and_chat_bubbles(qtbot, qapp, demo_library, isolated):
    from backupgui.ui.widgets.icons import render

    from .helpers import make_ctx, open_window

    language.install_language("en", qapp)
    ltr_chat = render("chat", 32, "#000000").toImage()
    ltr_lock = render("lock", 32, "#000000").toImage()
    sides = {}
    try:
        for code in ("en", "ar"):
            language.install_language(code, qapp)
            w = open_window(qtbot, make_ctx(demo_library, isolated))
            panel_left = w.panel.mapTo(w, w.panel.rect().topLeft()).x()
            table_left = w.table.mapTo(w, w.table.rect().topLeft()).x()
            assert (panel_left < table_left) == (code == "ar"), "the backup card mirrors"
            chat = max(w.model.chats(), key=lambda c: c.message_count)
            viewer = w.open_chat(chat.id)
            qtbot.waitUntil(lambda v=viewer: v.model.rowCount() > 0, timeout=15_000)
            sides[code] = _bubble_sides(qtbot, viewer)
            viewer.close()
            w.close()
        rtl_chat = render("chat", 32, "#000000").toImage()
        assert rtl_chat == _mirror(ltr_chat), "the speech bubble icon points the other way"
        assert render("lock", 32, "#000000").toImage() == ltr_lock, "a padlock is not mirrored"
    finally:
        language.install_language("en", qapp)
    assert sides["en"] == {"mine": "right", "theirs": "left"}
    assert sides["ar"] == {"mine": "left", "theirs": "right"}


def _mirror(img: QImage) -> QImage:
    return img.flipped(Qt.Orientation.Horizontal) if hasattr(img, "flipped") \
        else img.mirrored(True, False)


def _bubble_sides(qtbot, viewer) -> dict[str, str]:
    """Where the viewer draws the first message of mine and of someone else: the delegate's
    own geometry for the row, in the direction the list runs (as paint() uses it)."""
    from backupgui.ui.chats.viewer import MessageDelegate

    view, model = viewer.view, viewer.model
    delegate = view.itemDelegate()
    assert isinstance(delegate, MessageDelegate)
    found: dict[str, str] = {}
    for key in ("mine", "theirs"):
        row = next(r for r, m in enumerate(model.messages)
                   if m.kind != "system" and m.sender and model.is_me(m) == (key == "mine"))
        view.scrollTo(model.index(row))
        qtbot.waitUntil(lambda r=row: view.visualRect(model.index(r)).width() > 400,
                        timeout=10_000)  # laid out (a loaded machine may take a moment)
        rect = view.visualRect(model.index(row))
        x = delegate.bubble_x(rect, 200, key == "mine", view.layoutDirection())
        found[key] = "left" if x + 100 < rect.center().x() else "right"
    return found


def test_names_and_values_keep_their_direction_inside_sentences(qapp):
    from backupgui.library.model import Message
    from backupgui.ui.chats.viewer import MessageModel

    language.install_language("ar", qapp)
    try:
        model = MessageModel(Path("."), "x")
        model.names = {"p1": "Ana María"}
        spoken = model.spoken(Message(id="m", chat_id="x", ts_ms=0, sender="p1", text="hola 👋",
                                      kind="text", media=()))
        # the name is isolated; the text comes last in every language, so it needs no isolate
        assert "\u2068Ana María\u2069" in spoken and spoken.endswith("hola 👋")
        assert language.isolate("Maria's laptop") == "\u2068Maria's laptop\u2069"
    finally:
        language.install_language("en", qapp)


def test_the_key_grid_reads_left_to_right_in_arabic(qtbot, qapp):
    from backupgui.ui.widgets.secret_fields import KeyGrid

    language.install_language("ar", qapp)
    try:
        grid = KeyGrid()
        qtbot.addWidget(grid)
        grid.set_key(bytes(range(32)))
        grid.show()
        qtbot.wait(20)
        first, second = grid._cells[0], grid._cells[1]
        assert first.mapTo(grid, first.rect().topLeft()).x() < \
            second.mapTo(grid, second.rect().topLeft()).x()
    finally:
        language.install_language("en", qapp)


@pytest.mark.parametrize("code", i18n.CODES)
def test_a_key_file_saved_in_any_language_opens_again(code, qapp):
    """The translated advice in a saved key file never looks like part of the key."""
    from backupgui.crypto.keys import format_key, key_from_text

    key = bytes(range(0xA0, 0xC0))  # all-letter hex groups next to the advice's first word
    language.install_language(code, qapp)
    try:
        for source in ("backupgui 64-digit backup key\n\n%1\n\nKeep this file somewhere safe "
                       "and offline. Anyone with it can read your backups.\n",
                       "backupgui key vault recovery code\n\n%1\n\nKeep this file somewhere "
                       "safe and offline. With your password, it lets you restore your "
                       "backup on a new computer.\n"):
            text = QApplication.translate("KeyGrid", source).replace("%1", format_key(key))
            assert key_from_text(text) == key
            assert key_from_text(" ".join(text.split())) == key  # pasted as one line
    finally:
        language.install_language("en", qapp)


def test_compiled_translations_ship_in_the_wheel_and_the_bundle():
    """.qm files are package data (wheel, pip install .) and bundle data (PyInstaller spec)."""
    import tomllib

    data = tomllib.loads((REPO / "pyproject.toml").read_text())
    assert "**/*.qm" in data["tool"]["setuptools"]["package-data"]["backupgui"]
    spec = (REPO / "packaging" / "pyinstaller" / "backupgui.spec").read_text()
    assert '["package-data"]["backupgui"]' in spec  # the bundle takes pyproject's patterns
    assert '"pt_BR", "es", "hi", "id", "de", "ru", "tr", "ar"' in spec  # and Qt's own for them
    assert sorted(p.name for p in (REPO / "backupgui" / "i18n").glob("*.qm")) == \
        sorted(f"backupgui_{c}.qm" for c in i18n.CODES)


#: WhatsApp's own words for its backup screens, per language (docs/translations/).
WHATSAPP_WORDS = {
    "pt_BR": ("Backup de conversas", "Criptografia de ponta a ponta"),
    "es": ("Copia de seguridad de chats", "Cifrado de extremo a extremo"),
    "de": ("Chat-Backup", "Ende-zu-Ende-Verschlüsselung"),
    "ru": ("Резервная копия чатов", "Сквозное шифрование"),
    "tr": ("Sohbet yedeği", "Uçtan uca şifreleme"),
    "id": ("Cadangan chat", "Enkripsi end-to-end"),
    "hi": ("चैट बैकअप", "एंड-टू-एंड एन्क्रिप्शन"),
    "ar": ("النسخ الاحتياطي للدردشات", "التشفير التام بين الطرفين"),
}


@pytest.mark.parametrize("code", i18n.TRANSLATED)
def test_whatsapp_words_and_a_glossary_per_language(code):
    glossary = REPO / "docs" / "translations" / f"glossary-{code}.md"
    assert glossary.is_file()
    from PySide6.QtCore import QTranslator

    tr = QTranslator()
    assert tr.load(str(i18n.qm_file(code)))
    backup, e2ee = WHATSAPP_WORDS[code]
    assert tr.translate("BackupPanel", "Chat backup") == backup
    assert tr.translate("BackupPanel", "End-to-end encryption") == e2ee
    text = glossary.read_text(encoding="utf-8")
    assert backup in text and e2ee in text


def test_the_command_line_and_the_core_count_sizes_like_the_gui(qapp):
    """One convention (decimal units) for the CLI's and the core's English text too."""
    from backupgui.units import format_size

    language.install_language("en", qapp)
    for n in (1, 12, 999, 1000, 1536, 99_949, 999_960, 120_000_000, 1_500_000_000_000):
        assert format_size(n) == formatting.human_size(n), n


def test_extract_takes_skip_notes_engine_warnings_and_phone_counters(tmp_path):
    """extract.py's rules for import skip notes (both arguments, both branches of a
    conditional, a name assigned in the same function, lower-case fragments allowed), a
    phone importer's ``skipped[why] += 1`` and the engine's ``warnings.append``."""
    from backupgui.i18n import extract

    pkg = tmp_path / "backupgui"
    (pkg / "library" / "importers").mkdir(parents=True)
    (pkg / "engine").mkdir()
    (pkg / "library" / "importers" / "x.py").write_text(
        "def parse(sink, n, m, kind, raw):\n"
        "    where = f'message {m} (line {n})' if m else f'line {n}'\n"
        "    sink.skip(where, 'binary data' if raw else 'not valid UTF-8 text')\n"
        "    sink.skip(f'lines {n}-{m}', f'unknown message type {kind!r}')\n"
        "    reason = compute()\n"
        "    sink.skip(f'line {n}', reason)\n"
        "    self.skipped['messages without a valid date'] += 1\n"
        "    warnings.append('not collected outside engine/ with a lower-case start')\n",
        encoding="utf-8")
    (pkg / "engine" / "b.py").write_text(
        "def run(s, name, warnings):\n"
        "    warnings.append(f'A media file is missing ({name}).')\n"
        "    s.warnings.append('Old backups stay.')\n"
        "    warnings.append('fragment')\n"
        "    sink.skip('line 1', 'not an importer: not collected')\n"
        "    other.append('Not a warnings list.')\n",
        encoding="utf-8")
    found = set(extract.core_messages(pkg)) - set(extract.INDIRECT)
    assert found == {
        "message %1 (line %2)", "line %1", "binary data", "not valid UTF-8 text",
        "lines %1-%2", "unknown message type %1", "messages without a valid date",
        "A media file is missing (%1).", "Old backups stay.",
    }


def test_extract_leaves_out_a_parsers_own_errors(tmp_path):
    """A parser's own exception (a ``ValueError`` of the package, not a ``BackupError``) is
    always caught and said again as a sentence of its own, its text logged only: its words
    ("IV of the wrong size") are not offered for translation; a ``BackupError`` two classes
    down, and an error the package does not define, still are."""
    from backupgui.i18n import extract

    pkg = tmp_path / "backupgui"
    pkg.mkdir()
    (pkg / "errors.py").write_text(
        "class BackupError(Exception): pass\n"
        "class ImportFormatError(BackupError): pass\n", encoding="utf-8")
    (pkg / "proto.py").write_text(
        "from .errors import ImportFormatError as Base\n"
        "class ProtoError(ValueError): pass\n"
        "class SubProtoError(ProtoError): pass\n"
        "class PhoneError(ImportFormatError): pass\n"
        "def parse(n):\n"
        "    if n == 1: raise ProtoError('IV of the wrong size')\n"
        "    if n == 2: raise SubProtoError(f'Field {n} repeated')\n"
        "    if n == 3: raise PhoneError('This file is not a WhatsApp backup.')\n"
        "    raise ElsewhereError('Said by a class from elsewhere.')\n", encoding="utf-8")
    found = set(extract.core_messages(pkg)) - set(extract.INDIRECT)
    assert found == {"This file is not a WhatsApp backup.", "Said by a class from elsewhere."}
    real = set(extract.core_messages(Path(i18n.__file__).parent.parent))
    assert "IV of the wrong size" not in real and "%1 is not JSON" not in real
    assert "This file is not a WhatsApp backup (its header cannot be read)." in real


def test_indirect_core_messages_are_still_in_the_source():
    """The messages extract.py lists by hand (they reach a skip or warnings list through a
    helper's return value) must still be written so in the core, or they are stale."""
    from backupgui.i18n import extract

    found = extract.source_templates(Path(i18n.__file__).parent.parent)
    assert set(extract.INDIRECT) <= found, set(extract.INDIRECT) - found


def test_skip_notes_and_counts_match_their_templates(qapp):
    """translate_message finds the short templates of skip notes ("line %1")."""
    language.install_language("ru", qapp)
    try:
        assert language.translate_message("line 12") == "строка \u206812\u2069"
        assert language.translate_message("lines 3-5") == "строки \u20683\u2069–\u20685\u2069"
        assert language.translate_message("no readable date") == "нет читаемой даты"
    finally:
        language.install_language("en", qapp)


# --- no core sentence assembled from English pieces ------------------------------------------
def _word_strings(node: ast.expr, assigned: dict[str, list[ast.expr]], depth: int = 0) -> bool:
    """Whether ``node`` can be an English word or phrase the code wrote (a literal with
    letters, either branch of a conditional, a name the function assigned one to)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return any(c.isalpha() for c in node.value)
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(p, ast.Constant) and any(c.isalpha() for c in str(p.value))
                   for p in node.values)
    if isinstance(node, ast.IfExp):
        return (_word_strings(node.body, assigned, depth)
                or _word_strings(node.orelse, assigned, depth))
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return (_word_strings(node.left, assigned, depth)
                or _word_strings(node.right, assigned, depth))
    if isinstance(node, ast.Name) and depth == 0:
        return any(_word_strings(v, assigned, 1) for v in assigned.get(node.id, ()))
    return False


def _assembled(node: ast.expr, assigned: dict[str, list[ast.expr]], depth: int = 0):
    """Why the message ``node`` matches no template, or None: a ``+`` of text pieces, a
    ``.format``, or an f-string whose field is itself English text."""
    if isinstance(node, ast.IfExp):
        return (_assembled(node.body, assigned, depth)
                or _assembled(node.orelse, assigned, depth))
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and \
            node.func.id in assigned.get("<functions>", ()):
        return f"a sentence from {node.func.id}() (list it in extract._SENTENCE_FUNCTIONS)"
    if isinstance(node, ast.Name) and depth == 0:
        for value in assigned.get(node.id, ()):
            why = _assembled(value, assigned, 1)
            if why:
                return why
        return None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add) and (
            _word_strings(node.left, assigned) or _word_strings(node.right, assigned)):
        return "joined with +"
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "format" and _word_strings(node.func.value, assigned)):
        return "built with .format"
    if isinstance(node, ast.Call) and _callee(node) in assigned.get("<builders>", ()):
        return f"a sentence from {_callee(node)}() (list it in extract._SENTENCE_FUNCTIONS)"
    if isinstance(node, ast.JoinedStr):
        for part in node.values:
            if not isinstance(part, ast.FormattedValue):
                continue
            if _word_strings(part.value, assigned):
                return f"English words in the field {{{ast.unparse(part.value)}}}"
            if _exception_text(part.value, assigned):
                return f"an exception's text in the field {{{ast.unparse(part.value)}}}"
            built = _built(part.value, assigned)
            if built:
                return f"a phrase from {built}() in the field {{{ast.unparse(part.value)}}}"
    return None


def _callee(call: ast.Call) -> str:
    return call.func.id if isinstance(call.func, ast.Name) else (
        call.func.attr if isinstance(call.func, ast.Attribute) else "")


def _exception_text(node: ast.expr, assigned: dict[str, list[ast.expr]], depth: int = 0) -> bool:
    """Whether ``node`` is an exception's own text (``exc``, ``str(exc)``, ``exc.args[0]``,
    or a name assigned one): English from Python, zstd, a parser or another message, which
    no template matches (only a value that is itself a whole core message may go in; a
    phrase of ``format/damage.py`` is passed as such, not as the exception)."""
    caught = assigned.get("<exceptions>", ())
    if isinstance(node, ast.Name):
        if node.id in caught:
            return True
        return depth == 0 and any(_exception_text(v, assigned, 1)
                                  for v in assigned.get(node.id, ()))
    if isinstance(node, ast.Call) and _callee(node) in ("str", "repr") and node.args:
        return _exception_text(node.args[0], assigned, depth)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
            node.func.attr in ("rstrip", "strip", "lower"):
        return _exception_text(node.func.value, assigned, depth)
    if isinstance(node, ast.Subscript) or (isinstance(node, ast.Attribute) and node.attr in (
            "args", "strerror", "msg", "message", "reason")):
        return _exception_text(node.value, assigned, depth)
    return False


def _core_errors(caught: ast.expr | None) -> bool:
    """Whether an ``except`` catches only the core's own errors (``errors.BackupError``):
    their text is a whole core message, which translate_message translates inside another."""
    from backupgui import errors

    names = caught.elts if isinstance(caught, ast.Tuple) else [caught] if caught else []
    found = [getattr(errors, extract_name, None) for extract_name in
             (n.id if isinstance(n, ast.Name) else "" for n in names)]
    return bool(found) and all(isinstance(e, type) and issubclass(e, errors.BackupError)
                               for e in found)


def _built(node: ast.expr, assigned: dict[str, list[ast.expr]], depth: int = 0) -> str:
    """The name of a core function that builds English text (and is not one extract.py
    reads) whose result ``node`` is, else ""."""
    if isinstance(node, ast.Call) and _callee(node) in assigned.get("<builders>", ()):
        return _callee(node)
    if isinstance(node, ast.Name) and depth == 0:
        return next((b for v in assigned.get(node.id, ()) if (b := _built(v, assigned, 1))), "")
    return ""


def _english_builders() -> frozenset[str]:
    """Functions of the core whose ``return`` gives English text that extract.py does not
    read (a sentence or phrase function is read: its cases are templates)."""
    from backupgui.i18n import extract

    listed = {f for fs in (*extract._SENTENCE_FUNCTIONS.values(),
                           *extract._FRAGMENT_FUNCTIONS.values()) for f in fs}
    package = Path(i18n.__file__).parent.parent
    found = set()
    for path in sorted(package.rglob("*.py")):
        rel = path.relative_to(package).as_posix()
        if rel.startswith(extract.SKIP) or rel.startswith("ui/"):
            continue
        for fn in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(fn, ast.FunctionDef) or fn.name in listed:
                continue
            assigned: dict[str, list] = {}
            for node in ast.walk(fn):
                if isinstance(node, ast.Assign):
                    for target in node.targets:
                        if isinstance(target, ast.Name):
                            assigned.setdefault(target.id, []).append(node.value)
            if any(isinstance(node, ast.Return) and node.value is not None
                   and _word_strings(node.value, assigned) for node in ast.walk(fn)):
                found.add(fn.name)
    return frozenset(found)


@functools.cache
def _english_builders_cached() -> frozenset[str]:
    return _english_builders()


def _core_message_sites(tree: ast.AST, rel: str):
    """(node, the function's assignments) of every place extract.py reads a message from."""
    from backupgui.i18n import extract

    functions = {fn.name for fn in ast.walk(tree) if isinstance(fn, ast.FunctionDef)}
    builders = [f for f in _english_builders_cached() if f not in functions]
    for fn in ast.walk(tree):
        if not isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        sentences = (*extract._SENTENCE_FUNCTIONS.get(rel, ()),
                     *extract._FRAGMENT_FUNCTIONS.get(rel, ()))
        # this module's functions whose sentences extract.py does not read
        assigned: dict[str, list] = {"<functions>": [f for f in functions if f not in sentences],
                                     "<builders>": builders,
                                     # (a context manager's __exit__ gets the exception so)
                                     "<exceptions>": [a.arg for a in fn.args.args
                                                      if a.arg in ("exc", "exc_val", "err")]}
        for node in ast.walk(fn):
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        assigned.setdefault(target.id, []).append(node.value)
            elif isinstance(node, ast.ExceptHandler) and node.name and not _core_errors(node.type):
                assigned.setdefault("<exceptions>", []).append(node.name)
        for node in ast.walk(fn):
            if isinstance(node, ast.Return) and node.value is not None and \
                    fn.name in (*extract._SENTENCE_FUNCTIONS.get(rel, ()),
                                *extract._FRAGMENT_FUNCTIONS.get(rel, ())):
                yield node.value, assigned
            if not isinstance(node, ast.Call):
                continue
            name = extract._name(node.func)
            if (name.endswith(("Error", "Needed")) and name not in extract._BUILTIN) \
                    or name in extract._FACTORIES:
                yield from ((a, assigned) for a in node.args[:1])
                yield from ((k.value, assigned) for k in node.keywords if k.arg == "hint")
            elif name == "Progress" or (name in ("append", "warn") and isinstance(
                    node.func, ast.Attribute) and extract._name(node.func.value) in (
                    "problems", "warnings", "notes", "self")):
                yield from ((a, assigned) for a in node.args[:1])
            elif name in extract._REASONS and len(node.args) > extract._REASONS[name]:
                yield node.args[extract._REASONS[name]], assigned


#: Fields that are English in the source but not in the GUI: a duration ("5 minutes"), which
#: translate_message says in the language, and a name (".crypt14", docs/TRANSLATING.md).
_WORDS_THAT_ARE_NOT_WORDS = {
    ("destinations/google_auth.py", "English words in the field {limit}"),
    ("library/importers/whatsapp_db/crypt.py",
     "English words in the field {'.crypt' + str(header.version)}"),
}


def test_no_core_message_is_assembled_from_english_pieces():
    """A core message the GUI shows is one whole template: "… " + detail, or an f-string
    whose field is an English word ("{what} already running" with "A restore is"), matches
    no template and would stay English in every language (docs/TRANSLATING.md)."""
    from backupgui.i18n import extract

    package = Path(i18n.__file__).parent.parent
    found = []
    for path in sorted(package.rglob("*.py")):
        rel = path.relative_to(package).as_posix()
        if rel.startswith(extract.SKIP) or rel.startswith("ui/"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node, assigned in _core_message_sites(tree, rel):
            why = _assembled(node, assigned)
            if why and (rel, why) not in _WORDS_THAT_ARE_NOT_WORDS | _LOG_ONLY | _FOLLOW_UPS:
                found.append(f"{rel}:{node.lineno}: {why}")
    assert found == [], "\n".join(found)


#: Exceptions whose text goes to the log only, never to a person: a damaged object's detail
#: (a segment's, the JSON parser's, the budget's refusal) is said in words by
#: format/damage.py (its category), and these exceptions never leave the format's readers.
_LOG_ONLY = {
    ("format/pack.py", "an exception's text in the field {exc}"),  # SegmentError (trailer)
    ("format/strictjson.py", "an exception's text in the field {exc}"),  # JsonError
    ("format/strictjson.py", "a sentence from refusal() (list it in extract._SENTENCE_FUNCTIONS)"),
    # The key vault's own database (the vault service, not the app): StorageError is raised
    # while backupgui-vault opens its database and is printed to the operator's stderr (its
    # messages are lower case, so extract.py takes none as a template); at run time the
    # service answers "unavailable"/"busy", and vault/web.py any other error with "internal
    # vault error": SQLite's text never reaches the app. (store_pg.py's malformed URL says
    # libpq's complaint without its quoted parts, which may hold the password: _unquoted.)
    ("vault/store_sqlite.py", "an exception's text in the field {exc}"),
}
#: Known places outside a backup's damage, verify and restore where an exception's text
#: (SQLite's, the OS's, a parser's) or an English size is still pasted into a core message
#: (it shows in English in every language): follow-ups, each to get categories like
#: format/damage.py's. A new one fails the test above.
_FOLLOW_UPS: set[tuple[str, str]] = set()  # none left (s15)


def test_the_check_for_assembled_messages_finds_each_kind():
    """The check above fails on each way of assembling a sentence (so it can fail)."""
    src = (
        "def f(x, n, last):\n"
        "    raise DamagedBackupError('The backup is damaged: ' + x)\n"
        "def g(n):\n"
        "    plural = 'attempt' if n == 1 else 'attempts'\n"
        "    raise WrongKeyError(f'{n} more {plural} left.')\n"
        "def h(last):\n"
        "    raise SegmentError(f\"{'final segment' if last else 'a segment'} failed.\")\n"
        "def i(x):\n"
        "    message = 'Google Drive is full' + x\n"
        "    raise DestinationFullError(message)\n"
        "def j(n):\n"
        "    raise NotFoundError(f'There is no backup {n}.', hint=f'Try {n} again.')\n"
        "def k(info):\n"
        "    raise BusyError(j(info))\n")
    tree = ast.parse(src)
    found = [_assembled(node, assigned) for node, assigned in _core_message_sites(tree, "x.py")]
    assert found == ["joined with +", "English words in the field {plural}",
                     "English words in the field {'final segment' if last else 'a segment'}",
                     "joined with +", None, None,
                     "a sentence from j() (list it in extract._SENTENCE_FUNCTIONS)"]


def test_the_check_finds_an_exceptions_text_and_a_phrase_built_elsewhere():
    """An exception's text pasted into a message (zstd's, the JSON parser's, "{exc}") and
    English built by another module's function (``jsonbudget.refusal``) match no template:
    the check finds both; a core error's own text (a whole message) is allowed."""
    src = (
        "def m(raw):\n"
        "    raise JsonError(jsonbudget.refusal(raw))\n"
        "def n(p):\n"
        "    try:\n"
        "        pass\n"
        "    except ValueError as exc:\n"
        "        raise DamagedBackupError(f'The backup manifest {p} is damaged: {exc}.')\n"
        "def o(p):\n"
        "    try:\n"
        "        pass\n"
        "    except (WrongKeyError, NotFoundError) as exc:\n"
        "        raise BackupError(f'The key vault said no ({exc}).')\n"
        "def q(p):\n"
        "    problem = refusal(p)\n"
        "    raise DamagedBackupError(f'The backup is damaged: {problem}.')\n"
        "def r(p):\n"
        "    try:\n"
        "        pass\n"
        "    except OSError as exc:\n"
        "        raise BackupError(f'{p} cannot be read: {exc.strerror}.')\n"
        "def t(p):\n"
        "    raise DamagedBackupError(f'The backup is damaged: {pack_problem(p, d)}.')\n"
        "def __exit__(self, exc_type, exc, tb):\n"
        "    raise DamagedBackupError(f'The backup pack {self.pack_id} is damaged: {exc}.')\n")
    tree = ast.parse(src)
    found = [_assembled(node, assigned) for node, assigned in _core_message_sites(tree, "x.py")]
    assert found == ["a sentence from refusal() (list it in extract._SENTENCE_FUNCTIONS)",
                     "an exception's text in the field {exc}", None,
                     "a phrase from refusal() in the field {problem}",
                     "an exception's text in the field {exc.strerror}", None,
                     "an exception's text in the field {exc}"]


# --- the rollback warning (a security warning: every case a whole, translated sentence) ------
def _manifest(seq: int, snapshot_id: str):
    from backupgui.format.manifest import Manifest, Totals

    return Manifest(snapshot_id, "a" * 32, "2026-12-06T10:00:00Z", 1_765_015_200_000, "laptop",
                    "1.0", False, (), (), (), Totals(0, 0, 0, 0, 0, 0), seq=seq)


KNOWN_ID = "20261206T101010.123Z-c0ffee"
FOUND_ID = "20261130T090000.000Z-bead00"


@pytest.mark.parametrize("code, who, found_words, none_words", [
    ("de", {"vault": "der Schlüsseltresor kennt", "computer": "dieser Computer kennt"},
     "neuestes gefundenes", "kein Backup gefunden"),
    ("ar", {"vault": "تعرفها خزنة المفاتيح", "computer": "يعرفها هذا الكمبيوتر"},
     "أحدث نسخة موجودة", "لم يُعثر على أي نسخة احتياطية"),
])
def test_the_rollback_warning_is_translated_in_every_case(code, who, found_words, none_words,
                                                          qapp):
    """Each of the eight sentences (who knows, with or without a backup number, a newest
    backup found or not) comes out whole in the language, with its values in place: it was
    one English sentence joined from English pieces, shown in English in every language."""
    from backupgui.engine.rollback import COMPUTER, VAULT, Known, rolled_back_message

    digit = QLocale(code).toString(7)
    language.install_language(code, qapp)
    try:
        seen = set()
        for source, key in ((VAULT, "vault"), (COMPUTER, "computer")):
            for seq in (7, 0):
                for newest in (_manifest(5, FOUND_ID), None):
                    english = rolled_back_message(Known(seq, KNOWN_ID, source), newest)
                    text = language.translate_message(english)
                    assert text != english
                    english_words = {"newest", "knows", "missing", "destination", "found",
                                     "number", "storage", "rolled", "deleted", "computer"}
                    assert not english_words & set(re.findall(r"[a-z]+", text)), text
                    assert who[key] in text, text
                    assert f"\u2068{KNOWN_ID}\u2069" in text
                    assert (f"\u2068{digit}\u2069" in text) == bool(seq), text
                    if newest is None:
                        assert none_words in text and FOUND_ID not in text
                    else:
                        assert found_words in text and f"\u2068{FOUND_ID}\u2069" in text
                        assert f"\u2068{QLocale(code).toString(5)}\u2069" in text
                    seen.add(text)
        assert len(seen) == 8
    finally:
        language.install_language("en", qapp)


def test_a_real_rollback_is_reported_in_the_language(tmp_path, qapp):
    """The restore of a destination whose newest backup was deleted: the error the wizard
    shows (``describe``) is German, with the snapshot ids and backup numbers in place."""
    from backupgui.crypto.keys import generate_key
    from backupgui.crypto.material import RawKey
    from backupgui.destinations.folder import FolderDestination
    from backupgui.engine import BackupRequest, RestoreRequest, backup, restore
    from backupgui.errors import RolledBackError
    from backupgui.library.demo import add_demo_messages, create_demo_library
    from backupgui.library.store import Library
    from backupgui.ui.widgets.errors import describe

    create_demo_library(tmp_path / "lib", chats=1, seed=5, media_mb=0)
    dest = FolderDestination(tmp_path / "dest")
    key = RawKey(generate_key())
    first = backup(BackupRequest(tmp_path / "lib", dest, key))
    with Library(tmp_path / "lib") as lib:
        add_demo_messages(lib, lib.chat_ids()[0], 3, seed=2)
    second = backup(BackupRequest(tmp_path / "lib", dest, key))
    dest.delete(f"sets/{second.set_id}/snapshots/{second.snapshot_id}")
    with pytest.raises(RolledBackError) as caught:
        restore(RestoreRequest(dest, tmp_path / "lib", key))
    language.install_language("de", qapp)
    try:
        message, _hint = describe(caught.value)
    finally:
        language.install_language("en", qapp)
    assert message.startswith("Das neueste Backup, das dieser Computer kennt, "), message
    assert f"\u2068{second.snapshot_id}\u2069 (Backup Nr. \u20682\u2069)" in message
    assert f"neuestes gefundenes: \u2068{first.snapshot_id}\u2069, Backup Nr. \u20681\u2069" \
        in message


def test_a_core_message_inside_another_is_translated_too(qapp):
    """A sentence whose %1 is another core message (the vault's error inside the rollback
    check's warning, a segment's damage inside an object's) is translated all through."""
    language.install_language("de", qapp)
    try:
        text = language.translate_message(
            "The key vault could not say which backup is the newest (Wrong password. The key "
            "vault allows 3 more attempts before it destroys the key.)")
        assert text == ("Der Schlüsseltresor konnte nicht sagen, welches Backup das neueste ist "
                        "(\u2068Falsches Passwort. Der Schlüsseltresor erlaubt noch \u20683\u2069 "
                        "Versuche, bevor er den Schlüssel vernichtet.\u2069)"), text
        text = language.translate_message(
            "The backup is damaged: pack 0123abcd fails its authentication check.")
        assert text == ("Das Backup ist beschädigt: \u2068Paket \u20680123abcd\u2069 besteht die "
                        "Echtheitsprüfung nicht\u2069."), text
        # a name that is no message stays as it is
        assert language.translate_message("There is no backup at /media/Wrong password.") == \
            "Unter \u2068/media/Wrong password\u2069 gibt es kein Backup."
    finally:
        language.install_language("en", qapp)


def test_busy_and_wrong_password_sentences_are_translated(qapp):
    """"Another backup is already running (started by …)" and the vault's attempts left were
    joined from English pieces; each case is now a template of its own."""
    from backupgui.automation.runlock import LockInfo, busy_message

    started = datetime(2026, 12, 6, 9, 5, tzinfo=UTC)
    cases = [busy_message(None), busy_message(LockInfo(0, "backupgui", "restore", None))]
    for purpose in ("backup", "restore"):
        for pid in (0, 4242):
            for when in (None, started):
                cases.append(busy_message(LockInfo(pid, "backupgui-cli", purpose, when),
                                          now=started))
    cases += ["Wrong password. The key vault allows one more attempt before it destroys the key.",
              "Wrong password. The key vault allows 4 more attempts before it destroys the key."]
    language.install_language("ru", qapp)
    try:
        for english in cases:
            text = language.translate_message(english)
            assert text != english and not {"running", "started", "process", "attempts",
                                             "attempt"} & set(re.findall(r"[a-z]+", text)), text
            if "4242" in english:
                assert "процесс \u20684242\u2069" in text, text
        assert language.translate_message(busy_message(LockInfo(
            4242, "backupgui-cli", "restore", None))) == \
            "Восстановление уже выполняется (запущено программой \u2068backupgui-cli\u2069, " \
            "процесс \u20684242\u2069)."
    finally:
        language.install_language("en", qapp)
