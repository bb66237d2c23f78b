"""The backup job's request and result (``types``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from .types import DEFAULT_PACK_SIZE, DEFAULT_RETENTION, RetentionPolicy, default_device_name

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ..crypto.material import KeyMaterial
    from ..destinations.base import Destination

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
    #: Retention did not run because another computer was using the set (its lock,
    #: docs/FORMAT.md 10.3); a warning says so, and a later backup removes what it would have.
    retention_skipped: bool = False
