"""The one gate for names that come from a backup (docs/FORMAT.md, section 1.1).

A backup is hostile input even when it decrypts: whoever holds K (a backup handed over with
its key, a leaked key) chooses every string in it. Any of those strings that becomes part of
a file path or an object name is checked here against its exact grammar, once, where it is
read (``format/config.py``, ``format/index.py``, ``format/pack.py``, ``format/manifest.py``,
the listings in ``engine/repository.py``), before anything else uses it. Paths built from a
checked name go through ``child_path``, which also asserts that the result stays inside its
folder, so that a grammar mistake cannot turn into a write outside the library.

Each check is one compiled regular expression per name (the restore checks every media
hash and blob id it meets, so this must stay cheap).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

#: 16 random bytes as 32 lowercase hex digits.
SET_ID = re.compile(r"[0-9a-f]{32}")
#: Pack and index ids: 16 random bytes as 32 lowercase hex digits.
OBJECT_ID = re.compile(r"[0-9a-f]{32}")
#: Blob ids (HMAC-SHA256) and media SHA-256 hashes: 64 lowercase hex digits.
DIGEST = re.compile(r"[0-9a-f]{64}")
#: ``YYYYMMDDTHHMMSS.mmmZ-xxxxxxxx``: UTC creation time to the millisecond, 8 hex digits.
SNAPSHOT_ID = re.compile(r"[0-9]{8}T[0-9]{6}\.[0-9]{3}Z-[0-9a-f]{8}")
#: A destination's name of an immutable object (FORMAT.md 1): a pack, index, manifest or lock
#: (10.3: a refresh writes a new one) of a set. Their ids are random and never reused, so an
#: object under such a name never changes; a set's ``config`` is replaced in place and is not
#: one of them.
IMMUTABLE_OBJECT = re.compile(
    rf"sets/{SET_ID.pattern}/(?:data/{OBJECT_ID.pattern}|index/{OBJECT_ID.pattern}"
    rf"|snapshots/{SNAPSHOT_ID.pattern}|locks/{OBJECT_ID.pattern})")


class BadName(ValueError):
    """A name from a backup does not follow its grammar (the backup is damaged or hostile)."""


def _check(pattern: re.Pattern[str], value: object, what: str) -> str:
    # type() and not isinstance(): a str subclass could answer fullmatch differently.
    if type(value) is not str or pattern.fullmatch(value) is None:
        raise BadName(f"bad {what} {_show(value)}")
    return value


def _show(value: object) -> str:
    """A short, printable form of a rejected value for the error message."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def set_id(value: object) -> str:
    """``value`` if it is a set id; else ``BadName``."""
    return _check(SET_ID, value, "set id")


def pack_id(value: object) -> str:
    return _check(OBJECT_ID, value, "pack id")


def index_id(value: object) -> str:
    return _check(OBJECT_ID, value, "index id")


def blob_id(value: object) -> str:
    return _check(DIGEST, value, "blob id")


def sha256(value: object) -> str:
    """``value`` if it is a media file's SHA-256 (64 lowercase hex digits); else ``BadName``."""
    return _check(DIGEST, value, "media hash")


def snapshot_id(value: object) -> str:
    return _check(SNAPSHOT_ID, value, "snapshot id")


def is_set_id(value: object) -> bool:
    return type(value) is str and SET_ID.fullmatch(value) is not None


def is_object_id(value: object) -> bool:
    return type(value) is str and OBJECT_ID.fullmatch(value) is not None


def is_snapshot_id(value: object) -> bool:
    return type(value) is str and SNAPSHOT_ID.fullmatch(value) is not None


def is_immutable_object(name: object) -> bool:
    """Whether ``name`` is a pack's, index's or manifest's object name: the bytes under it
    never change (a destination may read it by what it found for it earlier: Drive's file
    id). Any other name (a ``config``, a stray file) is replaceable."""
    return type(name) is str and IMMUTABLE_OBJECT.fullmatch(name) is not None


def is_sha256(value: object) -> bool:
    return type(value) is str and DIGEST.fullmatch(value) is not None


_UNSAFE = re.compile(r"[/\\\0]")  # a separator on some platform, or NUL


def child_path(root: Path, *parts: str) -> Path:
    """``root / parts...``, asserting that the result is strictly inside ``root``: each part
    is one plain path component (no separator, no ``..``, not absolute, no NUL; on Windows no
    drive colon or trailing dot or space), so neither a name nor the platform's path rules can
    lead elsewhere. ``BadName`` otherwise."""
    for part in parts:
        if type(part) is not str or part in ("", ".", "..") or _UNSAFE.search(part) or (
                os.name == "nt" and (":" in part or part[-1] in " .")):
            raise BadName(f"bad path component {_show(part)}")
    path = root.joinpath(*parts)
    base = os.path.normpath(os.fspath(root))
    full = os.path.normpath(os.fspath(path))
    if full == base or os.path.commonpath([base, full]) != base:
        raise BadName(f"path {_show(os.fspath(path))} leaves {_show(base)}")
    return path

