"""On Drive (the emulator, over real HTTP): a whole read of a pack, index or manifest uses the
file id this destination's listing (or lookup, or upload) found for its name: one request,
not a lookup by name and a download. A set's ``config`` (replaced in place) is still looked up
afresh; a stale id (the file deleted, or its name made again elsewhere) falls back to one
fresh lookup (docs/DRIVE.md 5, docs/PERFORMANCE.md s18 "Drive reads by listed id")."""

from __future__ import annotations

from pathlib import Path

import pytest

from backupgui.crypto.material import RawKey
from backupgui.engine import BackupRequest, RestoreRequest, backup, restore, verify
from backupgui.engine.types import VerifyRequest
from backupgui.errors import NotFoundError
from backupgui.format.names import is_immutable_object
from backupgui.library.demo import add_demo_messages, create_demo_library
from backupgui.library.store import Library

KEY = RawKey(bytes(range(32)))


@pytest.fixture
def made(tmp_path: Path, make_dest) -> tuple[Path, str]:
    """A library backed up twice (two manifests, an index or more, packs); its set id."""
    lib = tmp_path / "lib"
    create_demo_library(lib, chats=2, seed=5, media_mb=0.2)
    backup(BackupRequest(lib, make_dest(), KEY))
    with Library(lib) as library:
        add_demo_messages(library, library.chat_ids()[0], 2, seed=6)
    return lib, backup(BackupRequest(lib, make_dest(), KEY)).set_id


def _names(dest, set_id: str, sub: str) -> list[str]:
    return [o.name for o in dest.list(f"sets/{set_id}/{sub}")]


def _kinds(emulator) -> list[str]:
    return [r["category"] for r in emulator.requests]


def _lookups_by_name(emulator, until_upload: bool = False) -> list[str]:
    """The ``files.list`` queries that look an immutable object up by its name (up to the
    first upload: what a backup's start asks)."""
    out = []
    for r in emulator.requests:
        if until_upload and r["category"].startswith(("upload", "create")):
            break
        q = (r.get("query") or {}).get("q", "")
        if r["category"] == "list" and "name = '" in q:
            name = q.split("name = '", 1)[1].split("'", 1)[0]
            if is_immutable_object(name):
                out.append(name)
    return out


def test_the_grammar_of_immutable_names():
    sid, oid = "0" * 32, "a" * 32
    for name in (f"sets/{sid}/data/{oid}", f"sets/{sid}/index/{oid}",
                 f"sets/{sid}/snapshots/20261127T014856.821Z-5eee0add", f"sets/{sid}/locks/{oid}"):
        assert is_immutable_object(name)
    for name in (f"sets/{sid}/config", f"sets/{sid}/data/{oid}x", f"sets/{sid}/data/{oid.upper()}",
                 f"sets/{sid}/index/../config", f"sets/{sid}/snapshots/{oid}", f"x/sets/{sid}/index/{oid}",
                 f"sets/{sid}/data/{oid}\n", f"sets/{sid}/keys/{oid}", f"sets/{sid}/locks/{oid}/x", "", None, 5):
        assert not is_immutable_object(name), name


@pytest.mark.parametrize("how", ["read", "stream"])
def test_a_listed_manifest_or_index_is_read_in_one_request(made, make_dest, emulator, how):
    _, set_id = made
    dest = make_dest()
    manifests, indexes = _names(dest, set_id, "snapshots/"), _names(dest, set_id, "index/")
    assert len(manifests) == 2 and indexes
    for name in manifests + indexes:
        emulator.clear_log()
        data = dest.read(name) if how == "read" else b"".join(dest.stream(name, 1 << 20))
        assert data and _kinds(emulator) == ["media"], name
    fresh = make_dest()
    emulator.clear_log()  # (and a lookup's id serves the next whole read too)
    first = fresh.read(manifests[0])
    assert fresh.read(manifests[0]) == first
    assert _kinds(emulator) == ["list", "media", "media"]


def test_the_config_is_still_looked_up_afresh(made, make_dest, emulator):
    _, set_id = made
    dest = make_dest()
    dest.list(f"sets/{set_id}/")
    name = f"sets/{set_id}/config"
    emulator.clear_log()
    assert dest.read(name)
    assert _kinds(emulator) == ["list", "media"]
    emulator.clear_log()
    assert b"".join(dest.stream(name))
    assert _kinds(emulator) == ["list", "media"]


@pytest.mark.parametrize("how", ["read", "stream"])
def test_a_stale_id_falls_back_to_a_fresh_lookup(made, make_dest, emulator, how):
    """The listed file was deleted and a file of that name made again elsewhere (nothing
    of backupgui does so; a provider or another program may): the cached id answers 404,
    and the one fresh lookup finds the file that is there now."""
    _, set_id = made
    dest = make_dest()
    name = _names(dest, set_id, "snapshots/")[0]
    other = make_dest()
    other.delete(name)
    other.put(name, b"made again", new=True)
    emulator.clear_log()
    data = dest.read(name) if how == "read" else b"".join(dest.stream(name))
    assert data == b"made again"
    assert _kinds(emulator) == ["media", "list", "media"]


@pytest.mark.parametrize("how", ["read", "stream"])
def test_a_listed_object_deleted_since_is_missing(made, make_dest, emulator, how):
    _, set_id = made
    dest = make_dest()
    name = _names(dest, set_id, "index/")[0]
    make_dest().delete(name)
    emulator.clear_log()
    with pytest.raises(NotFoundError):
        dest.read(name) if how == "read" else b"".join(dest.stream(name))
    assert _kinds(emulator) == ["media", "list"]


def test_a_stream_never_goes_on_from_another_file(made, make_dest, emulator):
    """Gone after its first chunk: the stream fails, it is never continued from whatever
    file a lookup finds then."""
    _, set_id = made
    dest = make_dest()
    name = max(_names(dest, set_id, "data/"), key=lambda n: emulator.store.get(
        next(f["id"] for f in emulator.store.all_views() if f["name"] == n))["size"])
    chunks = dest.stream(name, 64 << 10)
    assert next(chunks)
    other = make_dest()
    other.delete(name)
    other.put(name, b"x" * (1 << 20), new=True)
    with pytest.raises(NotFoundError):
        list(chunks)


def test_restore_and_verify_look_no_immutable_object_up_by_name(made, make_dest, emulator,
                                                                tmp_path):
    """Every pack, index and manifest a restore or a verify reads was listed first: none is
    looked up by its name (before: one ``files.list`` per index and manifest read)."""
    emulator.clear_log()
    restore(RestoreRequest(make_dest(), tmp_path / "restored", KEY))
    assert _lookups_by_name(emulator) == []
    emulator.clear_log()
    assert verify(VerifyRequest(make_dest(), KEY)).warnings == ()
    assert _lookups_by_name(emulator) == []
    assert "media" in _kinds(emulator)


def test_a_backups_start_looks_no_immutable_object_up_by_name(made, make_dest, emulator):
    """(Retention's deletes look none up either: tests/drive/test_deletes_by_listed_id.py.)"""
    lib, _ = made
    with Library(lib) as library:
        add_demo_messages(library, library.chat_ids()[0], 1, seed=7)
    emulator.clear_log()
    backup(BackupRequest(lib, make_dest(), KEY))
    assert _lookups_by_name(emulator, until_upload=True) == []
    assert any(r["category"].startswith("upload") for r in emulator.requests)
