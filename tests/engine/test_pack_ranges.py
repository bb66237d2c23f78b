"""A restore and a verify read each pack through one open file (``Destination.open_ranges``):
every pack they open is closed again, after success, damage and a cancel alike."""

from __future__ import annotations

import os

import pytest

from backupgui.crypto.keys import generate_key
from backupgui.crypto.material import RawKey
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import RestoreRequest, VerifyRequest, restore, verify
from backupgui.errors import CancelledError, DamagedBackupError
from backupgui.jobs import CancelToken
from backupgui.library.demo import create_demo_library

from .helpers import backup_to

pytestmark = pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="counts /proc/self/fd")


def _open_packs() -> list[str]:
    out = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if "/data/" in target and "/dest/" in target:
            out.append(target)
    return out


class _Opens(FolderDestination):
    """Counts how often each object is opened (its name checked)."""

    def __init__(self, root) -> None:
        super().__init__(root)
        self.opened: list[str] = []

    def _open(self, name):
        self.opened.append(name)
        return super()._open(name)


@pytest.fixture(scope="module")
def backed_up(tmp_path_factory):
    root = tmp_path_factory.mktemp("ranges")
    create_demo_library(root / "lib", chats=4, seed=41, media_mb=3)
    key = RawKey(generate_key())
    res = backup_to(root / "lib", FolderDestination(root / "dest"), key, pack_size=1 << 20)
    return root, key, res


def test_each_pack_is_opened_once_and_closed(backed_up, tmp_path):
    root, key, res = backed_up
    dest = _Opens(root / "dest")
    restore(RestoreRequest(dest, tmp_path / "out", key))
    packs = [n for n in dest.opened if "/data/" in n]
    assert packs and len(packs) == len(set(packs))  # once each, though read by many ranges
    assert _open_packs() == []
    dest.opened.clear()
    verify(VerifyRequest(dest, key))
    packs = [n for n in dest.opened if "/data/" in n]
    assert packs and len(packs) == len(set(packs))
    assert _open_packs() == []


def test_no_pack_stays_open_after_damage_or_a_cancel(backed_up, tmp_path):
    root, key, res = backed_up
    data = root / "dest" / "sets" / res.set_id / "data"
    victim = max(data.iterdir(), key=lambda p: p.stat().st_size)
    original = victim.read_bytes()
    raw = bytearray(original)
    raw[len(raw) // 2] ^= 1
    victim.write_bytes(bytes(raw))
    try:
        with pytest.raises(DamagedBackupError):
            restore(RestoreRequest(FolderDestination(root / "dest"), tmp_path / "a", key))
        assert _open_packs() == []
        with pytest.raises(DamagedBackupError):
            verify(VerifyRequest(FolderDestination(root / "dest"), key))
        assert _open_packs() == []
    finally:
        victim.write_bytes(original)
    token = CancelToken()
    token.cancel()
    with pytest.raises(CancelledError):
        restore(RestoreRequest(FolderDestination(root / "dest"), tmp_path / "b", key), cancel=token)
    assert _open_packs() == []
