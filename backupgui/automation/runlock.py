"""One backup or restore at a time, across the app and the CLI (no Qt).

A lock file in the user runtime dir is locked with ``fcntl.flock`` (Linux, macOS) or
``msvcrt.locking`` (Windows). The OS drops the lock when the holder exits or crashes, so a lock
is never stale. The holder writes who it is (program, process, purpose, start time) into the
file so a second request can say who is running::

    with acquire_backup_lock("backup", program="backupgui-cli"):
        backup(...)

raises ``BusyError("Another backup is already running (started by backupgui-cli, process 42,
at 14:02).")`` when the lock is taken.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import platformdirs

from ..device.fileperms import private_dir
from ..errors import BusyError

log = logging.getLogger(__name__)

#: Windows locks a byte range; lock one byte far past the holder's note so it stays readable.
_WIN_OFFSET = 1 << 30
_HINT = "Wait for it to finish or cancel it, then try again."


@dataclass(frozen=True)
class LockInfo:
    """Who holds the lock."""

    pid: int
    program: str
    purpose: str
    started: datetime | None


def lock_dir() -> Path:
    """The per-user runtime dir (the config dir's ``run`` when that is overridden), checked
    as the single-instance socket's is (``fileperms.user_runtime_dir``: a folder of this
    user's that no one else may enter). A ``$XDG_RUNTIME_DIR`` that fails that check (one of
    another user's, or ``/tmp``) was left to platformdirs, whose fallback is the predictable
    ``<temp>/runtime-<uid>``: another local user who made that folder first made every
    backup and restore fail (docs/SECURITY.md 2.7); the state dir is used instead."""
    from ..device.fileperms import user_runtime_dir
    from ..device.settings import CONFIG_ENV, config_dir

    if os.environ.get(CONFIG_ENV):
        return config_dir() / "run"
    state = Path(platformdirs.user_state_dir("backupgui", appauthor=False))
    if sys.platform.startswith("linux") and os.environ.get("XDG_RUNTIME_DIR"):
        return user_runtime_dir(fallback=state) or state
    return state


def lock_path(name: str = "backup") -> Path:
    return lock_dir() / f"{name}.lock"


def _lock_fd(fd: int) -> bool:
    """Try to lock without waiting; False if another holder has it."""
    if sys.platform == "win32":  # pragma: no cover - not run on this CI
        import msvcrt

        os.lseek(fd, _WIN_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock_fd(fd: int) -> None:
    if sys.platform == "win32":  # pragma: no cover
        import msvcrt

        os.lseek(fd, _WIN_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


def read_holder(path: Path) -> LockInfo | None:
    """The note left by the holder (None if empty or unreadable)."""
    from ..safeopen import NotRegularFile, read_regular

    try:
        # (a regular file only, not through a link, never waited on, at most 4 KiB: a FIFO
        # at its name held the app that asked who holds the lock)
        d = json.loads(read_regular(path, 4096, follow=False).decode("utf-8") or "null")
        if not isinstance(d, dict):
            return None
        started = datetime.fromisoformat(d["started"]) if d.get("started") else None
        return LockInfo(int(d.get("pid", 0)), str(d.get("program", "")),
                        str(d.get("purpose", "backup")), started)
    except (OSError, ValueError, KeyError, TypeError, NotRegularFile):
        return None


def busy_message(info: LockInfo | None, now: datetime | None = None) -> str:
    """The sentence for a ``BusyError``: one whole sentence per case, so that each is a
    template the GUI translates (docs/TRANSLATING.md)."""
    restore = info is not None and info.purpose == "restore"
    if info is None:
        return "A restore is already running." if restore else "Another backup is already running."
    who = info.program or "?"  # (a holder always writes its name; "?" only for a damaged file)
    pid = info.pid
    when = None
    if info.started is not None:
        local = info.started.astimezone()
        today = (now or datetime.now(UTC)).astimezone().date()
        when = local.strftime("%H:%M") if local.date() == today else \
            local.strftime("%Y-%m-%d %H:%M")
    if restore:
        if pid and when:
            # translators: %1: the program that started it (backupgui or backupgui-cli), %2: its
            # process number, %3: a time, or a date and time
            return f"A restore is already running (started by {who}, process {pid}, at {when})."
        if pid:
            return f"A restore is already running (started by {who}, process {pid})."
        if when:
            return f"A restore is already running (started by {who}, at {when})."
        return f"A restore is already running (started by {who})."
    if pid and when:
        # translators: %1: the program that started it (backupgui or backupgui-cli), %2: its
        # process number, %3: a time, or a date and time
        return (f"Another backup is already running (started by {who}, process {pid}, at "
                f"{when}).")
    if pid:
        return f"Another backup is already running (started by {who}, process {pid})."
    if when:
        return f"Another backup is already running (started by {who}, at {when})."
    return f"Another backup is already running (started by {who})."


class BackupLock:
    """A held lock; ``release()`` (or leaving the ``with`` block) lets the next one in."""

    def __init__(self, path: Path, fd: int, info: LockInfo) -> None:
        self.path = path
        self.info = info
        self._fd: int | None = fd
        self._guard = threading.Lock()

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        with self._guard:
            fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            os.ftruncate(fd, 0)
        except OSError:
            pass
        try:
            _unlock_fd(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> BackupLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def try_lock(purpose: str = "backup", *, program: str | None = None, name: str = "backup",
             path: Path | None = None) -> BackupLock:
    """Take the lock now or raise ``BusyError`` naming the holder."""
    path = path or lock_path(name)
    private_dir(path.parent)
    fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        if not _lock_fd(fd):
            raise BusyError(busy_message(read_holder(path)), hint=_HINT)
        info = LockInfo(os.getpid(), program or _program_name(), purpose,
                        datetime.now(UTC).replace(microsecond=0))
        note = json.dumps({"pid": info.pid, "program": info.program, "purpose": purpose,
                           "started": info.started.isoformat() if info.started else ""})
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, note.encode())
    except BaseException:
        os.close(fd)
        raise
    log.debug("took the %s lock for a %s", name, purpose)
    return BackupLock(path, fd, info)


@contextmanager
def acquire_backup_lock(purpose: str = "backup", *, program: str | None = None,
                        name: str = "backup", path: Path | None = None) -> Iterator[BackupLock]:
    """Hold the one-backup-at-a-time lock for a ``with`` block; ``BusyError`` if taken."""
    lock = try_lock(purpose, program=program, name=name, path=path)
    try:
        yield lock
    finally:
        lock.release()


def is_locked(name: str = "backup", path: Path | None = None) -> LockInfo | None:
    """Who holds the lock right now, or None if it is free (takes and drops it to check)."""
    try:
        with acquire_backup_lock("check", name=name, path=path):
            return None
    except BusyError:
        return read_holder(path or lock_path(name)) or LockInfo(0, "", "backup", None)


def _program_name() -> str:
    base = os.path.basename(sys.argv[0]) if sys.argv and sys.argv[0] else ""
    if base in ("", "-c", "__main__.py") or base.endswith(".py"):
        return "backupgui"
    return base
