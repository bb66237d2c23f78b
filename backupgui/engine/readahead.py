"""Read files on a helper thread so disk reads and hashing overlap encryption."""

from __future__ import annotations

import hashlib
import queue
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

CHUNK = 1 << 20
_DEPTH = 8  # chunks in flight: bounds memory to ~8 MiB
_END = object()


@dataclass
class FileItem:
    """One file: iterate ``chunks`` fully before taking the next item; then ``sha256`` holds
    the hex digest of the bytes read (computed on the reading thread)."""

    path: Path
    error: OSError | None
    chunks: Iterator[bytes]
    sha256: str = ""


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
            h = hashlib.sha256()
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
                    h.update(data)
                    if not put(data):
                        return
            if not put((_END, h.hexdigest())):
                return

    t = threading.Thread(target=worker, name="backupgui-readahead", daemon=True)
    t.start()

    def body(item: FileItem) -> Iterator[bytes]:
        while True:
            x = q.get()
            if isinstance(x, tuple) and x[0] is _END:
                item.sha256 = x[1]
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
                item = FileItem(p, None, iter(()))
                item.chunks = body(item)
                yield item
    finally:
        stop.set()
        t.join(timeout=5)
