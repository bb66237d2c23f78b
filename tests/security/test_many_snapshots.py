"""Whoever holds K writes many large authentic manifests (each within FORMAT.md's bound).
Opening the set must not hold them all: ``Repo.snapshots()`` keeps one manifest whole (the
newest) and a small summary of each other one, and ``list``, backup's retention and the
restore wizard's overview read the others one at a time. Before the fix every manifest
stayed parsed (100,000 chats: 77 MiB each), so a few dozen exhausted memory.

Each case runs in a fresh process that measures the peak traced memory (``tracemalloc``)
of the operation and of parsing one of the manifests alone, so the bound is a ratio."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import backupgui
from backupgui.engine.repository import Repo, snapshot_name
from backupgui.format.manifest import ChatEntry, Manifest, Totals, created_fields

from .conftest import KEY

SNAPSHOTS = 8
CHATS = 20_000  # ~15 MiB parsed per manifest

_PROBE = r"""
import json, sys, tracemalloc
from backupgui.crypto.material import RawKey
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import snapshots as S
from backupgui.engine.repository import Repo
from backupgui.errors import DamagedBackupError

dest, key, what = FolderDestination(sys.argv[1]), RawKey(bytes.fromhex(sys.argv[2])), sys.argv[3]
repo = Repo.open(dest, key)
first = sorted(repo.snapshot_names())[0]
tracemalloc.start()
repo.load_manifest(first)
one = tracemalloc.get_traced_memory()[1]
tracemalloc.reset_peak()
outcome = "ok"
if what == "snapshots":
    s = Repo.open(dest, key).snapshots()
    outcome = f"{len(getattr(s, 'infos', None) or s.manifests)} snapshots, head seq {s.head.seq}"
elif what == "list":
    outcome = f"{len(S.list_authenticated(dest, key).backups)} listed"
elif what == "overview":
    S.MAX_CHAT_LIST_BYTES = int(sys.argv[4])
    try:
        outcome = f"{len(S.set_overview(dest, key, repo.set_id).backups)} backups"
    except DamagedBackupError as exc:
        outcome = "refused: " + str(exc)
print(json.dumps({"one": one, "peak": tracemalloc.get_traced_memory()[1], "outcome": outcome}))
"""


def _plant(dest) -> Repo:
    """SNAPSHOTS authentic manifests of CHATS chats each, every one with other chat ids."""
    repo = Repo.create(dest, KEY)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    prev = None
    for n in range(SNAPSHOTS):
        when = start + timedelta(minutes=n)
        created, created_ms = created_fields(when)
        chats = tuple(ChatEntry(f"chat-{n}-{i:06d}", f"Name {n} {i}", "direct", "test", None, (),
                                0, 0, 0, None, ()) for i in range(CHATS))
        sid = snapshot_name(when)
        repo.write_manifest(Manifest(sid, repo.set_id, created, created_ms, "attacker",
                                     "backupgui 0.1.0", True, chats, (), (),
                                     Totals(CHATS, 0, 0, 0, 0, 0), seq=n + 1, prev=prev))
        prev = sid
    return repo


@pytest.fixture(scope="module")
def planted(tmp_path_factory):
    from backupgui.destinations.folder import FolderDestination

    root = tmp_path_factory.mktemp("many")
    _plant(FolderDestination(root))
    return root


def _probe(root, what: str, *extra: str) -> dict:
    # The code under test is the one this process imported (not whatever the cwd holds).
    env = {**os.environ, "PYTHONPATH": str(Path(backupgui.__file__).parent.parent)}
    out = subprocess.run([sys.executable, "-c", _PROBE, str(root), KEY.key.hex(), what, *extra],
                         capture_output=True, text=True, timeout=600, env=env, cwd=root)
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("what", ["snapshots", "list"])
def test_opening_a_set_holds_at_most_two_manifests(planted, what):
    r = _probe(planted, what)
    assert r["outcome"] in (f"{SNAPSHOTS} snapshots, head seq {SNAPSHOTS}", f"{SNAPSHOTS} listed")
    # Before: all eight held (74 MiB traced against 24 MiB for one); now the newest plus
    # the one being read (32 MiB).
    assert r["peak"] < 2 * r["one"], r


def test_the_overviews_chat_lists_stay_within_their_budget(planted):
    # Within the budget every backup is summarized, reading one manifest at a time ...
    r = _probe(planted, "overview", str(1 << 30))
    assert r["outcome"] == f"{SNAPSHOTS} backups"
    # ... past it the overview is refused, plainly, instead of growing without end.
    small = _probe(planted, "overview", str(8 << 20))
    assert small["outcome"].startswith("refused: This backup set's backups list more chats"), small
    assert small["peak"] < 3 * small["one"] + (8 << 20), small
