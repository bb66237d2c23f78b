"""Open a destination from a command-line style spec: a folder path or ``gdrive``."""

from __future__ import annotations

from .base import Destination

GDRIVE = "gdrive"


def open_destination(spec: str, *, drive_folder: str | None = None) -> Destination:
    """``gdrive`` opens Google Drive (credentials from the environment or keyring); anything
    else is a folder path."""
    if spec == GDRIVE:
        from .gdrive import open_drive_from_env

        return open_drive_from_env(drive_folder)
    from .folder import FolderDestination

    return FolderDestination(spec)
