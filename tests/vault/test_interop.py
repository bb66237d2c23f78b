"""Interoperability with Meta's opaque-ke through @serenity-kit/opaque 1.1.0 (both directions).

The configuration both sides must share (see docs/VAULT.md):
- OPRF ristretto255-SHA512, 3DH over ristretto255, HKDF/HMAC-SHA-512 (serenity's only suite);
- KSF Argon2id v1.3, zero 16-byte salt, 64-byte output; serenity ``argon2id-custom``
  {iterations, memory (KiB), parallelism} == our Argon2idParams(memory_kib, iterations, parallelism);
- context: empty (serenity always passes ``None``);
- credential identifier: the UTF-8 bytes of serenity's ``userIdentifier``;
- client/server identities: default (public keys) unless both sides pass the same custom ones.
"""

from __future__ import annotations

import base64

import pytest

from backupgui.vault import opaque
from backupgui.vault.ksf import DEFAULT_ARGON2ID, Argon2idParams

SMALL = Argon2idParams(memory_kib=256, iterations=1, parallelism=1)
PASSWORD = "correct horse battery staple ✓"


def b64e(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def b64d(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _ids(custom: bool) -> tuple[dict, dict]:
    """(our keyword arguments, serenity's identifiers option)."""
    if not custom:
        return {}, {}
    return (
        {"client_identity": b"alice@example", "server_identity": b"vault.example"},
        {"identifiers": {"client": "alice@example", "server": "vault.example"}},
    )


@pytest.mark.parametrize("custom_ids", [False, True], ids=["default-ids", "custom-ids"])
def test_our_client_their_server(opaque_peer, custom_ids: bool) -> None:
    suite = opaque.Suite(SMALL)
    ours, theirs = _ids(custom_ids)
    setup = opaque_peer.call("server.createSetup")
    server_pk = b64d(opaque_peer.call("server.getPublicKey", serverSetup=setup))
    user = "user-42"

    blind, request = opaque.create_registration_request(PASSWORD.encode())
    resp = opaque_peer.call(
        "server.createRegistrationResponse",
        serverSetup=setup,
        userIdentifier=user,
        registrationRequest=b64e(request),
    )
    record, export_key, spk = opaque.finalize_registration_request(
        suite, PASSWORD.encode(), blind, b64d(resp["registrationResponse"]), **ours
    )
    assert spk == server_pk

    state, ke1 = opaque.generate_ke1(suite, PASSWORD.encode())
    start = opaque_peer.call(
        "server.startLogin",
        serverSetup=setup,
        registrationRecord=b64e(record),
        startLoginRequest=b64e(ke1),
        userIdentifier=user,
        **theirs,
    )
    result = opaque.generate_ke3(
        suite, state, PASSWORD.encode(), b64d(start["loginResponse"]), **ours
    )
    assert result.export_key == export_key
    assert result.server_public_key == server_pk
    fin = opaque_peer.call(
        "server.finishLogin",
        serverLoginState=start["serverLoginState"],
        finishLoginRequest=b64e(result.ke3),
        **theirs,
    )
    assert b64d(fin["sessionKey"]) == result.session_key

    # Wrong password: our client cannot open the envelope their server returns.
    state, ke1 = opaque.generate_ke1(suite, b"wrong password")
    start = opaque_peer.call(
        "server.startLogin",
        serverSetup=setup,
        registrationRecord=b64e(record),
        startLoginRequest=b64e(ke1),
        userIdentifier=user,
        **theirs,
    )
    with pytest.raises(opaque.EnvelopeRecoveryError):
        opaque.generate_ke3(suite, state, b"wrong password", b64d(start["loginResponse"]), **ours)


@pytest.mark.parametrize("custom_ids", [False, True], ids=["default-ids", "custom-ids"])
def test_their_client_our_server(opaque_peer, custom_ids: bool) -> None:
    suite = opaque.Suite(SMALL)
    ours, theirs = _ids(custom_ids)
    keys = opaque.ServerKeys.generate(suite)
    user = "user-43"
    ksf = SMALL.serenity_config()

    reg = opaque_peer.call("client.startRegistration", password=PASSWORD)
    response = opaque.create_registration_response(
        b64d(reg["registrationRequest"]), keys.public_key, user.encode(), keys.oprf_seed
    )
    fin_reg = opaque_peer.call(
        "client.finishRegistration",
        password=PASSWORD,
        registrationResponse=b64e(response),
        clientRegistrationState=reg["clientRegistrationState"],
        keyStretching=ksf,
        **theirs,
    )
    assert b64d(fin_reg["serverStaticPublicKey"]) == keys.public_key
    record = b64d(fin_reg["registrationRecord"])

    login = opaque_peer.call("client.startLogin", password=PASSWORD)
    server_state, ke2 = opaque.generate_ke2(
        suite, keys, record, user.encode(), b64d(login["startLoginRequest"]), **ours
    )
    fin = opaque_peer.call(
        "client.finishLogin",
        clientLoginState=login["clientLoginState"],
        loginResponse=b64e(ke2),
        password=PASSWORD,
        keyStretching=ksf,
        **theirs,
    )
    assert fin is not None
    session_key = opaque.server_finish(server_state, b64d(fin["finishLoginRequest"]))
    assert session_key == b64d(fin["sessionKey"])
    assert fin["exportKey"] == fin_reg["exportKey"]

    # Their client with a wrong password gets no result; a forged KE3 is refused by us.
    login = opaque_peer.call("client.startLogin", password="wrong")
    server_state, ke2 = opaque.generate_ke2(
        suite, keys, record, user.encode(), b64d(login["startLoginRequest"]), **ours
    )
    assert (
        opaque_peer.call(
            "client.finishLogin",
            clientLoginState=login["clientLoginState"],
            loginResponse=b64e(ke2),
            password="wrong",
            keyStretching=ksf,
            **theirs,
        )
        is None
    )
    with pytest.raises(opaque.ClientAuthenticationError):
        opaque.server_finish(server_state, bytes(64))


def test_export_key_agrees_across_implementations(opaque_peer) -> None:
    """Their client registers, our client logs in (our server): same export_key, so a key
    wrapped under it by one implementation is unwrapped by the other."""
    suite = opaque.Suite(SMALL)
    keys = opaque.ServerKeys.generate(suite)
    user = b"user-44"
    reg = opaque_peer.call("client.startRegistration", password=PASSWORD)
    response = opaque.create_registration_response(
        b64d(reg["registrationRequest"]), keys.public_key, user, keys.oprf_seed
    )
    fin_reg = opaque_peer.call(
        "client.finishRegistration",
        password=PASSWORD,
        registrationResponse=b64e(response),
        clientRegistrationState=reg["clientRegistrationState"],
        keyStretching=SMALL.serenity_config(),
    )
    state, ke1 = opaque.generate_ke1(suite, PASSWORD.encode())
    server_state, ke2 = opaque.generate_ke2(
        suite, keys, b64d(fin_reg["registrationRecord"]), user, ke1
    )
    result = opaque.generate_ke3(suite, state, PASSWORD.encode(), ke2)
    assert result.export_key == b64d(fin_reg["exportKey"])
    opaque.server_finish(server_state, result.ke3)


def test_default_params_equal_serenity_memory_constrained(opaque_peer) -> None:
    """Our production default Argon2id(64 MiB, t=3, p=4) is serenity's "memory-constrained"."""
    suite = opaque.Suite(DEFAULT_ARGON2ID)
    setup = opaque_peer.call("server.createSetup")
    reg = opaque_peer.call("client.startRegistration", password=PASSWORD)
    resp = opaque_peer.call(
        "server.createRegistrationResponse",
        serverSetup=setup,
        userIdentifier="u",
        registrationRequest=reg["registrationRequest"],
    )
    fin_reg = opaque_peer.call(
        "client.finishRegistration",
        password=PASSWORD,
        registrationResponse=resp["registrationResponse"],
        clientRegistrationState=reg["clientRegistrationState"],
        keyStretching="memory-constrained",
    )
    state, ke1 = opaque.generate_ke1(suite, PASSWORD.encode())
    start = opaque_peer.call(
        "server.startLogin",
        serverSetup=setup,
        registrationRecord=fin_reg["registrationRecord"],
        startLoginRequest=b64e(ke1),
        userIdentifier="u",
    )
    result = opaque.generate_ke3(suite, state, PASSWORD.encode(), b64d(start["loginResponse"]))
    assert result.export_key == b64d(fin_reg["exportKey"])
