"""Stream a pack once and hand out the bytes of the blobs wanted from it."""

from __future__ import annotations

from collections.abc import Iterator

from ..crypto.segments import ObjectType, SegmentError, decrypt_stream
from ..errors import DamagedBackupError, NotFoundError
from ..format.pack import BlobEntry
from .pipeline import prefetch
from .repository import Repo


def iter_pack_blobs(repo: Repo, pack_id: str, wanted: list[BlobEntry],
                    counter: list[int] | None = None) -> Iterator[tuple[BlobEntry, bytes, bool]]:
    """Yield (entry, chunk, is_last_chunk) for each wanted blob in offset order.

    The whole pack is authenticated as it streams (including the trailer), so a chunk is
    only ever handed out after its segment passed AEAD verification.
    """
    rel = f"data/{pack_id}"
    entries = sorted(wanted, key=lambda e: e.offset)
    i = 0
    pos = 0  # plaintext offset of the segment being handed out

    def chunks() -> Iterator[bytes]:
        # Downloads run a few chunks ahead on a helper thread while this one decrypts.
        for c in prefetch(repo.dest.stream(repo.prefix + rel, repo.dest.stream_chunk), depth=2):
            if counter is not None:
                counter[0] += len(c)
            yield c

    try:
        for seg in decrypt_stream(repo.keys.objects, rel, ObjectType.PACK, chunks()):
            seg_end = pos + len(seg)
            while i < len(entries):
                e = entries[i]
                if e.offset >= seg_end:
                    break
                start = max(e.offset, pos)
                end = min(e.offset + e.length, seg_end)
                is_last = e.offset + e.length <= seg_end
                if end > start or (e.length == 0 and is_last):
                    yield e, seg[start - pos:end - pos], is_last
                if is_last:
                    i += 1
                else:
                    break
            pos = seg_end
    except SegmentError as exc:
        raise DamagedBackupError(f"The backup pack {pack_id} is damaged: {exc}.") from None
    except NotFoundError:
        raise DamagedBackupError(f"The backup pack {pack_id} is missing.") from None
    if i < len(entries):
        raise DamagedBackupError(f"The backup pack {pack_id} is shorter than its index says.")
