"""Plain data types of the chat library."""

from __future__ import annotations

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
