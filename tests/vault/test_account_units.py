"""The vault's account checks against a real issuer (the Drive emulator over HTTP on
127.0.0.1): ID token verification with PyJWT and the JWKS, secret verifiers, bindings, and
the config's vault slot. No vault process, no HSM."""

from __future__ import annotations

import base64
import json
import time

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from backupgui.errors import MalformedKeyError, VaultError
from backupgui.services.drive_emulator import DriveEmulator
from backupgui.services.drive_emulator.oidc import Issuer, subject_for
from backupgui.vault import VaultBinding
from backupgui.vault.account import (
    AccountVerifier,
    IdTokenVerifier,
    JwksCache,
    OidcConfig,
    ProofError,
    new_secret,
    oidc_binding,
    parse_recovery_code,
    secret_verifier,
)

from .conftest import CLIENT_ID, sign_in


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


@pytest.fixture
def emu(tmp_path):
    with DriveEmulator(tmp_path / "drive", email="owner@example.com") as e:
        yield e


@pytest.fixture
def verifier(emu) -> AccountVerifier:
    # The JWKS URL comes from the issuer's discovery document, as the vault finds it.
    return AccountVerifier(OidcConfig(emu.issuer, (CLIENT_ID,)))


def test_id_token_from_the_token_endpoint_verifies(emu, verifier) -> None:
    creds = sign_in(emu, "owner@example.com")
    assert creds.id_token  # the code exchange answered "openid" with an ID token
    binding = verifier.binding_for_registration({"kind": "oidc", "id_token": creds.id_token})
    assert binding == oidc_binding(emu.issuer, subject_for("owner@example.com"))
    # A refresh gives a new token for the same account: same binding.
    from backupgui.destinations.google_identity import fresh_id_token

    creds._id_token = None  # as after a restart: only the refresh token is kept
    token = fresh_id_token(creds)
    assert any(e["path"] == "/token" for e in emu.requests[-2:])  # it refreshed
    assert token and verifier.matches(binding, verifier.present({"kind": "oidc", "id_token": token}))
    # Another Google account of the same issuer and app: valid token, other binding.
    other = sign_in(emu, "attacker@example.com").id_token
    assert not verifier.matches(binding, verifier.present({"kind": "oidc", "id_token": other}))
    # A sign-in without the openid scope gets no ID token at all.
    assert sign_in(emu, "owner@example.com", scope="").id_token is None


def test_bad_id_tokens_are_refused(emu, verifier) -> None:
    good = emu.issue_id_token()
    now = time.time()
    claims = jwt.decode(good, options={"verify_signature": False})
    foreign = Issuer()  # another key with the same kid and issuer: a forgery
    foreign.kid = emu.oidc.kid
    bad = {
        "expired": emu.issue_id_token(ttl=-120),
        "other audience": emu.issue_id_token(client_id="another-app.apps.googleusercontent.com"),
        "other issuer": emu.oidc.mint("https://accounts.example.org", email="owner@example.com",
                                      audience=CLIENT_ID),
        "forged signature": foreign.mint(emu.issuer, email="owner@example.com", audience=CLIENT_ID),
        "issued in the future": emu.issue_id_token(iat=int(now) + 3600, exp=int(now) + 7200),
        "lives for a year": emu.issue_id_token(exp=int(now) + 366 * 86400),
        "unknown kid": jwt.encode(claims, rsa.generate_private_key(public_exponent=65537, key_size=2048),
                                  algorithm="RS256", headers={"kid": "nope"}),
        "alg none": jwt.encode(claims, None, algorithm="none"),
        "alg HS256": jwt.encode(claims, "secret-key-of-32-bytes-at-least!", algorithm="HS256",
                                headers={"kid": emu.oidc.kid}),
        "several audiences": emu.issue_id_token(aud=[CLIENT_ID, "x"]),
        "empty subject": emu.issue_id_token(sub=""),
        "garbage": "a.b.c",
        "too long": "x" * 9000,
    }
    for what, token in bad.items():
        with pytest.raises(ProofError) as info:
            verifier.present({"kind": "oidc", "id_token": token})
        assert info.value.code in ("invalid_account", "bad_proof"), what
    # A token without exp (PyJWT alone would accept one).
    no_exp = {k: v for k, v in claims.items() if k != "exp"}
    token = jwt.encode(no_exp, emu.oidc._key, algorithm="RS256", headers={"kid": emu.oidc.kid})
    with pytest.raises(ProofError):
        verifier.present({"kind": "oidc", "id_token": token})
    assert verifier.present({"kind": "oidc", "id_token": good})[0] == "oidc"


def test_vault_without_an_issuer_refuses_id_tokens(emu) -> None:
    plain = AccountVerifier()
    assert plain.kinds() == ["secret", "sig", "mac"]
    with pytest.raises(ProofError) as info:
        plain.binding_for_registration({"kind": "oidc", "id_token": emu.issue_id_token()})
    assert info.value.code == "account_unsupported"


def test_secret_bindings() -> None:
    v = AccountVerifier()
    device, code = new_secret(), new_secret()
    proof = {"kind": "secret", "secret": _b64(device),
             "verifiers": [_b64(secret_verifier(device)), _b64(secret_verifier(code))]}
    binding = v.binding_for_registration(proof)
    for secret in (device, code):
        assert v.matches(binding, v.present({"kind": "secret", "secret": _b64(secret)}))
    for wrong in (new_secret(), secret_verifier(device)):
        assert not v.matches(binding, v.present({"kind": "secret", "secret": _b64(wrong)}))
    # The registrant must hold one of the secrets it binds; verifiers must be well formed.
    for bad in (
        {**proof, "secret": _b64(new_secret())},
        {**proof, "verifiers": []},
        {**proof, "verifiers": [_b64(secret_verifier(device))] * 2},
        {**proof, "verifiers": [_b64(secret_verifier(device))] + ["x"]},
        {**proof, "verifiers": [_b64(secret_verifier(new_secret())) for _ in range(5)]},
        {"kind": "secret", "secret": "A" * 42},
        {"kind": "other"},
        None,
    ):
        with pytest.raises(ProofError):
            v.binding_for_registration(bad)
    assert not v.matches("oidc:" + _b64(b"x" * 32), ("secret", _b64(secret_verifier(device))))


def test_jwks_cache_refetches_once_for_an_unknown_kid(emu) -> None:
    cache = JwksCache(emu.root_url + "oauth2/v3/certs", min_refresh=30)
    assert cache.key(emu.oidc.kid) is not None
    fetched = [e for e in emu.requests if e["path"] == "/oauth2/v3/certs"]
    for _ in range(20):
        assert cache.key("forged-kid") is None
    # Forged kids do not make the vault hammer the issuer.
    assert len([e for e in emu.requests if e["path"] == "/oauth2/v3/certs"]) == len(fetched)
    with pytest.raises(ValueError):
        JwksCache("http://example.org/certs")  # plain http only on the loopback address
    with pytest.raises(ValueError):
        IdTokenVerifier(OidcConfig(emu.issuer, ()))


def test_binding_fields_in_the_config() -> None:
    bound = VaultBinding("https://v", "u" * 24, "", "pk", account="device")
    assert "access_token" not in bound.to_dict() and bound.to_dict()["account"] == "device"
    assert VaultBinding.from_dict(bound.to_dict()) == bound
    v1 = VaultBinding.from_dict({"url": "https://v", "user_id": "u" * 24, "access_token": "t",
                                 "server_public_key": "pk"})
    assert v1.is_v1 and v1.to_dict()["access_token"] == "t" and "account" not in v1.to_dict()
    for bad in ({**bound.to_dict(), "access_token": "t"}, {**bound.to_dict(), "account": "x"},
                {k: v for k, v in v1.to_dict().items() if k != "access_token"}):
        with pytest.raises(VaultError):
            VaultBinding.from_dict(bad)
    assert "t" * 10 not in repr(VaultBinding("u", "i", "t" * 10, "pk"))


def test_recovery_code_parsing() -> None:
    code = new_secret()
    from backupgui.crypto.keys import format_key

    text = format_key(code)
    assert len(text.split()) == 16
    assert parse_recovery_code(text.upper().replace(" ", "-")) == code
    with pytest.raises(MalformedKeyError) as info:
        parse_recovery_code(text[:-1] + "z")
    assert "recovery code" in str(info.value) and text[:8] not in str(info.value)


def test_issuer_documents(emu) -> None:
    import urllib.request

    with urllib.request.urlopen(emu.root_url + ".well-known/openid-configuration") as r:
        doc = json.loads(r.read())
    assert doc["issuer"] == emu.issuer and doc["jwks_uri"] == emu.issuer + "/oauth2/v3/certs"
    with urllib.request.urlopen(doc["jwks_uri"]) as r:
        keys = json.loads(r.read())["keys"]
    assert [k["kid"] for k in keys] == [emu.oidc.kid] and "d" not in keys[0]  # public only
