"""Progress reports and cancellation shared by every long-running job.

A job is a plain function of a typed request that calls ``progress(Progress)`` from time to
time and calls ``token.checkpoint()`` often; both front ends (CLI and GUI) use the same types.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from .errors import CancelledError


@dataclass(frozen=True, slots=True)
class Progress:
    """A snapshot of a job's progress. ``total_bytes`` is 0 while unknown.

    ``unit`` says what ``done_bytes``/``total_bytes`` count: "bytes" (almost always) or
    "chats" while messages are being packed.
    """

    phase: str
    done_bytes: int = 0
    total_bytes: int = 0
    item: str = ""
    unit: str = "bytes"


ProgressFn = Callable[[Progress], None]


def no_progress(_: Progress) -> None:
    """A progress callback that ignores reports."""


class CancelToken:
    """Lets another thread cancel, pause and resume a running job."""

    def __init__(self) -> None:
        self._cancelled = threading.Event()
        self._running = threading.Event()
        self._running.set()

    def cancel(self) -> None:
        self._cancelled.set()
        self._running.set()  # a paused job must wake up to notice

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
