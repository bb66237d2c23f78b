"""The sixth hostile pass: what a storage provider (whatever answers as Google Drive) can
make the client do with the URLs, ids and numbers it hands back. A "Drive" on 127.0.0.1
(``test_hostile_drive.HostileDrive``) and a second server standing for another host."""

from __future__ import annotations

import json
import threading

import pytest
from google.oauth2.credentials import Credentials

from backupgui.destinations.gdrive import DriveOptions, GoogleDriveDestination
from backupgui.destinations.gdrive_retry import RetryPolicy
from backupgui.errors import DestinationError

from .test_hostile_drive import TOKEN, HostileDrive

PACK = "sets/" + "ab" * 16 + "/data/" + "cd" * 16


@pytest.fixture
def drive():
    d = HostileDrive()
    try:
        yield d
    finally:
        d.stop()


@pytest.fixture
def other():
    d = HostileDrive()
    try:
        yield d
    finally:
        d.stop()


def _resumable(drive: HostileDrive, tmp_path) -> GoogleDriveDestination:
    retry = RetryPolicy(max_attempts=3, sleep=lambda s: None, rand=lambda: 0.5)
    return GoogleDriveDestination(Credentials(token=TOKEN), api_root=drive.root, options=DriveOptions(
        timeout=5, spool_dir=tmp_path / "spool", retry=retry, chunk_size=256 * 1024,
        chunk_max=256 * 1024, multipart_max=1), resume_pending=False)


def _commit(up) -> BaseException | None:
    done: list[BaseException | None] = []

    def run() -> None:
        try:
            up.commit()
            done.append(None)
        except BaseException as exc:  # noqa: BLE001 - inspected by the caller
            done.append(exc)

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(60)
    assert done, "the upload did not end"
    return done[0]


@pytest.mark.parametrize("where", ["other-host", "relative-elsewhere", "other-scheme"])
def test_an_upload_session_elsewhere_gets_neither_the_token_nor_the_data(drive, other, tmp_path, where):
    """A resumable upload's ``Location`` naming another server: the client sent that server
    every chunk of the user's (encrypted) object with the OAuth access token."""
    location = {"other-host": other.root + "session?upload_id=x",
                "relative-elsewhere": "//" + other.root.split("//")[1] + "session",
                "other-scheme": "ftp://" + other.root.split("//")[1] + "session"}[where]
    drive.routes["/drive/v3/files"] = lambda h: h.send_json({"files": []})
    drive.routes["/upload/drive/v3/files"] = lambda h: h.send_body(b"{}", 200, {"Location": location})
    other.routes["/session"] = lambda h: h.send_json({"id": "f1", "name": PACK, "size": str(512 * 1024)})
    up = _resumable(drive, tmp_path).upload_new(PACK)
    up.write(b"x" * (512 * 1024))
    err = _commit(up)
    assert isinstance(err, DestinationError), err
    assert other.seen == [], "another host was sent the upload"


def test_a_journaled_session_elsewhere_is_started_again_here(drive, other, tmp_path):
    """A journal entry whose session URI names another host (changed on disk, or written for
    another API root) is not resumed there: a new session starts at this Drive."""
    import hashlib

    data = b"y" * (512 * 1024)
    state = {"fail": True}

    def session(h):
        if state["fail"]:
            h.send_json({"error": {"code": 503, "message": "later"}}, 503)
        else:
            h.send_json({"id": "f1", "name": PACK, "size": str(len(data)),
                         "sha256Checksum": hashlib.sha256(data).hexdigest()})

    drive.routes["/drive/v3/files"] = lambda h: h.send_json({"files": []})
    drive.routes["/upload/drive/v3/files"] = lambda h: h.send_body(
        b"{}", 200, {"Location": drive.root + "upload/session"})
    drive.routes["/upload/session"] = session
    other.routes["/upload/session"] = session
    up = _resumable(drive, tmp_path).upload_new(PACK)
    up.write(data)
    assert isinstance(_commit(up), DestinationError)
    up.abort()
    entries = list((tmp_path / "spool").rglob("*.json"))
    assert len(entries) == 1
    entry = json.loads(entries[0].read_text())
    assert entry["session"] == drive.root + "upload/session"
    entry["session"] = other.root + "upload/session"
    entries[0].write_text(json.dumps(entry))
    state["fail"] = False
    again = _resumable(drive, tmp_path)
    again.resume_pending()
    assert other.seen == [], "a journaled session sent the upload to another host"
    assert list((tmp_path / "spool").rglob("*.json")) == []  # finished here
