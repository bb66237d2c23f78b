"""A manifest is checked field by field before a restore uses it (docs/FORMAT.md section 7):
a value of the wrong JSON type, an integer beyond 64 bits or a lone surrogate escape makes it
damaged, as for text blobs, instead of reaching SQLite or the UI. Only someone holding the
backup key can write such a manifest, so the end-to-end test re-encrypts one with it."""

from __future__ import annotations

import copy
import json
import logging
from dataclasses import replace

import pytest

from backupgui.crypto.keys import generate_key
from backupgui.crypto.material import RawKey
from backupgui.engine.snapshots import open_snapshot
from backupgui.errors import DamagedBackupError
from backupgui.format.compress import compress, decompress
from backupgui.format.manifest import MAX_MANIFEST_PLAINTEXT, decode_manifest, encode_manifest

from .helpers import backup_to, library_state, restore_from


@pytest.fixture(scope="module")
def made(tmp_path_factory, demo_template):
    """A real backup of the demo library: (destination, key, manifest JSON)."""
    from backupgui.destinations.folder import FolderDestination

    root = tmp_path_factory.mktemp("manifest-types")
    key = RawKey(generate_key())
    dest = FolderDestination(root / "dest")
    backup_to(demo_template, dest, key)
    _, m = open_snapshot(dest, key, "latest")
    return dest, key, json.loads(decompress(encode_manifest(m), MAX_MANIFEST_PLAINTEXT))


def _edit(doc: dict, path: str, value) -> dict:
    doc = copy.deepcopy(doc)
    *parents, last = path.split(".")
    node = doc
    for p in parents:
        node = node[int(p)] if isinstance(node, list) else node[p]
    if isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value
    return doc


def _encode(doc: dict) -> bytes:
    return compress(json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode())


def test_a_real_manifest_decodes_to_itself(made):
    _, _, doc = made
    m = decode_manifest(_encode(doc))
    assert json.loads(decompress(encode_manifest(m), MAX_MANIFEST_PLAINTEXT)) == doc


@pytest.mark.parametrize("path, value", [
    ("chats.0.name", 5), ("chats.0.name", None), ("chats.0.kind", ["group"]),
    ("chats.0.created_ms", True), ("chats.0.created_ms", 1 << 63), ("chats.0.created_ms", 1.5),
    ("chats.0.message_count", "3"), ("chats.0.last_ms", {}), ("chats.0.participants", {}),
    ("chats.0.participants.0.person_id", 7), ("chats.0.participants.0.is_me", 1),
    ("chats.0.text_blobs.0.messages", 2.0), ("chats.0.text_blobs.0.blob", None),
    ("chats.0", []), ("media", {}), ("media.0.size", "big"), ("packs.0", 1), ("packs", "p"),
    ("totals.chats", None), ("totals", []), ("include_videos", 0), ("created_ms", -(1 << 63) - 1),
    ("device", 1), ("chats", None),
])
def test_a_field_of_the_wrong_type_is_damage(made, path, value):
    _, _, doc = made
    with pytest.raises(ValueError, match="manifest is malformed"):
        decode_manifest(_encode(_edit(doc, path, value)))


def test_a_lone_surrogate_escape_is_damage_and_a_pair_is_not(made):
    _, _, doc = made
    raw = _encode(doc)
    name = doc["chats"][0]["name"]
    plain = decompress(raw, MAX_MANIFEST_PLAINTEXT)
    quoted = json.dumps(name, ensure_ascii=False).encode()
    with pytest.raises(ValueError, match="surrogate"):
        decode_manifest(compress(plain.replace(quoted, quoted[:-1] + b'\\ud800"', 1)))
    m = decode_manifest(compress(plain.replace(quoted, quoted[:-1] + b'\\ud83d\\ude00"', 1)))
    assert m.chats[0].name == name + "\U0001f600"


def test_a_restore_refuses_it_and_leaves_the_library_alone(made, tmp_path, caplog):
    dest, key, _ = made
    repo, m = open_snapshot(dest, key, "latest")
    target = tmp_path / "lib"
    restore_from(dest, target, key)  # a library that already holds the chats
    before = library_state(target)
    bad = replace(m, chats=(replace(m.chats[0], name=12345), *m.chats[1:]))
    repo.write_manifest(bad)  # the key holder's own malformed manifest, under the same id
    try:
        with caplog.at_level(logging.INFO, "backupgui.format.damage"), pytest.raises(
                DamagedBackupError, match=f"snapshot {m.snapshot_id} is ignored: it is malformed"):
            restore_from(dest, target, key)
        assert "bad ChatEntry.name" in caplog.text  # (the detail: in the log only)
        assert library_state(target) == before
    finally:
        repo.write_manifest(m)
