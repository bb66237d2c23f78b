"""The committed format v2 vectors (tests/vectors/v2/, FORMAT.md 12): a set in key mode and
one in password mode, each a chain of two snapshots with every stored form of message blob.
The independent decryptor (written from docs/FORMAT.md alone) and the real engine reproduce
expected.json; the decryptor refuses what the document calls damage."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from backupgui.crypto.keys import parse_key
from backupgui.crypto.material import Password, RawKey
from backupgui.crypto.padme import is_padme
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import (
    RestoreRequest,
    VerifyRequest,
    list_authenticated,
    restore,
    verify,
)
from backupgui.engine.repository import Repo
from backupgui.errors import DamagedBackupError, NewerFormatError

from . import independent_decryptor as indep
from .test_vectors import _library_view

HERE = Path(__file__).resolve().parent
V2 = HERE / "v2"
EXPECTED = json.loads((V2 / "expected.json").read_text("utf-8"))
KEY = parse_key((V2 / "key.txt").read_text("utf-8"))
PASSWORD = (V2 / "password.txt").read_text("utf-8").rstrip("\n")
CASES = [("key", "key"), ("password", "key"), ("password", "password")]


def _args(secret: str) -> list:
    return ["--key-file", V2 / "key.txt"] if secret == "key" else ["--password-file", V2 / "password.txt"]


def _material(secret: str):
    return RawKey(KEY) if secret == "key" else Password(PASSWORD)


@pytest.mark.parametrize("mode,secret", CASES)
def test_independent_decryptor_reproduces_expected(mode, secret, tmp_path):
    code = ("import runpy, sys; ns = runpy.run_path(sys.argv[1]); rc = ns['main'](sys.argv[2:]);"
            "assert not [m for m in sys.modules if m == 'backupgui' or m.startswith('backupgui.')];"
            "sys.exit(rc)")
    p = subprocess.run([sys.executable, "-c", code, str(HERE / "independent_decryptor.py"),
                        str(V2 / mode), *map(str, _args(secret)), "--media-out", str(tmp_path / "m")],
                       capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert p.returncode == 0, p.stderr
    out = json.loads(p.stdout)
    assert {k: out[k] for k in ("set_id", "snapshot_id", "chain")} == EXPECTED[mode]
    assert (out["chats"], out["media"]) == (EXPECTED["chats"], EXPECTED["media"])
    files = {f.name: hashlib.sha256(f.read_bytes()).hexdigest() for f in (tmp_path / "m").iterdir()}
    assert files == {s: s for s in EXPECTED["media"]}


@pytest.mark.parametrize("mode,secret", CASES)
def test_engine_reproduces_expected(mode, secret, tmp_path):
    copy = tmp_path / "dest"
    shutil.copytree(V2 / mode, copy)
    dest = FolderDestination(copy)
    listing = list_authenticated(dest, _material(secret))
    assert [(b.snapshot_id, b.seq) for b in listing.backups] == [
        (c["snapshot_id"], c["seq"]) for c in reversed(EXPECTED[mode]["chain"])]
    assert listing.newest.device == "vector-device" and listing.warnings == ()
    v = verify(VerifyRequest(dest, _material(secret)))
    assert v.warnings == ()
    restore(RestoreRequest(dest, tmp_path / "lib", _material(secret)))
    assert _library_view(tmp_path / "lib") == {"chats": EXPECTED["chats"], "media": EXPECTED["media"]}


def test_vectors_are_what_the_docs_say():
    for mode in ("key", "password"):
        set_dir = V2 / mode / "sets" / EXPECTED[mode]["set_id"]
        outer = json.loads((set_dir / "config").read_text())
        assert set(outer) == {"format", "version", "body", "mac"} and outer["version"] == 2
        body = json.loads(outer["body"])
        assert body["key_mode"] == mode
        objs = [p for p in set_dir.rglob("*") if p.is_file() and p.name != "config"]
        types = {"data": 1, "index": 2, "snapshots": 3}
        for p in objs:
            data = p.read_bytes()
            assert data[:6] == b"BGUO\x02" + bytes([types[p.parent.name]]) and data[6] == 12
            assert is_padme(len(data)), p
        keys = indep.SetKeys(KEY, bytes.fromhex(EXPECTED[mode]["set_id"]))
        comps = set()
        for idx in (set_dir / "index").iterdir():
            doc = json.loads(indep.unzstd(indep.decrypt_object(keys, set_dir, f"index/{idx.name}"), "i"))
            assert doc["v"] == 2
            comps |= {b[4] for p in doc["packs"] for b in p["blobs"]}
        assert comps == {0, 1, 2}, comps  # plain media, one-frame and split message blobs
        assert max(p.stat().st_size for p in objs if p.parent.name == "data") > 48 + 3 * (4096 + 16)
        chain = EXPECTED[mode]["chain"]
        assert [c["seq"] for c in chain] == [1, 2] and chain[1]["prev"] == chain[0]["snapshot_id"]


def _copy(tmp_path, mode="password") -> tuple[Path, Path]:
    root = tmp_path / "b"
    shutil.copytree(V2 / mode, root)
    return root, root / "sets" / EXPECTED[mode]["set_id"]


def _rewrite_body(set_dir: Path, edit) -> None:
    outer = json.loads((set_dir / "config").read_text())
    outer["body"] = edit(outer["body"])
    (set_dir / "config").write_text(json.dumps(outer))


@pytest.mark.parametrize("case", ["pack bit", "config body space", "config repeated key",
                                  "kdf over the bound", "newest manifest swapped"])
def test_the_decryptor_and_the_engine_refuse_damage(case, tmp_path):
    root, set_dir = _copy(tmp_path)
    if case == "pack bit":
        pack = max((set_dir / "data").iterdir(), key=lambda p: p.stat().st_size)
        raw = bytearray(pack.read_bytes())
        raw[len(raw) // 2] ^= 1
        pack.write_bytes(bytes(raw))
    elif case == "config body space":
        _rewrite_body(set_dir, lambda b: b.replace(",", ", ", 1))
    elif case == "config repeated key":
        _rewrite_body(set_dir, lambda b: b.replace('"key_mode":', '"key_mode":"key","key_mode":', 1))
    elif case == "kdf over the bound":
        _rewrite_body(set_dir, lambda b: b.replace('"iterations":1', '"iterations":13', 1))
    else:  # the older manifest's bytes under the newer name: it does not authenticate there
        old, new = (c["snapshot_id"] for c in EXPECTED["password"]["chain"])
        (set_dir / "snapshots" / new).write_bytes((set_dir / "snapshots" / old).read_bytes())
        out = indep.decrypt_backup(root, key=KEY)
        assert out["snapshot_id"] == old and [c["seq"] for c in out["chain"]] == [1]
        v = verify(VerifyRequest(FolderDestination(root), RawKey(KEY), snapshot=old))
        assert any(new in w for w in v.warnings)
        return
    with pytest.raises(indep.Damaged):
        indep.decrypt_backup(root, key=KEY)
    with pytest.raises(DamagedBackupError):
        verify(VerifyRequest(FolderDestination(root), RawKey(KEY)))


@pytest.mark.parametrize("sealed", [True, False])
def test_a_newer_pack_in_the_vector_is_newer_only_when_it_authenticates(sealed, tmp_path):
    """FORMAT.md 4.1 and 11 on the vector: a pack sealed again under K with header version 3
    is a newer backupgui's for the decryptor and the engine; the same byte written into the
    stored pack without sealing it again is damage for both."""
    from tests.format.test_newer_pack import reseal

    root, set_dir = _copy(tmp_path, "key")
    pack = max((set_dir / "data").iterdir(), key=lambda p: p.stat().st_size)
    data = pack.read_bytes()
    if sealed:
        repo = Repo.open(FolderDestination(root), RawKey(KEY), EXPECTED["key"]["set_id"])
        pack.write_bytes(reseal(repo.keys.objects, f"data/{pack.name}", data, 3))
    else:
        pack.write_bytes(data[:4] + bytes([3]) + data[5:])
    with pytest.raises(indep.Newer if sealed else indep.Damaged):
        indep.decrypt_backup(root, key=KEY)
    with pytest.raises(NewerFormatError if sealed else DamagedBackupError) as e:
        verify(VerifyRequest(FolderDestination(root), RawKey(KEY)))
    assert isinstance(e.value, DamagedBackupError) != sealed


@pytest.mark.parametrize("sealed", [True, False])
@pytest.mark.parametrize("kind", ["index", "snapshots"])
def test_a_newer_index_or_manifest_in_the_vector_stops_both_readers(kind, sealed, tmp_path):
    """FORMAT.md 9.5 and 11 on the vector: an index or the newest manifest sealed again under
    K with header version 3 stops the decryptor and the engine as a newer backupgui's (not
    ignored, which would read an older snapshot as the newest); the same byte written
    without sealing it again is no newer object for either (ignored, as damage is)."""
    from tests.format.test_newer_pack import reseal

    root, set_dir = _copy(tmp_path, "key")
    obj = max((set_dir / kind).iterdir(), key=lambda p: p.name)
    data = obj.read_bytes()
    if sealed:
        repo = Repo.open(FolderDestination(root), RawKey(KEY), EXPECTED["key"]["set_id"])
        obj.write_bytes(reseal(repo.keys.objects, f"{kind}/{obj.name}", data, 3))
        with pytest.raises(indep.Newer):
            indep.decrypt_backup(root, key=KEY)
        with pytest.raises(NewerFormatError, match=f"{obj.name} is in format version 3"):
            verify(VerifyRequest(FolderDestination(root), RawKey(KEY)))
        return
    obj.write_bytes(data[:4] + bytes([3]) + data[5:])
    try:
        indep.decrypt_backup(root, key=KEY)
    except indep.Damaged:
        pass  # (the only index, or the only manifest, ignored: nothing left to read)
    try:
        warnings = verify(VerifyRequest(FolderDestination(root), RawKey(KEY))).warnings
        assert any(obj.name in w and "is ignored: it fails its authentication check" in w
                   for w in warnings)
    except DamagedBackupError:
        pass  # (damage, as any object that does not authenticate; NewerFormatError is not one)


# -- v2-missing: attachments without their file (FORMAT.md 8) ----------------------------
MISSING = HERE / "v2-missing"
EXPECTED_MISSING = json.loads((MISSING / "expected.json").read_text("utf-8"))


def test_independent_decryptor_reads_attachments_without_their_file(tmp_path):
    p = subprocess.run([sys.executable, str(HERE / "independent_decryptor.py"), str(MISSING / "key"),
                        "--key-file", str(V2 / "key.txt")],
                       capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert p.returncode == 0, p.stderr
    out = json.loads(p.stdout)
    assert {k: out[k] for k in ("set_id", "snapshot_id", "chain")} == EXPECTED_MISSING["key"]
    assert (out["chats"], out["media"]) == (EXPECTED_MISSING["chats"], EXPECTED_MISSING["media"])
    refs = [r for c in out["chats"] for m in c["messages"] for r in m["media"]]
    assert sum(r["sha256"] is None for r in refs) == 2 and len(out["media"]) == 1


def test_engine_restores_attachments_without_their_file_as_library_rows(tmp_path):
    from backupgui.library.store import Library

    copy = tmp_path / "dest"
    shutil.copytree(MISSING / "key", copy)
    dest = FolderDestination(copy)
    assert verify(VerifyRequest(dest, RawKey(KEY))).warnings == ()
    res = restore(RestoreRequest(dest, tmp_path / "lib", RawKey(KEY)))
    assert (res.media_restored, res.media_missing) == (1, 0)
    (chat,) = EXPECTED_MISSING["chats"]
    with Library(tmp_path / "lib", create=False) as lib:
        got = [{"id": m.id, "ts": m.ts_ms, "sender": m.sender, "kind": m.kind, "text": m.text,
                "reply_to": m.reply_to,
                "media": [{"kind": r.kind, "sha256": r.sha256 or None, "size": r.size, "mime": r.mime,
                           "filename": r.filename, "seq": r.seq} for r in m.media]}
               for m in lib.messages(chat["id"])]
        assert got == chat["messages"]
        # The library row is the one an import makes: sha256 '' (not NULL), no file.
        assert {r.sha256 for m in lib.messages(chat["id"]) for r in m.media if not r.sha256} == {""}
        # Kept as the blobs the backup made: November version 2, December version 1.
        assert [(month, json.loads(raw)["v"]) for month, _n, raw in lib.text_blobs(chat["id"])] == [
            ("2023-11", 2), ("2023-12", 1)]
