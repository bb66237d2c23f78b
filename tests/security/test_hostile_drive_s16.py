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

from .test_hostile_drive import TOKEN, HostileDrive, _dest

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


CONFIG = "sets/" + "ab" * 16 + "/config"


@pytest.mark.parametrize("file_id", ["../../../oauth2/v3/userinfo", "a/b", "x' or name != '",
                                     "a\u202eb", "", "x" * 300],
                         ids=["dot-segments", "slash", "quote", "bidi", "empty", "too-long"])
def test_a_file_id_outside_drives_grammar_is_refused(drive, tmp_path, file_id):
    """A listed id is put into URLs (download, replace) and queries. Before: an id with
    dot segments made the download's GET (with the access token) leave ``drive/v3/files/``
    (``quote`` keeps '/'), and a replace's PATCH the same; Drive's ids are letters, digits,
    '-' and '_'."""
    entry = {"id": file_id, "name": CONFIG, "size": "3", "modifiedTime": "2026-01-01T00:00:00.000Z",
             "appProperties": {"bg": "1"}}
    drive.routes["/drive/v3/files"] = lambda h: h.send_json({"files": [entry]})
    d = _dest(drive, tmp_path)
    with pytest.raises(DestinationError, match="unusable answer"):
        d.read(CONFIG)
    with pytest.raises(DestinationError, match="unusable answer"):
        d.put(CONFIG, b"new")
    for _method, path, _headers in drive.seen:
        assert path.split("?")[0] in ("/drive/v3/about", "/drive/v3/files"), path


def test_a_folder_id_outside_drives_grammar_is_refused(drive, tmp_path):
    """The backup folder's id goes into every listing's query (``'<id>' in parents``).
    Before: an id with a quote was put there as it came."""
    queries = []

    def files(h):
        q = h.query.get("q", "")
        if "application/vnd.google-apps.folder" in q:
            h.send_json({"files": [{"id": "x' in parents or '1' = '1",
                                    "createdTime": "2026-01-01T00:00:00.000Z"}]})
        else:
            queries.append(q)
            h.send_json({"files": []})

    drive.routes["/drive/v3/files"] = files
    with pytest.raises(DestinationError, match="unusable answer"):
        _dest(drive, tmp_path, folder="backupgui").list("sets/")
    assert queries == []


@pytest.mark.parametrize("retry_after", ["31536000000", "-5", "nan", "inf", "1e999", "0x10",
                                         "Wed, 21 Oct 2999 07:28:00 GMT"])
def test_a_retry_after_of_years_or_nonsense_waits_a_bounded_time(drive, tmp_path, retry_after):
    """Held: a rate-limit answer's ``Retry-After`` of a thousand years, a negative number,
    NaN, infinity or a date is waited at most ``RetryPolicy.max_retry_after`` (300 s) and at
    least nothing, per attempt, for a bounded number of attempts."""
    import math

    drive.routes["/drive/v3/files"] = lambda h: h.send_body(
        json.dumps({"error": {"code": 429, "errors": [{"reason": "rateLimitExceeded"}]}}).encode(),
        429, {"Retry-After": retry_after})
    sleeps: list[float] = []
    retry = RetryPolicy(max_attempts=4, sleep=sleeps.append, rand=lambda: 0.5)
    d = GoogleDriveDestination(Credentials(token=TOKEN), api_root=drive.root, options=DriveOptions(
        timeout=5, spool_dir=tmp_path / "spool", retry=retry), resume_pending=False)
    with pytest.raises(DestinationError):
        d.list("sets/")
    assert len(sleeps) == 3
    assert all(math.isfinite(s) and 0 <= s <= retry.max_retry_after for s in sleeps), sleeps


def test_a_drive_that_answers_401_for_ever_does_not_start_a_refresh_storm(drive, tmp_path):
    """Held: every request answered 401 however fresh the token. google-auth refreshes at
    most twice per request, and a 401 is not retried: the sign-in is said to be rejected
    after two refreshes, not a loop of refreshes."""
    calls = {"token": 0}

    def token(h):
        calls["token"] += 1
        h.send_json({"access_token": f"fresh-{calls['token']}", "expires_in": 3600})

    unauthorized = lambda h: h.send_json({"error": {"code": 401, "message": "no"}}, 401)  # noqa: E731
    drive.routes.update({"/token": token, "/drive/v3/about": unauthorized,
                         "/drive/v3/files": unauthorized})
    creds = Credentials(token="old", refresh_token="refresh", token_uri=drive.root + "token",
                        client_id="client", client_secret="secret")
    retry = RetryPolicy(sleep=lambda s: None, rand=lambda: 0.5)
    with pytest.raises(DestinationError, match="sign-in"):
        GoogleDriveDestination(creds, api_root=drive.root, options=DriveOptions(
            timeout=5, spool_dir=tmp_path / "spool", retry=retry), resume_pending=False)
    assert calls["token"] <= 2 and len(drive.seen) <= 6, (calls, len(drive.seen))


@pytest.mark.parametrize("status", [301, 302, 303, 307])
def test_a_redirected_download_or_upload_carries_no_token_or_data_elsewhere(drive, other, tmp_path,
                                                                             status):
    """Held: a download (GET) and a small upload (POST) answered with a redirect to another
    host. httplib2 drops the Authorization header on every redirect, follows a POST only
    for 303 (as a GET without its body) and 308 is no redirect here (2.4), so the other
    host sees neither the token nor the object's bytes."""
    entry = {"id": "f1", "name": CONFIG, "size": "3", "modifiedTime": "2026-01-01T00:00:00.000Z",
             "appProperties": {"bg": "1"}}
    drive.routes["/drive/v3/files"] = lambda h: h.send_json({"files": [entry]})
    away = lambda h: h.send_body(b"", status, {"Location": other.root + "elsewhere"})  # noqa: E731
    drive.routes["/drive/v3/files/f1"] = away
    drive.routes["/upload/drive/v3/files/f1"] = away
    other.routes["/elsewhere"] = lambda h: h.send_body(b"abc", 200, {"Content-Type": "text/plain"})
    d = _dest(drive, tmp_path)
    try:
        d.read(CONFIG)
    except DestinationError:
        pass  # refusing is as good
    try:
        d.put(CONFIG, b"secret-ciphertext")
    except DestinationError:
        pass
    for _method, _path, headers in other.seen:
        assert TOKEN not in json.dumps(headers)
        assert "authorization" not in {k.lower() for k in headers}
    assert all(m == "GET" for m, _, _ in other.seen), other.seen
