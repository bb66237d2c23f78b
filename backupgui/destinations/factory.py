"""Open a destination from a command-line style spec: a folder path or ``gdrive``."""

from __future__ import annotations

from collections.abc import Callable

from .base import Destination

GDRIVE = "gdrive"


def open_destination(spec: str, *, drive_folder: str | None = None, create: bool = False,
                     notice: Callable[[str], None] | None = None) -> Destination:
    """``gdrive`` opens Google Drive (credentials from the environment or keyring); anything
    else is a folder path. ``create``: a missing backup folder may be made by the first upload
    (the folder itself only, never its parents). ``notice`` hears what Drive retries wait for."""
    if spec == GDRIVE:
        from .gdrive import open_drive_from_env

        return open_drive_from_env(drive_folder, notice=notice)
    from .folder import FolderDestination

    dest = FolderDestination(spec, create=create)
    dest.check_root()  # a missing folder or drive is reported now, before any work
    return dest
