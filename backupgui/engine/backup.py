"""The backup job: library -> encrypted packs, index and manifest at a destination.

``_run`` orders the stages of docs/ARCHITECTURE.md ("The backup pipeline"): the chats
(``_select_chats``); 1. the set, its snapshots and indexes (``_open_set``); 2. messages on
their own threads (``_MessagePacker``) beside 3. the media (``_pack_media``); 4. the index
and manifest (``_commit_snapshot``), what remembers them (``_remember``), then retention.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from ..errors import BackupError, DamagedBackupError, RetiredSetError
from ..format.compress import FrameWriter, compress
from ..format.config import needs_vault_upgrade
from ..format.index import Index
from ..format.manifest import (
    MAX_SEQ,
    MAX_TEXT_BLOB,
    ChatEntry,
    Manifest,
    MediaEntry,
    TextBlobRef,
    Totals,
    created_fields,
)
from ..format.names import is_sha256
from ..format.pack import (
    COMP_NONE,
    COMP_SPLIT,
    COMP_ZSTD,
    PACK_SEGMENT_EXP,
    TEXT_PACK_SEGMENT_EXP,
    PackInfo,
    PackWriter,
    max_pack_blobs,
)
from ..format.textstore import split_by_sender
from ..jobs import CancelToken, Progress, ProgressFn, no_progress, stops
from ..library.model import bounded_name
from ..library.store import Library
from ..library.textjson import MonthText, TimeOutOfRange
from . import locks
from .pipeline import Committer
from .repository import (
    Repo,
    SnapshotInfo,
    open_current,
    scan_sets,
    snapshot_name,
    vault_proofs,
)
from .retention import apply_retention
from .rollback import (
    compare,
    last_set,
    local_known,
    record_in_vault,
    remember_newest,
    replaced_by,
    vault_known,
)
from .types_backup import BackupRequest, BackupResult
from .vaultretire import mark_told, untold

log = logging.getLogger(__name__)

# With one worker the media were done at ~3.0 s of a 1 GiB backup and the messages ran on
# alone to ~4.5 s; two finish together (docs/PERFORMANCE.md, "Two message workers").
_MESSAGE_WORKERS = 2
#: Media files are read, hashed, encrypted and written by this many workers, a whole file
#: each: two took 0.90x the wall time of a reader thread, the job thread encrypting and a
#: writer thread per pack; three 0.96x the time of two, four no less than three (pairs in
#: docs/PERFORMANCE.md, "Issue 24, phase 4"). Each holds a 1 MiB buffer and a pack.
_MEDIA_WORKERS = 3
#: Bytes read per call: 256 KiB to 2 MiB cost the same; the buffer is the only memory a
#: worker holds.
_READ_CHUNK = 1 << 20
#: zstd level of message blobs: the message workers are the backup's longest path, and
#: level 1 took 0.53 CPU s for the 1 GiB set's 188 MB of month blobs against 0.72 at level 3,
#: for 43.3 MB stored instead of 41.3 (docs/PERFORMANCE.md, "Issue 24, phase 3").
_TEXT_LEVEL = 1
#: Text packs are rolled at this size (or the request's pack size, if smaller). A message
#: worker writes ~20 MB of compressed months per GiB of library: in one pack, all of it was
#: fsynced after the last month, on the backup's critical path.
_TEXT_PACK_SIZE = 8 << 20

@dataclass
class _Packer:
    """Fills packs of about ``target`` bytes; finished packs are committed in the background."""

    repo: Repo
    target: int
    on_sent: Callable[[int], None]
    committer: Committer
    segment_exp: int = PACK_SEGMENT_EXP
    _cur: PackWriter | None = None

    def current(self) -> PackWriter:
        # The thread that fills a pack also writes it: a folder's write is a copy into the
        # page cache, and a hand-off per segment to a writer thread cost more than it hid.
        if self._cur is None:
            self._cur = PackWriter(self.repo.dest, self.repo.prefix, self.repo.keys.objects,
                                   self.on_sent, self.segment_exp)
        return self._cur

    def maybe_roll(self) -> None:
        # (A pack of many tiny files is rolled before its trailer could pass its bound.)
        if self._cur is not None and (self._cur.size >= self.target
                                      or self._cur.count >= max_pack_blobs()):
            self.flush()

    def flush(self) -> None:
        if self._cur is not None:
            cur, self._cur = self._cur, None
            if cur.count:
                self.committer.submit(cur.finish, cur.size)
            else:
                cur.abort()

    def abort(self) -> None:
        if self._cur is not None:
            self._cur.abort()
            self._cur = None


#: Another computer's backup into the set this recent is worth a warning (``other_writer``).
OTHER_WRITER_DAYS = 7
_DEVICE_SHOWN = 40  # characters of another computer's name shown


def other_writer(infos, device: str, clock: Callable[[], datetime] | None = None,
                 mine: str | None = None) -> str | None:
    """The name of another computer that backed up into the set in the last
    ``OTHER_WRITER_DAYS`` days (by the authenticated manifests' device and ``created_ms``)
    and after ``mine`` (the newest backup this computer wrote or restored, if still there:
    a computer renamed since is not another one), shortened and without control
    characters; None if none did."""
    now = (clock() if clock is not None else datetime.now(UTC)).timestamp() * 1000
    since = next((i.created_ms for i in infos if i.snapshot_id == mine), -1)
    recent = [i for i in infos if i.device != device and i.created_ms > since
              and now - OTHER_WRITER_DAYS * 86_400_000 <= i.created_ms <= now + 86_400_000]
    if not recent:
        return None
    name = max(recent, key=lambda i: i.rank).device
    name = "".join(c if c.isprintable() else " " for c in name).strip()
    return (name[:_DEVICE_SHOWN] + "…" if len(name) > _DEVICE_SHOWN else name) or "?"


def split_from(now: datetime) -> str:
    """The first month stored split by sender (FORMAT.md 5.1): the month before ``now``'s
    (UTC); a chat partner's new messages land in this month or the next."""
    before = (now.year - (now.month == 1), (now.month - 2) % 12 + 1)
    return f"{before[0]:04d}-{before[1]:02d}"


class _Workers:
    """Threads of one stage (``_threads``, each running ``_worker``); the first error any of
    them meets is kept in ``error`` and raised on the job thread."""

    error: BaseException | None
    _threads: list[threading.Thread]

    def start(self) -> None:
        for t in self._threads:
            t.start()

    def alive(self) -> bool:
        return any(t.is_alive() for t in self._threads)

    def join(self, timeout: float | None = None) -> None:
        for t in self._threads:
            t.join(timeout)

    def raise_if_failed(self) -> None:
        if self.error is not None:
            raise self.error


class _MessagePacker(_Workers):
    """Packs changed chats' messages, one blob per chat and month, on worker threads
    (``_MESSAGE_WORKERS``), biggest chats first so that they finish at about the same time.

    SQLite serializes the messages (``Library.text_months``) with the GIL released, so the
    workers, each with its own connection and text pack, run beside the media. A chat is
    handled by one worker, and a blob's content names its chat, so workers never produce
    the same blob.
    """

    def __init__(self, library_dir, repo: Repo, index, packers: list[_Packer], chat_ids: list[str],
                 summaries: dict, revs: dict[str, int], cache: dict) -> None:
        self.library_dir, self.repo, self.index, self.packers = library_dir, repo, index, packers
        self.chat_ids, self.summaries, self.revs, self.cache = chat_ids, summaries, revs, cache
        self.stop = threading.Event()
        self.error: BaseException | None = None
        self.split_from = split_from(datetime.now(UTC))
        self._todo = iter(sorted(chat_ids, key=lambda c: -summaries[c].message_count))
        self._todo_lock = threading.Lock()
        self._entries: dict[str, ChatEntry] = {}
        self.new_cache: dict[str, tuple[int, list[list]]] = {}
        self._stats = [[0, 0, 0] for _ in packers]  # per worker: text bytes, new blobs, reused
        self.chats_done = 0
        self._threads = [threading.Thread(target=self._worker, args=(i,), daemon=True,
                                          name=f"backupgui-messages-{i}") for i in range(len(packers))]

    @property
    def entries(self) -> list[ChatEntry]:
        return [self._entries[c] for c in self.chat_ids if c in self._entries]

    @property
    def text_bytes(self) -> int:
        return sum(s[0] for s in self._stats)

    @property
    def new_blobs(self) -> int:
        return sum(s[1] for s in self._stats)

    @property
    def reused(self) -> int:
        return sum(s[2] for s in self._stats)

    def _next_chat(self) -> str | None:
        with self._todo_lock:
            return next(self._todo, None)

    def _worker(self, i: int) -> None:
        # Compression and packing run here, after SQLite has serialized the month (or each
        # batch of a long one): the media pipeline and the other message worker keep the
        # cores busy meanwhile.
        try:
            lib = Library(self.library_dir, create=False)
            try:
                while not self.stop.is_set() and (cid := self._next_chat()) is not None:
                    self._pack_chat(lib, cid, self.packers[i], self._stats[i])
                    with self._todo_lock:
                        self.chats_done += 1
            finally:
                lib.close()
            if not self.stop.is_set():
                self.packers[i].flush()
        except BaseException as exc:  # handed to the job thread
            self.error = self.error or exc
            self.stop.set()

    def _store(self, packer: _Packer, blob: str, month: str, raw: bytes) -> None:
        """A month given whole: split by sender, one frame, or as it is (FORMAT.md 5.1)."""
        split = split_by_sender(raw) if month >= self.split_from else None
        if split is not None:
            packer.current().add(blob, split, len(raw), COMP_SPLIT)
        elif len(stored := compress(raw, _TEXT_LEVEL)) < len(raw):
            packer.current().add(blob, stored, len(raw), COMP_ZSTD)
        else:
            packer.current().add(blob, raw, len(raw), COMP_NONE)
        packer.maybe_roll()

    @staticmethod
    def _store_frame(packer: _Packer, blob: str, frame: list[bytes], raw_length: int) -> None:
        pack = packer.current()
        for piece in frame:
            pack.write(piece)
        pack.end_blob(blob, raw_length, COMP_ZSTD)
        packer.maybe_roll()

    def _month(self, lib: Library, cid: str, t: MonthText) -> tuple[str, bytes | FrameWriter]:
        """A month's blob name, and its plaintext or (a month of many messages that is too
        old to be split) its zstd frame: such a month is never whole in memory, only a batch
        of it and its compressed form (one frame even where zstd does not make it smaller:
        JSON of thousands of messages always compresses). A month larger than readers take
        (FORMAT.md 1.2) stops the backup (``_too_large``) as soon as it passes the bound."""
        limit = MAX_TEXT_BLOB  # (read here, not bound at import: tests lower it)
        if t.raw is None and t.month < self.split_from:
            h, frame = hashlib.sha256(), FrameWriter(_TEXT_LEVEL)
            for piece in t.pieces():
                h.update(piece)
                frame.write(piece)
                if frame.raw_size > limit:
                    raise _too_large(lib, cid, t.month, limit)
            return self.repo.keys.blob_name(h.digest()), frame
        if t.raw is not None:
            raw = t.raw
        else:  # split needs it whole
            pieces, size = [], 0
            for piece in t.pieces():
                size += len(piece)
                if size > limit:
                    raise _too_large(lib, cid, t.month, limit)
                pieces.append(piece)
            raw = b"".join(pieces)
        if len(raw) > limit:
            raise _too_large(lib, cid, t.month, limit)
        return self.repo.keys.blob_name(hashlib.sha256(raw).digest()), raw

    def _pack_chat(self, lib: Library, cid: str, packer: _Packer, stats: list[int]) -> None:
        index = self.index
        cached = self.cache.get(cid)
        if cached and cached[0] == self.revs.get(cid) and all(b in index for _, b, _ in cached[1]):
            blobs = cached[1]
            stats[2] += len(blobs)
            stats[0] += sum(index.locate(b).entry.raw_length for _, b, _ in blobs)
        else:
            blobs = []
            months = lib.text_months(cid)
            try:
                for t in months:
                    if self.stop.is_set():
                        return
                    blob, content = self._month(lib, cid, t)
                    raw_length = content.raw_size if isinstance(content, FrameWriter) else len(content)
                    blobs.append([t.month, blob, t.count])
                    stats[0] += raw_length
                    if blob in index:
                        stats[2] += 1
                        continue
                    if isinstance(content, FrameWriter):
                        self._store_frame(packer, blob, content.finish(), raw_length)
                    else:
                        self._store(packer, blob, t.month, content)
                    stats[1] += 1
            except TimeOutOfRange:
                raise _out_of_range(lib, cid) from None
            finally:
                months.close()
            self.new_cache[cid] = (self.revs.get(cid, 0), blobs)
        s = self.summaries[cid]
        chat = lib.chat(cid)
        self._entries[cid] = ChatEntry(
            cid, chat.name, chat.kind, chat.source, chat.created_ms, chat.participants,
            sum(c for _, _, c in blobs), s.media_count, s.media_bytes, s.last_ms,
            tuple(TextBlobRef(b, m, c) for m, b, c in blobs))


def _too_large(lib: Library, cid: str, month: str, limit: int) -> BackupError:
    """The error of a chat-month whose blob readers would refuse (FORMAT.md 1.2: "writers
    never produce larger objects"): nothing of it is stored, and the backup stops before
    its snapshot, so earlier backups stay as they were."""
    # The size is a whole number in the sentence (the UI writes it in the language's digits);
    # the format's bound is whole MiB, a lower one (tests) is said in bytes.
    name = lib.chat(cid).name[:40]
    if limit >= 1 << 20 and limit % (1 << 20) == 0:
        # translators: %1: a chat's name, %2: a month (year-month, such as 2024-05), %3: a number
        message = (f"The messages of {name!r} in {month} are more than one backup can hold (at "
                   f"most {limit >> 20} MiB per chat and month). The backup was stopped; the "
                   "library and earlier backups are unchanged.")
    else:
        message = (f"The messages of {name!r} in {month} are more than one backup can hold (at "
                   f"most {limit} bytes per chat and month). The backup was stopped; the "
                   "library and earlier backups are unchanged.")
    return BackupError(
        message,
        hint="Leave this chat out of the backup, or delete some of its messages of that "
             "month, then back up again.")


#: The years a message may be dated in (``library.model.ts_in_range``), as values of the
#: message below (numbers in the UI's digits, docs/TRANSLATING.md).
_YEARS = (1, 9999)


class PacksGoneError(BackupError):
    """Packs a backup reuses were deleted while it ran (another computer's retention); no
    manifest was written."""


def _out_of_range(lib: Library, cid: str) -> BackupError:
    """The error of a chat holding a message time no backup can name (a library imported
    by an older backupgui from an export that dated a message past the year 9999): nothing
    is stored and the backup stops before its snapshot, as ``_too_large``."""
    return BackupError(
        # translators: %1: a chat's name, %2 and %3: years
        f"The chat {lib.chat(cid).name[:40]!r} holds a message dated outside the years "
        f"{_YEARS[0]} to {_YEARS[1]}, which a backup cannot hold. The backup was stopped; the "
        "library and earlier backups are unchanged.",
        hint="Leave this chat out of the backup, then back up again.")


def backup(req: BackupRequest, progress: ProgressFn = no_progress,
           cancel: CancelToken | None = None, *, repo: Repo | None = None,
           on_written: Callable[[Repo, Manifest], None] | None = None) -> BackupResult:
    """Back up the selected chats; the new snapshot appears only once everything is stored.

    ``repo``: the set to write to (a key rotation's new set, whose config it writes itself);
    ``on_written`` is called right after the manifest is written."""
    t0 = time.monotonic()
    token = cancel or CancelToken()
    progress(Progress("Preparing"))
    lib = Library(req.library, create=False)
    try:
        with stops(token, req.destination):
            try:
                return _run(req, lib, progress, token, t0, repo, on_written)
            except PacksGoneError:
                if repo is not None:  # (a key rotation's new set: no other writer)
                    raise
                # Another computer's retention deleted packs this backup reused (FORMAT.md
                # 10.2): once more from the start, which sends what they held again; the
                # packs uploaded so far are listed in the index written and are reused.
                progress(Progress("Preparing"))
                return _run(req, lib, progress, token, t0, repo, on_written)
    finally:
        lib.close()


@dataclass
class _OpenSet:
    """Stage 1's result: the set written to, what it holds, and what to warn about."""

    repo: Repo
    index: Index
    index_names: list[str]
    adopted: list[PackInfo]
    #: The newest snapshot's summary (what this backup continues from), or None.
    head: SnapshotInfo | None
    known: list
    warnings: list[str]
    #: How many packs the indexes list that the destination does not have (left out).
    missing_packs: int = 0
    #: This backup's shared lock on the set (FORMAT.md 10.3); None for a key rotation's
    #: new set, which no other computer knows yet.
    lock: locks.Lock | None = None


@dataclass
class _MediaTally:
    """Stage 3's result: the media entries of the snapshot and the blobs sent or reused."""

    entries: list[MediaEntry]
    total: int
    new_blobs: int
    reused: int


def _select_chats(req: BackupRequest, lib: Library) -> tuple[dict, list[str]]:
    """The chats to back up (every chat, or those asked for, which must exist)."""
    summaries = {c.id: c for c in lib.list_chats()}
    chat_ids = list(summaries) if req.chats is None else list(dict.fromkeys(req.chats))
    missing = [c for c in chat_ids if c not in summaries]
    if missing:
        from ..errors import NotFoundError

        raise NotFoundError(f"The library has no chat with id {missing[0]}.")
    req.policy()  # ValueError: keep below 1 (RetentionPolicy checks itself)
    if req.keep is not None and req.keep < 1:
        raise ValueError("keep must be at least 1")
    return summaries, chat_ids


def _open_set(req: BackupRequest, lib: Library, repo: Repo | None, progress: ProgressFn,
              token: CancelToken) -> _OpenSet:
    """Stage 1: the current set (or a new one), unlocked, locked, and upgraded to format v2
    (and a v1 vault record bound to the account) from its config as read under the lock; its
    snapshots, what this computer and the key vault know of it (a rollback is a warning),
    its indexes, and the complete packs no index lists (adopted)."""
    finishing: str | None = None
    retired: list[str] = []
    created = False
    if repo is None:
        from .keys import finish_rotation

        try:
            finish_rotation(lib, req.destination)
        except BackupError as exc:
            finishing = f"An interrupted key rotation could not be finished yet ({exc})"
        retired = untold(lib)  # a retired set's key still at its vault (said once)
        # The phase says what happens: a new set has nothing to unlock yet.
        # (one listing of the sets and one read of each config: the unlock below takes them)
        listings = [] if req.new_set else scan_sets(req.destination)
        if listings:
            progress(Progress("Unlocking the backup"))
            # Summaries of the manifests this computer read or wrote before come from its
            # cache: only new ones are read (docs/SECURITY.md 2.11).
            # Not upgraded yet: a config is rewritten only under the set's lock, from what
            # it says then (``Repo.reread_config``).
            repo = open_current(req.destination, req.key, prefer=last_set(lib),
                                summaries=True, listings=listings)
            new_set = replaced_by(lib, repo.set_id)
            if new_set is not None:  # never new messages under a key rotated away
                raise RetiredSetError(
                    f"This backup set ({repo.set_id}) was replaced by a new key on this "
                    f"computer (by set {new_set}), but the destination offers it again and not "
                    "the new set: the storage may have been rolled back or the new backup "
                    "deleted. Nothing was backed up into the old set.")
        else:
            progress(Progress("Creating the backup set"))
            repo = Repo.create(req.destination, req.key)
            created = True
        lock = _lock_set(req, repo, created, progress, token)
        try:
            if not created:
                # Another computer may have changed the password between the unlock and
                # this lock (its exclusive lock was gone by then): the upgrades below start
                # from the config as it is now, never write the old one back.
                repo.reread_config(req.key, listed=lock.config)
            s = _read_set(req, lib, repo, created, finishing, retired, progress, token)
        except BaseException:
            lock.release()
            raise
        s.lock = lock
        return s
    return _read_set(req, lib, repo, created, finishing, retired, progress, token)


def _lock_set(req: BackupRequest, repo: Repo, created: bool, progress: ProgressFn,
              token: CancelToken) -> locks.Lock:
    """This backup's shared lock on the set, before it reads what it reuses: while another
    computer deletes from the set (retention, a key rotation, a new password) it waits, up
    to ``locks.BACKUP_WAIT_S``, then fails saying who (FORMAT.md 10.3)."""

    def waiting(_holder) -> None:
        progress(Progress("Waiting for another computer to finish with the backup set"))

    return locks.acquire(repo, locks.BACKUP, req.device_name, on_wait=waiting,
                         sleep=lambda t: _pause(token, t), look=not created)


def _pause(token: CancelToken, seconds: float) -> None:
    """Wait ``seconds`` unless the job is cancelled meanwhile (then ``CancelledError``)."""
    woken = threading.Event()
    remove = token.on_cancel(woken.set)
    try:
        woken.wait(seconds)
    finally:
        remove()
    token.checkpoint()


def _read_set(req: BackupRequest, lib: Library, repo: Repo, created: bool,
              finishing: str | None, retired: list[str], progress: ProgressFn,
              token: CancelToken) -> _OpenSet:
    """Stage 1, once the set is open (and locked): its format, snapshots, what this computer
    and the key vault know of it, its indexes and leftover packs."""
    repo.upgrade_format()  # a format v1 set is written as v2 from now on
    token.checkpoint()

    progress(Progress("Reading the backup index"))
    # A set made just now (its id is 128 fresh random bits) has no snapshots, indexes or
    # packs yet: nothing to list (three round trips to Drive in a first backup).
    if created:
        repo.take_as_new()
    repo.use_summaries()  # (a set made here or by a key rotation: its first one is cached)
    # What continues from the newest snapshot needs its rank, id and packs: its summary.
    head = repo.snapshots().newest
    in_vault, vault_trouble = vault_known(repo)
    mine = local_known(lib, repo.set_id)
    known = [k for k in (mine, in_vault) if k is not None]
    rollback = compare(head, known).message()
    if max([head.seq if head else 0] + [k.seq for k in known]) >= MAX_SEQ:
        # The next backup's number would be one no reader takes: its manifest would be
        # ignored as malformed while retention deleted the backups before it (SECURITY.md 2.7).
        raise DamagedBackupError(
            f"This backup set ({repo.set_id}) holds a backup with the highest number a backup "
            "can have, which only a crafted backup reaches: no backup can follow it. Nothing "
            "was backed up.",
            hint="Make a new key (New password and new backup key, or backupgui-cli key "
                 "rotate): it backs up into a new set and removes this one.")
    index, index_names = (Index(), []) if created else repo.load_index()
    adopted = [] if created else repo.adopt_orphans(index)
    token.checkpoint()
    warnings: list[str] = [w for w in (rollback, vault_trouble, finishing, *retired) if w]
    gone = set() if repo.pack_names is None else set(index.packs) - repo.pack_names
    if gone:
        # An index lists packs the destination does not have (one brought back after
        # retention deleted it and its packs, by a provider or a sync tool; packs deleted
        # behind our back): what only they held is sent again, never referenced as if it
        # were there (docs/SECURITY.md 2.4). Retention then writes an index without them.
        index = index.without(gone)
        # translators: %1: how many packs (parts of the backup's storage)
        warnings.append(f"Packs listed in the backup index but missing from the destination: "
                        f"{len(gone)}. What they held is sent again.")
    other = other_writer(repo.snapshots().infos, bounded_name(req.device_name), req.clock,
                         mine.snapshot_id if mine is not None else None)
    if other is not None:
        # Two computers may back up into one set (both lose nothing: docs/FORMAT.md 10.2),
        # but most often one is an old computer whose schedule is still on.
        # translators: %1: the other computer's name, %2: a number of days
        warnings.append(f"Another computer ({other}) also backed up into this backup set in "
                        f"the last {OTHER_WRITER_DAYS} days. Nothing is lost: the backups of "
                        "both are kept in one history. If it is a computer you replaced, "
                        "turn off its backups there.")
    if needs_vault_upgrade(repo.cfg):  # K came from this device, not from the password
        warnings.append("This backup's key vault record is from before account binding: anyone "
                        "with a copy of the backup can use up its password attempts. Run one "
                        "backup with the password (backupgui-cli backup) to bind it to your "
                        "account (docs/VAULT.md 1.6).")
    return _OpenSet(repo, index, index_names, adopted, head, known, warnings, len(gone))


class _MediaWorkers(_Workers):
    """Stage 3's workers: each takes the next whole file and reads it into a buffer of its
    own, hashes it and encrypts it into a pack of its own (``_Packer``), so the bytes of a
    file never pass between threads. Reads, SHA-256, AES-GCM and writes all release the GIL:
    two workers keep both cores busy beside the message workers.

    A file that cannot be opened is ``"missing"``; one that cannot be read to its end or does
    not match its SHA-256 is ``"damaged"``: its bytes stay unreferenced in the pack, never
    stored under its name."""

    def __init__(self, lib: Library, todo: list[tuple], packers: list[_Packer],
                 token: CancelToken) -> None:
        self.lib, self.todo, self.packers, self.token = lib, todo, packers, token
        self.results: list[MediaEntry | str | None] = [None] * len(todo)
        self.stop = threading.Event()
        self.error: BaseException | None = None
        self.current = ""  # a file being read, for the progress line
        self._done = [0] * len(packers)  # bytes handled, per worker (each writes its own)
        self._next = iter(range(len(todo)))
        self._lock = threading.Lock()
        self._threads = [threading.Thread(target=self._worker, args=(i,), daemon=True,
                                          name=f"backupgui-backup-media-{i}")
                         for i in range(len(packers))]

    @property
    def done(self) -> int:
        return sum(self._done)

    def _take(self) -> int | None:
        with self._lock:
            return next(self._next, None)

    def _worker(self, i: int) -> None:
        packer = self.packers[i]
        buf = memoryview(bytearray(_READ_CHUNK))
        try:
            while not self.stop.is_set() and (k := self._take()) is not None:
                ref, blob = self.todo[k]
                self.current = ref.filename
                self.results[k] = self._store(i, ref, blob, packer, buf)
                packer.maybe_roll()
            if not self.stop.is_set():
                packer.flush()
        except BaseException as exc:  # handed to the job thread
            self.error = self.error or exc
            self.stop.set()

    def _store(self, i: int, ref, blob: str, packer: _Packer, buf: memoryview) -> MediaEntry | str:
        try:
            fh = open(self.lib.media_path(ref.sha256), "rb", buffering=0)
        except OSError:
            self._done[i] += ref.size
            return "missing"
        pack = packer.current()
        h = hashlib.sha256()
        size = 0
        with fh:
            try:
                while n := fh.readinto(buf):
                    chunk = buf[:n]
                    h.update(chunk)
                    pack.write(chunk)  # keeps nothing of buf: it is read into again
                    size += n
                    self._done[i] += n
                    self.token.checkpoint()
                    if self.stop.is_set():
                        return "stopped"
            except OSError:  # unreadable part-way: treated like a damaged file
                pack.discard_blob()
                return "damaged"
        if h.hexdigest() != ref.sha256:
            pack.discard_blob()
            return "damaged"
        pack.end_blob(blob, size, COMP_NONE)
        return MediaEntry(ref.sha256, size, blob, ref.kind)


def _pack_media(req: BackupRequest, lib: Library, s: _OpenSet, chat_ids: list[str],
                packers: list[_Packer], texts: _MessagePacker, progress: ProgressFn,
                token: CancelToken) -> _MediaTally:
    """Stage 3: every file not yet in the backup read, hashed and encrypted into media packs
    by ``_MediaWorkers``; a file that is missing or does not match its SHA-256 is skipped
    with a warning, never stored under its name."""
    repo, index, warnings = s.repo, s.index, s.warnings
    media = lib.media_for_chats(chat_ids, include_videos=req.include_videos)
    media_entries: list[MediaEntry] = []
    todo = []
    new_blobs = reused = 0
    pending: set[str] = set()
    for ref in media:
        if not is_sha256(ref.sha256):  # only an old, unchecked restore could have put it
            warnings.append(f"A media file is missing from the library ({ref.filename or ref.sha256[:12]}).")
            continue
        blob = repo.keys.blob_name(bytes.fromhex(ref.sha256))
        if blob in index or blob in pending:
            reused += 1
            media_entries.append(MediaEntry(ref.sha256, ref.size, blob, ref.kind))
        else:
            todo.append((ref, blob))
            pending.add(blob)
    total = sum(r.size for r, _ in todo)
    progress(Progress("Encrypting and uploading", 0, total))
    workers = _MediaWorkers(lib, todo, packers, token)
    workers.start()
    try:
        while workers.alive():
            progress(Progress("Encrypting and uploading", workers.done, total, workers.current))
            token.checkpoint()
            texts.raise_if_failed()
            workers.raise_if_failed()
            workers.join(0.05)
        workers.raise_if_failed()
    except BaseException:
        workers.stop.set()
        workers.join()
        raise
    for (ref, _), result in zip(todo, workers.results, strict=True):
        name = ref.filename or ref.sha256[:12]
        if result == "missing":
            warnings.append(f"A media file is missing from the library ({name}).")
        elif result == "damaged":
            warnings.append(f"A media file in the library is damaged and was skipped ({name}).")
        elif isinstance(result, MediaEntry):
            new_blobs += 1
            media_entries.append(result)
    progress(Progress("Encrypting and uploading", total, total))
    return _MediaTally(media_entries, total, new_blobs, reused)


def _commit_snapshot(req: BackupRequest, lib: Library, s: _OpenSet, new_packs: list[PackInfo],
                     chat_entries: list[ChatEntry], media_entries: list[MediaEntry],
                     text_bytes: int, on_sent: Callable[[int], None], token: CancelToken,
                     on_written: Callable[[Repo, Manifest], None] | None) -> Manifest:
    """Stage 4: the index, then the manifest (the snapshot becomes visible here)."""
    repo, index = s.repo, s.index
    for p in new_packs:
        index.add_pack(p)
    if new_packs or s.adopted:
        new_index, size = repo.write_index(new_packs + s.adopted)
        on_sent(size)
        s.index_names.append(new_index)
    needed = {t.blob for c in chat_entries for t in c.text_blobs} | {m.blob for m in media_entries}
    packs = sorted({index.blobs[b].pack_id for b in needed})
    # Another computer backing up into this set may have deleted packs this snapshot reuses
    # while this backup ran (its retention, on a view without this snapshot): one more
    # listing, and a snapshot that could not be restored is never written (FORMAT.md 10.2).
    ours = {p.pack_id for p in new_packs}
    gone = repo.missing_packs(p for p in packs if p not in ours)
    if gone:
        raise PacksGoneError(
            # translators: %1: how many parts
            f"Parts of the backup that this backup reuses were removed while it ran: "
            f"{len(gone)}. Another computer backing up into the same backup set may have "
            "removed them. Nothing was saved as a new backup; the backups before it are "
            "unchanged.",
            hint="Back up again: what the removed parts held is sent again.")
    now = req.clock().astimezone(UTC) if req.clock is not None else datetime.now(UTC)
    sid = snapshot_name(now)
    created, created_ms = created_fields(now)
    stored = sum(index.packs[p].size for p in packs)
    totals = Totals(len(chat_entries), sum(c.message_count for c in chat_entries), len(media_entries),
                    sum(m.size for m in media_entries), text_bytes, stored)
    # The chain (docs/FORMAT.md 7.1): one more than the newest snapshot found or known of
    # (so a backup made after a rollback still counts past what was lost), and the id of the
    # snapshot found.
    from .. import __version__  # (read when needed: importlib.metadata, see backupgui/__init__)

    head = s.head
    seq = max([head.seq if head else 0] + [k.seq for k in s.known]) + 1
    # The device name as a reader keeps it (snapshots.py), bounded here too: a settings file
    # or a host name of a megabyte would otherwise go into every backup (SECURITY.md 2.17).
    manifest = Manifest(sid, repo.set_id, created, created_ms,
                        bounded_name(req.device_name), f"backupgui {__version__}", req.include_videos,
                        tuple(chat_entries), tuple(media_entries), tuple(packs), totals,
                        seq=seq, prev=head.snapshot_id if head else None)
    token.checkpoint()
    on_sent(repo.write_manifest(manifest))
    if on_written is not None:
        on_written(repo, manifest)
    return manifest


def _remember(req: BackupRequest, lib: Library, s: _OpenSet, manifest: Manifest,
              new_cache: dict) -> None:
    """After the snapshot is written: this library remembers it (and the text cache), and
    in vault mode the key vault its sequence number. Failures here never fail the backup."""
    try:
        remember_newest(lib, s.repo.set_id, manifest)
    except Exception:  # only used to notice a rollback later
        pass
    try:
        lib.save_text_cache(s.repo.set_id, new_cache)
    except Exception:  # the cache only saves time; never fail a finished backup over it
        pass
    if s.repo.cfg.key_mode == "vault":
        trouble = record_in_vault(s.repo, manifest, vault_proofs(req.destination, req.key))
        if trouble:
            s.warnings.append(trouble)


def _run(req: BackupRequest, lib: Library, progress: ProgressFn, token: CancelToken,
         t0: float, repo: Repo | None, on_written: Callable[[Repo, Manifest], None] | None
         ) -> BackupResult:
    summaries, chat_ids = _select_chats(req, lib)
    s = _open_set(req, lib, repo, progress, token)
    try:
        return _locked_run(req, lib, progress, token, t0, s, summaries, chat_ids, on_written)
    finally:
        if s.lock is not None:
            s.lock.release()


def _locked_run(req: BackupRequest, lib: Library, progress: ProgressFn, token: CancelToken,
                t0: float, s: _OpenSet, summaries: dict, chat_ids: list[str],
                on_written: Callable[[Repo, Manifest], None] | None) -> BackupResult:
    """Stages 2 to 4 and retention, while this backup holds its lock on the set."""
    repo = s.repo
    sent = [0]
    sent_lock = threading.Lock()

    def on_sent(n: int) -> None:
        with sent_lock:
            sent[0] += n

    # One pack of each filler may wait for its commit (fsync, or the Drive upload) without
    # blocking the others: a pending pack holds no memory, only an open file.
    committer = Committer(max_pending=_MESSAGE_WORKERS + _MEDIA_WORKERS,
                          workers=getattr(req.destination, "concurrent_uploads", 1))
    text_size = min(req.pack_size, _TEXT_PACK_SIZE)
    text_packers = [_Packer(repo, text_size, on_sent, committer, TEXT_PACK_SEGMENT_EXP)
                    for _ in range(_MESSAGE_WORKERS)]
    media_packers = [_Packer(repo, req.pack_size, on_sent, committer) for _ in range(_MEDIA_WORKERS)]
    # Media work is mostly GIL-free (reads, hashing, AES-GCM, writes), and so is SQLite
    # serializing the messages (stage 2); running them side by side keeps both cores busy.
    texts = _MessagePacker(req.library, repo, s.index, text_packers, chat_ids, summaries,
                           lib.chat_revisions(), lib.text_cache(repo.set_id))
    texts.start()
    try:
        media = _pack_media(req, lib, s, chat_ids, media_packers, texts, progress, token)
        while texts.alive():
            progress(Progress("Packing messages", texts.chats_done, len(chat_ids), unit="chats"))
            token.checkpoint()
            texts.join(0.05)
        texts.raise_if_failed()
        token.checkpoint()
        # The last packs are still being uploaded (all of them, when a slow Drive holds the
        # first ones): say so with the bytes sent, not a full bar of what was encrypted.
        while committer.busy(0.05):
            with sent_lock:
                done = sent[0]
            total = max(committer.queued_bytes, 1)
            progress(Progress("Uploading", min(done, total - 1), total))
            token.checkpoint()
        new_packs: list[PackInfo] = committer.wait()  # type: ignore[assignment]
    except BaseException:
        texts.stop.set()
        texts.join()
        for p in text_packers + media_packers:
            p.abort()
        committer.abandon()
        raise

    progress(Progress("Finishing", media.total, media.total))
    manifest = _commit_snapshot(req, lib, s, new_packs, texts.entries, media.entries,
                                texts.text_bytes, on_sent, token, on_written)
    _remember(req, lib, s, manifest, texts.new_cache)
    if s.lock is not None:  # the snapshot keeps its packs from here on
        s.lock.release()
        s.lock = None

    progress(Progress("Removing old backups", media.total, media.total))
    # Deleting takes the set's exclusive lock (FORMAT.md 10.3). While another computer
    # backs up (or deletes) it waits a little, then skips: the backup is complete, and what
    # retention would remove goes next time; never is anyone's backup blocked by it.
    exclusive = locks.Exclusive(repo, locks.RETENTION, req.device_name)
    skipped = False
    try:
        removed = apply_retention(repo, req.policy(), s.index, s.index_names, manifest,
                                  (s.head,) if s.head is not None else (),
                                  rewrite=s.missing_packs > 0, guard=exclusive.take)
    except locks.SetBusyError as busy:
        log.info("retention skipped: the backup set is busy (%s)", busy)
        s.warnings.append(locks.retention_skipped_message(busy.holder))
        removed, skipped = [], True
    except BackupError as exc:  # the backup itself is complete: old ones go next time
        # translators: %1: why, a whole sentence of its own (it ends with its full stop)
        s.warnings.append(f"Old backups could not be removed this time ({exc})")
        removed = []
    finally:
        exclusive.release()
    mark_told(lib)  # the warnings of retired key vault records reach the result now
    totals = manifest.totals
    return BackupResult(
        snapshot_id=manifest.snapshot_id, set_id=repo.set_id, chats=len(manifest.chats),
        messages=totals.messages, media_files=len(manifest.media), media_bytes=totals.media_bytes,
        text_bytes=totals.text_bytes, uploaded_bytes=sent[0],
        new_blobs=media.new_blobs + texts.new_blobs, reused_blobs=media.reused + texts.reused,
        packs_written=len(new_packs), duration_s=time.monotonic() - t0,
        removed_snapshots=tuple(removed), warnings=tuple(s.warnings), retention_skipped=skipped)
