"""Progress reports and cancellation shared by every long-running job.

A job is a plain function of a typed request that calls ``progress(Progress)`` from time to
time and calls ``token.checkpoint()`` often; both front ends (CLI and GUI) use the same types.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from .errors import CancelledError


@dataclass(frozen=True, slots=True)
class Progress:
    """A snapshot of a job's progress. ``total_bytes`` is 0 while unknown.

    ``unit`` says what ``done_bytes``/``total_bytes`` count: "bytes" (almost always) or
    "chats" while messages are being packed. ``retry`` is set while the destination is
    being tried again: (the attempt coming, the attempts there are, whether it answered).
    """

    phase: str
    done_bytes: int = 0
    total_bytes: int = 0
    item: str = ""
    unit: str = "bytes"
    retry: tuple[int, int, bool] | None = None


ProgressFn = Callable[[Progress], None]


def no_progress(_: Progress) -> None:
    """A progress callback that ignores reports."""


class CancelToken:
    """Lets another thread cancel, pause and resume a running job."""

    def __init__(self) -> None:
        self._cancelled = threading.Event()
        self._running = threading.Event()
        self._running.set()
        self._callbacks: list[Callable[[], None]] = []
        self._lock = threading.Lock()

    def cancel(self) -> None:
        with self._lock:
            self._cancelled.set()
            callbacks = list(self._callbacks)
        self._running.set()  # a paused job must wake up to notice
        for fn in callbacks:  # e.g. shut down the job's network requests (netguard.Scope)
            fn()

    def on_cancel(self, fn: Callable[[], None]) -> Callable[[], None]:
        """Call ``fn`` (on the cancelling thread) when the job is cancelled, at once if it
        is already; returns the function that removes ``fn`` again."""
        with self._lock:
            now = self._cancelled.is_set()
            if not now:
                self._callbacks.append(fn)
        if now:
            fn()

        def remove() -> None:
            with self._lock:
                if fn in self._callbacks:
                    self._callbacks.remove(fn)

        return remove

    def pause(self) -> None:
        self._running.clear()

    def resume(self) -> None:
        self._running.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    def checkpoint(self) -> None:
        """Block while paused; raise ``CancelledError`` once cancelled."""
        self._running.wait()
        if self._cancelled.is_set():
            raise CancelledError("The job was cancelled.")


@contextlib.contextmanager
def stops(token: CancelToken, target: object) -> Iterator[None]:
    """While inside: cancelling ``token`` also calls ``target.interrupt()`` (a destination:
    its network requests end at once instead of at their next byte)."""
    interrupt = getattr(target, "interrupt", None)
    remove = token.on_cancel(interrupt) if callable(interrupt) else (lambda: None)
    try:
        yield
    finally:
        remove()
