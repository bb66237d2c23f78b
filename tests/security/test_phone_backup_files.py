"""Files of a phone backup opened by name are read only if they are regular files (s17).

An iPhone backup folder is a folder someone else made (copied from another computer, a
disk, an archive that keeps special files). A FIFO named ``Manifest.plist`` made the import
wait for ever: ``open()`` of a FIFO for reading blocks until something writes to it, before
any bound applies, so ``backupgui-cli import FOLDER`` hung silently and the GUI's phone
import hung at its first look at the folder (the worker never answered; Stop is not offered
there). The same for a database opened by name (a contacts file, a database found in the
backup). Now ``whatsapp_db/hostile.open_regular`` opens without waiting and reads only a
regular file; anything else is refused with a clear error, the library unchanged.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from backupgui.library.importers.whatsapp_db import PhoneBackupRequest, import_phone_backup
from backupgui.library.importers.whatsapp_db.hostile import HostileDatabaseError, open_database
from backupgui.library.importers.whatsapp_db.iphone import is_encrypted_backup
from backupgui.library.store import Library

from ..library.whatsapp_db.iphone_backup import ChatStorage, write_backup

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")


def _finishes(fn, fifo: Path, seconds: float = 20) -> BaseException | None:
    """Run ``fn`` in a thread; the error it ended with (None: it returned). Fails if it is
    still waiting after ``seconds`` (then the FIFO is opened for writing to free it)."""
    out: list[BaseException | None] = []

    def run() -> None:
        try:
            fn()
            out.append(None)
        except BaseException as exc:  # noqa: BLE001 - reported to the test
            out.append(exc)

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(seconds)
    if t.is_alive():
        fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)  # the reader is waiting: frees it
        os.close(fd)
        t.join(10)
        pytest.fail(f"still waiting on the FIFO {fifo.name} after {seconds} s")
    return out[0]


def _iphone_backup(tmp_path: Path) -> Path:
    cs = ChatStorage(tmp_path / "c.sqlite")
    cs.session("491701111111@s.whatsapp.net", "Ana")
    return write_backup(tmp_path / "backup", {"ChatStorage.sqlite": cs.close().read_bytes()})


def test_a_fifo_named_manifest_plist_is_refused_not_waited_on(tmp_path):
    folder = _iphone_backup(tmp_path)
    (folder / "Manifest.plist").unlink()
    os.mkfifo(folder / "Manifest.plist")
    err = _finishes(lambda: is_encrypted_backup(folder), folder / "Manifest.plist")
    assert isinstance(err, HostileDatabaseError) and "not a regular file" in str(err), err
    with Library(tmp_path / "lib") as lib:
        err = _finishes(lambda: import_phone_backup(lib, PhoneBackupRequest(folder)),
                        folder / "Manifest.plist")
        assert isinstance(err, HostileDatabaseError), err
        assert lib.counts() == (0, 0, 0)


def test_a_fifo_given_as_a_database_is_refused_not_waited_on(tmp_path):
    folder = _iphone_backup(tmp_path)
    fifo = tmp_path / "ContactsV2.sqlite"
    os.mkfifo(fifo)
    err = _finishes(lambda: open_database(fifo), fifo)
    assert isinstance(err, HostileDatabaseError) and "not a regular file" in str(err), err
    with Library(tmp_path / "lib") as lib:
        err = _finishes(lambda: import_phone_backup(lib, PhoneBackupRequest(folder, contacts=fifo)),
                        fifo)
        assert isinstance(err, HostileDatabaseError), err


def test_a_regular_file_behind_a_symbolic_link_is_read(tmp_path):
    """A file the user chose may be a symbolic link: what is checked is the file it opens."""
    folder = _iphone_backup(tmp_path)
    (tmp_path / "elsewhere.plist").write_bytes((folder / "Manifest.plist").read_bytes())
    (folder / "Manifest.plist").unlink()
    (folder / "Manifest.plist").symlink_to(tmp_path / "elsewhere.plist")
    assert is_encrypted_backup(folder) is False
