"""On Drive (the emulator, over real HTTP): a delete of a pack, index or manifest this open
listed uses the file ids that listing gave, every one of them (Drive allows a name twice):
one request per file, not a lookup by name first. A 404 (deleted meanwhile, or the name made
again elsewhere) looks the name up once and deletes what is there now; an id listed under
two names is never deleted; a file renamed after the listing is deleted as the bytes that
were listed, never the other name's file (docs/DRIVE.md 5, "Deletes")."""

from __future__ import annotations

from pathlib import Path

import pytest

from backupgui.crypto.material import RawKey
from backupgui.engine import BackupRequest, RestoreRequest, backup, restore, verify
from backupgui.engine.repository import Repo
from backupgui.engine.types import VerifyRequest
from backupgui.library.demo import add_demo_messages, create_demo_library
from backupgui.library.store import Library
from tests.drive.test_reads_by_listed_id import _kinds, _lookups_by_name

KEY = RawKey(bytes(range(32)))


@pytest.fixture
def made(tmp_path: Path, make_dest) -> tuple[Path, str]:
    """A library backed up three times (three manifests, indexes, packs); its set id."""
    lib = tmp_path / "lib"
    create_demo_library(lib, chats=3, seed=5, media_mb=0.2)
    for i in range(3):
        with Library(lib) as library:
            add_demo_messages(library, library.chat_ids()[0], 2, seed=6 + i)
        set_id = backup(BackupRequest(lib, make_dest(), KEY, keep=100)).set_id
    return lib, set_id


def _files(emulator, name: str) -> list[str]:
    return [v["id"] for v in emulator.store.all_views() if v["name"] == name]


def _second_file(make_dest, name: str, data: bytes) -> None:
    """Another file under ``name`` (a new file: no lookup, so Drive then holds the name
    twice)."""
    up = make_dest().upload_new(name)
    up.write(data)
    up.commit()


def test_retention_deletes_what_it_listed_without_a_lookup_by_name(made, make_dest, emulator,
                                                                   tmp_path):
    """A backup whose retention removes three backups, the packs of a cleared chat and the
    old indexes: no pack, index or manifest is looked up by its name (before: one
    ``files.list`` per delete), one delete per file, and what is kept restores and
    verifies."""
    lib, set_id = made
    with Library(lib) as library, library.transaction() as w:
        w.clear_chat(library.chat_ids()[1])
    before = {v["name"] for v in emulator.store.all_views()}
    emulator.clear_log()
    result = backup(BackupRequest(lib, make_dest(), KEY, keep=1))
    assert len(result.removed_snapshots) == 3
    after = {v["name"] for v in emulator.store.all_views()}
    gone = before - after
    assert sum(n.startswith(f"sets/{set_id}/data/") for n in gone) >= 1  # (the cleared chat's)
    assert sum(n.startswith(f"sets/{set_id}/snapshots/") for n in gone) == 3
    assert _lookups_by_name(emulator) == []
    # one delete per file gone, and two for this run's own locks (the backup's shared one
    # and the clean-up's exclusive one, FORMAT.md 10.3), each released by its id
    assert _kinds(emulator).count("delete") == len(gone) + 2
    restore(RestoreRequest(make_dest(), tmp_path / "restored", KEY))
    assert verify(VerifyRequest(make_dest(), KEY)).warnings == ()


def test_a_name_listed_twice_loses_both_files(made, make_dest, emulator):
    """Drive holds a manifest's name twice, the same bytes (a copy: a provider's doing; a
    lost answer's duplicate is found by its job id): retention's delete removes both files,
    as the lookup by name did."""
    lib, set_id = made
    oldest = Repo.open(make_dest(), KEY).snapshots().infos[0].snapshot_id
    name = f"sets/{set_id}/snapshots/{oldest}"
    _second_file(make_dest, name, make_dest().read(name))
    assert len(_files(emulator, name)) == 2
    with Library(lib) as library:
        add_demo_messages(library, library.chat_ids()[0], 1, seed=40)
    emulator.clear_log()
    result = backup(BackupRequest(lib, make_dest(), KEY, keep=2))
    assert oldest in result.removed_snapshots
    assert _files(emulator, name) == []
    assert _lookups_by_name(emulator) == []


def test_a_delete_answered_404_is_already_gone(made, make_dest, emulator):
    """Deleted by another computer after this one listed it: the 404 costs one lookup,
    which finds nothing, and the delete is done (no error)."""
    _, set_id = made
    dest = make_dest()
    name = dest.list(f"sets/{set_id}/snapshots/")[0].name
    make_dest().delete(name)
    emulator.clear_log()
    dest.delete(name)
    assert _kinds(emulator) == ["delete", "list"]
    assert _files(emulator, name) == []


def test_a_file_made_again_under_the_name_after_the_listing_goes_too(made, make_dest, emulator):
    """The listed file deleted and the name made again elsewhere (nothing of backupgui does
    so; a provider or another program may): the listed id answers 404, and the one lookup
    finds the file that is there now, which is deleted as the lookup by name did."""
    _, set_id = made
    dest = make_dest()
    name = dest.list(f"sets/{set_id}/index/")[0].name
    other = make_dest()
    other.delete(name)
    _second_file(make_dest, name, b"made again")
    emulator.clear_log()
    dest.delete(name)
    assert _kinds(emulator) == ["delete", "list", "delete"]
    assert _files(emulator, name) == []


def test_a_file_renamed_after_the_listing_is_deleted_as_the_bytes_listed(made, make_dest,
                                                                         emulator, tmp_path):
    """After the listing, the provider renames the file of a manifest that retention
    deletes to the name of the newest manifest (it now holds that name twice, the renamed
    file the newer). The delete by the listed id removes the renamed file, the bytes listed
    as the old manifest; the newest manifest's own file stays and reads. (A lookup by the
    old name found nothing and left the renamed file as a second file of the newest
    manifest's name, the newer one, which a listing takes for that name.)"""
    lib, set_id = made
    dest = make_dest()
    listed = [o.name for o in dest.list(f"sets/{set_id}/snapshots/")]
    old, newest = listed[0], listed[-1]
    (renamed,) = _files(emulator, old)
    (kept,) = _files(emulator, newest)
    emulator.store.update(renamed, {"name": newest})
    emulator.clear_log()
    dest.delete(old)
    assert _kinds(emulator) == ["delete"]
    assert _files(emulator, newest) == [kept]
    newest_id = newest.rsplit("/", 1)[1]
    assert Repo.open(make_dest(), KEY).snapshots().newest.snapshot_id == newest_id
    restore(RestoreRequest(make_dest(), tmp_path / "restored", KEY))


def test_an_id_listed_under_two_names_is_never_deleted(made, make_dest, emulator, monkeypatch):
    """A hostile listing shows a kept pack's file also under a manifest's name that is then
    deleted: neither delete removes it (keeping it costs storage only), and the backup
    still restores and verifies."""
    _, set_id = made
    dest = make_dest()
    manifest = dest.list(f"sets/{set_id}/snapshots/")[0].name
    pack = dest.list(f"sets/{set_id}/data/")[0].name
    (pack_file,) = _files(emulator, pack)
    real = emulator.store.all_views

    def views():
        out = real()
        fake = next(v for v in out if v["id"] == pack_file)
        return [v for v in out if v["name"] != manifest] + [{**fake, "name": manifest}]

    monkeypatch.setattr(emulator.store, "all_views", views)
    dest.list(f"sets/{set_id}/snapshots/")  # (the manifest's name now lists the pack's file)
    emulator.clear_log()
    dest.delete(manifest)
    assert "delete" not in _kinds(emulator)
    monkeypatch.undo()
    assert _files(emulator, pack) == [pack_file]
    assert verify(VerifyRequest(make_dest(), KEY)).warnings == ()


def test_a_config_is_still_looked_up_before_its_delete(made, make_dest, emulator):
    """A set's ``config`` is replaced in place: its delete (a set's removal) looks it up."""
    _, set_id = made
    dest = make_dest()
    dest.list(f"sets/{set_id}/")
    emulator.clear_log()
    dest.delete(f"sets/{set_id}/config")
    assert _kinds(emulator) == ["list", "delete"]

