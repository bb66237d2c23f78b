"""The restore job's request and result (``types``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .types import MERGE

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ..crypto.material import KeyMaterial
    from ..destinations.base import Destination

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
