"""Read files on a helper thread so disk reads and hashing overlap encryption."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

CHUNK = 1 << 20
_DEPTH = 16  # chunks in flight: bounds memory to ~16 MiB
_END = object()


@dataclass
class FileItem:
    """One file: iterate ``chunks`` fully before taking the next item."""

    path: Path
    error: OSError | None
    chunks: Iterator[bytes]


def read_files(paths: Sequence[Path], chunk: int = CHUNK) -> Iterator[FileItem]:
    """Yield the files in order, their bytes read ahead by one background thread."""
    q: queue.Queue = queue.Queue(maxsize=_DEPTH)
    stop = threading.Event()

    def put(x: object) -> bool:
        while not stop.is_set():
            try:
                q.put(x, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def worker() -> None:
        for p in paths:
            try:
                fh = open(p, "rb", buffering=0)
            except OSError as exc:
                if not put(exc):
                    return
                continue
            with fh:
                if not put(None):  # file opened
                    return
                while True:
                    try:
                        data = fh.read(chunk)
                    except OSError as exc:
                        put(exc)
                        return
                    if not data:
                        break
                    if not put(data):
                        return
            if not put(_END):
                return

    t = threading.Thread(target=worker, name="backupgui-readahead", daemon=True)
    t.start()

    def body() -> Iterator[bytes]:
        while True:
            x = q.get()
            if x is _END:
                return
            if isinstance(x, OSError):
                raise x
            yield x

    try:
        for p in paths:
            head = q.get()
            if isinstance(head, OSError):
                yield FileItem(p, head, iter(()))
            else:
                yield FileItem(p, None, body())
    finally:
        stop.set()
        t.join(timeout=5)
