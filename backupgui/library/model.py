"""Plain data types of the chat library."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

#: Stands for an unknown actor in a system message's text, as the importers store it; the app
#: shows it as "Someone" in its language (U+FFFC OBJECT REPLACEMENT CHARACTER: a placeholder
#: for something not shown).
UNKNOWN_ACTOR = "\ufffc"

#: Stands for the library's owner in a system message's text and as the owner's name, as the
#: phone-backup importers store them (a phone backup does not say what the owner is called);
#: the app shows it as "You" in its language (U+FDD0, a noncharacter: Unicode keeps it for a
#: program's own use, so no chat text means it). Libraries from before hold the word "You".
SELF_ACTOR = "\ufdd0"

#: The times a message may have (epoch ms, UTC): 0001-01-01 up to the end of 9999-12-31,
#: the months a backup can name ("YYYY-MM", docs/FORMAT.md 8). The importers skip a message
#: dated outside them (an export may say any number); a library from before that holds one
#: stops its backup with a clear error (``engine/backup.py``).
MIN_TS_MS = -62_135_596_800_000
END_TS_MS = 253_402_300_800_000  # 10000-01-01: the first time past the range


#: The longest chat or person name the library keeps, in characters. Honest names are short
#: (WhatsApp's group subjects 100, Telegram's titles 128; the phone importer keeps 256); a
#: name of a million characters (a backup written with the key, a crafted export) cost
#: seconds of layout on every paint of the chat list.
MAX_NAME_CHARS = 1000


def bounded_name(name: str) -> str:
    """``name`` as the library keeps it: whole up to ``MAX_NAME_CHARS`` characters, else
    cut before that with "…" at the end, never between a letter and its combining marks."""
    if len(name) <= MAX_NAME_CHARS:
        return name
    cut = MAX_NAME_CHARS - 1
    while cut > 1 and unicodedata.combining(name[cut]):
        cut -= 1
    return name[:cut].rstrip() + "…"


def ts_in_range(ts_ms: object) -> bool:
    """True for an int (not a bool) time a message may have (``MIN_TS_MS``, ``END_TS_MS``)."""
    return type(ts_ms) is int and MIN_TS_MS <= ts_ms < END_TS_MS


def spell_actors(text: str, you: str, someone: str) -> str:
    """A system message's text with the importers' marks written as words."""
    if SELF_ACTOR in text:
        text = text.replace(SELF_ACTOR, you)
    if UNKNOWN_ACTOR in text:
        text = text.replace(UNKNOWN_ACTOR, someone)
    return text


@dataclass(frozen=True, slots=True)
class Participant:
    person_id: str
    name: str
    is_me: bool = False


@dataclass(frozen=True, slots=True)
class Chat:
    id: str
    name: str
    kind: str  # 'direct' | 'group'
    source: str = ""
    created_ms: int | None = None
    participants: tuple[Participant, ...] = ()


@dataclass(frozen=True, slots=True)
class MediaRef:
    """An attachment; the bytes live in the library's content-addressed media store."""

    kind: str  # image | video | voice | audio | file | sticker
    sha256: str
    size: int
    mime: str = "application/octet-stream"
    filename: str = ""
    seq: int = 0


@dataclass(frozen=True, slots=True)
class Message:
    id: str
    chat_id: str
    ts_ms: int
    sender: str | None  # participant person_id; None for system events
    kind: str  # 'text' | 'media' | 'system'
    text: str = ""
    reply_to: str | None = None
    media: tuple[MediaRef, ...] = field(default=())
    # Place among the chat's messages with the same ts_ms (display order); the library's
    # messages() gives them in that order and leaves this 0. Used when adding messages.
    seq: int = 0


@dataclass(frozen=True, slots=True)
class ChatSummary:
    """One row of the chat list."""

    id: str
    name: str
    kind: str
    message_count: int
    media_count: int
    media_bytes: int
    video_bytes: int
    last_ms: int | None


@dataclass(frozen=True, slots=True)
class Origin:
    """Which import or restore on this computer added a message, and when (the library's
    ``origins``): ``kind`` one of ``store.ORIGIN_KINDS``, or '' when the library did not
    record it (it held the message before it kept track: schema 5)."""

    kind: str
    at_ms: int | None = None


@dataclass(frozen=True, slots=True)
class OtherVersion:
    """Another copy of a message: an import that found a different message under the
    message's id kept both, the export's under a derived id (SECURITY.md 2.13)."""

    id: str
    chat_id: str
    sender: str | None
    text: str
    origin: Origin
    #: "edited": the same chat and sender, and one of the two texts carries the service's
    #: mark of an edit (what an honest edit looks like); "differs": anything else.
    relation: str


@dataclass(frozen=True, slots=True)
class Versions:
    """A message that has other versions: where this copy came from, and the others."""

    origin: Origin
    others: tuple[OtherVersion, ...]


def versions_case(relation: str, sender: str | None, other_sender: str | None) -> str:
    """Which versions mark a message gets (the viewer and ``export`` say the same):
    "edited" (what an honest edit looks like), "senders" (the other copy names another
    sender: planted, or changed elsewhere), or "differs"."""
    if relation == "edited":
        return "edited"
    return "senders" if other_sender != sender else "differs"


# The words of a versions mark, one source for the viewer (which translates them: the
# templates are the core's messages, i18n/extract.py) and ``backupgui-cli export`` (English,
# as the CLI is): %1, %2 are put in by each (a date as each writes one; the phrases below).


def origin_template(kind: str) -> str:
    """Where a copy of a message came from (``Origin.kind``), as a phrase; %1: when it was
    imported or restored."""
    if kind in ("whatsapp", "telegram"):
        # translators: where a copy of a message came from; %1: date and time
        return "from the export imported on %1"
    if kind == "phone":
        # translators: where a copy of a message came from; %1: date and time
        return "from the phone backup imported on %1"
    if kind == "restore":
        # translators: where a copy of a message came from; %1: date and time
        return "from a backup restored on %1"
    # translators: where a copy of a message came from
    return "already in the library before it recorded where messages came from"


def versions_template(case: str) -> str:
    """The versions mark of a ``versions_case``; %1: where this copy came from, %2: where
    the other did (``origin_template``, and ``other_chat_template`` when in another chat)."""
    if case == "edited":
        # translators: %1, %2: where each copy came from
        return "Edited: two versions of this message. This one: %1. The other: %2."
    if case == "senders":
        # translators: %1, %2: where each copy came from
        return "Two versions of this message, from different senders. This one: %1. The other: %2."
    # translators: %1, %2: where each copy came from
    return "Two versions of this message. This one: %1. The other: %2."


def other_chat_template() -> str:
    """Where the other copy came from (%1), when it is in another chat."""
    # translators: where the other copy of a message came from, and that it is in another chat
    return "%1, in another chat"


#: A message's id when an import kept the export's copy beside another message under the id
#: (``importers.common.differing_id``): the original id, "~", 16 hex digits (after an "r":
#: made by chance). The id is the copy's link to the original.
_DERIVED_ID = re.compile(r"(.+)~r?[0-9a-f]{16}", re.S)

#: The marks a service puts on an edited message's text: Telegram's last line, as the
#: importer writes it (``telegram._edited``), and WhatsApp's at the end of the text, as its
#: exports write it in the phone's language (phone backups: English). Only forms seen in
#: published exports and other parsers' test data (docs/IMPORT.md names the sources); a
#: language whose form is not known (Hindi) leaves its edits "differs", never guessed.
_TELEGRAM_EDITED = re.compile(r"\(edited(?: [0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2})?\)\Z")
WHATSAPP_EDITED = (
    "<This message was edited>",            # en
    "<Diese Nachricht wurde bearbeitet.>",  # de
    "<Se editó este mensaje.>",             # es
    "<Mensagem editada>",                   # pt (Brazil)
    "<Сообщение изменено>",                 # ru
    "<Bu mesaj düzenlendi>",                # tr
    "<Pesan ini telah diedit>",             # id
    "<تم تعديل هذه الرسالة>",               # ar
)


def original_id(mid: str) -> str | None:
    """The id a derived id (an import's copy of a differing message) was derived from."""
    if "~" not in mid:  # (most ids: a page asks for each of its messages)
        return None
    m = _DERIVED_ID.fullmatch(mid)
    return m.group(1) if m else None


def edit_marked(text: str) -> bool:
    """Whether a text carries a service's mark of an edit at its end (Telegram; WhatsApp in
    the languages of ``WHATSAPP_EDITED``)."""
    return text.rstrip().endswith(WHATSAPP_EDITED) or _TELEGRAM_EDITED.search(text) is not None


def version_relation(a: tuple, b: tuple) -> str:
    """How two copies of a message ((chat, sender, kind, text) each) differ: "edited" when
    they are of the same chat and the same (named) sender, neither is a system line, and one
    of the texts carries the service's mark of an edit; else "differs". Nothing more can be
    told honestly: whoever holds a backup's key can write a copy that looks edited too, so
    the viewer names where each copy came from in both cases (SECURITY.md 2.13)."""
    if (a[0] == b[0] and a[1] is not None and a[1] == b[1] and "system" not in (a[2], b[2])
            and (edit_marked(a[3]) or edit_marked(b[3]))):
        return "edited"
    return "differs"
