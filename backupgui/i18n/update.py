"""Update the translations after strings changed: the one command for developers and translators.

    python -m backupgui.i18n.update            # extract, update every .ts, compile every .qm
    python -m backupgui.i18n.update --add fr   # also start backupgui_fr.ts (a new language)
    python -m backupgui.i18n.update --check    # change nothing; exit 1 if anything is stale
    python -m backupgui.i18n.update --status   # count finished/unfinished strings per language

Steps: (1) collect the core's messages into ``core_strings.py`` (``extract.py``); (2) run
Qt's ``lupdate`` over ``backupgui/ui``, ``backupgui/app.py``, ``core_strings.py`` and
``qt_strings.py`` into every ``backupgui_<lang>.ts`` (new strings arrive as "unfinished",
vanished ones are dropped; English keeps only its plural forms); (3) fill Qt's own button texts
from Qt's translations where Qt has them; (4) run ``lrelease`` into ``backupgui_<lang>.qm``
(unfinished strings are left out, so the English text shows until someone translates them).
The .qm files are committed, so installing backupgui needs no Qt tools. See docs/TRANSLATING.md.
"""

from __future__ import annotations

import argparse
import ast
import filecmp
import io
import shutil
import subprocess
import sys
import tempfile
import tokenize
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from . import CODES, SOURCE_LANGUAGE, translations_dir
from .extract import core_catalog, render_module
from .textcheck import doc_problems, text_problems

HERE = translations_dir()
PACKAGE = HERE.parent
CORE_STRINGS = HERE / "core_strings.py"
QT_STRINGS = HERE / "qt_strings.py"
#: Contexts that hold Qt's own texts (qt_strings.py); pre-filled from Qt's translations.
QT_CONTEXTS = ("QPlatformTheme", "QWizard", "QLineEdit", "QWidgetTextControl",
               "QAbstractSpinBox", "QMessageBox")


def _tool(name: str) -> str:
    """Qt's lupdate/lrelease as shipped inside PySide6 (what pyside6-lupdate runs)."""
    import PySide6

    exe = Path(PySide6.__file__).resolve().parent / (name + (".exe" if sys.platform == "win32"
                                                              else ""))
    if exe.is_file():
        return str(exe)
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e '.[test]')")
    return found


def sources(package: Path = PACKAGE) -> list[Path]:
    """The Python files lupdate reads."""
    files = sorted((package / "ui").rglob("*.py"))
    files += [package / "app.py", package / "i18n" / "core_strings.py",
              package / "i18n" / "qt_strings.py"]
    return [f for f in files if f.is_file()]


def ts_files(folder: Path = HERE) -> dict[str, Path]:
    """{language code: .ts file} for every backupgui_<code>.ts in the folder."""
    return {p.stem.removeprefix("backupgui_"): p for p in sorted(folder.glob("backupgui_*.ts"))}


def write_core_strings(package: Path = PACKAGE, target: Path = CORE_STRINGS) -> bool:
    """Regenerate core_strings.py; True if it changed."""
    text = render_module(core_catalog(package))
    if target.is_file() and target.read_text(encoding="utf-8") == text:
        return False
    target.write_text(text, encoding="utf-8")
    return True


def run_lupdate(ts: list[Path], *, plural_only: bool = False, package: Path = PACKAGE) -> None:
    if not ts:
        return
    args = [_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none"]
    if plural_only:
        args.append("-pluralonly")
    args += [str(s) for s in sources(package)]
    args += ["-ts", *[str(t) for t in ts]]
    subprocess.run(args, check=True)


def run_lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)],
                   check=True)


def prefill_qt_texts(ts: Path, code: str) -> int:
    """Copy Qt's own translation into unfinished Qt-context messages; returns how many."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    qt = QTranslator()
    if not qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        return 0
    tree = ET.parse(ts)
    filled = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        if name not in QT_CONTEXTS:
            continue
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") != "unfinished" or tr.text:
                continue
            text = qt.translate(name, msg.findtext("source") or "")
            if text:
                tr.text = text
                del tr.attrib["type"]
                filled += 1
    if filled:
        _write_ts(tree, ts)
    return filled


def _write_ts(tree: ET.ElementTree, path: Path) -> None:
    """Write a .ts the way lupdate does (so a later lupdate run changes nothing)."""
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


@dataclass(frozen=True)
class Status:
    code: str
    total: int
    finished: int
    unfinished: list[tuple[str, str]]  # (context, source)


def status(ts: Path) -> Status:
    """Counts of a .ts file (vanished/obsolete entries are not counted)."""
    root = ET.parse(ts).getroot()
    total = finished = 0
    todo: list[tuple[str, str]] = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            kind = tr.get("type") if tr is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            total += 1
            forms = [f.text or "" for f in tr.iter("numerusform")] if tr is not None else []
            empty = (not forms and not tr.text) if tr is not None else True
            if forms:
                empty = any(not f for f in forms)
            if kind == "unfinished" or empty:
                todo.append((name, msg.findtext("source") or ""))
            else:
                finished += 1
    code = ts.stem.removeprefix("backupgui_")
    return Status(code, total, finished, todo)


def messages(ts: Path) -> set[tuple[str, str, bool]]:
    """(context, source, plural) of every live message in a .ts file."""
    root = ET.parse(ts).getroot()
    out = set()
    for ctx in root.iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") in ("vanished", "obsolete"):
                continue
            out.add((ctx.findtext("name") or "", msg.findtext("source") or "",
                     msg.get("numerus") == "yes"))
    return out


def notes(ts: Path) -> dict[tuple[str, str, str], str]:
    """{(context, source, disambiguation): note for translators} of every live message of a
    .ts file; the note is lupdate's ``<extracomment>`` ("" when there is none)."""
    out: dict[tuple[str, str, str], str] = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") in ("vanished", "obsolete"):
                continue
            key = (ctx.findtext("name") or "", msg.findtext("source") or "",
                   msg.findtext("comment") or "")
            out[key] = msg.findtext("extracomment") or ""
    return out


# The calls lupdate takes a string from in Python: a ``#:`` comment before one is its note.
_TR_CALLS = frozenset({"tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP",
                       "QT_TRANSLATE_NOOP3", "QT_TR_N_NOOP", "QT_TRANSLATE_N_NOOP"})


def misplaced_notes(package: Path = PACKAGE) -> list[str]:
    """``#:`` comments in lupdate's sources that are not directly above a translation call (or
    a statement holding one). lupdate gives every ``#:`` line to the next string it meets, however far
    (even in the next file), so a developer's ``#:`` constant doc became a misleading note on
    some unrelated string; a comment for developers is a plain ``#``."""
    problems: list[str] = []
    root = package.parent
    for src in sources(package):
        text = src.read_text(encoding="utf-8")
        blocks: list[int] = []  # the last line of each run of ``#:`` lines
        for tok in tokenize.generate_tokens(io.StringIO(text).readline):
            if tok.type == tokenize.COMMENT and tok.string.startswith("#:"):
                line = tok.start[0]
                if blocks and blocks[-1] == line - 1:
                    blocks[-1] = line
                else:
                    blocks.append(line)
        if not blocks:
            continue
        tree = ast.parse(text)
        ends: dict[int, int] = {}  # a statement's first line -> its last line
        calls: list[int] = []
        for node in ast.walk(tree):
            if isinstance(node, ast.stmt):
                ends[node.lineno] = max(ends.get(node.lineno, 0), node.end_lineno or node.lineno)
            elif isinstance(node, ast.Call):
                f = node.func
                name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
                if name in _TR_CALLS:
                    calls.append(node.lineno)
        for last in blocks:
            start = last + 1
            end = ends.get(start, start)  # (a call inside an expression: its own line)
            if not any(start <= c <= end for c in calls):
                where = src.relative_to(root) if src.is_relative_to(root) else src
                problems.append(
                    f"{where}:{last}: a '#:' comment is a note for translators, but the next "
                    "line has no tr() or translate(): lupdate gives it to the "
                    "next string it meets (write '#' for a comment for developers)")
    return problems


def update(add: list[str] | None = None, folder: Path = HERE) -> dict[str, Path]:
    """Steps 1-4 of the module docstring, in place; returns the .ts files."""
    write_core_strings(folder.parent, folder / "core_strings.py")
    files = ts_files(folder)
    for code in add or []:
        files.setdefault(code, folder / f"backupgui_{code}.ts")
    translated = [p for c, p in files.items() if c != SOURCE_LANGUAGE]
    run_lupdate(translated, package=folder.parent)
    if SOURCE_LANGUAGE in files:
        run_lupdate([files[SOURCE_LANGUAGE]], plural_only=True, package=folder.parent)
    for code, ts in files.items():
        if code != SOURCE_LANGUAGE:
            prefill_qt_texts(ts, code)
        run_lrelease(ts, ts.with_suffix(".qm"))
    return files


def check(folder: Path = HERE) -> list[str]:
    """What is stale, without changing anything: core_strings.py, a .ts missing or keeping
    strings the sources no longer have, or keeping a note for translators the sources no
    longer give, a ``#:`` note that lupdate would give to the wrong string, a .qm not compiled
    from its .ts."""
    problems: list[str] = misplaced_notes(folder.parent)
    core = folder / "core_strings.py"
    if not core.is_file() or core.read_text(encoding="utf-8") != render_module(
            core_catalog(folder.parent)):
        problems.append("core_strings.py is out of date")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for code, ts in ts_files(folder).items():
            copy = work / ts.name
            shutil.copyfile(ts, copy)
            # lupdate reads the committed core_strings.py; a stale one is reported above.
            run_lupdate([copy], plural_only=code == SOURCE_LANGUAGE, package=folder.parent)
            new, old = messages(copy), messages(ts)
            for ctx, src, _p in sorted(new - old):
                problems.append(f"{ts.name}: new string not in the file: [{ctx}] {src!r}")
            for ctx, src, _p in sorted(old - new):
                problems.append(f"{ts.name}: string no longer in the sources: [{ctx}] {src!r}")
            fresh_notes, old_notes = notes(copy), notes(ts)
            for key in sorted(fresh_notes.keys() & old_notes.keys()):
                if fresh_notes[key] != old_notes[key]:
                    problems.append(
                        f"{ts.name}: the note for translators of [{key[0]}] {key[1]!r} is "
                        f"{old_notes[key]!r}, the sources give {fresh_notes[key]!r}")
            qm = ts.with_suffix(".qm")
            fresh = work / qm.name
            run_lrelease(ts, fresh)
            if not qm.is_file() or not filecmp.cmp(qm, fresh, shallow=False):
                problems.append(f"{qm.name} is not compiled from {ts.name}")
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m backupgui.i18n.update",
                                 description="Update backupgui's translation files.")
    ap.add_argument("--add", action="append", metavar="LANG", default=[],
                    help="start a new language (Qt code such as fr or pt_PT)")
    ap.add_argument("--check", action="store_true", help="report stale files and problems in the translations' text, change nothing")
    ap.add_argument("--status", action="store_true", help="only print the counts")
    args = ap.parse_args(argv)
    if args.check:
        problems = check()
        for p in problems:
            print(p)
        print("translations are up to date" if not problems else
              f"{len(problems)} problem(s): run python -m backupgui.i18n.update")
        texts = [p for code, ts in ts_files().items() if code != SOURCE_LANGUAGE
                 for p in text_problems(ts, code)]
        for p in texts:
            print(p)
        if texts:
            print(f"{len(texts)} problem(s) in the translations' text: see docs/TRANSLATING.md")
        # the English docs by the source's rules, in a checkout (an installed package has none)
        docs = doc_problems(HERE.parents[1]) if (HERE.parents[1] / "docs").is_dir() else []
        for p in docs:
            print(p)
        if docs:
            print(f"{len(docs)} problem(s) in the docs' words: see docs/TRANSLATING.md")
        return 1 if problems or texts or docs else 0
    files = ts_files() if args.status else update(args.add)
    width = max(len(c) for c in files) if files else 2
    for code, ts in files.items():
        st = status(ts)
        print(f"{code:<{width}}  {st.finished:4d}/{st.total:<4d} finished, "
              f"{len(st.unfinished):4d} unfinished  {ts.name}")
    for code in (c for c in args.add if c not in CODES):
        print(f"\nNew language {code}: add Language({code!r}, …) to LANGUAGES in "
              "backupgui/i18n/__init__.py, then translate backupgui_" + code + ".ts "
              "(pyside6-linguist) and run this command again.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
