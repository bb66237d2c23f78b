"""What the phone readers report, before it becomes library rows.

A reader yields, chat by chat, a ``ChatInfo`` and the chat's messages as plain tuples
(``Rec``), in time order; the importer (``importer.py``) turns them into library rows. All
values are already type-checked and bounded by the reader.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field

# Messages before 2009 (WhatsApp's start) or after 2100 are damage.
MIN_MS = 1_230_768_000_000
MAX_MS = 4_102_444_800_000
MAX_TEXT = 1 << 20  # characters kept of one message's text (WhatsApp allows 65,536)
MAX_NAME = 256


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file a message refers to: found in the media folder or the iPhone backup by
    ``path`` (the phone's own path, untrusted), or carried by the database itself (``data``:
    a contact card)."""

    kind: str  # image | video | voice | audio | file | sticker
    mime: str
    filename: str
    path: str | None = None
    data: bytes | None = None


@dataclass(slots=True)
class ChatInfo:
    jid: str
    name: str
    kind: str  # 'direct' | 'group'
    members: tuple[str, ...] = ()  # jids of the other members (groups)
    created_ms: int | None = None
    names: dict[str, str] = field(default_factory=dict)  # jid -> display name, for this chat


# (key id, ts ms, from me, sender jid or None, kind, text, quoted key id or None, attachments)
Rec = tuple[str, int, bool, "str | None", str, str, "str | None", "tuple[Attachment, ...] | None"]


@dataclass(frozen=True, slots=True)
class ChatCount:
    """One chat as the preview shows it."""

    jid: str
    name: str
    kind: str
    messages: int
    first_ms: int | None
    last_ms: int | None
    members: tuple[str, ...] = ()


_JID = re.compile(r"[0-9A-Za-z._:+\-]{1,128}@[0-9A-Za-z.\-]{1,64}")
_SAFE_FILENAME = re.compile(r"[\x00-\x1f\x7f/\\:*?\"<>|]")


def jid_or_none(value: object) -> str | None:
    """A jid (user@server) as found in a database, or None if it is not one."""
    if type(value) is not str or not _JID.fullmatch(value):
        return None
    return value


def ms_or_none(value: object) -> int | None:
    """Android's millisecond timestamp, if it is one."""
    if type(value) is not int or not MIN_MS <= value <= MAX_MS:
        return None
    return value


def text_or_empty(value: object) -> str:
    if type(value) is not str:
        return ""
    return value if len(value) <= MAX_TEXT else value[:MAX_TEXT]


def name_or_none(value: object) -> str | None:
    """A display name: a non-empty string, whitespace trimmed, bounded, no control chars."""
    if type(value) is not str:
        return None
    name = "".join(ch for ch in value if unicodedata.category(ch) != "Cc").strip()
    return name[:MAX_NAME] or None


def safe_filename(value: object) -> str:
    """A file name for display and for opening a copy: no folders, no control characters."""
    if type(value) is not str:
        return ""
    name = value.replace("\\", "/").rsplit("/", 1)[-1]
    name = _SAFE_FILENAME.sub("_", name).strip(" .")
    return name[-200:]


def number_of(jid: str) -> str:
    """How a jid without a contact name is shown: "+<number>" for phone numbers."""
    user = jid.split("@", 1)[0].split(":", 1)[0]
    server = jid.rsplit("@", 1)[-1]
    if server == "s.whatsapp.net" and user.isdigit():
        return "+" + user
    return user


def coordinate(value: object, limit: float) -> float | None:
    if type(value) not in (float, int):
        return None
    v = float(value)  # type: ignore[arg-type]
    return v if math.isfinite(v) and -limit <= v <= limit else None


def location_text(lat: float, lon: float, name: str | None = None,
                  address: str | None = None, live: bool = False) -> str:
    """A location as WhatsApp's own exports write it (a maps link), with its place."""
    lines = [x for x in (name, address) if x]
    lines.append(f"{'live location' if live else 'location'}: "
                 f"https://maps.google.com/?q={lat:.6f},{lon:.6f}")
    return "\n".join(lines)
