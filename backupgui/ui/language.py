"""The language the UI runs in: backupgui's translation, Qt's own (standard buttons and dialogs),
the locale for numbers and dates, and the layout direction (Arabic runs right to left).

The language is chosen once, at start-up, before any window exists: the Settings value
(``AppSettings.language``: a code from ``backupgui.i18n.LANGUAGES``, or "" for the system's),
else the system's preferred languages (``QLocale.system().uiLanguages()``, i.e. ``LANGUAGE``,
``LC_ALL``/``LC_MESSAGES``/``LANG`` on Linux). A change in Settings applies after a restart.
Also ``translate_message``: the core's English messages (errors, progress phases) in the UI's
language, matched against the templates in ``backupgui/i18n/core_strings.py``.
"""

from __future__ import annotations

import logging
import re
from functools import cache

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from .. import i18n
from ..units import parse_size

log = logging.getLogger(__name__)
_installed: list[QTranslator] = []
_current = i18n.SOURCE_LANGUAGE


def system_language() -> str:
    """The shipped language that fits the system's preferred languages best."""
    return i18n.pick_language(QLocale.system().uiLanguages())


def resolve(setting: str) -> str:
    """The language to run in for a Settings value ("" = follow the system)."""
    return setting if setting in i18n.CODES else system_language()


def current_language() -> str:
    return _current


def _locale_for(code: str) -> QLocale:
    """The system locale when it is in the same language (keeps the user's region: ar_MA's
    digits, en_GB's dates), else the language's own default locale."""
    system = QLocale.system()
    wanted = QLocale(code)
    if system.language() == wanted.language() and (
            "_" not in code or system.territory() == wanted.territory()):
        return system
    return wanted


def install_language(code: str, app: QCoreApplication | None = None) -> str:
    """Load the translations of ``code`` (a Settings value: "" = the system's), set the default
    locale and the layout direction. Call before windows are made; returns the code used."""
    global _current
    app = app or QCoreApplication.instance()
    assert app is not None, "install_language needs the QApplication"
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    # (The C/POSIX locale is no user's region: English then formats as en_US, as before.)
    follow_system = (code not in i18n.CODES
                     and QLocale.system().language() != QLocale.Language.C)
    code = resolve(code)
    _current = code
    # Following the system in a language the app does not ship (French, say) gives English
    # words but keeps the system's numbers and dates; QLocale("en") would be en_US's.
    QLocale.setDefault(QLocale.system() if follow_system else _locale_for(code))
    # Qt's first, then ours: the last installed is asked first, so our words win for Qt's
    # texts our files carry (qt_strings.py: the standard buttons, the wizard's, the text
    # fields' menu; pre-filled with Qt's words and checked like ours: Qt's Arabic put
    # access keys inside joined words, "&نعم", "ن&عم للكلّ"), and Qt's fill in the rest.
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if code != i18n.SOURCE_LANGUAGE:
        qt = QTranslator(app)
        if qt.load(QLocale(code), "qtbase", "_", qt_dir):
            app.installTranslator(qt)
            _installed.append(qt)
    ours = QTranslator(app)
    path = i18n.qm_file(code)
    if path.is_file() and ours.load(str(path)):
        app.installTranslator(ours)
        _installed.append(ours)
    elif code != i18n.SOURCE_LANGUAGE:
        log.warning("no translation file for %s at %s", code, path)
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if i18n.is_rtl(code)
                               else Qt.LayoutDirection.LeftToRight)
    log.info("language: %s (locale %s)", code, QLocale().name())
    return code


# --- the core's messages ------------------------------------------------------------------------
@cache
def _templates() -> list[tuple[str, re.Pattern[str], int]]:
    """(template, pattern capturing its %N parts, number of parts), most specific first."""
    from ..i18n.core_strings import MESSAGES

    out = []
    for t in MESSAGES:
        parts = re.split(r"%(\d)", t)
        if len(parts) == 1:
            continue
        literal = "".join(parts[0::2])
        # "%1: %2" would match anything; "line %1" (an import's skip note) is still precise.
        if sum(c.isalpha() for c in literal) < 4:
            continue
        rx = "".join(re.escape(p) if i % 2 == 0 else f"(?P<p{p}_{i}>.+?)"
                     for i, p in enumerate(parts))
        out.append((t, re.compile(rx, re.DOTALL), len(parts) // 2))
    # A template that opens with text before one that opens with %1 (which takes whatever
    # comes first: "%1 is a file, not a folder." would take "Cannot read x: a part of its
    # path" for its %1), then the longer first.
    out.sort(key=lambda x: (x[0].startswith("%"), -len(x[0])))
    return out


def warm_up_messages() -> None:
    """Compile the core messages' patterns now (any thread), not at the first message shown."""
    _templates()


def translate_message(text: str) -> str:
    """A core message (error, hint, progress phase) in the UI's language; unchanged when it
    has no translation. A message built from an f-string is matched against its template and
    the translation gets the same values (file names, counts) in place of %1, %2 …"""
    if not text:
        return text
    exact = QCoreApplication.translate("core", text)
    if exact != text:
        return exact
    for template, rx, _n in _templates():
        m = rx.fullmatch(text)
        if m is None:
            continue
        tr = QCoreApplication.translate("core", template)
        if tr == template:
            return text
        values = {key.split("_")[0][1:]: value for key, value in m.groupdict().items()}
        return _fill(tr, values)
    return text


def _fill(translation: str, values: dict[str, str]) -> str:
    """%1, %2 … of a translation replaced by the captured values, each isolated (FSI … PDI)
    so that a Latin file name keeps its place in an Arabic sentence."""
    return re.sub(r"%(\d)", lambda g: isolate(_value(values[g.group(1)])) if g.group(1) in values
                  else g.group(0), translation)


_DURATION = re.compile(r"(\d+) (second|minute|hour)s?")


def _value(text: str) -> str:
    """A value inside a core message: a duration the core wrote in English ("5 minutes") is
    said in the UI's language, a whole number (a count, a line number) is written with the
    language's digits (Arabic-Indic in Arabic, as every other number on screen), without
    group separators (line 1234, not 1,234), and the minutes of a clock time keep their zero
    ("13:05" is "١٣:٠٥"); a size the core wrote ("3.4 GB") is said with the language's unit
    names and digits; a value that is itself a core message is translated; any other
    value (a name, a path) stays as it is."""
    if text.isascii() and text.isdigit() and len(text) <= 18 and (
            text == "0" or text[0] != "0" or len(text) == 2):
        loc = QLocale()
        loc.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
        return loc.toString(int(text)).rjust(len(text), loc.zeroDigit())
    size = parse_size(text)
    if size is not None:  # "3.4 GB" (units.format_size): in the language's units and digits
        from .widgets.formatting import human_size

        return human_size(size)
    m = _DURATION.fullmatch(text)
    if m is None:
        # a core message inside another ("… newest (%1)" with the vault's error in %1) is
        # translated too; anything else (a name, a path) matches no template and stays
        return _inner_message(text)
    from .widgets.formatting import human_duration

    return human_duration(int(m.group(1)) * {"second": 1, "minute": 60, "hour": 3600}[m.group(2)])


def _inner_message(text: str) -> str:
    """A value that may be a core message, or a list of them joined with "; " (the problems
    in "The backup is damaged (problems found: %1): %2."): each translated, joined the
    language's way. A list is split first when each of its parts is a message (a template
    opening with %1 would take the whole list as its %1); a message with "; " of its own is
    taken whole."""
    if "; " not in text:
        return translate_message(text)
    raw = text.split("; ")
    parts = [translate_message(p) for p in raw]
    done = [p != r for p, r in zip(parts, raw, strict=True)]
    if not all(done):
        whole = translate_message(text)
        if whole != text or not any(done):
            return whole
    #: One problem of a list joined to the next (Arabic writes "؛").
    joined = QCoreApplication.translate("messages", "%1; %2")
    from .widgets.formatting import join_with

    return join_with(joined, parts)


_ISOLATE_OPENERS = frozenset("\u2066\u2067\u2068")  # LRI, RLI, FSI
_PDI = "\u2069"
# Characters that end a paragraph for the bidirectional algorithm (class B): what follows
# one is laid out afresh, outside every isolate opened before it.
_PARAGRAPH_ENDS = str.maketrans(dict.fromkeys("\n\r\x1c\x1d\x1e\x85\u2029", " "))


def isolate(text: str) -> str:
    """``text`` wrapped in Unicode isolates (FSI … PDI), for names, paths and messages put
    inside a translated sentence: each keeps its own direction, so an Arabic chat name in an
    English sentence (or a Latin one in Arabic) shows in the right order.

    The name cannot get out of its isolate to turn the rest of the sentence around
    (docs/SECURITY.md 2.7): a PDI of its own that closes nothing it opened is dropped (it
    would close this isolate early, and an override after it would run to the sentence's
    end), isolates it leaves open are closed, and a paragraph end inside it is a space."""
    if not text:
        return text
    if _PDI in text or not _ISOLATE_OPENERS.isdisjoint(text):
        out, depth = [], 0
        for ch in text:
            if ch in _ISOLATE_OPENERS:
                depth += 1
            elif ch == _PDI:
                if not depth:
                    continue
                depth -= 1
            out.append(ch)
        text = "".join(out) + _PDI * depth
    return "\u2068" + text.translate(_PARAGRAPH_ENDS) + _PDI


def text_direction(text: str, default: Qt.LayoutDirection) -> Qt.LayoutDirection:
    """The direction a piece of user text runs in, from its first strong letter (Unicode's
    rule P2/P3, like WhatsApp's bubbles and HTML's dir=auto); ``default`` when it has none."""
    import unicodedata

    depth = 0  # characters inside an isolate do not decide (rule P2)
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("LRI", "RLI", "FSI"):
            depth += 1
        elif kind == "PDI":
            depth = max(0, depth - 1)
        elif depth == 0 and kind == "L":
            return Qt.LayoutDirection.LeftToRight
        elif depth == 0 and kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
    return default
