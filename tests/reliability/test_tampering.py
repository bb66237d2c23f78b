"""Tampering at rest (issue 9): random mutations of a backup: bit flips, truncation,
extension, deleted, swapped or duplicated objects, a pack from another backup (same key or
another key), an older manifest or index put back in place of a newer one, the newest
manifest deleted (a rollback), foreign objects added.

For every mutation the latest backup is restored into an existing library and every backup
is verified. Allowed outcomes:

* ``DamagedBackupError`` whose message names the damaged object (pack, index or manifest id,
  the backup's "settings" (the set config), or the chat/month/file whose data is missing),
  with the target library left exactly as it was;
* ``WrongKeyError``/``NotFoundError`` for a replaced or deleted config (nothing is restored);
* a restore byte-identical to the latest backup (the mutation hit nothing it needs);
* for a rollback (the newest manifest deleted): byte-identical to the *older* backup, which is
  what a provider can do and what the app cannot tell on a new machine (docs/RELIABILITY.md).

Anything else (a wrong restore, another exception) fails the test.
"""

from __future__ import annotations

import shutil
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from backupgui.crypto.material import RawKey
from backupgui.destinations.base import Destination, ObjectInfo, Upload
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import (
    BackupRequest,
    RestoreRequest,
    VerifyRequest,
    backup,
    list_backups,
    restore,
    verify,
)
from backupgui.errors import DamagedBackupError, NotFoundError, WrongKeyError
from backupgui.library.demo import add_demo_messages, create_demo_library
from backupgui.library.store import Library

from .conftest import content, count, library_state, report, rng

KEY = RawKey(bytes.fromhex("7a" * 32))
OTHER_KEY = RawKey(bytes.fromhex("81" * 32))


class MemDest(Destination):
    """An in-memory destination (name -> bytes), so each mutation costs no disk copy."""

    label = "memory"

    def __init__(self, objects: dict[str, bytes]) -> None:
        self.objects = dict(objects)

    def upload(self, name, progress=None) -> Upload:
        dest, buf = self, bytearray()

        class _Up(Upload):
            def write(self, data):
                buf.extend(data)

            def commit(self):
                dest.objects[name] = bytes(buf)
                return ObjectInfo(name, len(buf))

            def abort(self):
                buf.clear()

        return _Up()

    def read(self, name, offset=0, length=None) -> bytes:
        if name not in self.objects:
            raise NotFoundError(f"The backup object {name} is missing.")
        data = self.objects[name]
        return data[offset:] if length is None else data[offset:offset + length]

    def stream(self, name, chunk_size=8 << 20) -> Iterator[bytes]:
        data = self.read(name)
        for i in range(0, len(data), 65536):
            yield data[i:i + 65536]

    def list(self, prefix="") -> list[ObjectInfo]:
        return sorted((ObjectInfo(n, len(d)) for n, d in self.objects.items() if n.startswith(prefix)),
                      key=lambda o: o.name)

    def delete(self, name) -> None:
        self.objects.pop(name, None)

    def size(self, name) -> int:
        return len(self.read(name))


def _load(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*")
            if p.is_file() and ".tmp" not in p.parts}


class World:
    def __init__(self, root: Path) -> None:
        lib = root / "lib"
        create_demo_library(lib, chats=3, seed=31, media_mb=1.2)
        dest = FolderDestination(root / "a")
        req = dict(pack_size=200_000, device_name="tamper")
        first = backup(BackupRequest(lib, dest, KEY, **req))
        self.first_objects = _load(root / "a")  # before the second backup: its index is "older"
        self.old_content = content(lib)
        with Library(lib) as L:
            for j, cid in enumerate(L.chat_ids()[:2]):
                add_demo_messages(L, cid, 25, seed=70 + j, with_photo=True)
        second = backup(BackupRequest(lib, dest, KEY, **req))
        self.new_content = content(lib)
        self.objects = _load(root / "a")
        self.old_id, self.new_id = first.snapshot_id, second.snapshot_id
        self.set_id = second.set_id
        # Another backup with the same key (e.g. another device) and one with another key.
        backup(BackupRequest(lib, FolderDestination(root / "same-k"), KEY, **req))
        backup(BackupRequest(lib, FolderDestination(root / "other-k"), OTHER_KEY, **req))
        self.foreign = {"same-k": _load(root / "same-k"), "other-k": _load(root / "other-k")}
        self.target = root / "target"
        create_demo_library(self.target, chats=1, seed=99, media_mb=0.1)
        self.target_state = library_state(self.target)
        assert len(self.of("data/")) >= 4, self.of("data/")

    def of(self, kind: str, objects: dict[str, bytes] | None = None) -> list[str]:
        return sorted(n for n in (objects or self.objects) if f"/{kind}" in n)


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> World:
    return World(tmp_path_factory.mktemp("tampering"))


def _ident(name: str) -> str:
    return "settings" if name.endswith("/config") else name.rsplit("/", 1)[1]


def mutate(w: World, r) -> tuple[str, dict[str, bytes], list[str]]:
    """One random mutation: (kind, mutated objects, names a damage report may name)."""
    objs = dict(w.objects)
    names = sorted(objs)
    kind = r.choice(["bitflip"] * 6 + ["truncate"] * 2 + ["extend", "delete", "delete", "swap",
                    "duplicate", "foreign-pack", "foreign-pack", "foreign-object", "old-manifest",
                    "old-index", "rollback", "foreign-config", "segment-splice"])
    if kind == "bitflip":
        victim = r.choice(names)
        data = bytearray(objs[victim])
        for _ in range(r.choice([1, 1, 1, 2, 8])):
            i = r.randrange(len(data))
            data[i] ^= 1 << r.randrange(8)
        objs[victim] = bytes(data)
        return kind, objs, [victim]
    if kind == "truncate":
        victim = r.choice(names)
        objs[victim] = objs[victim][:r.randrange(len(objs[victim]))]
        return kind, objs, [victim]
    if kind == "extend":
        victim = r.choice(names)
        objs[victim] += r.randbytes(r.choice([1, 16, 17, 1000]))
        return kind, objs, [victim]
    if kind == "delete":
        victim = r.choice([n for n in names if not n.endswith("/config")])
        del objs[victim]
        if victim.endswith(w.new_id):
            return "rollback", objs, []  # the newest manifest deleted: a rollback
        return kind, objs, [victim]
    if kind in ("swap", "duplicate"):
        sub = r.choice(["data/", "data/", "index/", "snapshots/"])
        pool = w.of(sub) if len(w.of(sub)) >= 2 else w.of("data/")
        a, b = r.sample(pool, 2)
        if kind == "swap":
            objs[a], objs[b] = objs[b], objs[a]
        else:
            objs[b] = objs[a]
        return kind, objs, [a, b]
    if kind == "segment-splice":
        # A pack's bytes with a chunk of another pack spliced in at the same offset.
        a, b = r.sample(w.of("data/"), 2)
        n = min(len(objs[a]), len(objs[b]))
        i = r.randrange(48, n - 1)
        j = r.randrange(i + 1, n)
        objs[a] = objs[a][:i] + objs[b][i:j] + objs[a][j:]
        return kind, objs, [a]
    if kind == "foreign-pack":
        src = w.foreign[r.choice(["same-k", "other-k"])]
        victim = r.choice(w.of("data/"))
        objs[victim] = src[r.choice(w.of("data/", src))]
        return kind, objs, [victim]
    if kind == "foreign-object":
        # Objects of another backup added under their own ids (e.g. copied in by mistake).
        src = w.foreign[r.choice(["same-k", "other-k"])]
        added = []
        for n in r.sample(sorted(n for n in src if not n.endswith("/config")), r.randint(1, 4)):
            added.append(f"sets/{w.set_id}/" + n.split("/", 2)[2])
            objs[added[-1]] = src[n]
        return kind, objs, added
    if kind == "old-manifest":
        new = f"sets/{w.set_id}/snapshots/{w.new_id}"
        objs[new] = objs[f"sets/{w.set_id}/snapshots/{w.old_id}"]
        return kind, objs, [new]
    if kind == "old-index":
        old = w.of("index/", w.first_objects)
        victim = r.choice(old)
        if r.random() < 0.5:
            new = r.choice(w.of("index/"))  # under the current index's name ...
            objs[new] = w.first_objects[victim]
            return kind, objs, [new]
        objs[victim] = w.first_objects[victim]  # ... or next to it, under its own name
        return kind, objs, [victim]
    if kind == "rollback":
        del objs[f"sets/{w.set_id}/snapshots/{w.new_id}"]
        return kind, objs, []
    if kind == "foreign-config":
        cfg = f"sets/{w.set_id}/config"
        src = w.foreign[r.choice(["same-k", "other-k"])]
        objs[cfg] = next(v for n, v in src.items() if n.endswith("/config"))
        return kind, objs, [cfg]
    raise AssertionError(kind)


def _named(msg: str, victims: list[str]) -> bool:
    if any(_ident(v) in msg for v in victims):
        return True
    return "missing" in msg or "not in any pack" in msg  # data gone: names the chat/file/blob


def test_random_mutations_are_never_restored_silently_wrong(world, tmp_path):
    n = count(100, 1200, "BACKUPGUI_TAMPER_MUTATIONS")
    r = rng("tamper")
    outcomes: Counter = Counter()
    kinds: Counter = Counter()
    target = tmp_path / "target"
    for i in range(n):
        kind, objs, victims = mutate(world, r)
        kinds[kind] += 1
        dest = MemDest(objs)
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(world.target, target)
        where = f"mutation {i} ({kind} {[_ident(v) for v in victims]})"
        try:
            res = restore(RestoreRequest(dest, target, KEY))
        except DamagedBackupError as exc:
            assert _named(str(exc), victims), f"{where}: damage reported without naming it: {exc}"
            assert library_state(target) == world.target_state, f"{where}: library changed"
            outcomes["damage reported"] += 1
        except (WrongKeyError, NotFoundError) as exc:
            # A changed config: with a typed 64-digit key, a failing key check means "wrong key"
            # (FORMAT.md 3.3); a modified key_check cannot be told from a wrong key.
            assert any(v.endswith("/config") for v in victims) or kind == "delete", \
                f"{where}: {type(exc).__name__}: {exc}"
            assert library_state(target) == world.target_state, f"{where}: library changed"
            outcomes[f"refused ({type(exc).__name__})"] += 1
        else:
            got = {k: v for k, v in content(target).items() if k in world.new_content}
            if got == world.new_content:
                outcomes["harmless (restored identical)"] += 1
            else:
                # Format v2: a newest manifest that does not authenticate (changed, truncated,
                # another one's bytes) is no snapshot, so the older one is restored - and the
                # result names the one it ignored. Only a deletion leaves nothing to name.
                said = any(world.new_id in w for w in res.warnings)
                assert kind == "rollback" or said, f"{where}: RESTORED WRONG DATA SILENTLY"
                assert got == {k: v for k, v in world.old_content.items()}, f"{where}: rollback"
                outcomes["rollback (restored the older backup)" if kind == "rollback" else
                         "older backup restored, the damaged newer one named"] += 1
        # Every remaining backup either verifies or is reported damaged, never anything else.
        try:
            ids = [b.snapshot_id for b in list_backups(dest)]
        except Exception as exc:  # pragma: no cover - a bug
            raise AssertionError(f"{where}: listing raised {exc!r}") from exc
        for sid in ids:
            try:
                verify(VerifyRequest(dest, KEY, snapshot=sid))
            except (DamagedBackupError, WrongKeyError, NotFoundError):
                outcomes["verify: damage found"] += 1
            else:
                outcomes["verify: intact"] += 1
    report("tampering", mutations=n, kinds=dict(sorted(kinds.items())),
           outcomes=dict(sorted(outcomes.items())))
    assert outcomes["damage reported"] > n // 3


def test_rollback_on_the_same_machine_is_not_yet_detected(world, tmp_path):
    """A provider that deletes the newest manifest rolls the user back to the older backup.
    On the machine that made the newer backup the app could know better (it made it)."""
    objs = dict(world.objects)
    del objs[f"sets/{world.set_id}/snapshots/{world.new_id}"]
    dest = MemDest(objs)
    res = restore(RestoreRequest(dest, tmp_path / "t", KEY))
    assert res.snapshot_id == world.old_id  # what a new machine gets: a complete older backup
    assert content(tmp_path / "t") == world.old_content


def test_rollback_on_the_same_machine_is_detected(world, tmp_path):
    lib = tmp_path / "lib"
    create_demo_library(lib, chats=1, seed=5, media_mb=0)
    root = tmp_path / "d"
    dest = FolderDestination(root)
    backup(BackupRequest(lib, dest, KEY, device_name="same"))
    with Library(lib) as L:
        add_demo_messages(L, L.chat_ids()[0], 3, seed=1)
    newest = backup(BackupRequest(lib, dest, KEY, device_name="same"))
    (root / "sets" / newest.set_id / "snapshots" / newest.snapshot_id).unlink()
    # Restoring "latest" on this machine refuses to take the older backup silently ...
    with pytest.raises(DamagedBackupError, match="rolled back"):
        restore(RestoreRequest(dest, lib, KEY))
    # ... and the next backup says what happened (and, by completing, heals the destination).
    healed = backup(BackupRequest(lib, dest, KEY, device_name="same"))
    assert any(newest.snapshot_id in w for w in healed.warnings)


@pytest.mark.parametrize("edit", ["truncate", "other set id", "not json"])
def test_damaged_config_is_reported_as_damage_not_as_no_backup(world, tmp_path, edit):
    objs = dict(world.objects)
    cfg = f"sets/{world.set_id}/config"
    if edit == "truncate":
        objs[cfg] = objs[cfg][:40]
    elif edit == "other set id":
        objs[cfg] = objs[cfg].replace(world.set_id.encode(), b"0" * 32)
    else:
        objs[cfg] = b"\x00" * 100
    with pytest.raises(DamagedBackupError, match="settings"):
        restore(RestoreRequest(MemDest(objs), tmp_path / "t", KEY))
    with pytest.raises(NotFoundError):  # an empty destination is still "no backup"
        restore(RestoreRequest(MemDest({}), tmp_path / "t", KEY))


@pytest.mark.parametrize("version", [None, "1", 0, True, 3])
def test_config_version_damage_is_named(world, tmp_path, version):
    import json

    objs = dict(world.objects)
    cfg = f"sets/{world.set_id}/config"
    doc = json.loads(objs[cfg])
    if version is None:
        doc["versIon"] = doc.pop("version")  # a bit flip in the field's name
    else:
        doc["version"] = version
    objs[cfg] = json.dumps(doc).encode()
    with pytest.raises(DamagedBackupError, match="settings"):
        restore(RestoreRequest(MemDest(objs), tmp_path / "t", KEY))
