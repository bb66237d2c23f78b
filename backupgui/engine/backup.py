"""The backup job: library -> encrypted packs, index and manifest at a destination."""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

from .. import __version__
from ..format.compress import compress
from ..format.manifest import ChatEntry, Manifest, MediaEntry, TextBlobRef, Totals, encode_text_rows
from ..format.pack import COMP_NONE, COMP_ZSTD, PackInfo, PackWriter
from ..jobs import CancelToken, Progress, ProgressFn, no_progress
from ..library.store import Library
from .pipeline import BackgroundSink, Committer
from .readahead import read_files
from .repository import Repo, scan_sets, snapshot_name
from .retention import apply_retention
from .rollback import remember_newest, rollback_warning
from .types import BackupRequest, BackupResult

MONTH_MS_FMT = "%Y-%m"


def _by_month(rows: Iterator[tuple]) -> Iterator[tuple[str, list[tuple]]]:
    """Group time-ordered message rows (ts at index 1) by UTC calendar month."""
    month, end, start = "", -1, 0
    cur: list[tuple] = []
    for row in rows:
        ts = row[1]
        if not start <= ts < end:
            if cur:
                yield month, cur
            month, start, end = _month_bounds(ts)
            cur = []
        cur.append(row)
    if cur:
        yield month, cur


def _month_bounds(ts_ms: int) -> tuple[str, int, int]:
    d = datetime.fromtimestamp(ts_ms / 1000, UTC)
    start = datetime(d.year, d.month, 1, tzinfo=UTC)
    end = datetime(d.year + (d.month == 12), d.month % 12 + 1, 1, tzinfo=UTC)
    return start.strftime(MONTH_MS_FMT), int(start.timestamp() * 1000), int(end.timestamp() * 1000)


@dataclass
class _Packer:
    """Fills packs of about ``target`` bytes; finished packs are committed in the background."""

    repo: Repo
    target: int
    on_sent: Callable[[int], None]
    committer: Committer
    _cur: PackWriter | None = None

    def current(self) -> PackWriter:
        if self._cur is None:
            self._cur = PackWriter(self.repo.dest, self.repo.prefix, self.repo.keys.objects,
                                   self.on_sent, wrap_sink=BackgroundSink)
        return self._cur

    def maybe_roll(self) -> None:
        if self._cur is not None and self._cur.size >= self.target:
            self.flush()

    def flush(self) -> None:
        if self._cur is not None:
            cur, self._cur = self._cur, None
            if cur.count:
                self.committer.submit(cur.finish)
            else:
                cur.abort()

    def abort(self) -> None:
        if self._cur is not None:
            self._cur.abort()
            self._cur = None


class _MessagePacker:
    """Packs changed chats' messages, one blob per chat and month, on its own thread."""

    def __init__(self, lib: Library, repo: Repo, index, packer: _Packer, chat_ids: list[str],
                 summaries: dict) -> None:
        self.lib, self.repo, self.index, self.packer = lib, repo, index, packer
        self.chat_ids, self.summaries = chat_ids, summaries
        self.stop = threading.Event()
        self.error: BaseException | None = None
        self.entries: list[ChatEntry] = []
        self.new_cache: dict[str, tuple[int, list[list]]] = {}
        self.text_bytes = self.new_blobs = self.reused = self.chats_done = 0

    def raise_if_failed(self) -> None:
        if self.error is not None:
            raise self.error

    def run(self) -> None:
        try:
            self._run()
        except BaseException as exc:  # handed to the job thread
            self.error = exc

    def _run(self) -> None:
        lib, repo, index = self.lib, self.repo, self.index
        revs = lib.chat_revisions()
        cache = lib.text_cache(repo.set_id)
        pending: set[str] = set()
        for cid in self.chat_ids:
            if self.stop.is_set():
                return
            s = self.summaries[cid]
            media: dict[str, list[tuple]] = {}
            media_loaded = False
            cached = cache.get(cid)
            if cached and cached[0] == revs.get(cid) and all(b in index for _, b, _ in cached[1]):
                blobs = cached[1]
                self.reused += len(blobs)
                self.text_bytes += sum(index.locate(b).entry.raw_length for _, b, _ in blobs)
            else:
                blobs = []
                for month, rows in _by_month(lib.message_rows(cid)):
                    if self.stop.is_set():
                        return
                    if not media_loaded:
                        media, media_loaded = lib.media_rows(cid), True
                    raw = encode_text_rows(cid, month, rows, media)
                    blob = repo.keys.blob_name(hashlib.sha256(raw).digest())
                    blobs.append([month, blob, len(rows)])
                    self.text_bytes += len(raw)
                    if blob in index or blob in pending:
                        self.reused += 1
                        continue
                    stored = compress(raw)
                    if len(stored) < len(raw):
                        self.packer.current().add(blob, stored, len(raw), COMP_ZSTD)
                    else:
                        self.packer.current().add(blob, raw, len(raw), COMP_NONE)
                    pending.add(blob)
                    self.new_blobs += 1
                    self.packer.maybe_roll()
                self.new_cache[cid] = (revs.get(cid, 0), blobs)
            chat = lib.chat(cid)
            self.entries.append(ChatEntry(
                cid, chat.name, chat.kind, chat.source, chat.created_ms, chat.participants,
                s.message_count, s.media_count, s.media_bytes, s.last_ms,
                tuple(TextBlobRef(b, m, c) for m, b, c in blobs)))
            self.chats_done += 1
        self.packer.flush()


def backup(req: BackupRequest, progress: ProgressFn = no_progress,
           cancel: CancelToken | None = None) -> BackupResult:
    """Back up the selected chats; the new snapshot appears only once everything is stored."""
    t0 = time.monotonic()
    token = cancel or CancelToken()
    progress(Progress("Preparing"))
    lib = Library(req.library, create=False)
    try:
        return _run(req, lib, progress, token, t0)
    finally:
        lib.close()


def _run(req: BackupRequest, lib: Library, progress: ProgressFn, token: CancelToken,
         t0: float) -> BackupResult:
    summaries = {c.id: c for c in lib.list_chats()}
    chat_ids = list(summaries) if req.chats is None else list(dict.fromkeys(req.chats))
    missing = [c for c in chat_ids if c not in summaries]
    if missing:
        from ..errors import NotFoundError

        raise NotFoundError(f"The library has no chat with id {missing[0]}.")
    if req.keep < 1:
        raise ValueError("keep must be at least 1")

    progress(Progress("Unlocking the backup"))
    sets = [] if req.new_set else scan_sets(req.destination)  # one listing serves both below
    if sets:
        repo = Repo.open(req.destination, req.key, sets[0].config.set_id)
    else:
        repo = Repo.create(req.destination, req.key)
    token.checkpoint()

    progress(Progress("Reading the backup index"))
    rollback = rollback_warning(lib, repo.set_id, list(sets[0].snapshots) if sets else [])
    index, index_names = repo.load_index()
    adopted = repo.adopt_orphans(index)
    token.checkpoint()

    sent = [0]
    sent_lock = threading.Lock()

    def on_sent(n: int) -> None:
        with sent_lock:
            sent[0] += n

    committer = Committer()
    text_packer = _Packer(repo, req.pack_size, on_sent, committer)
    media_packer = _Packer(repo, req.pack_size, on_sent, committer)
    warnings: list[str] = [rollback] if rollback else []
    # Media work is mostly GIL-free (reads, hashing, AES-GCM, writes), message packing is
    # Python; running them side by side keeps both cores busy.
    media = lib.media_for_chats(chat_ids, include_videos=req.include_videos)
    texts = _MessagePacker(lib, repo, index, text_packer, chat_ids, summaries)
    text_thread = threading.Thread(target=texts.run, name="backupgui-messages", daemon=True)
    text_thread.start()
    try:
        media_entries: list[MediaEntry] = []
        todo = []
        new_blobs = reused = 0
        pending: set[str] = set()
        for ref in media:
            blob = repo.keys.blob_name(bytes.fromhex(ref.sha256))
            if blob in index or blob in pending:
                reused += 1
                media_entries.append(MediaEntry(ref.sha256, ref.size, blob, ref.kind))
            else:
                todo.append((ref, blob))
                pending.add(blob)
        total = sum(r.size for r, _ in todo)
        done = 0
        progress(Progress("Encrypting and uploading", 0, total))
        last_report = 0.0
        paths = [lib.media_path(r.sha256) for r, _ in todo]
        for (ref, blob), item in zip(todo, read_files(paths), strict=True):
            token.checkpoint()
            texts.raise_if_failed()
            if item.error is not None:
                warnings.append(f"A media file is missing from the library ({ref.filename or ref.sha256[:12]}).")
                done += ref.size
                continue
            pack = media_packer.current()
            size = 0
            try:
                for chunk in item.chunks:
                    pack.write(chunk)
                    size += len(chunk)
                    done += len(chunk)
                    now = time.monotonic()
                    if now - last_report > 0.1:
                        last_report = now
                        progress(Progress("Encrypting and uploading", done, total, ref.filename))
                        token.checkpoint()
            except OSError:
                item.sha256 = ""  # unreadable part-way: treated like a damaged file below
            if item.sha256 != ref.sha256:
                pack.discard_blob()
                warnings.append(f"A media file in the library is damaged and was skipped ({ref.filename or ref.sha256[:12]}).")
                continue
            pack.end_blob(blob, size, COMP_NONE)
            new_blobs += 1
            media_entries.append(MediaEntry(ref.sha256, size, blob, ref.kind))
            media_packer.maybe_roll()
            progress(Progress("Encrypting and uploading", done, total, ref.filename))
        media_packer.flush()
        while text_thread.is_alive():
            progress(Progress("Packing messages", texts.chats_done, len(chat_ids), unit="chats"))
            token.checkpoint()
            text_thread.join(0.1)
        texts.raise_if_failed()
        token.checkpoint()
        new_packs: list[PackInfo] = committer.wait()  # type: ignore[assignment]
    except BaseException:
        texts.stop.set()
        text_thread.join()
        text_packer.abort()
        media_packer.abort()
        committer.abandon()
        raise
    chat_entries, new_cache, text_bytes = texts.entries, texts.new_cache, texts.text_bytes
    new_blobs += texts.new_blobs
    reused += texts.reused

    # -- index and manifest: the snapshot becomes visible last ---------------------------------
    progress(Progress("Finishing", total, total))
    for p in new_packs:
        index.add_pack(p)
    new_index = None
    if new_packs or adopted:
        new_index, size = repo.write_index(new_packs + adopted)
        on_sent(size)
        index_names.append(new_index)
    needed = {t.blob for c in chat_entries for t in c.text_blobs} | {m.blob for m in media_entries}
    packs = sorted({index.blobs[b].pack_id for b in needed})
    now = datetime.now(UTC)
    sid = snapshot_name(now)
    stored = sum(index.packs[p].size for p in packs)
    totals = Totals(len(chat_entries), sum(c.message_count for c in chat_entries), len(media_entries),
                    sum(m.size for m in media_entries), text_bytes, stored)
    manifest = Manifest(sid, repo.set_id, now.strftime("%Y-%m-%dT%H:%M:%S.%fZ"), int(now.timestamp() * 1000),
                        req.device_name, f"backupgui {__version__}", req.include_videos,
                        tuple(chat_entries), tuple(media_entries), tuple(packs), totals)
    token.checkpoint()
    on_sent(repo.write_manifest(manifest))
    try:
        remember_newest(lib, repo.set_id, sid)
    except Exception:  # only used to notice a rollback later
        pass
    try:
        lib.save_text_cache(repo.set_id, new_cache)
    except Exception:  # the cache only saves time; never fail a finished backup over it
        pass

    progress(Progress("Removing old backups", total, total))
    removed = apply_retention(repo, req.keep, index, index_names, {sid: manifest})
    return BackupResult(
        snapshot_id=sid, set_id=repo.set_id, chats=len(chat_entries), messages=totals.messages,
        media_files=len(media_entries), media_bytes=totals.media_bytes, text_bytes=text_bytes,
        uploaded_bytes=sent[0], new_blobs=new_blobs, reused_blobs=reused,
        packs_written=len(new_packs), duration_s=time.monotonic() - t0,
        removed_snapshots=tuple(removed), warnings=tuple(warnings))
