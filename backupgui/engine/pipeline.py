"""Small threading helpers that let reading, hashing, encryption and writing overlap.

Hashing, AES-GCM, file reads and writes all release the GIL, so running them on separate
threads uses both cores without processes.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")

_STOP = object()


class BackgroundSink:
    """Calls ``sink(data)`` on a helper thread, in order, with a bounded queue: at most
    ``depth`` items, and with ``max_bytes`` at most that many bytes of items queued or being
    handled (an item always gets in when nothing else is there). A month of a busy chat can
    be a 12 MB blob: a bound by items alone would let the memory grow with the library."""

    def __init__(self, sink: Callable[[bytes], None], depth: int = 4,
                 max_bytes: int | None = None) -> None:
        self._sink = sink
        self._q: queue.Queue = queue.Queue(maxsize=depth)
        self._error: BaseException | None = None
        self._max_bytes = max_bytes
        self._bytes = 0  # of items queued or being handled (with max_bytes)
        self._cv = threading.Condition()
        self._t = threading.Thread(target=self._run, name="backupgui-writer", daemon=True)
        self._t.start()

    def _run(self) -> None:
        while True:
            item = self._q.get()
            if item is _STOP:
                return
            data, size = item
            if self._error is None:
                try:
                    self._sink(data)
                except BaseException as exc:  # surfaced to the producer on its next call
                    self._error = exc
            del data, item  # (not held while waiting for the next one)
            if self._max_bytes is not None:
                with self._cv:
                    self._bytes -= size
                    self._cv.notify_all()

    def __call__(self, data, size: int | None = None) -> None:
        """Queue ``data``; ``size`` is what it counts against ``max_bytes`` (``len(data)``
        unless given)."""
        if self._error is not None:
            raise self._error
        n = 0
        if self._max_bytes is not None:
            n = len(data) if size is None else size
            with self._cv:
                while self._bytes and self._bytes + n > self._max_bytes and self._error is None:
                    self._cv.wait(0.1)
                self._bytes += n
        self._q.put((data, n))

    def close(self) -> None:
        """Wait until everything is written; re-raise a write error."""
        self._q.put(_STOP)
        self._t.join()
        if self._error is not None:
            raise self._error


class Committer:
    """Finishes packs (flush, fsync/upload, rename) on ``workers`` helper threads, with at
    most ``max_pending`` waiting, so the next pack is encrypted meanwhile."""

    def __init__(self, max_pending: int = 2, workers: int = 1) -> None:
        self._pool = ThreadPoolExecutor(max_workers=max(1, workers),
                                        thread_name_prefix="backupgui-commit")
        self._pending: list[Future] = []
        self._max = max(max_pending, workers)
        self.results: list[object] = []
        self._lock = threading.Lock()

    def submit(self, fn: Callable[[], object]) -> None:
        """Queue ``fn``; blocks while too many are pending. Safe from several threads."""
        with self._lock:
            self._pending.append(self._pool.submit(fn))
            while len(self._pending) > self._max:
                self.results.append(self._pending.pop(0).result())

    def wait(self) -> list[object]:
        """Wait for all submitted work; return every result in order; re-raise the first error."""
        try:
            while self._pending:
                self.results.append(self._pending.pop(0).result())
        finally:
            self._pool.shutdown(wait=True)
        return self.results

    def abandon(self) -> None:
        """Let submitted work finish (errors ignored) and release the thread."""
        for f in self._pending:
            try:
                f.result()
            except BaseException:
                pass
        self._pending.clear()
        self._pool.shutdown(wait=True)


def prefetch(source: Iterator[T], depth: int = 4) -> Iterator[T]:
    """Iterate ``source`` on a helper thread, ``depth`` items ahead (e.g. downloads)."""
    q: queue.Queue = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def run() -> None:
        try:
            for item in source:
                while not stop.is_set():
                    try:
                        q.put((True, item), timeout=0.1)
                        break
                    except queue.Full:
                        continue
                if stop.is_set():
                    return
            q.put((False, None))
        except BaseException as exc:  # handed to the consumer
            q.put((False, exc))

    t = threading.Thread(target=run, name="backupgui-prefetch", daemon=True)
    t.start()
    try:
        while True:
            ok, item = q.get()
            if not ok:
                if item is not None:
                    raise item
                return
            yield item
    finally:
        stop.set()
        t.join(timeout=5)
