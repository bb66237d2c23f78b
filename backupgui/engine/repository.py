"""One backup set at a destination: its config, keys, objects, index and snapshots.

Layout (docs/FORMAT.md, "Layout")::

    sets/<set id>/config                 clear JSON: key mode, KDF, wrapped K, MAC
    sets/<set id>/data/<pack id>         packs
    sets/<set id>/index/<index id>       indexes
    sets/<set id>/snapshots/<snapshot>   manifests; the name starts with the UTC creation time
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from ..crypto.material import KeyMaterial, RawKey
from ..crypto.segments import (
    NewerObjectError,
    ObjectType,
    SegmentError,
    decrypt_object,
    encrypt_bytes,
)
from ..crypto.subkeys import SetKeys
from ..destinations.base import Destination, ObjectInfo
from ..errors import (
    BackupError,
    Damage,
    DamagedBackupError,
    KeyDestroyedError,
    NewerFormatError,
    NotFoundError,
    VaultAccountError,
    VaultError,
    WrongKeyError,
    damage_of,
    marked,
)
from ..format import names
from ..format.compress import compressed_bound
from ..format.config import (
    MAX_CONFIG_BYTES,
    SetConfig,
    new_config,
    parse_config,
    unlock,
    unlock_and_upgrade,
    upgraded_config,
    vault_upgrade_possible,
)
from ..format.damage import logged, manifest_problem, reason
from ..format.index import MAX_INDEX_PLAINTEXT, Index, decode_index, encode_index
from ..format.manifest import (
    MAX_MANIFEST_PLAINTEXT,
    Manifest,
    Totals,
    decode_manifest,
    encode_manifest,
)
from ..format.pack import PackInfo, read_trailer
from .summaries import (
    MAX_PACKS,
    MAX_TOTAL_PACKS,
    Entry,
    SummaryCache,
    hash_kind,
    written_check,
)

log = logging.getLogger(__name__)

SETS = "sets/"
# The longest content (a zstd frame) each kind of small object may have (docs/FORMAT.md):
# reading stops there, so a crafted object costs at most this much memory.
_MAX_PLAINTEXT = {ObjectType.INDEX: compressed_bound(MAX_INDEX_PLAINTEXT),
                  ObjectType.SNAPSHOT: compressed_bound(MAX_MANIFEST_PLAINTEXT)}


def snapshot_name(now: datetime | None = None) -> str:
    """A new snapshot id: UTC time to the millisecond, then 8 random hex digits."""
    now = now or datetime.now(UTC)
    return now.strftime("%Y%m%dT%H%M%S.") + f"{now.microsecond // 1000:03d}Z-" + secrets.token_hex(4)


def snapshot_time(snapshot_id: str) -> datetime | None:
    """The creation time encoded in a snapshot id, or None if it does not parse."""
    try:
        return datetime.strptime(snapshot_id.split("-", 1)[0], "%Y%m%dT%H%M%S.%fZ").replace(tzinfo=UTC)
    except ValueError:
        return None


def read_config(dest: Destination, set_id: str) -> SetConfig:
    """The parsed config of a set, reading at most ``MAX_CONFIG_BYTES`` + 1 bytes (a larger
    object is damage, not a reason to run out of memory); ``DamagedBackupError`` if bad,
    ``NotFoundError`` if missing."""
    names.set_id(set_id)
    data = dest.read(f"{SETS}{set_id}/config", 0, MAX_CONFIG_BYTES + 1)
    return replace(parse_config(data), digests=(hashlib.sha256(data).hexdigest(),
                                                hashlib.md5(data, usedforsecurity=False).hexdigest()))


def listed_unchanged(cfg: SetConfig, listed: ObjectInfo | None) -> bool:
    """Whether ``listed`` (the config as a listing under the set's lock gave it) holds
    exactly the bytes ``cfg`` was read and authenticated from: the provider's SHA-256 of
    them, or its MD5 where it lists no SHA-256 (docs/DRIVE.md 5). No checksum, another one,
    or one of another shape: not known to be unchanged (it is read again)."""
    if listed is None or not listed.check:
        return False
    kind, _, value = listed.check.partition(":")
    sha, md5 = cfg.digests
    return bool(value) and ((kind == "sha256" and value == sha) or (kind == "md5" and value == md5))


@dataclass(frozen=True, slots=True)
class SetListing:
    """What can be seen of a set without its key."""

    config: SetConfig
    snapshots: tuple[str, ...]
    stored_bytes: int


def scan_sets(dest: Destination, objects: list[ObjectInfo] | None = None,
              known: Iterable[SetListing] = ()) -> list[SetListing]:
    """All backup sets at a destination, from one listing (no key needed; ``objects``: that
    listing, ``dest.list(SETS)``, if the caller made it). Nothing here is authenticated: the
    order (newest snapshot name first) is only the order to try them in. ``known``: an
    earlier scan of this run, whose configs are taken instead of read again (a set it did
    not see, or saw without a config, is read)."""
    had = {s.config.set_id: s.config for s in known}
    if objects is None:
        objects = dest.list(SETS)
    by_set: dict[str, list[ObjectInfo]] = {}
    for o in objects:
        parts = o.name.split("/")
        if len(parts) >= 3 and names.is_set_id(parts[1]):  # anything else is not a set
            by_set.setdefault(parts[1], []).append(o)
    out = []
    for set_id, objs in by_set.items():
        present = {o.name for o in objs}
        if f"{SETS}{set_id}/config" not in present:
            continue
        try:
            cfg = had.get(set_id) or read_config(dest, set_id)
        except (DamagedBackupError, NotFoundError):
            # (gone since the listing: another computer's rotation removed that set, or a
            # provider answers so; every other set still opens: SECURITY.md 2.12)
            continue
        if cfg.set_id != set_id:
            continue
        at = f"{SETS}{set_id}/snapshots/"
        snaps = tuple(sorted(o.name[len(at):] for o in objs
                             if o.name.startswith(at) and names.is_snapshot_id(o.name[len(at):])))
        out.append(SetListing(cfg, snaps, sum(o.size for o in objs)))
    out.sort(key=lambda s: (s.snapshots[-1] if s.snapshots else "", s.config.created), reverse=True)
    return out


def vault_account(dest: Destination) -> str:
    """What a new key vault record for ``dest`` is bound to (docs/VAULT.md 1.6): the Google
    account for Drive, this device's credential plus a recovery code for anything else."""
    return "google" if callable(getattr(dest, "id_token", None)) else "device"


def vault_access(dest: Destination):
    """The account proof a destination itself can give (a Drive sign-in's ID token)."""
    id_token = getattr(dest, "id_token", None)
    if not callable(id_token):
        return None
    from ..vault.account import VaultAccess

    return VaultAccess(id_token=id_token)


@dataclass(frozen=True, slots=True)
class SnapshotInfo:
    """What ranking and listing need of an authenticated manifest (no chats, media or
    packs): a set's snapshots are kept this way, so that memory does not grow with their
    number times their size (docs/SECURITY.md 2.3). ``Repo.load_manifest`` reads one whole."""

    snapshot_id: str
    created: str
    created_ms: int
    device: str
    app_version: str
    include_videos: bool
    totals: Totals
    seq: int
    prev: str | None
    #: The manifest object's size at the destination (what reading it again costs).
    size: int = 0
    #: The packs the snapshot uses, where they were kept (a set opened with its summary
    #: cache, ``Repo.use_summaries``; at most ``MAX_PACKS``): retention then need not read
    #: the manifest again. None: not kept.
    packs: tuple[str, ...] | None = None

    @classmethod
    def of(cls, m: Manifest, size: int = 0, keep_packs: bool = False) -> SnapshotInfo:
        packs = m.packs if keep_packs and len(m.packs) <= MAX_PACKS else None
        return cls(m.snapshot_id, m.created, m.created_ms, m.device, m.app_version,
                   m.include_videos, m.totals, m.seq, m.prev, size, packs)

    @classmethod
    def of_entry(cls, e: Entry) -> SnapshotInfo:
        return cls(e.snapshot_id, e.created, e.created_ms, e.device, e.app_version,
                   e.include_videos, e.totals, e.seq, e.prev, e.size, e.packs)

    def entry(self, digest: str, check: str) -> Entry:
        """This summary as a cache entry bound to its manifest's content (``digest``) and to
        what the destination lists for those bytes (``check``: ``ObjectInfo.check``)."""
        return Entry(self.snapshot_id, self.size, digest, self.created, self.created_ms,
                     self.device, self.app_version, self.include_videos, self.totals, self.seq,
                     self.prev, self.packs, check)

    @property
    def rank(self) -> tuple[int, int, str]:
        return (self.seq, self.created_ms, self.snapshot_id)


class Snapshots:
    """The snapshots of a set that authenticate under its key, oldest first by rank (seq,
    then creation time, then id), as ``SnapshotInfo``; the newest one's whole manifest
    (``head``); and what was ignored: names that do not parse, and manifests that do not
    authenticate or break the format's rules.

    With the summary cache (``Repo.use_summaries``) the newest one may be known by its
    summary only (``newest``); ``head`` then reads its manifest when first asked for."""

    __slots__ = ("_head", "_load", "ignored", "infos")

    def __init__(self, infos: tuple[SnapshotInfo, ...], ignored: tuple[str, ...] = (),
                 head: Manifest | None = None,
                 load: Callable[[str], Manifest] | None = None) -> None:
        self.infos = infos
        self.ignored = ignored
        self._head = head
        self._load = load

    @property
    def newest(self) -> SnapshotInfo | None:
        """The newest snapshot's summary: what a backup continues from (its rank, id and,
        with the cache, its packs)."""
        return self.infos[-1] if self.infos else None

    @property
    def head(self) -> Manifest | None:
        """The newest snapshot's whole manifest: the one later backups continue from.
        (Read now if only its summary was known: ``DamagedBackupError`` if it no longer
        authenticates.)"""
        if self._head is None and self.infos and self._load is not None:
            self._head = self._load(self.infos[-1].snapshot_id)
        return self._head

    @property
    def loaded_head(self) -> Manifest | None:
        """``head`` if it is in memory, without reading it."""
        return self._head

    @property
    def loader(self) -> Callable[[str], Manifest] | None:
        return self._load

    def get(self, snapshot_id: str) -> SnapshotInfo | None:
        return next((i for i in self.infos if i.snapshot_id == snapshot_id), None)


def vault_proofs(dest: Destination, material: KeyMaterial):
    """Everything this computer can prove to a key vault without asking the user: the key
    material's own proofs, the Drive sign-in's ID token, this device's credential."""
    from ..device.keystore import KeyStore
    from ..vault.account import VaultAccess

    id_token = getattr(dest, "id_token", None)
    base = VaultAccess(id_token=id_token if callable(id_token) else None, devices=KeyStore())
    own = getattr(material, "access", None)
    return own.merged(base) if own is not None else base


class Repo:
    """An unlocked backup set."""

    def __init__(self, dest: Destination, cfg: SetConfig, key: bytes, keys: SetKeys) -> None:
        self.dest = dest
        self.cfg = cfg
        self._key = key
        self.keys = keys
        self.prefix = f"{SETS}{cfg.set_id}/"
        #: Objects of this set that were ignored because their names do not parse or they
        #: do not authenticate (one sentence each): verify reports them as warnings.
        self.ignored: list[str] = []
        self._snapshots: Snapshots | None = None
        #: Other sets at the destination that opened with the same key material.
        self.other_sets: list[str] = []
        #: A new set's config, until it is written (``create(write_config=False)``).
        self.config_bytes: bytes | None = None
        #: The pack ids ``adopt_orphans`` found at the destination (None: not listed yet).
        self.pack_names: set[str] | None = None
        #: Those packs' times by the destination's clock (``ObjectInfo.mtime``).
        self.pack_times: dict[str, float | None] = {}
        #: The destination's time of the last index or manifest written here (its "now",
        #: by its own clock: what retention ages packs against; None: not given).
        self.written_at: float | None = None
        #: This computer's cache of the set's authenticated snapshot summaries, if used
        #: (``use_summaries``).
        self.summaries: SummaryCache | None = None

    @property
    def set_id(self) -> str:
        return self.cfg.set_id

    @property
    def key(self) -> bytes:
        return self._key

    def use_summaries(self) -> Repo:
        """Answer ``snapshots`` from this computer's cache of authenticated summaries
        (``summaries.py``), reading only the manifests it does not hold, and keep it up to
        date. The destination's listing still decides which snapshots exist."""
        if self.summaries is None and self.keys.summaries:
            # (snapshots already known, as ``take_as_new``'s, stay: they were read whole)
            self.summaries = SummaryCache(self.set_id, self.keys.summaries).load()
        return self

    # -- opening -------------------------------------------------------------------------
    @classmethod
    def create(cls, dest: Destination, material: KeyMaterial, *, write_config: bool = True) -> Repo:
        """A new set. ``write_config=False``: the config is written later (``write_config``),
        so that the set appears at the destination only once it is complete (key rotation)."""
        data, key, keys, cfg = new_config(material, account=vault_account(dest),
                                          access=vault_access(dest))
        repo = cls(dest, cfg, key, keys)
        repo.config_bytes = data
        if write_config:
            # The set id is 128 fresh random bits: no object can have this name yet, so
            # nothing is looked up before it is written (a request to Drive).
            dest.put(f"{SETS}{cfg.set_id}/config", data, new=True)
        return repo

    @classmethod
    def open(cls, dest: Destination, material: KeyMaterial, set_id: str | None = None, *,
             upgrade: bool = False, prefer: tuple[str, ...] = (),
             summaries: bool = False) -> Repo:
        """Unlock a set: ``set_id``, or else the current one (``open_current``).

        ``upgrade``: a v1 vault set opened with its password gets its vault record bound to
        the account (``unlock_and_upgrade``) and its config rewritten without the access token.
        ``summaries``: use this computer's summary cache (``use_summaries``).
        """
        if set_id is None:
            return open_current(dest, material, upgrade=upgrade, prefer=prefer,
                                summaries=summaries)
        if not names.is_set_id(set_id):
            raise NotFoundError(f"There is no backup set {set_id!r} at {dest.label}.")
        try:
            cfg = read_config(dest, set_id)
        except NotFoundError:
            raise NotFoundError(f"There is no backup set {set_id} at {dest.label}.") from None
        if cfg.set_id != set_id:
            raise DamagedBackupError(f"The settings of backup set {set_id} belong to another backup set.")
        return cls._unlock(dest, cfg, material, upgrade, summaries)

    @classmethod
    def open_listed(cls, dest: Destination, listing: SetListing, material: KeyMaterial, *,
                    summaries: bool = False) -> Repo:
        """Unlock the set ``listing`` (``scan_sets``) found, with the config it read: the
        config is authenticated under the key as ``open`` does, so one read serves both the
        name's resolution and the unlock (docs/DRIVE.md 5)."""
        return cls._unlock(dest, listing.config, material, False, summaries)

    @classmethod
    def _unlock(cls, dest: Destination, cfg: SetConfig, material: KeyMaterial, upgrade: bool,
                summaries: bool = False) -> Repo:
        if not upgrade:
            key, keys = unlock(cfg, material, vault_access(dest))
            repo = cls(dest, cfg, key, keys)
        else:
            key, keys, new_data = unlock_and_upgrade(cfg, material, vault_account(dest),
                                                     vault_access(dest))
            repo = cls(dest, cfg, key, keys)
            if new_data is not None:
                repo.write_config(new_data, must_land=True)  # (the record is bound already)
        return repo.use_summaries() if summaries else repo

    def reread_config(self, material: KeyMaterial, *, upgrade: bool = True,
                      listed: ObjectInfo | None = None) -> None:
        """Under the set's lock, before a one-time upgrade rewrites the config: the config
        as it is now, not as it was when the set was unlocked (another computer may have
        changed the password in between, and the upgrade must not write the old one back).
        A changed config is unlocked again with ``material``; an old password then no longer
        opens it (``WrongKeyError``). A v1 vault set's record is bound to the account here
        (``unlock_and_upgrade``), as ``open(upgrade=True)`` would, unless ``upgrade`` is False
        (a change of protection, which replaces the binding anyway). ``listed``: the config
        as the lock's listing gave it (``Lock.config``): with the checksum of the very bytes
        read at the unlock it is not read again (``listed_unchanged``)."""
        if listed_unchanged(self.cfg, listed):
            cfg = self.cfg
        else:
            try:
                cfg = read_config(self.dest, self.set_id)
            except NotFoundError:  # (a key rotation elsewhere removed the set meanwhile)
                raise NotFoundError(
                    f"There is no backup set {self.set_id} at {self.dest.label}.") from None
        if cfg.set_id != self.set_id:
            raise DamagedBackupError(
                f"The settings of backup set {self.set_id} belong to another backup set.")
        if cfg == self.cfg and not (upgrade and vault_upgrade_possible(
                cfg, material, vault_account(self.dest), vault_access(self.dest))):
            return
        fresh = Repo._unlock(self.dest, cfg, material, upgrade)
        if not hmac.compare_digest(fresh.key, self._key):  # (a set's K never changes)
            raise DamagedBackupError("The backup's settings were changed (the key check failed).")
        self.cfg = fresh.cfg

    def upgrade_format(self) -> bool:
        """Rewrite a format v1 config as v2 (same K, same fields); True if it was v1. The
        set's v1 objects stay readable; what is written from now on is v2."""
        data = upgraded_config(self.cfg, self.keys)
        if data is None:
            return False
        self.write_config(data)
        return True

    def write_config(self, data: bytes, *, must_land: bool = False) -> None:
        """Replace the set's config (a change of protection, a rotation's new set, an
        upgrade). A write that fails never lands later: Drive would finish its journaled
        upload at its next open, after the caller said nothing changed (the new password in
        effect, or a failed rotation's new set complete, so that the next backup removed the
        old set: SECURITY.md 2.12). Should an attempt have landed all the same (an answer
        lost), the destination holding exactly ``data`` makes it a write that succeeded.

        ``must_land``: the vault changed for this config already (a v1 record bound to the
        account, which from then on ignores the old config's access token): a failed write
        stays pending, and the destination's next open sends it, as before."""
        name = self.prefix + "config"
        try:
            self.dest.put(name, data)
        except Exception:
            if must_land:
                raise
            self.dest.discard_pending(name)
            if not self._holds(name, data):
                raise
            log.info("the config of set %s was written although its write failed", self.set_id)
        self.cfg = parse_config(data)

    def _holds(self, name: str, data: bytes) -> bool:
        try:  # (``size`` looks the name up afresh: Drive's ranged read uses what it found)
            return (self.dest.size(name) == len(data)
                    and self.dest.read(name, 0, MAX_CONFIG_BYTES + 1) == data)
        except Exception:  # (unreachable, missing, ...: the write did not happen, as far as known)
            return False

    # -- objects -------------------------------------------------------------------------
    def put_object(self, rel: str, obj_type: int, plaintext: bytes) -> int:
        """Write a new index or snapshot object (their names are random, never reused)."""
        data = encrypt_bytes(self.keys.objects, obj_type, rel, plaintext)
        info = self.dest.put(self.prefix + rel, data, new=True)
        self.written_at = info.mtime
        return info.size

    def get_object(self, rel: str, obj_type: int,
                   on_read: Callable[[int], None] | None = None,
                   tap: Callable[[bytes], object] | None = None) -> bytes:
        """The authenticated content (padding removed) of an index or manifest, read up to
        the format's bound for its kind (more is damage: reading stops there).

        ``NewerFormatError`` for one in a newer object version whose segment authenticated
        (a newer backupgui wrote it: FORMAT.md 4.1, 11); ``DamagedBackupError`` for any other
        failure, a newer version byte that does not authenticate included. ``on_read(n)``
        is called with the bytes read so far after each piece (progress; it may raise
        ``CancelledError`` to stop the read). ``tap`` is fed the stored bytes as they are
        read (a hash's ``update``)."""
        chunks = self.dest.stream(self.prefix + rel)
        if on_read is not None:
            chunks = _counted(chunks, on_read)
        if tap is not None:
            chunks = _tapped(chunks, tap)
        try:
            return decrypt_object(self.keys.objects, rel, obj_type, chunks, _MAX_PLAINTEXT[obj_type])
        except NewerObjectError as exc:
            name = rel.partition("/")[2]
            if obj_type == ObjectType.INDEX:
                raise NewerFormatError(
                    # translators: %1: the index's internal name (hexadecimal digits), %2: a format
                    # version number
                    f"This backup was made by a newer version of backupgui (its index {name} "
                    f"is in format version {exc.version}), which this version cannot read.") from None
            raise NewerFormatError(
                f"This backup was made by a newer version of backupgui (its snapshot {name} "
                f"is in format version {exc.version}), which this version cannot read.") from None
        except SegmentError as exc:
            raise _damaged(rel, exc.damage, exc) from None

    def list_rel_and_config(self, sub: str) -> tuple[list[ObjectInfo], ObjectInfo | None]:
        """``list_rel(sub)`` and, where the same request lists it (``Destination.list_with``),
        the set's config with its checksum (None: not listed)."""
        n = len(self.prefix)
        listed, cfg = self.dest.list_with(self.prefix + sub, self.prefix + "config")

        def rel(o: ObjectInfo) -> ObjectInfo:
            return ObjectInfo(o.name[n:], o.size, o.check, mtime=o.mtime)

        return [rel(o) for o in listed], (rel(cfg) if cfg is not None else None)

    def list_rel(self, sub: str, checked: bool = False) -> list[ObjectInfo]:
        """The objects under ``sub`` by their names inside the set (``checked``: with what
        the destination lists beyond their sizes, ``Destination.list_checked``)."""
        n = len(self.prefix)
        listed = (self.dest.list_checked if checked else self.dest.list)(self.prefix + sub)
        return [ObjectInfo(o.name[n:], o.size, o.check, mtime=o.mtime) for o in listed]

    # -- index ---------------------------------------------------------------------------
    def load_index(self) -> tuple[Index, list[str]]:
        """The union of the index objects that authenticate, and their names.

        An index whose name does not parse or that fails authentication is ignored (and
        noted in ``ignored``): it is never read as part of the backup, and never deleted.
        The packs it alone listed are adopted again by their trailers (``adopt_orphans``).
        An index that authenticates in a newer object version raises ``NewerFormatError``:
        this version cannot know which packs it lists, so nothing may restore, verify or
        back up from this index alone (FORMAT.md 9.5, 11).
        """
        index = Index()
        found = []
        for o in self.list_rel("index/"):
            index_id = o.name[len("index/"):]
            if not names.is_object_id(index_id):
                self.ignored.append(f"unknown object {self.prefix + o.name} (not a backupgui name)")
                continue
            try:
                packs = decode_index(self.get_object(o.name, ObjectType.INDEX))
            except (ValueError, DamagedBackupError, NotFoundError) as exc:
                # (NotFoundError: gone since the listing, as another computer's retention
                # does; its packs are adopted again by their trailers: SECURITY.md 2.12)
                if isinstance(exc, ValueError):
                    logged(o.name, exc)
                why = reason(damage_of(exc, Damage.MISSING if isinstance(exc, NotFoundError)
                                      else Damage.MALFORMED))
                self.ignored.append(f"index {index_id} is ignored: {why}")
                continue
            for p in packs:
                index.add_pack(p)
            found.append(o.name)
        return index, found

    def adopt_orphans(self, index: Index) -> list[PackInfo]:
        """Add complete packs that no index lists (from an interrupted backup) to ``index``.
        A leftover pack that authenticates in a newer object version raises
        ``NewerFormatError``: a newer backupgui is writing to this set (FORMAT.md 5.2)."""
        adopted = []
        listing = self.list_rel("data/")
        self.pack_times = {o.name[len("data/"):]: o.mtime for o in listing}
        self.pack_names = set(self.pack_times)
        for o in listing:
            pack_id = o.name[len("data/"):]
            if pack_id in index.packs or not names.is_object_id(pack_id):
                continue
            try:
                info = read_trailer(self.dest, self.prefix, self.keys.objects, pack_id, o.size)
            except NewerObjectError as exc:
                raise NewerFormatError(
                    f"This backup was made by a newer version of backupgui (its pack {pack_id} "
                    f"is in format version {exc.version}), which this version cannot read.") from None
            except (SegmentError, NotFoundError, DamagedBackupError):
                continue  # unreadable leftovers are ignored; they never enter an index
            index.add_pack(info)
            adopted.append(info)
        return adopted

    def missing_packs(self, pack_ids: Iterable[str]) -> set[str]:
        """Those of ``pack_ids`` the destination does not hold now (one listing of the
        packs): what another computer's retention may have deleted since this set was
        opened (docs/FORMAT.md 10.2)."""
        want = set(pack_ids)
        if not want:
            return set()
        return want - {o.name[len("data/"):] for o in self.list_rel("data/")}

    def write_index(self, packs: list[PackInfo]) -> tuple[str, int]:
        """Write a new index object; returns its name and size."""
        rel = f"index/{secrets.token_hex(16)}"
        return rel, self.put_object(rel, ObjectType.INDEX, encode_index(packs))

    # -- snapshots -----------------------------------------------------------------------
    def snapshot_names(self) -> list[str]:
        """Every object name under ``snapshots/`` that parses as a snapshot id (not yet
        authenticated: ``snapshots()`` reads them)."""
        return [n for n in (o.name[len("snapshots/"):] for o in self.list_rel("snapshots/"))
                if names.is_snapshot_id(n)]

    def snapshots(self, refresh: bool = False) -> Snapshots:
        """The snapshots that authenticate under K, by rank (docs/FORMAT.md 9.2). Names that
        do not parse and manifests that do not authenticate are ignored, never acted on.

        A manifest that authenticates in a newer object version raises ``NewerFormatError``
        (FORMAT.md 9.5, 11): its rank is unknown to this version, so no snapshot it does
        read could be called the newest, nor continued from."""
        if self._snapshots is not None and not refresh:
            return self._snapshots
        # One manifest is read at a time; only the newest stays whole (a manifest may hold
        # tens of MiB once parsed, and whoever holds K may write any number of them).
        # With the summary cache, a manifest listed under a name, size and check (Drive's
        # checksum, a folder's file times) it holds is not read at all: its entry was made
        # from those very bytes, authenticated under that name.
        cache = self.summaries
        found: list[SnapshotInfo] = []
        head: Manifest | None = None
        ignored: list[str] = []
        packs_left = MAX_TOTAL_PACKS  # pack lists kept in memory (SECURITY.md 2.3)
        for o in self.list_rel("snapshots/", checked=cache is not None):
            sid = o.name[len("snapshots/"):]
            if not names.is_snapshot_id(sid):
                ignored.append(f"unknown object {self.prefix + o.name} (not a backupgui name)")
                continue
            # A destination that lists checks (Drive's checksum, a folder's times) and lists
            # none for this object binds no entry to it: "no checksum" never matches, even
            # an entry made with none (SECURITY.md 2.11).
            entry = (cache.get(sid, o.size, o.check) if cache is not None
                     and (o.check or not self.dest.listed_check) else None)
            if entry is not None:
                info = SnapshotInfo.of_entry(entry)
                if info.packs is not None:
                    if len(info.packs) > packs_left:
                        info = _without_packs(info)
                    else:
                        packs_left -= len(info.packs)
                found.append(info)
                continue
            try:
                m, digest, check = self._read_manifest(
                    sid, listed=o.check if cache is not None else None)
            except (DamagedBackupError, NotFoundError) as exc:
                why = reason(damage_of(exc, Damage.MISSING if isinstance(exc, NotFoundError)
                                       else Damage.MALFORMED))
                ignored.append(f"snapshot {sid} is ignored: {why}")
                continue
            info = SnapshotInfo.of(m, o.size, keep_packs=cache is not None
                                   and len(m.packs) <= packs_left)
            packs_left -= len(info.packs or ())
            found.append(info)
            if cache is not None:
                cache.put(info.entry(digest, check))
            if head is None or m.rank >= head.rank:  # (the later of equals, as a stable sort)
                head = m
            del m
        found.sort(key=lambda i: i.rank)
        if cache is not None:
            cache.retain(i.snapshot_id for i in found)
            cache.save()
            if head is not None and head.snapshot_id != found[-1].snapshot_id:
                head = None  # the newest came from the cache: ``head`` reads it if asked
        self._snapshots = Snapshots(tuple(found), tuple(ignored), head,
                                    self.load_manifest if cache is not None else None)
        return self._snapshots

    def forget_snapshots(self, snapshot_ids: Iterable[str]) -> None:
        """Snapshots deleted (retention): their cached summaries go too."""
        if self.summaries is not None:
            self.summaries.forget(snapshot_ids)
            self.summaries.save()

    def take_as_new(self) -> None:
        """Know this set as empty without listing it: for a set made by ``create`` in this
        process, before anything but its config was written (its id is 128 fresh random
        bits, so no snapshot can exist). What ``write_manifest`` adds is then known too."""
        self._snapshots = Snapshots(())

    def load_manifest(self, snapshot_id: str,
                      on_read: Callable[[int], None] | None = None,
                      check: Callable[[], None] | None = None) -> Manifest:
        """One manifest, authenticated, within the format's bound (``get_object``);
        ``check`` is called between bounded steps of its parse (``decode_manifest``)."""
        return self._read_manifest(snapshot_id, on_read, check)[0]

    def _read_manifest(self, snapshot_id: str,
                       on_read: Callable[[int], None] | None = None,
                       check: Callable[[], None] | None = None,
                       listed: str | None = None) -> tuple[Manifest, str, str]:
        """``load_manifest``, the SHA-256 of the authenticated content, and (given the
        object's ``listed`` check) the check its summary cache entry is bound to: the
        destination's kind of checksum of the bytes read, or the listed check itself (a
        folder's times)."""
        if not names.is_snapshot_id(snapshot_id):
            raise NotFoundError(f"There is no backup {snapshot_id!r}.")
        rel = f"snapshots/{snapshot_id}"
        kind = hash_kind(listed, self.dest.listed_check) if listed is not None else None
        tap = hashlib.new(kind, usedforsecurity=False) if kind else None
        try:
            raw = self.get_object(rel, ObjectType.SNAPSHOT, on_read,
                                  tap.update if tap is not None else None)
            digest = hashlib.sha256(raw).hexdigest()
            m = decode_manifest(raw, check)
            del raw
        except NotFoundError:
            raise NotFoundError(f"There is no backup {snapshot_id}.") from None
        except ValueError as exc:
            raise _damaged(rel, damage_of(exc), exc) from None
        if m.snapshot_id != snapshot_id or m.set_id != self.set_id:
            raise DamagedBackupError(f"The backup manifest {snapshot_id} does not belong here.")
        for i, e in enumerate(m.media):  # a media file's blob id is its keyed name (FORMAT.md 5.1)
            if check is not None and i % 8192 == 0:
                check()
            if e.blob != self.keys.blob_name(bytes.fromhex(e.sha256)):
                raise DamagedBackupError(f"The backup manifest {snapshot_id} names a media "
                                         "file by another file's blob.")
        if self.summaries is not None:
            self.summaries.check(snapshot_id, digest)
        return m, digest, f"{kind}:{tap.hexdigest()}" if tap is not None else listed or ""

    def write_manifest(self, m: Manifest) -> int:
        """Write a snapshot's manifest (this makes the snapshot visible); returns its size."""
        content = encode_manifest(m)
        rel = f"snapshots/{m.snapshot_id}"
        data = encrypt_bytes(self.keys.objects, ObjectType.SNAPSHOT, rel, content)
        info = self.dest.put(self.prefix + rel, data, new=True)
        size, self.written_at = info.size, info.mtime  # (retention's "now": FORMAT.md 10.2)
        if self.summaries is not None:  # ours, so authentic: the next backup need not read it
            check = written_check(self.dest.listed_check, info.check, data)
            self.summaries.put(SnapshotInfo.of(m, size, keep_packs=True)
                               .entry(hashlib.sha256(content).hexdigest(), check))
            self.summaries.save()
        del content, data
        if self._snapshots is not None:
            # What this set held when it was read, and the snapshot just written (ours, so
            # authentic): retention then needs no second listing, nor to read back and
            # check the manifest just encoded (~0.05 s at 1 GiB, growing with the set).
            # Objects that appeared since are left alone, never acted on.
            known = self._snapshots
            newest = known.newest
            head = m if newest is None or m.rank >= newest.rank else known.loaded_head
            self._snapshots = Snapshots(
                tuple(sorted((*known.infos, SnapshotInfo.of(m, size, self.summaries is not None)),
                             key=lambda x: x.rank)),
                known.ignored, head, known.loader)
        return size


def _without_packs(i: SnapshotInfo) -> SnapshotInfo:
    return SnapshotInfo(i.snapshot_id, i.created, i.created_ms, i.device, i.app_version,
                        i.include_videos, i.totals, i.seq, i.prev, i.size)


def _tapped(chunks: Iterable[bytes], tap: Callable[[bytes], object]) -> Iterator[bytes]:
    for c in chunks:
        tap(c)
        yield c


def _counted(chunks: Iterable[bytes], on_read: Callable[[int], None]) -> Iterator[bytes]:
    done = 0
    for c in chunks:
        done += len(c)
        on_read(done)
        yield c


def _damaged(rel: str, damage: Damage, exc: BaseException) -> DamagedBackupError:
    """An index's or a manifest's damage in words (``format/damage.py``), carrying its
    category; the technical detail goes to the log."""
    logged(rel, exc)
    kind, _, name = rel.partition("/")
    if kind == "snapshots":
        problem = manifest_problem(name, damage)
        err = DamagedBackupError(f"The backup is damaged: {problem}.", problem=problem)
    else:  # an index: ignored with a warning by load_index, which says why
        err = DamagedBackupError(f"The backup object {rel} is damaged.")
    return marked(err, damage)  # type: ignore[return-value]


def _hint_order(listings: list[SetListing], prefer: tuple[str, ...]) -> list[SetListing]:
    """Sets in the order to try them: those this computer used before (``prefer``), then the
    rest newest first by their unauthenticated names (``scan_sets``)."""
    rank = {sid: i for i, sid in enumerate(prefer)}
    known = sorted((s for s in listings if s.config.set_id in rank), key=lambda s: rank[s.config.set_id])
    return known + [s for s in listings if s.config.set_id not in rank]


def set_rank(repo: Repo) -> tuple[int, int, str]:
    """How current a set is (docs/FORMAT.md 9.1): a set with snapshots ranks above every set
    without; then by its newest authenticated snapshot's creation time; then by the config's
    ``created``."""
    head = repo.snapshots().newest
    return (1, head.created_ms, repo.cfg.created) if head else (0, 0, repo.cfg.created)


def open_current(dest: Destination, material: KeyMaterial, *, upgrade: bool = False,
                 prefer: tuple[str, ...] = (), summaries: bool = False,
                 listings: list[SetListing] | None = None) -> Repo:
    """The current set: among the sets that open with ``material`` (their config
    authenticates under the K it yields), the one whose newest authenticated snapshot is
    newest (``set_rank``). A set that does not open is ignored, whatever its names say.

    With a 64-digit key every set is tried (it costs one HMAC each). A password costs an
    Argon2id run (or a vault login) per set, so those stop at the first set that opens,
    trying the sets this computer used before first (``prefer``). ``WrongKeyError`` or
    ``DamagedBackupError`` when no set opens. ``listings``: ``scan_sets(dest)``, if the
    caller made it already (a listing and a config read per set, saved).
    """
    if listings is None:
        listings = scan_sets(dest)
    if not listings:
        raise NotFoundError(f"There is no backup at {dest.label}.")
    opened: list[Repo] = []
    errors: list[BackupError] = []
    cheap = isinstance(material, RawKey)
    for s in _hint_order(listings, prefer):
        if opened and not cheap:
            break
        try:
            opened.append(Repo._unlock(dest, s.config, material, upgrade, summaries))
        except (VaultAccountError, KeyDestroyedError):
            raise  # about this user's own vault record: say so at once
        except (WrongKeyError, VaultError, DamagedBackupError) as exc:
            errors.append(exc)
    if not opened:
        # "Wrong password" says more than "another set is damaged".
        raise min(errors, key=lambda e: 0 if isinstance(e, WrongKeyError)
                  else 1 if isinstance(e, VaultError) else 2)
    best = max(opened, key=set_rank)
    best.other_sets = [r.set_id for r in opened if r is not best]
    return best
