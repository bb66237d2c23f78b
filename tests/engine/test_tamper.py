"""End-to-end tamper detection at a folder destination (issue 2, §8.3).

Every byte flip, truncation, extension, segment reorder/duplication/removal and object swap
(within the set, or from another set with the same K) makes restore and verify raise
``DamagedBackupError``, and restore leaves the target library without any chat or file.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from backupgui.crypto.keys import generate_key
from backupgui.crypto.material import RawKey
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import verify
from backupgui.engine.types import VerifyRequest
from backupgui.errors import DamagedBackupError, WrongKeyError
from backupgui.library.demo import add_demo_messages, create_demo_library
from backupgui.library.store import Library

from .helpers import backup_to, chat_contents, edit_config, library_state, pw, restore_from

HEADER, TAG, SEG = 48, 16, 1 << 20
E2E = settings(max_examples=30, deadline=None,
               suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


class World:
    """Two sets with the same K at two destinations, made once for the module."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.lib = root / "lib"
        create_demo_library(self.lib, chats=3, seed=5, media_mb=2.5)
        self.key = RawKey(generate_key())
        self.a = root / "a"
        self.b = root / "b"
        backup_to(self.lib, FolderDestination(self.a), self.key, pack_size=1 << 20)
        backup_to(self.lib, FolderDestination(self.b), self.key, pack_size=1 << 20)
        self.set_a = os.listdir(self.a / "sets")[0]
        self.set_b = os.listdir(self.b / "sets")[0]
        assert self.set_a != self.set_b
        self.objects = sorted(p.relative_to(self.a).as_posix()
                              for p in (self.a / "sets" / self.set_a).rglob("*")
                              if p.is_file() and not p.name == "config")
        self.packs = [o for o in self.objects if "/data/" in o]
        self.multi = [o for o in self.packs if (self.a / o).stat().st_size > HEADER + SEG + TAG]
        assert len(self.packs) >= 3 and self.multi, (self.packs, self.multi)

    def copy(self, where: Path) -> Path:
        dst = where / "dest"
        shutil.copytree(self.a, dst)
        return dst


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> World:
    return World(tmp_path_factory.mktemp("tamper"))


def _segments(data: bytes) -> tuple[bytes, list[bytes]]:
    body = data[HEADER:]
    return data[:HEADER], [body[i:i + SEG + TAG] for i in range(0, len(body), SEG + TAG)]


def _assert_detected(world: World, dest_root: Path, scratch: Path) -> None:
    dest = FolderDestination(dest_root)
    target = scratch / "restored"
    with pytest.raises(DamagedBackupError):
        restore_from(dest, target, world.key)
    # Nothing was restored: no chat, no message, no media file, no staging leftovers.
    st_ = library_state(target)
    assert all(not rows for t, rows in st_["tables"].items() if t != "meta"), st_["tables"]
    assert not [k for k in st_["media"] if not k.endswith("/")]
    assert not [n for n in st_["root"] if n.startswith(".restore")]
    with pytest.raises(DamagedBackupError):
        verify(VerifyRequest(dest, world.key))


def test_untouched_copy_restores_and_verifies(world, tmp_path):
    dest = FolderDestination(world.copy(tmp_path))
    verify(VerifyRequest(dest, world.key))
    restore_from(dest, tmp_path / "r", world.key)
    assert chat_contents(tmp_path / "r") == chat_contents(world.lib)


@E2E
@given(data=st.data())
def test_any_byte_flip_truncation_or_extension_is_detected(world, data):
    obj = data.draw(st.sampled_from(world.objects), label="object")
    op = data.draw(st.sampled_from(["flip", "truncate", "extend"]), label="op")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        root = world.copy(tmp)
        path = root / obj
        raw = bytearray(path.read_bytes())
        if op == "flip":
            pos = data.draw(st.integers(0, len(raw) - 1), label="pos")
            raw[pos] ^= data.draw(st.integers(1, 255), label="xor")
        elif op == "truncate":
            del raw[data.draw(st.integers(0, len(raw) - 1), label="length"):]
        else:
            raw += data.draw(st.binary(min_size=1, max_size=64), label="extra")
        path.write_bytes(bytes(raw))
        _assert_detected(world, root, tmp)


@E2E
@given(data=st.data())
def test_segment_reorder_duplication_and_removal_are_detected(world, data):
    obj = data.draw(st.sampled_from(world.multi), label="pack")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        root = world.copy(tmp)
        head, segs = _segments((root / obj).read_bytes())
        op = data.draw(st.sampled_from(["swap", "dup", "drop"]), label="op")
        i = data.draw(st.integers(0, len(segs) - 1), label="i")
        j = data.draw(st.integers(0, len(segs) - 1), label="j")
        new = list(segs)
        if op == "swap":
            assume(i != j)
            new[i], new[j] = new[j], new[i]
        elif op == "dup":
            new.insert(j, segs[i])
        else:
            del new[i]
        (root / obj).write_bytes(head + b"".join(new))
        _assert_detected(world, root, tmp)


@E2E
@given(data=st.data())
def test_objects_swapped_within_the_set_or_from_another_set_are_detected(world, data):
    kind = data.draw(st.sampled_from(["data", "index", "snapshots"]), label="kind")
    victims = [o for o in world.objects if f"/{kind}/" in o]
    victim = data.draw(st.sampled_from(victims), label="victim")
    foreign_dir = world.b / "sets" / world.set_b / kind
    candidates = [("a", o) for o in world.objects if f"/{kind}/" in o and o != victim]
    candidates += [("b", p.relative_to(world.b).as_posix()) for p in sorted(foreign_dir.iterdir())]
    src_world, src = data.draw(st.sampled_from(candidates), label="source")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        root = world.copy(tmp)
        src_bytes = (world.a if src_world == "a" else world.b).joinpath(src).read_bytes()
        (root / victim).write_bytes(src_bytes)
        _assert_detected(world, root, tmp)


def test_foreign_pack_under_its_own_name_is_detected(world, tmp_path):
    """Same K, same relative name ``data/<id>``: only the set id in the key derivation differs."""
    root = world.copy(tmp_path)
    victim = world.packs[0]
    foreign = world.b / "sets" / world.set_b / "data" / sorted(
        os.listdir(world.b / "sets" / world.set_b / "data"))[0]
    (root / victim).write_bytes(foreign.read_bytes())
    _assert_detected(world, root, tmp_path)


@pytest.mark.parametrize("kind", ["data", "index"])
def test_missing_object_is_damage(world, tmp_path, kind):
    """FORMAT §9.5: a missing pack (or the index naming it) is damage, exit code 5."""
    root = world.copy(tmp_path)
    victim = next(o for o in world.objects if f"/{kind}/" in o)
    (root / victim).unlink()
    _assert_detected(world, root, tmp_path)


def test_older_manifest_under_the_newer_name_is_detected(tmp_path):
    lib = tmp_path / "lib"
    create_demo_library(lib, chats=2, seed=2, media_mb=0.3)
    dest = FolderDestination(tmp_path / "d")
    key = RawKey(generate_key())
    old = backup_to(lib, dest, key)
    with Library(lib) as L:
        add_demo_messages(L, L.chat_ids()[0], 3, seed=1)
    new = backup_to(lib, dest, key)
    snaps = tmp_path / "d" / "sets" / old.set_id / "snapshots"
    assert sorted(os.listdir(snaps)) == [old.snapshot_id, new.snapshot_id]
    (snaps / new.snapshot_id).write_bytes((snaps / old.snapshot_id).read_bytes())
    # Names are not trusted (FORMAT.md 9): the object under the newer name does not
    # authenticate there, so it is no snapshot at all; "latest" is the newest one that does,
    # and the restore says what it ignored. The library that made the newer backup knows it
    # existed and refuses (a rollback, test_rollback.py).
    r = restore_from(dest, tmp_path / "r", key)
    assert r.snapshot_id == old.snapshot_id
    assert any(new.snapshot_id in w and "is ignored: it fails its authentication check" in w
               for w in r.warnings)
    with pytest.raises(DamagedBackupError):
        restore_from(dest, lib, key)
    with pytest.raises(DamagedBackupError):
        verify(VerifyRequest(dest, key, snapshot=new.snapshot_id))
    # The older one is still fine, and verify names what it ignored.
    v = verify(VerifyRequest(dest, key, snapshot=old.snapshot_id))
    assert any(new.snapshot_id in w for w in v.warnings)


# -- the clear config -------------------------------------------------------------------------
CONFIG_EDITS = {
    "created": lambda c: c.__setitem__("created", "2020-01-01T00:00:00Z"),
    "extra field": lambda c: c.__setitem__("note", "hello"),
    "key_check": lambda c: c.__setitem__("key_check", "0" * 64),
    "kdf iterations": lambda c: c["password"]["kdf"].__setitem__("iterations", 2),
    "kdf salt": lambda c: c["password"]["kdf"].__setitem__("salt", "00" * 16),
    "nonce": lambda c: c["password"].__setitem__("nonce", "00" * 12),
    "drop password slot": lambda c: c.pop("password"),
    "mode to key": lambda c: c.__setitem__("key_mode", "key"),
}
# Edits of the stored object itself (format v2 keeps the fields as a JSON text, "body").
OUTER_EDITS = {
    "mac": lambda o: o.__setitem__("mac", o["mac"][:-1] + ("0" if o["mac"][-1] != "0" else "1")),
    "outer extra field": lambda o: o.__setitem__("note", "hello"),
    # The same fields in other bytes: the MAC covers the bytes stored (FORMAT.md 3.3), so a
    # re-serialisation is an edit too. Format v1 MACed a re-serialisation and took these.
    "body whitespace": lambda o: o.__setitem__("body", o["body"].replace(",", ", ", 1)),
    "body key order": lambda o: o.__setitem__("body", json.dumps(
        dict(reversed(list(json.loads(o["body"]).items()))), separators=(",", ":"))),
    "body escaped": lambda o: o.__setitem__("body", o["body"].replace('"key_mode"', '"key\\u005fmode"')),
}


@pytest.mark.parametrize("edit", sorted(CONFIG_EDITS) + sorted(OUTER_EDITS))
def test_config_edits_are_detected(edit, tmp_path):
    """With the 64-digit key, any edit of the clear config fails the MAC (DamagedBackupError);
    with the password, an edited password slot is indistinguishable from a wrong password."""
    lib = tmp_path / "lib"
    create_demo_library(lib, chats=1, seed=3, media_mb=0)
    dest = FolderDestination(tmp_path / "d")
    res = backup_to(lib, dest, pw())
    from backupgui.engine import export_key

    k = RawKey(export_key(dest, pw()))
    path = tmp_path / "d" / "sets" / res.set_id / "config"
    if edit in CONFIG_EDITS:
        edit_config(path, CONFIG_EDITS[edit])
    else:
        outer = json.loads(path.read_text())
        OUTER_EDITS[edit](outer)
        path.write_text(json.dumps(outer))
    # A changed key_check is, by design (FORMAT §3.3), what a wrong typed key looks like.
    with pytest.raises(WrongKeyError if edit == "key_check" else DamagedBackupError):
        verify(VerifyRequest(dest, k))
    with pytest.raises((DamagedBackupError, WrongKeyError)):
        verify(VerifyRequest(dest, pw()))
