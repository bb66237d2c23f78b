"""What the restore's message check spends its CPU on, part by part, on one core.

    PYTHONPATH=TREE python -m bench.check_parts DEST KEY_FILE [--repeat 3]

Reads every message blob of the newest backup in the folder DEST (authenticated and
decrypted, as the restore reads them), then times each part of the check over all of them
in this thread, best of ``--repeat``: zstd decompression, the SHA-256 behind the keyed name,
the RE2 match of the canonical form, the ``ts`` scan, the attachment search, and
``check_text_block`` whole. Prints CPU seconds, per blob, per message and per MB of JSON,
and which parts hold the GIL (those crowd the job thread and the other checker).
"""

from __future__ import annotations

import argparse
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
from backupgui.format.textstore import stored_plaintext
from backupgui.jobs import CancelToken, no_progress

R = sys.modules["backupgui.engine.restore"]


def main(argv: list[str] | None = None) -> int:
    import hashlib

    ap = argparse.ArgumentParser(prog="python -m bench.check_parts")
    ap.add_argument("dest")
    ap.add_argument("key_file", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    key = RawKey(key_from_text(args.key_file.read_text()))
    req = RestoreRequest(open_destination(args.dest), Path(os.devnull), key)
    repo, man, index, chats = R._open(req, no_progress)
    plan = R._plan(man, index, chats)
    t0 = time.process_time()
    stored = [(e.comp, bytes(s)) for e, s in R._stored_text_blobs(repo, plan, ReadCounter(),
                                                                  CancelToken())]
    read_s = time.process_time() - t0
    raws = [stored_plaintext(s, c, manifest.MAX_TEXT_BLOB) for c, s in stored]
    n, mb = len(raws), sum(map(len, raws)) / 1e6
    messages = sum(t.messages for c in chats for t in c.text_blobs)
    print(f"{n} blobs, {messages} messages, {mb:.1f} MB of JSON, "
          f"{sum(len(s) for _, s in stored) / 1e6:.1f} MB stored")

    def part(name: str, gil: str, fn, data) -> None:
        best = float("inf")
        for _ in range(args.repeat):
            c0 = time.process_time()
            for x in data:
                fn(x)
            best = min(best, time.process_time() - c0)
        print(f"  {name:38s} {best:6.3f} CPU s  {best / n * 1e3:6.3f} ms/blob  "
              f"{best / messages * 1e6:6.3f} us/message  {best / mb * 1e3:5.2f} ms/MB  GIL {gil}")

    print(f"  {'reading and AES-GCM (once)':38s} {read_s:6.3f} CPU s")
    part("zstd decompression", "released", lambda cs: stored_plaintext(cs[1], cs[0], 1 << 28), stored)
    part("SHA-256 of the plaintext", "released", lambda r: hashlib.sha256(r).digest(), raws)
    part("RE2 match of the canonical form", "released", canonical._BLOB.fullmatch, raws)
    part("ts scan (count, first, last, order)", "held", manifest._scan_times, raws)
    part("attachments", "held", lambda r: canonical.canonical_attachments(r, ""), raws)
    part("check_text_block, whole", "partly", manifest.check_text_block, raws)
    return 0


if __name__ == "__main__":
    sys.exit(main())
