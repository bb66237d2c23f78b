"""A small authentic object whose JSON structure costs gigabytes once parsed.

Someone holding K writes an index (or a message blob, a manifest) of 250 MiB of ``[],``
under an unknown key: within the format's byte bounds, 22 KB as a zstd frame. Before this fix
``json.loads`` built ~90 million lists before any field was checked, and every restore,
verify and scheduled backup of the set grew to 6.5 GiB (MemoryError, or the OOM killer).
Now a document whose structure would cost more than any valid one (``format/jsonbudget.py``)
is damage, refused before it is parsed. The attacks run in a child process limited to 2 GiB
of address space, so the old behaviour fails the test instead of the machine.
"""

from __future__ import annotations

import hashlib
import io
import json
import secrets
import subprocess
import sys
import textwrap
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
import zstandard

from backupgui.crypto.segments import ObjectType
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import BackupRequest, backup
from backupgui.engine.repository import Repo, snapshot_name
from backupgui.format import jsonbudget
from backupgui.format.manifest import TextBlobRef, created_fields
from backupgui.format.pack import COMP_ZSTD, PackWriter

from .conftest import KEY

MiB = 1 << 20
JUNK = 250 * MiB

_CHILD = textwrap.dedent(r"""
    import json, resource, sys
    resource.setrlimit(resource.RLIMIT_AS, (2048 << 20, 2048 << 20))
    from backupgui.crypto.material import RawKey
    from backupgui.destinations.folder import FolderDestination
    from backupgui.engine import RestoreRequest, VerifyRequest, restore, verify
    dest = FolderDestination(sys.argv[1])
    out = {}
    for what, call in (("verify", lambda: verify(VerifyRequest(dest, RawKey(bytes(range(32)))))),
                       ("restore", lambda: restore(RestoreRequest(dest, sys.argv[2], RawKey(bytes(range(32))))))):
        try:
            result = call()
            out[what] = "ok: " + " | ".join(result.warnings)
        except MemoryError:
            out[what] = "MemoryError"
        except Exception as exc:
            out[what] = type(exc).__name__ + ": " + str(exc)[:300]
    print(json.dumps(out))
""")


def _frame(chunks) -> bytes:
    buf = io.BytesIO()
    with zstandard.ZstdCompressor(level=3).stream_writer(buf, closefd=False) as w:
        for c in chunks:
            w.write(c)
    return buf.getvalue()


def _junk(head: bytes, tail: bytes) -> tuple[bytes, bytes]:
    """(zstd frame, SHA-256 of the plaintext) of ``head`` + 250 MiB of ``[],`` + ``tail``."""
    block = b"[]," * (1 << 20)
    chunks = [head] + [block] * (JUNK // len(block)) + [b"[]" + tail]
    h = hashlib.sha256()
    for c in chunks:
        h.update(c)
    return _frame(chunks), h.digest()


def _attack(dest_dir: Path, tmp_path: Path) -> dict[str, str]:
    p = subprocess.run([sys.executable, "-c", _CHILD, str(dest_dir), str(tmp_path / "restored")],
                       capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr[-2000:]
    return json.loads(p.stdout)


@pytest.fixture
def repo(library, tmp_path) -> Repo:
    dest = FolderDestination(tmp_path / "dest")
    backup(BackupRequest(library, dest, KEY))
    return Repo.open(dest, KEY)


def test_an_index_of_empty_lists_is_damage_not_gigabytes(repo, tmp_path):
    # Format v2 ignores an index that is malformed (and says so): the backup itself restores.
    frame, _ = _junk(b'{"v":1,"packs":[],"junk":[', b"]}")
    assert len(frame) < 64 << 10
    repo.put_object("index/" + secrets.token_hex(16), ObjectType.INDEX, frame)
    out = _attack(tmp_path / "dest", tmp_path)
    for what in ("verify", "restore"):
        assert out[what].startswith("ok: "), out
        assert "more structure than any valid one" in out[what]


def test_a_message_blob_of_empty_lists_is_damage_not_gigabytes(repo, tmp_path):
    frame, digest = _junk(b'{"chat":"chat-1","junk":[', b'],"messages":[],"month":"2023-11","v":1}')
    blob = repo.keys.blob_name(digest)  # authentic: named as the attacker with K would
    w = PackWriter(repo.dest, repo.prefix, repo.keys.objects)
    w.add(blob, frame, JUNK, COMP_ZSTD)
    pack = w.finish()
    repo.write_index([pack])
    m = repo.snapshots().head
    chat = m.chats[0]
    chat = replace(chat, text_blobs=(*chat.text_blobs, TextBlobRef(blob, "2023-12", 0)))
    now = datetime.now(UTC)
    created, created_ms = created_fields(now)
    repo.write_manifest(replace(m, snapshot_id=snapshot_name(now), created=created,
                                created_ms=created_ms, seq=m.seq + 1, prev=m.snapshot_id,
                                chats=(chat,), packs=tuple(sorted((*m.packs, pack.pack_id)))))
    out = _attack(tmp_path / "dest", tmp_path)
    for what in ("verify", "restore"):
        assert out[what].startswith("DamagedBackupError"), out
        assert "more structure than any valid one" in out[what]


def test_valid_documents_are_far_inside_the_budget():
    # The densest valid index: 64-hex blob ids with the smallest numbers.
    entries = ",".join(json.dumps([secrets.token_hex(32), 0, 0, 0, 0]) for _ in range(20000))
    index = f'{{"v":1,"packs":[{{"id":"{"a" * 32}","size":1,"blobs":[{entries}]}}]}}'.encode()
    ratio = jsonbudget.estimate(index) / len(index)
    # at this ratio an index at the format's 256 MiB bound still fits
    assert ratio * (256 * MiB) < jsonbudget.MAX_PARSE_COST
    # Message texts full of commas and brackets are not structure.
    texts = json.dumps({"chat": "c", "messages": [{"id": "m", "kind": "text", "sender": None,
                                                    "text": "[{,}]" * 2000, "ts": 1}] * 100,
                        "month": "2023-11", "v": 1}).encode()
    assert jsonbudget.estimate(texts, structure_only=True) < 2 * len(texts)
    jsonbudget.check(texts, "a blob", budget=2 * len(texts))
    with pytest.raises(ValueError):
        jsonbudget.check(b"[" + b"[]," * 100_000 + b"[]]", "junk", budget=1 << 20)


def test_a_manifest_of_many_small_strings_is_refused_without_gigabytes(repo, tmp_path):
    # Found by re-running the red-team's bombs on format v2: a manifest of a million chat
    # entries (250 MiB of JSON, 46 KB stored) was refused by the budget, but estimating its
    # structure blanked every string with one re.sub, whose list of pieces (two objects per
    # string, ~23 million strings) itself grew the process to 4.9 GiB. Strings are now
    # blanked a window at a time.
    head = repo.snapshots().head
    now = datetime.now(UTC)
    created, created_ms = created_fields(now)
    sid = snapshot_name(now)
    entry = json.dumps({"id": "c", "name": "Alice", "kind": "direct", "source": "test",
                        "created_ms": None, "participants": [
                            {"person_id": "me", "name": "Me", "is_me": True},
                            {"person_id": "alice", "name": "Alice", "is_me": False}],
                        "message_count": 0, "media_count": 0, "media_bytes": 0, "last_ms": 1,
                        "text_blobs": []}, separators=(",", ":")).encode()
    pre = json.dumps({"v": 2, "snapshot_id": sid, "set_id": repo.set_id, "created": created,
                      "created_ms": created_ms, "device": "attacker", "app_version": "x",
                      "include_videos": True, "media": [], "packs": list(head.packs),
                      "totals": {"chats": 0, "messages": 0, "media_files": 0, "media_bytes": 0,
                                 "text_bytes": 0, "stored_bytes": 0},
                      "seq": head.seq + 1, "prev": head.snapshot_id},
                     separators=(",", ":"))[:-1].encode() + b',"chats":['
    block = (entry + b",") * 4096
    n = JUNK // len(block)
    frame = _frame([pre] + [block] * n + [entry + b"]}"])
    assert len(frame) < 256 << 10
    repo.put_object(f"snapshots/{sid}", ObjectType.SNAPSHOT, frame)
    assert not jsonbudget.within(b"[" + (entry + b",") * 4096 + entry + b"]", budget=1 << 20)
    out = _attack(tmp_path / "dest", tmp_path)
    for what in ("verify", "restore"):
        assert out[what].startswith("ok: "), out  # the older, real snapshot
        assert "more structure than any valid one" in out[what], out


def test_the_structure_count_skips_strings_across_windows(monkeypatch):
    # The windowed count equals blanking every string at once, wherever the windows fall.
    docs = [b'{"a":"x,{[","b":[1,2,{"c":"\\\\\\"[,"}]],"d":"' + b"[," * 50 + b'"}',
            json.dumps({"t": "[{,}]" * 300, "l": [[]] * 40, "s": ['a"b,\\'] * 10}).encode(),
            b'["unterminated, [ {']
    for window in (1, 2, 3, 7, 64, 1 << 20):
        monkeypatch.setattr(jsonbudget, "_WINDOW", window)
        for d in docs:
            once = jsonbudget._STRING.sub(b'""', d)
            if d.endswith(b"{"):  # not JSON: the unterminated string's contents count
                once = d
            assert jsonbudget._structure(d) == (once.count(b"{"), once.count(b"["),
                                                once.count(b",")), (window, d[:40])
