"""Small threading helpers that let reading, hashing, encryption and writing overlap.

Hashing, AES-GCM, file reads and writes all release the GIL, so running them on separate
threads uses both cores without processes.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_EXCEPTION, Future, ThreadPoolExecutor
from concurrent.futures import wait as futures_wait
from typing import TypeVar

T = TypeVar("T")


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
        #: Bytes of the packs submitted so far (what the uploads have to send, about).
        self.queued_bytes = 0

    def submit(self, fn: Callable[[], object], size: int = 0) -> None:
        """Queue ``fn`` (finishing ``size`` bytes); blocks while too many are pending. Safe
        from several threads."""
        with self._lock:
            self.queued_bytes += size
            self._pending.append(self._pool.submit(fn))
            while len(self._pending) > self._max:
                self.results.append(self._pending.pop(0).result())

    def busy(self, timeout: float) -> bool:
        """Whether submitted work is still running after waiting up to ``timeout`` s for it
        (a failure ends the wait: ``wait`` re-raises it)."""
        with self._lock:
            pending = list(self._pending)
        done, not_done = futures_wait(pending, timeout, return_when=FIRST_EXCEPTION)
        return bool(not_done) and not any(f.exception() is not None for f in done)

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
