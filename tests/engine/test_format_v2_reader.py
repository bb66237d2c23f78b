"""Issue 19 section 4: one strict reader, the same for verify and restore.

The backups here are authentic (made with K by the format's own writers, as a key holder
could): what is checked is what the reader does with content that authenticates but breaks
the format's rules. Each test names the format v1 behaviour it fails on."""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import replace

import pytest

from backupgui.crypto.keys import generate_key
from backupgui.crypto.material import Password, RawKey
from backupgui.crypto.segments import ObjectType
from backupgui.engine import VerifyRequest, verify
from backupgui.engine.repository import Repo
from backupgui.errors import DamagedBackupError
from backupgui.format.compress import compress, decompress
from backupgui.format.config import parse_config
from backupgui.format.index import encode_index
from backupgui.format.pack import COMP_ZSTD, PackWriter
from backupgui.library.store import Library

from .helpers import backup_to, edit_config, library_state, pw, restore_from


def _swap_blob(repo: Repo, chat_no: int, raw: bytes, *, messages: int | None = None):
    """Store ``raw`` as a new message blob and make the newest snapshot's entry for chat
    ``chat_no``'s first month refer to it (the manifest's counts kept consistent)."""
    m = repo.snapshots().head
    blob = repo.keys.blob_name(hashlib.sha256(raw).digest())
    w = PackWriter(repo.dest, repo.prefix, repo.keys.objects)
    w.add(blob, compress(raw), len(raw), COMP_ZSTD)
    info = w.finish()
    repo.put_object(f"index/{'f' * 32}", ObjectType.INDEX, encode_index([info]))
    chat = m.chats[chat_no]
    ref = chat.text_blobs[0]
    n = ref.messages if messages is None else messages
    new_ref = replace(ref, blob=blob, messages=n)
    new_chat = replace(chat, text_blobs=(new_ref, *chat.text_blobs[1:]),
                       message_count=chat.message_count - ref.messages + n)
    chats = tuple(new_chat if c is chat else c for c in m.chats)
    totals = replace(m.totals, messages=sum(c.message_count for c in chats))
    repo.write_manifest(replace(m, chats=chats, totals=totals,
                                packs=tuple(sorted({*m.packs, info.pack_id}))))
    return chat, ref


@pytest.fixture
def made(demo_lib, dest):
    key = RawKey(generate_key())
    backup_to(demo_lib, dest, key)
    return dest, key, Repo.open(dest, key)


def _month_rows(lib_dir, chat_id: str, month: str):
    with Library(lib_dir, create=False) as lib:
        for mo, _count, raw in lib.text_blobs(chat_id):
            if mo == month:
                return json.loads(raw)
    raise AssertionError("month not found")


def _both_refuse(dest, key, tmp_path, demo_lib, match: str, caplog) -> None:
    """verify and restore both report the damage (in words: the messages are not the ones
    the backup lists; what exactly is wrong, ``match``, is in the log), and the restore
    changes nothing."""
    said = r"The backup is damaged: the messages of .* are not the ones the backup lists\."
    for run in (lambda: verify(VerifyRequest(dest, key)),
                lambda: restore_from(dest, demo_lib, key),
                lambda: restore_from(dest, tmp_path / "fresh", key)):
        before = library_state(demo_lib)
        caplog.clear()
        with caplog.at_level(logging.INFO, "backupgui.format.damage"), \
                pytest.raises(DamagedBackupError, match=said):
            run()
        assert match in caplog.text, caplog.text
        assert library_state(demo_lib) == before


def test_a_blob_naming_another_chat_is_damage_for_verify_and_restore(made, demo_lib, tmp_path,
                                                                     caplog):
    """v1: verify said 'intact' for a blob naming another chat while restore crashed inside
    SQLite ('Some messages rows being added refer to rows that do not exist')."""
    dest, key, repo = made
    m = repo.snapshots().head
    a, b = m.chats[0], m.chats[1]
    doc = _month_rows(demo_lib, a.id, a.text_blobs[0].month)
    doc["chat"] = b.id
    raw = json.dumps(doc, separators=(",", ":"), ensure_ascii=False, sort_keys=True).encode()
    _swap_blob(repo, 0, raw)
    _both_refuse(dest, key, tmp_path, demo_lib, "another chat", caplog)


@pytest.mark.parametrize("case", ["month", "count", "order", "outside"])
def test_a_blob_must_be_what_its_entry_says(made, demo_lib, tmp_path, case, caplog):
    """Month, message count, time order and timestamps inside the month: v1 checked none of
    them (verify said intact; restore stored what it found)."""
    dest, key, repo = made
    m = repo.snapshots().head
    chat = m.chats[0]
    doc = _month_rows(demo_lib, chat.id, chat.text_blobs[0].month)
    assert len(doc["messages"]) >= 2
    messages = None
    if case == "month":
        doc["month"] = "1999-01"
        match = "not " + chat.text_blobs[0].month
    elif case == "count":
        messages = len(doc["messages"]) + 1
        match = "messages, not"
    elif case == "order":
        doc["messages"][0], doc["messages"][-1] = doc["messages"][-1], doc["messages"][0]
        if doc["messages"][0]["ts"] == doc["messages"][-1]["ts"]:
            doc["messages"][0]["ts"] += 1
        match = "not in time order"
    else:
        doc["messages"][-1]["ts"] += 40 * 86_400_000
        match = "outside"
    raw = json.dumps(doc, separators=(",", ":"), ensure_ascii=False).encode()
    _swap_blob(repo, 0, raw, messages=messages)
    _both_refuse(dest, key, tmp_path, demo_lib, match, caplog)


# -- duplicate keys, exact types and unknown fields in every object -----------------------------
def test_duplicate_keys_are_damage_in_manifests_indexes_and_trailers(made, demo_lib, tmp_path,
                                                                      caplog):
    """v1 refused repeated keys only in message blobs; Python kept the last value elsewhere."""
    dest, key, repo = made
    m = repo.snapshots().head
    from backupgui.format.manifest import encode_manifest

    plain = json.loads(decompress(encode_manifest(m), 1 << 26))
    text = json.dumps(plain, separators=(",", ":"))
    doubled = text.replace('"device":', '"device":"someone else","device":', 1)
    repo.put_object(f"snapshots/{m.snapshot_id}", ObjectType.SNAPSHOT, compress(doubled.encode()))
    with caplog.at_level(logging.INFO, "backupgui.format.damage"), \
            pytest.raises(DamagedBackupError, match=f"manifest {m.snapshot_id} is malformed"):
        repo.load_manifest(m.snapshot_id)
    assert "repeats a key" in caplog.text  # (the detail: in the log only)

    from backupgui.format.index import decode_index

    with pytest.raises(ValueError, match="repeats a key"):
        decode_index(compress(b'{"v":2,"v":2,"packs":[]}'))
    from backupgui.format.pack import decode_trailer

    with pytest.raises(ValueError, match="repeats a key"):
        decode_trailer(b'{"v":2,"blobs":[],"blobs":[]}', 0)


def test_unknown_fields_are_damage_in_v2_objects(made):
    from backupgui.format.index import decode_index
    from backupgui.format.pack import decode_trailer

    with pytest.raises(ValueError, match="unknown field"):
        decode_index(compress(b'{"v":2,"packs":[],"note":1}'))
    with pytest.raises(ValueError, match="unknown field"):
        decode_trailer(b'{"v":2,"blobs":[],"note":1}', 0)
    # Format v1 said readers ignore unknown fields in trailers and indexes: still so for v1.
    assert decode_index(compress(b'{"v":1,"packs":[],"note":1}')) == []
    assert decode_trailer(b'{"v":1,"blobs":[],"note":1}', 0) == ()


def test_unsorted_packs_are_damage(made, caplog):
    """FORMAT.md 7 said 'sorted list'; v1 readers never checked it."""
    dest, key, repo = made
    m = repo.snapshots().head
    assert len(m.packs) >= 2
    repo.write_manifest(replace(m, packs=tuple(reversed(m.packs))))
    with caplog.at_level(logging.INFO, "backupgui.format.damage"), \
            pytest.raises(DamagedBackupError, match=f"manifest {m.snapshot_id} is malformed"):
        repo.load_manifest(m.snapshot_id)
    assert "not sorted" in caplog.text


def test_duplicate_keys_in_the_config_are_damage(demo_lib, dest, dest_dir):
    res = backup_to(demo_lib, dest, pw())
    path = dest_dir / "sets" / res.set_id / "config"
    text = path.read_text()
    path.write_text(text.replace('"format":', '"format": "backupgui-set", "format":', 1))
    with pytest.raises(DamagedBackupError):
        parse_config(path.read_bytes())


@pytest.mark.parametrize("field,value", [("memory_kib", 4 * 1024 * 1024), ("iterations", 64),
                                         ("lanes", 64), ("memory_kib", 1048577), ("iterations", 13)])
def test_kdf_parameters_are_bounded_before_anything_runs(demo_lib, dest, dest_dir, monkeypatch,
                                                         field, value):
    """v1 ran Argon2id with whatever a config asked, up to 4 GiB and 64 passes (every
    restore attempt then allocated 4 GiB). The bound is 4x what backupgui writes."""
    res = backup_to(demo_lib, dest, pw())
    edit_config(dest_dir / "sets" / res.set_id / "config",
                lambda c: c["password"]["kdf"].__setitem__(field, value))
    import backupgui.format.config as config_mod

    def never(*_a, **_k):
        raise AssertionError("Argon2id ran with out-of-bounds parameters")

    monkeypatch.setattr(config_mod, "derive_password_key", never)
    with pytest.raises(DamagedBackupError, match="password slot"):
        verify(VerifyRequest(dest, pw()))


def test_the_cli_refuses_to_write_kdf_parameters_readers_refuse(demo_lib, dest_dir):
    from .helpers import run_cli

    r = run_cli("backup", "--library", demo_lib, "--dest", dest_dir, "--kdf-memory-mib", "2048",
                "-q", env={"BACKUPGUI_PASSWORD": "correct horse battery 42"})
    assert r.returncode != 0 and "1024" in r.stderr
    assert not (dest_dir / "sets").exists()


def test_what_the_app_writes_is_within_the_bounds():
    from backupgui.crypto.keys import KdfParams

    KdfParams().check()
    Password("x").kdf.check()
