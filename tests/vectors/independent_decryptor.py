"""An independent decryptor for backupgui backups, written from docs/FORMAT.md alone.

It deliberately imports nothing from ``backupgui``: only the standard library,
``cryptography`` (AES-256-GCM, HKDF-SHA256, Argon2id) and ``zstandard``. Given a destination
folder and a 64-digit key or a password, it recovers K, checks the config's key check and MAC,
decrypts the indexes, the manifest, the packs, every message blob and every media file,
checks every blob id and media hash, and prints the plaintext as JSON:

    {"set_id", "snapshot_id",
     "chats": [{"id", "name", "kind", "source", "created_ms", "participants": [...],
                "messages": [{"id", "ts", "sender", "kind", "text", "reply_to", "media": [...]}]}],
     "media": {sha256: size}}

Usage: python independent_decryptor.py BACKUP_DIR (--key-file F | --password-file F)
                                       [--snapshot ID] [--media-out DIR]
Exit codes: 0 ok, 3 wrong key or password, 4 malformed key, 5 damaged backup.
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
    """The backup failed a check (FORMAT §9.5)."""


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
    def __init__(self, k: bytes, set_id: bytes) -> None:
        self.obj = hkdf(k, set_id, b"backupgui/v1/objects")
        self.blob = hkdf(k, set_id, b"backupgui/v1/blob-id")
        self.conf = hkdf(k, set_id, b"backupgui/v1/config-mac")
        self.check = hkdf(k, set_id, b"backupgui/v1/key-check")

    def blob_id(self, plaintext: bytes) -> str:
        return hmac.new(self.blob, hashlib.sha256(plaintext).digest(), hashlib.sha256).hexdigest()


def read_config(set_dir: Path) -> dict:
    raw = (set_dir / "config").read_bytes()
    if len(raw) > 64 * 1024:
        raise Damaged("config larger than 64 KiB")
    try:
        cfg = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise Damaged(f"config is not JSON ({exc})") from None
    if not isinstance(cfg, dict) or cfg.get("format") != "backupgui-set":
        raise Damaged("not a backupgui set config")
    if cfg.get("version") != 1:
        raise Damaged(f"unknown config version {cfg.get('version')!r}")
    if cfg.get("set_id") != set_dir.name or not HEX32.fullmatch(set_dir.name):
        raise Damaged("config set_id does not match its name")
    if cfg.get("key_mode") not in ("password", "key", "vault"):
        raise Damaged("unknown key mode")
    return cfg


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
        mem, it, lanes = int(kdf["memory_kib"]), int(kdf["iterations"]), int(kdf["lanes"])
        salt = bytes.fromhex(kdf["salt"])
        nonce = bytes.fromhex(slot["nonce"])
        wrapped = bytes.fromhex(slot["wrapped_key"])
    except (KeyError, TypeError, ValueError) as exc:
        raise Damaged(f"password slot malformed ({exc})") from None
    if not (8 * lanes <= mem <= 4194304 and 1 <= it <= 64 and 1 <= lanes <= 64 and 8 <= len(salt) <= 64):
        raise Damaged("KDF parameters out of bounds")
    if len(nonce) != 12 or len(wrapped) != 48:
        raise Damaged("password slot has wrong sizes")
    kek = Argon2id(salt=salt, length=32, iterations=it, lanes=lanes, memory_cost=mem).derive(
        password.encode("utf-8"))
    try:
        return AESGCM(kek).decrypt(nonce, wrapped, b"backupgui/v1/wrap" + bytes.fromhex(cfg["set_id"]))
    except InvalidTag:
        raise WrongKey("wrong password") from None


def unlock(cfg: dict, key: bytes | None, password: str | None) -> SetKeys:
    k = recover_key(cfg, key, password)
    keys = SetKeys(k, bytes.fromhex(cfg["set_id"]))
    check = hmac.new(keys.check, b"backupgui key check", hashlib.sha256).hexdigest()
    if not hmac.compare_digest(str(cfg.get("key_check", "")), check):
        if key is not None:
            raise WrongKey("wrong 64-digit key")
        raise Damaged("config modified (key check)")
    body = {k_: v for k_, v in cfg.items() if k_ != "mac"}
    mac = hmac.new(keys.conf, canonical(body), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(str(cfg.get("mac", "")), mac):
        raise Damaged("config modified (MAC)")
    return keys


# -- encrypted objects (FORMAT §4) -------------------------------------------------------------
def decrypt_object(keys: SetKeys, set_dir: Path, rel: str) -> bytes:
    data = (set_dir / rel).read_bytes()
    if len(data) < HEADER_SIZE:
        raise Damaged(f"{rel}: shorter than its header")
    header = data[:HEADER_SIZE]
    if header[:4] != b"BGUO" or header[4] != 1:
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
        pos += n
        i += 1
        if last:
            return bytes(out)


def unzstd(data: bytes, what: str) -> bytes:
    d = zstandard.ZstdDecompressor().decompressobj()
    try:
        out = d.decompress(data)
    except zstandard.ZstdError as exc:
        raise Damaged(f"{what}: bad zstd ({exc})") from None
    if not d.eof or d.unused_data:
        raise Damaged(f"{what}: not exactly one zstd frame")
    return out


def entry(v: list) -> tuple[str, int, int, int, int]:
    if not isinstance(v, list) or len(v) != 5:
        raise Damaged("bad blob entry")
    blob, off, length, raw_len, comp = v
    if not (isinstance(blob, str) and HEX64.fullmatch(blob) and comp in (0, 1)
            and all(isinstance(x, int) and x >= 0 for x in (off, length, raw_len))):
        raise Damaged("bad blob entry")
    return blob, off, length, raw_len, comp


# -- reading a backup (FORMAT §9) --------------------------------------------------------------
def decrypt_backup(root: str | os.PathLike, key: bytes | None = None, password: str | None = None,
                   snapshot: str | None = None, media_out: Path | None = None) -> dict:
    sets_dir = Path(root) / "sets"
    candidates = []
    for set_dir in sorted(p for p in sets_dir.iterdir() if p.is_dir()):
        cfg = read_config(set_dir)
        snaps = sorted(p.name for p in (set_dir / "snapshots").iterdir()) if (set_dir / "snapshots").is_dir() else []
        if snapshot is None or snapshot in snaps:
            candidates.append((snaps[-1] if snaps else "", set_dir, cfg, snaps))
    candidates = [c for c in candidates if c[3]]
    if not candidates:
        raise Damaged("no snapshot found")
    _, set_dir, cfg, snaps = max(candidates, key=lambda c: c[0])
    sid = snapshot or snaps[-1]
    if not SNAPSHOT_ID.fullmatch(sid):
        raise Damaged("bad snapshot id")
    keys = unlock(cfg, key, password)

    # Indexes (§6): union; when a blob is listed twice the first listed wins.
    blob_map: dict[str, tuple[str, int, int, int, int]] = {}
    pack_sizes: dict[str, int] = {}
    index_dir = set_dir / "index"
    for p in sorted(index_dir.iterdir()) if index_dir.is_dir() else []:
        doc = json.loads(unzstd(decrypt_object(keys, set_dir, f"index/{p.name}"), "index"))
        if doc.get("v") != 1:
            raise Damaged("unknown index version")
        for pk in doc["packs"]:
            if not HEX32.fullmatch(pk["id"]):
                raise Damaged("bad pack id")
            pack_sizes[pk["id"]] = pk["size"]
            for v in pk["blobs"]:
                b = entry(v)
                blob_map.setdefault(b[0], (pk["id"],) + b[1:])  # type: ignore[assignment]

    # Manifest (§7).
    m = json.loads(unzstd(decrypt_object(keys, set_dir, f"snapshots/{sid}"), "manifest"))
    if m.get("v") != 1 or m.get("snapshot_id") != sid or m.get("set_id") != cfg["set_id"]:
        raise Damaged("manifest does not belong here")

    packs: dict[str, bytes] = {}

    def pack_plaintext(pack_id: str) -> bytes:
        if pack_id not in packs:
            path = set_dir / "data" / pack_id
            if not path.is_file():
                raise Damaged(f"pack {pack_id} is missing")
            if path.stat().st_size != pack_sizes[pack_id]:
                raise Damaged(f"pack {pack_id} has the wrong size")
            pt = decrypt_object(keys, set_dir, f"data/{pack_id}")
            # §5.2: the trailer at the end must list what the index says.
            (tlen,) = struct.unpack(">I", pt[-4:])
            trailer = json.loads(pt[-4 - tlen:-4])
            if trailer.get("v") != 1:
                raise Damaged("unknown trailer version")
            listed = {entry(v)[0]: entry(v)[1:] for v in trailer["blobs"]}
            for b, loc in blob_map.items():
                if loc[0] == pack_id and listed.get(b) != loc[1:]:
                    raise Damaged(f"pack {pack_id} trailer disagrees with the index")
            packs[pack_id] = pt[:-4 - tlen]
        return packs[pack_id]

    def blob(blob_id: str, what: str) -> bytes:
        loc = blob_map.get(blob_id)
        if loc is None:
            raise Damaged(f"blob for {what} is missing")
        pack_id, off, length, raw_len, comp = loc
        if pack_id not in m["packs"]:
            raise Damaged(f"pack {pack_id} is not listed in the manifest")
        pt = pack_plaintext(pack_id)
        if off + length > len(pt):
            raise Damaged(f"blob for {what} lies outside its pack")
        stored = pt[off:off + length]
        raw = unzstd(stored, what) if comp == 1 else stored
        if len(raw) != raw_len:
            raise Damaged(f"blob for {what} has the wrong length")
        if not hmac.compare_digest(keys.blob_id(raw), blob_id):
            raise Damaged(f"blob for {what} does not match its id")
        return raw

    chats = []
    for c in m["chats"]:
        msgs = []
        months = [t["month"] for t in c["text_blobs"]]
        if months != sorted(months):
            raise Damaged("text blobs out of month order")
        for t in c["text_blobs"]:
            doc = json.loads(blob(t["blob"], f"{c['name']} {t['month']}").decode("utf-8"))
            if doc.get("v") != 1 or doc.get("chat") != c["id"] or doc.get("month") != t["month"]:
                raise Damaged("message blob does not belong here")
            if len(doc["messages"]) != t["messages"]:
                raise Damaged("message count differs from the manifest")
            for d in doc["messages"]:
                msgs.append({"id": d["id"], "ts": d["ts"], "sender": d["sender"], "kind": d["kind"],
                             "text": d["text"], "reply_to": d.get("reply_to"),
                             "media": [dict(r) for r in d.get("media", [])]})
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
    return {"set_id": cfg["set_id"], "snapshot_id": sid,
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
    except (Damaged, KeyError, TypeError, ValueError, OSError) as exc:
        print(f"damaged: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 5
    json.dump(result, sys.stdout, ensure_ascii=False, indent=1, sort_keys=True)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
