"""Snapshot manifests and the text-blob encoding of messages (docs/FORMAT.md)."""

from __future__ import annotations

import gc
import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, fields
from datetime import UTC, datetime

from ..errors import damage_of, marked
from ..library.model import Chat, MediaRef, Message, Participant
from . import names
from .canonical import canonical_attachments, canonical_chat
from .compress import compress, compressed_bound, decompress
from .strictjson import JsonError, loads

VERSION = 2  # of the manifests written; version 1 manifests (format v1 sets) are still read

#: docs/FORMAT.md section 7: a manifest's JSON is at most this long (about a million media
#: files); section 8: a message blob's plaintext at most this long.
MAX_MANIFEST_PLAINTEXT = 256 << 20
MAX_TEXT_BLOB = 256 << 20
#: A message blob as stored in its pack (plain, or one zstd frame) is at most this long.
MAX_STORED_TEXT_BLOB = compressed_bound(MAX_TEXT_BLOB)
#: The highest ``seq`` a manifest may have (a 64-bit integer, as every int of a manifest:
#: readers refuse more). Only a crafted manifest gets near it; no backup can follow one.
MAX_SEQ = (1 << 63) - 1


@dataclass(frozen=True, slots=True)
class TextBlobRef:
    blob: str
    month: str  # "YYYY-MM" (UTC) of the messages in the blob
    messages: int


@dataclass(frozen=True, slots=True)
class ChatEntry:
    id: str
    name: str
    kind: str
    source: str
    created_ms: int | None
    participants: tuple[Participant, ...]
    message_count: int
    media_count: int
    media_bytes: int
    last_ms: int | None
    text_blobs: tuple[TextBlobRef, ...]

    def chat(self) -> Chat:
        return Chat(self.id, self.name, self.kind, self.source, self.created_ms, self.participants)


@dataclass(frozen=True, slots=True)
class MediaEntry:
    sha256: str
    size: int
    blob: str
    kind: str


@dataclass(frozen=True, slots=True)
class Totals:
    chats: int
    messages: int
    media_files: int
    media_bytes: int
    text_bytes: int
    stored_bytes: int


@dataclass(frozen=True, slots=True)
class Manifest:
    snapshot_id: str
    set_id: str
    created: str
    created_ms: int
    device: str
    app_version: str
    include_videos: bool
    chats: tuple[ChatEntry, ...]
    media: tuple[MediaEntry, ...]
    packs: tuple[str, ...]
    totals: Totals
    #: Format v2: this snapshot's place in its set's chain: ``seq`` is one more than the
    #: newest snapshot the writer found (or the highest it knew of), ``prev`` that snapshot's
    #: id (None for a set's first). Version 1 manifests have neither: seq 0, prev None.
    seq: int = 0
    prev: str | None = None
    version: int = VERSION

    @property
    def rank(self) -> tuple[int, int, str]:
        """Order of snapshots within a set: sequence number, then creation time, then id."""
        return (self.seq, self.created_ms, self.snapshot_id)


def encode_manifest(m: Manifest) -> bytes:
    if m.version != VERSION:
        raise ValueError("only version 2 manifests are written")
    doc = asdict(m)
    del doc["version"]
    doc["v"] = VERSION
    raw = json.dumps(doc, separators=(",", ":"), ensure_ascii=False).encode()
    if len(raw) > MAX_MANIFEST_PLAINTEXT:  # no reader would take it
        raise ValueError("the backup's manifest is larger than the format allows")
    return compress(raw)


def created_fields(now: datetime) -> tuple[str, int]:
    """(``created``, ``created_ms``) of a manifest made at ``now``: the second field is the
    first to the millisecond, computed without floating point (docs/FORMAT.md 7)."""
    now = now.astimezone(UTC)
    whole = int((now.replace(microsecond=0) - datetime(1970, 1, 1, tzinfo=UTC)).total_seconds())
    return now.strftime("%Y-%m-%dT%H:%M:%S.%fZ"), whole * 1000 + now.microsecond // 1000


_CREATED = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2})\.([0-9]{6})Z")
_MONTH = re.compile(r"([0-9]{4})-(0[1-9]|1[0-2])")


def month_range(month: str) -> tuple[int, int]:
    """(first ms, first ms of the next month) of a "YYYY-MM" UTC month; ``ValueError`` if
    ``month`` is not one."""
    m = _MONTH.fullmatch(month) if type(month) is str else None
    if m is None:
        raise ValueError(f"bad month {month[:12]!r}" if type(month) is str else "bad month")
    year, mon = int(m.group(1)), int(m.group(2))
    if year < 1:
        raise ValueError("bad month")
    start = datetime(year, mon, 1, tzinfo=UTC)
    end = datetime(year + (mon == 12), mon % 12 + 1, 1, tzinfo=UTC) if year < 9999 or mon < 12 else None
    epoch = datetime(1970, 1, 1, tzinfo=UTC)
    first = int((start - epoch).total_seconds()) * 1000
    last = int((end - epoch).total_seconds()) * 1000 if end else first + 31 * 86_400_000
    return first, last


def check_manifest(m: Manifest, check: Callable[[], None] | None = None) -> None:
    """The rules of docs/FORMAT.md 7 that one manifest must follow by itself; ``ValueError``
    naming the first one broken. Both versions: ``packs`` strictly ascending. Version 2 also:
    chat ids unique, each chat's months valid and strictly ascending, its ``message_count``
    the sum of its blobs' counts, media files listed once, the totals what the lists add up
    to, ``created_ms`` equal to ``created``, ``seq`` at least 1 and ``prev`` another id.
    ``check`` is called every ``_CHECK_CHATS`` chats (see ``decode_manifest``)."""
    if any(a >= b for a, b in zip(m.packs, m.packs[1:], strict=False)):
        raise ValueError("the pack list is not sorted or repeats a pack")
    if m.version < 2:
        return
    if m.seq < 1:
        raise ValueError("bad sequence number")
    if m.prev is not None and (not names.is_snapshot_id(m.prev) or m.prev == m.snapshot_id):
        raise ValueError("bad previous snapshot id")
    created = _CREATED.fullmatch(m.created)
    if created is None:
        raise ValueError("bad creation time")
    when = datetime.strptime(created.group(1), "%Y-%m-%dT%H:%M:%S").replace(
        tzinfo=UTC, microsecond=int(created.group(2)))
    if created_fields(when)[1] != m.created_ms:
        raise ValueError("created_ms differs from created")
    if len({c.id for c in m.chats}) != len(m.chats):
        raise ValueError("a chat is listed twice")
    blobs: set[str] = set()
    for i, c in enumerate(m.chats):
        if check is not None and i % _CHECK_CHATS == 0:
            check()
        months = [t.month for t in c.text_blobs]
        for month in months:
            month_range(month)
        if any(a >= b for a, b in zip(months, months[1:], strict=False)):
            raise ValueError(f"the months of chat {c.id[:24]!r} are not in order")
        if any(t.messages < 0 for t in c.text_blobs):
            raise ValueError("a negative message count")
        if c.message_count != sum(t.messages for t in c.text_blobs):
            raise ValueError(f"chat {c.id[:24]!r} says {c.message_count} messages, its months "
                             f"hold {sum(t.messages for t in c.text_blobs)}")
        blobs.update(t.blob for t in c.text_blobs)
    if len(blobs) != sum(len(c.text_blobs) for c in m.chats):
        raise ValueError("a message blob is listed twice")
    if len({e.sha256 for e in m.media}) != len(m.media) or len({e.blob for e in m.media}) != len(m.media):
        raise ValueError("a media file is listed twice")
    if any(e.size < 0 for e in m.media):
        raise ValueError("a negative media size")
    t = m.totals
    expected = (len(m.chats), sum(c.message_count for c in m.chats), len(m.media),
                sum(e.size for e in m.media))
    if (t.chats, t.messages, t.media_files, t.media_bytes) != expected:
        raise ValueError("the totals differ from what the manifest lists")


#: ``decode_manifest``'s ``check`` runs every this many chats (a few milliseconds each time).
_CHECK_CHATS = 1024


def _every(items: list, n: int, check: Callable[[], None] | None) -> Iterator:
    """The items of ``items``, calling ``check`` before each ``n``-th."""
    if check is None:
        yield from items
        return
    for i, item in enumerate(items):
        if i % n == 0:
            check()
        yield item


def decode_manifest(data: bytes, check: Callable[[], None] | None = None) -> Manifest:
    """Parse a manifest's plaintext; ``ValueError`` if malformed, including a field of the
    wrong JSON type (checked exactly, as for text blobs: a restore hands these values to
    SQLite and the UI) or a string that no UTF-8 text can hold.

    ``check`` (a cancel token's ``checkpoint``) is called between bounded steps of the work
    (every few thousand JSON objects, every ``_CHECK_CHATS`` chats): what it raises stops
    the parse at once, also in a manifest of 100,000 chats that takes seconds to parse."""
    with collector_paused():
        return _decode_manifest(data, check)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off inside (and on again after, unless it was off before).

    Parsing a manifest makes millions of objects and no cycles: the collector's full passes
    over them stalled the parse (and its ``check``) for over a second at a time, three times
    in a 100,000-chat manifest. A caller that drops the manifest inside (``backup_chats``)
    frees it by reference counting and leaves the collector nothing to scan."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _decode_manifest(data: bytes, check: Callable[[], None] | None) -> Manifest:
    try:
        plain = decompress(data, MAX_MANIFEST_PLAINTEXT)
        if check is not None:
            check()
        doc = loads(plain, check)
        version = doc.pop("v", None) if type(doc) is dict else None
        if type(version) is not int or version not in (1, 2):
            raise ValueError("unsupported manifest version")
        if version == 1 and ("seq" in doc or "prev" in doc):
            raise ValueError("a version 1 manifest has no sequence")
        if version == 2 and ("seq" not in doc or "prev" not in doc):
            raise ValueError("the manifest has no sequence number or previous snapshot")
        _no_lone_surrogate(plain, doc)
        chats = tuple(
            _typed(ChatEntry, c, participants=tuple(_typed(Participant, p) for p in _list(c["participants"])),
                   text_blobs=tuple(_typed(TextBlobRef, t) for t in _list(c["text_blobs"])))
            for c in _every(_list(doc.pop("chats")), _CHECK_CHATS, check))
        media = tuple(_typed(MediaEntry, e)
                      for e in _every(_list(doc.pop("media")), 8 * _CHECK_CHATS, check))
        totals = _typed(Totals, doc.pop("totals"))
        packs = tuple(names.pack_id(p) for p in _list(doc.pop("packs")))
        if "version" in doc:
            raise ValueError("unknown field 'version'")
        m = _typed(Manifest, doc, chats=chats, media=media, packs=packs, totals=totals,
                   version=version)
        if check is not None:
            check()
        _check_names(m, check)
        check_manifest(m, check)
        return m
    except (KeyError, TypeError, AttributeError, OverflowError, RecursionError, ValueError) as exc:
        raise marked(ValueError(f"manifest is malformed ({exc})"), damage_of(exc)) from None


def _check_names(m: Manifest, check: Callable[[], None] | None = None) -> None:
    """Every name in the manifest that becomes part of a path or an object name, checked
    against its grammar (``format/names.py``) before a restore uses any of them."""
    names.snapshot_id(m.snapshot_id)
    names.set_id(m.set_id)
    for e in _every(m.media, 8 * _CHECK_CHATS, check):
        names.sha256(e.sha256)
        names.blob_id(e.blob)
    for c in _every(m.chats, _CHECK_CHATS, check):
        for t in c.text_blobs:
            names.blob_id(t.blob)


# Annotation (a string under ``from __future__ import annotations``) -> the JSON types it takes.
_JSON_TYPES = {"str": (str,), "int": (int,), "bool": (bool,), "int | None": (int, type(None)),
               "str | None": (str, type(None))}


def _typed(cls: type, d: dict, **nested: object):
    """``cls(**d, **nested)`` once each plain field of ``d`` has exactly its annotated type
    (no bool for an int) and every int fits SQLite's 64 bits."""
    if type(d) is not dict:
        raise ValueError(f"bad {cls.__name__}")
    for f in fields(cls):
        if f.name in nested or f.name not in d:
            continue  # a missing field: cls() raises TypeError, unless it has a default
        v = d[f.name]
        if type(v) not in _JSON_TYPES[f.type] or (type(v) is int and not _int64(v)):
            raise ValueError(f"bad {cls.__name__}.{f.name}")
    return cls(**{**d, **nested})


def _int64(v: object) -> bool:
    """An int (not a bool) that SQLite can store."""
    return type(v) is int and -1 << 63 <= v < 1 << 63


def _list(v: object) -> list:
    if type(v) is not list:
        raise ValueError("a list is not a list")
    return v


def _no_lone_surrogate(plain: bytes, doc: object) -> None:
    """``ValueError`` if a string in ``doc`` (parsed from ``plain``) holds a lone surrogate.
    json.loads pairs surrogate escapes into characters but keeps a lone one, which no UTF-8
    text (SQLite's, a reader's) can hold. Rare: only then is ``doc`` re-encoded to find it."""
    if _SURROGATE_ESCAPE.search(plain):
        try:
            json.dumps(doc, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError("a lone surrogate escape") from None


MessageRow = tuple  # (id, ts_ms, sender, kind, text, reply_to)
MediaRow = tuple  # (filename, kind, mime, seq, sha256, size), in seq order


def encode_text_rows(chat_id: str, month: str, rows: list[MessageRow],
                     media: dict[str, list[MediaRow]]) -> bytes:
    """The uncompressed plaintext of a text blob (deterministic, so equal content -> equal id).

    Dicts are built with their keys already in sorted order, which gives the same bytes as
    ``sort_keys=True`` without paying for the sort (docs/FORMAT.md, section 8).
    """
    msgs = []
    append = msgs.append
    version = 1
    for id_, ts, sender, kind, text, reply_to in rows:
        d: dict = {"id": id_, "kind": kind}
        if kind == "media":
            att = media.get(id_)
            if att:
                d["media"] = [{"filename": f, "kind": k, "mime": mi, "seq": sq, "sha256": sh or None,
                               "size": sz if sh else 0} for f, k, mi, sq, sh, sz in att]
                if not all(a[4] for a in att):
                    version = 2  # a missing attachment (sha256 '' here, null in the blob)
        if reply_to:
            d["reply_to"] = reply_to
        d["sender"] = sender
        d["text"] = text
        d["ts"] = ts
        append(d)
    doc = {"chat": chat_id, "messages": msgs, "month": month, "v": version}
    return json.dumps(doc, separators=(",", ":"), ensure_ascii=False).encode()


def encode_text_blob(chat_id: str, month: str, messages: list[Message]) -> bytes:
    """``encode_text_rows`` for Message objects."""
    rows = [(m.id, m.ts_ms, m.sender, m.kind, m.text, m.reply_to) for m in messages]
    # An attachment without its file (sha256 '') is listed with "sha256": null (FORMAT.md 8).
    media = {m.id: [(r.filename, r.kind, r.mime, r.seq, r.sha256, r.size) for r in m.media]
             for m in messages if m.media}
    return encode_text_rows(chat_id, month, rows, media)


def _reference_encode(chat_id: str, month: str, messages: list[Message]) -> bytes:
    """The plain definition (sorted keys), kept to test the fast encoder against."""
    out = []
    for m in messages:
        d: dict = {"id": m.id, "ts": m.ts_ms, "sender": m.sender, "kind": m.kind, "text": m.text}
        if m.reply_to:
            d["reply_to"] = m.reply_to
        if m.media and m.kind == "media":
            d["media"] = [{"kind": r.kind, "sha256": r.sha256 or None, "size": r.size if r.sha256 else 0,
                           "mime": r.mime, "filename": r.filename, "seq": r.seq} for r in m.media]
        out.append(d)
    missing = any(not r.sha256 for m in messages if m.kind == "media" for r in m.media)
    doc = {"v": 2 if missing else 1, "chat": chat_id, "month": month, "messages": out}
    return json.dumps(doc, separators=(",", ":"), ensure_ascii=False, sort_keys=True).encode()


def decode_text_rows(raw: bytes) -> tuple[str, str, list[tuple], list[tuple]]:
    """Parse a text blob's plaintext into (chat id, month, message rows, media rows), ready
    for the library: ``(id, chat_id, ts_ms, sender, kind, text, reply_to)`` and
    ``(message_id, seq, chat_id, kind, mime, filename, size, sha256)``; ``ValueError`` if bad."""
    rows: list[tuple] = []
    media: list[tuple] = []
    chat_id, month, _count = _walk_text_blob(raw, rows, media)
    return chat_id, month, rows, media


@dataclass(frozen=True, slots=True)
class CheckedBlob:
    """What a restore needs to know of a checked message blob, without its message rows."""

    chat_id: str
    month: str
    count: int
    first_ts: int | None  # ts of the first and of the last message (None: no messages)
    last_ts: int | None
    media: list[tuple]  # (message_id, seq, chat_id, kind, mime, filename, size, sha256)
    ordered: bool = True  # every message's ts is at least its predecessor's

    def check_entry(self, chat_id: str, month: str, count: int) -> None:
        """``ValueError`` unless this blob is what a manifest entry says it is: messages of
        chat ``chat_id`` in ``month``, ``count`` of them, in time order and all inside that
        month (docs/FORMAT.md 8). Verify and restore both ask this (format/reader.py)."""
        if self.chat_id != chat_id:
            raise ValueError(f"it holds messages of another chat ({self.chat_id[:24]!r})")
        if self.month != month:
            raise ValueError(f"it holds the messages of {str(self.month)[:12]!r}, not {month}")
        if self.count != count:
            raise ValueError(f"it holds {self.count} messages, not {count}")
        if not self.ordered:
            raise ValueError("its messages are not in time order")
        start, end = month_range(month)
        if self.first_ts is not None and self.last_ts is not None and not (
                start <= self.first_ts and self.last_ts < end):
            raise ValueError(f"a message's time is outside {month}")


_TS_KEY = b',"ts":'
_MONTH_KEY = b'],"month":'
_TS_VALUE = re.compile(rb',"ts":(-?[0-9]+)\}')


def _in_order(times: list[int]) -> bool:
    return times == sorted(times)


#: Bytes of a canonical blob whose ``ts`` values are listed at once: a busy month's list of
#: every ts (two Python objects per message) was a third of the blob's size again.
_TS_WINDOW = 1 << 20


def _scan_times(raw: bytes, window: int = _TS_WINDOW) -> tuple[int, int | None, int | None, bool]:
    """(count, first, last, in time order) of the ``ts`` values of a canonical blob, read a
    window at a time. Each window ends right after a '}': a match's only '}' is its last
    byte, so no match spans two windows and the windows find what one pass would."""
    count, first, last, ordered = 0, None, None, True
    pos, n = 0, len(raw)
    while pos < n:
        end = raw.find(b"}", min(pos + window, n) - 1)
        end = n if end < 0 else end + 1
        times = list(map(int, _TS_VALUE.findall(raw, pos, end)))
        if times:
            if first is None:
                first = times[0]
            elif times[0] < last:
                ordered = False
            ordered = ordered and _in_order(times)
            last = times[-1]
            count += len(times)
        pos = end
    return count, first, last, ordered


def check_text_block(raw: bytes) -> CheckedBlob:
    """What ``decode_text_rows`` checks, without building the message rows. For a restore
    that lets SQLite read the messages itself, or keeps the blob as it is."""
    chat = canonical_chat(raw)  # most blobs: a third of the time, same answer
    if chat is not None:
        # In a canonical blob a quote inside a string is always escaped, so ',"ts":' occurs
        # only as a message's last key (once per message: they are counted by it), and
        # '],"month":' only once, after the messages.
        count, first, last, ordered = _scan_times(raw)
        month = json.loads(raw[raw.rindex(_MONTH_KEY) + len(_MONTH_KEY):raw.rindex(b',"v":')])
        return CheckedBlob(chat, month, count, first, last, canonical_attachments(raw, chat),
                           ordered)
    media: list[tuple] = []
    span: list[int] = []
    chat_id, month, count = _walk_text_blob(raw, None, media, span)
    return CheckedBlob(chat_id, month, count, span[0] if span else None,
                       span[-1] if span else None, media, _in_order(span))


def check_text_rows(raw: bytes) -> tuple[str, int, list[tuple]]:
    """``check_text_block`` as (chat id, message count, media rows)."""
    b = check_text_block(raw)
    return b.chat_id, b.count, b.media


_MEDIA_TYPES = [str, int, str, str, str, str, int, str]
_ATTACHMENT_KEYS = {"filename", "kind", "mime", "seq", "sha256", "size"}
#: ``v`` of message blobs: 1, or 2 for a blob that lists an attachment without its file.
BLOB_VERSIONS = (1, 2)
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


def _walk_text_blob(raw: bytes, rows: list[tuple] | None, media: list[tuple],
                    span: list[int] | None = None) -> tuple[str, str, int]:
    """Check a blob; fill ``rows`` (if given) and ``media``, and ``span`` (if given) with
    every message's ts; return (chat, month, count)."""
    try:
        # Strict UTF-8: json.loads(bytes) would also take UTF-16, a BOM, or encoded surrogates
        # (surrogatepass), none of which SQLite reads as the same text. A repeated key: Python
        # keeps the last value and SQLite's JSON functions the first, so the values checked
        # here would not be the ones a restore inserts.
        doc = loads(raw)
        version = doc.get("v")
        if type(version) is not int or version not in BLOB_VERSIONS:
            raise ValueError("unsupported text blob version")
        missing = 0
        chat_id, month = doc["chat"], doc["month"]
        if type(chat_id) is not str or type(month) is not str or type(doc["messages"]) is not list:
            raise ValueError("bad chat, month or message list")
        for d in doc["messages"]:
            kind, sender, reply_to = d["kind"], d["sender"], d.get("reply_to")
            if kind not in ("text", "media", "system"):
                raise ValueError("bad message kind")
            if not (sender is None or isinstance(sender, str)) or not (
                    reply_to is None or isinstance(reply_to, str)):
                raise ValueError("bad sender or reply")
            mid, ts, text = d["id"], d["ts"], d["text"]
            # Exact types (no coercion): a restore lets SQLite read the same JSON again.
            if type(mid) is not str or not _int64(ts) or type(text) is not str:
                raise ValueError("bad id, time or text")
            if rows is not None:
                rows.append((mid, chat_id, ts, sender, kind, text, reply_to))
            for r in d.get("media", ()):
                row = (mid, r["seq"], chat_id, r["kind"], r["mime"], r["filename"], r["size"], r["sha256"])
                if row[7] is None:
                    # An attachment without its file (FORMAT.md 8): exactly the six keys,
                    # size 0; the library keeps it with sha256 ''. Never a media file.
                    if r.keys() != _ATTACHMENT_KEYS or type(row[6]) is not int or row[6] != 0:
                        raise ValueError("bad attachment without its file")
                    row = (*row[:7], "")
                    missing += 1
                elif type(row[7]) is str:
                    names.sha256(row[7])  # it names a file in the media store
                if list(map(type, row)) != _MEDIA_TYPES or not (_int64(row[1]) and _int64(row[6])):
                    raise ValueError("bad attachment")
                media.append(row)
        # Version 2 exactly when the blob lists an attachment without its file: an older
        # reader refuses the version instead of reading such an entry as damage.
        if (version == 2) != (missing > 0):
            raise ValueError("an attachment without its file in a version 1 blob" if missing
                             else "a version 2 blob without an attachment missing its file")
        _no_lone_surrogate(raw, doc)
        if span is not None:
            span += (d["ts"] for d in doc["messages"])
        return chat_id, month, len(doc["messages"])
    except (KeyError, TypeError, AttributeError, OverflowError, RecursionError, json.JSONDecodeError,
            UnicodeDecodeError, JsonError) as exc:
        raise marked(ValueError(f"text blob is malformed ({exc})"), damage_of(exc)) from None


def decode_text_blob(raw: bytes) -> tuple[str, str, list[Message]]:
    """Parse a text blob's plaintext into (chat id, month, messages); ``ValueError`` if bad."""
    chat_id, month, rows, media_rows = decode_text_rows(raw)
    media: dict[str, list[MediaRef]] = {}
    for mid, seq, _cid, kind, mime, filename, size, sha in media_rows:
        media.setdefault(mid, []).append(MediaRef(kind, sha, size, mime, filename, seq))
    return chat_id, month, [Message(*r, media=tuple(media.get(r[0], ()))) for r in rows]


def decompress_text_blob(stored: bytes) -> bytes:
    """A message blob's plaintext from a stored body whose form its first bytes tell: one
    zstd frame, the split form, or plain JSON (``textstore.body_plaintext``)."""
    from .textstore import body_plaintext

    return body_plaintext(stored, MAX_TEXT_BLOB)
