"""Test vectors of the signed account proofs (docs/VAULT.md 1.9): the seed derivation, the
public key and the signatures over a login and a request body.

``vectors/sig_v2.json`` was generated once; this test recomputes every value from the inputs
the way the document describes them (HKDF and Ed25519 from ``cryptography``, the messages
concatenated here byte by byte), then checks that the code agrees and that the vault's
verifier accepts exactly the proofs it should.
"""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from backupgui.vault import account

DATA = json.loads((Path(__file__).parent / "vectors" / "sig_v2.json").read_text())
IN, OUT = DATA["inputs"], DATA["outputs"]
SECRET = bytes.fromhex(IN["secret"])
SPK = bytes.fromhex(IN["server_public_key"])
OTHER_SPK = bytes.fromhex(IN["other_server_public_key"])
USER_ID = IN["user_id"]
KE1 = bytes.fromhex(IN["ke1"])
T = IN["time"]


def _seed(secret: bytes, spk: bytes) -> bytes:
    """seed = HKDF-SHA-256(ikm = S, salt = none, info = "backupgui-vault/sign/v2" 0x00 || spk)"""
    return HKDF(hashes.SHA256(), 32, None, b"backupgui-vault/sign/v2\x00" + spk).derive(secret)


def _public(seed: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(seed).public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def test_seed_and_public_key() -> None:
    assert _seed(SECRET, SPK).hex() == OUT["seed"]
    assert _public(_seed(SECRET, SPK)).hex() == OUT["public_key"]
    assert _seed(SECRET, OTHER_SPK).hex() == OUT["other_server_seed"]
    assert _public(_seed(SECRET, OTHER_SPK)).hex() == OUT["other_server_public_key"]
    assert OUT["public_key"] != OUT["other_server_public_key"]  # a key per vault
    assert account.signing_seed(SECRET, SPK).hex() == OUT["seed"]
    assert account.signing_public_key(SECRET, SPK).hex() == OUT["public_key"]


def test_login_message_and_signature() -> None:
    digest = hashlib.sha256(KE1).digest()
    assert digest.hex() == OUT["ke1_sha256"]
    message = (b"backupgui-vault/login/v2" + b"\x00" + SPK + USER_ID.encode("ascii") + b"\x00"
               + digest + T.to_bytes(8, "big"))
    assert message.hex() == OUT["login_message"]
    signature = Ed25519PrivateKey.from_private_bytes(_seed(SECRET, SPK)).sign(message)
    assert signature.hex() == OUT["login_signature"]  # Ed25519 is deterministic
    proof = account.sig_proof(SECRET, SPK, account.LOGIN_CONTEXT, USER_ID,
                              account.login_payload(KE1), T)
    assert proof == {"kind": "sig", "public_key": _b64(bytes.fromhex(OUT["public_key"])),
                     "time": T, "signature": _b64(signature)}


def test_body_canonical_json_and_signature() -> None:
    body = IN["password_body"]
    canonical = json.dumps({k: v for k, v in body.items() if k != "account"}, sort_keys=True,
                           separators=(",", ":"), ensure_ascii=True).encode()
    assert canonical.decode() == OUT["password_canonical_body"]
    assert account.canonical_body(body) == canonical
    message = (b"backupgui-vault/password/v2\x00" + SPK + USER_ID.encode() + b"\x00" + canonical
               + T.to_bytes(8, "big"))
    assert message.hex() == OUT["password_message"]
    signature = Ed25519PrivateKey.from_private_bytes(_seed(SECRET, SPK)).sign(message)
    assert signature.hex() == OUT["password_signature"]


def _login_message(spk: bytes = SPK, user_id: str = USER_ID, ke1: bytes = KE1):
    return lambda when: account.signed_message(account.LOGIN_CONTEXT, spk, user_id,
                                               account.login_payload(ke1), when)


def test_the_vault_verifier_accepts_the_vector_and_nothing_else() -> None:
    v = account.AccountVerifier()
    binding = account.sig_binding([bytes.fromhex(OUT["public_key"])])
    proof = {"kind": "sig", "public_key": _b64(bytes.fromhex(OUT["public_key"])), "time": T,
             "signature": _b64(bytes.fromhex(OUT["login_signature"]))}
    presented = v.present(proof, _login_message(), now=T + 5)
    assert presented == ("sig", proof["public_key"]) and v.matches(binding, presented)
    # The window is +-120 s around the vault's clock.
    assert v.present(proof, _login_message(), now=T + 120) == presented
    assert v.present(proof, _login_message(), now=T - 120) == presented
    refused = [
        (proof, _login_message(), T + 121),
        (proof, _login_message(), T - 121),
        (proof, _login_message(spk=OTHER_SPK), T),  # made for another vault
        (proof, _login_message(user_id=USER_ID[::-1]), T),  # another record
        (proof, _login_message(ke1=KE1[::-1]), T),  # another login
        ({**proof, "time": T + 1}, _login_message(), T),
        ({**proof, "public_key": _b64(bytes.fromhex(OUT["other_server_public_key"]))},
         _login_message(), T),
    ]
    for p, message, now in refused:
        with pytest.raises(account.ProofError) as info:
            v.present(p, message, now=now)
        assert info.value.code == "invalid_account"
    # A proof made for the other vault's key names a key this record does not have.
    other = account.sig_proof(SECRET, OTHER_SPK, account.LOGIN_CONTEXT, USER_ID,
                              account.login_payload(KE1), T)
    assert not v.matches(binding, v.present(other, _login_message(spk=OTHER_SPK), now=T))
    # Malformed proofs, and a signed proof where the request signs nothing.
    for bad in ({**proof, "time": -1}, {**proof, "time": "1"}, {**proof, "time": True},
                {**proof, "signature": "x"}, {**proof, "public_key": "A" * 42}):
        with pytest.raises(account.ProofError) as info:
            v.present(bad, _login_message(), now=T)
        assert info.value.code == "bad_proof"
    with pytest.raises(account.ProofError):
        v.present(proof, None, now=T)


def test_bindings_in_transition() -> None:
    pk = [bytes([i]) * 32 for i in (1, 2)]
    vr = bytes([9]) * 32
    mixed = account.sig_binding(pk[:1], [vr])
    assert mixed == f"sig:{_b64(pk[0])};secret:{_b64(vr)}"
    assert account.binding_parts(mixed) == {"sig": [_b64(pk[0])], "secret": [_b64(vr)]}
    assert account.binding_kind(mixed) == "sig"
    v = account.AccountVerifier()
    assert v.matches(mixed, ("sig", _b64(pk[0]))) and v.matches(mixed, ("secret", _b64(vr)))
    assert not v.matches(mixed, ("sig", _b64(pk[1]))) and not v.matches(mixed, ("secret",
                                                                                 _b64(pk[0])))
    assert account.sig_binding(pk[::-1]) == account.sig_binding(pk)  # sorted


def test_mac_proof_vector_and_verification() -> None:
    """A MAC proof (records of older clients, 1.9 item 5): HMAC-SHA-256 keyed with
    V(S) = SHA-256("backupgui-vault/secret/v1" 0x00 || S) over "backupgui-vault/mac/v2" 0x00
    || the login message a signature would cover. The vault checks it against the verifiers
    it keeps; the secret is never needed, nor sent."""
    import hmac

    verifier = hashlib.sha256(b"backupgui-vault/secret/v1\x00" + SECRET).digest()
    assert verifier.hex() == OUT["verifier"] == account.secret_verifier(SECRET).hex()
    message = bytes.fromhex(OUT["login_message"])
    tag = hmac.new(verifier, b"backupgui-vault/mac/v2\x00" + message, hashlib.sha256).digest()
    assert tag.hex() == OUT["login_mac"]
    proof = account.mac_proof(SECRET, SPK, account.LOGIN_CONTEXT, USER_ID,
                              account.login_payload(KE1), T)
    assert proof == {"kind": "mac", "time": T, "mac": _b64(tag)}
    v = account.AccountVerifier()
    other_v = bytes([7]) * 32
    old = account.secret_binding([verifier, other_v])
    mixed = account.sig_binding([bytes.fromhex(OUT["public_key"])], [other_v])
    presented = v.present(proof, _login_message(), now=T + 120)
    assert v.matching_entry(old, presented) == _b64(verifier)
    assert not v.matches(mixed, presented)  # V(S) converted: the MAC names nothing there
    for message_fn, now in ((_login_message(), T + 121), (_login_message(), T - 121)):
        with pytest.raises(account.ProofError) as info:
            v.present(proof, message_fn, now=now)
        assert info.value.code == "invalid_account"
    for other in (_login_message(spk=OTHER_SPK), _login_message(user_id=USER_ID[::-1]),
                  _login_message(ke1=KE1[::-1])):  # another vault, record or login
        assert not v.matches(old, v.present(proof, other, now=T))
    for bad in ({**proof, "mac": "A" * 42}, {**proof, "time": "1"}, {"kind": "mac", "time": T}):
        with pytest.raises(account.ProofError) as info:
            v.present(bad, _login_message(), now=T)
        assert info.value.code == "bad_proof"
    with pytest.raises(account.ProofError):
        v.present(proof, None, now=T)  # a request that takes no MAC proof
