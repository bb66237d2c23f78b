"""Fast unit and property tests of the vault's building blocks (no process, no HSM)."""

from __future__ import annotations

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backupgui.errors import VaultError
from backupgui.vault import VaultBinding, opaque
from backupgui.vault.keywrap import UnwrapError, unwrap_key, wrap_key
from backupgui.vault.ksf import DEFAULT_ARGON2ID, Argon2idParams, identity_ksf
from backupgui.vault.ratelimit import RateLimiter

SUITE = opaque.Suite(identity_ksf)
KEYS = opaque.ServerKeys.generate(SUITE)


@settings(max_examples=25, deadline=None)
@given(
    password=st.binary(min_size=0, max_size=64),
    other=st.binary(max_size=64),
    cid=st.binary(max_size=32),
)
def test_register_login_roundtrip(password: bytes, other: bytes, cid: bytes) -> None:
    blind, req = opaque.create_registration_request(password)
    resp = opaque.create_registration_response(req, KEYS.public_key, cid, KEYS.oprf_seed)
    record, export_key, _ = opaque.finalize_registration_request(SUITE, password, blind, resp)
    state, ke1 = opaque.generate_ke1(SUITE, password)
    sstate, ke2 = opaque.generate_ke2(SUITE, KEYS, record, cid, ke1)
    res = opaque.generate_ke3(SUITE, state, password, ke2)
    assert res.export_key == export_key
    assert opaque.server_finish(sstate, res.ke3) == res.session_key
    if other != password:
        state, ke1 = opaque.generate_ke1(SUITE, other)
        _, ke2 = opaque.generate_ke2(SUITE, KEYS, record, cid, ke1)
        with pytest.raises(opaque.EnvelopeRecoveryError):
            opaque.generate_ke3(SUITE, state, other, ke2)


def test_malformed_messages_are_rejected() -> None:
    with pytest.raises(opaque.MessageError):
        opaque.create_registration_response(bytes(32), KEYS.public_key, b"u", KEYS.oprf_seed)
    with pytest.raises(opaque.MessageError):
        opaque.create_registration_response(b"\x01" * 31, KEYS.public_key, b"u", KEYS.oprf_seed)
    state, ke1 = opaque.generate_ke1(SUITE, b"pw")
    with pytest.raises(opaque.MessageError):
        opaque.generate_ke3(SUITE, state, b"pw", bytes(SUITE.ke2_size - 1))
    with pytest.raises(opaque.MessageError):
        opaque.generate_ke2(SUITE, KEYS, bytes(SUITE.record_size), b"u", bytes(SUITE.ke1_size))


def test_keywrap_binds_user_and_key() -> None:
    export_key, key = os.urandom(64), os.urandom(32)
    blob = wrap_key(export_key, "user-a", key)
    assert unwrap_key(export_key, "user-a", blob) == key
    with pytest.raises(UnwrapError):
        unwrap_key(export_key, "user-b", blob)
    with pytest.raises(UnwrapError):
        unwrap_key(os.urandom(64), "user-a", blob)
    tampered = blob[:-1] + bytes([blob[-1] ^ 1])
    with pytest.raises(UnwrapError):
        unwrap_key(export_key, "user-a", tampered)
    with pytest.raises(ValueError):
        wrap_key(export_key, "user-a", b"short")


def test_binding_roundtrip_and_repr_hides_token() -> None:
    b = VaultBinding("https://vault.example", "u" * 24, "secret-token-value", "cGs")
    assert VaultBinding.from_dict(b.to_dict()) == b
    assert "secret-token-value" not in repr(b) and "secret-token-value" not in str(b)
    assert b.ksf == DEFAULT_ARGON2ID.to_string()
    legacy = {k: v for k, v in b.to_dict().items() if k != "ksf"}
    assert VaultBinding.from_dict(legacy).ksf == DEFAULT_ARGON2ID.to_string()
    with pytest.raises(VaultError):
        VaultBinding.from_dict({"url": "x"})
    with pytest.raises(VaultError):
        VaultBinding.from_dict({**b.to_dict(), "ksf": "scrypt:n=1"})


def test_ksf_params() -> None:
    p = Argon2idParams(1024, 2, 1)
    assert Argon2idParams.from_string(p.to_string()) == p
    assert p.serenity_config() == {
        "argon2id-custom": {"iterations": 2, "memory": 1024, "parallelism": 1}
    }
    assert len(p.stretch(bytes(64))) == 64 and p.stretch(b"a" * 64) != p.stretch(b"b" * 64)
    assert DEFAULT_ARGON2ID.memory_kib >= 65536 and DEFAULT_ARGON2ID.iterations >= 3
    with pytest.raises(ValueError):
        Argon2idParams(4, 1, 1)


def test_rate_limiter() -> None:
    rl = RateLimiter(per_minute=60, burst=3)
    a, b = "192.0.2.1", "192.0.2.2"
    assert [rl.allow(a, now=0.0)[0] for _ in range(4)] == [True, True, True, False]
    assert rl.allow(b, now=0.0)[0]  # per client
    allowed, wait = rl.allow(a, now=0.1)
    assert not allowed and 0 < wait <= 1.0
    assert rl.allow(a, now=1.2)[0]  # refilled one per second
