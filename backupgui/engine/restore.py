"""The restore job: verify everything it reads, then commit to the library in one step.

Messages go into one SQLite transaction; media are written to a staging folder inside the
library, checked against their SHA-256, and moved into the media store just before commit.
Any failure or cancel rolls the transaction back and removes what was staged or moved, so the
library is left exactly as it was.

``restore`` orders the stages of docs/ARCHITECTURE.md ("Restore and verify"): open the set,
manifest and index (``_open``); plan what to read and how each chat goes in (``_plan``,
``_plan_library``: the rollback check); the messages (``_restore_messages``, read and
checked by ``_MessageChecks``) beside the media (``_plan_media``, ``_MediaStager``); then the commit (``_move_into_store``, the
transaction).
"""

from __future__ import annotations

import collections
import contextlib
import ctypes
import hashlib
import os
import shutil
import sqlite3
import sys
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from ..device.stale import is_stale, owned_name
from ..errors import (
    Damage,
    DamagedBackupError,
    DiskFullError,
    NotEnoughSpaceError,
    NotFoundError,
    RolledBackError,
)
from ..format.damage import file_problem, logged, messages_problem
from ..format.index import BlobLocation, Index
from ..format.manifest import MAX_STORED_TEXT_BLOB, ChatEntry, Manifest, MediaEntry, TextBlobRef
from ..format.names import child_path
from ..format.pack import BlobEntry
from ..format.reader import BlobDamage, MessageBlob, media_matches, read_message_blob
from ..format.textstore import plaintext_size_hint
from ..jobs import CancelToken, Progress, ProgressFn, no_progress, stops
from ..library.store import Library, LibraryWriter
from ..oswords import OsProblem, os_problem
from ..process.memory import Releaser
from .filewrite import FileWriter
from .packread import DEFAULT_BATCH, BlobBuffer, ReadCounter, iter_pack_blobs
from .repository import Repo
from .rollback import remember_newest, rollback_check
from .snapshots import open_snapshot
from .types import REPLACE, RestoreRequest, RestoreResult

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_BINARY = getattr(os, "O_BINARY", 0)


# Media workers: each takes the next pack and reads, authenticates, decrypts, hashes,
# writes and fsyncs its files itself, so the media use both cores with no hand-off per MiB
# (docs/PERFORMANCE.md, "Issue 24, phase 2").
_MEDIA_WORKERS = 2

# Message blobs are checked (decompressed, named, format-checked) on threads of their own:
# that check is the longest chain of a full restore, and zstd, SHA-256 and RE2 release the
# GIL, so two checkers keep both cores busy once the media are written (docs/PERFORMANCE.md,
# "Issue 24, phase 3").
_CHECK_WORKERS = 2
#: Bytes of restored files a media worker leaves in the page cache: once a worker has written
#: this much after a file, it waits for that file's own writeback (started when it was
#: closed, so this rarely waits) and drops its pages from the cache. Without it a restore left
#: all it wrote in the page cache until its end: at 10 GiB, 12 GB that pushed out packs of the
#: backup it had yet to read (docs/PERFORMANCE.md, "Issue 24: the 10 GiB restore"). The last
#: window stays cached at the worker's end (nothing reads after it; the kernel reclaims clean
#: pages when it needs them). The fsyncs stay together at the worker's end: an fsync also
#: flushes the disk's cache and waits for everything queued before it, so fsyncing a window
#: behind cost a warm 1 GiB restore ~10 % of its wall time in pairs.
_SETTLE_BYTES = 512 << 20
#: Files a media worker fsyncs at once at its end (``_MediaStager._fsync_all``).
_FSYNC_THREADS = 8
#: Bytes of message blobs the message stage holds at once: read and not yet checked (stored
#: plus expected plaintext), checked and not yet in SQLite (stored, plus the plaintext for
#: a chat merged row by row). A busy month is a large blob (12 MB of JSON in the 10 GiB bench
#: set): a bound by count let the memory grow with the busiest month (docs/PERFORMANCE.md,
#: "Issue 24, phase 4"). One blob always gets in, so a larger month goes alone.
_MESSAGE_BYTES = 16 << 20


@dataclass(frozen=True)
class _MediaItem:
    """One file to restore: where its blob is, and its SHA-256."""

    pack_id: str
    pack_size: int
    entry: BlobEntry
    sha: str


class _Written:
    """A media worker's files whose writeback has started, oldest first, with their sizes,
    and the sum of those sizes kept as they come and go: summed again after every file, it
    cost a restore of n small files n^2/2 additions (40,000 one-byte files restored as one
    chat: 160 CPU s; SECURITY.md 2.7)."""

    __slots__ = ("bytes", "files")

    def __init__(self) -> None:
        self.files: collections.deque[tuple[Path, int]] = collections.deque()
        self.bytes = 0

    def add(self, path: Path, n: int) -> None:
        self.files.append((path, n))
        self.bytes += n


class _MediaStager:
    """Restores media files into the staging folder on ``_MEDIA_WORKERS`` threads of its
    own, a pack at a time, so a full restore fetches media while the messages go into the
    library. Every segment is authenticated before its bytes are written; a file that does
    not match its SHA-256 and keyed name is damage."""

    def __init__(self, repo: Repo, staging: Path, items: list[_MediaItem], names: dict[str, str],
                 token: CancelToken, whole: bool, workers: int = _MEDIA_WORKERS) -> None:
        self.repo, self.staging, self.names, self.token = repo, staging, names, token
        self.whole = whole  # (``RestorePlan.whole``)
        self.abort = CancelToken()  # set by the job thread when it fails or is cancelled
        self.total = sum(i.entry.length for i in items)
        self.item = ""
        self.staged: list[tuple[Path, str]] = []
        self.error: BaseException | None = None
        packs: dict[str, list[_MediaItem]] = defaultdict(list)
        for it in items:
            packs[it.pack_id].append(it)
        self._todo = iter(sorted(packs.items()))
        self._lock = threading.Lock()
        self._done = [0] * workers
        self._read = ReadCounter()
        # A destination that allows one reader at a time is shared through a lock: one
        # worker downloads while the other decrypts and writes.
        self._read_lock = None if repo.dest.concurrent_reads else threading.Lock()
        self._threads = [threading.Thread(target=self._run, args=(i,), daemon=True,
                                          name=f"backupgui-media-{i}") for i in range(workers)]

    @property
    def done(self) -> int:
        return sum(self._done)

    @property
    def downloaded(self) -> int:
        return self._read.value

    def start(self) -> _MediaStager:
        for t in self._threads:
            t.start()
        return self

    def _alive(self) -> bool:
        return any(t.is_alive() for t in self._threads)

    def wait(self, progress: ProgressFn) -> list[tuple[Path, str]]:
        """Report progress until the files are staged; re-raise a worker's error."""
        try:
            while self._alive():
                progress(Progress("Restoring media", self.done, self.total, self.item))
                self.token.checkpoint()
                for t in self._threads:
                    t.join(0.1 / len(self._threads))
            progress(Progress("Restoring media", self.done, self.total, self.item))
        finally:
            self.stop()
        if self.error is not None:
            raise self.error
        return sorted(self.staged)

    def stop(self) -> None:
        self.abort.cancel()
        for t in self._threads:
            t.join()

    def _next(self) -> tuple[str, list[_MediaItem]] | None:
        with self._lock:
            return next(self._todo, None)

    def _run(self, worker: int) -> None:
        buf = bytearray(max(DEFAULT_BATCH, self.repo.dest.stream_chunk))
        # Files whose writeback has started and whose pages are still cached, oldest first,
        # with their sizes (dropped a window behind: _settle); every one is fsynced at the end
        # (_fsync_all).
        written = _Written()
        to_fsync: list[Path] = []
        out = FileWriter()
        try:
            while (job := self._next()) is not None:
                self._stage_pack(worker, job[0], job[1], buf, out, written, to_fsync)
            self._fsync_all(to_fsync)
        except BaseException as exc:  # handed to the job thread
            with self._lock:
                if self.error is None:
                    self.error = exc
            self.abort.cancel()  # the other workers stop too
        finally:
            out.close()

    def _stage_pack(self, worker: int, pack_id: str, items: list[_MediaItem], buf: bytearray,
                    out: FileWriter, written: _Written, to_fsync: list[Path]) -> None:
        by_blob = {it.entry.blob_id: it for it in items}
        h = hashlib.sha256()
        try:
            for entry, piece, last in iter_pack_blobs(
                    self.repo, pack_id, items[0].pack_size, [it.entry for it in items],
                    self._read, whole=self.whole, lock=self._read_lock, buf=buf):
                self.abort.checkpoint()
                self.token.checkpoint()
                it = by_blob[entry.blob_id]
                if out.fd < 0:
                    self.item = self.names.get(it.sha, "")
                    out.create(child_path(self.staging, it.sha))  # (checked: 64 hex digits)
                    h = hashlib.sha256()
                h.update(piece)
                out.write(piece)
                self._done[worker] += len(piece)
                if last:
                    # On disk before the commit that makes the library point at it: after a
                    # power cut the file must not be there empty or short (it would pass as
                    # present and never be restored again). The kernel starts writing it
                    # back now and the worker fsyncs it once its packs are done, so the disk
                    # works while the next files are decrypted (where the kernel cannot start
                    # the writeback, it is fsynced here).
                    path = child_path(self.staging, it.sha)
                    if _start_writeback(out.fd):
                        to_fsync.append(path)
                        written.add(path, it.entry.length)
                    else:
                        os.fsync(out.fd)
                    out.close()
                    self._staged(it, h.digest())
                    self._settle(written, _SETTLE_BYTES)
        finally:
            out.close()

    def _fsync_all(self, paths: list[Path]) -> None:
        """fsync a worker's files at its end, ``_FSYNC_THREADS`` at once: the file system
        commits fsyncs that wait together in one journal commit and the disk flushes its
        cache once for them, where one after another each waited for a commit and a flush
        of its own (a worker's tail of 0.2-0.5 s for 75 files; docs/PERFORMANCE.md,
        "Issue 24, phase 9"). Their pages are not dropped from the cache first: waiting for
        that writeback is the fsync's own, and nothing is read after it. Each thread takes
        the next file itself (no object per file: a backup may name millions)."""
        todo = iter(paths)
        take = threading.Lock()
        failed = threading.Event()

        def drain() -> None:
            try:
                while not failed.is_set():
                    with take:
                        path = next(todo, None)
                    if path is None:
                        return
                    self.abort.checkpoint()
                    _fsync_path(path)
            except BaseException:
                failed.set()  # the others stop at their next file
                raise

        if len(paths) <= 1:
            drain()
            return
        with ThreadPoolExecutor(min(_FSYNC_THREADS, len(paths)),
                                thread_name_prefix="backupgui-fsync") as pool:
            for f in [pool.submit(drain) for _ in range(min(_FSYNC_THREADS, len(paths)))]:
                f.result()  # (the first error in submission order is raised here)

    def _settle(self, written: _Written, window: int) -> None:
        """Wait for the writeback of the oldest files of ``written`` and let their pages go,
        until at most ``window`` bytes written after them remain in the page cache."""
        files = written.files
        while files and written.bytes - files[0][1] >= window:
            self.abort.checkpoint()
            path, n = files.popleft()
            _drop_written(path)
            written.bytes -= n

    def _staged(self, it: _MediaItem, digest: bytes) -> None:
        if not media_matches(self.repo.keys, digest, it.entry.blob_id, it.sha):
            problem = file_problem(self.names.get(it.sha) or it.sha[:12], Damage.MISMATCH)
            raise DamagedBackupError(f"The backup is damaged: {problem}.", problem=problem)
        with self._lock:
            self.staged.append((child_path(self.staging, it.sha), it.sha))


def _sync_file_range() -> Callable[[int, int, int, int], int] | None:
    """Linux's ``sync_file_range`` (Python has no wrapper), or None."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        fn = ctypes.CDLL(None, use_errno=True).sync_file_range
    except (OSError, AttributeError):
        return None
    fn.argtypes = [ctypes.c_int, ctypes.c_int64, ctypes.c_int64, ctypes.c_uint]
    fn.restype = ctypes.c_int
    return fn


_SYNC_FILE_RANGE = _sync_file_range()
_SYNC_FILE_RANGE_WRITE = 2  # start writeback of dirty pages; does not wait
_SYNC_FILE_RANGE_WAIT_ALL = 1 | 2 | 4  # wait for writeback in flight, start it, wait for it


def _start_writeback(fd: int) -> bool:
    """Ask the kernel to start writing the file back now; False if it cannot (then the
    caller fsyncs). Durability still comes from the fsync: this only moves the disk's work
    earlier."""
    if _SYNC_FILE_RANGE is None:
        return False
    return _SYNC_FILE_RANGE(fd, 0, 0, _SYNC_FILE_RANGE_WRITE) == 0


#: Stored bytes of message blobs put into the library between two requests to write the
#: library's file back (~10 MB of its pages).
_DB_WRITEBACK_BYTES = 2 << 20


class _DbWriteback:
    """Has the kernel write the library database's pages back while the restore goes on:
    SQLite spills the transaction's pages into the file as its small cache fills, and they
    stayed dirty until the commit's fsync, which then wrote the whole ~45 MB (per GiB restored)
    after the last media file. ``sync_file_range`` starts that writeback and does not wait.
    Only the disk's work moves earlier: what is durable, and when, stays the commit's (a
    restore that fails or is cancelled still rolls back through SQLite's journal)."""

    def __init__(self, path: Path) -> None:
        self._fd = -1
        self._pending = 0
        if _SYNC_FILE_RANGE is not None:
            with contextlib.suppress(OSError):  # (then the commit's fsync does it all, as before)
                self._fd = os.open(path, os.O_RDONLY | _NOFOLLOW | _BINARY)

    def wrote(self, n: int) -> None:
        self._pending += n
        if self._pending >= _DB_WRITEBACK_BYTES:
            self.start()

    def start(self) -> None:
        self._pending = 0
        if self._fd >= 0 and _SYNC_FILE_RANGE is not None:
            _SYNC_FILE_RANGE(self._fd, 0, 0, _SYNC_FILE_RANGE_WRITE)

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1


_FADV_DONTNEED = getattr(os, "POSIX_FADV_DONTNEED", None)


def _drop_written(path: Path) -> None:
    """Wait until a staged file's pages are written back (this file's only: no journal
    commit, no flush of the disk's cache, unlike fsync), then let them go from the page cache,
    where a restore has no further use for them. Durability still comes from the fsync at the
    worker's end. Opened by its (checked) path, never through a symlink."""
    if _SYNC_FILE_RANGE is None or _FADV_DONTNEED is None:
        return
    fd = os.open(path, os.O_RDONLY | _NOFOLLOW | _BINARY)
    try:
        if _SYNC_FILE_RANGE(fd, 0, 0, _SYNC_FILE_RANGE_WAIT_ALL) == 0:
            os.posix_fadvise(fd, 0, 0, _FADV_DONTNEED)
    finally:
        os.close(fd)


def _fsync_path(path: Path) -> None:
    """fsync a staged file again opened by its (checked) path, never through a symlink."""
    fd = os.open(path, os.O_RDONLY | _NOFOLLOW | _BINARY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_stale_staging(root: Path) -> None:
    """Delete staging folders of restores that were killed (their process is gone)."""
    for p in root.glob(".restore-*"):
        if is_stale(p.name[len(".restore-"):]):
            shutil.rmtree(p, ignore_errors=True)


def _stored_text_blobs(repo: Repo, plan: RestorePlan, downloaded: ReadCounter,
                       token: CancelToken) -> Iterator[tuple[BlobEntry, bytearray]]:
    """Every wanted message blob as stored (each in a buffer of its own length, bounded by
    ``_plan``), in pack order, each segment authenticated before any of its bytes is used."""
    buf = bytearray(max(DEFAULT_BATCH, repo.dest.stream_chunk))  # (each chunk is copied at once)
    for pack_id, entries in sorted(plan.text_by_pack.items()):
        blob = BlobBuffer()
        size = plan.index.packs[pack_id].size
        for entry, chunk, last in iter_pack_blobs(repo, pack_id, size, entries, downloaded,
                                                  whole=plan.whole, buf=buf):
            token.checkpoint()
            if (stored := blob.add(entry, chunk, last)) is not None:
                yield entry, stored
                del stored


def _check_blob(repo: Repo, plan: RestorePlan, entry: BlobEntry, stored: bytearray,
                budget: _ByteBudget | None = None, held: int = 0) -> tuple[MessageBlob, int]:
    """A blob checked by the reader verify uses too, and the bytes it holds from now on:
    its plaintext is let go at once when SQLite will not need it (a chat restored as
    blocks keeps the stored form); ``held`` (what was taken from ``budget`` for it) is
    brought to that."""
    chat, ref = plan.refs[entry.blob_id]
    keep = chat.id not in plan.fresh
    try:
        mb = read_message_blob(repo.keys, entry, stored, chat, ref, keep_plaintext=keep)
    except BlobDamage as exc:
        problem = exc.problem  # a phrase of format/damage.py
        raise DamagedBackupError(f"The backup is damaged: {problem}.", problem=problem) from None
    now = len(stored) + (len(mb.plaintext) if mb.plaintext is not None else 0)
    if budget is not None:
        budget.give(held - now)
    return mb, now


class _ByteBudget:
    """Bytes a stage holds, bounded: ``take`` waits while what is held plus the new bytes
    would pass ``limit`` bytes or ``items`` items (an item always gets in when nothing is
    held, so a blob larger than the limit goes alone); ``give`` returns bytes (a negative
    amount takes more without waiting: a blob larger than its estimate). ``give`` wakes a
    thread only when one waits in ``take``: a wake-up of a thread that then wants the GIL
    made the waker hand it over (the checkers spent a quarter of their GIL-holding samples
    in ``notify_all``; docs/PERFORMANCE.md, "Issue 24, phase 10")."""

    def __init__(self, limit: int, items: int) -> None:
        self.limit, self.items = limit, items
        self.held = self.count = 0
        self.peak = 0  # the most held at once (tests, measurements)
        self._waiting = 0
        self._cv = threading.Condition(threading.Lock())

    def take(self, n: int, stop: threading.Event) -> bool:
        """Take ``n`` bytes for one item; False if ``stop`` was set meanwhile."""
        with self._cv:
            while self.count and (self.held + n > self.limit or self.count >= self.items):
                if stop.is_set():
                    return False
                self._waiting += 1
                try:
                    self._cv.wait(0.1)
                finally:
                    self._waiting -= 1
            self.held += n
            self.count += 1
            self.peak = max(self.peak, self.held)
            return True

    def give(self, n: int, item_done: bool = False) -> None:
        with self._cv:
            self.held -= n
            self.count -= item_done
            self.peak = max(self.peak, self.held)
            if self._waiting:
                self._cv.notify_all()


_END = object()


class _MessageChecks:
    """The message stage's checkers: ``workers`` threads, each of which takes the next blob
    from the packs itself (read in pack order, one thread at a time), checks it, and leaves it
    in its place in that order for the job thread (``next``). Per blob, a thread is woken only
    when it waits for exactly that: the job thread for the blob it asks for, a checker for
    bytes in the budget. (A reader thread, a pool's queue and a future per blob cost ~5
    wake-ups per blob, each a GIL hand-off: docs/PERFORMANCE.md, "Issue 24, phase 10".)"""

    def __init__(self, repo: Repo, plan: RestorePlan, downloaded: ReadCounter, token: CancelToken,
                 workers: int, budget: _ByteBudget) -> None:
        self.repo, self.plan, self.budget = repo, plan, budget
        self.stop = threading.Event()
        self._blobs = _stored_text_blobs(repo, plan, downloaded, token)
        self._read_lock = threading.Lock()  # (held while a blob is read and its place given)
        self._taken = 0  # places given out, in pack order
        self._ended = False  # the packs are read to their end, or failed
        self._cv = threading.Condition(threading.Lock())
        self._done: dict[int, tuple[BlobEntry, MessageBlob, int] | BaseException | object] = {}
        self._wanted = -1  # the place the job thread waits for
        self._threads = [threading.Thread(target=self._work, name=f"backupgui-check-{i}",
                                          daemon=True) for i in range(workers)]
        for t in self._threads:
            t.start()

    def _put(self, place: int, value: object) -> None:
        with self._cv:
            self._done[place] = value
            if self._wanted == place:
                self._cv.notify()

    def _read(self) -> tuple[int, BlobEntry, bytearray, int] | None:
        """The next blob as stored, its place and the bytes taken for it; None at the end
        (or when stopped). A failed read is put in its place: after every blob read before."""
        with self._read_lock:
            if self._ended or self.stop.is_set():
                return None
            place = self._taken
            try:
                item = next(self._blobs, None)
            except BaseException as exc:  # handed to the job thread, in its place in the order
                self._ended = True
                self._put(place, exc)
                return None
            if item is None:
                self._ended = True
                self._put(place, _END)
                return None
            entry, stored = item
            n = len(stored) + plaintext_size_hint(stored, entry.comp)
            if not self.budget.take(n, self.stop):
                return None
            self._taken += 1
            return place, entry, stored, n

    def _work(self) -> None:
        while (job := self._read()) is not None:
            place, entry, stored, n = job
            try:
                mb, held = _check_blob(self.repo, self.plan, entry, stored, self.budget, n)
            except BaseException as exc:
                self._put(place, exc)
                self._ended = True  # nothing after it is of use: the job thread raises it
                continue
            finally:
                del stored, job
            self._put(place, (entry, mb, held))
            del mb

    def next(self, place: int) -> tuple[BlobEntry, MessageBlob, int] | None:
        """The checked blob at ``place`` (waiting for it), None after the last; a failure
        there is raised."""
        with self._cv:
            while place not in self._done:
                self._wanted = place
                self._cv.wait(0.1)
                if not any(t.is_alive() for t in self._threads) and place not in self._done:
                    raise RuntimeError("the message checkers stopped")  # (never expected)
            self._wanted = -1
            got = self._done.pop(place)
        if got is _END:
            return None
        if isinstance(got, BaseException):
            raise got
        return got  # type: ignore[return-value]

    def close(self) -> None:
        self.stop.set()
        for t in self._threads:
            t.join()
        with self._read_lock:
            self._blobs.close()  # (its pack reader let go on this thread)
        self._done.clear()


def _decoded_text_blobs(repo: Repo, plan: RestorePlan, downloaded: ReadCounter,
                        token: CancelToken, workers: int = _CHECK_WORKERS,
                        budget: _ByteBudget | None = None
                        ) -> Iterator[tuple[BlobEntry, MessageBlob]]:
    """Every wanted message blob, authenticated and checked against its manifest entry by
    the reader verify uses too (``format/reader.py``), on ``workers`` threads
    (``_MessageChecks``), handed out in pack order (so the first damaged blob in that order
    is the one reported). What the stage holds is bounded by bytes, whatever the size of a
    month (``_MESSAGE_BYTES``): a blob read counts its stored and its expected plaintext
    bytes until it is checked, then what it keeps, until the caller asks for the next one
    (by then SQLite has taken it)."""
    budget = budget or _ByteBudget(_MESSAGE_BYTES, 2 * workers + 2)
    checks = _MessageChecks(repo, plan, downloaded, token, workers, budget)
    try:
        place = 0
        while (got := checks.next(place)) is not None:
            entry, mb, held = got
            del got
            yield entry, mb
            del mb  # the caller is done with it: SQLite has it
            budget.give(held, item_done=True)
            place += 1
    finally:
        checks.close()


@dataclass
class RestorePlan:
    """What a restore reads: the chats, their message blobs by pack (each with its manifest
    entry), the media of the snapshot, and how each chat goes into the library."""

    chats: list[ChatEntry]
    index: Index
    text_by_pack: dict[str, list[BlobEntry]]
    refs: dict[str, tuple[ChatEntry, TextBlobRef]]
    media_by_sha: dict[str, MediaEntry]
    in_backup: set[str]
    #: Chats with no messages here yet (or replaced): their months are kept as blocks.
    fresh: set[str] = field(default_factory=set)
    #: Chats merged row by row that hold blocks (a month restored before is skipped).
    blocked: set[str] = field(default_factory=set)
    #: Read every pack whole (a full restore: a pack changed anywhere, even after its last
    #: blob, is damage). A restore of some chats reads only the segments that hold their
    #: blobs (docs/FORMAT.md, "Random access"), each still authenticated with the index and
    #: last flag its place in the pack gives.
    whole: bool = True

    @property
    def text_bytes(self) -> int:
        return sum(e.length for es in self.text_by_pack.values() for e in es)

    def locate(self, blob: str, missing: str) -> BlobLocation:
        """Where ``blob`` is stored; ``missing``: the problem (a phrase of
        ``format/damage.py``) said when no pack holds it."""
        loc = self.index.locate(blob)
        if loc is None:
            logged(f"blob {blob[:12]}", "not in any pack")
            raise DamagedBackupError(f"The backup is damaged: {missing}.", problem=missing)
        return loc


@dataclass
class _MessageTally:
    """What the message stage did: messages added and already present, and the files the
    restored messages name (sha256 -> file name)."""

    added: int = 0
    present: int = 0
    needed_media: dict[str, str] = field(default_factory=dict)


def _open(req: RestoreRequest, progress: ProgressFn) -> tuple[Repo, Manifest, Index, list[ChatEntry]]:
    """Unlock the set; the manifest, the index, and the chats asked for (all that exist)."""
    progress(Progress("Unlocking the backup"))
    repo, manifest = open_snapshot(req.destination, req.key, req.snapshot)
    chats = [c for c in manifest.chats if req.chats is None or c.id in req.chats]
    if req.chats is not None:
        unknown = set(req.chats) - {c.id for c in chats}
        if unknown:
            raise NotFoundError(f"The backup has no chat with id {sorted(unknown)[0]}.")
    progress(Progress("Reading the backup index"))
    index, _ = repo.load_index()
    return repo, manifest, index.preferring(manifest.packs), chats


def _plan(manifest: Manifest, index: Index, chats: list[ChatEntry]) -> RestorePlan:
    """Where every message blob to read is; a blob missing or too large is damage."""
    plan = RestorePlan(chats, index, defaultdict(list), {}, {m.sha256: m for m in manifest.media},
                       {m.blob for m in manifest.media})
    for c in chats:
        for t in c.text_blobs:
            name = repr(c.name[:40])
            loc = plan.locate(t.blob, messages_problem(name, t.month, Damage.MISSING))
            if loc.entry.length > MAX_STORED_TEXT_BLOB:  # read whole: bound it before that
                problem = messages_problem(name, t.month, Damage.TOO_LARGE)
                raise DamagedBackupError(f"The backup is damaged: {problem}.", problem=problem)
            if t.blob not in plan.refs:
                plan.text_by_pack[loc.pack_id].append(loc.entry)
            plan.refs[t.blob] = (c, t)
    return plan


def _plan_fresh(req: RestoreRequest, plan: RestorePlan, lib: Library) -> None:
    """How each chat goes in: ``plan.fresh``, ``plan.blocked``."""
    # Chats with no messages here yet keep theirs as the backup's blobs (message blocks):
    # storing them is a fraction of the cost of one row per message. Merging into a chat
    # that has messages goes row by row, by message id.
    plan.fresh = {c.id for c in plan.chats if req.policy == REPLACE or not lib.has_messages(c.id)}
    plan.blocked = {c.id for c in plan.chats if c.id not in plan.fresh and lib.has_blocks(c.id)}


def _plan_library(req: RestoreRequest, plan: RestorePlan, repo: Repo, lib: Library) -> None:
    """How each chat goes in (``fresh``, ``blocked``), and the rollback check."""
    _plan_fresh(req, plan, lib)
    # Always, whichever snapshot was asked for: the GUI names the one the user picked.
    check = rollback_check(repo, lib)
    if check.rolled_back and not req.accept_rollback:
        raise RolledBackError(check.message() or "The backup storage was rolled back.")


def _plan_media(plan: RestorePlan, lib: Library, shas, names: dict[str, str]) -> list[_MediaItem]:
    """The files ``shas`` that this library lacks and the backup holds (a video the backup
    left out is simply absent), in pack and offset order."""
    items: dict[str, _MediaItem] = {}
    for sha in shas:
        if lib.has_media(sha):
            continue
        m = plan.media_by_sha.get(sha)
        if m is None or m.blob not in plan.in_backup:
            continue
        loc = plan.locate(m.blob, file_problem(names.get(sha) or sha[:12], Damage.MISSING))
        if m.blob not in items:
            items[m.blob] = _MediaItem(loc.pack_id, plan.index.packs[loc.pack_id].size, loc.entry, sha)
    return sorted(items.values(), key=lambda i: (i.pack_id, i.entry.offset))


#: What the space estimate adds for a file: its last file-system block, half used on average
#: (counted whole: the estimate errs towards more).
_BLOCK = 4096
#: The library's database grows by about the stored size of a month kept as a block (the
#: backup's compressed form, plus its media rows); a month merged row by row goes in as
#: rows and indexes of the plaintext, which zstd had made several times smaller: counted as
#: ``_MERGE_FACTOR`` times its stored size. Measured on the 1 GiB bench set (``python -m
#: bench.merge_space``, docs/RELIABILITY.md): a block 1.03 times, a merged month 5.56 times
#: (5.02 with hashed message ids), each before the WAL's copy; per library, an estimate.
_BLOCK_FACTOR = 1.25
_MERGE_FACTOR = 6
#: SQLite's journal, the rebuilt message-id index, the tail of a page: room kept over the rest.
_SPACE_MARGIN = 8 << 20


@dataclass(frozen=True)
class SpaceEstimate:
    """The restore's estimate of what it writes to the library's file system, and the free
    space there (None: the file system did not say)."""

    needed: int
    free: int | None

    @property
    def short(self) -> bool:
        return self.free is not None and self.needed > self.free


def _missing_media_bytes(plan: RestorePlan, lib: Library, shas) -> tuple[int, int]:
    """(bytes, files) of the files ``shas`` that this library lacks and the backup holds."""
    total = files = 0
    for sha in shas:
        m = plan.media_by_sha.get(sha)
        if m is None or m.blob not in plan.in_backup or lib.has_media(sha):
            continue
        total, files = total + m.size, files + 1
    return total, files


def estimate_space(plan: RestorePlan, lib: Library, subset: bool) -> SpaceEstimate:
    """What restoring ``plan`` into ``lib`` will occupy on the library's file system at its
    peak, against the free space there (docs/RELIABILITY.md, "A full disk").

    Media are staged in a folder inside the library and renamed into its store: written
    once. For every chat of the snapshot (``subset`` False) the files are the snapshot's that
    the library lacks: exact. For some chats, which files they use is known only once their
    messages are read; the manifest gives each chat's media bytes (a file two chats share
    counts twice, a file already here counts too), so the smaller of that and all missing
    files is taken: an upper bound. Messages: see ``_BLOCK_FACTOR``, ``_MERGE_FACTOR``;
    into a library that has messages the transaction goes through SQLite's WAL, which holds
    each page again until the checkpoint: counted twice. Plus ``_SPACE_MARGIN``."""
    if subset:
        media = sum(c.media_bytes + _BLOCK * c.media_count for c in plan.chats)
        free = _free_space(lib.root)
        if free is None:
            return SpaceEstimate(media, None)
        if media > free // 2:  # only then worth a look at every file of the snapshot
            size, files = _missing_media_bytes(plan, lib, plan.media_by_sha)
            media = min(media, size + _BLOCK * files)
    else:
        size, files = _missing_media_bytes(plan, lib, plan.media_by_sha)
        media = size + _BLOCK * files
        free = _free_space(lib.root)
    text = 0
    for pack in plan.text_by_pack.values():
        for e in pack:
            chat = plan.refs[e.blob_id][0]
            text += int(e.length * (_BLOCK_FACTOR if chat.id in plan.fresh else _MERGE_FACTOR))
    if not lib.is_empty():
        text *= 2  # the WAL, then the database (fill_if_empty: a rollback journal instead)
    return SpaceEstimate(media + text + _SPACE_MARGIN, free)


def _free_space(root: Path) -> int | None:
    """Bytes free for this process on ``root``'s file system, or None if it does not say."""
    try:
        usage = shutil.disk_usage(root)
    except OSError:
        return None
    return usage.free if usage.total > 0 else None


def check_space(plan: RestorePlan, lib: Library, subset: bool) -> SpaceEstimate:
    """``estimate_space``; ``NotEnoughSpaceError`` when the library's disk is short."""
    est = estimate_space(plan, lib, subset)
    if est.short:
        assert est.free is not None
        # Whole megabytes (rounded up, and down for what is free), numbers in the sentence:
        # a translation writes them in its digits and its word for MB (the wizard says both
        # sizes itself, through QLocale).
        raise NotEnoughSpaceError(
            f"Not enough free space to restore: about {-(-est.needed // 1_000_000)} MB needed, "
            f"{est.free // 1_000_000} MB free on the library's disk. Nothing was changed.",
            needed=est.needed, free=est.free)
    return est


def _restore_messages(req: RestoreRequest, w: LibraryWriter, plan: RestorePlan, repo: Repo,
                      downloaded: ReadCounter, token: CancelToken, progress: ProgressFn,
                      stager: _MediaStager | None, writeback: _DbWriteback) -> _MessageTally:
    """The message stage: every wanted blob read once (on a helper thread), checked (on
    ``_CHECK_WORKERS`` more), and put into the open transaction in pack order (as a block,
    or merged row by row)."""
    tally = _MessageTally()
    with w.bulk():  # summaries are recomputed once, not per message
        for c in plan.chats:
            if req.policy == REPLACE:
                w.clear_chat(c.id)
            w.upsert_chat(c.chat())
        total_text = plan.text_bytes
        releaser = Releaser()
        done = 0
        # Download and decrypt on a helper thread, check on the checkers; SQLite reads the
        # checked JSON itself on this one, GIL released, so they really overlap.
        for entry, mb in _decoded_text_blobs(repo, plan, downloaded, token):
            token.checkpoint()
            releaser.tick()  # parsed blobs leave holes in the heap; give them back
            done += entry.length
            progress(Progress("Restoring messages", done, total_text))
            n, count = _put_blob(w, plan, mb)
            writeback.wrote(entry.length)
            tally.added += n
            tally.present += count - n
            for r in mb.checked.media:
                if r[7]:  # '': an attachment without its file (FORMAT.md 8.1), nothing to fetch
                    tally.needed_media[r[7]] = r[5]
            if stager is not None and stager.error is not None:
                break  # no use inserting the rest: the stager's wait() raises the error
    # Into an empty library ids are merged at the end of bulk(): count them here.
    tally.added, tally.present = tally.added - w.repeated_ids, tally.present + w.repeated_ids
    return tally


def _put_blob(w: LibraryWriter, plan: RestorePlan, mb: MessageBlob) -> tuple[int, int]:
    """One checked blob into the library: (messages added, messages in the blob)."""
    blob, text, stored = mb.checked, mb.plaintext, mb.stored
    chat_id, count, media_rows = blob.chat_id, blob.count, blob.media
    if chat_id in plan.fresh:
        # (An empty blob adds nothing; going row by row for it would turn the chat's
        # blocks into rows halfway through.)
        if blob.first_ts is not None and blob.last_ts is not None:
            try:
                w.add_message_block(chat_id, blob.month, count, (blob.first_ts, blob.last_ts),
                                    stored, media_rows)
            except sqlite3.IntegrityError:
                # translators: %1: a month (year-month, such as 2024-05)
                raise DamagedBackupError(f"The backup holds the messages of one chat for {blob.month}"
                                         " twice.") from None
        return count, count
    assert text is not None  # (kept for every chat not in plan.fresh: _check_blob)
    if chat_id in plan.blocked and w.holds_block(chat_id, blob.month, text):
        return 0, count  # restored before: nothing to merge, and the block stays
    return w.add_checked_blob(chat_id, text, media_rows, merge=True), count


def _media_tally(staged_all: list[tuple[Path, str]], needed: dict[str, str], lib: Library
                 ) -> tuple[list[tuple[Path, str]], int, int]:
    """(staged files some restored message uses, files already here, files missing)."""
    # Files staged but not used by any restored message (none in a consistent backup) stay
    # in the staging folder, which is removed at the end.
    staged = [(p, sha) for p, sha in staged_all if sha in needed]
    restored = {sha for _, sha in staged}
    present = missing = 0
    for sha in needed:
        if sha in restored:
            continue
        if lib.has_media(sha):
            present += 1
        else:
            missing += 1
    return staged, present, missing


def _move_into_store(staged: list[tuple[Path, str]], lib: Library, moved: list[Path]) -> None:
    """The commit stage's first half: staged files into the media store (``moved`` lists
    them, so that a failure before the commit removes them again)."""
    for path, sha in staged:
        dst = lib.media_path(sha)
        dst.parent.mkdir(exist_ok=True)
        if not dst.exists():
            os.replace(path, dst)
            moved.append(dst)


def _some_chats(manifest: Manifest, chats: list[ChatEntry]) -> bool:
    """Whether the space estimate is for some of the snapshot's chats: the wizard names every
    chat it restores, so all of them named is the whole set, whose files are known exactly."""
    return len(chats) < len(manifest.chats)


def estimate_restore_space(req: RestoreRequest, progress: ProgressFn = no_progress,
                           cancel: CancelToken | None = None) -> SpaceEstimate:
    """What ``restore(req)`` would need on the library's disk and what is free there
    (``estimate_space``), without restoring: reads the manifest and the index only. The
    library is created if it does not exist (as the restore would)."""
    token = cancel or CancelToken()
    with stops(token, req.destination):
        _repo, manifest, index, chats = _open(req, progress)
        plan = _plan(manifest, index, chats)
        with Library(req.library) as lib:
            _plan_fresh(req, plan, lib)
            return estimate_space(plan, lib, subset=_some_chats(manifest, chats))


def restore(req: RestoreRequest, progress: ProgressFn = no_progress,
            cancel: CancelToken | None = None) -> RestoreResult:
    """Restore chats of a backup into a library (created if needed)."""
    t0 = time.monotonic()
    token = cancel or CancelToken()
    with stops(token, req.destination):
        return _restore(req, progress, token, t0)


def _restore(req: RestoreRequest, progress: ProgressFn, token: CancelToken, t0: float) -> RestoreResult:
    """``restore`` with its token."""
    repo, manifest, index, chats = _open(req, progress)
    plan = _plan(manifest, index, chats)
    plan.whole = req.chats is None
    lib = Library(req.library)
    try:
        _plan_library(req, plan, repo, lib)
        if req.check_space:
            progress(Progress("Checking the free space"))
            check_space(plan, lib, subset=_some_chats(manifest, chats))
    except BaseException:
        lib.close()
        raise
    _remove_stale_staging(lib.root)
    staging = lib.root / f".restore-{owned_name()}"
    moved: list[Path] = []
    downloaded = ReadCounter()
    stager: _MediaStager | None = None
    writeback: _DbWriteback | None = None
    try:
        staging.mkdir()
        with lib.fill_if_empty(), lib.transaction("restore") as w:
            if req.chats is None and repo.dest.concurrent_reads:
                # Every chat of the snapshot: its media are known from the manifest, so
                # they are fetched while the messages are inserted (both cores busy).
                items = _plan_media(plan, lib, plan.media_by_sha, {})
                names = {m.sha256: "" for m in manifest.media}
                stager = _MediaStager(repo, staging, items, names, token, plan.whole).start()
            writeback = _DbWriteback(lib.db_path)
            tally = _restore_messages(req, w, plan, repo, downloaded, token, progress, stager,
                                      writeback)
            writeback.start()  # what bulk() wrote at its end (indexes), while the media finish
            needed = tally.needed_media
            if stager is None:
                items = _plan_media(plan, lib, needed, needed)
                stager = _MediaStager(repo, staging, items, needed, token, plan.whole).start()
            else:
                stager.names.update(needed)
            staged_all = stager.wait(progress)
            staged, media_present, media_missing = _media_tally(staged_all, needed, lib)
            token.checkpoint()
            progress(Progress("Saving", stager.total, stager.total))
            _move_into_store(staged, lib, moved)
            # In the restore's own commit (two transactions of their own after it cost the
            # tail two more commits); best effort, as before: a restore does not fail on it,
            # unless SQLite rolled the whole restore back with it (a full disk): then that
            # error is the restore's, said as it is (not as a failed commit).
            try:
                remember_newest(lib, repo.set_id, manifest, w.set_meta)
            except Exception:
                if not w.active:
                    raise
        ignored = tuple(dict.fromkeys([*repo.snapshots().ignored, *repo.ignored]))
        result = RestoreResult(manifest.snapshot_id, len(chats), tally.added, tally.present,
                               len(staged), media_present, media_missing,
                               downloaded.value + stager.downloaded,
                               time.monotonic() - t0, ignored)
        moved.clear()
        return result
    except OSError as exc:
        kind = os_problem(exc)  # (the one errno table: backupgui/oswords.py)
        if kind is OsProblem.FULL:
            raise DiskFullError("The disk became full while restoring. Nothing was changed.") from None
        if kind is OsProblem.TOO_LARGE:  # a file-size limit (e.g. FAT32, or a process limit)
            raise DiskFullError("A file is larger than this disk or account allows. "
                                "Nothing was changed.") from None
        raise
    finally:
        if stager is not None:
            stager.stop()
        if writeback is not None:
            writeback.close()
        for p in moved:  # only non-empty when the commit did not happen
            with contextlib.suppress(OSError):
                p.unlink()
        shutil.rmtree(staging, ignore_errors=True)
        lib.close()
