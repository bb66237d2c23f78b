"""One backup set at a destination: its config, keys, objects, index and snapshots.

Layout (docs/FORMAT.md, "Layout")::

    sets/<set id>/config                 clear JSON: key mode, KDF, wrapped K, MAC
    sets/<set id>/data/<pack id>         packs
    sets/<set id>/index/<index id>       indexes
    sets/<set id>/snapshots/<snapshot>   manifests; the name starts with the UTC creation time
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

from ..crypto.material import KeyMaterial
from ..crypto.segments import ObjectType, SegmentError, decrypt_stream, encrypt_bytes
from ..crypto.subkeys import SetKeys
from ..destinations.base import Destination, ObjectInfo
from ..errors import DamagedBackupError, NotFoundError
from ..format import names
from ..format.compress import compressed_bound
from ..format.config import (
    MAX_CONFIG_BYTES,
    SetConfig,
    new_config,
    parse_config,
    unlock,
    unlock_and_upgrade,
)
from ..format.index import MAX_INDEX_PLAINTEXT, Index, decode_index, encode_index
from ..format.manifest import MAX_MANIFEST_PLAINTEXT, Manifest, decode_manifest, encode_manifest
from ..format.pack import PackInfo, read_trailer

SETS = "sets/"
# The longest plaintext (a zstd frame) each kind of small object may have (docs/FORMAT.md):
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
    return parse_config(dest.read(f"{SETS}{set_id}/config", 0, MAX_CONFIG_BYTES + 1))


@dataclass(frozen=True, slots=True)
class SetListing:
    """What can be seen of a set without its key."""

    config: SetConfig
    snapshots: tuple[str, ...]
    stored_bytes: int


def scan_sets(dest: Destination) -> list[SetListing]:
    """All backup sets at a destination, from one listing (no key needed)."""
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
            cfg = read_config(dest, set_id)
        except DamagedBackupError:
            continue
        if cfg.set_id != set_id:
            continue
        at = f"{SETS}{set_id}/snapshots/"
        snaps = tuple(sorted(o.name[len(at):] for o in objs
                             if o.name.startswith(at) and names.is_snapshot_id(o.name[len(at):])))
        out.append(SetListing(cfg, snaps, sum(o.size for o in objs)))
    # Newest activity first: the set with the latest snapshot (or newest config) is current.
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


class Repo:
    """An unlocked backup set."""

    def __init__(self, dest: Destination, cfg: SetConfig, key: bytes, keys: SetKeys) -> None:
        self.dest = dest
        self.cfg = cfg
        self._key = key
        self.keys = keys
        self.prefix = f"{SETS}{cfg.set_id}/"

    @property
    def set_id(self) -> str:
        return self.cfg.set_id

    @property
    def key(self) -> bytes:
        return self._key

    # -- opening -------------------------------------------------------------------------
    @classmethod
    def create(cls, dest: Destination, material: KeyMaterial) -> Repo:
        data, key, keys, cfg = new_config(material, account=vault_account(dest),
                                          access=vault_access(dest))
        dest.put(f"{SETS}{cfg.set_id}/config", data)
        return cls(dest, cfg, key, keys)

    @classmethod
    def open(cls, dest: Destination, material: KeyMaterial, set_id: str | None = None, *,
             upgrade: bool = False) -> Repo:
        """Unlock a set (the current one unless ``set_id`` is given).

        ``upgrade``: a v1 vault set opened with its password gets its vault record bound to
        the account (``unlock_and_upgrade``) and its config rewritten without the access token.
        """
        if set_id is None:
            sets = scan_sets(dest)
            if not sets:
                raise NotFoundError(f"There is no backup at {dest.label}.")
            cfg = sets[0].config
        else:
            if not names.is_set_id(set_id):
                raise NotFoundError(f"There is no backup set {set_id!r} at {dest.label}.")
            try:
                cfg = read_config(dest, set_id)
            except NotFoundError:
                raise NotFoundError(f"There is no backup set {set_id} at {dest.label}.") from None
        if not upgrade:
            key, keys = unlock(cfg, material, vault_access(dest))
            return cls(dest, cfg, key, keys)
        key, keys, new_data = unlock_and_upgrade(cfg, material, vault_account(dest),
                                                 vault_access(dest))
        repo = cls(dest, cfg, key, keys)
        if new_data is not None:
            repo.write_config(new_data)
        return repo

    def write_config(self, data: bytes) -> None:
        self.dest.put(self.prefix + "config", data)
        self.cfg = parse_config(data)

    # -- objects -------------------------------------------------------------------------
    def put_object(self, rel: str, obj_type: int, plaintext: bytes) -> int:
        """Write a new index or snapshot object (their names are random, never reused)."""
        data = encrypt_bytes(self.keys.objects, obj_type, rel, plaintext)
        return self.dest.put(self.prefix + rel, data, new=True).size

    def get_object(self, rel: str, obj_type: int) -> bytes:
        """The authenticated plaintext of an index or manifest, read up to the format's bound
        for its kind (more is damage: reading stops there)."""
        limit = _MAX_PLAINTEXT[obj_type]
        chunks = self.dest.stream(self.prefix + rel)
        out = bytearray()
        try:
            for seg in decrypt_stream(self.keys.objects, rel, obj_type, chunks):
                out += seg
                if len(out) > limit:
                    raise SegmentError("it is larger than the format allows")
        except SegmentError as exc:
            raise DamagedBackupError(f"The backup object {rel} is damaged: {exc}.") from None
        return bytes(out)

    def list_rel(self, sub: str) -> list[ObjectInfo]:
        n = len(self.prefix)
        return [ObjectInfo(o.name[n:], o.size) for o in self.dest.list(self.prefix + sub)]

    # -- index ---------------------------------------------------------------------------
    def load_index(self) -> tuple[Index, list[str]]:
        """The union of all index objects, and their names."""
        index = Index()
        found = []
        for o in self.list_rel("index/"):
            if not names.is_object_id(o.name[len("index/"):]):
                continue  # not an index (e.g. a file a sync tool left); it would not decrypt
            try:
                packs = decode_index(self.get_object(o.name, ObjectType.INDEX))
            except ValueError as exc:
                raise DamagedBackupError(f"The backup index {o.name} is damaged: {exc}.") from None
            for p in packs:
                index.add_pack(p)
            found.append(o.name)
        return index, found

    def adopt_orphans(self, index: Index) -> list[PackInfo]:
        """Add complete packs that no index lists (from an interrupted backup) to ``index``."""
        adopted = []
        for o in self.list_rel("data/"):
            pack_id = o.name[len("data/"):]
            if pack_id in index.packs or not names.is_object_id(pack_id):
                continue
            try:
                info = read_trailer(self.dest, self.prefix, self.keys.objects, pack_id, o.size)
            except (SegmentError, NotFoundError, DamagedBackupError):
                continue  # unreadable leftovers are ignored; they never enter an index
            index.add_pack(info)
            adopted.append(info)
        return adopted

    def write_index(self, packs: list[PackInfo]) -> tuple[str, int]:
        """Write a new index object; returns its name and size."""
        rel = f"index/{secrets.token_hex(16)}"
        return rel, self.put_object(rel, ObjectType.INDEX, encode_index(packs))

    # -- snapshots -----------------------------------------------------------------------
    def snapshots(self) -> list[str]:
        ids = [o.name[len("snapshots/"):] for o in self.list_rel("snapshots/")]
        return [sid for sid in ids if names.is_snapshot_id(sid)]

    def load_manifest(self, snapshot_id: str) -> Manifest:
        if not names.is_snapshot_id(snapshot_id):
            raise NotFoundError(f"There is no backup {snapshot_id!r}.")
        rel = f"snapshots/{snapshot_id}"
        try:
            m = decode_manifest(self.get_object(rel, ObjectType.SNAPSHOT))
        except NotFoundError:
            raise NotFoundError(f"There is no backup {snapshot_id}.") from None
        except ValueError as exc:
            raise DamagedBackupError(f"The backup manifest {snapshot_id} is damaged: {exc}.") from None
        if m.snapshot_id != snapshot_id or m.set_id != self.set_id:
            raise DamagedBackupError(f"The backup manifest {snapshot_id} does not belong here.")
        return m

    def write_manifest(self, m: Manifest) -> int:
        """Write a snapshot's manifest (this makes the snapshot visible); returns its size."""
        return self.put_object(f"snapshots/{m.snapshot_id}", ObjectType.SNAPSHOT, encode_manifest(m))
