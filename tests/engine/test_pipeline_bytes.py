"""``BackgroundSink`` bounded by bytes: what waits or is being handled stays within the
limit (plus one item when nothing else is there), whatever the number of items; an error
on the helper thread reaches the producer, which never blocks on a dead sink."""

from __future__ import annotations

import threading
import time

import pytest

from backupgui.engine.pipeline import BackgroundSink


def test_bytes_in_flight_stay_within_the_limit():
    held = 0
    peak = 0
    lock = threading.Lock()
    out: list[int] = []

    def slow(item: tuple[int, bytes]) -> None:
        time.sleep(0.01)
        out.append(item[0])

    sink = BackgroundSink(slow, depth=100, max_bytes=3 << 20)
    for i in range(20):
        data = bytes(1 << 20)
        sink((i, data), len(data))
        with lock:
            held = sink._bytes  # bytes queued or being handled right after the put
            peak = max(peak, held)
    sink.close()
    assert out == list(range(20))
    assert peak <= 3 << 20


def test_an_item_larger_than_the_limit_still_goes_through_alone():
    seen: list[int] = []
    sink = BackgroundSink(lambda item: seen.append(len(item)), depth=4, max_bytes=10)
    for n in (5, 50, 5):
        sink(bytes(n))
    sink.close()
    assert seen == [5, 50, 5]


def test_an_error_on_the_helper_thread_reaches_the_producer():
    def failing(item: bytes) -> None:
        raise OSError(28, "No space left on device")

    sink = BackgroundSink(failing, depth=4, max_bytes=4)
    with pytest.raises(OSError):
        for _ in range(100):  # never stuck waiting for room the dead sink will not free
            sink(bytes(3))
            time.sleep(0.005)
    with pytest.raises(OSError):
        sink.close()
