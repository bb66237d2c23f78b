"""The verify job: read and authenticate everything a backup needs, restoring nothing."""

from __future__ import annotations

import hashlib
import hmac
import time
from collections import defaultdict

from ..errors import DamagedBackupError
from ..format.manifest import MAX_STORED_TEXT_BLOB, check_text_rows, decompress_text_blob
from ..format.pack import COMP_ZSTD, BlobEntry
from ..jobs import CancelToken, Progress, ProgressFn, no_progress
from .packread import iter_pack_blobs
from .snapshots import open_snapshot
from .types import VerifyRequest, VerifyResult


def verify(req: VerifyRequest, progress: ProgressFn = no_progress,
           cancel: CancelToken | None = None) -> VerifyResult:
    """Check every pack, blob and media hash of a backup; raise ``DamagedBackupError`` naming
    what is wrong."""
    t0 = time.monotonic()
    token = cancel or CancelToken()
    progress(Progress("Unlocking the backup"))
    repo, manifest = open_snapshot(req.destination, req.key, req.snapshot)
    index, _ = repo.load_index()
    media_sha = {m.blob: m.sha256 for m in manifest.media}
    text_blobs = {t.blob for c in manifest.chats for t in c.text_blobs}
    by_pack: dict[str, list[BlobEntry]] = defaultdict(list)
    seen: set[str] = set()
    problems: list[str] = []
    for blob in sorted(text_blobs | set(media_sha)):
        loc = index.locate(blob)
        if loc is None:
            problems.append(f"blob {blob[:12]} is not in any pack")
        elif blob in text_blobs and loc.entry.length > MAX_STORED_TEXT_BLOB:
            problems.append(f"messages blob {blob[:12]} is larger than the format allows")
        elif blob not in seen:
            seen.add(blob)
            by_pack[loc.pack_id].append(loc.entry)
    missing_packs = set(manifest.packs) - set(index.packs)
    problems += [f"pack {p} is missing" for p in sorted(missing_packs)]
    total = sum(index.packs[p].size for p in by_pack)
    read = [0]
    for pack_id, entries in sorted(by_pack.items()):
        progress(Progress("Verifying", read[0], total, pack_id[:12]))
        buf = bytearray()
        h = hashlib.sha256()
        try:
            for entry, chunk, last in iter_pack_blobs(repo, pack_id, entries, read):
                token.checkpoint()
                if entry.blob_id in text_blobs:
                    buf += chunk
                else:
                    h.update(chunk)
                if not last:
                    continue
                if entry.blob_id in text_blobs:
                    stored, buf = bytes(buf), bytearray()
                    try:
                        raw = decompress_text_blob(stored) if entry.comp == COMP_ZSTD else stored
                        check_text_rows(raw)
                        digest = hashlib.sha256(raw).digest()
                    except ValueError as exc:
                        problems.append(f"messages blob {entry.blob_id[:12]} is malformed ({exc})")
                        continue
                else:
                    digest, h = h.digest(), hashlib.sha256()
                    if digest.hex() != media_sha[entry.blob_id]:
                        problems.append(f"media blob {entry.blob_id[:12]} has the wrong content")
                if not hmac.compare_digest(repo.keys.blob_name(digest), entry.blob_id):
                    problems.append(f"blob {entry.blob_id[:12]} does not match its name")
        except DamagedBackupError as exc:
            problems.append(str(exc).rstrip("."))
    if problems:
        more = f" (and {len(problems) - 3} more problems)" if len(problems) > 3 else ""
        raise DamagedBackupError("The backup is damaged: " + "; ".join(problems[:3]) + more + ".")
    return VerifyResult(manifest.snapshot_id, len(by_pack), len(seen), read[0], time.monotonic() - t0)
