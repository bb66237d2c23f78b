"""An independent decryptor for backupgui backups, written from docs/FORMAT.md alone
(format v2, and the format v1 it still reads).

It deliberately imports nothing from ``backupgui``: only the standard library,
``cryptography`` (AES-256-GCM, HKDF-SHA256, Argon2id) and ``zstandard``. Given a destination
folder and a 64-digit key or a password, it finds the set that opens (§9.1), recovers K,
checks the config's key check and MAC, decrypts the indexes, the manifests (the newest by
sequence number unless one is named, §9.2), the packs, every message blob and every media
file, checks every blob id, media hash and message blob against its manifest entry, and
prints the plaintext as JSON:

    {"set_id", "snapshot_id", "chain": [{"snapshot_id", "seq", "prev"}, ...],
     "chats": [{"id", "name", "kind", "source", "created_ms", "participants": [...],
                "messages": [{"id", "ts", "sender", "kind", "text", "reply_to", "media": [...]}]}],
     "media": {sha256: size}}

Usage: python independent_decryptor.py BACKUP_DIR (--key-file F | --password-file F)
                                       [--snapshot ID] [--media-out DIR]
Exit codes: 0 ok, 3 wrong key or password, 4 malformed key, 5 damaged backup, 6 a pack
written by a newer backupgui (§4.1, §11).
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import json
import os
import re
import struct
import sys
from datetime import UTC, datetime
from pathlib import Path

import zstandard
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

HEADER_SIZE = 48
TAG_SIZE = 16
OBJECT_TYPES = {"data": 1, "index": 2, "snapshots": 3}  # FORMAT §4.1
HEX32 = re.compile(r"[0-9a-f]{32}")
HEX64 = re.compile(r"[0-9a-f]{64}")
SNAPSHOT_ID = re.compile(r"\d{8}T\d{6}\.\d{3}Z-[0-9a-f]{8}")


class Damaged(Exception):
    """The backup failed a check (FORMAT §9.4)."""


class Newer(Exception):
    """An object with a header version greater than 2 whose segment authenticated (§4.1,
    §11): written by a newer backupgui, not damaged."""


def _no_repeats(pairs: list) -> dict:
    d = dict(pairs)
    if len(d) != len(pairs):
        raise Damaged("an object repeats a key (§1.3)")
    return d


def _no_constant(name: str) -> object:
    raise Damaged(f"{name} is not JSON (§1.3)")


def jloads(data: bytes | str, what: str) -> object:
    """§1.3: strict UTF-8 JSON, no byte order mark, no repeated keys, no NaN/Infinity."""
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
    except UnicodeDecodeError:
        raise Damaged(f"{what}: not UTF-8") from None
    if text.startswith("\ufeff"):
        raise Damaged(f"{what}: byte order mark")
    try:
        return json.loads(text, object_pairs_hook=_no_repeats, parse_constant=_no_constant)
    except ValueError as exc:
        if isinstance(exc, Damaged):
            raise
        raise Damaged(f"{what}: not JSON ({exc})") from None


def is_int(v: object, lo: int = -(1 << 63)) -> bool:
    return type(v) is int and lo <= v < (1 << 63)


def exactly(obj: object, fields: set[str], optional: set[str] = frozenset(), what: str = "") -> dict:
    if type(obj) is not dict or not fields <= set(obj) or set(obj) - fields - set(optional):
        raise Damaged(f"{what}: not exactly the fields §{what} names")
    return obj


class WrongKey(Exception):
    """The key or password does not open the set (FORMAT §2.1, §2.3, §3.3)."""


class MalformedKey(Exception):
    """Not 64 hex digits after removing separators (FORMAT §2.1)."""


# -- keys (FORMAT §2, §3) ----------------------------------------------------------------------
def parse_key(text: str) -> bytes:
    cleaned = "".join(c for c in text if c not in " \t\r\n-_").lower()
    if not re.fullmatch(r"[0-9a-f]{64}", cleaned):
        raise MalformedKey("a backup key is 64 hex digits")
    return bytes.fromhex(cleaned)


def hkdf(ikm: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(ikm)


def canonical(obj: dict) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


class SetKeys:
    """§2.2."""

    def __init__(self, k: bytes, set_id: bytes) -> None:
        self.obj = hkdf(k, set_id, b"backupgui/v1/objects")
        self.blob = hkdf(k, set_id, b"backupgui/v1/blob-id")
        self.conf = hkdf(k, set_id, b"backupgui/v1/config-mac")
        self.check = hkdf(k, set_id, b"backupgui/v1/key-check")

    def blob_id(self, plaintext: bytes) -> str:
        return hmac.new(self.blob, hashlib.sha256(plaintext).digest(), hashlib.sha256).hexdigest()


def read_config(set_dir: Path) -> tuple[dict, bytes, str]:
    """§3: (the config's fields, the bytes the MAC covers, the MAC)."""
    raw = (set_dir / "config").read_bytes()
    if len(raw) > 64 * 1024:
        raise Damaged("config larger than 64 KiB")
    outer = jloads(raw, "config")
    if not isinstance(outer, dict) or outer.get("format") != "backupgui-set":
        raise Damaged("not a backupgui set config")
    version = outer.get("version")
    if version == 2:
        exactly(outer, {"format", "version", "body", "mac"}, what="3")
        if type(outer["body"]) is not str or type(outer["mac"]) is not str:
            raise Damaged("config body or mac is not a string")
        try:
            signed = outer["body"].encode("utf-8")
        except UnicodeEncodeError:
            raise Damaged("config body holds a lone surrogate") from None
        cfg = jloads(signed, "config body")
        mode = cfg.get("key_mode") if isinstance(cfg, dict) else None
        slot = {"password": {"password"}, "vault": {"vault"}, "key": set()}.get(mode)
        if slot is None:
            raise Damaged("unknown key mode")
        exactly(cfg, {"format", "version", "set_id", "created", "key_mode", "key_check"} | slot,
                what="3")
        if cfg["format"] != "backupgui-set" or cfg["version"] != 2 or type(cfg["version"]) is not int:
            raise Damaged("config body: wrong format or version")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", str(cfg["created"])):
            raise Damaged("config body: bad created")
        if mode == "password":
            exactly(cfg["password"], {"kdf", "nonce", "wrapped_key"}, what="3")
            exactly(cfg["password"]["kdf"], {"alg", "memory_kib", "iterations", "lanes", "salt"},
                    what="3")
        if mode == "vault":
            exactly(cfg["vault"], {"url", "user_id", "server_public_key"},
                    {"ksf", "account", "access_token", "nodes"}, what="3.4")
        mac = outer["mac"]
    elif version == 1:
        cfg, mac = outer, str(outer.get("mac", ""))
        signed = canonical({k: v for k, v in outer.items() if k != "mac"})
    else:
        raise Damaged(f"unknown config version {version!r}")
    if cfg.get("set_id") != set_dir.name or not HEX32.fullmatch(set_dir.name):
        raise Damaged("config set_id does not match its name")
    if cfg.get("key_mode") not in ("password", "key", "vault"):
        raise Damaged("unknown key mode")
    if not isinstance(cfg.get("key_check"), str) or not HEX64.fullmatch(cfg["key_check"]):
        raise Damaged("bad key_check")
    return cfg, signed, mac


def recover_key(cfg: dict, key: bytes | None, password: str | None) -> bytes:
    """FORMAT §3.1: a typed key is K in any mode; a password unwraps K in password mode."""
    if key is not None:
        return key
    if cfg["key_mode"] != "password":
        raise WrongKey(f"this set is in {cfg['key_mode']} mode; a password cannot open it here")
    slot = cfg.get("password")
    try:
        kdf = slot["kdf"]
        if kdf["alg"] != "argon2id":
            raise Damaged("unknown KDF")
        mem, it, lanes = kdf["memory_kib"], kdf["iterations"], kdf["lanes"]
        if not all(type(x) is int for x in (mem, it, lanes)):
            raise Damaged("KDF parameters are not integers")
        salt = bytes.fromhex(kdf["salt"])
        nonce = bytes.fromhex(slot["nonce"])
        wrapped = bytes.fromhex(slot["wrapped_key"])
    except (KeyError, TypeError, ValueError) as exc:
        raise Damaged(f"password slot malformed ({exc})") from None
    # §2.3: at most four times what backupgui writes, checked before Argon2id runs.
    if not (8 * lanes <= mem <= 1048576 and 1 <= it <= 12 and 1 <= lanes <= 16 and 8 <= len(salt) <= 64):
        raise Damaged("KDF parameters out of bounds")
    if len(nonce) != 12 or len(wrapped) != 48:
        raise Damaged("password slot has wrong sizes")
    kek = Argon2id(salt=salt, length=32, iterations=it, lanes=lanes, memory_cost=mem).derive(
        password.encode("utf-8"))
    try:
        return AESGCM(kek).decrypt(nonce, wrapped, b"backupgui/v1/wrap" + bytes.fromhex(cfg["set_id"]))
    except InvalidTag:
        raise WrongKey("wrong password") from None


def unlock(config: tuple[dict, bytes, str], key: bytes | None, password: str | None) -> SetKeys:
    """§3.1, §3.3 (v2: the MAC over the body bytes as stored; v1: over canonical JSON)."""
    cfg, signed, stored_mac = config
    k = recover_key(cfg, key, password)
    keys = SetKeys(k, bytes.fromhex(cfg["set_id"]))
    check = hmac.new(keys.check, b"backupgui key check", hashlib.sha256).hexdigest()
    if not hmac.compare_digest(str(cfg.get("key_check", "")), check):
        if key is not None:
            raise WrongKey("wrong 64-digit key")
        raise Damaged("config modified (key check)")
    mac = hmac.new(keys.conf, signed, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(stored_mac.encode(), mac.encode()):
        raise Damaged("config modified (MAC)")
    return keys


# -- encrypted objects (FORMAT §4) -------------------------------------------------------------
def decrypt_object(keys: SetKeys, set_dir: Path, rel: str) -> bytes:
    data = (set_dir / rel).read_bytes()
    if len(data) < HEADER_SIZE:
        raise Damaged(f"{rel}: shorter than its header")
    header = data[:HEADER_SIZE]
    if header[:4] != b"BGUO" or header[4] == 0:
        raise Damaged(f"{rel}: bad magic or version")
    if header[5] != OBJECT_TYPES[rel.split("/")[0]]:
        raise Damaged(f"{rel}: wrong object type for its name")
    e = header[6]
    if not 12 <= e <= 24 or header[7] != 0 or header[47] != 0:
        raise Damaged(f"{rel}: bad exponent or reserved byte")
    salt, prefix = header[8:40], header[40:47]
    aead = AESGCM(hkdf(keys.obj, salt, b"backupgui/v1/object-key"))
    aad = header + rel.encode("utf-8")
    seg = (1 << e) + TAG_SIZE
    body = data[HEADER_SIZE:]
    out = bytearray()
    pos = i = 0
    while True:
        rest = len(body) - pos
        last = rest <= seg  # a full chunk followed by at least one more byte is not final
        n = rest if last else seg
        if n < TAG_SIZE:
            raise Damaged(f"{rel}: truncated")
        nonce = prefix + struct.pack(">I", i) + (b"\x01" if last else b"\x00")
        try:
            out += aead.decrypt(nonce, body[pos:pos + n], aad)
        except InvalidTag:
            raise Damaged(f"{rel}: segment {i} failed authentication") from None
        if header[4] > 2:  # authenticated: a newer backupgui sealed it; its plaintext is unused
            raise Newer(f"{rel}: object version {header[4]}")
        pos += n
        i += 1
        if last:
            return unpad(bytes(out), header[4], rel)


def unpad(plaintext: bytes, version: int, rel: str) -> bytes:
    """§4.4: a version 2 object's content is its plaintext without the zero padding and the
    padding's length (the last 8 bytes)."""
    if version == 1:
        return plaintext
    if len(plaintext) < 8:
        raise Damaged(f"{rel}: too short for its padding")
    (p,) = struct.unpack(">Q", plaintext[-8:])
    if p > len(plaintext) - 8:
        raise Damaged(f"{rel}: padding length out of range")
    end = len(plaintext) - 8 - p
    if plaintext[end:-8] != bytes(p):
        raise Damaged(f"{rel}: padding is not zero")
    return plaintext[:end]


def padme(n: int) -> int:
    """§4.4."""
    if n < 2:
        return n
    e = n.bit_length() - 1
    s = e.bit_length()
    m = (1 << (e - s)) - 1
    return (n + m) & ~m


def unzstd(data: bytes, what: str) -> bytes:
    d = zstandard.ZstdDecompressor().decompressobj()
    try:
        out = d.decompress(data)
    except zstandard.ZstdError as exc:
        raise Damaged(f"{what}: bad zstd ({exc})") from None
    if not d.eof or d.unused_data:
        raise Damaged(f"{what}: not exactly one zstd frame")
    return out


def entry(v: list, version: int = 2) -> tuple[str, int, int, int, int]:
    """§5.2: [blob id, offset, length, raw_length, comp]; comp 2 only in v2."""
    if not isinstance(v, list) or len(v) != 5:
        raise Damaged("bad blob entry")
    blob, off, length, raw_len, comp = v
    if not (isinstance(blob, str) and HEX64.fullmatch(blob)
            and type(comp) is int and comp in ((0, 1, 2) if version == 2 else (0, 1))
            and all(is_int(x, 0) for x in (off, length, raw_len))):
        raise Damaged("bad blob entry")
    return blob, off, length, raw_len, comp


def check_v2_entries(entries: list[tuple], end: int | None, what: str) -> None:
    """§5.2: ascending offsets, no overlap, each blob once, before the trailer."""
    pos, seen = 0, set()
    for blob, off, length, _raw, _comp in entries:
        if off < pos or blob in seen:
            raise Damaged(f"{what}: entries overlap, are out of order or repeat a blob")
        pos, _ = off + length, seen.add(blob)
    if end is not None and pos > end:
        raise Damaged(f"{what}: an entry lies outside the pack")


LIMIT = 256 << 20  # §1.2


def stored_plaintext(stored: bytes, comp: int, what: str) -> bytes:
    """§5.1: comp 0 as is, 1 one zstd frame, 2 split by sender."""
    if comp == 0:
        return stored
    if comp == 1:
        return unzstd(stored, what)
    if stored[:4] != b"BGSM" or len(stored) < 8:
        raise Damaged(f"{what}: not a split blob")
    (k,) = struct.unpack(">I", stored[4:8])
    if not 1 <= k <= 4096:
        raise Damaged(f"{what}: bad stream count")
    pos, frames = 8, []
    for _ in range(k + 1):
        if pos + 4 > len(stored):
            raise Damaged(f"{what}: truncated")
        (n,) = struct.unpack(">I", stored[pos:pos + 4])
        if pos + 4 + n > len(stored):
            raise Damaged(f"{what}: truncated")
        frames.append(stored[pos + 4:pos + 4 + n])
        pos += 4 + n
    if pos != len(stored):
        raise Damaged(f"{what}: bytes after the last stream")
    runs = jloads(unzstd(frames[0], what), what)
    streams = [unzstd(f, what) for f in frames[1:]]
    used = [0] * k
    out = bytearray()
    if not isinstance(runs, list):
        raise Damaged(f"{what}: bad layout")
    for r in runs:
        if not (isinstance(r, list) and len(r) == 2 and type(r[0]) is int and type(r[1]) is int
                and 0 <= r[0] < k and r[1] >= 1 and used[r[0]] + r[1] <= len(streams[r[0]])):
            raise Damaged(f"{what}: bad layout run")
        out += streams[r[0]][used[r[0]]:used[r[0]] + r[1]]
        used[r[0]] += r[1]
        if len(out) > LIMIT:
            raise Damaged(f"{what}: larger than the format allows")
    if used != [len(x) for x in streams]:
        raise Damaged(f"{what}: a stream has bytes the layout does not use")
    return bytes(out)


# -- reading a backup (FORMAT §9) --------------------------------------------------------------
MONTH = re.compile(r"(\d{4})-(0[1-9]|1[0-2])")


def month_range(month: str) -> tuple[int, int]:
    m = MONTH.fullmatch(month) if isinstance(month, str) else None
    if m is None:
        raise Damaged(f"bad month {month!r}")
    y, mo = int(m.group(1)), int(m.group(2))
    start = datetime(y, mo, 1, tzinfo=UTC)
    end = datetime(y + (mo == 12), mo % 12 + 1, 1, tzinfo=UTC)
    return int(start.timestamp()) * 1000, int(end.timestamp()) * 1000


def read_manifest(keys: SetKeys, set_dir: Path, sid: str, set_id: str) -> dict:
    """§7: decrypt and check one manifest (raises Damaged)."""
    m = jloads(unzstd(decrypt_object(keys, set_dir, f"snapshots/{sid}"), "manifest"), "manifest")
    if not isinstance(m, dict) or m.get("v") not in (1, 2) or type(m.get("v")) is not int:
        raise Damaged("unknown manifest version")
    v = m["v"]
    fields = {"v", "snapshot_id", "set_id", "created", "created_ms", "device", "app_version",
              "include_videos", "chats", "media", "packs", "totals"} | ({"seq", "prev"} if v == 2 else set())
    exactly(m, fields, what="7")
    if m["snapshot_id"] != sid or m["set_id"] != set_id:
        raise Damaged("manifest does not belong here")
    packs = m["packs"]
    if not all(isinstance(p, str) and HEX32.fullmatch(p) for p in packs) or any(
            a >= b for a, b in zip(packs, packs[1:], strict=False)):
        raise Damaged("manifest packs are not strictly ascending pack ids")
    for e in m["media"]:
        exactly(e, {"sha256", "size", "blob", "kind"}, what="7")
        if not HEX64.fullmatch(e["sha256"]) or not HEX64.fullmatch(e["blob"]) or not is_int(e["size"], 0):
            raise Damaged("bad media entry")
        if not hmac.compare_digest(e["blob"], hmac.new(keys.blob, bytes.fromhex(e["sha256"]),
                                                       hashlib.sha256).hexdigest()):
            raise Damaged("a media entry's blob is not its keyed name")
    if v == 1:
        m["seq"], m["prev"] = 0, None
        return m
    if not is_int(m["seq"], 1) or not (m["prev"] is None or (
            isinstance(m["prev"], str) and SNAPSHOT_ID.fullmatch(m["prev"]) and m["prev"] != sid)):
        raise Damaged("bad seq or prev")
    cm = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.(\d{6})Z", m["created"])
    if cm is None:
        raise Damaged("bad created")
    y, mo, d, h, mi, se, us = map(int, cm.groups())
    whole = int(datetime(y, mo, d, h, mi, se, tzinfo=UTC).timestamp())
    if m["created_ms"] != whole * 1000 + us // 1000:
        raise Damaged("created_ms differs from created")
    blobs: list[str] = []
    for c in m["chats"]:
        months = [t["month"] for t in c["text_blobs"]]
        for mon in months:
            month_range(mon)
        if any(a >= b for a, b in zip(months, months[1:], strict=False)):
            raise Damaged("text blobs not in strictly ascending months")
        if c["message_count"] != sum(t["messages"] for t in c["text_blobs"]):
            raise Damaged("chat message_count is not the sum of its blobs")
        blobs += [t["blob"] for t in c["text_blobs"]]
    if len(set(blobs)) != len(blobs) or len({e["sha256"] for e in m["media"]}) != len(m["media"]):
        raise Damaged("a blob or media file is listed twice")
    t = m["totals"]
    if (t["chats"], t["messages"], t["media_files"], t["media_bytes"]) != (
            len(m["chats"]), sum(c["message_count"] for c in m["chats"]), len(m["media"]),
            sum(e["size"] for e in m["media"])):
        raise Damaged("totals differ from the lists")
    return m


def open_sets(sets_dir: Path, key: bytes | None, password: str | None):
    """§9.1: the sets that open with the key or password, as (set dir, config, keys)."""
    opened, errors = [], []
    for set_dir in sorted(p for p in sets_dir.iterdir() if p.is_dir() and HEX32.fullmatch(p.name)):
        if not (set_dir / "config").is_file():
            continue  # no config: no set (§1)
        try:
            config = read_config(set_dir)
            opened.append((set_dir, config[0], unlock(config, key, password)))
        except (WrongKey, Damaged) as exc:
            errors.append(exc)
    if not opened:
        raise next((e for e in errors if isinstance(e, WrongKey)), errors[0] if errors else
                   Damaged("no backup set found"))
    return opened


def snapshots_of(set_dir: Path, keys: SetKeys, set_id: str) -> list[dict]:
    """§9.2: the manifests that authenticate, ranked by (seq, created_ms, id), oldest first."""
    found = []
    snap_dir = set_dir / "snapshots"
    for p in sorted(snap_dir.iterdir()) if snap_dir.is_dir() else []:
        if not SNAPSHOT_ID.fullmatch(p.name):
            continue  # not a snapshot name: ignored (§1.1)
        try:
            found.append(read_manifest(keys, set_dir, p.name, set_id))
        except (Damaged, KeyError, TypeError, ValueError):
            continue  # does not authenticate or breaks §7: no snapshot (§9.2)
        # (Newer, one that authenticates in a greater version, stops the reader: §9.2, §11)
    return sorted(found, key=lambda m: (m["seq"], m["created_ms"], m["snapshot_id"]))


def decrypt_backup(root: str | os.PathLike, key: bytes | None = None, password: str | None = None,
                   snapshot: str | None = None, media_out: Path | None = None) -> dict:
    sets_dir = Path(root) / "sets"
    ranked = []
    for set_dir, cfg, keys in open_sets(sets_dir, key, password):
        snaps = snapshots_of(set_dir, keys, cfg["set_id"])
        if snapshot is not None:
            snaps = [m for m in snaps if m["snapshot_id"] == snapshot] and snaps
            if not any(m["snapshot_id"] == snapshot for m in snaps):
                continue
        rank = (1, snaps[-1]["created_ms"], cfg["created"]) if snaps else (0, 0, cfg["created"])
        ranked.append((rank, set_dir, cfg, keys, snaps))
    if not ranked:
        raise Damaged("no snapshot found")
    _, set_dir, cfg, keys, snaps = max(ranked, key=lambda r: r[0])
    if not snaps:
        raise Damaged("no snapshot authenticates")
    m = next(x for x in snaps if x["snapshot_id"] == snapshot) if snapshot else snaps[-1]
    sid = m["snapshot_id"]

    # Indexes (§6): the union of those that authenticate; the first listing of a blob wins.
    blob_map: dict[str, tuple[str, int, int, int, int]] = {}
    pack_sizes: dict[str, int] = {}
    index_dir = set_dir / "index"
    for p in sorted(index_dir.iterdir()) if index_dir.is_dir() else []:
        if not HEX32.fullmatch(p.name):
            continue
        try:
            doc = jloads(unzstd(decrypt_object(keys, set_dir, f"index/{p.name}"), "index"), "index")
        except Damaged:
            continue  # an index that does not authenticate is ignored (§6); a newer one
            # (Newer, authenticated in a greater version) stops the reader (§11)
        v = doc.get("v") if isinstance(doc, dict) else None
        if v not in (1, 2):
            raise Damaged("unknown index version")
        if v == 2:
            exactly(doc, {"v", "packs"}, what="6")
        seen_packs: set[str] = set()
        for pk in doc["packs"]:
            if v == 2:
                exactly(pk, {"id", "size", "blobs"}, what="6")
                if pk["id"] in seen_packs:
                    raise Damaged("index lists a pack twice")
                seen_packs.add(pk["id"])
            if not HEX32.fullmatch(pk["id"]) or not is_int(pk["size"], 0):
                raise Damaged("bad pack id or size")
            pack_sizes[pk["id"]] = pk["size"]
            entries = [entry(b, v) for b in pk["blobs"]]
            if v == 2:
                check_v2_entries(entries, None, f"index {p.name}")
            for b in entries:
                blob_map.setdefault(b[0], (pk["id"],) + b[1:])  # type: ignore[assignment]

    packs: dict[str, bytes] = {}

    def pack_content(pack_id: str) -> bytes:
        if pack_id not in packs:
            path = set_dir / "data" / pack_id
            if not path.is_file():
                raise Damaged(f"pack {pack_id} is missing")
            if path.stat().st_size != pack_sizes[pack_id]:
                raise Damaged(f"pack {pack_id} has the wrong size")
            version = path.read_bytes()[4]
            if version == 2 and padme(path.stat().st_size) != path.stat().st_size:
                raise Damaged(f"pack {pack_id}: a version 2 object that is no Padmé length")
            ct = decrypt_object(keys, set_dir, f"data/{pack_id}")  # content (§4.4)
            # §5.2: the trailer at the end of the content lists what the index says.
            (tlen,) = struct.unpack(">I", ct[-4:])
            if tlen > len(ct) - 4:
                raise Damaged(f"pack {pack_id}: bad trailer length")
            trailer = jloads(ct[-4 - tlen:-4], "trailer")
            tv = trailer.get("v") if isinstance(trailer, dict) else None
            if tv not in (1, 2):
                raise Damaged("unknown trailer version")
            if tv == 2:
                exactly(trailer, {"v", "blobs"}, what="5.2")
            entries = [entry(v, tv) for v in trailer["blobs"]]
            if tv == 2:
                check_v2_entries(entries, len(ct) - 4 - tlen, f"pack {pack_id}")
            listed = {e[0]: e[1:] for e in entries}
            for b, loc in blob_map.items():
                if loc[0] == pack_id and listed.get(b) != loc[1:]:
                    raise Damaged(f"pack {pack_id} trailer disagrees with the index")
            packs[pack_id] = ct[:-4 - tlen]
        return packs[pack_id]

    def blob(blob_id: str, what: str) -> bytes:
        loc = blob_map.get(blob_id)
        if loc is None:
            raise Damaged(f"blob for {what} is missing")
        pack_id, off, length, raw_len, comp = loc
        if pack_id not in m["packs"]:
            raise Damaged(f"pack {pack_id} is not listed in the manifest")
        pt = pack_content(pack_id)
        if off + length > len(pt):
            raise Damaged(f"blob for {what} lies outside its pack")
        raw = stored_plaintext(pt[off:off + length], comp, what)
        if len(raw) != raw_len:
            raise Damaged(f"blob for {what} has the wrong length")
        if not hmac.compare_digest(keys.blob_id(raw), blob_id):
            raise Damaged(f"blob for {what} does not match its id")
        return raw

    chats = []
    for c in m["chats"]:
        msgs = []
        for t in c["text_blobs"]:
            doc = jloads(blob(t["blob"], f"{c['name']} {t['month']}"), "message blob")
            exactly(doc, {"v", "chat", "month", "messages"}, what="8")
            # §8: "v" 1, or 2 exactly when the blob lists an attachment without its file;
            # the blob is what its manifest entry says.
            if doc["v"] not in (1, 2) or type(doc["v"]) is not int:
                raise Damaged("unsupported message blob version")
            if doc["chat"] != c["id"] or doc["month"] != t["month"]:
                raise Damaged("message blob does not belong here")
            if len(doc["messages"]) != t["messages"]:
                raise Damaged("message count differs from the manifest")
            times = [d["ts"] for d in doc["messages"]]
            lo, hi = month_range(t["month"])
            if any(not is_int(x) for x in times) or times != sorted(times) or any(
                    not lo <= x < hi for x in times):
                raise Damaged("messages out of time order or outside their month")
            without_file = 0
            for d in doc["messages"]:
                exactly(d, {"id", "ts", "sender", "kind", "text"}, {"reply_to", "media"}, what="8")
                for r in d.get("media", []):
                    exactly(r, {"kind", "sha256", "size", "mime", "filename", "seq"}, what="8")
                    if not all(type(r[k]) is str for k in ("kind", "mime", "filename")) or not is_int(r["seq"]):
                        raise Damaged("bad attachment")
                    if r["sha256"] is None:  # no file: size 0, never in the manifest's media
                        if r["size"] != 0 or type(r["size"]) is not int:
                            raise Damaged("an attachment without its file has a size")
                        without_file += 1
                    elif type(r["sha256"]) is not str or not HEX64.fullmatch(r["sha256"]) or not is_int(r["size"]):
                        raise Damaged("bad attachment")
                msgs.append({"id": d["id"], "ts": d["ts"], "sender": d["sender"], "kind": d["kind"],
                             "text": d["text"], "reply_to": d.get("reply_to"),
                             "media": [dict(r) for r in d.get("media", [])]})
            if (doc["v"] == 2) != (without_file > 0):
                raise Damaged("message blob version does not match its attachments")
        if len(msgs) != c["message_count"]:
            raise Damaged("chat message count differs")
        chats.append({"id": c["id"], "name": c["name"], "kind": c["kind"], "source": c["source"],
                      "created_ms": c["created_ms"],
                      "participants": sorted(c["participants"], key=lambda p: p["person_id"]),
                      "messages": msgs})

    media = {}
    for e in m["media"]:
        raw = blob(e["blob"], f"media {e['sha256'][:12]}")
        if hashlib.sha256(raw).hexdigest() != e["sha256"] or len(raw) != e["size"]:
            raise Damaged(f"media {e['sha256'][:12]} has the wrong content")
        media[e["sha256"]] = len(raw)
        if media_out is not None:
            media_out.mkdir(parents=True, exist_ok=True)
            (media_out / e["sha256"]).write_bytes(raw)
    chain = [{"snapshot_id": x["snapshot_id"], "seq": x["seq"], "prev": x["prev"]} for x in snaps]
    return {"set_id": cfg["set_id"], "snapshot_id": sid, "chain": chain,
            "chats": sorted(chats, key=lambda c: c["id"]), "media": dict(sorted(media.items()))}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("backup_dir")
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--key-file")
    g.add_argument("--password-file")
    ap.add_argument("--snapshot")
    ap.add_argument("--media-out", type=Path)
    a = ap.parse_args(argv)
    try:
        if a.key_file:
            result = decrypt_backup(a.backup_dir, key=parse_key(Path(a.key_file).read_text("utf-8")),
                                    snapshot=a.snapshot, media_out=a.media_out)
        else:
            pw = Path(a.password_file).read_text("utf-8").rstrip("\r\n")
            result = decrypt_backup(a.backup_dir, password=pw, snapshot=a.snapshot, media_out=a.media_out)
    except WrongKey as exc:
        print(f"wrong key: {exc}", file=sys.stderr)
        return 3
    except MalformedKey as exc:
        print(f"malformed key: {exc}", file=sys.stderr)
        return 4
    except Newer as exc:
        print(f"made by a newer version of backupgui: {exc}", file=sys.stderr)
        return 6
    except (Damaged, KeyError, TypeError, ValueError, OSError) as exc:
        print(f"damaged: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 5
    json.dump(result, sys.stdout, ensure_ascii=False, indent=1, sort_keys=True)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
