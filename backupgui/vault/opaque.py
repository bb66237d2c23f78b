"""OPAQUE-3DH (RFC 9807) with the OPRF ristretto255-SHA512.

Message formats are the RFC wire formats, so they interoperate with opaque-ke
(and @serenity-kit/opaque, which wraps it). Every function that uses randomness accepts
the random values as optional keyword arguments so the RFC test vectors can drive it.

The AKE group is ristretto255 in production; curve25519 (X25519) is also provided because
the RFC's ristretto255-SHA512 test vectors include it.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import Callable
from dataclasses import dataclass, field

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDFExpand

from . import oprf
from .oprf import i2osp

NH = 64  # hash output
NM = 64  # MAC output
NX = 64  # KDF output
NN = 32  # nonce
NSEED = 32
NOE = oprf.NOE
NOK = oprf.NOK


class OpaqueError(Exception):
    """Any OPAQUE protocol failure. Messages never contain secret material."""


class MessageError(OpaqueError):
    """A protocol message has the wrong length or contains an invalid element."""


class EnvelopeRecoveryError(OpaqueError):
    """The client could not open its envelope: wrong password (or a different server)."""


class ServerAuthenticationError(OpaqueError):
    """The server's KE2 MAC did not verify."""


class ClientAuthenticationError(OpaqueError):
    """The client's KE3 MAC did not verify."""


# ---------------------------------------------------------------------------- primitives


def _extract(salt: bytes, ikm: bytes) -> bytes:
    """HKDF-Extract with SHA-512 (an empty salt means HashLen zero bytes, RFC 5869)."""
    return hmac.new(salt or bytes(NH), ikm, hashlib.sha512).digest()


def _expand(prk: bytes, info: bytes, length: int) -> bytes:
    """HKDF-Expand with SHA-512."""
    return HKDFExpand(hashes.SHA512(), length, info).derive(prk)


def _mac(key: bytes, msg: bytes) -> bytes:
    return hmac.new(key, msg, hashlib.sha512).digest()


def _hash(msg: bytes) -> bytes:
    return hashlib.sha512(msg).digest()


def _xor(a: bytes, b: bytes) -> bytes:
    return bytes(x ^ y for x, y in zip(a, b, strict=True))


def _expand_label(secret: bytes, label: bytes, context: bytes, length: int) -> bytes:
    full_label = b"OPAQUE-" + label
    custom = i2osp(length, 2) + i2osp(len(full_label), 1) + full_label + i2osp(len(context), 1)
    return _expand(secret, custom + context, length)


def _derive_secret(secret: bytes, label: bytes, transcript_hash: bytes) -> bytes:
    return _expand_label(secret, label, transcript_hash, NX)


def _lp(data: bytes) -> bytes:
    """Two-byte length prefix."""
    return i2osp(len(data), 2) + data


# ---------------------------------------------------------------------------- AKE groups


class Ristretto255Group:
    """ristretto255 for the 3DH key exchange (production)."""

    name = "ristretto255"
    npk = 32
    nsk = 32

    def derive_key_pair(self, seed: bytes) -> tuple[bytes, bytes]:
        return oprf.derive_key_pair(seed, b"OPAQUE-DeriveDiffieHellmanKeyPair")

    def public_key(self, private_key: bytes) -> bytes:
        return oprf.scalar_mult_base(oprf.check_scalar(private_key))

    def check_public(self, public_key: bytes) -> bytes:
        try:
            return oprf.check_element(public_key)
        except oprf.OprfError as exc:
            raise MessageError("invalid public key") from exc

    def dh(self, private_key: bytes, public_key: bytes) -> bytes:
        try:
            return oprf.scalar_mult(private_key, self.check_public(public_key))
        except oprf.OprfError as exc:
            raise MessageError("invalid Diffie-Hellman input") from exc

    def generate_key_pair(self) -> tuple[bytes, bytes]:
        sk = oprf.random_scalar()
        return sk, oprf.scalar_mult_base(sk)


class Curve25519Group:
    """X25519 for the 3DH key exchange (RFC 9807 lists it; used by its test vectors)."""

    name = "curve25519"
    npk = 32
    nsk = 32

    def derive_key_pair(self, seed: bytes) -> tuple[bytes, bytes]:
        return seed, self.public_key(seed)

    def public_key(self, private_key: bytes) -> bytes:
        pub = X25519PrivateKey.from_private_bytes(private_key).public_key()
        return pub.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)

    def check_public(self, public_key: bytes) -> bytes:
        if len(public_key) != self.npk:
            raise MessageError("invalid public key")
        return bytes(public_key)

    def dh(self, private_key: bytes, public_key: bytes) -> bytes:
        try:
            peer = X25519PublicKey.from_public_bytes(self.check_public(public_key))
            return X25519PrivateKey.from_private_bytes(private_key).exchange(peer)
        except ValueError as exc:
            raise MessageError("invalid Diffie-Hellman input") from exc

    def generate_key_pair(self) -> tuple[bytes, bytes]:
        sk = os.urandom(32)
        return sk, self.public_key(sk)


RISTRETTO255 = Ristretto255Group()
CURVE25519 = Curve25519Group()


@dataclass(frozen=True)
class Suite:
    """OPAQUE configuration: KSF, application context and AKE group.

    The OPRF is always ristretto255-SHA512, the KDF HKDF-SHA512 and the MAC HMAC-SHA512.
    """

    ksf: Callable[[bytes], bytes]
    context: bytes = b""
    group: Ristretto255Group | Curve25519Group = field(default=RISTRETTO255)

    @property
    def npk(self) -> int:
        return self.group.npk

    @property
    def envelope_size(self) -> int:
        return NN + NM

    @property
    def record_size(self) -> int:
        return self.npk + NH + self.envelope_size

    @property
    def ke1_size(self) -> int:
        return NOE + NN + self.npk

    @property
    def credential_response_size(self) -> int:
        return NOE + NN + self.npk + self.envelope_size

    @property
    def ke2_size(self) -> int:
        return self.credential_response_size + NN + self.npk + NM


def _check_len(data: bytes, size: int, what: str) -> bytes:
    if not isinstance(data, bytes | bytearray) or len(data) != size:
        raise MessageError(f"{what} has the wrong length")
    return bytes(data)


# ---------------------------------------------------------------------------- server keys


@dataclass(frozen=True)
class ServerKeys:
    """The server's long-term secrets: OPRF seed (Nh bytes) and AKE key pair."""

    oprf_seed: bytes
    private_key: bytes
    public_key: bytes

    @classmethod
    def generate(cls, suite: Suite) -> ServerKeys:
        sk, pk = suite.group.generate_key_pair()
        return cls(os.urandom(NH), sk, pk)


def derive_oprf_key(oprf_seed: bytes, credential_identifier: bytes) -> bytes:
    """Per-user OPRF key: DeriveKeyPair(Expand(oprf_seed, id || "OprfKey"), "OPAQUE-DeriveKeyPair")."""
    seed = _expand(oprf_seed, credential_identifier + b"OprfKey", NOK)
    sk, _ = oprf.derive_key_pair(seed, b"OPAQUE-DeriveKeyPair")
    return sk


# ---------------------------------------------------------------------------- envelope


def _cleartext_credentials(
    server_public_key: bytes,
    client_public_key: bytes,
    server_identity: bytes | None,
    client_identity: bytes | None,
) -> bytes:
    sid = server_public_key if server_identity is None else server_identity
    cid = client_public_key if client_identity is None else client_identity
    return server_public_key + _lp(sid) + _lp(cid)


def _store(
    suite: Suite,
    randomized_password: bytes,
    server_public_key: bytes,
    server_identity: bytes | None,
    client_identity: bytes | None,
    envelope_nonce: bytes | None = None,
) -> tuple[bytes, bytes, bytes, bytes]:
    nonce = os.urandom(NN) if envelope_nonce is None else envelope_nonce
    masking_key = _expand(randomized_password, b"MaskingKey", NH)
    auth_key = _expand(randomized_password, nonce + b"AuthKey", NH)
    export_key = _expand(randomized_password, nonce + b"ExportKey", NH)
    seed = _expand(randomized_password, nonce + b"PrivateKey", NSEED)
    _, client_public_key = suite.group.derive_key_pair(seed)
    cleartext = _cleartext_credentials(
        server_public_key, client_public_key, server_identity, client_identity
    )
    auth_tag = _mac(auth_key, nonce + cleartext)
    return nonce + auth_tag, client_public_key, masking_key, export_key


def _recover(
    suite: Suite,
    randomized_password: bytes,
    server_public_key: bytes,
    envelope: bytes,
    server_identity: bytes | None,
    client_identity: bytes | None,
) -> tuple[bytes, bytes, bytes]:
    nonce, auth_tag = envelope[:NN], envelope[NN:]
    auth_key = _expand(randomized_password, nonce + b"AuthKey", NH)
    export_key = _expand(randomized_password, nonce + b"ExportKey", NH)
    seed = _expand(randomized_password, nonce + b"PrivateKey", NSEED)
    client_private_key, client_public_key = suite.group.derive_key_pair(seed)
    cleartext = _cleartext_credentials(
        server_public_key, client_public_key, server_identity, client_identity
    )
    expected = _mac(auth_key, nonce + cleartext)
    if not hmac.compare_digest(expected, auth_tag):
        raise EnvelopeRecoveryError("envelope recovery failed")
    return client_private_key, client_public_key, export_key


def _randomized_password(suite: Suite, password: bytes, blind: bytes, evaluated: bytes) -> bytes:
    try:
        oprf_output = oprf.finalize(password, blind, evaluated)
    except oprf.OprfError as exc:
        raise MessageError("invalid OPRF evaluation") from exc
    return _extract(b"", oprf_output + suite.ksf(oprf_output))


# ---------------------------------------------------------------------------- registration


def create_registration_request(
    password: bytes, *, blind: bytes | None = None
) -> tuple[bytes, bytes]:
    """Client: returns (blind, registration_request)."""
    r, blinded = oprf.blind(password, blind)
    return r, blinded


def create_registration_response(
    request: bytes, server_public_key: bytes, credential_identifier: bytes, oprf_seed: bytes
) -> bytes:
    """Server: registration_response = evaluated_message || server_public_key."""
    request = _check_len(request, NOE, "registration request")
    oprf_key = derive_oprf_key(oprf_seed, credential_identifier)
    try:
        evaluated = oprf.blind_evaluate(oprf_key, request)
    except oprf.OprfError as exc:
        raise MessageError("invalid registration request") from exc
    return evaluated + server_public_key


def finalize_registration_request(
    suite: Suite,
    password: bytes,
    blind: bytes,
    response: bytes,
    *,
    server_identity: bytes | None = None,
    client_identity: bytes | None = None,
    envelope_nonce: bytes | None = None,
) -> tuple[bytes, bytes, bytes]:
    """Client: returns (registration_record, export_key, server_public_key)."""
    response = _check_len(response, NOE + suite.npk, "registration response")
    evaluated, server_public_key = response[:NOE], suite.group.check_public(response[NOE:])
    rwd = _randomized_password(suite, password, blind, evaluated)
    envelope, client_public_key, masking_key, export_key = _store(
        suite, rwd, server_public_key, server_identity, client_identity, envelope_nonce
    )
    return client_public_key + masking_key + envelope, export_key, server_public_key


def fake_record(suite: Suite) -> bytes:
    """A record for an unknown user (RFC 9807 section 6.3.2.2): random key, zero envelope."""
    _, client_public_key = suite.group.generate_key_pair()
    return client_public_key + os.urandom(NH) + bytes(suite.envelope_size)


# ---------------------------------------------------------------------------- login


@dataclass(frozen=True)
class ClientLoginState:
    """What the client keeps between KE1 and KE3 (no password)."""

    blind: bytes
    client_secret: bytes
    ke1: bytes


@dataclass(frozen=True)
class ClientLoginResult:
    ke3: bytes
    session_key: bytes
    export_key: bytes
    server_public_key: bytes


@dataclass(frozen=True)
class ServerLoginState:
    """What the server keeps between KE2 and KE3."""

    expected_client_mac: bytes
    session_key: bytes


def generate_ke1(
    suite: Suite,
    password: bytes,
    *,
    blind: bytes | None = None,
    client_nonce: bytes | None = None,
    client_keyshare_seed: bytes | None = None,
) -> tuple[ClientLoginState, bytes]:
    """Client: returns (state, KE1)."""
    r, blinded = oprf.blind(password, blind)
    nonce = os.urandom(NN) if client_nonce is None else client_nonce
    seed = os.urandom(NSEED) if client_keyshare_seed is None else client_keyshare_seed
    client_secret, client_keyshare = suite.group.derive_key_pair(seed)
    ke1 = blinded + nonce + client_keyshare
    return ClientLoginState(r, client_secret, ke1), ke1


def _preamble(
    suite: Suite,
    client_identity: bytes,
    ke1: bytes,
    server_identity: bytes,
    credential_response: bytes,
    server_nonce: bytes,
    server_keyshare: bytes,
) -> bytes:
    return (
        b"OPAQUEv1-"
        + _lp(suite.context)
        + _lp(client_identity)
        + ke1
        + _lp(server_identity)
        + credential_response
        + server_nonce
        + server_keyshare
    )


def _derive_keys(ikm: bytes, preamble: bytes) -> tuple[bytes, bytes, bytes]:
    prk = _extract(b"", ikm)
    transcript = _hash(preamble)
    handshake_secret = _derive_secret(prk, b"HandshakeSecret", transcript)
    session_key = _derive_secret(prk, b"SessionKey", transcript)
    km2 = _derive_secret(handshake_secret, b"ServerMAC", b"")
    km3 = _derive_secret(handshake_secret, b"ClientMAC", b"")
    return km2, km3, session_key


def generate_ke2(
    suite: Suite,
    keys: ServerKeys,
    record: bytes,
    credential_identifier: bytes,
    ke1: bytes,
    *,
    server_identity: bytes | None = None,
    client_identity: bytes | None = None,
    masking_nonce: bytes | None = None,
    server_nonce: bytes | None = None,
    server_keyshare_seed: bytes | None = None,
) -> tuple[ServerLoginState, bytes]:
    """Server: returns (state, KE2) for a stored registration record."""
    ke1 = _check_len(ke1, suite.ke1_size, "KE1")
    record = _check_len(record, suite.record_size, "registration record")
    blinded, client_keyshare = ke1[:NOE], ke1[NOE + NN :]
    client_public_key = record[: suite.npk]
    masking_key = record[suite.npk : suite.npk + NH]
    envelope = record[suite.npk + NH :]

    oprf_key = derive_oprf_key(keys.oprf_seed, credential_identifier)
    try:
        evaluated = oprf.blind_evaluate(oprf_key, blinded)
    except oprf.OprfError as exc:
        raise MessageError("invalid KE1") from exc
    m_nonce = os.urandom(NN) if masking_nonce is None else masking_nonce
    pad = _expand(masking_key, m_nonce + b"CredentialResponsePad", suite.npk + suite.envelope_size)
    credential_response = evaluated + m_nonce + _xor(pad, keys.public_key + envelope)

    s_nonce = os.urandom(NN) if server_nonce is None else server_nonce
    seed = os.urandom(NSEED) if server_keyshare_seed is None else server_keyshare_seed
    server_secret, server_keyshare = suite.group.derive_key_pair(seed)
    sid = keys.public_key if server_identity is None else server_identity
    cid = client_public_key if client_identity is None else client_identity
    preamble = _preamble(suite, cid, ke1, sid, credential_response, s_nonce, server_keyshare)
    g = suite.group
    ikm = (
        g.dh(server_secret, client_keyshare)
        + g.dh(keys.private_key, client_keyshare)
        + g.dh(server_secret, client_public_key)
    )
    km2, km3, session_key = _derive_keys(ikm, preamble)
    server_mac = _mac(km2, _hash(preamble))
    expected_client_mac = _mac(km3, _hash(preamble + server_mac))
    ke2 = credential_response + s_nonce + server_keyshare + server_mac
    return ServerLoginState(expected_client_mac, session_key), ke2


def generate_ke3(
    suite: Suite,
    state: ClientLoginState,
    password: bytes,
    ke2: bytes,
    *,
    server_identity: bytes | None = None,
    client_identity: bytes | None = None,
) -> ClientLoginResult:
    """Client: checks KE2, returns KE3 and the keys.

    Raises EnvelopeRecoveryError for a wrong password and ServerAuthenticationError when
    the envelope opened but the server's MAC is wrong.
    """
    ke2 = _check_len(ke2, suite.ke2_size, "KE2")
    cr_size = suite.credential_response_size
    credential_response = ke2[:cr_size]
    evaluated = credential_response[:NOE]
    m_nonce = credential_response[NOE : NOE + NN]
    masked = credential_response[NOE + NN :]
    s_nonce = ke2[cr_size : cr_size + NN]
    server_keyshare = suite.group.check_public(ke2[cr_size + NN : cr_size + NN + suite.npk])
    server_mac = ke2[cr_size + NN + suite.npk :]

    rwd = _randomized_password(suite, password, state.blind, evaluated)
    masking_key = _expand(rwd, b"MaskingKey", NH)
    pad = _expand(masking_key, m_nonce + b"CredentialResponsePad", suite.npk + suite.envelope_size)
    unmasked = _xor(pad, masked)
    server_public_key, envelope = unmasked[: suite.npk], unmasked[suite.npk :]
    client_private_key, client_public_key, export_key = _recover(
        suite, rwd, server_public_key, envelope, server_identity, client_identity
    )
    sid = server_public_key if server_identity is None else server_identity
    cid = client_public_key if client_identity is None else client_identity
    preamble = _preamble(suite, cid, state.ke1, sid, credential_response, s_nonce, server_keyshare)
    g = suite.group
    ikm = (
        g.dh(state.client_secret, server_keyshare)
        + g.dh(state.client_secret, server_public_key)
        + g.dh(client_private_key, server_keyshare)
    )
    km2, km3, session_key = _derive_keys(ikm, preamble)
    if not hmac.compare_digest(_mac(km2, _hash(preamble)), server_mac):
        raise ServerAuthenticationError("server authentication failed")
    client_mac = _mac(km3, _hash(preamble + server_mac))
    return ClientLoginResult(client_mac, session_key, export_key, server_public_key)


def server_finish(state: ServerLoginState, ke3: bytes) -> bytes:
    """Server: verifies KE3 (the client's MAC) and returns the session key."""
    ke3 = _check_len(ke3, NM, "KE3")
    if not hmac.compare_digest(state.expected_client_mac, ke3):
        raise ClientAuthenticationError("client authentication failed")
    return state.session_key


__all__ = [
    "CURVE25519",
    "RISTRETTO255",
    "ClientAuthenticationError",
    "ClientLoginResult",
    "ClientLoginState",
    "EnvelopeRecoveryError",
    "MessageError",
    "OpaqueError",
    "ServerAuthenticationError",
    "ServerKeys",
    "ServerLoginState",
    "Suite",
    "create_registration_request",
    "create_registration_response",
    "derive_oprf_key",
    "fake_record",
    "finalize_registration_request",
    "generate_ke1",
    "generate_ke2",
    "generate_ke3",
    "server_finish",
]
