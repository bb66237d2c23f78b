"""Drive's checksums, as Drive v3 documents them and as the emulator answers: ``md5Checksum``,
``sha1Checksum`` and ``sha256Checksum`` only when ``fields=`` asks for them, and only for
files with content stored in Drive (none for folders, shortcuts and Docs Editors files; the
SHA ones "if available"). A listing without a usable checksum never lets the snapshot
summary cache answer for a manifest (docs/DRIVE.md 5, "Checksums in a listing";
SECURITY.md 2.11)."""

from __future__ import annotations

import hashlib
import json
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from backupgui.crypto.material import RawKey
from backupgui.destinations.gdrive import _listed_check
from backupgui.engine import BackupRequest, backup
from backupgui.engine.repository import Repo
from backupgui.library.demo import add_demo_messages, create_demo_library
from backupgui.library.store import Library
from backupgui.services.drive_emulator import server
from tests.drive.conftest import TOKEN

KEY = RawKey(bytes(range(32)))
_SUMS = ("md5Checksum", "sha1Checksum", "sha256Checksum")


def _get(emulator, path: str, **query: str) -> tuple[int, dict]:
    url = emulator.root_url + path + ("?" + urllib.parse.urlencode(query) if query else "")
    req = urllib.request.Request(url, headers={"Authorization": f"Bearer {TOKEN}"})
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            body = resp.read()
            return resp.status, json.loads(body) if body[:1] == b"{" else {"_bytes": body}
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read() or b"{}")


def _listed(emulator, fields: str) -> dict[str, dict]:
    status, page = _get(emulator, "drive/v3/files", spaces="appDataFolder", fields=fields)
    assert status == 200
    return {f["name"]: f for f in page["files"]}


def test_checksums_come_only_when_fields_asks_for_them(make_dest, emulator):
    data = b"some ciphertext" * 1000
    make_dest().put("sets/x/blob", data, new=True)
    plain = _listed(emulator, "files(id,name,size)")["sets/x/blob"]
    assert plain["size"] == str(len(data)) and not set(_SUMS) & set(plain)
    default = _listed(emulator, "")  # (Drive's default: kind, id, name, mimeType)
    assert set(default["sets/x/blob"]) == {"kind", "id", "name", "mimeType"}
    sha = _listed(emulator, "files(name,sha256Checksum)")["sets/x/blob"]
    assert sha == {"name": "sets/x/blob", "sha256Checksum": hashlib.sha256(data).hexdigest()}
    every = _listed(emulator, "files(*)")["sets/x/blob"]
    assert every["md5Checksum"] == hashlib.md5(data).hexdigest()
    assert every["sha1Checksum"] == hashlib.sha1(data).hexdigest()
    fid = sha and plain["id"]
    status, got = _get(emulator, f"drive/v3/files/{fid}", fields="id,size")
    assert status == 200 and not set(_SUMS) & set(got)
    status, got = _get(emulator, f"drive/v3/files/{fid}", fields="md5Checksum")
    assert got == {"md5Checksum": hashlib.md5(data).hexdigest()}


@pytest.mark.parametrize("mime,size", [
    ("application/vnd.google-apps.document", True),  # a Docs Editors file: a size, no sums
    ("application/vnd.google-apps.spreadsheet", True),
    ("application/vnd.google-apps.shortcut", False),  # neither
    ("application/vnd.google-apps.folder", False),
])
def test_googles_own_types_have_no_checksums_and_no_download(emulator, mime, size):
    f = emulator.store.create({"name": "doc", "mimeType": mime, "parents": ["appDataFolder"]},
                              None, 0)
    listed = _listed(emulator, "files(id,name,size,md5Checksum,sha1Checksum,sha256Checksum)")
    assert ("size" in listed["doc"]) is size
    assert not set(_SUMS) & set(listed["doc"])
    status, got = _get(emulator, f"drive/v3/files/{f['id']}", fields="*")
    assert status == 200 and not set(_SUMS) & set(got)
    status, got = _get(emulator, f"drive/v3/files/{f['id']}", alt="media")
    assert status == 403 and got["error"]["errors"][0]["reason"] == "fileNotDownloadable"


@pytest.mark.parametrize("listed,check", [
    ({"sha256Checksum": "a" * 64, "md5Checksum": "b" * 32}, "sha256:" + "a" * 64),
    ({"md5Checksum": "b" * 32}, "md5:" + "b" * 32),  # (no SHA-256 "available")
    ({"sha256Checksum": "", "md5Checksum": "b" * 32}, "md5:" + "b" * 32),
    ({}, ""), ({"sha256Checksum": "", "md5Checksum": ""}, ""),
    ({"sha256Checksum": "A" * 64}, ""), ({"sha256Checksum": "a" * 63}, ""),
    ({"sha256Checksum": None, "md5Checksum": 5}, ""), ({"sha256Checksum": "a" * 64 + "\n"}, ""),
])
def test_a_listed_checksum_counts_only_in_its_exact_grammar(listed, check):
    assert _listed_check(listed) == check


def test_a_listing_without_checksums_lets_no_cache_entry_answer(tmp_path: Path, make_dest,
                                                                 emulator, monkeypatch):
    """Drive lists the set's manifests without any checksum (none "available", or a provider
    leaving them out), and this computer's cache holds an entry for the oldest bound to no
    checksum at all, whose manifest was then damaged at the same size: the manifest is read,
    found damaged and ignored, as without the cache. (Before, an entry made with an empty
    check matched such a listing: the damaged backup counted with its old summary.)"""
    lib = tmp_path / "lib"
    create_demo_library(lib, chats=2, seed=3, media_mb=0.1)
    for i in range(2):
        with Library(lib) as library:
            add_demo_messages(library, library.chat_ids()[0], 1, seed=20 + i)
        backup(BackupRequest(lib, make_dest(), KEY))
    repo = Repo.open(make_dest(), KEY, summaries=True)
    infos = repo.snapshots().infos
    oldest = infos[0].snapshot_id
    cache = repo.summaries
    assert cache is not None and cache._entries[oldest].check.startswith("sha256:")
    cache._entries[oldest].check = ""  # (an entry bound to nothing, MACed with K)
    cache._dirty = True
    cache.save()
    name = f"sets/{repo.set_id}/snapshots/{oldest}"
    (fid,) = [v["id"] for v in emulator.store.all_views() if v["name"] == name]
    blob = emulator.store.blob_path(fid)
    raw = bytearray(blob.read_bytes())
    raw[-1] ^= 1
    blob.write_bytes(bytes(raw))  # (the same size: damage no size shows)
    monkeypatch.setattr(server, "_CHECKSUMS", {})  # (the emulator lists no checksum)
    monkeypatch.setattr(emulator.store, "view", _without_sums(emulator.store.view))
    again = Repo.open(make_dest(), KEY, summaries=True).snapshots()
    assert [i.snapshot_id for i in again.infos] == [infos[1].snapshot_id]
    assert any(oldest in w for w in again.ignored)


def _without_sums(view):
    def wrapped(f):
        out = view(f)
        for key in _SUMS:
            out.pop(key, None)
        return out
    return wrapped
