"""Blobs checked on threads of their own, handed out in the order they were read.

The restore and verify share this: a helper thread reads message packs (each segment
authenticated before its bytes are used), each blob is checked on one of ``workers`` checker
threads (zstd, SHA-256 and RE2 release the GIL, so the checks of one pack use both cores),
and the caller gets the results in read order, so the first damaged blob in that order is
the one reported. What is read and not yet handed back is bounded by bytes (``ByteBudget``),
whatever the size of a month.
"""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

K = TypeVar("K")
D = TypeVar("D")
R = TypeVar("R")


class ByteBudget:
    """Bytes a stage holds, bounded: ``take`` waits while what is held plus the new bytes
    would pass ``limit`` bytes or ``items`` items (an item always gets in when nothing is
    held, so a blob larger than the limit goes alone); ``give`` returns bytes (a negative
    amount takes more without waiting: a blob larger than its estimate)."""

    def __init__(self, limit: int, items: int) -> None:
        self.limit, self.items = limit, items
        self.held = self.count = 0
        self.peak = 0  # the most held at once (tests, measurements)
        self._cv = threading.Condition()

    def take(self, n: int, stop: threading.Event) -> bool:
        """Take ``n`` bytes for one item; False if ``stop`` was set meanwhile."""
        with self._cv:
            while self.count and (self.held + n > self.limit or self.count >= self.items):
                if stop.is_set():
                    return False
                self._cv.wait(0.1)
            self.held += n
            self.count += 1
            self.peak = max(self.peak, self.held)
            return True

    def give(self, n: int, item_done: bool = False) -> None:
        with self._cv:
            self.held -= n
            self.count -= item_done
            self.peak = max(self.peak, self.held)
            self._cv.notify_all()


_DONE = object()


def checked_in_order(read: Callable[[], Iterable[tuple[K, D, int]]],
                     check: Callable[[K, D], tuple[R, int]], budget: ByteBudget, workers: int,
                     names: tuple[str, str]) -> Iterator[tuple[K, R]]:
    """``check`` every item ``read()`` yields, on ``workers`` threads, and yield
    ``(key, result)`` in read order.

    ``read()`` runs on a helper thread and yields ``(key, data, n)``: ``n`` bytes are taken
    from ``budget`` before the item is handed to a checker (the reader waits for them).
    ``check(key, data)`` returns its result and the bytes that result still holds; the rest
    of ``n`` is given back at once, those once the caller asks for the next item. An error
    of ``read()`` is raised in its place in the order; an error of ``check`` when its item's
    turn comes. Closing the generator early stops the reader and the checkers (at most the
    checks under way finish). ``names``: the reader's thread name and the checkers' prefix.
    """
    stop = threading.Event()
    ready: queue.SimpleQueue = queue.SimpleQueue()  # (key, future) in read order, or the end
    pool = ThreadPoolExecutor(workers, thread_name_prefix=names[1])

    def run(key: K, data: D, n: int) -> tuple[R, int]:
        result, now = check(key, data)  # (an error ends the stage: nothing to give back)
        budget.give(n - now)
        return result, now

    def reader() -> None:
        try:
            for key, data, n in read():
                if not budget.take(n, stop):
                    return
                ready.put((key, pool.submit(run, key, data, n)))
                del data
            ready.put((_DONE, None))
        except BaseException as exc:  # handed to the caller, in its place in the order
            ready.put((_DONE, exc))

    thread = threading.Thread(target=reader, name=names[0], daemon=True)
    thread.start()
    try:
        while True:
            key, fut = ready.get()
            if key is _DONE:
                if fut is not None:
                    raise fut
                return
            result, held = fut.result()
            del fut
            yield key, result
            del result  # the caller is done with it (the restore: SQLite has it)
            budget.give(held, item_done=True)
    finally:
        stop.set()
        while thread.is_alive():
            with contextlib.suppress(queue.Empty):  # (no use checking the rest)
                _, fut = ready.get(timeout=0.05)
                if isinstance(fut, Future):
                    fut.cancel()
        thread.join()
        pool.shutdown(wait=True, cancel_futures=True)
