"""The restore job: verify everything it reads, then commit to the library in one step.

Messages go into one SQLite transaction; media are written to a staging folder inside the
library, checked against their SHA-256, and moved into the media store just before commit.
Any failure or cancel rolls the transaction back and removes what was staged or moved, so the
library is left exactly as it was.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import hmac
import os
import shutil
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ..errors import DamagedBackupError, DiskFullError, NotFoundError
from ..format.manifest import decode_text_rows, decompress_text_blob
from ..format.pack import COMP_ZSTD, BlobEntry
from ..jobs import CancelToken, Progress, ProgressFn, no_progress
from ..library.store import Library
from ..stale import is_stale, owned_name
from .packread import iter_pack_blobs
from .pipeline import BackgroundSink, prefetch
from .repository import Repo
from .rollback import remember_newest, rollback_warning
from .snapshots import open_snapshot
from .types import REPLACE, RestoreRequest, RestoreResult


class _StagingWriter:
    """Writes and hashes staged media files on a helper thread, in order."""

    def __init__(self) -> None:
        self._sink = BackgroundSink(self._apply, depth=8)
        self._fh: BinaryIO | None = None
        self._h = hashlib.sha256()
        self._path: Path | None = None
        self.results: list[tuple[Path, bytes]] = []

    def _apply(self, op: tuple) -> None:
        kind, arg = op
        if kind == "data":
            assert self._fh is not None
            self._fh.write(arg)
            self._h.update(arg)
        elif kind == "open":
            self._path, self._fh, self._h = arg, open(arg, "wb"), hashlib.sha256()
        else:
            assert self._fh is not None and self._path is not None
            self._fh.close()
            self._fh = None
            self.results.append((self._path, self._h.digest()))

    def open(self, path: Path) -> None:
        self._sink(("open", path))

    def write(self, data: bytes) -> None:
        self._sink(("data", data))

    def close_file(self) -> None:
        self._sink(("close", None))

    def finish(self) -> list[tuple[Path, bytes]]:
        """Wait for every write; return (path, SHA-256) of each file written."""
        self._sink.close()
        return self.results

    def abort(self) -> None:
        with contextlib.suppress(BaseException):
            self._sink.close()
        if self._fh is not None:
            with contextlib.suppress(OSError):
                self._fh.close()


def _remove_stale_staging(root: Path) -> None:
    """Delete staging folders of restores that were killed (their process is gone)."""
    for p in root.glob(".restore-*"):
        if is_stale(p.name[len(".restore-"):]):
            shutil.rmtree(p, ignore_errors=True)


def _decoded_text_blobs(repo: Repo, text_by_pack: dict[str, list[BlobEntry]], downloaded: list[int],
                        token: CancelToken) -> Iterator[tuple[BlobEntry, list[tuple], list[tuple]]]:
    """Every wanted message blob, authenticated and parsed into library rows."""
    for pack_id, entries in sorted(text_by_pack.items()):
        buf = bytearray()
        for entry, chunk, last in iter_pack_blobs(repo, pack_id, entries, downloaded):
            token.checkpoint()
            buf += chunk
            if not last:
                continue
            stored, buf = bytes(buf), bytearray()
            try:
                raw = decompress_text_blob(stored) if entry.comp == COMP_ZSTD else stored
                _check_blob(repo, entry, raw)
                _chat_id, _month, rows, media_rows = decode_text_rows(raw)
            except ValueError as exc:
                raise DamagedBackupError(f"Messages in the backup are damaged ({exc}).") from None
            yield entry, rows, media_rows


def _check_blob(repo: Repo, entry: BlobEntry, raw: bytes) -> None:
    if not hmac.compare_digest(repo.keys.blob_name(hashlib.sha256(raw).digest()), entry.blob_id):
        raise DamagedBackupError(f"The backup blob {entry.blob_id[:12]} does not match its name.")


def restore(req: RestoreRequest, progress: ProgressFn = no_progress,
            cancel: CancelToken | None = None) -> RestoreResult:
    """Restore chats of a backup into a library (created if needed)."""
    t0 = time.monotonic()
    token = cancel or CancelToken()
    progress(Progress("Unlocking the backup"))
    repo, manifest = open_snapshot(req.destination, req.key, req.snapshot)
    chats = [c for c in manifest.chats if req.chats is None or c.id in req.chats]
    if req.chats is not None:
        unknown = set(req.chats) - {c.id for c in chats}
        if unknown:
            raise NotFoundError(f"The backup has no chat with id {sorted(unknown)[0]}.")
    progress(Progress("Reading the backup index"))
    index, _ = repo.load_index()

    def locate(blob: str, what: str):
        loc = index.locate(blob)
        if loc is None:
            raise DamagedBackupError(f"The backup is missing data for {what} (blob {blob[:12]}).")
        return loc

    text_by_pack: dict[str, list[BlobEntry]] = defaultdict(list)
    for c in chats:
        for t in c.text_blobs:
            loc = locate(t.blob, f"the messages of {c.name} in {t.month}")
            text_by_pack[loc.pack_id].append(loc.entry)
    media_by_sha = {m.sha256: m for m in manifest.media}
    in_backup = {m.blob for m in manifest.media}

    lib = Library(req.library)
    if req.snapshot in ("latest", ""):
        warning = rollback_warning(lib, repo.set_id, repo.snapshots())
        if warning:
            lib.close()
            raise DamagedBackupError(warning + " To restore an older backup anyway, choose it by its id.")
    _remove_stale_staging(lib.root)
    staging = lib.root / f".restore-{owned_name()}"
    moved: list[Path] = []
    downloaded = [0]
    added = present = 0
    try:
        with lib.transaction() as w:
            # -- messages ----------------------------------------------------------------
            with w.bulk():  # summaries are recomputed once, not per message
                for c in chats:
                    if req.policy == REPLACE:
                        w.clear_chat(c.id)
                    w.upsert_chat(c.chat())
                needed_media: dict[str, str] = {}
                total_text = sum(e.length for es in text_by_pack.values() for e in es)
                done = 0
                # Download, decrypt, check and parse on a helper thread; insert on this one
                # (SQLite releases the GIL while it works, so the two overlap).
                for entry, rows, media_rows in prefetch(
                        _decoded_text_blobs(repo, text_by_pack, downloaded, token), depth=1):
                    token.checkpoint()
                    done += entry.length
                    progress(Progress("Restoring messages", done, total_text))
                    n = w.add_message_rows(rows, media_rows)
                    added += n
                    present += len(rows) - n
                    for r in media_rows:
                        needed_media[r[7]] = r[5]
            # -- media -------------------------------------------------------------------
            media_present = media_missing = 0
            media_by_pack: dict[str, list[BlobEntry]] = defaultdict(list)
            want: dict[str, str] = {}  # blob id -> sha256
            for sha in needed_media:
                if lib.has_media(sha):
                    media_present += 1
                    continue
                m = media_by_sha.get(sha)
                if m is None or m.blob not in in_backup:
                    media_missing += 1  # e.g. a video when the backup left videos out
                    continue
                loc = locate(m.blob, f"the file {needed_media[sha] or sha[:12]}")
                if m.blob not in want:
                    media_by_pack[loc.pack_id].append(loc.entry)
                    want[m.blob] = sha
            total = sum(e.length for es in media_by_pack.values() for e in es)
            done = 0
            staging.mkdir()
            writer = _StagingWriter()
            expected: dict[Path, tuple[str, str]] = {}  # path -> (sha256, blob id)
            try:
                for pack_id, entries in sorted(media_by_pack.items()):
                    opened = False
                    for entry, chunk, last in iter_pack_blobs(repo, pack_id, entries, downloaded):
                        token.checkpoint()
                        sha = want[entry.blob_id]
                        if not opened:
                            path = staging / sha
                            expected[path] = (sha, entry.blob_id)
                            writer.open(path)
                            opened = True
                        writer.write(chunk)
                        done += len(chunk)
                        progress(Progress("Restoring media", done, total, needed_media.get(sha, "")))
                        if last:
                            writer.close_file()
                            opened = False
                staged_digests = writer.finish()
            except BaseException:
                writer.abort()
                raise
            staged: list[tuple[Path, str]] = []
            for path, digest in staged_digests:
                sha, blob = expected[path]
                if digest.hex() != sha or not hmac.compare_digest(repo.keys.blob_name(digest), blob):
                    raise DamagedBackupError(
                        f"The file {needed_media.get(sha) or sha[:12]} in the backup is damaged.")
                staged.append((path, sha))
            token.checkpoint()
            progress(Progress("Saving", total, total))
            for path, sha in staged:
                dst = lib.media_path(sha)
                dst.parent.mkdir(exist_ok=True)
                if not dst.exists():
                    os.replace(path, dst)
                    moved.append(dst)
        result = RestoreResult(manifest.snapshot_id, len(chats), added, present, len(staged),
                               media_present, media_missing, downloaded[0], time.monotonic() - t0)
        moved.clear()
        with contextlib.suppress(Exception):
            remember_newest(lib, repo.set_id, manifest.snapshot_id)
        return result
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFullError("The disk became full while restoring. Nothing was changed.") from None
        if exc.errno == errno.EFBIG:  # a file-size limit (e.g. FAT32, or a process limit)
            raise DiskFullError("A file is larger than this disk or account allows. "
                                "Nothing was changed.") from None
        raise
    finally:
        for p in moved:  # only non-empty when the commit did not happen
            with contextlib.suppress(OSError):
                p.unlink()
        shutil.rmtree(staging, ignore_errors=True)
        lib.close()
