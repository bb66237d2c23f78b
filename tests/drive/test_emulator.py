"""The Drive emulator speaks the protocol the real client library uses."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from google.oauth2.credentials import Credentials
from googleapiclient.errors import HttpError, ResumableUploadError
from googleapiclient.http import MediaIoBaseUpload

from backupgui.destinations.gdrive import build_service, make_http
from backupgui.services.drive_emulator import DriveEmulator
from backupgui.services.drive_emulator.faults import FaultPlan
from backupgui.services.drive_emulator.query import QueryError, compile_query, parse_fields, select

from .conftest import TOKEN

KiB = 1024


@pytest.fixture
def svc(emulator):
    return build_service(emulator.root_url, make_http(Credentials(token=TOKEN), 10))


def _req(emulator, method, path, body=None, headers=None, token=TOKEN):
    h = {"Authorization": f"Bearer {token}"} if token else {}
    h.update(headers or {})
    r = urllib.request.Request(emulator.root_url + path.lstrip("/"), data=body, method=method, headers=h)
    try:
        with urllib.request.urlopen(r) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def test_client_library_multipart_and_resumable(svc, emulator):
    data = os.urandom(700 * KiB + 3)
    meta = {"name": "a 'quoted' name", "parents": ["appDataFolder"], "appProperties": {"k": "v"}}
    simple = svc.files().create(body=meta, fields="id,size,md5Checksum",
                                media_body=MediaIoBaseUpload(io.BytesIO(b"hello"), "application/octet-stream",
                                                             resumable=False)).execute()
    assert simple["size"] == "5"
    req = svc.files().create(body=dict(meta, name="big"), fields="id,size",
                             media_body=MediaIoBaseUpload(io.BytesIO(data), "application/octet-stream",
                                                          chunksize=256 * KiB, resumable=True))
    resp = None
    while resp is None:
        _, resp = req.next_chunk(num_retries=0)
    assert resp["size"] == str(len(data))
    got = svc.files().get_media(fileId=resp["id"]).execute()
    assert got == data
    found = svc.files().list(spaces="appDataFolder", q="name = 'a \\'quoted\\' name' and trashed = false",
                             fields="files(id,name,appProperties)").execute()["files"]
    assert found == [{"id": simple["id"], "name": "a 'quoted' name", "appProperties": {"k": "v"}}]
    # Files in appDataFolder are invisible to the default "drive" space.
    assert svc.files().list(fields="files(id)").execute()["files"] == []


def test_multipart_crlf(emulator):
    boundary = "XyZ"
    body = (f"--{boundary}\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n"
            + json.dumps({"name": "crlf", "parents": ["appDataFolder"]})
            + f"\r\n--{boundary}\r\nContent-Type: application/octet-stream\r\n\r\n").encode() \
        + b"line1\r\nline2" + f"\r\n--{boundary}--\r\n".encode()
    status, _, out = _req(emulator, "POST", "upload/drive/v3/files?uploadType=multipart&fields=id,size", body,
                          {"Content-Type": f'multipart/related; boundary="{boundary}"'})
    assert status == 200
    fid = json.loads(out)["id"]
    status, _, content = _req(emulator, "GET", f"drive/v3/files/{fid}?alt=media")
    assert content == b"line1\r\nline2"


def test_resumable_protocol_details(emulator):
    st, h, _ = _req(emulator, "POST", "upload/drive/v3/files?uploadType=resumable",
                    json.dumps({"name": "r", "parents": ["appDataFolder"]}).encode(),
                    {"Content-Type": "application/json", "X-Upload-Content-Length": str(600 * KiB)})
    assert st == 200 and h["Location"].startswith(emulator.root_url + "upload/drive/v3/files?")
    session = h["Location"][len(emulator.root_url):]
    # Non-final chunk that is not a multiple of 256 KiB: 400.
    st, _, _ = _req(emulator, "PUT", session, b"x" * 1000, {"Content-Range": f"bytes 0-999/{600 * KiB}"})
    assert st == 400
    st, h, _ = _req(emulator, "PUT", session, b"", {"Content-Range": f"bytes */{600 * KiB}"})
    assert st == 308 and "Range" not in h
    st, h, _ = _req(emulator, "PUT", session, b"a" * 256 * KiB, {"Content-Range": f"bytes 0-{256 * KiB - 1}/{600 * KiB}"})
    assert st == 308 and h["Range"] == f"bytes=0-{256 * KiB - 1}"
    st, h, _ = _req(emulator, "PUT", session, b"", {"Content-Range": f"bytes */{600 * KiB}"})
    assert st == 308 and h["Range"] == f"bytes=0-{256 * KiB - 1}"
    rest = 600 * KiB - 256 * KiB
    st, _, out = _req(emulator, "PUT", session, b"b" * rest,
                      {"Content-Range": f"bytes {256 * KiB}-{600 * KiB - 1}/{600 * KiB}"})
    assert st == 200 and json.loads(out)["name"] == "r"
    # A status query after completion returns the file again (lost final response).
    st, _, out = _req(emulator, "PUT", session, b"", {"Content-Range": f"bytes */{600 * KiB}"})
    assert st == 200
    st, _, _ = _req(emulator, "PUT", "upload/drive/v3/files?uploadType=resumable&upload_id=nope", b"",
                    {"Content-Range": "bytes */10"})
    assert st == 404
    # Range download: 206 + Content-Range; past the end: 416.
    fid = json.loads(out)["id"]
    st, h, body = _req(emulator, "GET", f"drive/v3/files/{fid}?alt=media", headers={"Range": "bytes=10-19"})
    assert st == 206 and h["Content-Range"] == f"bytes 10-19/{600 * KiB}" and body == b"a" * 10
    st, _, _ = _req(emulator, "GET", f"drive/v3/files/{fid}?alt=media", headers={"Range": f"bytes={600 * KiB}-"})
    assert st == 416


def test_auth_and_error_shapes(emulator):
    st, h, body = _req(emulator, "GET", "drive/v3/about?fields=user", token="wrong")
    assert st == 401 and json.loads(body)["error"]["errors"][0]["reason"] == "authError"
    st, _, body = _req(emulator, "GET", "drive/v3/about")
    assert st == 400
    emulator.quota = 5000
    st, _, body = _req(emulator, "GET", "drive/v3/about?fields=storageQuota,user(emailAddress)")
    assert json.loads(body) == {"storageQuota": {"limit": "5000", "usage": "0", "usageInDrive": "0",
                                                 "usageInDriveTrash": "0"},
                                "user": {"emailAddress": "user@example.com"}}
    st, _, body = _req(emulator, "GET", "drive/v3/files/missing?fields=id")
    err = json.loads(body)["error"]
    assert st == 404 and err["code"] == 404 and err["errors"][0]["reason"] == "notFound"
    st, _, body = _req(emulator, "POST", "upload/drive/v3/files?uploadType=media", b"x" * 6000,
                       {"Content-Type": "application/octet-stream"})
    assert st == 403 and json.loads(body)["error"]["errors"][0]["reason"] == "storageQuotaExceeded"


def test_list_paging_query_update_delete(svc):
    files = svc.files()
    folder = files.create(body={"name": "f", "mimeType": "application/vnd.google-apps.folder",
                                "parents": ["appDataFolder"]}, fields="id").execute()["id"]
    for i in range(5):
        files.create(body={"name": f"n{i}", "parents": [folder], "appProperties": {"g": str(i % 2)}},
                     media_body=MediaIoBaseUpload(io.BytesIO(b"z" * i), "application/octet-stream")).execute()
    names, token = [], None
    while True:
        page = files.list(spaces="appDataFolder", q=f"'{folder}' in parents", pageSize=2, pageToken=token,
                          fields="nextPageToken,files(name,size)", orderBy="name").execute()
        names += [f["name"] for f in page["files"]]
        token = page.get("nextPageToken")
        if not token:
            break
    assert names == ["n0", "n1", "n2", "n3", "n4"]
    q = (f"'{folder}' in parents and (appProperties has {{ key='g' and value='1' }} or name = 'n0') "
         "and not name = 'n3' and trashed = false")
    got = files.list(spaces="appDataFolder", q=q, fields="files(name)", orderBy="name").execute()["files"]
    assert [f["name"] for f in got] == ["n0", "n1"]
    n1 = files.list(spaces="appDataFolder", q="name = 'n1'", fields="files(id)").execute()["files"][0]["id"]
    upd = files.update(fileId=n1, body={"appProperties": {"g": None, "h": "x"}},
                       fields="appProperties").execute()
    assert upd == {"appProperties": {"h": "x"}}
    files.delete(fileId=folder).execute()  # deletes the children too
    assert files.list(spaces="appDataFolder", fields="files(id)").execute()["files"] == []
    with pytest.raises(HttpError) as ei:
        files.delete(fileId=folder).execute()
    assert ei.value.resp.status == 404
    with pytest.raises(HttpError):
        files.list(spaces="appDataFolder", q="bogus ~ 1").execute()


def test_query_and_fields_units():
    f = {"name": "a", "trashed": False, "_parent_aliases": ["p"], "appProperties": {"k": "v"}}
    assert compile_query("name = 'a' and not trashed = true")(f)
    assert compile_query("('x' in parents or 'p' in parents) and appProperties has { key='k' and value='v' }")(f)
    assert not compile_query("name != 'a' or appProperties has { key='k' and value='w' }")(f)
    with pytest.raises(QueryError):
        compile_query("name = 'a' and")
    spec = parse_fields("nextPageToken,files(id,appProperties),user/emailAddress")
    assert select({"nextPageToken": "1", "files": [{"id": "i", "x": 1}], "user": {"emailAddress": "e", "o": 2}},
                  spec) == {"nextPageToken": "1", "files": [{"id": "i"}], "user": {"emailAddress": "e"}}


def test_fault_spec_parsing():
    plan = FaultPlan()
    plan.load_spec("503:n=2,429:retry_after=4:match=list,reset-request:match=upload-chunk:skip=1:cut=0.3,"
                   "random:p=0.5:seed=3:kinds=500|slow")
    kinds = [(f.kind, f.count, f.match) for f in plan.pending()]
    assert kinds == [("503", 2, "any"), ("429", 1, "list"), ("reset-request", 1, "upload-chunk")]
    assert plan.take("list").kind == "503"
    with pytest.raises(ValueError):
        plan.load_spec("teapot")


def test_state_persists_across_restart(tmp_path):
    emu = DriveEmulator(tmp_path / "d", static_tokens=(TOKEN,)).start()
    svc = build_service(emu.root_url, make_http(Credentials(token=TOKEN), 10))
    svc.files().create(body={"name": "keep", "parents": ["appDataFolder"]},
                       media_body=MediaIoBaseUpload(io.BytesIO(b"payload"), "application/octet-stream")).execute()
    emu.stop()
    emu2 = DriveEmulator(tmp_path / "d", static_tokens=(TOKEN,)).start()
    try:
        svc2 = build_service(emu2.root_url, make_http(Credentials(token=TOKEN), 10))
        fid = svc2.files().list(spaces="appDataFolder", fields="files(id)").execute()["files"][0]["id"]
        assert svc2.files().get_media(fileId=fid).execute() == b"payload"
    finally:
        emu2.stop()


def test_cli_runs_emulator(tmp_path):
    env = dict(os.environ, BACKUPGUI_DRIVE_TOKEN="cli-token")
    proc = subprocess.Popen([sys.executable, "-m", "backupgui.services.drive_emulator", "--port", "0",
                             "--data", str(tmp_path / "cli"), "--quota", "1000", "--faults", "503:match=about"],
                            stdout=subprocess.PIPE, text=True, env=env)
    try:
        line = proc.stdout.readline()
        assert "listening on http://127.0.0.1:" in line
        root = line.split("listening on ")[1].split()[0]
        req = urllib.request.Request(root + "drive/v3/about?fields=storageQuota",
                                     headers={"Authorization": "Bearer cli-token"})
        with pytest.raises(urllib.error.HTTPError) as ei:
            urllib.request.urlopen(req)
        assert ei.value.code == 503
        with urllib.request.urlopen(req) as resp:
            assert json.loads(resp.read())["storageQuota"]["limit"] == "1000"
        log_req = urllib.request.Request(root + "__emulator/log",
                                         headers={"Authorization": "Bearer cli-token"})
        with urllib.request.urlopen(log_req) as resp:
            assert [e["status"] for e in json.loads(resp.read())][:2] == [503, 200]
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert proc.returncode == 0


def test_client_library_resumable_survives_chunk_error_with_our_loop(svc, emulator):
    """The notes' workaround for the client bug: num_retries=0, catch, call next_chunk again."""
    from backupgui.services.drive_emulator import Fault

    data = os.urandom(3 * 256 * KiB + 10)
    emulator.add_faults(Fault("503", match="upload-chunk", skip=1))
    req = svc.files().create(body={"name": "c", "parents": ["appDataFolder"]}, fields="id,size",
                             media_body=MediaIoBaseUpload(io.BytesIO(data), "application/octet-stream",
                                                          chunksize=256 * KiB, resumable=True))
    resp, errors, t0 = None, 0, time.monotonic()
    while resp is None:
        try:
            _, resp = req.next_chunk(num_retries=0)
        except (HttpError, ResumableUploadError):
            errors += 1
    assert errors == 1 and resp["size"] == str(len(data)) and time.monotonic() - t0 < 5


def test_awkward_and_long_names(make_dest, emulator):
    dest = make_dest()
    names = ["sets/ü'q\\x/data/a b", "sets/" + "f" * 900 + "/data/p", "sets/a/snapshots/2024/01/x"]
    for n in names:
        dest.put(n, n.encode())
    for n in names:
        assert dest.read(n) == n.encode()
    assert [o.name for o in dest.list("sets/" + "f" * 900 + "/")] == [names[1]]
    assert [o.name for o in dest.list("sets/a/snapshots/2024/")] == [names[2]]
    assert [o.name for o in dest.list("sets/ü'q\\x/")] == [names[0]]


def test_long_list_url_becomes_method_override(svc, emulator):
    q = " or ".join(f"name = 'n{i:04d}'" for i in range(150))  # > 2048 characters of URL
    assert svc.files().list(spaces="appDataFolder", q=q, fields="files(id)").execute() == {"files": []}
    assert emulator.requests[-1]["query"].get("_override") == "GET"


def test_sigterm_right_after_listening_stops_cleanly(tmp_path):
    """Whoever reads "listening" may stop the emulator at once: the SIGTERM handler is already
    installed then (it used to be installed two prints later: exit -15 on a busy machine)."""
    for i in range(3):
        proc = subprocess.Popen([sys.executable, "-m", "backupgui.services.drive_emulator", "--port", "0",
                                 "--data", str(tmp_path / f"d{i}")], stdout=subprocess.PIPE, text=True)
        assert "listening on" in proc.stdout.readline()
        proc.terminate()
        proc.stdout.read()
        assert proc.wait(timeout=10) == 0


def test_state_log_replayed_compacted_and_torn_line_dropped(tmp_path):
    """The emulator's state is a snapshot plus a log of changes (store.py): a restart sees
    every change, a compaction loses none, and a line torn by a crash is dropped whole
    (with the log then started clean, so later changes are not lost behind it)."""
    from backupgui.services.drive_emulator.store import Store

    data = tmp_path / "d"
    st = Store(data)
    st.COMPACT_EVERY = 5
    ids = [st.create({"name": f"f{i}", "parents": ["appDataFolder"]}, None, 0)["id"] for i in range(7)]
    st.update(ids[0], {"name": "renamed"})
    st.delete(ids[1])
    uid = st.new_session({"meta": {"name": "x"}})
    st.finish_session(uid, ids[2])
    st.close()
    assert (data / "state.json").exists() and (data / "state.log").stat().st_size > 0  # (compacted once)
    again = Store(data)
    assert sorted(f["name"] for f in again.files.values()) == sorted(["renamed", *(f"f{i}" for i in range(2, 7))])
    assert again.sessions[uid]["done_file"] == ids[2]
    again.close()
    # A crash in the middle of an append: the torn line is dropped, and what comes after it
    # in the next run is kept.
    with open(data / "state.log", "ab") as fh:
        fh.write(b'{"t": "files", "k": "' + ids[3].encode() + b'", "v": nu')
    third = Store(data)
    assert ids[3] in third.files
    third.delete(ids[4])
    third.close()
    assert ids[4] not in Store(data).files
    # A line that is not a change of a known table ends the replay (the emulator's own
    # folder; nothing else writes there): it is not applied.
    with open(data / "state.log", "ab") as fh:
        fh.write(b'{"t": "__class__", "k": "x", "v": {}}\n')
    assert not hasattr(Store(data), "x")
