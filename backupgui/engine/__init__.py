"""Backup, restore and verify jobs: plain functions of typed requests (no Qt)."""

from .backup import backup
from .keys import change_key_protection, export_key, rotate_key
from .restore import SpaceEstimate, estimate_restore_space, restore
from .snapshots import describe, describe_set, list_authenticated, list_backups, resolve
from .types import (
    BackupDetails,
    BackupInfo,
    BackupListing,
    BackupRequest,
    BackupResult,
    RestoreRequest,
    RestoreResult,
    VerifyRequest,
    VerifyResult,
)
from .verify import verify

__all__ = [
    "BackupDetails", "BackupInfo", "BackupListing", "BackupRequest", "BackupResult", "RestoreRequest",
    "RestoreResult", "VerifyRequest", "VerifyResult", "backup", "change_key_protection",
    "describe", "describe_set", "export_key", "list_authenticated", "list_backups", "resolve",
    "SpaceEstimate", "estimate_restore_space", "restore", "rotate_key", "verify",
]
