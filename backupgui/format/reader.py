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
from ..errors import Damage, NewerFormatError, damage_of
from .damage import logged, messages_problem
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
    """A blob is not what the manifest says; ``problem`` (and ``str``) says how in words for
    people, naming the chat and month (``format/damage.py``; the detail is in the log)."""

    @property
    def problem(self) -> str:
        """The phrase of ``format/damage.py`` this was raised with."""
        return str(self)


def read_message_blob(keys: SetKeys, entry: BlobEntry, stored: bytes | bytearray, chat: ChatEntry,
                      ref: TextBlobRef, *, keep_plaintext: bool = True) -> MessageBlob:
    """Check a message blob as stored in its pack against its manifest entry
    (``chat``, ``ref``); ``BlobDamage`` if anything is wrong. ``keep_plaintext=False``: the
    plaintext is let go as soon as it is checked (a caller that keeps the stored form)."""
    chat_name, month = repr(chat.name[:40]), ref.month
    try:
        raw = stored_plaintext(stored, entry.comp, MAX_TEXT_BLOB)
    except ValueError as exc:
        logged(f"blob {entry.blob_id[:12]}", exc)
        damage = damage_of(exc, Damage.COMPRESSION)  # (a split blob's layout is its stored form)
        raise BlobDamage(messages_problem(chat_name, month, damage)) from None
    if not hmac.compare_digest(keys.blob_name(hashlib.sha256(raw).digest()), entry.blob_id):
        logged(f"blob {entry.blob_id[:12]}", "its content does not match its keyed name")
        raise BlobDamage(messages_problem(chat_name, month, Damage.AUTHENTICATION))
    try:
        checked = check_text_block(raw)
    except ValueError as exc:
        _refuse_newer(raw)
        logged(f"blob {entry.blob_id[:12]}", exc)
        raise BlobDamage(messages_problem(chat_name, month, damage_of(exc))) from None
    try:
        checked.check_entry(chat.id, ref.month, ref.messages)
    except ValueError as exc:
        _refuse_newer(raw)
        logged(f"blob {entry.blob_id[:12]}", exc)
        raise BlobDamage(messages_problem(chat_name, month, Damage.MISMATCH)) from None
    return MessageBlob(checked, raw if keep_plaintext else None, stored)


def _refuse_newer(raw: bytes) -> None:
    """``NewerFormatError`` for a blob (authenticated already) that a newer backupgui wrote."""
    version = _newer_version(raw)
    if version is not None:
        raise NewerFormatError(
            f"This backup was made by a newer version of backupgui (its messages are in "
            f"format version {version}), which this version cannot read.") from None


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
