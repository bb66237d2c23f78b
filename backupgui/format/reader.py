"""The one strict reader of what a snapshot's packs hold, shared by verify and restore so
that the two can never disagree (docs/FORMAT.md 9).

A message blob is accepted only when it authenticates (its keyed name, 5.1), parses under
the strict rules of section 8, and is exactly what its manifest entry says: the messages of
that chat in that month, as many as stated, in time order, every timestamp inside the month.
A media blob only when its SHA-256 and keyed name match. A blob that authenticates but has a
greater version than this app reads is ``NewerFormatError`` (update the app), not damage.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass

from ..crypto.subkeys import SetKeys
from ..errors import NewerFormatError
from .manifest import (
    BLOB_VERSIONS,
    MAX_TEXT_BLOB,
    ChatEntry,
    CheckedBlob,
    TextBlobRef,
    check_text_block,
)
from .pack import BlobEntry
from .strictjson import loads
from .textstore import stored_plaintext


@dataclass(frozen=True)
class MessageBlob:
    """A message blob that passed every check: what the check found, its plaintext (None when
    the caller did not keep it), and the blob as stored (a library keeps that as a message
    block)."""

    checked: CheckedBlob
    plaintext: bytes | None
    stored: bytes | bytearray


class BlobDamage(ValueError):
    """A blob is not what the manifest says; ``str`` says how, naming the chat and month."""


def read_message_blob(keys: SetKeys, entry: BlobEntry, stored: bytes | bytearray, chat: ChatEntry,
                      ref: TextBlobRef, *, keep_plaintext: bool = True) -> MessageBlob:
    """Check a message blob as stored in its pack against its manifest entry
    (``chat``, ``ref``); ``BlobDamage`` if anything is wrong. ``keep_plaintext=False``: the
    plaintext is let go as soon as it is checked (a caller that keeps the stored form)."""
    where = f"the messages of {chat.name[:40]!r} in {ref.month}"
    try:
        raw = stored_plaintext(stored, entry.comp, MAX_TEXT_BLOB)
    except ValueError as exc:
        raise BlobDamage(f"{where} do not decompress ({exc})") from None
    if not hmac.compare_digest(keys.blob_name(hashlib.sha256(raw).digest()), entry.blob_id):
        raise BlobDamage(f"{where} do not match their name (blob {entry.blob_id[:12]})")
    try:
        checked = check_text_block(raw)
        checked.check_entry(chat.id, ref.month, ref.messages)
    except ValueError as exc:
        version = _newer_version(raw)
        if version is not None:  # authenticated above: a newer backupgui wrote it
            raise NewerFormatError(
                f"This backup was made by a newer version of backupgui (its messages are in "
                f"format version {version}), which this version cannot read.") from None
        raise BlobDamage(f"{where} are malformed: {exc}") from None
    return MessageBlob(checked, raw if keep_plaintext else None, stored)


def _newer_version(raw: bytes) -> int | None:
    """The ``v`` of a blob that is a JSON object with a version greater than any this app
    reads (FORMAT.md 11), else None."""
    try:
        doc = loads(raw)
    except (ValueError, RecursionError):
        return None
    version = doc.get("v") if type(doc) is dict else None
    return version if type(version) is int and version > max(BLOB_VERSIONS) else None


def media_matches(keys: SetKeys, digest: bytes, blob_id: str, sha256: str) -> bool:
    """A media blob's content (its SHA-256 ``digest``) is the file the manifest names."""
    return digest.hex() == sha256 and hmac.compare_digest(keys.blob_name(digest), blob_id)
