"""A trusted vault's ``attempts_left`` is capped in what the app says (docs/SECURITY.md
2.18). The vault whose key is pinned may still answer a wrong password with a count of
thousands of digits (Python's parser takes up to 4,300): that number went whole into the
"Wrong password" message, a line of thousands of nines in a box. No vault allows more than
``client.MAX_ATTEMPTS`` (its ``--max-attempts``, VAULT.md 1.5); above that the app says
"many" and keeps no count. A real server on 127.0.0.1 with the pinned key."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from http.server import ThreadingHTTPServer

import pytest

from backupgui.errors import WrongKeyError
from backupgui.services import vault_server
from backupgui.vault import client
from backupgui.vault.client import VaultBinding, vault_fetch_key
from tests.httpserve import QuietHandler, serving

KEY = base64.urlsafe_b64encode(bytes(range(32))).rstrip(b"=").decode()


class _Vault(QuietHandler):
    def do_GET(self) -> None:  # noqa: N802 - stdlib name
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if self.path == "/v1/info":  # the pinned key: a vault the backup trusts
            status, body = 200, json.dumps({"service": "backupgui-vault", "protocol": 1,
                                            "server_public_key": KEY,
                                            "max_attempts": 10}).encode()
        else:
            status, body = 401, (b'{"error": "wrong_password", "attempts_left": '
                                 + self.server.left + b"}")  # type: ignore[attr-defined]
        self.answer(status, body)

    do_POST = do_GET


@pytest.fixture
def vault() -> Iterator[ThreadingHTTPServer]:
    with serving(_Vault) as httpd:
        yield httpd


def _wrong(httpd: ThreadingHTTPServer, left: bytes) -> WrongKeyError:
    httpd.left = left  # type: ignore[attr-defined]
    binding = VaultBinding.from_dict({"url": f"http://127.0.0.1:{httpd.server_address[1]}",
                                      "user_id": "A" * 24, "access_token": "t" * 43,
                                      "server_public_key": KEY})
    with pytest.raises(WrongKeyError) as err:
        vault_fetch_key(binding, "a password")
    return err.value


@pytest.mark.parametrize("left", [b"9" * 4299, b"1" + b"0" * 18, str(client.MAX_ATTEMPTS + 1).encode()])
def test_a_count_beyond_any_vault_s_maximum_is_said_as_many(vault, left):
    err = _wrong(vault, left)
    assert str(err) == ("Wrong password. The key vault allows many more attempts before it "
                        "destroys the key.")
    assert err.attempts_left is None  # type: ignore[attr-defined]
    assert len(str(err)) + len(err.hint or "") < 200


@pytest.mark.parametrize("left", [1, 9, client.MAX_ATTEMPTS])
def test_a_count_within_the_maximum_is_said(vault, left):
    err = _wrong(vault, str(left).encode())
    assert err.attempts_left == left  # type: ignore[attr-defined]
    assert (str(left) in str(err)) if left > 1 else "one more attempt" in str(err)


def test_the_vault_service_allows_at_most_that_many(capsys):
    parser = vault_server._parser()
    base = ["serve", "--db", "/nonexistent/vault.db"]
    assert parser.parse_args([*base, "--max-attempts", str(client.MAX_ATTEMPTS)]).max_attempts \
        == client.MAX_ATTEMPTS
    for bad in (str(client.MAX_ATTEMPTS + 1), "0", "-3", "ten"):
        with pytest.raises(SystemExit):
            parser.parse_args([*base, "--max-attempts", bad])
