"""Finding 4: the Drive emulator lets no local process (or web page) do anything without
its token.

Before the fix ``/__emulator/faults`` needed no authentication, chunk PUTs needed no token,
the ``expire-session`` fault unlinked ``uploads/<upload_id>`` with the id taken verbatim
from the query string (so any local process could delete files the emulator's user can
delete), any Host header was served (DNS rebinding from a web page), and the consent
endpoint approved any client id. These run against a real emulator on 127.0.0.1.
"""

from __future__ import annotations

import http.client
import json
import os
import shutil
import stat
import subprocess
import sys
import urllib.parse

import pytest

from backupgui.services.drive_emulator import DriveEmulator

TOKEN = "security-test-token"
CLIENT = "emulator-client.apps.googleusercontent.com"


@pytest.fixture
def emu(tmp_path):
    e = DriveEmulator(tmp_path / "drive" / "data", static_tokens=(TOKEN,)).start()
    yield e
    e.stop()


_NO_HOST = object()  # a request without a Host header (HTTP/1.0 style)


def _call(emu, method, path, body=b"", headers=None, token=TOKEN, host=None):
    """One raw HTTP request (http.client sends exactly the Host we give it)."""
    conn = http.client.HTTPConnection("127.0.0.1", emu.port, timeout=10)
    h = {"Host": f"127.0.0.1:{emu.port}" if host is None else host, "Content-Length": str(len(body))}
    if host is _NO_HOST:
        del h["Host"]
    if token:
        h["Authorization"] = f"Bearer {token}"
    h.update(headers or {})
    conn.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
    for k, v in h.items():
        conn.putheader(k, v)
    conn.endheaders(body)
    resp = conn.getresponse()
    out = resp.status, dict(resp.getheaders()), resp.read()
    conn.close()
    return out


def _session(emu) -> str:
    st, h, _ = _call(emu, "POST", "/upload/drive/v3/files?uploadType=resumable",
                     json.dumps({"name": "x", "parents": ["appDataFolder"]}).encode(),
                     {"Content-Type": "application/json", "X-Upload-Content-Length": str(512 << 10)})
    assert st == 200
    return h["Location"].split(f":{emu.port}", 1)[1]


def test_control_routes_need_the_token(emu):
    for method, path, body in (("POST", "/__emulator/faults", b"503:n=5"), ("GET", "/__emulator/log", b""),
                               ("DELETE", "/__emulator/faults", b"")):
        st, _, _ = _call(emu, method, path, body, token=None)
        assert st == 401, (method, path, st)
        st, _, _ = _call(emu, method, path, body, token="wrong")
        assert st == 401, (method, path, st)
    assert emu.faults.pending() == []
    st, _, _ = _call(emu, "POST", "/__emulator/faults", b"503:n=1")
    assert st == 200 and len(emu.faults.pending()) == 1


def test_chunk_puts_need_the_token(emu):
    where = _session(emu)
    st, _, _ = _call(emu, "PUT", where, b"a" * (256 << 10),
                     {"Content-Range": f"bytes 0-{(256 << 10) - 1}/{512 << 10}"}, token=None)
    assert st == 401
    st, h, _ = _call(emu, "PUT", where, b"", {"Content-Range": f"bytes */{512 << 10}"})
    assert st == 308 and "Range" not in h  # nothing of the unauthenticated chunk was kept
    st, _, _ = _call(emu, "PUT", where, b"a" * (256 << 10),
                     {"Content-Range": f"bytes 0-{(256 << 10) - 1}/{512 << 10}"})
    assert st == 308


@pytest.mark.parametrize("upload_id", ["../../victim", "../../../victim", "/abs/victim",
                                       "..%2F..%2Fvictim"])
def test_an_upload_id_never_reaches_the_file_system_unless_it_is_a_session(emu, tmp_path, upload_id):
    victim = tmp_path / "victim"
    victim.write_text("keep me")
    (tmp_path / "drive" / "victim").write_text("keep me too")
    emu.faults.load_spec("expire-session:match=upload-chunk:n=3")
    q = urllib.parse.urlencode({"uploadType": "resumable", "upload_id": upload_id}, safe="%/")
    for token in (None, TOKEN):  # a local process without and with the token
        _call(emu, "PUT", f"/upload/drive/v3/files?{q}", b"", {"Content-Range": "bytes */10"}, token=token)
    assert victim.read_text() == "keep me"
    assert (tmp_path / "drive" / "victim").read_text() == "keep me too"


def test_a_foreign_host_header_is_refused_even_with_the_token(emu):
    # (the red-team's spellings of the loopback address included: a browser resolves none of
    # them to the emulator's own origin)
    for host in ("evil.example", f"evil.example:{emu.port}", f"127.0.0.1.nip.io:{emu.port}",
                 f"localhost:{emu.port + 1}", "", _NO_HOST, f"[::ffff:127.0.0.1]:{emu.port}",
                 f"2130706433:{emu.port}", f"0x7f000001:{emu.port}", f"127.1:{emu.port}"):
        st, _, _ = _call(emu, "GET", "/drive/v3/about?fields=user", host=host)
        assert st in (400, 403, 421), (host, st)
        st, _, _ = _call(emu, "POST", "/__emulator/faults", b"503", host=host)
        assert st in (400, 403, 421), (host, st)
    assert emu.faults.pending() == []
    for host in (f"127.0.0.1:{emu.port}", f"localhost:{emu.port}"):
        st, _, _ = _call(emu, "GET", "/drive/v3/about?fields=user", host=host)
        assert st == 200, host


def _consent(emu, client_id, host=None):
    q = urllib.parse.urlencode({"response_type": "code", "client_id": client_id,
                                "redirect_uri": "http://127.0.0.1:9/", "scope": "drive",
                                "state": "s", "code_challenge": "c" * 43,
                                "code_challenge_method": "S256"})
    return _call(emu, "GET", f"/o/oauth2/auth?{q}", token=None, host=host)


def test_the_consent_endpoint_serves_only_its_configured_client(emu, tmp_path):
    for other in ("attacker-client.apps.googleusercontent.com", "", CLIENT + " ", CLIENT.upper()):
        st, _, _ = _consent(emu, other)
        assert st in (400, 401, 403), other
    st, _, _ = _consent(emu, CLIENT, host="evil.example")
    assert st in (400, 403, 421)
    st, h, _ = _consent(emu, CLIENT)
    assert st == 302 and "code=" in h["Location"]
    other = DriveEmulator(tmp_path / "other", client_id="mine.apps.googleusercontent.com").start()
    try:
        assert _consent(other, CLIENT)[0] in (400, 401, 403)
        assert _consent(other, "mine.apps.googleusercontent.com")[0] == 302
        assert other.client_config()["installed"]["client_id"] == "mine.apps.googleusercontent.com"
    finally:
        other.stop()


def test_the_token_endpoint_refuses_another_client(emu):
    body = urllib.parse.urlencode({"grant_type": "refresh_token", "refresh_token": "1//x",
                                   "client_id": "attacker"}).encode()
    st, _, out = _call(emu, "POST", "/token", body,
                       {"Content-Type": "application/x-www-form-urlencoded"}, token=None)
    assert st in (400, 401) and json.loads(out)["error"] in ("invalid_client", "invalid_grant")


# Another local user: the consent endpoint hands a token to whoever asks with the app's
# (public) client id, as Google does after its sign-in page - which the emulator has not.
# Before the fix any other user of the machine walked that flow and then read or deleted the
# emulated Drive's files (and its data folder was 0755, state.json 0644). Now a connection
# from another user is not served (Linux: the peer's uid from /proc/net/tcp), and the data
# folder is 0700.
_OTHER_USER = r"""
import http.client, json, sys, urllib.parse
port, cid = int(sys.argv[1]), sys.argv[2]
def call(method, path, body=None, headers=None):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    c.request(method, path, body=body, headers=headers or {})
    r = c.getresponse(); return r.status, dict(r.getheaders()), r.read()
try:
    st, h, _ = call("GET", "/o/oauth2/auth?" + urllib.parse.urlencode({"client_id": cid,
        "redirect_uri": "http://127.0.0.1:9/", "response_type": "code", "scope": "openid"}))
    code = urllib.parse.parse_qs(urllib.parse.urlsplit(h["Location"]).query)["code"][0]
    st, h, body = call("POST", "/token", urllib.parse.urlencode({"grant_type": "authorization_code",
        "client_id": cid, "code": code, "redirect_uri": "http://127.0.0.1:9/"}),
        {"Content-Type": "application/x-www-form-urlencoded"})
    token = json.loads(body)["access_token"]
    st, h, body = call("GET", "/drive/v3/files?spaces=appDataFolder",
                       headers={"Authorization": "Bearer " + token})
    print("SERVED", st)
except (OSError, http.client.HTTPException) as exc:
    print("REFUSED", type(exc).__name__)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux") or os.geteuid() != 0
                    or shutil.which("setpriv") is None,
                    reason="needs Linux, root and setpriv to act as another local user")
def test_another_local_user_is_not_served(emu):
    p = subprocess.run(["setpriv", "--reuid=4242", "--regid=4242", "--clear-groups", sys.executable,
                        "-c", _OTHER_USER, str(emu.port), CLIENT],
                       capture_output=True, text=True, timeout=60, env={"PATH": os.environ["PATH"],
                                                                       "PYTHONPATH": os.pathsep.join(sys.path)})
    assert p.stdout.strip().startswith("REFUSED"), p.stdout + p.stderr
    st, _, _ = _call(emu, "GET", "/drive/v3/files?spaces=appDataFolder")  # this user still is
    assert st == 200


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_emulator_data_folder_is_owner_only(emu, tmp_path):
    assert stat.S_IMODE((tmp_path / "drive" / "data").stat().st_mode) == 0o700
