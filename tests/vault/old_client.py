"""A client from before signed proofs, by raw HTTP (docs/VAULT.md 1.9, item 4).

It registers ``secret:`` records (the verifiers of a device credential D and a recovery code
R, proved by sending D) and logs in by sending D or R as they are. The app can no longer do
either; the vault still serves such clients until their records are converted, and the tests
need their records.
"""

from __future__ import annotations

import base64
import os

from backupgui.vault import VaultBinding, opaque
from backupgui.vault.account import new_secret, secret_verifier
from backupgui.vault.client import _b64d, _request
from backupgui.vault.keywrap import unwrap_key, wrap_key
from backupgui.vault.ksf import Argon2idParams
from backupgui.vault.trust import SETUP, default_trust


def _b64e(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def plain(secret: bytes) -> dict:
    return {"kind": "secret", "secret": _b64e(secret)}


def register(url: str, password: str, key: bytes,
             ksf: Argon2idParams) -> tuple[VaultBinding, bytes, bytes]:
    """(binding, D, R) of a new ``secret:`` record, as an old client made it."""
    device, code = new_secret(), new_secret()
    spk = _b64d(_request(url, "/v1/info")["server_public_key"])
    user_id = _b64e(os.urandom(18))
    proof = {**plain(device), "verifiers": [_b64e(secret_verifier(s)) for s in (device, code)]}
    blind, request = opaque.create_registration_request(password.encode())
    resp = _request(url, "/v1/register/start", {"user_id": user_id, "account": proof,
                                                "registration_request": _b64e(request)})
    record, export_key, server_key = opaque.finalize_registration_request(
        opaque.Suite(ksf), password.encode(), blind, _b64d(resp["registration_response"]))
    assert server_key == spk
    _request(url, "/v1/register/finish", {
        "user_id": user_id, "account": proof, "record": _b64e(record),
        "wrapped_key": _b64e(wrap_key(export_key, user_id, key))})
    # The vault an installation set up is trusted on it (docs/VAULT.md 1.7, migration).
    default_trust().add(url, _b64e(spk), SETUP)
    return VaultBinding(url, user_id, "", _b64e(spk), ksf.to_string(), "device"), device, code


def fetch(binding: VaultBinding, password: str, secret: bytes) -> bytes:
    """K, after a login that sends ``secret`` as it is (raises the client's typed errors)."""
    suite = opaque.Suite(Argon2idParams.from_string(binding.ksf))
    state, ke1 = opaque.generate_ke1(suite, password.encode())
    start = _request(binding.url, "/v1/login/start", {
        "user_id": binding.user_id, "account": plain(secret), "ke1": _b64e(ke1)})
    result = opaque.generate_ke3(suite, state, password.encode(), _b64d(start["ke2"]))
    finish = _request(binding.url, "/v1/login/finish", {
        "session_id": start["session_id"], "ke3": _b64e(result.ke3), "purpose": "fetch"})
    return unwrap_key(result.export_key, binding.user_id, _b64d(finish["wrapped_key"]))
