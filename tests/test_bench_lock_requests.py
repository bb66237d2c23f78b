"""``bench.lock_requests`` end to end in a subprocess on a few backups: the same backup on
the Drive emulator with the set's locks and without; what the locks add is a shared lock
(written, ``locks/`` listed, deleted) and, for the retention that consolidates the indexes or
deletes backups, an exclusive one (the same three), and one download less: the shared lock's
listing also lists the set's config with its checksum, so the backup does not read it again
under the lock (docs/PERFORMANCE.md, "Lock requests")."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.timeout(180)
def test_lock_requests_bench_counts_what_locks_add(tmp_path):
    out = tmp_path / "requests.json"
    proc = subprocess.run(
        [sys.executable, "-m", "bench.lock_requests", "--backups", "3", "--json", str(out)],
        cwd=REPO, env=dict(os.environ, PYTHONPATH=str(REPO)), capture_output=True, text=True,
        timeout=170)
    assert proc.returncode == 0, proc.stderr[-2000:]
    counts = json.loads(out.read_text())["counts"]
    for op in ("backup", "retention"):
        on, off = counts[op]["locks"], counts[op]["no-locks"]
        added = {k: on.get(k, 0) - off.get(k, 0) for k in set(on) | set(off)
                 if k not in ("total", "start")}
        # two locks, each: one upload, one listing of locks/, one delete by its id; the
        # config not read again under the backup's lock (its listing vouched for it)
        assert {k: v for k, v in added.items() if v} == {
            "upload-simple": 2, "list": 2, "delete": 2, "media": -1}, (op, added)
        assert on["total"] - off["total"] == 5
        assert "lookup" not in on  # (a lock is deleted by its id, never looked up by name)
    assert "locks add 5 requests" in proc.stdout
