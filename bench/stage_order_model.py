"""What head-of-line waits can cost the restore's message stage: a model from measured parts.

    PYTHONPATH=TREE python -m bench.stage_order_model DEST KEY_FILE [--repeat 3] [--places 6]
                                                      [--bytes N] [--scale 10]

Reads every message blob of the newest backup in the folder DEST, then times on this one
thread, per blob and best of ``--repeat``, the parts of its check that release the GIL
(zstd, SHA-256, RE2's match) and the parts that hold it (the ``ts`` scan, the attachment
search). It then plays the stage on two ideal cores with two checkers that take blobs in
pack order, each check its GIL-free part and then its GIL-holding part (one checker at a
time holds the GIL), and a job thread that takes no time:

* ``ordered``: the job thread takes the blobs in pack order; a checker takes the next blob
  only while fewer than ``--places`` are taken and not yet handed over (the stage before
  phase 11);
* ``ahead``: the job thread takes any checked blob at once (phase 11, every month of a chat
  new to the library).

Prints each one's wall time, its share of two cores, and the checkers' time waiting for a
place. A model, not a measurement: it has no scheduler, no other process, no GIL hand-off
cost and no SQLite; it says how much of the stage's wall time the order alone can take on a
quiet machine, from CPU seconds measured here (which a loaded machine does not change much).
"""

from __future__ import annotations

import argparse
import hashlib
import heapq
import os
import sys
import time
from pathlib import Path

import backupgui.engine.restore  # noqa: F401  (the package exports a function of that name)
from backupgui.crypto.keys import key_from_text
from backupgui.crypto.material import RawKey
from backupgui.destinations.factory import open_destination
from backupgui.engine.packread import ReadCounter
from backupgui.engine.types import RestoreRequest
from backupgui.format import canonical, manifest
from backupgui.format.textstore import plaintext_size_hint, stored_plaintext
from backupgui.jobs import CancelToken, no_progress

R = sys.modules["backupgui.engine.restore"]


def _best(fn, x, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.thread_time()
        fn(x)
        best = min(best, time.thread_time() - t)
    return best


def play(free: list[float], held: list[float], places: int, ahead: bool,
         workers: int = 2, stored: list[int] | None = None, plain: list[int] | None = None,
         limit: int = 1 << 62) -> tuple[float, float]:
    """(wall seconds, checkers' seconds waiting for a place) of the stage, as above; with
    ``stored`` and ``plain`` (bytes per blob) also the byte bound ``limit``: a blob holds
    both while it is checked, then its stored bytes until it is handed over (a month kept
    as a block), and one is taken only while the bytes fit or nothing is taken."""
    n = len(free)
    stored = stored or [0] * n
    plain = plain or [0] * n
    now = 0.0
    nxt = 0  # the next blob to take, in pack order
    head = 0  # ordered: the next blob the job thread takes
    done = [False] * n
    taken = 0  # taken and not handed over
    holding = 0  # their bytes
    gil_free_at = 0.0
    idle: list[int] = list(range(workers))  # checkers waiting for work or a place
    idle_since = dict.fromkeys(idle, 0.0)
    waited = 0.0
    events: list[tuple[float, int, int, int]] = []  # (time, kind 0 free done / 1 held done, worker, blob)

    def start(t: float) -> None:
        nonlocal nxt, taken, waited, holding
        while idle and nxt < n and (not taken or (
                taken < places and holding + stored[nxt] + plain[nxt] <= limit)):
            w = idle.pop(0)
            waited += t - idle_since.pop(w)
            heapq.heappush(events, (t + free[nxt], 0, w, nxt))
            holding += stored[nxt] + plain[nxt]
            nxt += 1
            taken += 1

    start(0.0)
    while events:
        now, kind, w, b = heapq.heappop(events)
        if kind == 0:  # its GIL-free part is done: the GIL-holding part, when the GIL is free
            begin = max(now, gil_free_at)
            gil_free_at = begin + held[b]
            heapq.heappush(events, (gil_free_at, 1, w, b))
            continue
        done[b] = True
        holding -= plain[b]
        if ahead:
            taken -= 1
            holding -= stored[b]
        else:
            while head < n and done[head]:
                holding -= stored[head]
                head += 1
                taken -= 1
        idle.append(w)
        idle_since[w] = now
        start(now)
    return now, waited  # (a checker idle at the end is never started again: not counted)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.stage_order_model")
    ap.add_argument("dest")
    ap.add_argument("key_file", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--places", type=int, default=2 * R._CHECK_WORKERS + 2)
    ap.add_argument("--bytes", type=int, default=R._MESSAGE_BYTES, help="the byte bound")
    ap.add_argument("--scale", type=int, default=1,
                    help="every blob's CPU and bytes times this: the 10 GiB bench set has the "
                         "1 GiB set's 50 chats and 1,800 months, each ~10x as large")
    args = ap.parse_args(argv)
    key = RawKey(key_from_text(args.key_file.read_text()))
    req = RestoreRequest(open_destination(args.dest), Path(os.devnull), key)
    repo, man, index, chats = R._open(req, no_progress)
    plan = R._plan(man, index, chats)
    stored = [(e.comp, bytes(s)) for e, s in R._stored_text_blobs(repo, plan, ReadCounter(),
                                                                  CancelToken())]
    free, held, sizes, plain = [], [], [], []
    for comp, s in stored:
        raw = stored_plaintext(s, comp, manifest.MAX_TEXT_BLOB)
        sizes.append(len(s) * args.scale)
        plain.append(plaintext_size_hint(s, comp) * args.scale)
        free.append(_best(lambda cs: stored_plaintext(cs[1], cs[0], manifest.MAX_TEXT_BLOB),
                          (comp, s), args.repeat)
                    + _best(lambda r: hashlib.sha256(r).digest(), raw, args.repeat)
                    + _best(canonical._BLOB.fullmatch, raw, args.repeat))
        held.append(_best(manifest._scan_times, raw, args.repeat)
                    + _best(lambda r: canonical.canonical_attachments(r, ""), raw, args.repeat))
    free = [x * args.scale for x in free]
    held = [x * args.scale for x in held]
    cpu = sum(free) + sum(held)
    print(f"{len(free)} blobs (x{args.scale}): {sum(free):.3f} CPU s without the GIL, "
          f"{sum(held):.3f} s holding it (largest blob "
          f"{max(f + h for f, h in zip(free, held, strict=True)) * 1e3:.1f} ms, "
          f"{max(p + s for p, s in zip(plain, sizes, strict=True)) / 1e6:.1f} MB with its plaintext)")
    for name, ahead in (("ordered", False), ("ahead", True)):
        for bound, limit in (("no byte bound", 1 << 62), (f"{args.bytes / (1 << 20):g} MiB", args.bytes)):
            wall, waited = play(free, held, args.places, ahead, 2, sizes, plain, limit)
            print(f"  {name:8s} places={args.places}, {bound:13s}: wall {wall:.3f} s, "
                  f"{cpu / wall / 2:.0%} of two cores, checkers waiting for a place {waited:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
