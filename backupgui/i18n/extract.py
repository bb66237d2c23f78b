"""Find the core's sentences for people, so the UI can show them translated (no Qt here).

The core (engine, format, destinations, library, …) does not import Qt, so it cannot call
``tr()``: its errors and progress phases are English. This module reads the core's source with
``ast`` and collects

* the first argument and ``hint=`` of every ``…Error(…)`` / ``…Needed(…)`` /
  ``NotConfigured(…)`` raised or built (not Python's own exceptions); a local name is
  followed to what the function assigns to it, a conditional gives both branches,
* class-level ``hint = "…"`` of error classes,
* ``Progress("phase", …)`` phases,
* ``problems.append("…")`` of settings validation,
* ``….warn("…")``: an importer's warnings (the import dialogs show them),
* the reason of a ``Decision(action, code, "reason")`` (why an automatic run waits),
* both arguments of an importer's ``….skip(where, why)`` ("line %1", "binary data"): lower-case
  fragments, shown as "%1: %2" by the import dialog; a conditional ``a if c else b`` gives both
  branches, and a plain name is followed to what the same function assigns to it,
* the keys of a phone importer's ``skipped["why"] += 1`` counters,
* what the functions of ``_SENTENCE_FUNCTIONS`` return (a sentence per case), and of
  ``_FRAGMENT_FUNCTIONS`` (a phrase per case, said inside a sentence: a backup's damage),
* ``warnings.append("…")`` in ``engine/`` (a backup's or listing's warnings the GUI shows),
* ``INDIRECT``: reasons that reach ``skip`` through a helper's return value (checked to
  still be in the source by the tests),

as templates: an f-string ``f"There is no backup {name}."`` becomes
``"There is no backup %1."``. ``update.py`` writes them to ``core_strings.py`` inside
``QT_TRANSLATE_NOOP("core", …)`` so ``pyside6-lupdate`` puts them in the .ts files, and the UI's
``translate_message`` matches a message against the templates and fills the translation's
%1, %2 … with the parts it captured. A ``# translators: …`` comment right above a string is its
note for translators (``NOTE_MARK``), written as lupdate's ``#:`` so it reaches every .ts file's
``<extracomment>``.
"""

from __future__ import annotations

import ast
import builtins
import io
import tokenize
from collections.abc import Iterator
from pathlib import Path

CONTEXT = "core"
#: Parts of the package whose strings never reach the GUI: the servers and their internals,
#: and the command line. ui/ is read too: an error it raises with a plain literal, or an
#: error class's ``hint``, is shown the same way.
SKIP = ("services/", "cli.py", "selftest.py", "app.py", "i18n/", "vault/hsm.py",
        "vault/opaque.py", "vault/oprf.py", "vault/keywrap.py", "vault/ksf.py",
        "vault/service.py", "vault/store.py")
_BUILTIN = frozenset(dir(builtins))
_FACTORIES = ("NotConfigured",)
#: Other calls whose argument at this position is a reason shown to people (the history of
#: automatic runs shows why one was postponed or skipped).
_REASONS = {"Decision": 2}
#: Functions that return a whole sentence for people (one return per case), by file: every
#: string their ``return`` statements give is a template.
_SENTENCE_FUNCTIONS = {
    "engine/rollback.py": ("rolled_back_message", "retired_message", "record_in_vault"),
    "engine/keys.py": ("_retire",),
    "engine/locks.py": ("busy_message", "retention_skipped_message"),
    "engine/vaultretire.py": ("retired_record_message",),
    "automation/runlock.py": ("busy_message",),
    "destinations/netguard.py": ("unusable_proxy_message",),
    "engine/verify.py": ("_damaged_message",),
    "library/importers/common.py": ("zip_damaged",),
    "library/importers/whatsapp_db/hostile.py": ("database_problem",),
}
#: Functions that return a whole lower-case phrase per case, said inside a sentence's %1
#: ("The backup is damaged: %1."): what a damaged object's problem is (format/damage.py).
_FRAGMENT_FUNCTIONS = {
    "format/damage.py": ("pack_problem", "blob_cut_short", "not_a_file", "not_a_folder",
                         "messages_problem",
                         "file_problem", "manifest_problem", "reason"),
    "oswords.py": ("problem",),
    # a message's versions mark (the viewer translates them, the CLI says them in English)
    "library/model.py": ("origin_template", "versions_template", "other_chat_template"),
}
#: Messages that reach a skip list or a warnings list through a value a helper returned (the
#: WhatsApp parser's clock, the vault's record of the newest backup, verify's list of
#: objects outside the backup), or a sentence's %N through an exception's text, so no call
#: shows them;
#: ``source_templates`` must still find each one (tests/ui/test_i18n.py checks).
INDIRECT = (
    # translators: %1: the key vault's error, a whole sentence of its own
    "The key vault could not record this backup as the newest, so a restore on another "
    "computer cannot tell whether the backup storage was rolled back (%1)",
    # the vault's record could not be read (``rollback.vault_known``)
    # translators: %1: the key vault's error, a whole sentence of its own
    "The key vault could not say which backup is the newest (%1)",
    "unknown AM/PM marker in the time",
    # translators: %1: hours, %2: minutes, as the export wrote them, %3: 12 (a clock with AM and PM)
    "impossible time %1:%2 on a %3-hour clock",
    "invalid date or time (%1)",
    "pack %1 is in no index and was made by a newer version of backupgui (format version "
    "%2): update backupgui before the next backup",
    "pack %1 is in no index (left by an interrupted backup; the next backup adopts it)",
    "pack %1 is in no index and does not authenticate; ignored",
    "unknown object %1 (not a backupgui name); ignored",
    "backup set %1 has no settings (a change of key may have been interrupted); ignored",
    "backup set %1 has damaged settings; ignored",
    "backup set %1 does not open with this key or password; ignored",
    # the set's own objects that are not part of the backup (``Repo.ignored``, ``Snapshots``)
    "unknown object %1 (not a backupgui name)",
    # (format/damage.py's ``reason``)
    # translators: %1: the index's internal name (hexadecimal digits), %2: why, a lower-case
    # clause (such as: it is cut short)
    "index %1 is ignored: %2",
    # translators: %1: the backup's internal name (hexadecimal digits), %2: why, a lower-case
    # clause (such as: it is cut short)
    "snapshot %1 is ignored: %2",
    # the problems a verify lists under "The backup is damaged …: %1." (joined with "; ";
    # translate_message translates each; engine/verify.py, engine/packread.py; the phrases of
    # format/damage.py are read from its functions)
    "blob %1 is not in any pack",
    "messages blob %1 is larger than the format allows",
    "pack %1 is missing",
    "media blob %1 has the wrong content",
    # the name of an Android phone's database in whatsapp_db/hostile.py's sentences
    # ("%1 is damaged."), given to ``translate`` by android.py
    "The message database",
)


def template(node: ast.expr) -> str | None:
    """A string literal as is; an f-string with %1, %2 … for its fields; else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        out: list[str] = []
        n = 0
        for part in node.values:
            if isinstance(part, ast.Constant):
                out.append(str(part.value))
            else:
                n += 1
                out.append(f"%{n}")
        return "".join(out)
    return None


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _is_sentence(text: str) -> bool:
    """Messages for people start with a capital (or a %1 name, or the app's own name, which
    is written in lower case) and have several words; lower-case fragments are technical
    details that go inside such a sentence."""
    text = text.strip()
    return " " in text and (text[0].isupper() or text.startswith(("%", "backupgui ")))


def _branches(node: ast.expr, assigned: dict[str, list[ast.expr]],
              depth: int = 0) -> Iterator[str]:
    """Templates an expression can be: both branches of ``a if c else b``; a name's
    assignments in the same function (one step deep)."""
    if isinstance(node, ast.IfExp):
        yield from _branches(node.body, assigned, depth)
        yield from _branches(node.orelse, assigned, depth)
    elif isinstance(node, ast.Name) and depth == 0:
        for value in assigned.get(node.id, ()):
            yield from _branches(value, assigned, depth + 1)
    else:
        t = template(node)
        if t and t.strip():
            yield t


def _assignments(tree: ast.AST) -> dict[ast.AST, dict[str, list[ast.expr]]]:
    """{function: {name: values assigned to it}}, for following a skip's plain names."""
    out: dict[ast.AST, dict[str, list[ast.expr]]] = {}
    for fn in ast.walk(tree):
        if isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef):
            names: dict[str, list[ast.expr]] = {}
            for node in ast.walk(fn):
                if isinstance(node, ast.Assign):
                    for target in node.targets:
                        if isinstance(target, ast.Name):
                            names.setdefault(target.id, []).append(node.value)
            out[fn] = names
    return out


def _skip_strings(tree: ast.AST) -> Iterator[str]:
    """Both arguments of ``x.skip(where, why)`` and the keys of ``skipped[why] += 1``."""
    for fn, assigned in _assignments(tree).items():
        for node in ast.walk(fn):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "skip" and len(node.args) == 2):
                for arg in node.args:
                    yield from _branches(arg, assigned)
            elif (isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Subscript)
                  and _name(node.target.value) == "skipped"):
                yield from _branches(node.target.slice, {})


def _engine_warnings(tree: ast.AST) -> Iterator[str]:
    """``warnings.append(…)`` / ``x.warnings.append(…)``: the engine's warnings lists."""
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "append" and _name(node.func.value) == "warnings"
                and len(node.args) == 1):
            t = template(node.args[0])
            if t and _is_sentence(t):
                yield t


def source_templates(package: Path) -> set[str]:
    """Every string literal and f-string template of the package outside i18n/ (which holds
    INDIRECT itself), to check INDIRECT."""
    found: set[str] = set()
    for path in sorted(package.rglob("*.py")):
        if path.relative_to(package).as_posix().startswith("i18n/"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr | ast.Constant):
                t = template(node)  # type: ignore[arg-type]
                if t:
                    found.add(t)
    return found


def _returned(tree: ast.AST, names: tuple[str, ...], fragments: bool = False) -> Iterator[str]:
    """The sentences the functions ``names`` return (both branches of a conditional);
    ``fragments``: lower-case phrases too."""
    for fn in ast.walk(tree):
        if isinstance(fn, ast.FunctionDef) and fn.name in names:
            for node in ast.walk(fn):
                if isinstance(node, ast.Return) and node.value is not None:
                    yield from (t for t in _branches(node.value, {})
                                if fragments or _is_sentence(t))


def _module_strings(tree: ast.AST) -> dict[str, ast.expr]:
    """A module's own string constants (``_FULL_HINT = "Free up space …"``, or an f-string of
    constants), so that an error given ``hint=_FULL_HINT`` is found as well as one given the
    text itself."""
    out: dict[str, ast.expr] = {}
    for st in getattr(tree, "body", ()):
        if (isinstance(st, ast.Assign) and len(st.targets) == 1
                and isinstance(st.targets[0], ast.Name) and template(st.value) is not None):
            out[st.targets[0].id] = st.value
    return out


def error_classes(package: Path) -> dict[str, list[str]]:
    """{class name: its bases' names} of every class in the package (servers included), to
    tell a ``BackupError`` from a parser's own ``ValueError``."""
    out: dict[str, list[str]] = {}
    for path in sorted(package.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                out.setdefault(node.name, []).extend(_name(b) for b in node.bases)
    return out


def _internal(name: str, classes: dict[str, list[str]]) -> bool:
    """An exception of the package that is not a ``BackupError``: a parser's own error (the
    WhatsApp header's ``ProtoError``, the backup JSON reader's ``JsonError``) that its caller
    always turns into a sentence of its own, its text going to the log only. Its words never
    reach a person, so they are not offered for translation."""
    seen: set[str] = set()
    todo = [name]
    while todo:
        cls = todo.pop()
        if cls == "BackupError":
            return False
        if cls in seen:
            continue
        seen.add(cls)
        todo += classes.get(cls, ())
    return name in classes


def _strings(tree: ast.AST, classes: dict[str, list[str]] | None = None) -> Iterator[str]:
    classes = classes or {}
    consts = _module_strings(tree)
    # the innermost function's assignments for each call: an error built from a local
    # ``message = f"…"`` (one per case) is found as well as one given the text itself
    local: dict[ast.AST, dict[str, list[ast.expr]]] = {}
    for fn, assigned in _assignments(tree).items():
        for node in ast.walk(fn):
            local[node] = assigned
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            fn = _name(node.func)
            if fn in _REASONS and len(node.args) > _REASONS[fn]:
                t = template(node.args[_REASONS[fn]])
                if t and _is_sentence(t):
                    yield t
            elif fn == "Progress" and node.args:
                t = template(node.args[0])
                # "url": a lower-case marker between threads, never shown; "Preparing" is a
                # phase like "Encrypting and uploading"
                if t and not (t.isidentifier() and t.islower()):
                    yield t
            elif (fn.endswith(("Error", "Needed")) and fn not in _BUILTIN
                  and not _internal(fn, classes)) or fn in _FACTORIES:
                texts = [node.args[0]] if node.args else []
                texts += [k.value for k in node.keywords if k.arg == "hint"]
                texts = [consts.get(a.id, a) if isinstance(a, ast.Name) else a for a in texts]
                for arg in texts:
                    for t in _branches(arg, local.get(node, {})):
                        if _is_sentence(t):
                            yield t
            elif (fn == "append" and isinstance(node.func, ast.Attribute)
                  and isinstance(node.func.value, ast.Name) and node.func.value.id == "problems"
                  and node.args) or (fn == "warn" and isinstance(node.func, ast.Attribute)
                                     and not (isinstance(node.func.value, ast.Name)
                                              and node.func.value.id == "warnings")
                                     and node.args):
                t = template(node.args[0])
                if t and _is_sentence(t):
                    yield t
        elif isinstance(node, ast.ClassDef):
            for st in node.body:
                if isinstance(st, ast.Assign) and any(
                        isinstance(t, ast.Name) and t.id == "hint" for t in st.targets):
                    t = template(st.value)
                    if t and _is_sentence(t):
                        yield t


#: How a note for translators starts: a comment block right above the line where the string
#: starts, its first line ``# translators: …``, further comment lines continuing it.
#: (Not Qt's ``#:``, which the core already uses for attribute docs that translators need
#: not read.) ``core_strings.py`` writes the note as ``#:``, so lupdate puts it in every
#: .ts file's ``<extracomment>``: shown to translators, no part of the message's identity, so
#: the UI's lookup by source text is unchanged and a new note keeps existing translations.
NOTE_MARK = "# translators:"


def _comment_lines(source: str) -> dict[int, str]:
    """{line: comment text} of the lines that hold only a comment."""
    out: dict[int, str] = {}
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type == tokenize.COMMENT and not tok.line[:tok.start[1]].strip():
            out[tok.start[0]] = tok.string.strip()
    return out


def _note_above(comments: dict[int, str], line: int) -> str:
    """The translators' note in the comment block right above ``line`` ("" if none)."""
    block: list[str] = []
    n = line - 1
    while n in comments:
        block.insert(0, comments[n])
        n -= 1
    for i, text in enumerate(block):
        if text.lower().startswith(NOTE_MARK):
            parts = [text[len(NOTE_MARK):]] + [t.lstrip("#") for t in block[i + 1:]]
            return " ".join(p.strip() for p in parts if p.strip())
    return ""


def _notes(tree: ast.AST, source: str, wanted: set[str],
           within: ast.AST | None = None) -> Iterator[tuple[str, str]]:
    """(template, note) of the strings in ``wanted`` that have a translators' note above
    them (only inside ``within`` if given)."""
    comments = _comment_lines(source)
    if not any(t.lower().startswith(NOTE_MARK) for t in comments.values()):
        return
    for node in ast.walk(within or tree):
        if isinstance(node, ast.JoinedStr | ast.Constant):
            t = template(node)  # type: ignore[arg-type]
            if t in wanted:
                note = _note_above(comments, node.lineno)
                if note:
                    yield t, note


def _file_messages(tree: ast.AST, rel: str, classes: dict[str, list[str]]) -> set[str]:
    found = set(_strings(tree, classes))
    if rel.startswith("library/importers/"):
        found.update(_skip_strings(tree))
    if rel.startswith("engine/"):
        found.update(_engine_warnings(tree))
    if rel in _SENTENCE_FUNCTIONS:
        found.update(_returned(tree, _SENTENCE_FUNCTIONS[rel]))
    if rel in _FRAGMENT_FUNCTIONS:
        found.update(_returned(tree, _FRAGMENT_FUNCTIONS[rel], fragments=True))
    return found


def core_catalog(package: Path) -> dict[str, str]:
    """{template: note for translators ("" if none)} of every user-facing core string under
    ``package`` (the backupgui folder). A string noted in several places gets each distinct
    note, in the order of the files, joined with " / "."""
    notes: dict[str, list[str]] = {}
    classes = error_classes(package)
    for path in sorted(package.rglob("*.py")):
        rel = path.relative_to(package).as_posix()
        if rel.startswith(SKIP):
            continue
        source = path.read_text(encoding="utf-8")
        tree = ast.parse(source, str(path))
        found = _file_messages(tree, rel, classes)
        for t in found:
            notes.setdefault(t, [])
        for t, note in _notes(tree, source, found):
            if note not in notes[t]:
                notes[t].append(note)
    # INDIRECT's own notes, written above its entries in this file
    here = Path(__file__)
    source = here.read_text(encoding="utf-8")
    tree = ast.parse(source, str(here))
    indirect = next(n for n in ast.walk(tree) if isinstance(n, ast.Assign)
                    and any(isinstance(t, ast.Name) and t.id == "INDIRECT" for t in n.targets))
    for t in INDIRECT:
        notes.setdefault(t, [])
    for t, note in _notes(tree, source, set(INDIRECT), indirect.value):
        if note not in notes[t]:
            notes[t].append(note)
    return {t: " / ".join(notes[t]) for t in sorted(notes)}


def core_messages(package: Path) -> list[str]:
    """All user-facing core strings under ``package`` (the backupgui folder), sorted."""
    return list(core_catalog(package))


HEADER = '''"""The core's messages for people, for pyside6-lupdate (generated: do not edit).

Written by ``python -m backupgui.i18n.update`` from the core's source (``extract.py``); the UI
matches messages against these templates (``backupgui/ui/language.py``). No Qt import: the
marker below only has to look like Qt's to lupdate.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate's marker
    return text


MESSAGES = (
'''


def render_module(messages: list[str] | dict[str, str]) -> str:
    """core_strings.py: one ``QT_TRANSLATE_NOOP`` per message, a note for translators above
    it as lupdate's ``#:`` comment (one line: the note has no line breaks)."""
    notes = messages if isinstance(messages, dict) else dict.fromkeys(messages, "")
    body = "".join(
        (f"    #: {' '.join(notes[m].split())}\n" if notes[m] else "")
        + f"    QT_TRANSLATE_NOOP({CONTEXT!r}, {m!r}),\n" for m in sorted(notes))
    return HEADER + body + ")\n"
