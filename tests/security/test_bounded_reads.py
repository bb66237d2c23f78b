"""Finding 7: reading a backup's small objects is bounded, and needs no key to attack.

Before the fix each set's ``config`` was read whole: a ``config`` that is a symlink to
``/dev/zero`` (or a multi-GB object on Drive) made ``list``, scheduled backups and the
restore wizard die with MemoryError, and one that is a FIFO hung them. Every read of a
config, manifest, index or trailer now has a size bound from docs/FORMAT.md, a folder
destination reads only regular files, and each failure is "damaged backup".

The attacks on the folder run in a child process with a 1.5 GiB address-space limit and a
timeout, so that the old code's behaviour (eat all memory, or hang) fails the test quickly
instead of taking the machine with it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from backupgui.destinations.folder import FolderDestination
from backupgui.engine import BackupRequest, RestoreRequest, backup, list_backups, restore
from backupgui.errors import DamagedBackupError

from .conftest import KEY

posix_only = pytest.mark.skipif(os.name != "posix", reason="symlinks to devices and FIFOs")

_CHILD = textwrap.dedent(r"""
    import json, resource, sys
    resource.setrlimit(resource.RLIMIT_AS, (1536 << 20, 1536 << 20))
    from backupgui.crypto.material import RawKey
    from backupgui.destinations.folder import FolderDestination
    from backupgui.engine import RestoreRequest, list_backups, restore
    from backupgui.engine.repository import Repo
    dest = FolderDestination(sys.argv[1])
    out = {}
    for what, call in (("list", lambda: list_backups(dest)),
                       ("open", lambda: Repo.open(dest, RawKey(bytes(range(32))), sys.argv[2])),
                       ("restore", lambda: restore(RestoreRequest(dest, sys.argv[3], RawKey(bytes(range(32))))))):
        try:
            call()
            out[what] = "ok"
        except MemoryError:
            out[what] = "MemoryError"
        except Exception as exc:
            out[what] = type(exc).__name__ + ": " + str(exc)
    print(json.dumps(out))
""")


def _attack(dest_dir: Path, set_id: str, tmp_path: Path) -> dict[str, str]:
    p = subprocess.run([sys.executable, "-c", _CHILD, str(dest_dir), set_id, str(tmp_path / "restored")],
                       capture_output=True, text=True, timeout=60)
    assert p.returncode == 0, p.stderr[-2000:]
    return json.loads(p.stdout)


def _backed_up(library: Path, tmp_path: Path) -> tuple[Path, str]:
    dest_dir = tmp_path / "dest"
    backup(BackupRequest(library, FolderDestination(dest_dir), KEY))
    (set_dir,) = (dest_dir / "sets").iterdir()
    return set_dir, set_dir.name


@posix_only
@pytest.mark.parametrize("target", ["/dev/zero", "/dev/urandom"])
def test_a_config_linked_to_an_endless_device_is_damage(library, tmp_path, target):
    set_dir, set_id = _backed_up(library, tmp_path)
    (set_dir / "config").unlink()
    (set_dir / "config").symlink_to(target)
    out = _attack(tmp_path / "dest", set_id, tmp_path)
    assert out["list"] == "ok"  # the set is not listed; nothing else breaks
    assert out["open"].startswith("DamagedBackupError"), out
    assert out["restore"].startswith(("DamagedBackupError", "NotFoundError")), out


@posix_only
def test_a_config_that_is_a_fifo_is_damage_not_a_hang(library, tmp_path):
    set_dir, set_id = _backed_up(library, tmp_path)
    (set_dir / "config").unlink()
    os.mkfifo(set_dir / "config")
    try:
        out = _attack(tmp_path / "dest", set_id, tmp_path)
    except subprocess.TimeoutExpired:
        pytest.fail("reading a FIFO config hung")
    assert out["open"].startswith("DamagedBackupError"), out


@posix_only
@pytest.mark.parametrize("kind", ["snapshot", "index"])
def test_manifest_and_index_that_are_not_regular_files_are_damage(library, tmp_path, kind):
    set_dir, set_id = _backed_up(library, tmp_path)
    sub = {"snapshot": "snapshots", "index": "index"}[kind]
    (obj,) = (set_dir / sub).iterdir()
    obj.unlink()
    obj.symlink_to("/dev/zero")
    out = _attack(tmp_path / "dest", set_id, tmp_path)
    assert out["restore"].startswith("DamagedBackupError"), out


def test_a_huge_config_is_read_only_as_far_as_its_bound(library, tmp_path):
    set_dir, set_id = _backed_up(library, tmp_path)
    (set_dir / "config").write_bytes(b"{" + b" " * (16 << 20) + b"}")
    reads: list[tuple[int, int | None]] = []

    class Counting(FolderDestination):
        def read(self, name, offset=0, length=None):
            data = super().read(name, offset, length)
            if name.endswith("/config"):
                reads.append((offset, len(data)))
            return data

    dest = Counting(tmp_path / "dest")
    assert list_backups(dest) == []
    with pytest.raises(DamagedBackupError):
        restore(RestoreRequest(dest, tmp_path / "restored", KEY))
    assert reads and all(n <= (64 << 10) + 1 for _, n in reads), reads


def test_an_oversized_authentic_manifest_is_refused_while_reading(library, tmp_path, monkeypatch):
    """With K, an attacker can make an authentic manifest of any size: reading stops at the
    format's bound (lowered here to 1 MiB so the test stays small)."""
    from backupgui.crypto.segments import ObjectType
    from backupgui.engine import repository

    set_dir, set_id = _backed_up(library, tmp_path)
    dest = FolderDestination(tmp_path / "dest")
    repo = repository.Repo.open(dest, KEY, set_id)
    (sid,) = repo.snapshot_names()
    repo.put_object(f"snapshots/{sid}", ObjectType.SNAPSHOT, os.urandom(3 << 20))
    monkeypatch.setitem(repository._MAX_PLAINTEXT, ObjectType.SNAPSHOT, 1 << 20)
    seen = []
    from backupgui.crypto.segments import SegmentReader

    real = SegmentReader._open

    def counting(self, *a, **kw):
        seg = real(self, *a, **kw)
        seen.append(len(seg))
        return seg

    monkeypatch.setattr(SegmentReader, "_open", counting)
    with pytest.raises(DamagedBackupError, match="larger than the format allows"):
        repo.load_manifest(sid)
    assert sum(seen) <= (1 << 20) + (1 << 20)  # stopped within one segment of the bound


def test_stray_non_grammar_files_in_a_set_are_ignored(library, tmp_path):
    """Files a sync tool or a person leaves (".DS_Store", "notes.txt") are not objects."""
    set_dir, _ = _backed_up(library, tmp_path)
    for sub in ("snapshots", "index", "data"):
        (set_dir / sub / ".DS_Store").write_bytes(b"\0\0\0\1Bud1")
    (tmp_path / "dest" / "sets" / "not-a-set").mkdir()
    (tmp_path / "dest" / "sets" / "not-a-set" / "config").write_bytes(b"{}")
    dest = FolderDestination(tmp_path / "dest")
    (b,) = list_backups(dest)
    restore(RestoreRequest(dest, tmp_path / "restored", KEY))
    backup(BackupRequest(library, dest, KEY))
    assert len(list_backups(dest)) == 2


def _limit_memory() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (1536 << 20, 1536 << 20))


@posix_only
@pytest.mark.parametrize("command", ["list", "restore"])
def test_the_cli_says_damaged_for_a_config_linked_to_dev_zero(library, tmp_path, command):
    """What a user (or a scheduled run) sees: exit code 5 and "damaged", not a crash."""
    set_dir, _ = _backed_up(library, tmp_path)
    (set_dir / "config").unlink()
    (set_dir / "config").symlink_to("/dev/zero")
    args = [sys.executable, "-m", "backupgui.cli", command, "--dest", str(tmp_path / "dest")]
    if command == "restore":
        args += ["--library", str(tmp_path / "restored"), "--key-file", str(tmp_path / "k")]
        (tmp_path / "k").write_text(bytes(range(32)).hex())
    p = subprocess.run(args, capture_output=True, text=True, timeout=60, preexec_fn=_limit_memory)
    assert p.returncode == 5, (p.returncode, p.stdout, p.stderr[-800:])
    assert "damaged" in p.stderr and "MemoryError" not in p.stderr
