"""RFC 9807 (OPAQUE-3DH) and RFC 9497 (OPRF) test vectors for ristretto255-SHA512."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from backupgui.vault import opaque, oprf
from backupgui.vault.ksf import identity_ksf

VECTORS = Path(__file__).parent / "vectors"
OPAQUE_VECTORS = json.loads((VECTORS / "rfc9807_ristretto255_sha512.json").read_text())["vectors"]
OPRF_DATA = json.loads((VECTORS / "rfc9497_oprf_ristretto255_sha512.json").read_text())

GROUPS = {"ristretto255": opaque.RISTRETTO255, "curve25519": opaque.CURVE25519}


def _h(v: dict, name: str) -> bytes:
    return bytes.fromhex(v["values"][name])


def _suite(v: dict) -> opaque.Suite:
    cfg = v["config"]
    assert cfg["OPRF"] == "ristretto255-SHA512" and cfg["KSF"] == "Identity"
    return opaque.Suite(identity_ksf, bytes.fromhex(cfg["Context"]), GROUPS[cfg["Group"]])


def _ids(v: dict) -> dict:
    vals = v["values"]
    return {
        "server_identity": bytes.fromhex(vals["server_identity"])
        if "server_identity" in vals
        else None,
        "client_identity": bytes.fromhex(vals["client_identity"])
        if "client_identity" in vals
        else None,
    }


def test_vector_file_is_complete() -> None:
    names = [v["name"] for v in OPAQUE_VECTORS]
    assert sum(not v["fake"] for v in OPAQUE_VECTORS) == 4
    assert sum(v["fake"] for v in OPAQUE_VECTORS) == 2
    assert len(set(names)) == 6


@pytest.mark.parametrize("case", OPRF_DATA["vectors"], ids=lambda c: c["Input"][:8])
def test_rfc9497_oprf(case: dict) -> None:
    sk, _ = oprf.derive_key_pair(
        bytes.fromhex(OPRF_DATA["Seed"]), bytes.fromhex(OPRF_DATA["KeyInfo"])
    )
    assert sk.hex() == OPRF_DATA["skSm"]
    data = bytes.fromhex(case["Input"])
    blind, blinded = oprf.blind(data, bytes.fromhex(case["Blind"]))
    assert blinded.hex() == case["BlindedElement"]
    evaluated = oprf.blind_evaluate(sk, blinded)
    assert evaluated.hex() == case["EvaluationElement"]
    assert oprf.finalize(data, blind, evaluated).hex() == case["Output"]


REAL = [v for v in OPAQUE_VECTORS if not v["fake"]]
FAKE = [v for v in OPAQUE_VECTORS if v["fake"]]


@pytest.mark.parametrize("v", REAL, ids=lambda v: v["name"])
def test_rfc9807_real_vector(v: dict) -> None:
    suite, ids = _suite(v), _ids(v)
    password, cred_id = _h(v, "password"), _h(v, "credential_identifier")
    keys = opaque.ServerKeys(
        _h(v, "oprf_seed"), _h(v, "server_private_key"), _h(v, "server_public_key")
    )
    assert suite.group.public_key(keys.private_key) == keys.public_key
    assert opaque.derive_oprf_key(keys.oprf_seed, cred_id) == _h(v, "oprf_key")

    # Registration
    blind, request = opaque.create_registration_request(password, blind=_h(v, "blind_registration"))
    assert request == _h(v, "registration_request")
    response = opaque.create_registration_response(
        request, keys.public_key, cred_id, keys.oprf_seed
    )
    assert response == _h(v, "registration_response")
    record, export_key, spk = opaque.finalize_registration_request(
        suite, password, blind, response, envelope_nonce=_h(v, "envelope_nonce"), **ids
    )
    assert record == _h(v, "registration_upload")
    assert record[: suite.npk] == _h(v, "client_public_key")
    assert record[suite.npk + 64 :] == _h(v, "envelope")
    assert export_key == _h(v, "export_key")
    assert spk == keys.public_key

    # Login
    state, ke1 = opaque.generate_ke1(
        suite,
        password,
        blind=_h(v, "blind_login"),
        client_nonce=_h(v, "client_nonce"),
        client_keyshare_seed=_h(v, "client_keyshare_seed"),
    )
    assert ke1 == _h(v, "KE1")
    server_state, ke2 = opaque.generate_ke2(
        suite,
        keys,
        record,
        cred_id,
        ke1,
        masking_nonce=_h(v, "masking_nonce"),
        server_nonce=_h(v, "server_nonce"),
        server_keyshare_seed=_h(v, "server_keyshare_seed"),
        **ids,
    )
    assert ke2 == _h(v, "KE2")
    result = opaque.generate_ke3(suite, state, password, ke2, **ids)
    assert result.ke3 == _h(v, "KE3")
    assert result.session_key == _h(v, "session_key")
    assert result.export_key == _h(v, "export_key")
    assert result.server_public_key == keys.public_key
    assert opaque.server_finish(server_state, result.ke3) == _h(v, "session_key")

    # A wrong password cannot open the envelope; a wrong KE3 is refused.
    state2, _ = opaque.generate_ke1(suite, password, blind=_h(v, "blind_login"))
    with pytest.raises(opaque.EnvelopeRecoveryError):
        opaque.generate_ke3(suite, state2, password + b"!", ke2, **ids)
    with pytest.raises(opaque.ClientAuthenticationError):
        opaque.server_finish(server_state, bytes(64))


@pytest.mark.parametrize("v", FAKE, ids=lambda v: v["name"])
def test_rfc9807_fake_vector(v: dict) -> None:
    """KE2 for an unregistered user, built from a fake record (RFC 9807 section 6.3.2.2)."""
    suite, ids = _suite(v), _ids(v)
    keys = opaque.ServerKeys(
        _h(v, "oprf_seed"), _h(v, "server_private_key"), _h(v, "server_public_key")
    )
    assert suite.group.public_key(keys.private_key) == keys.public_key
    assert suite.group.public_key(_h(v, "client_private_key")) == _h(v, "client_public_key")
    record = _h(v, "client_public_key") + _h(v, "masking_key") + bytes(suite.envelope_size)
    _, ke2 = opaque.generate_ke2(
        suite,
        keys,
        record,
        _h(v, "credential_identifier"),
        _h(v, "KE1"),
        masking_nonce=_h(v, "masking_nonce"),
        server_nonce=_h(v, "server_nonce"),
        server_keyshare_seed=_h(v, "server_keyshare_seed"),
        **ids,
    )
    assert ke2 == _h(v, "KE2")
    # The fake KE1's client keyshare is the one derived from client_keyshare_seed.
    _, client_keyshare = suite.group.derive_key_pair(_h(v, "client_keyshare_seed"))
    assert _h(v, "KE1")[-suite.npk :] == client_keyshare
