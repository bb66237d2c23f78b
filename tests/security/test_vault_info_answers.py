"""What a vault answers to ``GET /v1/info`` (s20, the tenth hostile pass).

``/v1/info`` is asked of any vault a backup's config names, a planted one too, before
anything else is sent (VAULT.md 1.7). Its answer was read as any other request's: a planted
vault that answered it ``410`` or ``{"error": "destroyed"}`` made the app say **"The key vault
destroyed this backup's key after too many wrong passwords"**, and one answering
``wrong_password`` with ``attempts_left`` of thousands of digits put that number in a
"Wrong password" message, though no password had been sent anywhere. Now a refused
``/v1/info`` is only "refused the request (HTTP n)" (a rate limit still says so). Real
servers on 127.0.0.1.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from http.server import ThreadingHTTPServer

import pytest

from backupgui.errors import KeyDestroyedError, VaultError, WrongKeyError
from backupgui.vault.client import VaultBinding, vault_fetch_key
from tests.httpserve import QuietHandler, serving


class _Vault(QuietHandler):
    def do_GET(self) -> None:  # noqa: N802 - stdlib name
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.server.paths.append(self.path)  # type: ignore[attr-defined]
        status, body = self.server.answer  # type: ignore[attr-defined]
        self.answer(status, body)

    do_POST = do_GET


@pytest.fixture
def planted() -> Iterator[ThreadingHTTPServer]:
    with serving(_Vault, paths=[]) as httpd:
        yield httpd


def _binding(httpd: ThreadingHTTPServer) -> VaultBinding:
    key = base64.urlsafe_b64encode(bytes(32)).rstrip(b"=").decode()
    return VaultBinding.from_dict({"url": f"http://127.0.0.1:{httpd.server_address[1]}",
                                   "user_id": "A" * 24, "access_token": "t" * 43,
                                   "server_public_key": key})


ANSWERS = {
    "410": (410, b"{}"),
    "destroyed": (400, b'{"error": "destroyed"}'),
    "wrong password, none left": (401, b'{"error": "wrong_password", "attempts_left": 0}'),
    "wrong password, 4000 digits": (401, b'{"error": "wrong_password", "attempts_left": '
                                    + b"9" * 4000 + b"}"),
    "not found": (404, b'{"error": "not_found"}'),
    "record integrity": (500, b'{"error": "record_integrity"}'),
}


@pytest.mark.parametrize("case", sorted(ANSWERS))
def test_a_refused_info_says_nothing_about_the_record(planted, case):
    planted.answer = ANSWERS[case]
    with pytest.raises(VaultError) as err:
        vault_fetch_key(_binding(planted), "a password")
    assert not isinstance(err.value, KeyDestroyedError | WrongKeyError), str(err.value)
    port = planted.server_address[1]
    assert str(err.value) == (f"The key vault at 127.0.0.1:{port} refused the request "
                              f"(HTTP {ANSWERS[case][0]}).")
    assert set(planted.paths) == {"/v1/info"}  # and nothing else was asked


def test_a_rate_limited_info_still_says_so(planted):
    planted.answer = (429, json.dumps({"error": "rate_limited", "retry_after": 30}).encode())
    with pytest.raises(VaultError, match="try again in 30 seconds"):
        vault_fetch_key(_binding(planted), "a password")
