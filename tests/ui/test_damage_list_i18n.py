"""What the GUI says about a really damaged backup, in English, German and Arabic: one heading
("The backup is damaged", said once) and each problem in words a person can act on, the names
it carries kept, and not one English word (or technical detail) left in a translation.

Before, the problems repeated the heading ("The backup is damaged: The backup pack … is
damaged: segment 0 failed authentication …"), and zstd's, the JSON parser's and Python's own
texts stayed English inside the translated sentence.

Each message comes from a real verify or restore of a damaged backup (tests/engine/
damage_cases.py) and is shown the way every window shows an error: ``widgets/errors.py``'s
message box (the restore wizard's page uses the same ``describe``).
"""

from __future__ import annotations

import html
import re

import pytest

from backupgui.engine import verify
from backupgui.engine.restore import restore
from backupgui.engine.types import RestoreRequest, VerifyRequest
from backupgui.errors import DamagedBackupError
from backupgui.ui import language
from backupgui.ui.widgets.errors import error_box
from tests.engine.damage_cases import (
    Made,
    bad_message_blob,
    corrupt_manifest,
    cut_pack,
    flip_pack,
    make_backup,
)

#: The heading and the words that must not be left in each language.
HEADING = {"en": "The backup is damaged", "de": "Das Backup ist beschädigt",
           "ar": "النسخة الاحتياطية تالفة"}
DAMAGED = {"en": "damaged", "de": "beschädigt", "ar": "تالف"}
#: English words that must not be left in German (case matters: "Manifest" is German).
ENGLISH = ("damaged", "fails", "authentication", "check", "cut short", "compressed", "valid",
           "messages", "problems", "among", " the ", " is ", " of ", " in ", "pack ",
           "manifest ", "segment", "malformed", "zstd")
#: A value put into a sentence: a name, an id or a month (the innermost isolates).
VALUE = re.compile("\u2068[^\u2068\u2069]*\u2069")


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> Made:
    return make_backup(tmp_path_factory.mktemp("damage"))


def _shown(exc: BaseException, code: str, qapp) -> tuple[str, str]:
    """(message, hint) of the message box for ``exc`` in language ``code``."""
    language.install_language(code, qapp)
    try:
        box = error_box(None, exc)
        text = html.unescape(re.sub(r"</?b>", "", box.text()))  # the box's rich text, as read
        assert text == box.accessibleName()
        return text, html.unescape(box.informativeText())
    finally:
        language.install_language("en", qapp)


def _check(exc: BaseException, qapp, names: list[str]) -> dict[str, str]:
    """The message in en/de/ar: the heading once, the names kept, nothing English left in
    a translation (outside the names, which are isolated values)."""
    out = {}
    for code in ("en", "de", "ar"):
        text, hint = _shown(exc, code, qapp)
        assert text.startswith(HEADING[code]), (code, text)
        assert text.count(DAMAGED[code]) == 1, (code, text)
        for name in names:
            assert name in text, (code, name, text)
        words = VALUE.sub("", text)  # the values: pack ids, chat names, months
        if code == "ar":  # no Latin letter outside the values
            assert not re.search(r"[A-Za-z]", words + hint), (code, words, text)
        elif code == "de":
            left = [w for w in ENGLISH if w in f" {words} "]
            assert left == [], (left, text)
        assert hint, code
        out[code] = text
    return out


def _verify_error(m: Made, snapshot: str = "latest") -> DamagedBackupError:
    with pytest.raises(DamagedBackupError) as e:
        verify(VerifyRequest(m.dest, m.key, snapshot))
    return e.value


def test_a_flipped_pack_in_every_language(made, tmp_path, qapp):
    m = made.copy(tmp_path / "dest")
    pack = m.packs()[0]
    flip_pack(m, pack)
    exc = _verify_error(m)
    shown = _check(exc, qapp, [pack])
    assert shown["en"] == f"The backup is damaged: pack {pack} fails its authentication check."
    assert shown["de"] == (f"Das Backup ist beschädigt: \u2068Paket \u2068{pack}\u2069 besteht die "
                           "Echtheitsprüfung nicht\u2069.")
    with pytest.raises(DamagedBackupError) as e:  # a restore says the same
        restore(RestoreRequest(m.dest, tmp_path / "lib", m.key))
    assert str(e.value) == str(exc)


def test_a_pack_cut_short_in_every_language(made, tmp_path, qapp):
    m = made.copy(tmp_path / "dest")
    pack = m.packs()[1]
    cut_pack(m, pack)
    shown = _check(_verify_error(m), qapp, [pack])
    assert shown["en"] == f"The backup is damaged: pack {pack} is cut short."
    assert "ist abgeschnitten" in shown["de"] and "مقطوعة" in shown["ar"]


def test_a_manifest_that_is_not_compressed_data_in_every_language(made, tmp_path, qapp):
    m = made.copy(tmp_path / "dest")
    newer = m.snapshots[1]
    corrupt_manifest(m, newer)
    shown = _check(_verify_error(m, newer), qapp, [newer])
    assert shown["en"] == f"The backup is damaged: manifest {newer} is not valid compressed data."
    assert "keine gültigen komprimierten Daten" in shown["de"]
    # The newest is skipped when none is named: the warning is translated too.
    warnings = verify(VerifyRequest(m.dest, m.key)).warnings
    assert warnings == (f"snapshot {newer} is ignored: it is not valid compressed data",)
    language.install_language("de", qapp)
    try:
        text = language.translate_message(warnings[0])
    finally:
        language.install_language("en", qapp)
    assert text == (f"Snapshot \u2068{newer}\u2069 wird ignoriert: \u2068das Objekt enthält keine "
                    "gültigen komprimierten Daten\u2069"), text


def test_messages_that_are_not_compressed_data_in_every_language(made, tmp_path, qapp):
    m = made.copy(tmp_path / "dest")
    chat, month = bad_message_blob(m)
    exc = _verify_error(m)
    shown = _check(exc, qapp, [chat, month])
    assert shown["en"] == (f"The backup is damaged: the messages of {chat!r} in {month} are not "
                           "valid compressed data.")
    assert "die Nachrichten von" in shown["de"] and "رسائل" in shown["ar"]


def test_several_problems_are_a_heading_and_a_list_in_every_language(made, tmp_path, qapp):
    m = made.copy(tmp_path / "dest")
    packs = m.packs()
    for p in packs[:2]:
        flip_pack(m, p)
    shown = _check(_verify_error(m), qapp, packs[:2])
    assert shown["en"] == (f"The backup is damaged (problems found: 2): pack {packs[0]} fails its "
                           f"authentication check; pack {packs[1]} fails its authentication check.")
    assert "(gefundene Probleme: \u20682\u2069): " in shown["de"], shown["de"]
    assert "(عدد المشكلات: \u2068٢\u2069): " in shown["ar"] and "؛ " in shown["ar"], shown["ar"]
    for p in packs[2:4]:
        flip_pack(m, p)
    shown = _check(_verify_error(m), qapp, packs[:3])
    assert shown["en"].startswith("The backup is damaged (problems found: 4), among them: ")
    assert shown["de"].startswith("Das Backup ist beschädigt (gefundene Probleme: \u20684\u2069), "
                                  "darunter: ")
    assert shown["de"].count("besteht die Echtheitsprüfung nicht") == 3
    assert "(عدد المشكلات: \u2068٤\u2069)، ومنها: " in shown["ar"], shown["ar"]


def test_each_kind_of_problem_in_the_list_is_translated(qapp):
    """Verify's own problems (a missing pack, a blob in no pack) and the phrases of
    format/damage.py are templates; they are joined with the language's separator."""
    message = ("The backup is damaged (problems found: 5), among them: pack 0123abcd is missing; "
               "blob 89ab0123cdef is not in any pack; the messages of 'Family' in 2024-05 fail "
               "their authentication check.")
    language.install_language("de", qapp)
    try:
        text = language.translate_message(message)
        assert "Paket \u20680123abcd\u2069 fehlt; Block \u206889ab0123cdef\u2069 ist in keinem Paket; " \
            in text, text
        assert "; die Nachrichten von \u2068'Family'\u2069 aus \u20682024-05\u2069 bestehen die " \
            "Echtheitsprüfung nicht\u2069." in text, text
        assert text.startswith("Das Backup ist beschädigt (gefundene Probleme: \u20685\u2069), "
                               "darunter: \u2068Paket"), text
        # a list whose parts are no messages stays as it is
        assert language.translate_message("There is no backup at /a; /b.") == \
            "Unter \u2068/a; /b\u2069 gibt es kein Backup."
    finally:
        language.install_language("en", qapp)
