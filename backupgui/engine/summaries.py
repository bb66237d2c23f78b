"""A local cache of authenticated snapshot summaries, so that a backup's start reads only
the manifests it has not seen (docs/SECURITY.md 2.11, docs/RELIABILITY.md 8).

One file per set in the app's cache folder (``snapshots/<set id>.summaries``, 0600 in a 0700
folder): a MAC, then JSON. Each entry is what ``SnapshotInfo`` keeps of one manifest (rank,
time, counts, sizes, its pack list when short enough) with the object's size, what the
destination lists beyond the size for those very bytes (``check``: Drive's checksum, a
folder's file times) and the SHA-256 of its authenticated content, written only after that
content authenticated under the set's key (or was written by this app). The MAC is HMAC-SHA256 under a key derived
from K and the set id (``SetKeys.summaries``): a local process or a file brought from
elsewhere cannot plant an entry, and another set's file does not verify.

The cache is a hint, never the truth: the destination's listing decides *which* snapshots
exist (an entry whose name is not listed is dropped, one whose listed size or check differs
is read again), and a missing, damaged, foreign, truncated or oversized file is ignored and
rebuilt, never an error. Nothing here reaches the user, so nothing is translated.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import re
import secrets
from collections.abc import Iterable
from pathlib import Path

from .. import safeopen
from ..format import names
from ..format.manifest import MAX_SEQ, Totals

log = logging.getLogger(__name__)

#: What the body says it is; another value (a later version's file) is ignored and replaced.
#: (/1, before entries held the destination's check, is ignored and rebuilt once.)
FORMAT = "backupgui-snapshot-summaries/2"
#: The MAC's domain: the same key signs nothing else.
_MAC_CONTEXT = b"backupgui snapshot summaries v1\x00"
_MAC_LEN = 32
#: The largest file read or written (a set of 1,000 backups with 40 packs each is ~2 MiB);
#: a longer file is ignored unread, and what does not fit is simply not cached.
MAX_FILE_BYTES = 4 << 20
#: Entries kept per set (the newest by rank): retention keeps at most its slots (~26 by
#: default), so this is far past an honest set; older ones are read from the destination.
MAX_ENTRIES = 2048
#: A snapshot that uses more packs than this is cached without its pack list (retention
#: then reads its manifest, as without the cache). Also what ``SnapshotInfo`` keeps.
MAX_PACKS = 4096
#: Pack ids kept over all entries of a file (and in memory over a set's infos).
MAX_TOTAL_PACKS = 65536
_MAX_TEXT = 256  # device, app version and creation time: longer ones are not cached
_SUFFIX = ".summaries"
#: ``ObjectInfo.check`` as an entry may hold it: a checksum, a folder's times, or nothing.
_CHECK = re.compile(r"(?:sha256:[0-9a-f]{64}|md5:[0-9a-f]{32}|stat:[0-9a-f.\-]{1,80})?\Z")
#: The checksums an entry can be bound to by hashing the bytes read or written.
HASHES = ("sha256", "md5")
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def cache_root() -> Path:
    """The folder of the summary files: ``<user cache folder>/backupgui/snapshots`` (the
    same cache folder as the Drive spool and the phone-backup work folders)."""
    import platformdirs

    return Path(platformdirs.user_cache_dir("backupgui", appauthor=False)) / "snapshots"


def cache_path(set_id: str, root: Path | None = None) -> Path:
    """The one file of ``set_id`` (its 32-hex-digit grammar checked: ``BadName``), built
    here and only here, inside ``root``."""
    return names.child_path(root or cache_root(), names.set_id(set_id) + _SUFFIX)


class Entry:
    """One cached summary: the fields ``SnapshotInfo`` is made of, bound to the object's
    size and listed check (``ObjectInfo``) and the SHA-256 of the authenticated manifest
    content."""

    __slots__ = ("app_version", "check", "created", "created_ms", "device", "digest",
                 "include_videos", "packs", "prev", "seq", "size", "snapshot_id", "totals")

    def __init__(self, snapshot_id: str, size: int, digest: str, created: str, created_ms: int,
                 device: str, app_version: str, include_videos: bool, totals: Totals, seq: int,
                 prev: str | None, packs: tuple[str, ...] | None, check: str = "") -> None:
        self.snapshot_id, self.size, self.digest = snapshot_id, size, digest
        self.created, self.created_ms, self.device = created, created_ms, device
        self.app_version, self.include_videos, self.totals = app_version, include_videos, totals
        self.seq, self.prev, self.packs, self.check = seq, prev, packs, check

    @property
    def rank(self) -> tuple[int, int, str]:
        return (self.seq, self.created_ms, self.snapshot_id)

    def to_json(self, with_packs: bool) -> list:
        t = self.totals
        return [self.snapshot_id, self.size, self.digest, self.created, self.created_ms,
                self.device, self.app_version, self.include_videos,
                [t.chats, t.messages, t.media_files, t.media_bytes, t.text_bytes, t.stored_bytes],
                self.seq, self.prev, list(self.packs) if with_packs and self.packs is not None
                else None, self.check]

    @classmethod
    def from_json(cls, row: object) -> Entry:
        """``ValueError`` for anything that is not exactly what ``to_json`` writes."""
        if type(row) is not list or len(row) != 13:
            raise ValueError("entry")
        sid, size, digest, created, created_ms, device, app, videos, t, seq, prev, packs, check = row
        if not (names.is_snapshot_id(sid) and _nat(size) and names.is_sha256(digest)
                and _text(created) and _nat(created_ms) and _text(device) and _text(app)
                and type(videos) is bool and _nat(seq) and seq <= MAX_SEQ
                and (prev is None or names.is_snapshot_id(prev))
                and type(t) is list and len(t) == 6 and all(_nat(x) for x in t)
                and type(check) is str and _CHECK.match(check)):
            raise ValueError("entry")
        if packs is not None and not (type(packs) is list and len(packs) <= MAX_PACKS
                                      and all(names.is_object_id(p) for p in packs)):
            raise ValueError("entry")
        return cls(sid, size, digest, created, created_ms, device, app, videos, Totals(*t), seq,
                   prev, tuple(packs) if packs is not None else None, check)


def _nat(v: object) -> bool:
    return type(v) is int and 0 <= v < 1 << 63


def _text(v: object) -> bool:
    return type(v) is str and len(v) <= _MAX_TEXT


class SummaryCache:
    """The cached summaries of one set: ``load`` (never raises), ``get``, ``put``,
    ``retain``, ``save`` (atomic; failures only logged)."""

    def __init__(self, set_id: str, mac_key: bytes, root: Path | None = None) -> None:
        self.set_id = names.set_id(set_id)
        self._key = mac_key
        self._root = root
        self._entries: dict[str, Entry] = {}
        self._dirty = False
        self.loaded = False  # a file verified and was read (for tests and the log)

    @property
    def path(self) -> Path:
        return cache_path(self.set_id, self._root)

    def _mac(self, body: bytes) -> bytes:
        return hmac.new(self._key, _MAC_CONTEXT + body, hashlib.sha256).digest()

    def load(self) -> SummaryCache:
        """Read the file if it is there, ours, whole and this set's; otherwise start empty."""
        self._entries, self._dirty, self.loaded = {}, False, False
        try:
            data = _read_bounded(self.path)
        except FileNotFoundError:
            return self
        except (OSError, ValueError) as exc:  # a folder, a link, too long, unreadable
            log.info("snapshot summaries of set %s ignored: %s", self.set_id, exc)
            self._dirty = True  # written again, replacing what is there
            return self
        try:
            entries = self._parse(data)
        except ValueError as exc:
            log.info("snapshot summaries of set %s ignored: %s", self.set_id, exc)
            self._dirty = True
            return self
        self._entries = {e.snapshot_id: e for e in entries}
        self.loaded = True
        return self

    def _parse(self, data: bytes) -> list[Entry]:
        mac, body = data[:_MAC_LEN], data[_MAC_LEN:]
        if len(mac) != _MAC_LEN or not hmac.compare_digest(mac, self._mac(body)):
            raise ValueError("its MAC does not verify (another set's, damaged or planted)")
        try:
            doc = json.loads(body)
        except (ValueError, RecursionError):
            raise ValueError("not JSON") from None
        if not (type(doc) is dict and doc.get("format") == FORMAT and doc.get("set") == self.set_id
                and type(doc.get("entries")) is list and len(doc["entries"]) <= MAX_ENTRIES):
            raise ValueError("not this set's summaries")
        entries = [Entry.from_json(r) for r in doc["entries"]]
        if len({e.snapshot_id for e in entries}) != len(entries):
            raise ValueError("an entry twice")
        return entries

    def get(self, snapshot_id: str, size: int, check: str = "") -> Entry | None:
        """The entry of ``snapshot_id`` if the object listed has the size and the check
        (``ObjectInfo.check``) it had when its content authenticated."""
        e = self._entries.get(snapshot_id)
        return e if e is not None and e.size == size and e.check == check else None

    def check(self, snapshot_id: str, digest: str) -> None:
        """A manifest read again: an entry bound to other content is dropped (writers never
        write a name twice, so only a damaged or replaced object differs)."""
        e = self._entries.get(snapshot_id)
        if e is not None and e.digest != digest:
            log.info("snapshot summary of %s no longer matches its manifest", snapshot_id)
            del self._entries[snapshot_id]
            self._dirty = True
            self.save()

    def put(self, entry: Entry) -> None:
        """Add or replace ``entry``; one that ``load`` would refuse (a device name longer
        than is cached, say) is left out, so that it cannot make the whole file unreadable:
        that snapshot is read from the destination each time instead."""
        try:
            Entry.from_json(entry.to_json(True))
        except ValueError:
            self.forget((entry.snapshot_id,))
            return
        old = self._entries.get(entry.snapshot_id)
        if old is None or old.to_json(True) != entry.to_json(True):
            self._entries[entry.snapshot_id] = entry
            self._dirty = True

    def retain(self, listed: Iterable[str]) -> None:
        """Forget every entry whose snapshot is not in ``listed`` (gone from the
        destination, deleted by retention, or never there)."""
        keep = set(listed)
        gone = [sid for sid in self._entries if sid not in keep]
        for sid in gone:
            del self._entries[sid]
        self._dirty = self._dirty or bool(gone)

    def forget(self, snapshot_ids: Iterable[str]) -> None:
        for sid in snapshot_ids:
            if self._entries.pop(sid, None) is not None:
                self._dirty = True

    def encode(self) -> bytes:
        """MAC and body: the newest entries (by rank) that fit ``MAX_ENTRIES`` and
        ``MAX_FILE_BYTES``; pack lists while ``MAX_TOTAL_PACKS`` lasts."""
        rows, size, packs = [], 0, 0
        for e in sorted(self._entries.values(), key=lambda e: e.rank, reverse=True)[:MAX_ENTRIES]:
            with_packs = e.packs is not None and packs + len(e.packs) <= MAX_TOTAL_PACKS
            row = e.to_json(with_packs)
            n = len(json.dumps(row, separators=(",", ":"), ensure_ascii=False).encode()) + 1
            if size + n > MAX_FILE_BYTES - 256:
                break
            rows.append(row)
            size += n
            packs += len(e.packs) if with_packs else 0  # type: ignore[arg-type]
        body = json.dumps({"format": FORMAT, "set": self.set_id, "entries": rows},
                          separators=(",", ":"), ensure_ascii=False).encode()
        return self._mac(body) + body

    def save(self) -> None:
        """Write the file if anything changed: a new file beside it, then renamed over it
        (never a torn file; no fsync: after a crash a lost or empty file is rebuilt).
        Failures are logged, never raised: the cache only saves time."""
        if not self._dirty:
            return
        try:
            from ..device.fileperms import private_dir

            root = private_dir(self._root or cache_root())
            target = cache_path(self.set_id, root)
            tmp = names.child_path(root, f".{self.set_id}.{secrets.token_hex(8)}.tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW
                         | getattr(os, "O_BINARY", 0), 0o600)
            try:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(self.encode())
                os.replace(tmp, target)
            except BaseException:
                tmp.unlink(missing_ok=True)
                raise
            self._dirty = False
        except (OSError, ValueError) as exc:
            log.info("snapshot summaries of set %s not saved: %s", self.set_id, exc)


def hash_kind(listed: str, kind: str) -> str | None:
    """Which checksum of a manifest's bytes, read now, binds its entry: the one the listing
    gave (``listed``), else the one the destination lists (``kind``,
    ``Destination.listed_check``), so that a listing without it never matches; None: the
    destination has no checksum (the entry takes the listed check as it is)."""
    given = listed.partition(":")[0]
    return given if given in HASHES else kind if kind in HASHES else None


def written_check(kind: str, committed: str, data: bytes) -> str:
    """The check of an object this app wrote as ``data``: the destination's kind of checksum
    of those bytes, else what its commit said (a folder's times, ``ObjectInfo.check``)."""
    if kind in HASHES:
        return f"{kind}:{hashlib.new(kind, data, usedforsecurity=False).hexdigest()}"
    return committed


def _read_bounded(path: Path) -> bytes:
    """A regular file's bytes, at most ``MAX_FILE_BYTES`` (a longer one: ``ValueError``),
    never through a symlink."""
    try:
        fh = safeopen.open_regular(path, follow=False)  # (a planted FIFO must not hang it)
    except safeopen.NotRegularFile:
        raise ValueError("not a regular file") from None
    with fh:
        data = fh.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise ValueError("too long")
    return data
