"""Typed requests and results of the engine's jobs."""

from __future__ import annotations

import platform
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ..crypto.material import KeyMaterial
from ..destinations.base import Destination

DEFAULT_PACK_SIZE = 32 << 20
DEFAULT_KEEP = 2  # what ``keep`` meant before retention had time buckets (no longer a default)


#: The most a rule may ask for (the Settings' and the command line's range).
MAX_RULE = 1000


@dataclass(frozen=True)
class RetentionPolicy:
    """What to keep of a set: the ``last`` newest snapshots, plus the newest snapshot of each
    of the ``daily`` most recent days that have one, of the ``weekly`` most recent ISO weeks,
    the ``monthly`` most recent months and the ``yearly`` most recent years (each rule on its
    own; a snapshot kept by several counts for each). Days, weeks, months and years are those
    of the local calendar of the computer that applies it (``retention.select``)."""

    last: int = 3
    daily: int = 7
    weekly: int = 4
    monthly: int = 12
    yearly: int = 0

    def __post_init__(self) -> None:
        for name in ("last", "daily", "weekly", "monthly", "yearly"):
            n = getattr(self, name)
            if not isinstance(n, int) or isinstance(n, bool) or not 0 <= n <= MAX_RULE:
                raise ValueError(f"keep {name} must be a whole number from 0 to {MAX_RULE}")
        if self.last < 1:
            raise ValueError("keep must be at least 1")

    @classmethod
    def newest(cls, n: int) -> RetentionPolicy:
        """Only the newest ``n`` (what ``keep`` meant before time buckets)."""
        return cls(n, 0, 0, 0, 0)

    @property
    def slots(self) -> int:
        """The most snapshots this policy can keep (of good times)."""
        return self.last + self.daily + self.weekly + self.monthly + self.yearly


#: The app's default: a week of days, a month of weeks, a year of months (docs/RELIABILITY.md).
DEFAULT_RETENTION = RetentionPolicy()


def default_device_name() -> str:
    return platform.node() or "this computer"


@dataclass(frozen=True)
class BackupRequest:
    library: Path
    destination: Destination
    key: KeyMaterial = field(repr=False)
    chats: tuple[str, ...] | None = None  # None: every chat
    include_videos: bool = True
    device_name: str = field(default_factory=default_device_name)
    #: Keep exactly the newest N and nothing else (``backupgui-cli backup --keep N``, as
    #: before time buckets); None: ``retention`` decides.
    keep: int | None = None
    pack_size: int = DEFAULT_PACK_SIZE
    new_set: bool = False  # start a fresh set (first backup, or key rotation)
    retention: RetentionPolicy = DEFAULT_RETENTION
    #: The time the snapshot is made at (its manifest's ``created``); None: the system clock.
    #: Tests and the storage bench simulate days of backups with it.
    clock: Callable[[], datetime] | None = field(default=None, repr=False, compare=False)

    def policy(self) -> RetentionPolicy:
        """What retention keeps after this backup."""
        return self.retention if self.keep is None else RetentionPolicy.newest(self.keep)


@dataclass(frozen=True)
class BackupResult:
    snapshot_id: str
    set_id: str
    chats: int
    messages: int
    media_files: int
    media_bytes: int
    text_bytes: int
    uploaded_bytes: int
    new_blobs: int
    reused_blobs: int
    packs_written: int
    duration_s: float
    removed_snapshots: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class BackupInfo:
    """A backup as listed before any key is entered."""

    snapshot_id: str
    set_id: str
    created: datetime | None
    key_mode: str
    set_bytes: int
    is_latest: bool
    #: For key_mode "vault": what attempts need, "google", "device" or "" (a v1 set whose
    #: config still holds the access token; docs/VAULT.md 1.6).
    vault_account: str = ""
    #: For key_mode "vault": the vault address saved in the set ("" if unreadable).
    vault_url: str = ""
    #: For key_mode "vault": the vault's pinned server key saved in the set (base64url).
    vault_key: str = ""
    #: Known only once the manifest was read with the key (``list_authenticated``): the
    #: snapshot's sequence number (0: format v1), device, and whether its set's newest
    #: snapshot at the destination is older than one this computer or the key vault knows
    #: of (True/False; None: nothing to compare with).
    seq: int | None = None
    device: str | None = None
    rolled_back: bool | None = None
    authenticated: bool = False
    created_text: str | None = None  # the manifest's ``created`` (microseconds, UTC)


@dataclass(frozen=True)
class BackupListing:
    """The authenticated backups of the current set, newest first, and what was ignored."""

    backups: tuple[BackupInfo, ...]
    rolled_back: bool | None
    rollback_message: str | None
    warnings: tuple[str, ...]

    @property
    def newest(self) -> BackupInfo | None:
        return self.backups[0] if self.backups else None


@dataclass(frozen=True)
class BackupSummary:
    """What a backup's summary tells once the key is known, without its chat list: the
    restore wizard lists every backup of a set this way, and reads one backup's chats
    (``snapshots.backup_chats``) only when the user picks it (docs/SECURITY.md 2.3)."""

    snapshot_id: str
    set_id: str
    created: str
    device: str
    app_version: str
    include_videos: bool
    chats: int
    messages: int
    media_files: int
    media_bytes: int
    stored_bytes: int = 0  # the packs this backup uses (its own size at the destination)
    text_bytes: int = 0
    seq: int = 0  # its place in the set's chain (0: format v1)
    manifest_bytes: int = 0  # its manifest's size at the destination (reading its chats)


@dataclass(frozen=True)
class BackupDetails(BackupSummary):
    """What the manifest tells once the key is known: the summary and the chat list."""

    chat_names: tuple[tuple[str, str, int], ...] = ()  # (id, name, messages)


@dataclass(frozen=True)
class SetOverview:
    """A set once the key is known (the restore wizard's view): K, its backups that
    authenticate, newest first, the newest one's time, and whether the destination is behind
    what this computer or the key vault knows of (True/False; None: unknown)."""

    key: bytes = field(repr=False)
    backups: tuple[BackupSummary, ...]
    newest_ms: int | None
    rolled_back: bool | None
    rollback_message: str | None
    ignored: tuple[str, ...] = ()


MERGE = "merge"
REPLACE = "replace"


@dataclass(frozen=True)
class RestoreRequest:
    destination: Destination
    library: Path
    key: KeyMaterial = field(repr=False)
    snapshot: str = "latest"
    chats: tuple[str, ...] | None = None
    policy: str = MERGE  # merge by message identity, or replace the chats present
    #: Restore even when the destination is behind a backup this computer or the key vault
    #: knows of (a rollback); the check runs whatever ``snapshot`` names.
    accept_rollback: bool = False
    #: Refuse before anything is written when the library's disk has less free space than
    #: the estimate (``restore.estimate_space``); False: restore anyway (a restore that runs
    #: out of space still leaves the library as it was).
    check_space: bool = True


@dataclass(frozen=True)
class RestoreResult:
    snapshot_id: str
    chats: int
    messages_added: int
    messages_present: int
    media_restored: int
    media_present: int
    media_missing: int  # e.g. videos left out of the backup
    bytes_downloaded: int
    duration_s: float
    #: Objects that were ignored because they do not authenticate or their names do not
    #: parse (e.g. a newer snapshot that is damaged), one sentence each.
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class VerifyRequest:
    destination: Destination
    key: KeyMaterial = field(repr=False)
    snapshot: str = "latest"


@dataclass(frozen=True)
class VerifyResult:
    snapshot_id: str
    packs: int
    blobs: int
    bytes_read: int
    duration_s: float
    #: Objects that were ignored, one sentence each: names that do not parse, objects that
    #: do not authenticate, other sets that do not open with the key. The backup itself is
    #: intact; these are reported, never acted on.
    warnings: tuple[str, ...] = ()
