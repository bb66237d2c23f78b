import hashlib
import random
import struct
import zlib

import pytest

from backupgui.library import Library
from backupgui.library.demo import (
    DemoSummary,
    _ogg_crc,
    add_demo_messages,
    create_demo_library,
    create_large_library,
    make_mp4,
    make_ogg_opus,
    make_png,
)


def _snapshot(root):
    """Everything a library holds, in a comparable form."""
    with Library(root) as lib:
        chats = [lib.chat(cid) for cid in lib.chat_ids()]
        msgs = {cid: lib.messages(cid) for cid in lib.chat_ids()}
        summaries = lib.list_chats()
    files = sorted(p.name for p in (root / "media").rglob("*") if p.is_file())
    return chats, msgs, summaries, files


def _png_decode(data: bytes) -> tuple[int, int, bytes]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat = 8, b""
    width = height = 0
    while pos < len(data):
        (n,) = struct.unpack(">I", data[pos:pos + 4])
        tag, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + n]
        (crc,) = struct.unpack(">I", data[pos + 8 + n:pos + 12 + n])
        assert zlib.crc32(tag + body) == crc
        if tag == b"IHDR":
            width, height = struct.unpack(">II", body[:8])
        elif tag == b"IDAT":
            idat += body
        pos += 12 + n
    return width, height, zlib.decompress(idat)


@pytest.fixture(scope="module")
def demo_pair(tmp_path_factory):
    a = tmp_path_factory.mktemp("a")
    b = tmp_path_factory.mktemp("b")
    sa = create_demo_library(a, chats=6, seed=7, media_mb=8)
    sb = create_demo_library(b, chats=6, seed=7, media_mb=8)
    return a, b, sa, sb


def test_same_seed_gives_identical_libraries(demo_pair):
    a, b, sa, sb = demo_pair
    assert sa == sb
    assert _snapshot(a) == _snapshot(b)


def test_different_seed_differs(tmp_path, demo_pair):
    a, *_ = demo_pair
    create_demo_library(tmp_path, chats=6, seed=8, media_mb=8)
    assert _snapshot(tmp_path)[0] != _snapshot(a)[0]


def test_media_files_match_content_address(demo_pair):
    a, _, summary, _ = demo_pair
    files = [p for p in (a / "media").rglob("*") if p.is_file()]
    assert len(files) == summary.media_files > 0
    assert sum(p.stat().st_size for p in files) == summary.media_bytes
    for p in files:
        assert hashlib.sha256(p.read_bytes()).hexdigest() == p.name
        assert p.parent.name == p.name[:2]


def test_summary_and_chat_list_match_rows(demo_pair):
    a, _, summary, _ = demo_pair
    with Library(a) as lib:
        chats = lib.list_chats()
        assert len(chats) == summary.chats == 6
        total = 0
        for c in chats:
            msgs = lib.messages(c.id)
            assert c.message_count == len(msgs)
            assert c.last_ms == max(m.ts_ms for m in msgs)
            refs = [r for m in msgs for r in m.media]
            assert c.media_count == len(refs)
            assert c.media_bytes == sum(r.size for r in refs)
            assert c.video_bytes == sum(r.size for r in refs if r.kind == "video")
            total += len(msgs)
        assert total == summary.messages == lib.counts()[1]


def test_content_is_realistic(demo_pair):
    a, *_ = demo_pair
    with Library(a) as lib:
        chats = [lib.chat(c) for c in lib.chat_ids()]
        assert {c.kind for c in chats} == {"direct", "group"}
        for c in chats:
            me = [p for p in c.participants if p.is_me]
            assert len(me) == 1 and me[0].person_id == "me"
            assert len(c.participants) == 2 if c.kind == "direct" else len(c.participants) > 3
        msgs = [m for c in chats for m in lib.messages(c.id)]
    texts = " ".join(m.text for m in msgs)
    for sample in ("end-to-end encrypted", "added"):
        assert sample in texts
    assert any("\u0600" <= ch <= "\u06ff" for ch in texts)  # Arabic (RTL)
    assert any("\u3040" <= ch <= "\u30ff" for ch in texts)  # Japanese kana
    assert any("\u0400" <= ch <= "\u04ff" for ch in texts)  # Cyrillic
    assert any(ord(ch) >= 0x1F300 for ch in texts)  # emoji
    ids = {m.id for m in msgs}
    replies = [m for m in msgs if m.reply_to]
    assert replies and all(m.reply_to in ids for m in replies)
    assert any(m.kind == "system" and m.sender is None for m in msgs)
    span = max(m.ts_ms for m in msgs) - min(m.ts_ms for m in msgs)
    assert 500 * 86_400_000 < span < 800 * 86_400_000
    kinds = {r.kind for m in msgs for r in m.media}
    assert "image" in kinds
    for m in msgs:
        for r in m.media:
            assert r.filename.endswith({"image": ".png", "video": ".mp4", "voice": ".opus"}[r.kind])


def test_media_size_roughly_honours_budget(tmp_path):
    s = create_demo_library(tmp_path / "x", chats=4, seed=3, media_mb=20)
    assert 0.8 * 20 * 2**20 < s.media_bytes < 1.2 * 20 * 2**20
    s0 = create_demo_library(tmp_path / "none", chats=4, seed=3, media_mb=0)
    assert s0.media_files == 0 and s0.media_bytes == 0
    assert not [p for p in (tmp_path / "none" / "media").rglob("*") if p.is_file()]


def test_media_files_are_valid(demo_pair):
    a, *_ = demo_pair
    with Library(a) as lib:
        refs = lib.media_for_chats(lib.chat_ids())
        for r in refs:
            data = lib.media_path(r.sha256).read_bytes()
            if r.kind == "image":
                assert r.mime == "image/png"
                w, h, raw = _png_decode(data)
                assert len(raw) == h * (1 + 3 * w)
                assert 20_000 <= len(data) <= 2_200_000
            elif r.kind == "video":
                assert data[4:8] == b"ftyp" and r.mime == "video/mp4"
                assert 1 << 20 <= len(data) <= 20 << 20
            elif r.kind == "voice":
                assert data[:4] == b"OggS" and data[28:36] == b"OpusHead"
                assert len(data) <= 310_000


def test_generators_sizes_and_structure():
    rng = random.Random(0)
    for target in (80_000, 500_000, 2_000_000):
        png = make_png(rng, target)
        assert 0.8 * target < len(png) < 1.25 * target
        _png_decode(png)
    mp4 = make_mp4(rng, 1_500_000)
    assert len(mp4) == 1_500_000
    (ftyp_len,) = struct.unpack(">I", mp4[:4])
    (mdat_len,) = struct.unpack(">I", mp4[ftyp_len:ftyp_len + 4])
    assert mp4[ftyp_len + 4:ftyp_len + 8] == b"mdat" and ftyp_len + mdat_len == len(mp4)
    ogg = make_ogg_opus(rng, 100_000)
    assert abs(len(ogg) - 100_000) < 1000
    # Every page's CRC is valid.
    pos = 0
    while pos < len(ogg):
        assert ogg[pos:pos + 4] == b"OggS"
        nseg = ogg[pos + 26]
        body = sum(ogg[pos + 27:pos + 27 + nseg])
        end = pos + 27 + nseg + body
        page = ogg[pos:end]
        zeroed = page[:22] + b"\0\0\0\0" + page[26:]
        assert struct.unpack("<I", page[22:26])[0] == _ogg_crc(zeroed)
        pos = end
    assert pos == len(ogg)


def _slow_ogg_crc(data: bytes) -> int:
    crc = 0
    for b in data:
        crc ^= b << 24
        for _ in range(8):
            crc = ((crc << 1) ^ 0x04C11DB7) if crc & 0x80000000 else crc << 1
            crc &= 0xFFFFFFFF
    return crc


def test_ogg_crc_matches_reference():
    for data in (b"", b"OggS", bytes(range(256)), random.Random(1).randbytes(999)):
        assert _ogg_crc(data) == _slow_ogg_crc(data)


def test_default_demo_sizes_and_progress(tmp_path):
    # Speed is measured in bench/library_bench.py, not asserted here.
    calls = []
    s = create_demo_library(tmp_path, progress=lambda d, t: calls.append((d, t)))
    assert isinstance(s, DemoSummary) and s.chats == 12
    assert 0.9 * 40 * 2**20 < s.media_bytes < 1.15 * 40 * 2**20
    assert calls[-1] == (12, 12)


def test_add_demo_messages(tmp_path):
    create_demo_library(tmp_path, chats=3, seed=2, media_mb=0)
    with Library(tmp_path) as lib:
        chat = lib.list_chats()[0]
        add_demo_messages(lib, chat.id, 100, seed=5, with_photo=True)
        after = {c.id: c for c in lib.list_chats()}[chat.id]
        assert after.message_count == chat.message_count + 100
        assert after.media_count == chat.media_count + 1
        assert after.last_ms > chat.last_ms
        # Same seed: same ids, nothing new. New seed: new messages.
        add_demo_messages(lib, chat.id, 100, seed=5, with_photo=True)
        assert {c.id: c for c in lib.list_chats()}[chat.id].message_count == after.message_count
        add_demo_messages(lib, chat.id, 10, seed=6)
        assert {c.id: c for c in lib.list_chats()}[chat.id].message_count == after.message_count + 10


def test_large_library_small_scale(tmp_path):
    create_large_library(tmp_path, chats=50, messages=5003, seed=2)
    with Library(tmp_path) as lib:
        chats = lib.list_chats()
        assert len(chats) == 50
        assert sum(c.message_count for c in chats) == 5003 == lib.counts()[1]
        for c in chats[:5]:
            msgs = lib.messages(c.id)
            assert len(msgs) == c.message_count and c.last_ms == msgs[-1].ts_ms
            assert all(m.text for m in msgs)
        # Triggers are back: a later insert still updates the summary.
        cid = chats[0].id
        add_demo_messages(lib, cid, 3, seed=1)
        assert {c.id: c for c in lib.list_chats()}[cid].message_count == chats[0].message_count + 3
