"""What a machine can check in a translation's text (``python -m backupgui.i18n.update --check``
runs it; ``tests/ui/test_i18n.py`` runs it per language). See docs/TRANSLATING.md.

- every placeholder of the source (``%1`` … ``%9``, ``%n``/``%Ln`` outside plural strings) is
  kept, as many times as the source has it; a plural string's last form (the general one) keeps
  the number; every plural form is filled in;
- no translation is a long English source copied unchanged (names and short labels such as
  "Google Drive" or "Chat" are not long);
- Arabic writes its own question mark, comma and semicolon (؟ ، ؛), never ASCII ``?`` ``,``
  ``;`` outside code: file-dialog filters, paths, addresses and Latin names keep theirs;
- the register the glossary names (docs/translations/glossary-<lang>.md) is kept: no German
  "Sie", no Spanish "usted" (nor its imperatives "vuelva", "elija" …), no Russian "Вы" capitalised in mid-sentence, no Hindi तुम/तू, no
  Indonesian "kamu".
- a desktop app is clicked, not tapped: no phone word ("tap", "tippen", "tocar", "dokunun",
  "ketuk", "टैप" …) in the source or the translation (the glossaries' "click" row);
- no full stop, "!" or "?" right after an ellipsis ("or use Browse…."): a button named in a
  sentence loses its "…", and a sentence ends on one mark.
- no keyboard shortcut (``&``) that splits what the script draws as one: Qt draws the
  underlined letter on its own, so an Arabic letter joined to a neighbour (``ا&ستيراد``,
  ``&ملف``) loses its joining, and a letter followed by a vowel sign, nukta or virama
  (``&फ़ाइल``) is drawn apart from it. Arabic puts the ``&`` before a letter that joins
  neither neighbour (``&استيراد``, the article's alef ``&النسخة``) or, where the word has
  none, adds the letter in brackets at the end (``ملف (&م)``), as Hindi does (``(&F)``).
"""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

#: Qt's own texts (qt_strings.py) come from Qt's translations and are not ours to check.
_QT_CONTEXTS = ("QPlatformTheme", "QWizard", "QLineEdit", "QWidgetTextControl",
                "QAbstractSpinBox", "QMessageBox")
_NUMBERED = re.compile(r"%L?(\d)")
_COUNT = re.compile(r"%L?n")
_MARKUP = re.compile(r"<[^>]*>")
_WORD = re.compile(r"[A-Za-z]{2,}")
#: A source with at least this many words is a sentence, not a name, if copied unchanged.
LONG_SOURCE_WORDS = 3
#: Sources that stay English in every language (a brand or a file's fixed first line).
SAME_ALLOWED: frozenset[str] = frozenset({
    "backupgui 64-digit backup key", "backupgui key vault recovery code"})

#: In Arabic text, what may keep ASCII punctuation: a file-dialog filter and its ";;", a web
#: address, a path or file name, an option, an isolated (FSI/LRI/LRE … PDI/PDF) or
#: LRM-marked Latin run, and a run of Latin words, digits and their punctuation.
_ARABIC_CODE = re.compile(
    r"\([^()]*\*[^()]*\)|;;|https?://\S+|[\w.~-]*[/\\]\S*|\S+\.\w{1,8}\b|--?\w[\w-]*"
    r"|[\u2066\u2067\u2068\u202a\u202b][^\u2069\u202c]*[\u2069\u202c]"
    r"|[A-Za-z0-9][A-Za-z0-9_ .:()'\"&@#+=-]*(?:[,;?][ ]?[A-Za-z0-9][A-Za-z0-9_ .:()'\"&@#+=-]*)+")
_ASCII_PUNCT = re.compile(r"[?,;]")

#: The register of each language (TRANSLATING.md "Rules of the text", the glossaries): a
#: pattern that only the other register writes.
REGISTER: dict[str, tuple[re.Pattern[str], str]] = {
    "de": (re.compile(r"\b[A-Za-zÄÖÜäöüß]+en Sie\b|(?<=[a-zäöüß,] )Ihr(?:e[mnrs]?)?\b"
                      r"|(?<=[a-zäöüß,] )(?:Ihnen|Sie)\b(?! (?:ist|sind|hat|wird|war)\b)"),
           "'Sie' in a file that says 'du'"),
    # usted's imperatives the tú file never writes (s18's "Vuelva a hacer ...", "desactive allí")
    "es": (re.compile(r"\busted(?:es)?\b|\b(?:[Vv]uelva|[Dd]esactive|[Ee]lija|[Ee]scriba|[Ii]ntroduzca"
                      r"|[Ii]ngrese|[Cc]ompruebe|[Ss]eleccione|[Pp]ulse|[Cc]ámbiela|[Ss]ustituyó)\b",
                      re.I), "'usted' in a file that says 'tú'"),
    "ru": (re.compile(r"(?<=[^\s.!?:;…\n] )(?:Вы|Вас|Вам|Вами|Ваш\w*)\b"),
           "'Вы' capitalised mid-sentence: the file writes 'вы'"),
    "hi": (re.compile(r"तुम|(?<![\u0900-\u097F])तू(?![\u0900-\u097F])|तेरा|तेरी|तेरे"),
           "'तुम'/'तू' in a file that says 'आप'"),
    "id": (re.compile(r"\b(?:kamu|kau|dikau)\b", re.I), "'kamu' in a file that says 'Anda'"),
}

#: A phone's "tap" where a desktop says "click" (docs/translations/glossary-<lang>.md, "click").
_TOUCH_EN = re.compile(r"\b[Tt]ap(?:s|ped|ping)?\b")
TOUCH: dict[str, re.Pattern[str]] = {
    "de": re.compile(r"\b[Tt]ipp(?:e|st|t|en)\b"),
    "es": re.compile(r"\b[Tt]o(?:ca|car|que)\b"),
    "pt_BR": re.compile(r"\b[Tt]o(?:ca|car|que)\s+(?:em|no|na|nos|nas|duas)\b"),
    "ru": re.compile(r"\b(?:[Кк]оснитесь|[Кк]оснуться|[Тт]апните|[Тт]апнуть)\b"),
    "tr": re.compile(r"\b[Dd]okun(?:un|mak|duğunuzda|duğumda)?\b"),
    "id": re.compile(r"\b(?:[Kk]etuk|[Mm]engetuk)\b"),
    "hi": re.compile(r"टैप"),
    "ar": re.compile(r"(?<!\w)(?:المس|انقر نقرًا خفيفًا)(?!\w)"),
}
#: "Browse…." : an ellipsis then a sentence's end mark.
_ELLIPSIS_STOP = re.compile(r"…[.!?]")


#: Arabic letters that join only the letter before them (Unicode joining type R), or none (U):
#: underlined, such a letter keeps the word's joining where the letter before it does not join
#: forward. Every other Arabic letter joins both sides (type D; the tatweel joins too).
_ARABIC_RIGHT_ONLY = frozenset("آأؤإاةدذرزوٱٲٳٵٶٷڈډڊڋڌڍڎڏڐڑڒړڔڕږڗژڙۀۃۄۅۆۇۈۉۊۋۍۏەۮۯ")
_ARABIC_NONE = frozenset("ء")


def _arabic_letter(c: str) -> bool:
    return ("\u0620" <= c <= "\u064a" or "\u066e" <= c <= "\u06d3" or c == "\u06d5"
            or "\u06ee" <= c <= "\u06ff" or c == "\u0640") and unicodedata.category(c) != "Mn"


def _joins_forward(c: str) -> bool:
    """Whether ``c`` connects to the letter after it (Arabic dual-joining or the tatweel)."""
    return _arabic_letter(c) and c not in _ARABIC_RIGHT_ONLY and c not in _ARABIC_NONE


def _joins_back(c: str) -> bool:
    return _arabic_letter(c) and c not in _ARABIC_NONE


def mnemonic_splits(text: str) -> list[str]:
    """Each keyboard shortcut of ``text`` whose underlined letter the script draws joined to,
    or combined with, a neighbour (see the module's docstring), as the letter with its
    neighbours."""
    found = []
    for m in re.finditer(r"(?<!&)&(?!&)(.)", text.replace("&&", "\0\0")):
        i = m.start(1)
        c = text[i]
        before = text[:m.start()].replace("&", "")
        # the neighbours as drawn, past the vowel marks (transparent to joining)
        prev = next((x for x in reversed(before) if unicodedata.category(x) != "Mn"), "")
        after = text[i + 1:]
        nxt = next((x for x in after if unicodedata.category(x) != "Mn"), "")
        split = (
            bool(after) and (unicodedata.category(after[0]) in ("Mn", "Mc")
                             or after[0] in "\u200c\u200d")  # a mark, a ZWJ/ZWNJ
            or unicodedata.category(c) in ("Mn", "Mc")
            or (before[-1:] == "\u094d")  # after a virama: inside a conjunct
            or (_joins_back(c) and _joins_forward(prev))
            or (_joins_forward(c) and _joins_back(nxt)))
        if split:
            found.append(text[max(0, m.start() - 2):i + 3])
    return found


def _texts(msg: ET.Element) -> tuple[bool, list[str]]:
    tr = msg.find("translation")
    if tr is None:
        return False, []
    if msg.get("numerus") == "yes":
        return True, [f.text or "" for f in tr.iter("numerusform")]
    return False, [tr.text or ""]


def _arabic_punctuation(text: str) -> list[str]:
    prose = _ARABIC_CODE.sub(" ", _MARKUP.sub(" ", text))
    return sorted(set(_ASCII_PUNCT.findall(prose)))


def text_problems(ts: Path, code: str) -> list[str]:
    """Every problem of the text of one language's .ts file, one line each."""
    problems: list[str] = []
    root = ET.parse(ts).getroot()
    register = REGISTER.get(code)
    for context in root.iter("context"):
        ctx = context.findtext("name") or ""
        for msg in context.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("vanished", "obsolete"):
                continue
            for text in _texts(msg)[1]:  # (Qt's texts too: ours are shown where Qt has none)
                for bad in mnemonic_splits(text):
                    problems.append(f"{code} [{ctx}] {(msg.findtext('source') or '')[:70]!r}: "
                                    f"the shortcut splits a joined letter ({bad!r}): "
                                    f"{text[:70]!r}")
        if ctx in _QT_CONTEXTS:
            continue
        for msg in context.iter("message"):
            src = msg.findtext("source") or ""
            plural, texts = _texts(msg)
            where = f"{code} [{ctx}] {src[:70]!r}"
            if plural and any(not t.strip() for t in texts):
                problems.append(f"{where}: a plural form is empty")
            if (plural and _COUNT.search(src) and texts and texts[-1].strip()
                    and not _COUNT.search(texts[-1])):
                problems.append(f"{where}: the general plural form lost the number (%n/%Ln)")
            if _TOUCH_EN.search(src):
                problems.append(f"{where}: the source says 'tap' where a desktop says 'click'")
            if _ELLIPSIS_STOP.search(src):
                problems.append(f"{where}: the source ends a sentence right after '…'")
            words = len(_WORD.findall(_NUMBERED.sub(" ", _MARKUP.sub(" ", src))))
            for text in texts:
                if not text.strip() and src.strip():
                    if not plural:
                        problems.append(f"{where}: empty translation")
                    continue
                if sorted(_NUMBERED.findall(src)) != sorted(_NUMBERED.findall(text)):
                    problems.append(f"{where}: placeholders differ: {text[:70]!r}")
                if not plural and len(_COUNT.findall(src)) != len(_COUNT.findall(text)):
                    problems.append(f"{where}: %n/%Ln differs: {text[:70]!r}")
                if (text == src and words >= LONG_SOURCE_WORDS and src not in SAME_ALLOWED):
                    problems.append(f"{where}: left in English")
                if code == "ar":
                    for p in _arabic_punctuation(text):
                        problems.append(f"{where}: ASCII {p!r} where Arabic writes "
                                        f"{ {'?': '؟', ',': '،', ';': '؛'}[p]}: {text[:70]!r}")
                touch = TOUCH.get(code)
                found_touch = touch.search(text) if touch is not None else None
                if found_touch:
                    problems.append(f"{where}: a phone's 'tap' ({found_touch.group(0)!r}) where "
                                    f"a desktop says 'click': {text[:70]!r}")
                if _ELLIPSIS_STOP.search(text):
                    problems.append(f"{where}: a sentence ends right after '…': {text[:70]!r}")
                if register is not None:
                    found = register[0].search(text)
                    if found:
                        problems.append(f"{where}: {register[1]} ({found.group(0)!r})")
    return problems


# --- the docs a user reads -------------------------------------------------------------------

#: The English documents checked with the source's rules ("tap"; "Browse…." in a sentence):
#: relative to the repository's root.
DOCS = ("README.md", "docs/*.md", "packaging/README.md")
#: A word in quotes or in code is a mention (the rule's own word, an old text quoted), not a
#: use.
_DOC_MENTION = re.compile(r'`[^`]*`|"[^"\n]*"|“[^”\n]*”|„[^“\n]*“')
#: A name ending in an ellipsis (a button, "Browse…") then a sentence's end: a lone "…" is an
#: elided value ("imported on …."), not a name.
_DOC_ELLIPSIS_STOP = re.compile(r"\w…[.!?]")
#: Lines where the word is right: (file, a phrase the line holds). On the phone a user taps.
DOC_ALLOWED: tuple[tuple[str, str], ...] = (
    ("docs/IMPORT.md", "tap the name at the top"),   # WhatsApp on the iPhone
    ("docs/IMPORT.md", "when you tap *Back up*"),    # WhatsApp's own backup on the phone
    ("docs/SECURITY.md", "'s tap)"),                 # a hook on a stream, not a touch
    ("docs/TRANSLATING.md", "**tap → click**"),      # the rule's history
    ("docs/TRANSLATING.md", "**or use Browse….**"),  # (a quote opened on the line before)
)


def doc_problems(root: Path) -> list[str]:
    """The source's rules over the English docs under ``root`` (outside code blocks, code
    spans and quotes): one line each, ``path:line: problem``."""
    problems: list[str] = []
    paths = sorted({p for pattern in DOCS for p in root.glob(pattern) if p.is_file()})
    for path in paths:
        rel = path.relative_to(root).as_posix()
        allowed = [phrase for f, phrase in DOC_ALLOWED if f == rel]
        fence = False
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.lstrip().startswith(("```", "~~~")):
                fence = not fence
                continue
            if fence or any(phrase in line for phrase in allowed):
                continue
            prose = _DOC_MENTION.sub(" ", line)
            if _TOUCH_EN.search(prose):
                problems.append(f"{rel}:{n}: 'tap' where a desktop says 'click'")
            if _DOC_ELLIPSIS_STOP.search(prose):
                problems.append(f"{rel}:{n}: a sentence ends right after '…'")
    return problems
