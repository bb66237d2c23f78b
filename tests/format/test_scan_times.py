"""The canonical check reads a blob's ``ts`` values a window at a time (so a busy month's
list of times is not a third of the blob again): any window gives what one pass gives."""

from __future__ import annotations

import random

import pytest

from backupgui.format.manifest import _scan_times, _walk_text_blob, check_text_block


def _blob(times: list[int], text: str = "hi") -> bytes:
    msgs = ",".join(f'{{"id":"m{i}","kind":"text","sender":"a","text":"{text}","ts":{t}}}'
                    for i, t in enumerate(times))
    return f'{{"chat":"c","messages":[{msgs}],"month":"2023-11","v":1}}'.encode()


def _one_pass(raw: bytes) -> tuple:
    span: list[int] = []
    _walk_text_blob(raw, None, [], span)
    return (len(span), span[0] if span else None, span[-1] if span else None, span == sorted(span))


@pytest.mark.parametrize("seed", range(6))
def test_every_window_gives_what_one_pass_gives(seed):
    rnd = random.Random(seed)
    times = sorted(rnd.randrange(-10**12, 10**15) for _ in range(rnd.randrange(0, 60)))
    if seed % 2 and len(times) > 2:  # out of order somewhere, maybe across a window's edge
        i = rnd.randrange(1, len(times))
        times[i - 1], times[i] = times[i] + 1, times[i - 1]
    # Texts that look like a ts key (escaped quotes, braces) must not count.
    raw = _blob(times, text='x\\",\\"ts\\":5} }')
    want = _one_pass(raw)
    for window in (1, 2, 7, 40, 97, 1000, len(raw), len(raw) + 5):
        assert _scan_times(raw, window) == want, window
    b = check_text_block(raw)
    assert (b.count, b.first_ts, b.last_ts, b.ordered) == want


def test_an_order_broken_only_between_two_windows_is_found():
    raw = _blob([5, 6, 7, 3, 4])  # each window size puts the edge somewhere else
    for window in range(1, len(raw) + 2):
        assert _scan_times(raw, window) == (5, 5, 4, False)
