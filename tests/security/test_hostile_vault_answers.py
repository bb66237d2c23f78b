"""A key vault's answers are hostile (a planted config names the attacker's own vault, and
the app asks it ``GET /v1/info`` before anything else): a body nested deeper than Python
parses, or an error with a value of any type where a number of seconds belongs, must be a
clear ``VaultError``, never a RecursionError or an attacker's text in the message."""

from __future__ import annotations

import base64
import threading
from collections.abc import Iterator
from http.server import ThreadingHTTPServer

import pytest

from backupgui.errors import VaultError
from backupgui.vault.client import VaultBinding, vault_fetch_key
from tests.httpserve import QuietHandler, serving

DEEP = b"[" * 500_000 + b"]" * 500_000  # under the client's 1 MiB read bound


class _Vault(QuietHandler):
    def do_GET(self) -> None:  # noqa: N802 - stdlib name
        status, body = self.server.answer  # type: ignore[attr-defined]
        self.answer(status, body)

    do_POST = do_GET


@pytest.fixture
def planted() -> Iterator[ThreadingHTTPServer]:
    with serving(_Vault) as httpd:
        yield httpd


def _binding(httpd: ThreadingHTTPServer) -> VaultBinding:
    key = base64.urlsafe_b64encode(bytes(32)).rstrip(b"=").decode()
    return VaultBinding.from_dict({"url": f"http://127.0.0.1:{httpd.server_address[1]}",
                                   "user_id": "A" * 24, "access_token": "t" * 43,
                                   "server_public_key": key})


@pytest.mark.parametrize("status", [200, 400, 500])
def test_an_answer_nested_deeper_than_python_parses_is_a_vault_error(planted, status):
    """Was a RecursionError out of the client (the restore's "unexpected error")."""
    planted.answer = (status, DEEP)
    with pytest.raises(VaultError):
        vault_fetch_key(_binding(planted), "a password")


@pytest.mark.parametrize("wait", ['"\\u001b]0;pwned\\u0007 until you call +1 555"', "[1, 2]",
                                  '{"s": 1}', '"' + "9" * 100_000 + '"', "true", "-5", "NaN", "1e999"])
def test_a_rate_limit_answer_says_only_a_number_of_seconds(planted, wait):
    """The wait came into the message as whatever JSON the vault sent (any text, any size)."""
    planted.answer = (429, b'{"error": "rate_limited", "retry_after": ' + wait.encode() + b"}")
    with pytest.raises(VaultError) as err:
        vault_fetch_key(_binding(planted), "a password")
    assert str(err.value) == "The key vault is limiting requests; try again in a few seconds."


@pytest.mark.parametrize("wait", ["30", "12.5"])
def test_a_rate_limit_answer_with_seconds_still_says_them(planted, wait):
    """(The vault sends seconds rounded to a tenth.)"""
    planted.answer = (429, b'{"error": "rate_limited", "retry_after": ' + wait.encode() + b"}")
    with pytest.raises(VaultError, match=f"try again in {wait} seconds"):
        vault_fetch_key(_binding(planted), "a password")


# -- what answers as the issuer of ID tokens, to the vault service (vault/account.py) -------

DEEP_SMALL = b"[" * 100_000 + b"]" * 100_000  # under the 256 KiB bound of a JWKS answer


def test_an_issuer_answer_nested_deeper_than_python_parses_is_refused(planted):
    """Was a RecursionError out of the vault's ID token check (an internal error, not the
    "signing key is unknown" refusal every other bad JWKS or discovery answer gives)."""
    import jwt
    from cryptography.hazmat.primitives.asymmetric import rsa

    from backupgui.vault.account import (
        IdTokenVerifier,
        JwksCache,
        OidcConfig,
        ProofError,
        discover_certs_url,
    )

    planted.answer = (200, DEEP_SMALL)
    root = f"http://127.0.0.1:{planted.server_address[1]}"
    assert JwksCache(root + "/certs").key("some-kid") is None
    with pytest.raises(ValueError, match="not valid JSON"):
        discover_certs_url(root)
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    token = jwt.encode({"sub": "x"}, private, algorithm="RS256", headers={"kid": "some-kid"})
    for cfg in (OidcConfig(root, ("client",)), OidcConfig(root, ("client",), certs_url=root + "/c")):
        with pytest.raises(ProofError, match="signing key is unknown"):
            IdTokenVerifier(cfg).verify(token)


# -- answers that are not HTTP, or cut short (http.client's errors are not OSErrors) --------

class _Raw:
    """A server on 127.0.0.1 that sends ``answer`` (raw bytes) to every connection."""

    def __init__(self, answer: bytes) -> None:
        import socket

        self.answer = answer
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                conn.settimeout(5)
                try:
                    conn.recv(65536)
                    conn.sendall(self.answer)
                except OSError:
                    pass


RAW_ANSWERS = {
    "a status line that is not HTTP": b"HTTP/1.1 abc\r\n\r\n",
    "a chunked body cut short": b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                b"100\r\n{\"s\":",
    "a header line of 100 kB": b"HTTP/1.1 200 OK\r\nX: " + b"a" * 100_000 + b"\r\n\r\n{}",
}


@pytest.mark.parametrize("case", sorted(RAW_ANSWERS))
def test_an_answer_that_is_not_http_is_a_vault_error(case):
    """Was http.client's BadStatusLine, IncompleteRead or LineTooLong out of the client."""
    raw = _Raw(RAW_ANSWERS[case])
    try:
        key = base64.urlsafe_b64encode(bytes(32)).rstrip(b"=").decode()
        binding = VaultBinding.from_dict({"url": f"http://127.0.0.1:{raw.port}", "user_id": "A" * 24,
                                          "access_token": "t" * 43, "server_public_key": key})
        with pytest.raises(VaultError):
            vault_fetch_key(binding, "a password")
    finally:
        raw.sock.close()


@pytest.mark.parametrize("case", sorted(RAW_ANSWERS))
def test_an_issuer_answer_that_is_not_http_is_refused(case):
    from backupgui.vault.account import JwksCache, discover_certs_url

    raw = _Raw(RAW_ANSWERS[case])
    try:
        root = f"http://127.0.0.1:{raw.port}"
        assert JwksCache(root + "/certs").key("some-kid") is None
        with pytest.raises(ValueError):
            discover_certs_url(root)
    finally:
        raw.sock.close()
