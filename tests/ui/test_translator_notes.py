"""Notes for translators on the core's strings (``# translators:`` above a string in the core,
``i18n/extract.py``): they reach every .ts file's ``<extracomment>``, as lupdate writes a Qt
string's ``#:`` comment, and leave the message's identity (and its translations) alone."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import backupgui
from backupgui.i18n import extract, update

PACKAGE = Path(backupgui.__file__).parent


def _core_notes(ts: Path) -> dict[str, str | None]:
    """{source: extracomment (None if none)} of the ``core`` context of a .ts file."""
    out: dict[str, str | None] = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        if ctx.findtext("name") == extract.CONTEXT:
            for msg in ctx.iter("message"):
                out[msg.findtext("source") or ""] = msg.findtext("extracomment")
    return out


def _fake_package(tmp_path: Path) -> Path:
    pkg = tmp_path / "backupgui"
    (pkg / "engine").mkdir(parents=True)
    (pkg / "i18n").mkdir()
    (pkg / "engine" / "a.py").write_text(
        "#: A constant's documentation: not a note for translators.\n"
        "_HINT = 'Check the drive, then try again.'\n"
        "\n"
        "\n"
        "def run(n, who, when, name):\n"
        "    # why the code does this (for developers)\n"
        "    # translators: %1: a computer's name, %2: a time\n"
        "    raise BusyError(f'Another computer ({who}) is busy since {when}.', hint=_HINT)\n"
        "\n"
        "\n"
        "def other(name, month):\n"
        "    raise StoreError(\n"
        "        # translators: %1: a chat's name,\n"
        "        # %2: a month (year-month, such as 2024-05)\n"
        "        f'The chat {name} has no messages kept for {month}.')\n"
        "\n"
        "\n"
        "def far(name):\n"
        "    # translators: a note with a blank line under it belongs to nothing\n"
        "\n"
        "    raise StoreError(f'Nothing kept for {name}.')\n", encoding="utf-8")
    (pkg / "engine" / "b.py").write_text(
        "def again(who, when):\n"
        "    # translators: %1: a computer's name, %2: a time\n"
        "    raise BusyError(f'Another computer ({who}) is busy since {when}.')\n"
        "\n"
        "\n"
        "def other_note(name, month):\n"
        "    # translators: %1: the chat's name again\n"
        "    raise StoreError(f'The chat {name} has no messages kept for {month}.')\n",
        encoding="utf-8")
    return pkg


def test_a_note_above_a_core_string_is_read_and_written_for_lupdate(tmp_path):
    pkg = _fake_package(tmp_path)
    catalog = extract.core_catalog(pkg)
    assert catalog["Another computer (%1) is busy since %2."] == "%1: a computer's name, %2: a time"
    # continued over two comment lines; a second place's different note is added, not lost
    assert catalog["The chat %1 has no messages kept for %2."] == (
        "%1: a chat's name, %2: a month (year-month, such as 2024-05) / %1: the chat's name again")
    # a Sphinx ``#:`` above a constant, and a note separated by a blank line, are no notes
    assert catalog["Check the drive, then try again."] == ""
    assert catalog["Nothing kept for %1."] == ""
    module = extract.render_module(catalog)
    assert ("    #: %1: a computer's name, %2: a time\n"
            "    QT_TRANSLATE_NOOP('core', 'Another computer (%1) is busy since %2.'),\n") in module
    assert "    QT_TRANSLATE_NOOP('core', 'Nothing kept for %1.'),\n" in module
    assert "#: A constant" not in module


def test_a_note_reaches_the_ts_file_as_lupdate_writes_a_qt_strings_comment(tmp_path):
    """Through the real lupdate: the note is the message's ``<extracomment>``, and an existing
    translation of the message stays finished (a note is no part of its identity)."""
    pkg = _fake_package(tmp_path)
    update.write_core_strings(pkg, pkg / "i18n" / "core_strings.py")
    ts = tmp_path / "backupgui_de.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="de_DE">\n'
        "<context>\n    <name>core</name>\n    <message>\n"
        "        <source>Another computer (%1) is busy since %2.</source>\n"
        "        <translation>Ein anderer Computer (%1) ist seit %2 beschäftigt.</translation>\n"
        "    </message>\n</context>\n</TS>\n", encoding="utf-8")
    update.run_lupdate([ts], package=pkg)
    notes = _core_notes(ts)
    assert notes["Another computer (%1) is busy since %2."] == "%1: a computer's name, %2: a time"
    assert notes["Nothing kept for %1."] is None
    msg = next(m for m in ET.parse(ts).getroot().iter("message")
               if m.findtext("source") == "Another computer (%1) is busy since %2.")
    assert msg.find("comment") is None  # no disambiguation: the UI's lookup is unchanged
    tr = msg.find("translation")
    assert tr.text == "Ein anderer Computer (%1) ist seit %2 beschäftigt."
    assert tr.get("type") is None


def test_every_core_note_is_in_every_shipped_ts_file():
    """The notes written in the core (among them those the versions phrases lost when they
    moved into the core, commit d5042af) are in every language's file."""
    catalog = extract.core_catalog(PACKAGE)
    noted = {text: note for text, note in catalog.items() if note}
    assert noted["from the export imported on %1"] == (
        "where a copy of a message came from; %1: date and time")
    assert noted["Two versions of this message. This one: %1. The other: %2."] == (
        "%1, %2: where each copy came from")
    assert noted["%1, in another chat"] == (
        "where the other copy of a message came from, and that it is in another chat")
    assert len(noted) >= 40
    files = {code: ts for code, ts in update.ts_files().items() if code != "en"}
    assert len(files) == 8
    for code, ts in files.items():
        notes = _core_notes(ts)
        wrong = {t: (notes.get(t), n) for t, n in noted.items() if notes.get(t) != n}
        assert not wrong, (code, wrong)
