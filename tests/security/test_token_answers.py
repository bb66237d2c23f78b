"""What Google's token endpoint answers a refresh with, seen by the next Drive request (s20,
the tenth hostile pass).

google-auth takes the ``access_token`` of a refresh's answer as it comes and writes it into
the next request's ``Authorization`` header. Before: a token with a line break made that
request fail with a ``ValueError`` whose text held the header, token and all (not a
``DestinationError``: the job's "unexpected error"), and NUL, escape sequences or
non-ASCII letters went out in the header as they were; a number or an object raised from
inside google-auth, and so did an answer nested deeper than Python parses, one that is no
object or whose ``expires_in`` is no number. Now a token is used only in RFC 6750's grammar
(``b64token``, at most 8 KiB) and a malformed answer is Drive's "unusable answer", before any
byte goes to Drive.
Real servers on 127.0.0.1: the token endpoint and a listener standing for Drive.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from http.server import ThreadingHTTPServer

import pytest

from tests.httpserve import QuietHandler, serving

SECRET = "SECRETPART"


class _Server(QuietHandler):
    def do_POST(self) -> None:  # noqa: N802 - stdlib name
        srv = self.server
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        srv.seen.append((self.command, self.path, self.headers.get("Authorization")))  # type: ignore[attr-defined]
        raw = getattr(srv, "raw", None)
        body = (raw if raw is not None and self.path == "/token" else
                json.dumps(srv.answer if self.path == "/token" else {}).encode())  # type: ignore[attr-defined]
        self.answer(200, body)

    do_GET = do_POST


@pytest.fixture
def server() -> Iterator[ThreadingHTTPServer]:
    with serving(_Server, seen=[]) as httpd:
        yield httpd


def _drive_request(server: ThreadingHTTPServer, token: object) -> None:
    import google.oauth2.credentials as gc

    from backupgui.destinations.gdrive_http import make_http

    server.answer = {"access_token": token, "expires_in": 3600}  # type: ignore[attr-defined]
    # (a test may set server.raw: the token endpoint's whole body)
    root = f"http://127.0.0.1:{server.server_address[1]}"
    creds = gc.Credentials(token=None, refresh_token="1//refresh", token_uri=root + "/token",
                           client_id="cid", client_secret="s")
    make_http(creds, 5.0).request(root + "/drive/v3/about")


BAD = {
    "line break": f"ya29.{SECRET}\r\nX-Injected: 1",
    "lone LF": f"ya29.{SECRET}\nX",
    "NUL": f"ya29.{SECRET}\x00",
    "escape sequence": f"ya29.{SECRET}\x1b]0;title\x07",
    "non-ASCII": f"ya29.{SECRET}é",
    "space": f"ya29.{SECRET} other",
    "huge": "ya29." + "a" * 100_000,
    "empty": "",
    "number": 12345,
    "object": {"a": 1},
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_an_access_token_outside_its_grammar_is_an_unusable_answer(server, case):
    from backupgui.destinations.gdrive_http import UnusableAnswer

    with pytest.raises(UnusableAnswer) as err:
        _drive_request(server, BAD[case])
    assert SECRET not in str(err.value) and "a" * 100 not in str(err.value)
    assert [p for _m, p, _a in server.seen] == ["/token"]  # nothing went to Drive


RAW = {
    "nested deeper than Python parses": b"[" * 200_000 + b"]" * 200_000,
    "token nested deeper than Python parses": b'{"access_token": ' + b"[" * 200_000
                                              + b"]" * 200_000 + b"}",
    "not JSON": b"<html>",
    "a list": b"[1, 2]",
    "expires_in not a number": b'{"access_token": "ya29.x", "expires_in": "soon"}',
    "expires_in infinite": b'{"access_token": "ya29.x", "expires_in": 1e999}',
    "refresh token an object": b'{"access_token": "ya29.x", "refresh_token": {"a": 1}}',
    "refresh token with a line break": b'{"access_token": "ya29.x", "refresh_token": "1//a\\nb"}',
}


@pytest.mark.parametrize("case", sorted(RAW))
def test_a_malformed_refresh_answer_is_an_unusable_answer(server, case):
    """Before: RecursionError, TypeError, ValueError or OverflowError out of google-auth (the
    job's "unexpected error"), and a refresh token of any type kept."""
    from backupgui.destinations.gdrive_http import UnusableAnswer

    server.raw = RAW[case]  # type: ignore[attr-defined]
    with pytest.raises(UnusableAnswer):
        _drive_request(server, None)
    assert [p for _m, p, _a in server.seen] == ["/token"]  # nothing went to Drive


@pytest.mark.parametrize("token", ["ya29.a0AfB_byC-9x~+/", "ya29.abc==", "emu-" + "x" * 40])
def test_a_token_in_its_grammar_goes_to_drive(server, token):
    _drive_request(server, token)
    assert server.seen[-1] == ("GET", "/drive/v3/about", f"Bearer {token}")


def test_the_destination_names_it_an_unusable_answer():
    from backupgui.destinations.gdrive import GoogleDriveDestination
    from backupgui.destinations.gdrive_http import UnusableAnswer

    mapped = GoogleDriveDestination._map_error(object.__new__(GoogleDriveDestination),
                                               UnusableAnswer("token"), "listing")
    assert str(mapped) == "Google Drive gave an unusable answer."
