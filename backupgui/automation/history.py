"""The history of backup runs, kept as JSON lines in the user data dir (no Qt, no secrets).

Each line is one finished run: when it started, what triggered it (manual, scheduled,
catch-up), the result (ok, failed, skipped, cancelled), the backup's size, the bytes uploaded,
how long it took, where it went (``folder:<path>`` or ``gdrive:<account>``, never a token;
empty in lines written before it was recorded), a reason for people and, for a backup saved
with warnings, its warnings (at most ``MAX_WARNINGS``). Unreadable lines are skipped; the file is trimmed
to the newest ``max_entries`` runs now and then.
"""

from __future__ import annotations

import json
import logging
import os
import stat
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

import platformdirs

from ..device.fileperms import open_private, private_dir, write_private
from ..safeopen import NotRegularFile, read_regular

log = logging.getLogger(__name__)

MAX_REASON = 500
#: At most this many of the file's newest bytes are read (it is trimmed to ``max_entries``
#: runs, about 200 KiB for 500, at the append that finds it past twice that).
MAX_READ = 4 << 20
#: At most this many of a run's warnings are kept (each cut to ``MAX_REASON``).
MAX_WARNINGS = 20
#: A destination longer than this (a folder path) is cut when read or written.
MAX_DESTINATION = 1000


class Result(StrEnum):
    OK = "ok"
    FAILED = "failed"
    SKIPPED = "skipped"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class HistoryEntry:
    """One finished run. ``time`` is its start (aware, UTC); ``code`` is a short machine reason
    (e.g. ``metered``, ``password-needed``, an error class name)."""

    time: datetime
    trigger: str
    result: str
    size: int = 0
    uploaded: int = 0
    duration_s: float = 0.0
    reason: str = ""
    code: str = ""
    snapshot: str = ""
    destination: str = ""  # "folder:<path>" or "gdrive:<account>" ("gdrive:" when unknown)
    warnings: tuple[str, ...] = ()  # a saved backup's warnings (engine text, shown translated)

    def __post_init__(self) -> None:
        t = self.time if self.time.tzinfo else self.time.replace(tzinfo=UTC)
        object.__setattr__(self, "time", t.astimezone(UTC).replace(microsecond=0))
        object.__setattr__(self, "warnings", _warnings(self.warnings))

    def to_json(self) -> str:
        d = asdict(self)
        d["time"] = self.time.astimezone(UTC).isoformat(timespec="seconds")
        d["reason"] = self.reason[:MAX_REASON]
        d["destination"] = self.destination[:MAX_DESTINATION]
        if not self.warnings:
            del d["warnings"]
        return json.dumps(d, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, line: str) -> HistoryEntry:
        d = json.loads(line)
        if not isinstance(d, dict):
            raise ValueError("not an object")
        t = datetime.fromisoformat(str(d["time"]))
        if t.tzinfo is None:
            t = t.replace(tzinfo=UTC)
        dest = d.get("destination", "")  # (absent in lines written before it was recorded)
        warnings = d.get("warnings", [])  # (absent in older lines and runs without any)
        return cls(time=t, trigger=str(d.get("trigger", "")), result=str(d["result"]),
                   size=int(d.get("size", 0)), uploaded=int(d.get("uploaded", 0)),
                   duration_s=float(d.get("duration_s", 0.0)), reason=str(d.get("reason", "")),
                   code=str(d.get("code", "")), snapshot=str(d.get("snapshot", "")),
                   destination=dest[:MAX_DESTINATION] if isinstance(dest, str) else "",
                   warnings=tuple(warnings) if isinstance(warnings, list) else ())


def _warnings(ws: object) -> tuple[str, ...]:
    """The strings of ``ws``, at most ``MAX_WARNINGS``, each cut to ``MAX_REASON``."""
    return tuple(w[:MAX_REASON] for w in list(ws or ())[:MAX_WARNINGS] if isinstance(w, str))


#: The phases whose ``done_bytes`` count bytes sent to the destination (engine/backup.py).
UPLOAD_PHASES = frozenset({"Encrypting and uploading", "Uploading"})


def sent_so_far(before: int, progress: object) -> int:
    """The bytes a run has sent, ``before`` updated by one progress report: a run stopped
    with Cancel records what it had sent (its progress is all that is known at the stop)."""
    if getattr(progress, "phase", "") in UPLOAD_PHASES and \
            getattr(progress, "unit", "bytes") == "bytes":
        return max(before, int(getattr(progress, "done_bytes", 0) or 0))
    return before


class SentCounter:
    """Counts what a run sends, from its progress reports on the worker thread (the reports
    reaching the GUI are coalesced: the last upload report before a stop may never arrive)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._value = 0

    @property
    def value(self) -> int:
        with self._lock:
            return self._value

    def wrap(self, progress: Callable[[Any], None]) -> Callable[[Any], None]:
        """``progress``, counting each report first."""
        def report(p: Any) -> None:
            with self._lock:
                self._value = sent_so_far(self._value, p)
            progress(p)
        return report


def history_file() -> Path:
    """``history.jsonl`` in the user data dir (in the config dir when that is overridden)."""
    from ..device.settings import CONFIG_ENV, config_dir

    if os.environ.get(CONFIG_ENV):
        return config_dir() / "history.jsonl"
    return Path(platformdirs.user_data_dir("backupgui", appauthor=False)) / "history.jsonl"


class History:
    """Append and read runs. Thread-safe within a process; appends are single writes."""

    def __init__(self, path: Path | None = None, max_entries: int = 500) -> None:
        self._path = path
        self.max_entries = max_entries
        self._lock = threading.Lock()

    @property
    def path(self) -> Path:
        return self._path or history_file()

    def append(self, entry: HistoryEntry) -> None:
        """Add a run (one ``O_APPEND`` write, so CLI and app can both append)."""
        path = self.path
        data = (entry.to_json() + "\n").encode("utf-8")
        with self._lock:
            # Owner-only, its folder and the missing ones above it too: the runs' warnings
            # and failures name attachments and chats.
            private_dir(path.parent)
            # (O_NONBLOCK: a FIFO at its name must not hold the append for ever; the file
            # is then checked to be a regular one)
            fd = open_private(path, os.O_WRONLY | os.O_APPEND | getattr(os, "O_NONBLOCK", 0))
            try:
                if not stat.S_ISREG(os.fstat(fd).st_mode):
                    raise NotRegularFile(str(path))
                os.write(fd, data)
            finally:
                os.close(fd)
            try:
                if path.stat().st_size > self.max_entries * 2 * 400:
                    self._trim(path)
            except OSError as exc:
                log.warning("could not trim the run history: %s", type(exc).__name__)

    def _trim(self, path: Path) -> None:
        lines = read_regular(path, MAX_READ, tail=True).decode("utf-8", "replace").splitlines()
        if len(lines) <= self.max_entries:
            return
        tmp = path.with_name(path.name + ".tmp")
        write_private(tmp, ("\n".join(lines[-self.max_entries:]) + "\n").encode("utf-8"))
        os.replace(tmp, path)

    def load(self, limit: int | None = None) -> list[HistoryEntry]:
        """Runs, oldest first (the newest ``limit`` if given); bad lines are skipped."""
        with self._lock:
            try:
                # (the newest MAX_READ bytes of a regular file, never waited on: another
                # program may have put a FIFO, a device or a huge file at its name)
                text = read_regular(self.path, MAX_READ, tail=True).decode("utf-8", "replace")
            except FileNotFoundError:
                return []
            except (OSError, NotRegularFile) as exc:
                log.warning("cannot read the run history: %s", type(exc).__name__)
                return []
        out: list[HistoryEntry] = []
        bad = 0
        for line in text.splitlines():
            if not line.strip():
                continue
            try:
                out.append(HistoryEntry.from_json(line))
            except (ValueError, KeyError, TypeError, RecursionError):  # (RecursionError:
                bad += 1  # a line nested deeper than Python parses)
        if bad:
            log.warning("skipped %d unreadable lines of the run history", bad)
        out.sort(key=lambda e: e.time)
        return out[-limit:] if limit else out

    def clear(self) -> None:
        with self._lock:
            self.path.unlink(missing_ok=True)
