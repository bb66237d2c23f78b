"""What listing a destination's backups gives (``types``): before and after the key."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


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
