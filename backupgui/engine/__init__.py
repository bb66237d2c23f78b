"""Backup, restore and verify jobs: plain functions of typed requests (no Qt).

The names below are imported when first used (``__getattr__``), so a job loads only its own
module: a restore does not load the backup's, nor a backup the restore's (docs/PERFORMANCE.md
s17). Three of them, ``backup``, ``restore`` and ``verify``, are both a function here and a
submodule; importing the submodule makes Python bind the module object to the package's
attribute of that name, so the package's module type keeps the function there instead (the
eager ``from .restore import restore`` this file once did had the same effect): the
submodules stay reachable as ``sys.modules["backupgui.engine.restore"]`` and through
``from backupgui.engine.restore import …``.
"""

from __future__ import annotations

import importlib
import sys
import types

TYPE_CHECKING = False  # (typing itself is not imported for this: docs/PERFORMANCE.md s17)

#: Public name -> the submodule that defines it.
_WHERE = {
    "backup": "backup",
    "change_key_protection": "keys", "export_key": "keys", "rotate_key": "keys",
    "SpaceEstimate": "restore", "estimate_restore_space": "restore", "restore": "restore",
    "describe": "snapshots", "describe_set": "snapshots", "list_authenticated": "snapshots",
    "list_backups": "snapshots", "resolve": "snapshots",
    "BackupDetails": "types_listing", "BackupInfo": "types_listing",
    "BackupListing": "types_listing", "BackupRequest": "types_backup",
    "BackupResult": "types_backup", "RestoreRequest": "types_restore",
    "RestoreResult": "types_restore", "VerifyRequest": "types_verify",
    "VerifyResult": "types_verify",
    "verify": "verify",
}
#: The public functions that share their name with their own submodule.
_SHADOWED = frozenset({"backup", "restore", "verify"})

__all__ = [
    "BackupDetails", "BackupInfo", "BackupListing", "BackupRequest", "BackupResult", "RestoreRequest",
    "RestoreResult", "VerifyRequest", "VerifyResult", "backup", "change_key_protection",
    "describe", "describe_set", "export_key", "list_authenticated", "list_backups", "resolve",
    "SpaceEstimate", "estimate_restore_space", "restore", "rotate_key", "verify",
]

if TYPE_CHECKING:  # what type checkers and editors see: the eager imports this replaces
    from .backup import backup
    from .keys import change_key_protection, export_key, rotate_key
    from .restore import SpaceEstimate, estimate_restore_space, restore
    from .snapshots import describe, describe_set, list_authenticated, list_backups, resolve
    from .types_backup import BackupRequest, BackupResult
    from .types_listing import BackupDetails, BackupInfo, BackupListing
    from .types_restore import RestoreRequest, RestoreResult
    from .types_verify import VerifyRequest, VerifyResult
    from .verify import verify


def __getattr__(name: str) -> object:
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{where}"), name)
    globals()[name] = value  # (once: later lookups do not come here)
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


class _Engine(types.ModuleType):
    """The package's module type: binding a submodule named like one of its functions (the
    import system's ``setattr(package, "restore", module)``) leaves the function in place,
    or its lazy lookup, instead of the module."""

    def __setattr__(self, name: str, value: object) -> None:
        if name in _SHADOWED and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Engine
