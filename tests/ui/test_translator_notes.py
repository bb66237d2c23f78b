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


# ---- Qt strings' ``#:`` notes (lupdate) and the check of the notes ---------------------------

_UI_A = (
    "from PySide6.QtCore import QObject\n"
    "\n"
    "#: How long a notice stays (a constant's documentation for developers).\n"
    "NOTICE_MS = 8000\n"
    "\n"
    "\n"
    "class Box(QObject):\n"
    "    def title(self):\n"
    "        #: The title of the box shown when a folder cannot be written.\n"
    "        return self.tr('Cannot start')\n"
    "\n"
    "    def label(self, parent):\n"
    "        return make(\n"
    "            parent,\n"
    "            #: A note inside a call, right above its string.\n"
    "            self.tr('Open the folder'))\n")
_UI_CONSTS = (
    "#: Minimum time between two progress deliveries to the GUI thread.\n"
    "PROGRESS_INTERVAL_S = 0.05\n")
_UI_B = (
    "from PySide6.QtCore import QObject\n"
    "\n"
    "\n"
    "class Path(QObject):\n"
    "    def copy(self):\n"
    "        return self.tr('&Copy path')\n")


def _ui_package(tmp_path: Path) -> Path:
    pkg = tmp_path / "backupgui"
    (pkg / "ui").mkdir(parents=True)
    (pkg / "i18n").mkdir()
    # lupdate reads them in this order: consts.py, path.py, window.py
    (pkg / "ui" / "window.py").write_text(_UI_A, encoding="utf-8")
    (pkg / "ui" / "consts.py").write_text(_UI_CONSTS, encoding="utf-8")
    (pkg / "ui" / "path.py").write_text(_UI_B, encoding="utf-8")
    update.write_core_strings(pkg, pkg / "i18n" / "core_strings.py")
    return pkg


def _plain_constant_docs(pkg: Path) -> None:
    (pkg / "ui" / "window.py").write_text(_UI_A.replace("#: How long", "# How long"),
                                          encoding="utf-8")
    (pkg / "ui" / "consts.py").write_text(_UI_CONSTS.replace("#:", "#"), encoding="utf-8")


def _ts_notes(ts: Path) -> dict[str, str]:
    return {src: note for (_ctx, src, _c), note in update.notes(ts).items()}


def test_lupdate_gives_a_constants_hash_colon_doc_to_the_next_string_and_the_check_says_where(
        tmp_path):
    """What put "Minimum time between two progress deliveries …" over "&Copy path": lupdate
    takes every ``#:`` line as a note and gives it to the next string it meets, in the next
    file too. The check names each ``#:`` that is not right above a string."""
    pkg = _ui_package(tmp_path)
    ts = pkg / "i18n" / "backupgui_de.ts"
    update.run_lupdate([ts], package=pkg)
    got = _ts_notes(ts)
    assert got["Cannot start"] == ("How long a notice stays (a constant's documentation for "
                                   "developers). The title of the box shown when a folder "
                                   "cannot be written.")
    assert got["Open the folder"] == "A note inside a call, right above its string."
    # (from another file: one with no strings of its own)
    assert got["&Copy path"] == "Minimum time between two progress deliveries to the GUI thread."

    problems = update.misplaced_notes(pkg)
    assert [p.split(": ", 1)[0] for p in problems] == [
        "backupgui/ui/consts.py:1", "backupgui/ui/window.py:3"], problems
    assert "write '#' for a comment for developers" in problems[0]

    # A plain ``#`` for the constants: each string keeps only the note written above it.
    _plain_constant_docs(pkg)
    assert update.misplaced_notes(pkg) == []
    update.run_lupdate([ts], package=pkg)
    got = _ts_notes(ts)
    assert got["Cannot start"] == "The title of the box shown when a folder cannot be written."
    assert got["&Copy path"] == ""


def test_the_check_fails_on_a_note_the_sources_no_longer_give(tmp_path):
    """A .ts file whose ``<extracomment>`` differs from what lupdate writes from the sources
    now (a stale or hand-edited note) fails ``--check``, as a missing string does."""
    pkg = _ui_package(tmp_path)
    _plain_constant_docs(pkg)
    folder = pkg / "i18n"
    ts = folder / "backupgui_de.ts"
    update.run_lupdate([ts], package=pkg)
    update.run_lrelease(ts, ts.with_suffix(".qm"))
    assert update.check(folder) == []

    stale = "Minimum time between two progress deliveries to the GUI thread."
    text = ts.read_text(encoding="utf-8")
    text = text.replace("<extracomment>The title of the box shown when a folder cannot be "
                        "written.</extracomment>", f"<extracomment>{stale}</extracomment>")
    assert stale in text
    ts.write_text(text, encoding="utf-8")
    update.run_lrelease(ts, ts.with_suffix(".qm"))  # (a note is not in the .qm)
    problems = update.check(folder)
    assert len(problems) == 1, problems
    assert problems[0].startswith("backupgui_de.ts: the note for translators of [Box] "
                                  "'Cannot start' is 'Minimum time"), problems
    assert "the sources give 'The title of the box" in problems[0]

    # a note where the sources give none is stale too
    text = ts.read_text(encoding="utf-8").replace(
        "<source>&amp;Copy path</source>",
        f"<source>&amp;Copy path</source>\n        <extracomment>{stale}</extracomment>")
    ts.write_text(text, encoding="utf-8")
    problems = update.check(folder)
    assert any("[Path] '&Copy path' is 'Minimum time" in p and "the sources give ''" in p
               for p in problems), problems


def test_the_ui_strings_carry_only_the_notes_written_for_them():
    """No developer's ``#:`` in the UI's sources, and in every language's file the UI's
    strings carry only notes that some ``#:`` right above a string in the sources says."""
    assert update.misplaced_notes() == []
    written: set[str] = set()
    for src in update.sources():
        block: list[str] = []
        for line in src.read_text(encoding="utf-8").splitlines():
            s = line.strip()
            if s.startswith("#:"):
                block.append(s[2:].strip())
            elif block:
                written.add(" ".join(block))
                block = []
    for code, ts in update.ts_files().items():
        stray = {k: n for k, n in update.notes(ts).items() if n and n not in written}
        assert not stray, (code, stray)
