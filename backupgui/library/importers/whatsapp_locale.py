"""What WhatsApp writes into an export in each language, read from ``locales/*.json`` (data,
not code: see locales/README.md), turned into the lookups the WhatsApp reader uses.

Texts are compared in a *plain* form: direction marks removed, no-break spaces as spaces,
runs of spaces as one, no spaces just inside ``< >``, ``‹ ›`` as ``< >``. Set lookups use the
*key*: the plain form with its case folded, quotes made plain and no space before a colon.
Names found in a text (a file, a group) are cut from its plain form.

Most lookups are a set or dict access. The one that compares against hundreds of templates
(system messages, 57 languages) first narrows them by the template's longest literal piece
(indexed by its first three characters) and runs a template's regex only where that piece
occurs: a few microseconds a line, and it runs only for lines that may be system lines.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources

MARKS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
_PLAIN_TABLE = str.maketrans({**{c: None for c in MARKS}, "\u00a0": " ", "\u202f": " ",
                              "\u2009": " ", "‹": "<", "›": ">", "＜": "<", "＞": ">",
                              "：": ": "})
_KEY_TABLE = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "’": "'"})
_SPACES = re.compile(r"[^\S\n]+")
_INNER = re.compile(r"<[^\S\n]+|[^\S\n]+>")
# Whether a text holds a character the tables change: a translate with a dict costs a lookup
# per character of a non-ASCII text, and most texts (the 57 languages' tables read at
# start-up, system lines) hold none; without one, translate returns the text unchanged.
_PLAIN_ANY = re.compile("[" + re.escape("".join(map(chr, _PLAIN_TABLE))) + "]")
_KEY_ANY = re.compile("[" + re.escape("".join(map(chr, _KEY_TABLE))) + "]")


def plain(text: str) -> str:
    """The plain form of a text (see the module docstring)."""
    if _PLAIN_ANY.search(text) is not None:
        text = text.translate(_PLAIN_TABLE)
    k = _SPACES.sub(" ", text).strip()
    if "<" in k or ">" in k:
        k = _INNER.sub(lambda m: m.group(0).strip(), k)
    return k


def key(text: str) -> str:
    """The form texts are looked up in (see the module docstring)."""
    k = plain(text)
    if _KEY_ANY.search(k) is not None:
        k = k.translate(_KEY_TABLE)
    if " :" in k:
        k = k.replace(" :", ":")
    return k.casefold()


def month_key(text: str) -> str:
    """A month's name (or another word of a date) as compared: marks out, case folded,
    without a final dot ("Márc." -> "márc")."""
    return text.translate(_PLAIN_TABLE).strip().casefold().rstrip(".")


def clock_word(text: str) -> str:
    """An AM/PM word as compared: marks, dots and spaces out, case folded ("p. m." -> "pm")."""
    return "".join(ch for ch in text.translate(_PLAIN_TABLE)
                   if ch != "." and not ch.isspace()).casefold()


_PLACEHOLDER = re.compile(r"\{(\d+|group)\}")
_COPY = re.compile(r"\s?\(\d+\)$")
_QUOTE = "[\"“”„«»]"
_QUOTES = {'"': _QUOTE, "“": _QUOTE, "”": _QUOTE, "„": _QUOTE, "«": _QUOTE, "»": _QUOTE,
           "'": "['’]", "’": "['’]"}


def _literal(text: str) -> str:
    """A literal piece of a template as a regex: a space may be missing, any quote stands
    for any."""
    return "".join(r"\s?" if ch == " " else _QUOTES.get(ch) or re.escape(ch) for ch in text)


def _pattern(template: str, group: str | None = None, strict: bool = False) -> str:
    """A template as a regex over a plain text: placeholders match any run (``{group}``:
    the named group ``group``); with ``strict``, a person's name never holds ": "."""
    out = []
    pos = 0
    t = plain(template)
    for m in _PLACEHOLDER.finditer(t):
        out.append(_literal(t[pos:m.start()]))
        if m.group(1) == "group":
            out.append(f"(?P<{group}>.+?)" if group is not None else ".+?")
        else:
            out.append("(?:(?!: ).)+?" if strict else ".+?")
        pos = m.end()
    out.append(_literal(t[pos:]))
    return "".join(out)


class _Templates:
    """Many templates, matched against one text by narrowing on literal pieces first."""

    _TAIL = r"(?:[.。।]?\s?.{0,80})?"  # "Tap to learn more." or a full stop the table lacks

    def __init__(self, templates: list[str], group: bool = False, tail: bool = False) -> None:
        self._index: dict[str, list[tuple[str, str, int]]] = {}
        self._compiled: dict[tuple[int, bool], re.Pattern[str]] = {}
        self._group = group
        self._tail = tail
        self._cache: dict[tuple[str, bool], re.Match[str] | None] = {}
        n = 0
        for t in dict.fromkeys(templates):
            pieces = [p for p in _PLACEHOLDER.split(key(t))[::2] if p.strip()]
            anchor = max(pieces, key=len, default="").strip()
            if len(anchor) < 3:
                continue  # a template of placeholders only would match anything
            self._index.setdefault(anchor[:3], []).append((anchor, t, n))
            n += 1

    def match(self, text: str, strict: bool = False) -> re.Match[str] | None:
        """The match of the first template ``text`` is (a regex match over its plain form),
        or None. With ``strict``, a person's name in it never holds ": " (``_pattern``)."""
        got = self._cache.get((text, strict), False)
        if got is not False:
            return got  # type: ignore[return-value]
        k = key(text)
        p = plain(text)
        seen: set[int] = set()
        found = None
        for i in range(len(k) - 2):
            for anchor, template, n in self._index.get(k[i:i + 3], ()):
                if n in seen or not k.startswith(anchor, i):
                    continue
                seen.add(n)
                rx = self._compiled.get((n, strict))
                if rx is None:
                    rx = self._compiled[(n, strict)] = re.compile(
                        _pattern(template, "g" if self._group else None, strict)
                        + (self._TAIL if self._tail else ""), re.I | re.S)
                found = rx.fullmatch(p)
                if found is not None:
                    break
            if found is not None:
                break
        if len(self._cache) >= 2048:
            self._cache.clear()  # bounded; system lines repeat, messages hardly get here
        self._cache[(text, strict)] = found
        return found


@dataclass
class Locales:
    am: frozenset[str]
    pm: frozenset[str]
    night: frozenset[str]
    noon: frozenset[str]
    prefixes: tuple[str, ...]  # clock words written before the time (午後2:56)
    connectors: tuple[str, ...]  # words between date and time (klo)
    media_omitted: frozenset[str]  # keys
    omitted: dict[str, str]  # key -> media kind
    documents: tuple[str, ...]  # keys of "document omitted" (after the document's title)
    deleted: frozenset[str]  # keys
    android_attached: frozenset[str]  # keys of "file attached" (in the parentheses)
    ios_attached: frozenset[str]  # keys of "attached" (before the colon in < : >)
    ios_attached_after: frozenset[str]  # keys of words after the file ("<x.jpg eklendi>")
    location: frozenset[str]  # keys of what starts a location, up to its colon
    location_text: frozenset[str]  # keys of whole location messages ("live location shared")
    calls: frozenset[str]  # "Missed voice call" as written (Android names the caller before it)
    system_templates: list[str]
    created_templates: list[str]
    subject_templates: list[str]
    file_templates: list[str]
    # The first NOTICE_HEAD characters, as written and in plain form, of the system lines
    # that are one fixed text at least that long (the encryption notices): too long for
    # anyone to type by chance, so an iPhone line "Name: <text starting so>" is a system line
    # even when the direction mark before the text was lost (and a newer wording goes on).
    notices: frozenset[str]
    # Dates written with the month's name ("Mar 5, 2021", "5 мар. 2021 г."): month_key() of
    # each name -> ((month, languages that name it so), ...); words a written-out date holds
    # besides day, month and year ("de", "gada"); a year's suffix ("г."); a word that makes
    # the next number the month (Vietnamese "thg 3").
    months: dict[str, tuple[tuple[int, frozenset[str]], ...]]
    date_words: frozenset[str]
    year_suffixes: tuple[str, ...]
    month_words: frozenset[str]

    # Built on first use: a parse that meets no system line with ": " never needs them.
    @functools.cached_property
    def system(self) -> _Templates:
        """System lines. For text known to be WhatsApp's (an iPhone's marked line)."""
        return _Templates(self.system_templates + self.created_templates
                          + self.subject_templates, tail=True)

    def system_strict(self, text: str) -> re.Match[str] | None:
        """``system.match`` where names hold no ": ". For an Android line "X: text", which
        is far more often a message than a system line about someone named with ": "."""
        return self.system.match(text, strict=True)

    @functools.cached_property
    def group_created(self) -> _Templates:
        """"X created group "G""; the match's group "g" is the group's name."""
        return _Templates(self.created_templates, group=True)

    @functools.cached_property
    def subject_changed(self) -> _Templates:
        """"X changed the subject to "G""; the match's group "g" is the group's new name."""
        return _Templates(self.subject_templates, group=True)

    @functools.cached_property
    def export_file(self) -> tuple[tuple[str, str], ...]:
        """The export's file names as (what comes before the chat's name, what after), keys."""
        out = []
        for t in dict.fromkeys(self.file_templates):
            before, _, after = key(t).partition("{1}")
            out.append((before, after))
        return tuple(out)

    def chat_of_file(self, stem: str) -> str | None:
        """The chat's name in an export's file name (without its extension; a " (2)" that
        tells copies apart is left out), or None."""
        text = plain(stem)
        copy = _COPY.search(text)
        if copy is not None:
            text = text[:copy.start()]
        k = key(text)
        names = [_between(text, k, len(b), len(k) - len(a)) for b, a in self.export_file
                 if len(k) > len(b) + len(a) and k.startswith(b) and k.endswith(a)]
        names = [n.strip() for n in names if n.strip()]
        return min(names, key=len) if names else None


def _between(text: str, k: str, start: int, end: int) -> str:
    """The part of ``text`` whose key is ``k[start:end]`` (``k`` = ``key(text)``). Where the key
    has another length than the text ("ß" folds to "ss", "İ" to "i̇"), the cut is found by
    comparing keys: positions in the key are not positions in the text."""
    if len(k) == len(text):
        return text[start:end]
    n = len(text)
    head = next((i for i in range(n + 1) if key(text[i:]) == k[start:]), n)
    tail = next((j for j in range(n, -1, -1) if key(text[:j]) == k[:end]), 0)
    return text[head:tail]


NOTICE_HEAD = 40  # characters: "Messages and calls are end-to-end encryp"

_KIND = {"image": "image", "video": "video", "audio": "voice", "sticker": "sticker",
         "gif": "video", "document": "file", "contact": "file"}


def _data() -> list[dict]:
    folder = resources.files("backupgui.library.importers").joinpath("locales")
    return [json.loads(f.read_text("utf-8"))
            for f in sorted(folder.iterdir(), key=lambda f: f.name) if f.name.endswith(".json")]


@functools.lru_cache(maxsize=1)
def locales() -> Locales:
    am: set[str] = set()
    pm: set[str] = set()
    night: set[str] = set()
    noon: set[str] = set()
    prefixes: set[str] = set()
    connectors: set[str] = set()
    media_omitted: set[str] = set()
    omitted: dict[str, str] = {}
    documents: set[str] = set()
    deleted: set[str] = set()
    android: set[str] = set()
    ios: set[str] = set()
    ios_after: set[str] = set()
    location: set[str] = set()
    location_text: set[str] = set()
    calls: set[str] = set()
    system: list[str] = []
    created: list[str] = []
    subject: list[str] = []
    files: list[str] = []
    months: dict[str, dict[int, set[str]]] = {}
    date_words: set[str] = set()
    year_suffixes: set[str] = set()
    month_words: set[str] = set()
    for d in _data():
        lang = str(d.get("language", ""))
        for number, names in enumerate(d.get("months", ()), 1):
            for name in names:
                months.setdefault(month_key(name), {}).setdefault(number, set()).add(lang)
        date_words.update(map(month_key, d.get("date_words", ())))
        year_suffixes.update(d.get("year_suffix", ()))
        month_words.update(map(month_key, d.get("month_word", ())))
        am.update(map(clock_word, d.get("am", ())))
        pm.update(map(clock_word, d.get("pm", ())))
        night.update(map(clock_word, d.get("night", ())))
        noon.update(map(clock_word, d.get("noon", ())))
        prefixes.update(d.get("prefix", ()))
        connectors.update(d.get("connector", ()))
        media_omitted.update(map(key, d.get("media_omitted", ())))
        for kind, texts in d.get("omitted", {}).items():
            for t in texts:
                omitted.setdefault(key(t), _KIND[kind])
                if kind == "document":
                    documents.add(key(t))
        deleted.update(map(key, d.get("deleted", ())))
        for t in d.get("attached", ()):
            k = key(t)
            if k.startswith("{1} (") and k.endswith(")"):
                android.add(k[5:-1])
            elif k.startswith("{1} <") and k.endswith(">"):
                ios.add(k[5:-1])  # old iOS: "x.jpg <attached>"
            elif k.startswith("<") and k.endswith(":{1}>"):
                ios.add(k[1:-5])
            elif k.startswith("<") and k.endswith(": {1}>"):
                ios.add(k[1:-6])
            elif k.startswith("<{1} ") and k.endswith(">"):
                ios_after.add(k[5:-1])
        for t in d.get("location", ()) + d.get("live_location", ()):
            k = key(t)
            if k.endswith("{1}") and ":" in k:
                location.add(k[:k.rindex(":") + 1].strip())
            elif "{" not in k:
                location_text.add(k)
        for w in d.get("location_word", ()):
            location.add(key(w) + ":")
        for t in d.get("calls", ()):
            calls.update((plain(t), plain(t) + ".", plain(t).rstrip(".")))
        system += list(d.get("system", ())) + list(d.get("calls", ()))
        created += d.get("group_created", ())
        subject += d.get("subject_changed", ())
        files += d.get("export_file", ())
    return Locales(
        frozenset(am), frozenset(pm), frozenset(night), frozenset(noon),
        tuple(sorted(prefixes, key=len, reverse=True)),
        tuple(sorted(connectors, key=len, reverse=True)),
        frozenset(media_omitted), omitted, tuple(sorted(documents, key=len, reverse=True)),
        frozenset(deleted), frozenset(android), frozenset(ios), frozenset(ios_after),
        frozenset(location), frozenset(location_text), frozenset(calls), system, created, subject,
        files, frozenset(t[:NOTICE_HEAD] for s in system if len(s) >= NOTICE_HEAD
                         and "{" not in s for t in (s, plain(s))),
        {k: tuple((m, frozenset(langs)) for m, langs in sorted(by.items()))
         for k, by in months.items()},
        frozenset(date_words), tuple(sorted(year_suffixes, key=len, reverse=True)),
        frozenset(month_words))
