"""Whoever holds K writes many large authentic manifests (each within FORMAT.md's bound).
Opening the set must not hold them all: ``Repo.snapshots()`` keeps one manifest whole (the
newest) and a small summary of each other one, and ``list``, backup's retention and the
restore wizard's overview keeps their summaries (no chat list: the wizard reads one backup's
chats when the user picks it). Before the fix every manifest stayed parsed (100,000 chats:
77 MiB each), so a few dozen exhausted memory; then the overview kept every chat list within
a 128 MiB budget and refused an honest set past it.

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
    o = S.set_overview(dest, key, repo.set_id)
    outcome = f"{len(o.backups)} backups of {sum(b.chats for b in o.backups)} chats"
elif what == "chats":
    if len(sys.argv) > 4:
        S.MAX_CHAT_LIST_BYTES = int(sys.argv[4])
    o = S.set_overview(dest, key, repo.set_id)
    oldest = o.backups[-1]
    del o
    tracemalloc.reset_peak()
    try:
        d = S.backup_chats(dest, key, repo.set_id, oldest.snapshot_id)
        outcome = f"{len(d.chat_names)} chats, first {d.chat_names[0][0]}"
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


def test_the_overview_holds_no_chat_list(planted):
    """The wizard's overview summarizes every backup (chats, messages, sizes) from the
    manifests read one at a time, keeping none of their chat lists: its peak is that of
    ``Repo.snapshots`` (two manifests), not of the eight chat lists (the 128 MiB budget it
    had is gone with them)."""
    r = _probe(planted, "overview")
    assert r["outcome"] == f"{SNAPSHOTS} backups of {SNAPSHOTS * CHATS} chats", r
    assert r["peak"] < 2 * r["one"], r


def test_a_picked_backups_chats_cost_one_manifest(planted):
    """The chats of the backup the user picks: one manifest read, within its bound."""
    r = _probe(planted, "chats")
    assert r["outcome"] == f"{CHATS} chats, first chat-0-000000", r
    assert r["peak"] < 1.5 * r["one"], r


def test_a_picked_backups_chat_list_has_a_bound_of_its_own(planted):
    """A manifest within its bound may still list over a million chats (a list of gigabytes
    in the wizard): past ``MAX_CHAT_LIST_BYTES`` (lowered here) the picked backup is refused
    plainly, before its list is built."""
    r = _probe(planted, "chats", str(1 << 20))
    assert r["outcome"] == ("refused: This backup lists more chats than backupgui can show at "
                            "once; it may have been tampered with. Nothing was changed."), r
    assert r["peak"] < 1.5 * r["one"], r


def test_a_picked_manifest_past_the_bound_is_refused_plainly(tmp_path):
    """The bound that remains is a single manifest's (FORMAT.md 1.2): one that grew past it
    after the overview listed it (the destination is hostile) is refused with a clear
    error when picked (decompression stops at the bound: test_decompression_bomb.py), and
    the set still opens."""
    import zstandard

    from backupgui.crypto.segments import ObjectType
    from backupgui.destinations.folder import FolderDestination
    from backupgui.engine import snapshots as S
    from backupgui.errors import DamagedBackupError
    from backupgui.format import manifest as M

    dest = FolderDestination(tmp_path / "dest")
    repo = _plant_small(dest, 2)
    o = S.set_overview(dest, KEY, repo.set_id)
    picked = o.backups[-1].snapshot_id
    # An authentic manifest whose zstd frame (no size in its header, under 1 MiB) expands
    # past the bound: parsed, it would cost gigabytes.
    cobj = zstandard.ZstdCompressor(write_content_size=False).compressobj()
    zeros = bytes(8 << 20)
    frame = b"".join(cobj.compress(zeros) for _ in range((M.MAX_MANIFEST_PLAINTEXT >> 23) + 1))
    frame += cobj.flush()
    assert len(frame) < 1 << 20
    (tmp_path / "dest" / "sets" / repo.set_id / "snapshots" / picked).unlink()
    repo.put_object(f"snapshots/{picked}", ObjectType.SNAPSHOT, frame)
    with pytest.raises(DamagedBackupError, match=f"The backup is damaged: manifest {picked} is larger than the format allows."):
        S.backup_chats(dest, KEY, repo.set_id, picked)
    # Nothing was lost: the other backup opens, and the overview lists it alone.
    o = S.set_overview(dest, KEY, repo.set_id)
    assert [b.snapshot_id for b in o.backups] != [] and picked not in [b.snapshot_id for b in o.backups]
    assert S.backup_chats(dest, KEY, repo.set_id, o.backups[0].snapshot_id).chats == 3


def _plant_small(dest, n: int) -> Repo:
    repo = Repo.create(dest, KEY)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    prev = None
    for i in range(n):
        created, created_ms = created_fields(start + timedelta(minutes=i))
        sid = snapshot_name(start + timedelta(minutes=i))
        chats = tuple(ChatEntry(f"c{i}-{j}", f"Chat {j}", "direct", "test", None, (), 0, 0, 0,
                                None, ()) for j in range(3))
        repo.write_manifest(Manifest(sid, repo.set_id, created, created_ms, "laptop",
                                     "backupgui 0.1.0", True, chats, (), (),
                                     Totals(3, 0, 0, 0, 0, 0), seq=i + 1, prev=prev))
        prev = sid
    return repo
