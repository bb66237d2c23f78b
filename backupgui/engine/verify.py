"""The verify job: read and authenticate everything a backup needs, restoring nothing.

It reads with the same strict reader as a restore (``format/reader.py``), so the two never
disagree about a backup. Objects that are not part of the backup (names that do not parse,
objects that do not authenticate, sets that do not open with the key) are reported as
warnings and otherwise ignored: they do not make an intact backup damaged.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait

from ..crypto.segments import NewerObjectError, SegmentError
from ..errors import BackupError, DamagedBackupError
from ..format import names
from ..format.index import Index
from ..format.manifest import MAX_STORED_TEXT_BLOB, ChatEntry, TextBlobRef
from ..format.pack import BlobEntry, read_trailer
from ..format.reader import BlobDamage, media_matches, read_message_blob
from ..format.textstore import plaintext_size_hint
from ..jobs import CancelToken, Progress, ProgressFn, no_progress, stops
from .checkers import ByteBudget, checked_in_order
from .packread import DEFAULT_BATCH, BlobBuffer, ReadCounter, iter_pack_blobs
from .repository import SETS, Repo, scan_sets
from .snapshots import open_snapshot
from .types import VerifyRequest, VerifyResult

#: Media packs checked at once: each worker reads, decrypts and hashes a whole pack.
_WORKERS = 2
#: Message blobs are checked (decompressed, named, format-checked) on threads of their own,
#: as in the restore: a pack per worker left the two message checks of a pack's blobs on one
#: thread, and two such packs at once held the GIL in turn (docs/PERFORMANCE.md, "Issue 24,
#: phase 7").
_CHECK_WORKERS = 2
#: Bytes of message blobs read and not yet checked (stored plus expected plaintext): the
#: restore's bound; one blob always gets in, so a larger month goes alone.
_MESSAGE_BYTES = 16 << 20


def verify(req: VerifyRequest, progress: ProgressFn = no_progress,
           cancel: CancelToken | None = None) -> VerifyResult:
    """Check every pack, blob and media hash of a backup; raise ``DamagedBackupError`` naming
    what is wrong."""
    t0 = time.monotonic()
    token = cancel or CancelToken()
    with stops(token, req.destination):
        return _verify(req, progress, token, t0)


def _verify(req: VerifyRequest, progress: ProgressFn, token: CancelToken, t0: float) -> VerifyResult:
    """``verify`` with its token."""
    progress(Progress("Unlocking the backup"))
    repo, manifest = open_snapshot(req.destination, req.key, req.snapshot)
    index, _ = repo.load_index()
    index = index.preferring(manifest.packs)  # (a stale index's pack is not met first)
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
    checker = _PackChecker(repo, index, refs, media_sha, token)
    for pack_problems in checker.run(sorted(by_pack.items()), progress, total):
        problems += pack_problems
    if problems:
        more = f" (and {len(problems) - 3} more problems)" if len(problems) > 3 else ""
        raise DamagedBackupError("The backup is damaged: " + "; ".join(problems[:3]) + more + ".")
    return VerifyResult(manifest.snapshot_id, len(by_pack), len(seen), checker.read.value,
                        time.monotonic() - t0, tuple(dict.fromkeys(warnings)))


class _PackChecker:
    """Checks every pack. Packs that hold message blobs are read in pack order on a helper
    thread, their blobs checked on ``_CHECK_WORKERS`` checker threads (the restore's message
    stage, ``engine/checkers.py``) and the results taken in read order by a job of their
    own; the other packs (media) are read, decrypted and hashed whole on ``_WORKERS``
    threads at the same time, the largest first. A pack's damage is a problem of that pack;
    any other error (the destination, a cancel) stops every thread and is raised."""

    def __init__(self, repo: Repo, index: Index, refs: dict[str, tuple[ChatEntry, TextBlobRef]],
                 media_sha: dict[str, str], token: CancelToken) -> None:
        self.repo, self.index, self.refs, self.media_sha, self.token = repo, index, refs, media_sha, token
        self.read = ReadCounter()
        self.abort = CancelToken()  # set when one job fails: the others stop at a checkpoint
        self.current = ""
        self.error: BaseException | None = None  # the first job's error (not a stop it caused)
        self._lock = threading.Lock()
        # A destination that allows one reader at a time is shared through a lock.
        self._read_lock = None if repo.dest.concurrent_reads else threading.Lock()
        self._bufs = threading.local()

    def run(self, packs: list[tuple[str, list[BlobEntry]]], progress: ProgressFn,
            total: int) -> list[list[str]]:
        """Each pack's problems, in the order of ``packs``."""
        text = [(p, es) for p, es in packs if any(e.blob_id in self.refs for e in es)]
        media = [(p, es) for p, es in packs if not any(e.blob_id in self.refs for e in es)]
        pool = ThreadPoolExecutor(max_workers=_WORKERS + bool(text),
                                  thread_name_prefix="backupgui-verify")
        try:
            futures: list = []
            if text:  # (first: its job only waits for the checkers, on a thread of its own)
                futures.append(pool.submit(self._job, self._check_message_packs, text))
            # The largest first (pack names are random: in name order a large pack was
            # sometimes last, one worker checking it while the other had nothing left to do).
            for pack_id, entries in sorted(media, key=lambda p: -sum(e.length for e in p[1])):
                futures.append(pool.submit(self._job, self._check_pack, pack_id, entries))
            while not all(f.done() for f in futures):
                progress(Progress("Verifying", self.read.value, total, self.current[:12]))
                self.token.checkpoint()
                if self.error is not None:
                    raise self.error
                wait(futures, timeout=0.1, return_when=FIRST_EXCEPTION)
            if self.error is not None:
                raise self.error
            progress(Progress("Verifying", self.read.value, total))
            found: dict[str, list[str]] = {}
            for f in futures:
                found.update(f.result())
            return [found[p] for p, _ in packs]
        finally:
            self.abort.cancel()
            pool.shutdown(wait=True, cancel_futures=True)

    def _job(self, fn: Callable[..., dict[str, list[str]]], *args) -> dict[str, list[str]]:
        """``fn(*args)``; its error is the verify's (the first one: the others stop)."""
        self.abort.checkpoint()  # (a job queued before another one failed)
        try:
            return fn(*args)
        except BaseException as exc:
            with self._lock:
                if self.error is None and not self.abort.cancelled:
                    self.error = exc
            self.abort.cancel()
            raise

    def _buf(self) -> bytearray:
        buf = getattr(self._bufs, "buf", None)
        if buf is None:
            buf = self._bufs.buf = bytearray(max(DEFAULT_BATCH, self.repo.dest.stream_chunk))
        return buf

    def _blobs(self, pack_id: str, entries: list[BlobEntry]
               ) -> Iterator[tuple[BlobEntry, bytearray | None, bytes | None]]:
        """A pack's wanted blobs, read whole (every segment authenticated) in offset order:
        (entry, the stored message blob, None) or (entry, None, the file's SHA-256)."""
        self.current = pack_id
        text = BlobBuffer()
        h = hashlib.sha256()
        for entry, chunk, last in iter_pack_blobs(
                self.repo, pack_id, self.index.packs[pack_id].size, entries, self.read,
                lock=self._read_lock, buf=self._buf()):
            self.abort.checkpoint()
            self.token.checkpoint()
            if entry.blob_id in self.refs:
                stored = text.add(entry, chunk, last)
                if last:
                    yield entry, stored, None
                    del stored
            else:
                h.update(chunk)
                if last:
                    digest, h = h.digest(), hashlib.sha256()
                    yield entry, None, digest

    def _media_problem(self, entry: BlobEntry, digest: bytes) -> str | None:
        if media_matches(self.repo.keys, digest, entry.blob_id, self.media_sha[entry.blob_id]):
            return None
        return f"media blob {entry.blob_id[:12]} has the wrong content"

    def _check_pack(self, pack_id: str, entries: list[BlobEntry]) -> dict[str, list[str]]:
        """A pack of media, on this thread: {pack: its problems}."""
        problems: list[str] = []
        try:
            for entry, _stored, digest in self._blobs(pack_id, entries):
                assert digest is not None  # (packs with message blobs: _check_message_packs)
                if (problem := self._media_problem(entry, digest)) is not None:
                    problems.append(problem)
        except DamagedBackupError as exc:
            problems.append(str(exc).rstrip("."))
        return {pack_id: problems}

    def _check_message_packs(self, packs: list[tuple[str, list[BlobEntry]]]
                             ) -> dict[str, list[str]]:
        """The packs that hold message blobs, read in turn on a helper thread, each blob
        checked on a checker thread (a file's hash here too: a pack may hold both); every
        pack's problems in the order a check on one thread would find them."""
        found: dict[str, list[str]] = {p: [] for p, _ in packs}

        def read() -> Iterator[tuple[tuple[str, BlobEntry | None, str | None],
                                     bytearray | bytes | None, int]]:
            for pack_id, entries in sorted(packs):
                try:
                    for entry, stored, digest in self._blobs(pack_id, entries):
                        if stored is not None:
                            n = len(stored) + plaintext_size_hint(stored, entry.comp)
                            yield (pack_id, entry, None), stored, n
                            del stored
                        else:
                            yield (pack_id, entry, None), digest, 0
                except DamagedBackupError as exc:  # after the blobs read before it
                    yield (pack_id, None, str(exc).rstrip(".")), None, 0

        def check(key: tuple[str, BlobEntry | None, str | None],
                  data: bytearray | bytes | None) -> tuple[str | None, int]:
            _, entry, damage = key
            if entry is None:
                return damage, 0
            if entry.blob_id not in self.refs:
                assert isinstance(data, bytes)
                return self._media_problem(entry, data), 0
            assert isinstance(data, bytearray)
            chat, ref = self.refs[entry.blob_id]
            try:
                read_message_blob(self.repo.keys, entry, data, chat, ref, keep_plaintext=False)
            except BlobDamage as exc:
                return str(exc), 0
            return None, 0

        for (pack_id, _, _), problem in checked_in_order(
                read, check, ByteBudget(_MESSAGE_BYTES, 2 * _CHECK_WORKERS + 2), _CHECK_WORKERS,
                ("backupgui-verify-read", "backupgui-verify-check")):
            if problem is not None:
                found[pack_id].append(problem)
        return found


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
        if rel == "config" or kind in ("index", "snapshots"):
            continue  # (reported by the index and snapshot readers: Repo.ignored, Snapshots)
        if kind == "data" and names.is_object_id(name):
            if name not in index.packs:
                try:
                    read_trailer(repo.dest, repo.prefix, repo.keys.objects, name, o.size)
                    out.append(f"pack {name} is in no index (left by an interrupted backup; "
                               "the next backup adopts it)")
                except NewerObjectError as exc:
                    out.append(f"pack {name} is in no index and was made by a newer version of "
                               f"backupgui (format version {exc.version}): update backupgui "
                               "before the next backup")
                except (SegmentError, BackupError):
                    out.append(f"pack {name} is in no index and does not authenticate; ignored")
            continue
        out.append(f"unknown object {repo.prefix + rel} (not a backupgui name); ignored")
    return out
