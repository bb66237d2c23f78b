"""The restore's message stage alone, for instruction counts and CPU on one core.

    PYTHONPATH=TREE python bench/message_stage.py DEST KEY_FILE

Every message blob of the newest backup in the folder DEST read, authenticated, checked and
handed out in pack order by ``engine/restore.py:_decoded_text_blobs``, as for a restore into
an empty library (no SQLite, no media). Prints the blobs, wall and CPU seconds. Run under a
CPU simulator (``valgrind --tool=callgrind --callgrind-out-file=/dev/null``) for its
instruction count, or pinned to one core (``taskset -c 0``) for CPU without parallelism.
"""

from __future__ import annotations

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
from backupgui.jobs import CancelToken, no_progress

R = sys.modules["backupgui.engine.restore"]


def main() -> None:
    dest, key_file = sys.argv[1], sys.argv[2]
    key = RawKey(key_from_text(Path(key_file).read_text()))
    req = RestoreRequest(open_destination(dest), Path(os.devnull), key)
    repo, manifest, index, chats = R._open(req, no_progress)
    plan = R._plan(manifest, index, chats)
    plan.fresh = {c.id for c in chats}
    c0, t0 = os.times(), time.perf_counter()
    n = sum(1 for _ in R._decoded_text_blobs(repo, plan, ReadCounter(), CancelToken()))
    c1 = os.times()
    print(f"{n} blobs, {time.perf_counter() - t0:.3f} s, "
          f"{c1.user - c0.user + c1.system - c0.system:.3f} CPU s")


if __name__ == "__main__":
    main()
