"""Run one operation as a child process and read its resource usage from outside.

``run_measured`` starts the command, waits for it with ``os.wait4`` and returns the wall
time (parent clock), user+system CPU seconds, peak RSS (``ru_maxrss``) and the bytes the child
read from and wrote to the block device (``ru_inblock`` / ``ru_oublock``: reads the page cache
did not serve, and writes it caused) of that child.
Nothing is measured inside the process being measured. Each run starts after ``os.sync()``,
so no operation is charged for another's pending writes.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Measured:
    cmd: list[str]
    wall_s: float
    user_s: float
    sys_s: float
    peak_rss_bytes: int
    rc: int
    stdout: str
    stderr: str
    #: Bytes read from the disk (``ru_inblock`` x 512): page-cache misses. Tells a cold
    #: run from a warm one (the cache cannot be dropped on a shared machine).
    disk_read_bytes: int = 0
    #: Bytes whose writeback this child caused (``ru_oublock`` x 512).
    disk_write_bytes: int = 0

    @property
    def cpu_s(self) -> float:
        return self.user_s + self.sys_s

    def check(self) -> Measured:
        if self.rc != 0:
            raise RuntimeError(f"{' '.join(self.cmd[:3])}... exited with {self.rc}: "
                               f"{self.stderr.strip()[-800:]}")
        return self


def byte_compile(package_dir: Path) -> int:
    """Byte-compile the Python package at ``package_dir`` into its ``__pycache__`` (as pip
    and the bundles install it), so the measured runs load compiled modules even where
    PYTHONDONTWRITEBYTECODE is set: otherwise every run compiled the ~50 modules a backup
    imports from source (~0.05-0.07 s of its start-up on this machine). Returns the number
    of modules it could not compile (0)."""
    import compileall

    return 0 if compileall.compile_dir(str(package_dir), quiet=1) else 1


def run_measured(cmd: list[str], *, env: dict[str, str] | None = None,
                 cwd: str | os.PathLike[str] | None = None, timeout: float | None = None) -> Measured:
    """Run ``cmd`` to completion; stdout/stderr go to temp files (no pipe back-pressure).

    Dirty pages are written out first (``os.sync``, not timed): otherwise an operation pays
    for the writeback of whatever ran before it, e.g. the library database the harness has
    just copied (measured: a backup right after that copy took 5.3-6.2 s, after a sync
    4.7-5.1 s)."""
    if hasattr(os, "sync"):
        os.sync()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=out, stderr=err, stdin=subprocess.DEVNULL,
                             env=env, cwd=cwd)
        deadline = None if timeout is None else t0 + timeout
        while True:
            pid, status, ru = os.wait4(p.pid, os.WNOHANG if deadline else 0)
            if pid:
                break
            if time.perf_counter() > deadline:
                p.kill()
                pid, status, ru = os.wait4(p.pid, 0)
                break
            time.sleep(0.01)
        wall = time.perf_counter() - t0
        p.returncode = os.waitstatus_to_exitcode(status)  # already reaped: keep Popen quiet
        out.seek(0)
        err.seek(0)
        return Measured(list(map(str, cmd)), wall, ru.ru_utime, ru.ru_stime, ru.ru_maxrss * 1024,
                        p.returncode, out.read().decode("utf-8", "replace"),
                        err.read().decode("utf-8", "replace"),
                        ru.ru_inblock * 512, ru.ru_oublock * 512)


def tree_state(root: Path) -> dict[str, tuple[int, int, int]]:
    """path -> (size, mtime_ns, inode) of every file below ``root``."""
    state: dict[str, tuple[int, int, int]] = {}
    for dirpath, _dirs, files in os.walk(root):
        for f in files:
            p = os.path.join(dirpath, f)
            try:
                st = os.lstat(p)
            except OSError:
                continue
            state[p] = (st.st_size, st.st_mtime_ns, st.st_ino)
    return state


def bytes_written(before: dict[str, tuple[int, int, int]],
                  after: dict[str, tuple[int, int, int]]) -> int:
    """Bytes of files that are new or changed between two ``tree_state`` snapshots."""
    return sum(v[0] for p, v in after.items() if before.get(p) != v)


def private_config(work: Path) -> str | None:
    """Give every child started from now on a config dir of its own under ``work``
    (``BACKUPGUI_CONFIG_DIR``, which also holds the run lock): the one-backup-at-a-time lock
    is per user, so otherwise the bench's backups and restores would wait for, or refuse to
    run beside, the app's scheduled backup or another benchmark on the same machine (exit
    13, "Another backup is already running"), and the other way round.
    Returns the previous value, for ``restore_config``."""
    prev = os.environ.get("BACKUPGUI_CONFIG_DIR")
    os.environ["BACKUPGUI_CONFIG_DIR"] = str(work / "config")
    return prev


def restore_config(prev: str | None) -> None:
    """Undo ``private_config`` (for a caller that goes on, such as a test)."""
    if prev is None:
        os.environ.pop("BACKUPGUI_CONFIG_DIR", None)
    else:
        os.environ["BACKUPGUI_CONFIG_DIR"] = prev


def cached_bytes(root: Path) -> tuple[int, int] | None:
    """(bytes of the files below ``root`` that are in the page cache, their total size), by
    ``fincore`` (util-linux); None without it. Says whether the next run reads them from the
    disk: the cache cannot be dropped on a shared machine, only looked at."""
    if shutil.which("fincore") is None:
        return None
    files = [str(p) for p in root.rglob("*") if p.is_file()]
    total = sum(os.path.getsize(f) for f in files)
    res = 0
    for i in range(0, len(files), 200):
        out = subprocess.run(["fincore", "--bytes", "--noheadings", "--raw", "-o", "RES",
                              *files[i:i + 200]], capture_output=True, text=True).stdout
        res += sum(int(x) for x in out.split())
    return res, total


def drop_cached(root: Path) -> None:
    """Let the page cache go of the files below ``root`` (each fsynced, then
    ``POSIX_FADV_DONTNEED``), so that the next run reads them from the disk. Only for files
    this run wrote itself (a backup in its work folder): the cache of anything else on the
    machine is left alone."""
    advice = getattr(os, "POSIX_FADV_DONTNEED", None)
    if advice is None:
        return
    for p in root.rglob("*"):
        if p.is_file() and not p.is_symlink():
            fd = os.open(p, os.O_RDONLY)
            try:
                os.fsync(fd)
                os.posix_fadvise(fd, 0, 0, advice)
            finally:
                os.close(fd)


def _cpu_times() -> tuple[int, int] | None:
    """(idle + iowait, total) jiffies of all CPUs, from /proc/stat; None where there is none."""
    try:
        with open("/proc/stat") as f:
            fields = [int(x) for x in f.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    return fields[3] + fields[4], sum(fields)


def wait_idle(fraction: float, timeout: float = 600.0, window: float = 1.0) -> float | None:
    """Wait until the machine's CPUs were at least ``fraction`` idle over ``window`` seconds
    (other processes on a shared machine), at most ``timeout`` seconds; returns the idle
    fraction of the last window (None without /proc/stat: no wait)."""
    deadline = time.monotonic() + timeout
    while True:
        a = _cpu_times()
        if a is None:
            return None
        time.sleep(window)
        b = _cpu_times()
        assert b is not None
        idle = (b[0] - a[0]) / max(1, b[1] - a[1])
        if idle >= fraction or time.monotonic() >= deadline:
            return round(idle, 3)
