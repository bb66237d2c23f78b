"""Read files on a helper thread so disk reads and hashing overlap encryption."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from .pipeline import prefetch

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


def _read(paths: Sequence[Path], chunk: int) -> Iterator[object]:
    """Per file: an OSError (cannot open), or None, the chunks and (_END, digest); a read
    error part-way is yielded in place of the rest of that file."""
    for p in paths:
        try:
            fh = open(p, "rb", buffering=0)
        except OSError as exc:
            yield exc
            continue
        h = hashlib.sha256()
        with fh:
            yield None
            while True:
                try:
                    data = fh.read(chunk)
                except OSError as exc:
                    yield exc
                    break
                if not data:
                    yield (_END, h.hexdigest())
                    break
                h.update(data)
                yield data


def read_files(paths: Sequence[Path], chunk: int = CHUNK) -> Iterator[FileItem]:
    """Yield the files in order, their bytes read (and hashed) ahead on a helper thread."""
    stream = prefetch(_read(paths, chunk), depth=_DEPTH)

    def body(item: FileItem) -> Iterator[bytes]:
        for x in stream:
            if isinstance(x, tuple) and x[0] is _END:
                item.sha256 = x[1]
                return
            if isinstance(x, OSError):
                raise x
            yield x  # type: ignore[misc]

    try:
        for p in paths:
            head = next(stream)
            if isinstance(head, OSError):
                yield FileItem(p, head, iter(()))
            else:
                item = FileItem(p, None, iter(()))
                item.chunks = body(item)
                yield item
    finally:
        stream.close()
