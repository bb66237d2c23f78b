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
from collections import defaultdict, deque

from ..crypto.segments import NewerObjectError, SegmentError
from ..errors import BackupError, DamagedBackupError
from ..format import names
from ..format.index import Index
from ..format.manifest import MAX_STORED_TEXT_BLOB, ChatEntry, TextBlobRef
from ..format.pack import BlobEntry, read_trailer
from ..format.reader import BlobDamage, media_matches, read_message_blob
from ..jobs import CancelToken, Progress, ProgressFn, no_progress, stops
from .locks import LOCK_ID
from .packread import DEFAULT_BATCH, BlobBuffer, ReadCounter, iter_pack_blobs
from .repository import SETS, Repo, SetListing, scan_sets
from .snapshots import open_snapshot
from .types_verify import VerifyRequest, VerifyResult

#: Workers: each takes a pack and reads, authenticates and decrypts it, checking its message
#: blobs (decompression and the strict check) and hashing its files. One starts with the
#: message packs, the other with the media packs, so the two kinds run side by side: the
#: message check holds the GIL for part of its time, hashing hardly at all, and two message
#: packs at once left the cores ~30 % idle (docs/PERFORMANCE.md, "Issue 24, phase 7").
_WORKERS = 2


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
    # Without the summary cache: verify reads and authenticates every manifest of the set,
    # and reports the ones that no longer do (docs/SECURITY.md 2.11).
    # The sets' listing, with each set's config as it was read for the unlock, serves the
    # report of other sets at the end too: no config is read twice (docs/DRIVE.md 5).
    listings = scan_sets(req.destination)
    repo, manifest = open_snapshot(req.destination, req.key, req.snapshot, summaries=False,
                                   listings=listings)
    index, _ = repo.load_index()
    index = index.preferring(manifest.packs)  # (a stale index's pack is not met first)
    warnings = _unknown_objects(repo, index, listings) + list(repo.snapshots().ignored) + repo.ignored
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
        raise DamagedBackupError(_damaged_message(problems))
    return VerifyResult(manifest.snapshot_id, len(by_pack), len(seen), checker.read.value,
                        time.monotonic() - t0, tuple(dict.fromkeys(warnings)))


def _damaged_message(problems: list[str]) -> str:
    """One heading and the first three problems, each a phrase of ``format/damage.py`` or a
    template of verify's own (the GUI translates each and joins them its language's way).
    The count is said as "problems found: 5", which needs no plural form in any language."""
    details = "; ".join(problems[:3])
    if len(problems) == 1:
        return f"The backup is damaged: {details}."
    if len(problems) <= 3:
        return f"The backup is damaged (problems found: {len(problems)}): {details}."
    # translators: %1: how many problems, %2: the first three, lower-case phrases joined with
    # semicolons
    return f"The backup is damaged (problems found: {len(problems)}), among them: {details}."


class _PackChecker:
    """Checks packs on ``_WORKERS`` threads, a pack per job: worker 0 takes the message
    packs first (largest first), worker 1 the media packs (largest first), then each takes
    what is left of the other's. A worker with no pack left checks message blobs that a
    worker still reading a pack hands over (at most one waiting per idle worker: memory
    stays bounded), so the last message pack is checked on both cores. A pack's damage is a
    problem of that pack, each blob's in the pack's offset order whichever worker checked
    it; any other error (the destination, a cancel) stops every worker and is raised."""

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
        self._cv = threading.Condition()  # guards the job queues, _running, _handed, _idle
        self._queues: tuple[deque, deque] = (deque(), deque())  # (message packs, the others)
        self._running = 0  # pack jobs under way
        self._handed: deque[tuple[str, int, BlobEntry, bytearray]] = deque()
        self._idle = 0  # workers waiting for a blob to check
        self._found: dict[str, list[tuple[int, str]]] = {}  # pack -> (blob's place, problem)

    def run(self, packs: list[tuple[str, list[BlobEntry]]], progress: ProgressFn,
            total: int) -> list[list[str]]:
        """Each pack's problems, in the order of ``packs``."""
        def size(job: tuple[str, list[BlobEntry]]) -> int:
            return -sum(e.length for e in job[1])

        text = [j for j in packs if any(e.blob_id in self.refs for e in j[1])]
        media = [j for j in packs if not any(e.blob_id in self.refs for e in j[1])]
        self._queues = (deque(sorted(text, key=size)), deque(sorted(media, key=size)))
        self._found = {p: [] for p, _ in packs}
        threads = [threading.Thread(target=self._work, args=(i % 2,), daemon=True,
                                    name=f"backupgui-verify-{i}") for i in range(_WORKERS)]
        try:
            for t in threads:
                t.start()
            while any(t.is_alive() for t in threads):
                progress(Progress("Verifying", self.read.value, total, self.current[:12]))
                self.token.checkpoint()
                if self.error is not None:
                    raise self.error
                for t in threads:
                    t.join(0.1 / len(threads))
            if self.error is not None:
                raise self.error
            progress(Progress("Verifying", self.read.value, total))
            # (A stable sort: a pack's damage comes after the problems of the blobs before it.)
            return [[m for _, m in sorted(self._found[p], key=lambda f: f[0])] for p, _ in packs]
        finally:
            self.abort.cancel()
            with self._cv:
                self._cv.notify_all()
            for t in threads:
                if t.ident is not None:
                    t.join()

    def _work(self, lane: int) -> None:
        buf = bytearray(max(DEFAULT_BATCH, self.repo.dest.stream_chunk))
        try:
            while (job := self._next(lane)) is not None:
                try:
                    self._check_pack(job[0], job[1], buf)
                finally:
                    with self._cv:
                        self._running -= 1
                        self._cv.notify_all()
            while (item := self._take_handed()) is not None:
                self._check_text(*item)
        except BaseException as exc:  # handed to the job thread
            with self._lock:
                if self.error is None and not self.abort.cancelled:
                    self.error = exc
            self.abort.cancel()
            with self._cv:
                self._cv.notify_all()

    def _next(self, lane: int) -> tuple[str, list[BlobEntry]] | None:
        """The next pack: from this worker's own kind first, else the other's."""
        with self._cv:
            self.abort.checkpoint()
            queue = self._queues[lane] or self._queues[1 - lane]
            if not queue:
                return None
            self._running += 1
            return queue.popleft()

    def _hand_over(self, item: tuple[str, int, BlobEntry, bytearray]) -> bool:
        """Give a message blob to an idle worker; False if none is waiting for one."""
        with self._cv:
            if len(self._handed) >= self._idle:
                return False
            self._handed.append(item)
            self._cv.notify()
            return True

    def _take_handed(self) -> tuple[str, int, BlobEntry, bytearray] | None:
        """A handed-over blob; None once no pack is left to read (or on a stop)."""
        with self._cv:
            self._idle += 1
            try:
                while not self._handed:
                    if self._running == 0 or self.abort.cancelled:
                        return None
                    self._cv.wait(0.1)
                return self._handed.popleft()
            finally:
                self._idle -= 1

    def _problem(self, pack_id: str, place: int, problem: str) -> None:
        with self._lock:
            self._found[pack_id].append((place, problem))

    def _check_text(self, pack_id: str, place: int, entry: BlobEntry, stored: bytearray) -> None:
        """The strict check of one message blob against its manifest entry."""
        self.abort.checkpoint()
        self.token.checkpoint()
        chat, ref = self.refs[entry.blob_id]
        try:
            read_message_blob(self.repo.keys, entry, stored, chat, ref, keep_plaintext=False)
        except BlobDamage as exc:
            self._problem(pack_id, place, str(exc))

    def _check_pack(self, pack_id: str, entries: list[BlobEntry], buf: bytearray) -> None:
        """Read a pack whole (every segment authenticated), check its blobs in offset order."""
        self.current = pack_id
        refs = self.refs
        text = BlobBuffer()
        h = hashlib.sha256()
        place = 0  # blobs of this pack read whole so far
        try:
            for entry, chunk, last in iter_pack_blobs(
                    self.repo, pack_id, self.index.packs[pack_id].size, entries, self.read,
                    lock=self._read_lock, buf=buf):
                self.abort.checkpoint()
                self.token.checkpoint()
                if entry.blob_id in refs:
                    stored = text.add(entry, chunk, last)
                else:
                    h.update(chunk)
                if not last:
                    continue
                place += 1
                if entry.blob_id in refs:
                    item = (pack_id, place, entry, stored)
                    if not self._hand_over(item):
                        self._check_text(*item)
                    del stored, item
                else:
                    digest, h = h.digest(), hashlib.sha256()
                    if not media_matches(self.repo.keys, digest, entry.blob_id,
                                         self.media_sha[entry.blob_id]):
                        self._problem(pack_id, place,
                                      f"media blob {entry.blob_id[:12]} has the wrong content")
        except DamagedBackupError as exc:  # (after the blobs read before it)
            self._problem(pack_id, place + 1, exc.problem or str(exc))


def _unknown_objects(repo: Repo, index: Index, listings: list[SetListing]) -> list[str]:
    """Objects at the destination that are no part of what was verified, one sentence each:
    names that follow no rule of the layout, packs no index lists (adopted by the next
    backup if they authenticate), other sets (without a config, with a damaged one, or not
    opening with this key). ``listings``: the sets' scan the unlock used; a set's config it
    read is taken as read then, a set it did not see is read now."""
    out: list[str] = []
    by_set: dict[str, list[str]] = defaultdict(list)
    objects = repo.dest.list(SETS)
    for o in objects:
        parts = o.name.split("/")
        if len(parts) < 3:
            out.append(f"unknown object {o.name} (not a backupgui name); ignored")
        else:
            by_set[parts[1]].append(o.name)
    parsed = {s.config.set_id for s in scan_sets(repo.dest, objects, listings)}
    for set_id, objs in sorted(by_set.items()):
        if set_id == repo.set_id:
            continue
        if not names.is_set_id(set_id):
            out += [f"unknown object {n} (not a backupgui name); ignored" for n in objs]
        elif f"{SETS}{set_id}/config" not in objs:
            out.append(f"backup set {set_id} has no settings (a change of key may have been "
                       "interrupted); ignored")
        elif set_id not in parsed:
            out.append(f"backup set {set_id} has damaged settings; ignored")
        elif set_id not in repo.other_sets:
            out.append(f"backup set {set_id} does not open with this key or password; ignored")
    for o in repo.list_rel(""):
        rel = o.name
        kind, _, name = rel.partition("/")
        if rel == "config" or kind in ("index", "snapshots"):
            continue  # (reported by the index and snapshot readers: Repo.ignored, Snapshots)
        if kind == "locks" and LOCK_ID.fullmatch(name):
            continue  # (a running operation's lock, FORMAT.md 10.3: no part of a backup)
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
