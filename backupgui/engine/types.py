"""Typed requests and results of the engine's jobs.

Each job's own live in a module of their own (``types_backup``, ``types_restore``,
``types_verify``; the listings' in ``types_listing``), imported when first asked for here
(``__getattr__``): making a dataclass costs ~0.3 ms, and a job needs only its own
(docs/PERFORMANCE.md s17)."""

from __future__ import annotations

import importlib
from dataclasses import dataclass

TYPE_CHECKING = False

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
    """The OS host name, cut as a name is (a backup keeps it: SECURITY.md 2.17)."""
    import platform  # (only a backup without a device name asks: not at import)

    from ..library.model import bounded_name

    return bounded_name(platform.node().strip()) or "this computer"


MERGE = "merge"
REPLACE = "replace"

#: Name -> the module that defines it.
_WHERE = {
    "BackupRequest": "types_backup", "BackupResult": "types_backup",
    "RestoreRequest": "types_restore", "RestoreResult": "types_restore",
    "VerifyRequest": "types_verify", "VerifyResult": "types_verify",
    "BackupInfo": "types_listing", "BackupListing": "types_listing",
    "BackupSummary": "types_listing", "BackupDetails": "types_listing",
    "SetOverview": "types_listing",
}

if TYPE_CHECKING:
    from .types_backup import BackupRequest, BackupResult
    from .types_listing import BackupDetails, BackupInfo, BackupListing, BackupSummary, SetOverview
    from .types_restore import RestoreRequest, RestoreResult
    from .types_verify import VerifyRequest, VerifyResult

__all__ = ["DEFAULT_KEEP", "DEFAULT_PACK_SIZE", "DEFAULT_RETENTION", "MAX_RULE", "MERGE",
           "REPLACE", "RetentionPolicy", "default_device_name",
           "BackupRequest", "BackupResult", "RestoreRequest", "RestoreResult", "VerifyRequest",
           "VerifyResult", "BackupInfo", "BackupListing", "BackupSummary", "BackupDetails",
           "SetOverview"]


def __getattr__(name: str) -> object:
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__package__}.{where}"), name)
    globals()[name] = value
    return value
