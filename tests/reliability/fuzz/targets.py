"""Fuzz targets: every parser of untrusted bytes, with the exceptions it is documented to raise.

Each target takes ``bytes`` and must either return or raise one of its ``allowed`` types;
anything else (another exception, a hang, a memory blow-up) is a bug. Used by the seeded
mutation fuzzer in ``tests/reliability/test_fuzz.py`` (CI) and by ``run_atheris.py`` (long).
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from backupgui.crypto.keys import KdfParams, format_key, parse_key
from backupgui.crypto.material import Password, RawKey, VaultPassword
from backupgui.crypto.segments import ObjectType, SegmentError, decrypt_stream, encrypt_bytes
from backupgui.destinations.gdrive_retry import DriveHttpError
from backupgui.errors import BackupError, DamagedBackupError, MalformedKeyError, WrongKeyError
from backupgui.format import config as config_mod
from backupgui.format.compress import compress
from backupgui.format.config import new_config, parse_config, recover_key, unlock
from backupgui.format.index import decode_index
from backupgui.format.manifest import (
    check_text_block,
    decode_manifest,
    decode_text_blob,
    decompress_text_blob,
)
from backupgui.format.pack import read_trailer
from backupgui.vault import opaque
from backupgui.vault.client import VaultBinding
from backupgui.vault.ksf import Argon2idParams, identity_ksf

K = bytes(range(32))
OBJ_KEY = hashlib.sha256(b"fuzz objects key").digest()
REPO = Path(__file__).resolve().parents[3]
FIXTURES = REPO / "tests" / "library" / "importers" / "fixtures"


@dataclass
class Target:
    name: str
    fn: Callable[[bytes], object]
    allowed: tuple[type[BaseException], ...]
    seeds: list[bytes] = field(default_factory=list)


class _Mem:
    """The minimum of a destination that ``read_trailer`` needs."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def read(self, name: str, offset: int = 0, length: int | None = None) -> bytes:
        return self.data[offset:] if length is None else self.data[offset:offset + length]


# -- encrypted objects -------------------------------------------------------------------------
def t_segments(data: bytes) -> None:
    for _ in decrypt_stream(OBJ_KEY, "data/" + "ab" * 16, ObjectType.PACK, iter([data[:100], data[100:]])):
        pass


def t_pack_trailer(data: bytes) -> None:
    """The pack trailer parser, behind authentication: ``data`` is an authentic plaintext."""
    rel = "data/" + "cd" * 16
    blob = encrypt_bytes(OBJ_KEY, ObjectType.PACK, rel, data)
    read_trailer(_Mem(blob), "", OBJ_KEY, "cd" * 16, len(blob))


def t_pack_trailer_raw(data: bytes) -> None:
    read_trailer(_Mem(data), "", OBJ_KEY, "cd" * 16, len(data))


# -- decrypted plaintexts (authenticated, but parsed defensively) ------------------------------
def t_index(data: bytes) -> None:
    decode_index(data)


def t_index_json(data: bytes) -> None:
    decode_index(compress(data))


def t_manifest(data: bytes) -> None:
    decode_manifest(data)


def t_manifest_json(data: bytes) -> None:
    decode_manifest(compress(data))


def t_text_blob(data: bytes) -> None:
    try:
        decode_text_blob(data)
    finally:
        decode_text_blob(decompress_text_blob(compress(data)))


# -- names from a backup on the restore path (issue 18, finding 1) ----------------------------
_NAMES_ROOT = Path("/nonexistent/library")


def _inside(path: Path, root: Path) -> None:
    full, base = os.path.normpath(path), os.path.normpath(root)
    if full == base or os.path.commonpath([base, full]) != base:
        raise AssertionError(f"a name from a backup led outside {root}: {path}")


def _media_paths(sha: str) -> None:
    """What a restore does with a media hash it accepted: stage it, check it, move it."""
    from backupgui.format.names import child_path
    from backupgui.library.store import media_path

    _inside(media_path(_NAMES_ROOT / "media", sha), _NAMES_ROOT / "media")
    _inside(child_path(_NAMES_ROOT / ".restore-x", sha), _NAMES_ROOT / ".restore-x")


def t_restore_names(data: bytes) -> None:
    """The bytes are a name, put wherever a backup carries one: the grammar gate
    (format/names.py), the media path, a manifest (media hash, blob, pack, snapshot and set
    id), a message blob's attachment, an index. Each must refuse it (ValueError) or accept
    only what stays inside the library."""
    from backupgui.format import names
    from backupgui.library.store import media_path

    name = data.decode("utf-8", "replace")
    for check in (names.sha256, names.blob_id, names.pack_id, names.set_id, names.snapshot_id):
        try:
            _inside(names.child_path(_NAMES_ROOT, check(name)), _NAMES_ROOT)
        except names.BadName:
            pass
    try:
        _inside(media_path(_NAMES_ROOT / "media", name), _NAMES_ROOT / "media")
    except names.BadName:
        pass
    doc = json.loads(_RESTORE_MANIFEST)
    slot = data[:1] and data[0] % 6
    if slot == 0:
        doc["media"][0]["sha256"] = name
    elif slot == 1:
        doc["media"][0]["blob"] = name
    elif slot == 2:
        doc["packs"] = [name]
    elif slot == 3:
        doc["snapshot_id"] = name
    elif slot == 4:
        doc["set_id"] = name
    else:
        doc["chats"][0]["text_blobs"][0]["blob"] = name
    try:
        m = decode_manifest(compress(json.dumps(doc).encode()))
    except ValueError:
        pass
    else:
        for e in m.media:
            _media_paths(e.sha256)
    msg = {"id": "m1", "ts": 1, "sender": None, "kind": "media", "text": "",
           "media": [{"filename": "f", "kind": "image", "mime": "image/png", "seq": 0,
                      "sha256": name, "size": 1}]}
    for raw in (json.dumps({"chat": "c", "messages": [msg], "month": "1970-01", "v": 1},
                           separators=(",", ":"), ensure_ascii=False).encode(),
                json.dumps({"v": 1, "chat": "c", "month": "1970-01", "messages": [msg]}).encode()):
        try:
            rows = check_text_block(raw).media
        except ValueError:
            continue
        for row in rows:
            _media_paths(row[7])
    try:
        decode_index(compress(json.dumps({"v": 1, "packs": [
            {"id": name, "size": 1, "blobs": [[name, 0, 1, 1, 0]]}]}).encode()))
    except ValueError:
        pass


# -- the clear set config (key blobs), before and after K is known ----------------------------
def _cheap_kek(secret: str, params: KdfParams) -> bytes:
    return hashlib.sha256(secret.encode() + params.salt).digest()


def _fake_vault_fetch(binding, password: str, access=None) -> bytes:
    Argon2idParams.from_string(binding.ksf)  # what the real client stretches with
    return K


_MATERIALS = (RawKey(K), Password("fuzz password 1", KdfParams(1024, 1, 1)),
              VaultPassword("fuzz password 1", "http://127.0.0.1:9"))


def t_config(data: bytes) -> None:
    import backupgui.vault.client as vc

    # Parsing is under test, not Argon2id's cost or the network: swap both for the call only,
    # so the rest of the test session keeps the real functions.
    saved = config_mod.derive_password_key, vc.vault_fetch_key
    config_mod.derive_password_key, vc.vault_fetch_key = _cheap_kek, _fake_vault_fetch
    try:
        cfg = parse_config(data)
        for m in _MATERIALS:
            try:
                unlock(cfg, m)
            except (WrongKeyError, DamagedBackupError, BackupError):
                pass
        recover_key(cfg, RawKey(K))
    finally:
        config_mod.derive_password_key, vc.vault_fetch_key = saved


def t_key_text(data: bytes) -> None:
    parse_key(data.decode("utf-8", "replace"))


# -- vault (OPAQUE) messages --------------------------------------------------------------------
_SUITE = opaque.Suite(ksf=identity_ksf)
_KEYS = opaque.ServerKeys.generate(_SUITE)
_CID = b"fuzz-user"
_blind, _req = opaque.create_registration_request(b"pw")
_resp = opaque.create_registration_response(_req, _KEYS.public_key, _CID, _KEYS.oprf_seed)
_RECORD, _, _ = opaque.finalize_registration_request(_SUITE, b"pw", _blind, _resp)
_CSTATE, _KE1 = opaque.generate_ke1(_SUITE, b"pw")
_SSTATE, _KE2 = opaque.generate_ke2(_SUITE, _KEYS, _RECORD, _CID, _KE1)


def t_opaque_server(data: bytes) -> None:
    """What the vault parses from a client: registration request, KE1, KE3."""
    for fn in (lambda: opaque.create_registration_response(data, _KEYS.public_key, _CID, _KEYS.oprf_seed),
               lambda: opaque.generate_ke2(_SUITE, _KEYS, _RECORD, _CID, data),
               lambda: opaque.server_finish(_SSTATE, data),
               lambda: opaque.generate_ke2(_SUITE, _KEYS, data, _CID, _KE1)):
        try:
            fn()
        except opaque.OpaqueError:
            pass


def t_opaque_client(data: bytes) -> None:
    """What the client parses from a vault: registration response, KE2."""
    try:
        opaque.finalize_registration_request(_SUITE, b"pw", _blind, data)
    except opaque.OpaqueError:
        pass
    opaque.generate_ke3(_SUITE, _CSTATE, b"pw", data)


def t_vault_binding(data: bytes) -> None:
    try:
        d = json.loads(data)
    except (ValueError, RecursionError):
        return
    if isinstance(d, dict):
        VaultBinding.from_dict(d)
    Argon2idParams.from_string(data.decode("utf-8", "replace"))


# -- importers (files from messengers) -------------------------------------------------------
_TMP = Path(tempfile.mkdtemp(prefix="bg-fuzz-", dir="/dev/shm" if os.path.isdir("/dev/shm") else None))


def _import(data: bytes, name: str, fmt: str) -> None:
    from backupgui.library.importers import preview_export

    path = _TMP / name
    path.write_bytes(data)
    preview_export(path, fmt)


def t_whatsapp(data: bytes) -> None:
    _import(data, "WhatsApp Chat with Fuzz.txt", "whatsapp")


def t_telegram(data: bytes) -> None:
    _import(data, "result.json", "telegram")


def t_export_zip(data: bytes) -> None:
    _import(data, "export.zip", None)


# -- importers' attachment paths (issue 18 item 3) ---------------------------------------------
# An export folder with a file, a media folder, a link to a file outside and a link to a
# folder outside; the names to look up are the fuzzer's. Whatever the name, what find()
# accepts must be a regular file, reached through no link, inside the export.
_PATHS = _TMP / "paths"


def _path_sandbox() -> Path:
    export = _PATHS / "export"
    if not export.exists():
        (_PATHS / "outside").mkdir(parents=True)
        (_PATHS / "outside" / "secret.txt").write_bytes(b"secret")
        (export / "photos").mkdir(parents=True)
        (export / "IMG-1.jpg").write_bytes(b"jpg")
        (export / "photos" / "p.jpg").write_bytes(b"jpg")
        (export / "WhatsApp Chat with X.txt").write_bytes(b"1/1/21, 10:00 - X: hi\n")
        (export / "result.json").write_bytes(b'{"messages": []}')
        if hasattr(os, "symlink"):
            os.symlink(_PATHS / "outside" / "secret.txt", export / "link.jpg")
            os.symlink(_PATHS / "outside", export / "files")
    return export


def _check_found(src, name: str, found: str | None) -> None:
    from backupgui.library.importers.common import attachment_path

    if found is None:
        return
    root = os.path.realpath(src.root)
    full = os.path.join(src.root, *found.split("/"))
    if not (os.path.realpath(full) == os.path.join(root, *found.split("/"))
            and not os.path.islink(full) and os.path.isfile(full)
            and attachment_path(name, flat=False)[0] is not None):
        raise AssertionError(f"find({name!r}) gave {found!r}, which is not a file of the export")


def _find_all(data: bytes, primary: str, flat: bool) -> None:
    from backupgui.library.importers.common import ExportSource

    name = data.decode("utf-8", "replace")
    export = _path_sandbox()
    for path in (export / primary, export):  # a lone file, and the folder
        with ExportSource(path) as src:
            refused: list[tuple[str, str]] = []
            src.on_refused = lambda item, why, into=refused: into.append((item, why))
            found = src.find(name, flat=flat)
            _check_found(src, name, found)
            if found is not None and flat and "/" in found:
                raise AssertionError(f"a WhatsApp name gave a path: {found!r}")


def t_whatsapp_paths(data: bytes) -> None:
    _find_all(data, "WhatsApp Chat with X.txt", flat=True)


def t_telegram_paths(data: bytes) -> None:
    _find_all(data, "result.json", flat=False)


# -- answers from Google Drive (hostile too) ------------------------------------------------------
def t_drive_answer(data: bytes) -> None:
    """What the Drive destination makes of an answer body: a JSON object (``_json_object``),
    its file entries checked (``_file_entry_ok``), or the reason of an error answer."""
    from backupgui.destinations.gdrive import _file_entry_ok, _json_object
    from backupgui.destinations.gdrive_retry import error_from_response

    error_from_response(400, data)
    page = _json_object(data)
    files = page.get("files")
    if type(files) is list:
        for f in files:
            _file_entry_ok(f)


# -- seeds ----------------------------------------------------------------------------------------
def _seeds() -> dict[str, list[bytes]]:
    from backupgui.format.index import encode_index
    from backupgui.format.pack import BlobEntry, PackInfo

    blob = "ef" * 32
    trailer = json.dumps({"v": 1, "blobs": [[blob, 0, 5, 5, 0]]}).encode()
    pack_pt = b"hello" + trailer + struct.pack(">I", len(trailer))
    index_pt = encode_index([PackInfo("cd" * 16, 1234, (BlobEntry(blob, 0, 5, 5, 0),))])
    msg = {"id": "m1", "ts": 1700000000000, "sender": "p1", "kind": "media", "text": "hi",
           "media": [{"kind": "image", "sha256": "aa" * 32, "size": 3, "mime": "image/png",
                      "filename": "a.png", "seq": 0}]}
    text = json.dumps({"v": 1, "chat": "c1", "month": "2024-01", "messages": [msg]}).encode()
    manifest = {"v": 1, "snapshot_id": "20240101T000000.000Z-00000000", "set_id": "ab" * 16,
                "created": "2024-01-01T00:00:00.000000Z", "created_ms": 0, "device": "d",
                "app_version": "backupgui 0.1.0", "include_videos": True,
                "chats": [{"id": "c1", "name": "n", "kind": "direct", "source": "demo",
                           "created_ms": None, "participants": [{"person_id": "p1", "name": "P",
                                                                  "is_me": False}],
                           "message_count": 1, "media_count": 0, "media_bytes": 0, "last_ms": 0,
                           "text_blobs": [{"blob": blob, "month": "2024-01", "messages": 1}]}],
                "media": [{"sha256": "aa" * 32, "size": 3, "blob": blob, "kind": "image"}],
                "packs": ["cd" * 16], "totals": {"chats": 1, "messages": 1, "media_files": 1,
                                                  "media_bytes": 3, "text_bytes": 9, "stored_bytes": 9}}
    manifest_json = json.dumps(manifest).encode()
    global _RESTORE_MANIFEST
    _RESTORE_MANIFEST = manifest_json
    cfg_key = new_config(RawKey(K))[0]
    cfg_pw = new_config(Password("fuzz password 1", KdfParams(1024, 1, 1)))[0]
    cfg_vault = json.loads(cfg_key)
    cfg_vault.update(key_mode="vault", vault={"url": "http://127.0.0.1:9", "user_id": "u",
                                              "access_token": "t", "server_public_key": "AA",
                                              "ksf": "argon2id:m=65536,t=3,p=4"})
    wa = [p.read_bytes() for p in sorted(FIXTURES.glob("*.txt"))]
    tg = [p.read_bytes() for p in sorted(FIXTURES.rglob("result.json"))]
    zips = []
    for member, data in (("WhatsApp Chat with A.txt", wa[0] if wa else b""),
                         ("result.json", tg[0] if tg else b"{}")):
        zpath = _TMP / "seed.zip"
        with zipfile.ZipFile(zpath, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr(member, data)
            z.writestr("IMG-1.jpg", b"\xff\xd8\xff" + b"x" * 100)
        zips.append(zpath.read_bytes())
    ke3 = b"\x00" * 64
    return {
        "segments": [encrypt_bytes(OBJ_KEY, ObjectType.PACK, "data/" + "ab" * 16, pack_pt)],
        "pack_trailer": [pack_pt],
        "pack_trailer_raw": [encrypt_bytes(OBJ_KEY, ObjectType.PACK, "data/" + "cd" * 16, pack_pt)],
        "index": [index_pt],
        "index_json": [json.dumps({"v": 1, "packs": [{"id": "cd" * 16, "size": 1,
                                                       "blobs": [[blob, 0, 5, 5, 0]]}]}).encode()],
        "manifest": [compress(manifest_json)],
        "manifest_json": [manifest_json],
        "text_blob": [text, compress(text)],
        "config": [cfg_key, cfg_pw, json.dumps(cfg_vault).encode()],
        "key_text": [format_key(K).encode()],
        "opaque_server": [_req, _KE1, ke3, _RECORD],
        "opaque_client": [_resp, _KE2],
        "vault_binding": [json.dumps(cfg_vault["vault"]).encode(), b"argon2id:m=65536,t=3,p=4"],
        "whatsapp": wa,
        "telegram": tg,
        "export_zip": zips,
        "restore_names": [b"aa" * 32, b"../../.bashrc", b"/etc/passwd", b"..", b"AB" * 32,
                          b"ab" * 16, b"20240101T000000.000Z-00000000", b"C:\\Windows\\x",
                          b"\\\\server\\share\\x", b"aa" * 31 + b"a/", b"aa" * 32 + b"\n",
                          "\u2024\u2024/x".encode(), b"aa" * 31 + b"\x00a"],
        "drive_answer": [json.dumps({"files": [{"id": "f1", "name": "sets/x/config", "size": "100",
                                                  "modifiedTime": "2026-01-01T00:00:00.000Z",
                                                  "appProperties": {"bg": "1"}}],
                                       "nextPageToken": "t"}).encode(),
                         b'{"error": {"code": 403, "errors": [{"reason": "rateLimitExceeded"}]}}'],
        "whatsapp_paths": _PATH_SEEDS,
        "telegram_paths": _PATH_SEEDS,
    }


_PATH_SEEDS = [s.encode() for s in (
    "IMG-1.jpg", "photos/p.jpg", "link.jpg", "files/secret.txt", "../outside/secret.txt",
    "photos/../../outside/secret.txt", "/etc/passwd", "C:/Windows/win.ini", "C:secret.txt",
    "\\\\server\\share\\x.jpg", "//server/share/x.jpg", ".ssh/id_rsa", "photos/./p.jpg",
    "chats/chat_001/photos/p.jpg", "IMG-1.jpg\x00.png", "ＩＭＧ-1.jpg", "photos\\p.jpg")]


_RESTORE_MANIFEST = b""  # a valid manifest's JSON, set by _seeds()
_ALLOWED_FORMAT = (ValueError,)
TARGETS: dict[str, Target] = {t.name: t for t in (
    Target("segments", t_segments, (SegmentError,)),
    Target("pack_trailer", t_pack_trailer, (SegmentError,)),
    Target("pack_trailer_raw", t_pack_trailer_raw, (SegmentError,)),
    Target("index", t_index, _ALLOWED_FORMAT),
    Target("index_json", t_index_json, _ALLOWED_FORMAT),
    Target("manifest", t_manifest, _ALLOWED_FORMAT),
    Target("manifest_json", t_manifest_json, _ALLOWED_FORMAT),
    Target("text_blob", t_text_blob, _ALLOWED_FORMAT),
    Target("config", t_config, (DamagedBackupError, WrongKeyError, BackupError)),
    Target("key_text", t_key_text, (MalformedKeyError,)),
    Target("opaque_server", t_opaque_server, (opaque.OpaqueError,)),
    Target("opaque_client", t_opaque_client, (opaque.OpaqueError,)),
    Target("vault_binding", t_vault_binding, (BackupError, ValueError)),
    Target("whatsapp", t_whatsapp, (BackupError,)),
    Target("telegram", t_telegram, (BackupError,)),
    Target("export_zip", t_export_zip, (BackupError,)),
    Target("restore_names", t_restore_names, (ValueError,)),
    Target("drive_answer", t_drive_answer, (DriveHttpError,)),
    Target("whatsapp_paths", t_whatsapp_paths, (BackupError,)),
    Target("telegram_paths", t_telegram_paths, (BackupError,)),
)}
for _name, _s in _seeds().items():
    TARGETS[_name].seeds = _s
