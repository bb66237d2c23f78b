"""The decrypted database lives only in a private work folder, which goes away after the
import, and after a crash at the next start (stale-temp cleanup)."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import textwrap
import time

from backupgui.library.importers.whatsapp_db import (
    Crypt15Key,
    PhoneBackupRequest,
    crypt,
    import_phone_backup,
    open_phone_backup,
    workdir,
)

from . import encoder
from .conftest import build_android

ROOT = bytes(range(32))


def _backup(tmp_path):
    db = build_android(tmp_path / "msgstore.db", "current")
    enc = tmp_path / "msgstore.db.crypt15"
    enc.write_bytes(encoder.encrypt_crypt15(db.read_bytes(), ROOT))
    db.unlink()
    return PhoneBackupRequest(enc, Crypt15Key(ROOT))


def test_plaintext_only_in_the_private_folder(tmp_path, lib, monkeypatch):
    req = _backup(tmp_path)
    seen = []
    real = crypt.decrypt_database

    def spy(src, key, dst, **kw):
        folder = dst.parent
        seen.append((dst, stat.S_IMODE(os.stat(folder).st_mode),
                     stat.S_IMODE(os.stat(folder.parent).st_mode)))
        return real(src, key, dst, **kw)

    monkeypatch.setattr(crypt, "decrypt_database", spy)
    with open_phone_backup(req) as backup:
        dst, mode, parent_mode = seen[0]
        assert dst.parent.parent == workdir.work_root()
        assert mode == 0o700 and parent_mode == 0o700
        assert stat.S_IMODE(dst.stat().st_mode) == 0o600
        assert dst.read_bytes()[:16] == b"SQLite format 3\x00"
        backup.import_into(lib)
    assert not dst.parent.exists()
    # Nothing of the database next to the backup or in the library.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["library", "msgstore.db.crypt15"]


def test_removed_after_a_failure(tmp_path, lib):
    req = _backup(tmp_path)
    import dataclasses

    bad = dataclasses.replace(req, key=Crypt15Key(bytes(32)))
    try:
        import_phone_backup(lib, bad)
    except Exception:  # noqa: BLE001 - the wrong key is the point
        pass
    assert list(workdir.work_root().iterdir()) == []


_CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from backupgui.library.importers.whatsapp_db import open_phone_backup, PhoneBackupRequest, Crypt15Key
    b = open_phone_backup(PhoneBackupRequest(Path(sys.argv[1]), Crypt15Key(bytes(range(32)))))
    print(b._work.path, flush=True)
    time.sleep(60)
""")


def test_left_by_a_killed_process_is_removed_later(tmp_path):
    req = _backup(tmp_path)
    child = subprocess.Popen([sys.executable, "-c", _CHILD, str(req.path)],
                             stdout=subprocess.PIPE, text=True, env=os.environ.copy())
    try:
        left = child.stdout.readline().strip()
        assert left and os.path.isdir(left)
        assert os.path.exists(os.path.join(left, "msgstore.db"))
        # While it runs, its folder is not anyone else's to remove.
        assert workdir.remove_stale() == 0 and os.path.isdir(left)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    deadline = time.monotonic() + 5
    while os.path.isdir(left) and time.monotonic() < deadline:
        workdir.remove_stale()
        time.sleep(0.05)
    assert not os.path.exists(left)


def test_app_start_removes_leftovers(tmp_path):
    stale = workdir.work_root() / "wa-{}~999999999~0123456789abcdef".format(
        workdir.owned_name().split("~")[0])
    stale.mkdir()
    (stale / "msgstore.db").write_bytes(b"SQLite format 3\x00secret")
    from backupgui.library.importers.whatsapp_db import remove_stale

    assert remove_stale() == 1
    assert not stale.exists()
