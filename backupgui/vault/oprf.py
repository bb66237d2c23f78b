"""OPRF(ristretto255, SHA-512), base mode, per RFC 9497.

Group operations come from libsodium through ``rbcl`` (imported by ``sodium.load``); hashing from ``hashlib``. The only
hand-written piece is expand_message_xmd (RFC 9380 section 5.3.1), which is a fixed
composition of SHA-512 calls, not a primitive.
"""

from __future__ import annotations

import hashlib

from .sodium import load as _load_sodium

rbcl = _load_sodium()

SUITE_ID = b"ristretto255-SHA512"
MODE_OPRF = 0x00
CONTEXT_STRING = b"OPRFV1-" + bytes([MODE_OPRF]) + b"-" + SUITE_ID

NOE = 32  # serialized element
NOK = 32  # serialized scalar
NH = 64  # SHA-512 output

_HASH_TO_GROUP_DST = b"HashToGroup-" + CONTEXT_STRING
_HASH_TO_SCALAR_DST = b"HashToScalar-" + CONTEXT_STRING
_DERIVE_KEY_PAIR_DST = b"DeriveKeyPair" + CONTEXT_STRING
_IDENTITY = bytes(32)
_ZERO_SCALAR = bytes(32)


class OprfError(ValueError):
    """Invalid input to the OPRF (bad element, zero scalar, derivation failure)."""


def i2osp(value: int, length: int) -> bytes:
    """Big-endian encoding of a non-negative integer in exactly ``length`` bytes."""
    if value < 0 or value >= 1 << (8 * length):
        raise ValueError("integer too large for its encoding")
    return value.to_bytes(length, "big")


def expand_message_xmd(msg: bytes, dst: bytes, length: int) -> bytes:
    """expand_message_xmd with SHA-512 (RFC 9380 section 5.3.1)."""
    b_in_bytes, s_in_bytes = 64, 128
    ell = -(-length // b_in_bytes)
    if ell > 255 or length > 65535 or len(dst) > 255:
        raise ValueError("expand_message_xmd: length or DST too long")
    dst_prime = dst + i2osp(len(dst), 1)
    msg_prime = bytes(s_in_bytes) + msg + i2osp(length, 2) + i2osp(0, 1) + dst_prime
    b0 = hashlib.sha512(msg_prime).digest()
    bi = hashlib.sha512(b0 + i2osp(1, 1) + dst_prime).digest()
    out = [bi]
    for i in range(2, ell + 1):
        mixed = bytes(x ^ y for x, y in zip(b0, bi, strict=True))
        bi = hashlib.sha512(mixed + i2osp(i, 1) + dst_prime).digest()
        out.append(bi)
    return b"".join(out)[:length]


def hash_to_group(msg: bytes) -> bytes:
    """HashToGroup: hash_to_ristretto255 with the OPRF domain separation tag."""
    return rbcl.crypto_core_ristretto255_from_hash(expand_message_xmd(msg, _HASH_TO_GROUP_DST, 64))


def hash_to_scalar(msg: bytes, dst: bytes = _HASH_TO_SCALAR_DST) -> bytes:
    """HashToScalar: 64 uniform bytes reduced modulo the group order."""
    return rbcl.crypto_core_ristretto255_scalar_reduce(expand_message_xmd(msg, dst, 64))


def check_element(element: bytes) -> bytes:
    """DeserializeElement: a canonical ristretto255 encoding that is not the identity."""
    if (
        not isinstance(element, bytes | bytearray)
        or len(element) != NOE
        or bytes(element) == _IDENTITY
        or not rbcl.crypto_core_ristretto255_is_valid_point(bytes(element))
    ):
        raise OprfError("invalid group element")
    return bytes(element)


def check_scalar(scalar: bytes) -> bytes:
    """DeserializeScalar: a canonical non-zero scalar."""
    if len(scalar) != NOK or scalar == _ZERO_SCALAR:
        raise OprfError("invalid scalar")
    if rbcl.crypto_core_ristretto255_scalar_reduce(scalar + bytes(32)) != scalar:
        raise OprfError("non-canonical scalar")
    return scalar


def scalar_mult(scalar: bytes, element: bytes) -> bytes:
    """scalar * element; raises OprfError if the result would be the identity."""
    try:
        return rbcl.crypto_scalarmult_ristretto255(scalar, element)
    except RuntimeError as exc:
        raise OprfError("scalar multiplication failed") from exc


def scalar_mult_base(scalar: bytes) -> bytes:
    """scalar * G."""
    try:
        return rbcl.crypto_scalarmult_ristretto255_base(scalar)
    except RuntimeError as exc:
        raise OprfError("scalar multiplication failed") from exc


def random_scalar() -> bytes:
    """A uniformly random non-zero scalar."""
    while True:
        s = rbcl.crypto_core_ristretto255_scalar_random()
        if s != _ZERO_SCALAR:
            return s


def derive_key_pair(seed: bytes, info: bytes) -> tuple[bytes, bytes]:
    """DeriveKeyPair(seed, info) -> (skS, pkS) (RFC 9497 section 3.2.1)."""
    derive_input = seed + i2osp(len(info), 2) + info
    for counter in range(256):
        sk = hash_to_scalar(derive_input + i2osp(counter, 1), _DERIVE_KEY_PAIR_DST)
        if sk != _ZERO_SCALAR:
            return sk, scalar_mult_base(sk)
    raise OprfError("DeriveKeyPairError")


def blind(input_: bytes, blind_scalar: bytes | None = None) -> tuple[bytes, bytes]:
    """Blind(input) -> (blind, blindedElement)."""
    r = random_scalar() if blind_scalar is None else check_scalar(blind_scalar)
    input_element = hash_to_group(input_)
    if input_element == _IDENTITY:
        raise OprfError("InvalidInputError")
    return r, scalar_mult(r, input_element)


def blind_evaluate(sk: bytes, blinded_element: bytes) -> bytes:
    """BlindEvaluate(skS, blindedElement) -> evaluatedElement."""
    return scalar_mult(sk, check_element(blinded_element))


def finalize(input_: bytes, blind_scalar: bytes, evaluated_element: bytes) -> bytes:
    """Finalize(input, blind, evaluatedElement) -> 64-byte OPRF output."""
    inverse = rbcl.crypto_core_ristretto255_scalar_invert(blind_scalar)
    unblinded = scalar_mult(inverse, check_element(evaluated_element))
    hash_input = i2osp(len(input_), 2) + input_ + i2osp(len(unblinded), 2) + unblinded + b"Finalize"
    return hashlib.sha512(hash_input).digest()
