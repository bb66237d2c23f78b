"""Account proofs bound to the vault's key and to one login (docs/VAULT.md 1.9, issue 19 §1).

Real vault processes on a SoftHSM2 token, on SQLite and on PostgreSQL. A device credential or
recovery code is never sent to a vault that takes signed proofs once its record is
converted: each login carries a signature over its own KE1 with a key derived from the secret
and the vault's server key. A proof that leaked (relayed, replayed, made for another vault,
or too old) spends nothing.
"""

from __future__ import annotations

import dataclasses
import json
import threading
import time
import urllib.error
import urllib.request

import pytest

from backupgui.errors import VaultAccountError, VaultError
from backupgui.vault import (
    client,
    opaque,
    vault_change_password,
    vault_fetch_key,
    vault_store_key,
)
from backupgui.vault.account import (
    LOGIN_CONTEXT,
    VaultAccess,
    login_payload,
    mac_proof,
    new_secret,
    secret_verifier,
    sig_proof,
    signing_public_key,
)
from backupgui.vault.service import b64e
from backupgui.vault.trust import TrustedVaults

from . import old_client
from .conftest import TEST_KSF, MemoryDevices
from .test_vault_process import post
from .test_vault_trust import Attacker

PW = "signed proofs only 11"


def _account(vault, user_id: str) -> str:
    (row,) = vault.database.execute("SELECT account FROM records WHERE user_id = ?", (user_id,))
    return row[0]


def _attempts(vault, user_id: str) -> int:
    return vault.database.row(user_id)[1]


def _register(url: str, *, old: bool = False):
    """(binding, K, this computer's devices, recovery code). ``old``: as a client from before
    signed proofs registers (plain secrets, a ``secret:`` record; ``old_client.py``)."""
    devices, code, key = MemoryDevices(), new_secret(), new_secret()
    if old:
        binding, device, code = old_client.register(url, PW, key, TEST_KSF)
        devices.save_vault_credential(binding.user_id, device)
        return binding, key, devices, code
    access = VaultAccess(devices=devices, new_recovery_code=code)
    binding = vault_store_key(url, PW, key, ksf=TEST_KSF, access=access)
    return binding, key, devices, code


def _server_key(binding) -> bytes:
    return client._b64d(binding.server_public_key)


def _login_body(binding, secret: bytes, *, server_key: bytes | None = None,
                when: int | None = None) -> dict:
    _, ke1 = opaque.generate_ke1(opaque.Suite(TEST_KSF), b"guess")
    proof = sig_proof(secret, server_key or _server_key(binding), LOGIN_CONTEXT,
                      binding.user_id, login_payload(ke1), when)
    return {"user_id": binding.user_id, "ke1": b64e(ke1), "account": proof}


def test_info_lists_sig_and_new_records_keep_only_public_keys(vault) -> None:
    info = client._info(vault.url)
    assert "sig" in info["accounts"] and "secret" in info["accounts"]
    binding, key, devices, code = _register(vault.url)
    spk = _server_key(binding)
    device = devices.saved[binding.user_id]
    stored = _account(vault, binding.user_id)
    assert stored == "sig:" + ".".join(sorted(
        b64e(signing_public_key(s, spk)) for s in (device, code)))
    # Neither secret nor its verifier is anywhere in the database.
    dump = vault.database.dump()
    for s in (device, code):
        for form in (s.hex().encode(), b64e(s).encode(), b64e(secret_verifier(s)).encode()):
            assert form not in dump
    assert vault_fetch_key(binding, PW, VaultAccess(devices=devices)) == key
    assert _attempts(vault, binding.user_id) == 0


def test_a_replayed_login_proof_is_refused_uncounted(vault) -> None:
    binding, key, devices, _ = _register(vault.url)
    body = _login_body(binding, devices.saved[binding.user_id])
    status, reply = post(vault.url, "/v1/login/start", body)
    assert status == 200 and "ke2" in reply
    assert _attempts(vault, binding.user_id) == 1
    (rows,) = vault.database.execute("SELECT count(*) FROM login_proofs WHERE user_id = ?",
                                     (binding.user_id,))
    assert rows[0] == 1
    for _ in range(3):  # the same proof again (a relay, a replay): refused, nothing counted
        status, reply = post(vault.url, "/v1/login/start", body)
        assert (status, reply["error"]) == (403, "unauthorized") and "ke2" not in reply
    # The signature over that KE1 with another KE1: refused as well.
    _, ke1 = opaque.generate_ke1(opaque.Suite(TEST_KSF), b"other")
    status, reply = post(vault.url, "/v1/login/start", {**body, "ke1": b64e(ke1)})
    assert (status, reply["error"]) == (403, "unauthorized")
    assert _attempts(vault, binding.user_id) == 1
    # The owner's next login is unaffected (and resets the counter).
    assert vault_fetch_key(binding, PW, VaultAccess(devices=devices)) == key
    assert _attempts(vault, binding.user_id) == 0


def test_one_proof_sent_many_times_at_once_gets_one_answer(vault) -> None:
    """Concurrent replays race for the same replay row: exactly one KE2."""
    binding, _, devices, _ = _register(vault.url)
    body = _login_body(binding, devices.saved[binding.user_id])
    n = 8
    barrier, statuses, lock = threading.Barrier(n), [], threading.Lock()

    def run() -> None:
        barrier.wait()
        status, _ = post(vault.url, "/v1/login/start", body)
        with lock:
            statuses.append(status)

    threads = [threading.Thread(target=run) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(statuses) == [200] + [403] * (n - 1)
    assert _attempts(vault, binding.user_id) == 1


def test_a_proof_made_for_another_vault_is_refused(vault) -> None:
    """What a planted vault (another server key) collects is useless at the real one."""
    binding, _, devices, code = _register(vault.url)
    other_key = b64e(new_secret())  # any other server key
    for secret in (devices.saved[binding.user_id], code):
        body = _login_body(binding, secret, server_key=client._b64d(other_key))
        status, reply = post(vault.url, "/v1/login/start", body)
        assert (status, reply["error"]) == (403, "unauthorized") and "ke2" not in reply
        # The right public key claimed, the signature made for the other vault: refused too.
        body["account"]["public_key"] = b64e(signing_public_key(secret, _server_key(binding)))
        status, reply = post(vault.url, "/v1/login/start", body)
        assert (status, reply["error"]) == (403, "unauthorized")
    assert _attempts(vault, binding.user_id) == 0


def test_a_proof_outside_the_time_window_is_refused(vault) -> None:
    binding, key, devices, _ = _register(vault.url)
    device = devices.saved[binding.user_id]
    now = int(time.time())
    for when in (now - 300, now + 300, now - 125, now + 125, 0):
        status, reply = post(vault.url, "/v1/login/start", _login_body(binding, device, when=when))
        assert (status, reply["error"]) == (403, "unauthorized"), when
    assert _attempts(vault, binding.user_id) == 0
    status, reply = post(vault.url, "/v1/login/start", _login_body(binding, device, when=now - 60))
    assert status == 200 and "ke2" in reply


def test_a_converted_record_refuses_plain_secrets(vault) -> None:
    binding, _, devices, code = _register(vault.url)
    for secret in (devices.saved[binding.user_id], code):
        _, ke1 = opaque.generate_ke1(opaque.Suite(TEST_KSF), b"guess")
        status, reply = post(vault.url, "/v1/login/start", {
            "user_id": binding.user_id, "ke1": b64e(ke1),
            "account": {"kind": "secret", "secret": b64e(secret)}})
        assert (status, reply["error"], reply.get("account")) == (403, "account_required", "sig")
        assert "ke2" not in reply
    # Nor can a plain secret convert (or enroll) anything.
    status, reply = post(vault.url, "/v1/account/upgrade", {
        "user_id": binding.user_id, "grant": "x", "public_keys": [b64e(new_secret())],
        "account": {"kind": "secret", "secret": b64e(code)}})
    assert status == 403
    assert _attempts(vault, binding.user_id) == 0


def test_an_old_record_keeps_working_then_is_converted(vault) -> None:
    """A ``secret:`` record made by an old client: old clients keep working; the computer with
    D converts D at its next login, the recovery code is converted at its first use on a new
    computer (which enrolls its own key), and from then on plain secrets are refused. The
    updated client proves each secret by a MAC keyed with its verifier: it never sends one."""
    binding, key, devices, code = _register(vault.url, old=True)
    uid, spk = binding.user_id, _server_key(binding)
    device = devices.saved[uid]
    assert _account(vault, uid) == "secret:" + ".".join(sorted(
        b64e(secret_verifier(s)) for s in (device, code)))
    assert old_client.fetch(binding, PW, device) == key  # the old client, as before
    assert _account(vault, uid).startswith("secret:")

    # The updated client on the computer that set it up: D becomes P(D), V(R) stays.
    assert vault_fetch_key(binding, PW, VaultAccess(devices=devices)) == key
    assert _account(vault, uid) == (f"sig:{b64e(signing_public_key(device, spk))}"
                                    f";secret:{b64e(secret_verifier(code))}")
    assert _attempts(vault, uid) == 0
    # Its next login signs; the plain device credential is refused now.
    assert vault_fetch_key(binding, PW, VaultAccess(devices=devices)) == key
    _, ke1 = opaque.generate_ke1(opaque.Suite(TEST_KSF), b"guess")
    status, reply = post(vault.url, "/v1/login/start", {
        "user_id": uid, "ke1": b64e(ke1), "account": {"kind": "secret", "secret": b64e(device)}})
    assert (status, reply["error"]) == (403, "unauthorized")
    # An old client on a new computer still gets in with the recovery code (V(R) is kept).
    assert old_client.fetch(binding, PW, code) == key

    # The updated client on a new computer: R is converted and this computer enrolled.
    new_computer = MemoryDevices()
    assert vault_fetch_key(binding, PW, VaultAccess(devices=new_computer,
                                                    recovery_code=lambda: code)) == key
    mine = new_computer.saved[uid]
    assert _account(vault, uid) == "sig:" + ".".join(sorted(
        b64e(signing_public_key(s, spk)) for s in (device, code, mine)))
    asked: list[int] = []
    assert vault_fetch_key(binding, PW, VaultAccess(
        devices=new_computer, recovery_code=lambda: asked.append(1) or None)) == key
    assert asked == []
    # Only signed proofs now: an old client cannot log in any more (it must be updated).
    with pytest.raises(VaultError):
        old_client.fetch(binding, PW, code)
    assert _attempts(vault, uid) == 0


def test_password_change_and_enrolment_sign_their_bodies(vault) -> None:
    """password/start, password/finish and account/device of a ``sig`` record carry proofs
    over their own bodies; a proof lifted from one request fits no other."""
    binding, key, devices, code = _register(vault.url)
    binding = vault_change_password(binding, PW, PW + "!", ksf=TEST_KSF,
                                    access=VaultAccess(devices=devices))
    assert vault_fetch_key(binding, PW + "!", VaultAccess(devices=devices)) == key
    new_computer = MemoryDevices()
    assert vault_fetch_key(binding, PW + "!", VaultAccess(devices=new_computer,
                                                          recovery_code=lambda: code)) == key
    spk = _server_key(binding)
    assert b64e(signing_public_key(new_computer.saved[binding.user_id], spk)) in _account(
        vault, binding.user_id)
    # A login proof presented to password/start (another context, another payload): refused.
    body = _login_body(binding, devices.saved[binding.user_id])
    status, reply = post(vault.url, "/v1/password/start", {
        "user_id": binding.user_id, "grant": "x", "registration_request": body["ke1"][:43],
        "account": body["account"]})
    assert status in (400, 403) and "registration_response" not in reply
    assert _attempts(vault, binding.user_id) == 0


def test_malformed_upgrade_and_enrolment_requests_are_refused(vault) -> None:
    """Hostile shapes: each refused before anything changes (the binding stays as it was)."""
    binding, _, devices, code = _register(vault.url, old=True)
    uid, before = binding.user_id, _account(vault, binding.user_id)
    plain = {"kind": "secret", "secret": b64e(code)}
    signed = _login_body(binding, code)["account"]
    good_key = b64e(signing_public_key(code, _server_key(binding)))
    # A MAC proof of R made for a login (another context, another payload).
    lifted = mac_proof(code, _server_key(binding), LOGIN_CONTEXT, uid, login_payload(b"x"))
    for keys, account in (
        ([], plain), ([good_key] * 2, plain), ([good_key, b64e(new_secret()), good_key], plain),
        (["A" * 42], plain), ("x", plain), (None, plain), ([1], plain),
        ([good_key], signed), ([good_key], None), ([good_key], {"kind": "oidc", "id_token": "x"}),
        ([good_key], lifted),
    ):
        status, reply = post(vault.url, "/v1/account/upgrade", {
            "user_id": uid, "grant": "x", "public_keys": keys, "account": account})
        assert status in (400, 403) and reply.get("upgraded") is None, (keys, reply)
    for extra in ({}, {"verifier": b64e(new_secret()), "public_key": good_key},
                  {"public_key": "not a key"}):
        status, reply = post(vault.url, "/v1/account/device", {
            "user_id": uid, "grant": "x", "account": plain, **extra})
        assert status in (400, 403) and reply.get("enrolled") is None, (extra, reply)
    # A body with a value JSON cannot carry in canonical form (NaN) is a clear 400.
    req = urllib.request.Request(vault.url + "/v1/sequence", method="POST",
                                 data=json.dumps({"user_id": uid, "x": float("nan"),
                                                  "account": signed}).encode(),
                                 headers={"Content-Type": "application/json"})
    try:
        urllib.request.urlopen(req, timeout=30)
        raise AssertionError("accepted")
    except urllib.error.HTTPError as exc:
        assert exc.code == 400
    assert _account(vault, uid) == before and _attempts(vault, uid) == 0


def test_a_confirmed_planted_vault_gets_one_relayable_login_and_never_the_credential(
        vault, tmp_path, monkeypatch) -> None:
    """The user confirms a planted vault that copied the real vault's key (§1.7's remaining
    case). It refuses every proof, as if the record were not converted, hoping for the plain
    credential: the computer knows its credential is converted and never sends it. What it
    collected is worth one relayed login at the real vault; a second use is refused."""
    binding, key, devices, _ = _register(vault.url)
    device = devices.saved[binding.user_id]
    assert devices.vault_signed(binding.user_id)  # remembered at registration
    attacker = Attacker(client._info(vault.url))
    try:
        planted = dataclasses.replace(binding, url=attacker.url)
        access = VaultAccess(devices=devices, confirm=lambda url, key: True,
                             trust=TrustedVaults(tmp_path / "trust.json"))
        with pytest.raises(VaultAccountError):
            vault_fetch_key(planted, PW, access)
        bodies = attacker.proofs()
    finally:
        attacker.close()
    assert bodies
    for body in bodies:
        for form in (b64e(device).encode(), device.hex().encode()):
            assert form not in body
        assert json.loads(body)["account"]["kind"] == "sig"
    relayed = json.loads(bodies[0])
    status, _ = post(vault.url, "/v1/login/start", relayed)
    assert status == 200  # the user's own attempt, relayed at once
    status, reply = post(vault.url, "/v1/login/start", relayed)
    assert (status, reply["error"]) == (403, "unauthorized")
    assert _attempts(vault, binding.user_id) == 1
    # A computer that converted its credential by upgrading remembers it as well.
    old, key2, old_devices, _ = _register(vault.url, old=True)
    assert not old_devices.vault_signed(old.user_id)
    assert vault_fetch_key(old, PW, VaultAccess(devices=old_devices)) == key2
    assert old_devices.vault_signed(old.user_id)
    assert vault_fetch_key(old, PW, VaultAccess(devices=old_devices)) == key2  # signed only
