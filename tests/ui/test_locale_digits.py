"""Numbers inside sentences are values filled in through QLocale, never typed into the text:
Arabic showed "مفتاح مكوّن من 64 رقمًا" (Latin digits in the middle of its own text, beside
"٦:٢٧ م" on the same window) in about 45 sentences with the 64-digit key, and "1024 MiB",
"16 groups of 4", "between 1 and 100", the Drive help's "1." … "5." the same way.

What stays in Latin digits: the key's own characters ("0-9 and a-f"), names with digits in
them (.crypt15, UTF-8, Argon2id, ContactsV2.sqlite), a section of an English document
("docs/VAULT.md 1.6") and the first line of a saved key file (a file format)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QCommandLinkButton,
    QGroupBox,
    QLabel,
    QMessageBox,
    QWizard,
)

from backupgui import i18n
from backupgui.ui import language

LATIN_DIGIT = re.compile(r"[0-9]")
#: What may keep Latin digits inside a sentence, in every language.
ALLOWED = re.compile(
    r"%L?n|%\d"  # placeholders
    r"|(?<![\w-])0-9(?!\w)"  # the key's characters, as typed: "0-9 and a-f"
    r"|[A-Za-z]+-?\d+[\w.]*"  # a name with digits in it: crypt15, UTF-8, Argon2id, V2.sqlite
    r"|docs/\w+\.md \d+(?:\.\d+)*"  # a section of a document (written in English)
    r"|backupgui 64-digit backup key\n"  # a saved key file's first line: a file format
    r"|^1:1$"  # the kind of a chat: each language its own word (Arabic: فردية)
)
ARABIC_DIGIT = re.compile("[\u0660-\u0669]")


def latin_digits(text: str) -> list[str]:
    """The words of ``text`` that show Latin digits where the language's should be."""
    rest = ALLOWED.sub(" ", text)
    return [w for w in rest.split() if LATIN_DIGIT.search(w)]


def _messages(code: str):
    root = ET.parse(i18n.ts_file(code)).getroot()
    for ctx in root.iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            texts = [f.text or "" for f in tr.iter("numerusform")] or [tr.text or ""]
            yield ctx.findtext("name") or "", msg.findtext("source") or "", texts


def test_the_checker_finds_what_arabic_showed():
    """The rule itself: a number in prose is found, the allowed kinds are not."""
    assert latin_digits("أدخل المفتاح المكوّن من 64 رقمًا") == ["64"]
    assert latin_digits("Keep between 1 and 100 backups.") == ["1", "100"]
    assert latin_digits("1. Open console.cloud.google.com") == ["1."]
    assert latin_digits("%1 characters 0-9 and a-f, .crypt15, UTF-8, Argon2id, "
                        "ContactsV2.sqlite, docs/VAULT.md 1.6, %Ln") == []


def test_no_source_sentence_has_a_number_typed_into_it():
    """Every string the UI translates (its own and the core's): numbers are %1 … values."""
    found = [f"[{ctx}] {src!r}: {bad}" for ctx, src, _t in _messages("de")
             if (bad := latin_digits(src))]
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("code", [lang.code for lang in i18n.LANGUAGES
                                  if lang.code != i18n.SOURCE_LANGUAGE])
def test_no_translation_types_a_number_into_its_text(code):
    """A translation keeps its numbers as the source's placeholders: Arabic (whose locale
    writes ٠…٩) most of all, but a number typed into any language's text would stay the
    same whatever the locale."""
    found = []
    for ctx, src, texts in _messages(code):
        for text in texts:
            if bad := latin_digits(text):
                found.append(f"[{ctx}] {src!r} -> {text!r}: {bad}")
    assert found == [], "\n".join(found[:30])


def test_the_cores_numbers_reach_the_ui_in_arabic_digits(qapp):
    """The core passes numbers as values of its f-strings (the key's 64 digits, a limit);
    the UI's translation writes them with the language's digits, and leaves a name such as
    ".crypt14" and the key's characters "0-9" as they are."""
    from backupgui.crypto.keys import parse_key
    from backupgui.device.settings import AppSettings
    from backupgui.errors import MalformedKeyError
    from backupgui.library.importers.whatsapp_db import crypt
    from backupgui.library.importers.whatsapp_db.errors import WhatsAppKeyFormError
    from backupgui.library.importers.whatsapp_db.keyfile import Crypt15Key
    from backupgui.ui.widgets.errors import describe

    language.install_language("ar", qapp)
    try:
        with pytest.raises(MalformedKeyError) as e:
            parse_key("abc")
        msg, hint = describe(e.value)
        assert "٦٤" in msg and "٣" in msg and latin_digits(msg) == [], msg
        assert "٦٤" in hint and "0-9" in hint and latin_digits(hint) == [], hint

        problems = AppSettings(keep=0).validate()
        keep = language.translate_message(problems[0])
        assert "١٠٠" in keep and latin_digits(keep) == [], keep

        with pytest.raises(WhatsAppKeyFormError) as e:
            crypt._aes_key(crypt.Header(14, b"", 0), Crypt15Key(bytes(32)))
        msg = language.translate_message(str(e.value))
        assert ".crypt14" in msg and "١٥٨" in msg and "٦٤" in msg, msg
        assert "١٤" not in msg and latin_digits(msg) == [], msg

        # an import's note on a chat line: the clock's own numbers too, minutes with their zero
        note = language.translate_message("impossible time 13:05 on a 12-hour clock")
        assert "١٣\u2069:\u2068٠٥" in note and "١٢" in note and latin_digits(note) == [], note
    finally:
        language.install_language("en", qapp)


def _shown_texts(window) -> list[tuple[str, str]]:
    """(where, text) of what a window's labels, buttons, titles and message show, without
    markup; user data and names put into sentences are isolated (FSI … PDI) and left out."""
    out: list[tuple[str, str]] = [("title", window.windowTitle())]
    for w in window.findChildren(QLabel):
        if w.isVisibleTo(window) and w.objectName() not in NOT_SENTENCES:
            out.append((f"QLabel {w.objectName()}", w.text()))
    for b in window.findChildren(QAbstractButton):
        if b.isVisibleTo(window):
            out.append(("button", b.text()))
            if isinstance(b, QCommandLinkButton):
                out.append(("button description", b.description()))
    out += [("group", g.title()) for g in window.findChildren(QGroupBox) if g.isVisibleTo(window)]
    if isinstance(window, QMessageBox):
        out += [("message", window.text()), ("message", window.informativeText())]
    if isinstance(window, QWizard):
        page = window.currentPage()
        out += [("page", page.title()), ("page", page.subTitle())]
    return [(where, re.sub("\u2068[^\u2069]*\u2069|<[^>]*>", " ", t)) for where, t in out]


#: Labels that show data, not sentences: the key's groups of hex digits (typed as they are
#: shown, in any language).
NOT_SENTENCES = {"keyText"}


def test_arabic_screens_show_no_latin_digit_in_their_sentences(qtbot, qapp, tmp_path,
                                                                demo_template):
    """Every main screen in Arabic (the walk the overflow test makes): no label, button,
    title or message shows a Latin digit outside the key, names and user data."""
    from .screens import iter_screens, make_env, themed

    env = make_env(tmp_path, demo_template)
    found: list[str] = []
    shown: dict[str, str] = {}
    with themed(qapp, "ar"):
        for name, window in iter_screens(qtbot, env):
            texts = _shown_texts(window)
            shown[name] = "\n".join(t for _w, t in texts)
            for where, text in texts:
                if bad := latin_digits(text):
                    found.append(f"{name}: {where}: {text!r}: {bad}")
    assert found == [], "\n".join(found)
    # and the numbers that were typed into the text show in Arabic digits now
    for name, number in (("encryption-choose", "٦٤"), ("encryption-choose", "٨"),
                         ("encryption-key", "٦٤"), ("encryption-key-confirm", "١٦"),
                         ("encryption-unlock-key", "٦٤"), ("drive-client-help", "٥-"),
                         ("import-phone", "١٦")):
        assert number in shown[name], (name, number, shown[name])
