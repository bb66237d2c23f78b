"""The STREAM segment layer detects every modification (docs/FORMAT.md §4; issue 2, §8.3).

Segment exponent 12 (4 KiB segments) gives many segments from small plaintexts.
"""

from __future__ import annotations

import dataclasses
import random

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from backupgui.crypto.padme import is_padme, padme
from backupgui.crypto.segments import (
    HEADER_SIZE,
    TAG_SIZE,
    ObjectType,
    SegmentError,
    SegmentWriter,
    ciphertext_size,
    decrypt_bytes,
    decrypt_range,
    decrypt_stream,
    encrypt_bytes,
    padded_plaintext_size,
)

EXP = 12
S = 1 << EXP
KEY = bytes(range(32))
NAME = "data/" + "ab" * 16
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _plain(n: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(n)


def _seal(pt: bytes, name: str = NAME, typ: int = ObjectType.PACK, version: int = 2) -> bytes:
    return encrypt_bytes(KEY, typ, name, pt, segment_exp=EXP, version=version)


def _segments(ct: bytes) -> tuple[bytes, list[bytes]]:
    body = ct[HEADER_SIZE:]
    step = S + TAG_SIZE
    return ct[:HEADER_SIZE], [body[i:i + step] for i in range(0, len(body), step)]


def _open(ct: bytes, name: str = NAME, typ: int = ObjectType.PACK) -> bytes:
    return decrypt_bytes(KEY, name, typ, ct)


sizes = st.one_of(st.integers(0, 10 * S), st.sampled_from([0, 1, S - 1, S, S + 1, 2 * S, 3 * S, 5 * S + 7]))


@SETTINGS
@given(n=sizes, seed=st.integers(0, 2**32), cuts=st.lists(st.integers(0, 12 * S), max_size=8))
def test_round_trip_layout_and_any_chunking(n, seed, cuts):
    pt = _plain(n, seed)
    ct = _seal(pt, version=1)
    n_segs = max(1, -(-n // S))
    # FORMAT §4.3: exactly S bytes per segment; the last holds 0..S (empty only when pt is).
    assert len(ct) == HEADER_SIZE + n + TAG_SIZE * n_segs
    assert ct[:4] == b"BGUO" and ct[4] == 1 and ct[5] == ObjectType.PACK and ct[6] == EXP
    assert ct[7] == 0 and ct[47] == 0
    assert _open(ct) == pt
    pos = sorted({min(c, len(ct)) for c in cuts})
    chunks = [ct[a:b] for a, b in zip([0, *pos], [*pos, len(ct)], strict=True)]
    assert b"".join(decrypt_stream(KEY, NAME, ObjectType.PACK, chunks)) == pt


@SETTINGS
@given(n=sizes, seed=st.integers(0, 2**32), cuts=st.lists(st.integers(0, 12 * S), max_size=8))
def test_v2_objects_are_padme_lengths(n, seed, cuts):
    """FORMAT §4.4: a version 2 object's stored size is a Padmé length, its plaintext is the
    content, zero padding and the padding's length (u64), and readers get the content back."""
    pt = _plain(n, seed)
    ct = _seal(pt)
    assert ct[4] == 2
    assert is_padme(len(ct)) and len(ct) >= padme(ciphertext_size(n + 8, EXP))
    padded = padded_plaintext_size(n, EXP)
    assert len(ct) == ciphertext_size(padded, EXP)
    assert _open(ct) == pt
    pos = sorted({min(c, len(ct)) for c in cuts})
    chunks = [ct[a:b] for a, b in zip([0, *pos], [*pos, len(ct)], strict=True)]
    raw = b"".join(decrypt_stream(KEY, NAME, ObjectType.PACK, chunks))
    pad = int.from_bytes(raw[-8:], "big")
    assert len(raw) == padded and raw[:n] == pt and raw[n:-8] == bytes(pad) and n + pad + 8 == padded


@SETTINGS
@given(n=sizes, seed=st.integers(0, 2**32), cuts=st.lists(st.integers(0, 12 * S), max_size=8),
       tail=st.integers(1, 2 * S), version=st.sampled_from([1, 2]))
def test_writes_from_one_reused_buffer_with_more_to_follow(n, seed, cuts, tail, version):
    """A writer fed from one buffer that the caller overwrites after each call (the backup's
    media workers), saying ``more=True`` (more plaintext follows, as a pack's trailer always
    does), seals every full segment at once, keeps nothing of the buffer, and makes the same
    object as one write: every segment decrypts, the last one is the last."""
    pt = _plain(n, seed) + _plain(tail, seed + 1)
    out: list[bytes] = []
    w = SegmentWriter(KEY, ObjectType.PACK, NAME, out.append, EXP, version)
    buf = bytearray(12 * S)
    pos = 0
    for end in [*sorted({min(c, n) for c in cuts}), n]:
        buf[:end - pos] = pt[pos:end]
        w.write(memoryview(buf)[:end - pos], more=True)
        buf[:] = bytes(len(buf))  # the caller reuses its buffer
        pos = end
    assert sum(len(c) for c in out[1:]) == (n // S) * (S + TAG_SIZE)  # nothing held back
    w.write(pt[n:])
    w.close()
    assert _open(b"".join(out)) == pt


def test_padding_hides_sizes_within_a_bucket():
    """Two objects whose sizes differ by a few bytes are stored with the same size (a new
    media pack holding one known photo no longer reveals its exact size, issue 19 section 3);
    format v1 objects gave them away."""
    sizes = {len(_seal(bytes(n))) for n in range(300_000, 300_200)}
    assert len(sizes) == 1
    assert len({len(_seal(bytes(n), version=1)) for n in range(300_000, 300_200)}) == 200


def test_padding_must_be_zero_and_its_length_plausible():
    from backupgui.crypto.segments import SegmentWriter

    def sealed_with(plaintext: bytes) -> bytes:
        """A version 2 object whose whole plaintext (padding included) is ``plaintext``."""
        out: list[bytes] = []
        w = SegmentWriter(KEY, ObjectType.INDEX, NAME, out.append, EXP, version=2)
        w.write(plaintext)
        w.header = dataclasses.replace(w.header, version=1)  # close() then adds no padding
        w.close()
        return b"".join(out)

    good = b"abc" + bytes(5) + (5).to_bytes(8, "big")
    assert decrypt_bytes(KEY, NAME, ObjectType.INDEX, sealed_with(good)) == b"abc"
    with pytest.raises(SegmentError, match="not zero"):
        decrypt_bytes(KEY, NAME, ObjectType.INDEX, sealed_with(b"abc" + b"\x01" + bytes(4) + (5).to_bytes(8, "big")))
    with pytest.raises(SegmentError, match="padding length"):
        decrypt_bytes(KEY, NAME, ObjectType.INDEX, sealed_with(b"abc" + (99).to_bytes(8, "big")))
    with pytest.raises(SegmentError, match="too short"):
        decrypt_bytes(KEY, NAME, ObjectType.INDEX, sealed_with(b"abc"))


@SETTINGS
@given(n=st.integers(1, 8 * S), seed=st.integers(0, 2**32), data=st.data())
def test_random_access_matches(n, seed, data):
    pt = _plain(n, seed)
    ct = _seal(pt)
    off = data.draw(st.integers(0, n))
    length = data.draw(st.integers(0, n - off))

    def read(p, k):
        return ct[p:p + k]

    assert decrypt_range(KEY, NAME, ObjectType.PACK, len(ct), read, off, length) == pt[off:off + length]


@SETTINGS
@given(n=sizes, seed=st.integers(0, 2**32), data=st.data())
def test_every_byte_flip_is_detected(n, seed, data):
    ct = bytearray(_seal(_plain(n, seed)))
    pos = data.draw(st.integers(0, len(ct) - 1))
    ct[pos] ^= data.draw(st.integers(1, 255))
    with pytest.raises(SegmentError):
        _open(bytes(ct))


@SETTINGS
@given(n=sizes, seed=st.integers(0, 2**32), data=st.data())
def test_every_truncation_and_extension_is_detected(n, seed, data):
    ct = _seal(_plain(n, seed))
    cut = data.draw(st.integers(0, len(ct) - 1))
    with pytest.raises(SegmentError):
        _open(ct[:cut])
    extra = data.draw(st.binary(min_size=1, max_size=S + 40))
    with pytest.raises(SegmentError):
        _open(ct + extra)


def test_truncation_at_every_segment_boundary():
    pt = _plain(5 * S + 100, 1)
    ct = _seal(pt)
    head, segs = _segments(ct)
    assert len(segs) == 6
    for k in range(len(segs)):
        with pytest.raises(SegmentError):
            _open(head + b"".join(segs[:k]))


@SETTINGS
@given(n=st.integers(2 * S + 1, 8 * S), seed=st.integers(0, 2**32), data=st.data())
def test_segment_reorder_duplication_and_removal_are_detected(n, seed, data):
    ct = _seal(_plain(n, seed))
    head, segs = _segments(ct)
    count = len(segs)
    op = data.draw(st.sampled_from(["swap", "dup", "drop", "move"]))
    i = data.draw(st.integers(0, count - 1))
    j = data.draw(st.integers(0, count - 1))
    new = list(segs)
    if op == "swap":
        assume(i != j and segs[i] != segs[j])
        new[i], new[j] = new[j], new[i]
    elif op == "dup":
        new.insert(j, segs[i])
    elif op == "drop":
        del new[i]
    else:
        assume(i != j)
        new.insert(j, new.pop(i))
    assume(new != segs)
    with pytest.raises(SegmentError):
        _open(head + b"".join(new))


@SETTINGS
@given(n=st.integers(0, 4 * S), seed=st.integers(0, 2**32), data=st.data())
def test_splicing_segments_between_objects_is_detected(n, seed, data):
    """Segments or headers of another object (same key, same name) never authenticate."""
    pt = _plain(n, seed)
    a, b = _seal(pt), _seal(pt)  # same plaintext and name: only salt and nonce prefix differ
    ha, sa = _segments(a)
    hb, sb = _segments(b)
    i = data.draw(st.integers(0, min(len(sa), len(sb)) - 1))
    with pytest.raises(SegmentError):
        _open(ha + b"".join(sb[:i + 1] + sa[i + 1:]) if i + 1 < len(sa) else ha + b"".join(sb))
    with pytest.raises(SegmentError):
        _open(hb + b"".join(sa))


@pytest.mark.parametrize("n", [0, 10, S, 3 * S + 5])
def test_object_moved_to_another_name_type_or_key_is_detected(n):
    ct = _seal(_plain(n, 7))
    for name in ["data/" + "cd" * 16, "index/" + "ab" * 16, NAME + " ", NAME.upper()]:
        with pytest.raises(SegmentError):
            _open(ct, name=name)
    for typ in (ObjectType.INDEX, ObjectType.SNAPSHOT):
        with pytest.raises(SegmentError):
            _open(ct, typ=typ)
    with pytest.raises(SegmentError):
        decrypt_bytes(bytes(32), NAME, ObjectType.PACK, ct)
    assert _open(ct) == _plain(n, 7)


@pytest.mark.parametrize("exp", [11, 25, 0, 255])
def test_header_exponent_out_of_range_is_rejected(exp):
    ct = bytearray(_seal(b"hello"))
    ct[6] = exp
    with pytest.raises(SegmentError):
        _open(bytes(ct))


def test_random_access_detects_damage_in_the_segments_it_reads():
    pt = _plain(6 * S, 3)
    ct = bytearray(_seal(pt))
    ct[HEADER_SIZE + 2 * (S + TAG_SIZE) + 5] ^= 1  # inside segment 2

    def read(p, k):
        return bytes(ct[p:p + k])

    with pytest.raises(SegmentError):
        decrypt_range(KEY, NAME, ObjectType.PACK, len(ct), read, 2 * S + 1, 10)
    with pytest.raises(SegmentError):
        decrypt_range(KEY, NAME, ObjectType.PACK, len(ct), read, S, 2 * S)
    # Other segments stay readable: damage is local, and detected where it is.
    assert decrypt_range(KEY, NAME, ObjectType.PACK, len(ct), read, 4 * S, 100) == pt[4 * S:4 * S + 100]
    # The final segment's flag is bound: reading the last segment of a truncated copy fails.
    short = bytes(ct[:HEADER_SIZE + 4 * (S + TAG_SIZE)])
    with pytest.raises(SegmentError):
        decrypt_range(KEY, NAME, ObjectType.PACK, len(short), lambda p, k: short[p:p + k], 3 * S, 10)


@pytest.mark.parametrize("seg", [0, 1, 2, 3])
def test_damage_in_any_segment_raises_segment_error_when_streamed_in_one_chunk(seg):
    """Regression: a failing non-first segment used to surface as BufferError (the failed
    segment's memoryview kept the reader's buffer exported), escaping DamagedBackupError."""
    ct = bytearray(_seal(_plain(3 * S + 9, 5)))
    ct[HEADER_SIZE + seg * (S + TAG_SIZE) + 3] ^= 0x40
    with pytest.raises(SegmentError):
        b"".join(decrypt_stream(KEY, NAME, ObjectType.PACK, [bytes(ct)]))


@pytest.mark.parametrize("n", [S, 3 * S])
def test_empty_range_at_the_end_of_a_whole_number_of_segments(n):
    """Regression: offset == plaintext size with length 0 asked for a segment past the end."""
    ct = _seal(_plain(n, 2))
    assert decrypt_range(KEY, NAME, ObjectType.PACK, len(ct), lambda p, k: ct[p:p + k], n, 0) == b""
    assert decrypt_range(KEY, NAME, ObjectType.PACK, len(ct), lambda p, k: ct[p:p + k], n - 1, 1) == _plain(n, 2)[-1:]
