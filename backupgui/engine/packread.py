"""Read the blobs wanted from a pack, each segment authenticated before any of its bytes
is used.

``PackReader`` reads ranges of whole segments: a pack's stored size comes from the
authenticated index, which gives every segment's place, index and ``last`` flag
(docs/FORMAT.md 4.3, "Random access"), so a segment that is moved, truncated, reordered or
not really the last fails authentication. ``iter_pack_blobs`` streams a whole pack (a full
restore, verify) or only the segments that hold the wanted blobs (a restore of some chats).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

from ..crypto.segments import (
    HEADER_SIZE,
    NewerObjectError,
    ObjectType,
    SegmentError,
    SegmentOpener,
)
from ..errors import Damage, DamagedBackupError, NewerFormatError, NotFoundError
from ..format.damage import blob_cut_short, logged, pack_problem
from ..format.pack import BlobEntry
from .repository import Repo

#: Ciphertext read per request when the destination names no better size.
DEFAULT_BATCH = 1 << 20


class ReadCounter:
    """Bytes read from the destination, added from several threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.value = 0

    def __call__(self, n: int) -> None:
        with self._lock:
            self.value += n


class BlobBuffer:
    """Puts a blob's chunks from ``iter_pack_blobs`` together in a buffer of the blob's own
    length (bounded by the caller before reading) and hands it out whole: no growing buffer,
    no second copy. Restore and verify read message blobs through it."""

    def __init__(self) -> None:
        self._buf: bytearray | None = None
        self._got = 0

    def add(self, entry: BlobEntry, chunk: memoryview | bytes, last: bool) -> bytearray | None:
        """Add ``chunk``; the whole blob once ``last``, else None."""
        if self._buf is None:
            self._buf, self._got = bytearray(entry.length), 0
        n = len(chunk)
        self._buf[self._got:self._got + n] = chunk
        self._got += n
        if not last:
            return None
        out, self._buf = self._buf, None
        if self._got != len(out):  # (iter_pack_blobs hands out exactly the blob's bytes)
            problem = blob_cut_short(entry.blob_id[:12])
            raise DamagedBackupError(f"The backup is damaged: {problem}.", problem=problem)
        return out


class PackReader:
    """One pack, read by ranges of whole segments.

    ``lock``: held around every read when the destination does not allow concurrent reads
    (``Destination.concurrent_reads``) and several threads share it."""

    def __init__(self, repo: Repo, pack_id: str, size: int, on_read: Callable[[int], None] | None = None,
                 lock: threading.Lock | None = None) -> None:
        self.pack_id = pack_id
        self.rel = f"data/{pack_id}"
        self._dest, self._name = repo.dest, repo.prefix + self.rel
        self._on_read, self._lock = on_read, lock
        self.batch = max(DEFAULT_BATCH, getattr(repo.dest, "stream_chunk", DEFAULT_BATCH))
        with self.errors():
            # Opened (and its name checked) once, then read by ranges (a folder keeps the
            # file open): ``close`` lets it go.
            if self._lock is not None:
                with self._lock:
                    self._ranges = self._dest.open_ranges(self._name)
            else:
                self._ranges = self._dest.open_ranges(self._name)
            try:
                self.opener = SegmentOpener(repo.keys.objects, self.rel, ObjectType.PACK,
                                            self._read(0, HEADER_SIZE), size)
            except BaseException:
                self.close()
                raise

    def close(self) -> None:
        """Let the pack go (an open file)."""
        self._ranges.close()

    def errors(self):
        """Pack damage as ``DamagedBackupError`` naming the pack and what is wrong
        (``format/damage.py``); a pack that authenticates
        but is in a newer object version as ``NewerFormatError``."""
        return _PackErrors(self.pack_id)

    def _read(self, pos: int, n: int, to_end: bool = False) -> bytes:
        """``n`` bytes at ``pos``; ``to_end``: they must be the object's last (one byte more
        is asked for, and its presence is damage)."""
        ask = n + 1 if to_end else n
        if self._lock is not None:
            with self._lock:
                data = self._ranges.read(pos, ask)
        else:
            data = self._ranges.read(pos, ask)
        if self._on_read is not None:
            self._on_read(len(data))
        if len(data) < n:
            raise SegmentError("the pack is shorter than its index says", Damage.CUT_SHORT)
        if len(data) > n:
            raise SegmentError("the pack is longer than its index says", Damage.TOO_LONG)
        return data

    def plaintext(self, offset: int, length: int, buf: bytearray | None = None,
                  check_end: bool = False) -> Iterator[memoryview]:
        """The plaintext bytes [offset, offset + length), in pieces of about ``batch`` bytes.
        A piece is a view of ``buf`` when given (reused: use each piece before the next).
        ``check_end``: reading the final segment also proves that nothing follows it."""
        op = self.opener
        if offset < 0 or length < 0 or offset + length > op.plaintext_size:
            raise SegmentError("a blob lies outside its pack (the pack is shorter than its index says)", Damage.CUT_SHORT)
        if length == 0:
            return
        seg = op.segment_size
        first, last = offset // seg, (offset + length - 1) // seg
        per = max(1, self.batch // seg)
        i = first
        while i <= last:
            j = min(last, i + per - 1)
            pos, n = op.ciphertext_span(i, j)
            ct = memoryview(self._read(pos, n, check_end and j == op.segments - 1))
            need = (j - i + 1) * seg
            out = buf if buf is not None and len(buf) >= need else bytearray(need)
            view = memoryview(out)
            got = cpos = 0
            for k in range(i, j + 1):
                clen = min(seg + 16, n - cpos)
                got += op.open_into(k, ct[cpos:cpos + clen], view[got:got + clen - 16])
                cpos += clen
            base = i * seg
            yield view[max(offset, base) - base:min(offset + length, base + got) - base]
            i = j + 1


class _PackErrors:
    def __init__(self, pack_id: str) -> None:
        self.pack_id = pack_id

    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc_type is not None and issubclass(exc_type, NewerObjectError):
            # Its segment authenticated (FORMAT.md 11): a newer backupgui wrote it.
            raise NewerFormatError(
                f"This backup was made by a newer version of backupgui (its pack "
                f"{self.pack_id} is in format version {exc.version}), which this version "
                "cannot read.") from None
        if exc_type is not None and issubclass(exc_type, SegmentError | NotFoundError):
            # what is wrong in words (the segment's detail goes to the log only)
            damage = exc.damage if isinstance(exc, SegmentError) else Damage.MISSING
            logged(f"pack {self.pack_id}", exc)
            problem = pack_problem(self.pack_id, damage)
            raise DamagedBackupError(f"The backup is damaged: {problem}.", problem=problem) from None
        return False


def _runs(entries: list[BlobEntry], seg: int) -> list[tuple[int, int, list[BlobEntry]]]:
    """Entries (in offset order) grouped into runs that share or touch segments:
    (start, end, entries) in plaintext offsets. Linear: each run's list grows in place
    (it was copied for every entry added, quadratic in a run's entries: SECURITY.md 2.7)."""
    runs: list[tuple[int, int, list[BlobEntry]]] = []
    start = end = 0
    run: list[BlobEntry] | None = None
    for e in entries:
        e_end = e.offset + e.length
        if run is not None and e.offset // seg <= (end - 1) // seg + 1:
            end = max(end, e_end)
            run.append(e)
        else:
            if run is not None:
                runs.append((start, end, run))
            start, end, run = e.offset, e_end, [e]
    if run is not None:
        runs.append((start, end, run))
    return runs


def iter_pack_blobs(repo: Repo, pack_id: str, size: int, wanted: list[BlobEntry],
                    on_read: Callable[[int], None] | None = None, *, whole: bool = True,
                    lock: threading.Lock | None = None, buf: bytearray | None = None
                    ) -> Iterator[tuple[BlobEntry, memoryview | bytes, bool]]:
    """Yield (entry, chunk, is_last_chunk) for each wanted blob in offset order; ``size`` is
    the pack's stored size from the index. A chunk is handed out only after its segment
    passed authentication; with ``buf`` it is a view of it (use it before the next one).

    ``whole``: every segment of the pack is read and authenticated, its trailer and padding
    too, so a pack changed anywhere is damage. Otherwise only the runs of segments that hold
    wanted blobs are read (a partial restore).
    """
    entries = sorted(wanted, key=lambda e: e.offset)
    with _PackErrors(pack_id):
        reader = PackReader(repo, pack_id, size, on_read, lock)
        try:
            yield from _pack_blobs(reader, entries, whole, buf)
        finally:
            reader.close()


def _pack_blobs(reader: PackReader, entries: list[BlobEntry], whole: bool, buf: bytearray | None
                ) -> Iterator[tuple[BlobEntry, memoryview | bytes, bool]]:
    """``iter_pack_blobs`` once the pack is open."""
    op = reader.opener
    if entries and max(e.offset + e.length for e in entries) > op.plaintext_size:
        raise SegmentError("the pack is shorter than its index says", Damage.CUT_SHORT)
    if whole:
        runs = [(0, op.plaintext_size, entries)]
    else:
        runs = _runs(entries, op.segment_size)
    for start, end, es in runs:
        i = 0
        pos = start
        # Zero-length blobs before any byte: nothing to read for them.
        while i < len(es) and es[i].length == 0 and es[i].offset <= pos:
            yield es[i], b"", True
            i += 1
        for piece in reader.plaintext(start, end - start, buf, check_end=whole):
            p_end = pos + len(piece)
            while i < len(es):
                e = es[i]
                if e.offset >= p_end and not (e.length == 0 and e.offset == p_end):
                    break
                lo, hi = max(e.offset, pos), min(e.offset + e.length, p_end)
                is_last = e.offset + e.length <= p_end
                if hi > lo or (e.length == 0 and is_last):
                    yield e, piece[lo - pos:hi - pos], is_last
                if not is_last:
                    break
                i += 1
            pos = p_end
        for e in es[i:]:  # (only zero-length blobs at the very end can be left)
            yield e, b"", True
