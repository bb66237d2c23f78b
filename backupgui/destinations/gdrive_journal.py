"""The spool and journal that let Drive uploads survive network errors and app restarts.

Each upload spools its ciphertext to ``<spool>/<id>.spool``. At commit a journal entry
``<id>.json`` records the object name, size, SHA-256 (of replaceable objects) and (once started) the resumable session URI
and the file being replaced. Both go away when the upload completes. On the next open of the
same destination, pending entries whose spool still matches its checksum are finished by asking the
server what it has (the spool is not fsynced; the journal entry is).

The session URI lets anyone who has it upload into that one session for about a week, so the
directory is private (0700) and files 0600. The spool only ever holds ciphertext.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO

from ..device.fileperms import private_dir

try:  # POSIX: an advisory lock keeps two processes from driving the same session at once
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

ORPHAN_AGE = 24 * 3600.0  # without advisory locks: spools this old with no journal are leftovers


@dataclass
class Job:
    """One committed upload that has not yet been confirmed by Drive."""

    id: str
    name: str
    size: int
    md5: str
    session: str | None = None  # resumable session URI once started
    file_id: str | None = None  # the file updated in place (replacing an object), if any
    created: float = 0.0
    sha256: str = ""  # the spool's SHA-256 (jobs journaled by older versions have only md5)


class Journal:
    """Spool files and journal entries for one destination (account + folder)."""

    def __init__(self, directory: Path) -> None:
        self.dir = private_dir(directory)  # and the cache folders above it it creates

    def new_id(self) -> str:
        return f"{time.time_ns():x}-{secrets.token_hex(6)}"

    def spool_path(self, job_id: str) -> Path:
        return self.dir / f"{job_id}.spool"

    def entry_path(self, job_id: str) -> Path:
        return self.dir / f"{job_id}.json"

    def open_spool(self, job_id: str) -> IO[bytes]:
        fd = os.open(self.spool_path(job_id), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        return os.fdopen(fd, "wb")

    def save(self, job: Job) -> None:
        """Write the entry atomically and durably (it must survive a crash right after)."""
        tmp = self.dir / f"{job.id}.json.tmp"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as fh:
            json.dump(asdict(job), fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.entry_path(job.id))

    def load(self, job_id: str) -> Job | None:
        try:
            data = json.loads(self.entry_path(job_id).read_text())
            return Job(**data)
        except (OSError, ValueError, TypeError, RecursionError):  # (nested deeper than Python parses)
            return None

    def remove(self, job_id: str) -> None:
        for p in (self.entry_path(job_id), self.spool_path(job_id), self.dir / f"{job_id}.lock"):
            try:
                p.unlink()
            except FileNotFoundError:
                pass

    def pending(self) -> list[Job]:
        """Journaled jobs, oldest first; drops entries whose spool is gone or damaged."""
        jobs: list[Job] = []
        for p in sorted(self.dir.glob("*.json")):
            job = self.load(p.stem)
            spool = self.spool_path(p.stem)
            if job is None or not spool.exists() or spool.stat().st_size != job.size:
                self.remove(p.stem)
                continue
            jobs.append(job)
        jobs.sort(key=lambda j: (j.created, j.id))
        return jobs

    def _spool_hash(self, job_id: str, algorithm: str) -> tuple[int, str] | None:
        h = hashlib.new(algorithm)
        n = 0
        try:
            with open(self.spool_path(job_id), "rb") as fh:
                while chunk := fh.read(1 << 20):
                    h.update(chunk)
                    n += len(chunk)
        except OSError:
            return None
        return n, h.hexdigest()

    def spool_intact(self, job: Job) -> bool:
        """True when the spool still holds what was journaled: its size, and its checksum when
        one was taken (replaceable objects). A new, randomly named object has none: a damaged
        spool of one becomes a pack no index lists, which the engine never adopts (its
        authentication fails) and which Drive's checksum then flags as not ours."""
        if not (job.sha256 or job.md5):
            try:
                return self.spool_path(job.id).stat().st_size == job.size
            except OSError:
                return False
        algorithm, want = ("sha256", job.sha256) if job.sha256 else ("md5", job.md5)
        got = self._spool_hash(job.id, algorithm)
        return got is not None and got == (job.size, want)

    def spool_digest(self, job_id: str, algorithm: str) -> str | None:
        """The spool's checksum (to compare with Drive's), or None if it is gone."""
        got = self._spool_hash(job_id, algorithm)
        return got[1] if got is not None else None

    def drop_superseded(self, name: str, keep: str) -> None:
        """Forget pending jobs for ``name`` other than ``keep``: a newer write (or a delete)
        wins, and an older journaled version must not come back on the next open."""
        for job in self.pending():
            if job.name == name and job.id != keep and not self.locked(job.id):
                self.remove(job.id)

    def clean_orphans(self, now: float | None = None) -> None:
        """Delete spool files that never reached commit (their process died while writing).

        A live upload holds its job's lock from the spool's first byte until commit, so an
        unjournaled spool whose lock can be taken is dead and goes at once. Without advisory
        locks (Windows) only spools older than ``ORPHAN_AGE`` go.
        """
        now = time.time() if now is None else now
        for p in self.dir.glob("*.spool"):
            job_id = p.stem
            if self.entry_path(job_id).exists():
                continue
            try:
                if fcntl is None:
                    if now - p.stat().st_mtime > ORPHAN_AGE:
                        p.unlink()
                    continue
                fd = self.lock(job_id)
                if fd is None:
                    continue  # still being written by a live upload
                try:
                    if not self.entry_path(job_id).exists():  # not committed meanwhile
                        p.unlink(missing_ok=True)
                        (self.dir / f"{job_id}.lock").unlink(missing_ok=True)
                finally:
                    self.unlock(job_id, fd)
            except OSError:
                pass

    # ---- cross-process lock --------------------------------------------------------------
    def lock(self, job_id: str) -> int | None:
        """Take the job's lock; None if another process holds it."""
        if fcntl is None:
            return -1
        fd = os.open(self.dir / f"{job_id}.lock", os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return None
        return fd

    def unlock(self, job_id: str, fd: int | None) -> None:
        if fd is not None and fd >= 0:
            os.close(fd)

    def locked(self, job_id: str) -> bool:
        fd = self.lock(job_id)
        if fd is None:
            return True
        os.close(fd)
        return False
