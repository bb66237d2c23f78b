"""The committed format v1 vectors (tests/vectors/v1/): an independent decryptor (written from
docs/FORMAT.md alone) and the real engine both reproduce expected.json, with the 64-digit key
and with the password. A format v2 reader still decodes them; test_vectors_v2.py has the v2
vectors."""

from __future__ import annotations

import ast
import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from backupgui.crypto.keys import parse_key
from backupgui.crypto.material import Password, RawKey
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import (
    RestoreRequest,
    VerifyRequest,
    export_key,
    list_backups,
    restore,
    verify,
)
from backupgui.errors import DamagedBackupError, WrongKeyError
from backupgui.library.store import Library

from . import independent_decryptor as indep

HERE = Path(__file__).resolve().parent
V1 = HERE / "v1"
BACKUP = V1 / "backup"
EXPECTED = json.loads((V1 / "expected.json").read_text("utf-8"))
KEY_TEXT = (V1 / "key.txt").read_text("utf-8")
PASSWORD = (V1 / "password.txt").read_text("utf-8").rstrip("\n")


def _materials():
    return {"key": RawKey(parse_key(KEY_TEXT)), "password": Password(PASSWORD)}


# -- the independent decryptor -----------------------------------------------------------------
def test_decryptor_imports_nothing_from_backupgui():
    tree = ast.parse((HERE / "independent_decryptor.py").read_text("utf-8"))
    mods = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            mods |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, "relative import"
            mods.add(node.module.split(".")[0])
    assert "backupgui" not in mods and "tests" not in mods
    assert mods <= set(sys.stdlib_module_names) | {"cryptography", "zstandard"}, mods


@pytest.mark.parametrize("how", ["key", "password"])
def test_independent_decryptor_reproduces_expected(how, tmp_path):
    args = ["--key-file", V1 / "key.txt"] if how == "key" else ["--password-file", V1 / "password.txt"]
    code = ("import runpy, sys; ns = runpy.run_path(sys.argv[1]); rc = ns['main'](sys.argv[2:]);"
            "assert not [m for m in sys.modules if m == 'backupgui' or m.startswith('backupgui.')];"
            "sys.exit(rc)")
    p = subprocess.run([sys.executable, "-c", code, str(HERE / "independent_decryptor.py"), str(BACKUP),
                        *map(str, args), "--media-out", str(tmp_path / "media")],
                       capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert p.returncode == 0, p.stderr
    out = json.loads(p.stdout)
    assert out.pop("chain") == [{"snapshot_id": EXPECTED["snapshot_id"], "seq": 0, "prev": None}]
    assert out == EXPECTED
    files = {f.name: hashlib.sha256(f.read_bytes()).hexdigest() for f in (tmp_path / "media").iterdir()}
    assert files == {s: s for s in EXPECTED["media"]}


def test_independent_decryptor_rejects_wrong_secrets_and_damage(tmp_path):
    with pytest.raises(indep.WrongKey):
        indep.decrypt_backup(BACKUP, password=PASSWORD + "!")
    with pytest.raises(indep.WrongKey):
        indep.decrypt_backup(BACKUP, key=bytes(32))
    with pytest.raises(indep.MalformedKey):
        indep.parse_key(KEY_TEXT.strip()[:-1])
    assert indep.parse_key(KEY_TEXT.upper().replace(" ", "-")) == parse_key(KEY_TEXT)
    copy = tmp_path / "b"
    shutil.copytree(BACKUP, copy)
    pack = max((copy / "sets" / EXPECTED["set_id"] / "data").iterdir(), key=lambda p: p.stat().st_size)
    raw = bytearray(pack.read_bytes())
    raw[len(raw) // 2] ^= 1
    pack.write_bytes(bytes(raw))
    with pytest.raises(indep.Damaged):
        indep.decrypt_backup(copy, key=parse_key(KEY_TEXT))
    # The engine agrees that it is damaged.
    with pytest.raises(DamagedBackupError):
        verify(VerifyRequest(FolderDestination(copy), RawKey(parse_key(KEY_TEXT))))


# -- the real engine ---------------------------------------------------------------------------
def _library_view(lib_dir: Path) -> dict:
    chats = []
    media = {}
    with Library(lib_dir, create=False) as lib:
        for cid in lib.chat_ids():
            c = lib.chat(cid)
            msgs = []
            for m in lib.messages(cid):
                refs = []
                for r in m.media:
                    data = lib.media_path(r.sha256).read_bytes()
                    media[hashlib.sha256(data).hexdigest()] = len(data)
                    refs.append({"kind": r.kind, "sha256": r.sha256, "size": r.size, "mime": r.mime,
                                 "filename": r.filename, "seq": r.seq})
                msgs.append({"id": m.id, "ts": m.ts_ms, "sender": m.sender, "kind": m.kind,
                             "text": m.text, "reply_to": m.reply_to, "media": refs})
            chats.append({"id": c.id, "name": c.name, "kind": c.kind, "source": c.source,
                          "created_ms": c.created_ms,
                          "participants": [{"person_id": p.person_id, "name": p.name, "is_me": p.is_me}
                                           for p in sorted(c.participants, key=lambda p: p.person_id)],
                          "messages": msgs})
    return {"chats": chats, "media": dict(sorted(media.items()))}


@pytest.mark.parametrize("how", ["key", "password"])
def test_engine_reproduces_expected(how, tmp_path):
    copy = tmp_path / "backup"
    shutil.copytree(BACKUP, copy)  # the engine must not be able to touch the committed vectors
    dest = FolderDestination(copy)
    material = _materials()[how]
    [info] = list_backups(dest)
    assert (info.set_id, info.snapshot_id, info.key_mode) == (
        EXPECTED["set_id"], EXPECTED["snapshot_id"], "password")
    assert export_key(dest, material) == parse_key(KEY_TEXT)
    verify(VerifyRequest(dest, material))
    restore(RestoreRequest(dest, tmp_path / "lib", material))
    got = _library_view(tmp_path / "lib")
    assert got == {"chats": EXPECTED["chats"], "media": EXPECTED["media"]}


def test_cli_export_of_the_restored_vectors(tmp_path):
    from tests.engine.helpers import run_cli

    r = run_cli("restore", "--dest", BACKUP, "--library", tmp_path / "lib", "--key-file",
                V1 / "key.txt", "-q")
    assert r.returncode == 0, r.stderr
    for chat in EXPECTED["chats"]:
        r = run_cli("export", "--library", tmp_path / "lib", "--chat", chat["id"], "--json")
        assert r.returncode == 0, r.stderr
        doc = json.loads(r.stdout)
        assert (doc["id"], doc["name"], doc["kind"]) == (chat["id"], chat["name"], chat["kind"])
        assert [(m["id"], m["ts_ms"], m["sender"], m["kind"], m["text"], m["reply_to"],
                 [x["sha256"] for x in m["media"]]) for m in doc["messages"]] == [
            (m["id"], m["ts"], m["sender"], m["kind"], m["text"], m["reply_to"],
             [x["sha256"] for x in m["media"]]) for m in chat["messages"]]
    assert not (BACKUP / ".tmp").exists()


def test_vectors_are_what_the_docs_say():
    set_dir = BACKUP / "sets" / EXPECTED["set_id"]
    cfg = json.loads((set_dir / "config").read_text())
    assert cfg["key_mode"] == "password"
    kdf = cfg["password"]["kdf"]
    assert (kdf["alg"], kdf["memory_kib"], kdf["iterations"], kdf["lanes"]) == ("argon2id", 1024, 1, 1)
    with pytest.raises(WrongKeyError):
        verify(VerifyRequest(FolderDestination(BACKUP), Password(PASSWORD.upper())))
    objs = [p for p in set_dir.rglob("*") if p.is_file() and p.name != "config"]
    types = {"data": 1, "index": 2, "snapshots": 3}
    for p in objs:
        head = p.read_bytes()[:48]
        assert head[:6] == b"BGUO\x01" + bytes([types[p.parent.name]])
    # Several segments in the media pack, both stored forms among the message blobs.
    assert max(p.stat().st_size for p in objs if p.parent.name == "data") > 48 + 3 * (4096 + 16)
    assert sum(len(c["messages"]) for c in EXPECTED["chats"]) == 10 and len(EXPECTED["media"]) == 2
    keys = indep.unlock(indep.read_config(set_dir), parse_key(KEY_TEXT), None)
    [index] = list((set_dir / "index").iterdir())
    doc = json.loads(indep.unzstd(indep.decrypt_object(keys, set_dir, f"index/{index.name}"), "index"))
    comps = [b[4] for p in doc["packs"] for b in p["blobs"]]
    assert len(comps) == 6 and set(comps) == {0, 1}  # 4 month blobs + 2 media, comp 0 and 1
