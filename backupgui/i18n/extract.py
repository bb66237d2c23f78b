"""Find the core's sentences for people, so the UI can show them translated (no Qt here).

The core (engine, format, destinations, library, …) does not import Qt, so it cannot call
``tr()``: its errors and progress phases are English. This module reads the core's source with
``ast`` and collects

* the first argument and ``hint=`` of every ``…Error(…)`` / ``…Needed(…)`` /
  ``NotConfigured(…)`` raised or built (not Python's own exceptions),
* class-level ``hint = "…"`` of error classes,
* ``Progress("phase", …)`` phases,
* ``problems.append("…")`` of settings validation,
* ``….warn("…")``: an importer's warnings (the import dialogs show them),
* the reason of a ``Decision(action, code, "reason")`` (why an automatic run waits),

as templates: an f-string ``f"There is no backup {name}."`` becomes
``"There is no backup %1."``. ``update.py`` writes them to ``core_strings.py`` inside
``QT_TRANSLATE_NOOP("core", …)`` so ``pyside6-lupdate`` puts them in the .ts files, and the UI's
``translate_message`` matches a message against the templates and fills the translation's
%1, %2 … with the parts it captured.
"""

from __future__ import annotations

import ast
import builtins
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
    """Messages for people start with a capital (or a %1 name) and have several words;
    lower-case fragments are technical details that go inside such a sentence."""
    text = text.strip()
    return " " in text and (text[0].isupper() or text.startswith("%"))


def _strings(tree: ast.AST) -> Iterator[str]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            fn = _name(node.func)
            if fn in _REASONS and len(node.args) > _REASONS[fn]:
                t = template(node.args[_REASONS[fn]])
                if t and _is_sentence(t):
                    yield t
            elif fn == "Progress" and node.args:
                t = template(node.args[0])
                if t and not t.isidentifier():  # "url": a marker between threads, never shown
                    yield t
            elif (fn.endswith(("Error", "Needed")) and fn not in _BUILTIN) or fn in _FACTORIES:
                texts = [node.args[0]] if node.args else []
                texts += [k.value for k in node.keywords if k.arg == "hint"]
                for arg in texts:
                    t = template(arg)
                    if t and _is_sentence(t):
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


def core_messages(package: Path) -> list[str]:
    """All user-facing core strings under ``package`` (the backupgui folder), sorted."""
    found: set[str] = set()
    for path in sorted(package.rglob("*.py")):
        rel = path.relative_to(package).as_posix()
        if rel.startswith(SKIP):
            continue
        found.update(_strings(ast.parse(path.read_text(encoding="utf-8"), str(path))))
    return sorted(found)


HEADER = '''"""The core's messages for people, for pyside6-lupdate (generated: do not edit).

Written by ``python -m backupgui.i18n.update`` from the core's source (``extract.py``); the UI
matches messages against these templates (``backupgui/ui/language.py``). No Qt import: the
marker below only has to look like Qt's to lupdate.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate's marker
    return text


MESSAGES = (
'''


def render_module(messages: list[str]) -> str:
    body = "".join(f"    QT_TRANSLATE_NOOP({CONTEXT!r}, {m!r}),\n" for m in messages)
    return HEADER + body + ")\n"
