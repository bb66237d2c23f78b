"""The verify job: read and authenticate everything a backup needs, restoring nothing.

It reads with the same strict reader as a restore (``format/reader.py``), so the two never
disagree about a backup. Objects that are not part of the backup (names that do not parse,
objects that do not authenticate, sets that do not open with the key) are reported as
warnings and otherwise ignored: they do not make an intact backup damaged.
"""

from __future__ import annotations

import hashlib
import time
from collections import defaultdict

from ..crypto.segments import SegmentError
from ..errors import BackupError, DamagedBackupError
from ..format import names
from ..format.index import Index
from ..format.manifest import MAX_STORED_TEXT_BLOB, ChatEntry, TextBlobRef
from ..format.pack import BlobEntry, read_trailer
from ..format.reader import BlobDamage, media_matches, read_message_blob
from ..jobs import CancelToken, Progress, ProgressFn, no_progress
from .packread import ReadCounter, iter_pack_blobs
from .repository import SETS, Repo, scan_sets
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
    warnings = _unknown_objects(repo, index) + list(repo.snapshots().ignored) + repo.ignored
    media_sha = {m.blob: m.sha256 for m in manifest.media}
    refs: dict[str, tuple[ChatEntry, TextBlobRef]] = {
        t.blob: (c, t) for c in manifest.chats for t in c.text_blobs}
    by_pack: dict[str, list[BlobEntry]] = defaultdict(list)
    seen: set[str] = set()
    problems: list[str] = []
    for blob in sorted(set(refs) | set(media_sha)):
        loc = index.locate(blob)
        if loc is None:
            problems.append(f"blob {blob[:12]} is not in any pack")
        elif blob in refs and loc.entry.length > MAX_STORED_TEXT_BLOB:
            problems.append(f"messages blob {blob[:12]} is larger than the format allows")
        elif blob not in seen:
            seen.add(blob)
            by_pack[loc.pack_id].append(loc.entry)
    missing_packs = set(manifest.packs) - set(index.packs)
    problems += [f"pack {p} is missing" for p in sorted(missing_packs)]
    total = sum(index.packs[p].size for p in by_pack)
    read = ReadCounter()
    for pack_id, entries in sorted(by_pack.items()):
        progress(Progress("Verifying", read.value, total, pack_id[:12]))
        buf = bytearray()
        h = hashlib.sha256()
        try:
            for entry, chunk, last in iter_pack_blobs(repo, pack_id, index.packs[pack_id].size,
                                                      entries, read):
                token.checkpoint()
                if entry.blob_id in refs:
                    buf += chunk
                else:
                    h.update(chunk)
                if not last:
                    continue
                if entry.blob_id in refs:
                    stored, buf = bytes(buf), bytearray()
                    chat, ref = refs[entry.blob_id]
                    try:
                        read_message_blob(repo.keys, entry, stored, chat, ref)
                    except BlobDamage as exc:
                        problems.append(str(exc))
                else:
                    digest, h = h.digest(), hashlib.sha256()
                    if not media_matches(repo.keys, digest, entry.blob_id, media_sha[entry.blob_id]):
                        problems.append(f"media blob {entry.blob_id[:12]} has the wrong content")
        except DamagedBackupError as exc:
            problems.append(str(exc).rstrip("."))
    if problems:
        more = f" (and {len(problems) - 3} more problems)" if len(problems) > 3 else ""
        raise DamagedBackupError("The backup is damaged: " + "; ".join(problems[:3]) + more + ".")
    return VerifyResult(manifest.snapshot_id, len(by_pack), len(seen), read.value,
                        time.monotonic() - t0, tuple(dict.fromkeys(warnings)))


def _unknown_objects(repo: Repo, index: Index) -> list[str]:
    """Objects at the destination that are no part of what was verified, one sentence each:
    names that follow no rule of the layout, packs no index lists (adopted by the next
    backup if they authenticate), other sets (without a config, with a damaged one, or not
    opening with this key)."""
    out: list[str] = []
    by_set: dict[str, list[str]] = defaultdict(list)
    for o in repo.dest.list(SETS):
        parts = o.name.split("/")
        if len(parts) < 3:
            out.append(f"unknown object {o.name} (not a backupgui name); ignored")
        else:
            by_set[parts[1]].append(o.name)
    parsed = {s.config.set_id for s in scan_sets(repo.dest)}
    for set_id, objs in sorted(by_set.items()):
        if set_id == repo.set_id:
            continue
        if not names.is_set_id(set_id):
            out += [f"unknown object {n} (not a backupgui name); ignored" for n in objs]
        elif f"{SETS}{set_id}/config" not in objs:
            out.append(f"backup set {set_id} has no config (an interrupted key rotation?); "
                       "ignored")
        elif set_id not in parsed:
            out.append(f"backup set {set_id} has a damaged config; ignored")
        elif set_id not in repo.other_sets:
            out.append(f"backup set {set_id} does not open with this key or password; ignored")
    for o in repo.list_rel(""):
        rel = o.name
        kind, _, name = rel.partition("/")
        if rel == "config" or (kind == "index" and names.is_object_id(name)) or (
                kind == "snapshots" and names.is_snapshot_id(name)):
            continue  # (indexes and snapshots that do not authenticate are reported apart)
        if kind == "data" and names.is_object_id(name):
            if name not in index.packs:
                try:
                    read_trailer(repo.dest, repo.prefix, repo.keys.objects, name, o.size)
                    out.append(f"pack {name} is in no index (left by an interrupted backup; "
                               "the next backup adopts it)")
                except (SegmentError, BackupError):
                    out.append(f"pack {name} is in no index and does not authenticate; ignored")
            continue
        out.append(f"unknown object {repo.prefix}{rel} (not a backupgui name); ignored")
    return out
