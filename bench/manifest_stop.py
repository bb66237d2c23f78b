"""How long Stop may wait while the restore wizard reads a picked backup's chat list: the
longest CPU time between two checks of the cancel token in ``backup_chats`` for a manifest of
many chats (each with two participants and twelve months of message blobs).

    python -m bench.manifest_stop [--chats 100000] [--json FILE]

Plants one authentic manifest in a temporary folder destination, reads it with a token that
records ``time.thread_time()`` at every check, and prints the number of checks, the read's
CPU time and the five longest gaps with where they were. Run it from two trees (paired,
alternating) to compare revisions: ``PYTHONPATH=<tree> python -m bench.manifest_stop``.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
import traceback
from datetime import UTC, datetime


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--chats", type=int, default=100_000)
    ap.add_argument("--json", default="")
    args = ap.parse_args()

    from backupgui.crypto.material import RawKey
    from backupgui.destinations.folder import FolderDestination
    from backupgui.engine import snapshots as S
    from backupgui.engine.repository import Repo, snapshot_name
    from backupgui.format.manifest import ChatEntry, Manifest, TextBlobRef, Totals, created_fields
    from backupgui.jobs import CancelToken
    from backupgui.library.model import Participant

    key, n, months = RawKey(bytes(range(32))), args.chats, 12

    class Spy(CancelToken):
        def __init__(self) -> None:
            super().__init__()
            self.marks: list[tuple[float, str]] = []

        def checkpoint(self) -> None:
            where = " < ".join(f"{f.name}:{f.lineno}"
                               for f in reversed(traceback.extract_stack(limit=4)[:-1]))
            self.marks.append((time.thread_time(), where))
            super().checkpoint()

    with tempfile.TemporaryDirectory(prefix="bench-manifest-stop-") as tmp:
        dest = FolderDestination(tmp)
        repo = Repo.create(dest, key)
        when = datetime(2026, 1, 1, tzinfo=UTC)
        created, ms = created_fields(when)
        chats = tuple(
            ChatEntry(f"chat-{i:07d}", f"Name {i}", "direct", "test", None,
                      (Participant("me", "Me", True), Participant(f"p{i}", f"P {i}")),
                      3 * months, 0, 0, None,
                      tuple(TextBlobRef(f"{i * 100 + m:064x}", f"2025-{m + 1:02d}", 3)
                            for m in range(months)))
            for i in range(n))
        sid = snapshot_name(when)
        stored = repo.write_manifest(Manifest(sid, repo.set_id, created, ms, "laptop",
                                              "backupgui bench", True, chats, (), (),
                                              Totals(n, n * months * 3, 0, 0, 0, 0), seq=1))
        del chats
        token = Spy()
        start = time.thread_time()
        S.backup_chats(dest, key, repo.set_id, sid, lambda _p: None, token)
        end = time.thread_time()
    marks = [(start, "start"), *token.marks, (end, "end")]
    gaps = sorted(((b[0] - a[0], a[1], b[1]) for a, b in zip(marks, marks[1:], strict=False)),
                  reverse=True)
    result = {"chats": n, "stored_bytes": stored, "checks": len(token.marks),
              "cpu_s": round(end - start, 3), "longest_gaps_s": [
                  {"s": round(g, 3), "from": a, "to": b} for g, a, b in gaps[:5]]}
    print(json.dumps(result, indent=1))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(result, f, indent=1)


if __name__ == "__main__":
    main()
