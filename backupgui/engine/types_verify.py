"""The verify job's request and result (``types``)."""

from __future__ import annotations

from dataclasses import dataclass, field

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ..crypto.material import KeyMaterial
    from ..destinations.base import Destination

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
