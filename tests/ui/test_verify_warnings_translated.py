"""Every warning ``verify`` gives about objects outside the backup is shown in the UI's
language (the core's messages, docs/TRANSLATING.md): a real backup, with a leftover pack of a
newer backupgui beside leftover, damaged and stray objects and other sets, verified; each
warning is translated in all eight languages, with the names it carries kept."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from backupgui.crypto.keys import generate_key
from backupgui.crypto.material import RawKey
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import BackupRequest, VerifyRequest, backup, verify
from backupgui.engine.repository import Repo
from backupgui.format.pack import COMP_NONE, PackWriter
from backupgui.i18n import LANGUAGES
from backupgui.library.model import Chat, Message, Participant
from backupgui.library.store import Library
from backupgui.ui.language import install_language, translate_message

from ..format.test_newer_pack import reseal

#: What each planted object makes verify say (the start of the warning).
KINDS = ("pack {leftover} is in no index (left by",
         "pack {newer} is in no index and was made by a newer version",
         "pack {garbage} is in no index and does not authenticate",
         "unknown object {prefix}stray.txt (not a backupgui name); ignored",
         "unknown object {prefix}index/not-an-id (not a backupgui name)",
         "index {bad_index} is ignored: it fails its authentication check",
         "snapshot 20000101T000000.000Z-00000000 is ignored: it fails its authentication check",
         "backup set {no_config} has no settings",
         "backup set {bad_config} has damaged settings",
         "backup set {other} does not open with this key or password",
         "unknown object sets/not-a-set/x (not a backupgui name); ignored")


def _planted_backup(tmp_path: Path) -> tuple[FolderDestination, RawKey, dict[str, str]]:
    lib = tmp_path / "lib"
    with Library(lib) as library, library.transaction() as w:
        w.upsert_chat(Chat("c", "Ana", "direct", "demo", None, (Participant("me", "Me", True),)))
        w.add_messages([Message("m1", "c", 1_699_990_000_000, "me", "text", "hello")])
    dest, key = FolderDestination(tmp_path / "dest"), RawKey(generate_key())
    set_id = backup(BackupRequest(lib, dest, key, device_name="t")).set_id
    other = backup(BackupRequest(lib, dest, RawKey(generate_key()), device_name="t",
                                 new_set=True)).set_id
    repo = Repo.open(dest, key, set_id)
    names = {"prefix": repo.prefix, "other": other}
    for what in ("leftover", "newer"):  # packs an interrupted backup left, in no index
        w = PackWriter(dest, repo.prefix, repo.keys.objects)
        w.add("ab" * 32, b"bytes", 5, COMP_NONE)
        names[what] = w.finish().pack_id
    newer = tmp_path / "dest" / repo.prefix / "data" / names["newer"]
    newer.write_bytes(reseal(repo.keys.objects, f"data/{names['newer']}", newer.read_bytes(), 3))
    names["garbage"], names["bad_index"] = os.urandom(16).hex(), os.urandom(16).hex()
    names["no_config"], names["bad_config"] = os.urandom(16).hex(), os.urandom(16).hex()
    for rel, data in ((f"{repo.prefix}data/{names['garbage']}", os.urandom(3000)),
                      (f"{repo.prefix}stray.txt", b"x"),
                      (f"{repo.prefix}index/not-an-id", b"x"),
                      (f"{repo.prefix}index/{names['bad_index']}", os.urandom(200)),
                      (f"{repo.prefix}snapshots/20000101T000000.000Z-00000000", os.urandom(200)),
                      (f"sets/{names['no_config']}/data/{os.urandom(16).hex()}", b"x"),
                      (f"sets/{names['bad_config']}/config", b"{not json"),
                      ("sets/not-a-set/x", b"x")):
        dest.put(rel, data)
    return dest, key, names


def test_verify_warnings_are_translated_in_every_language(qapp, tmp_path) -> None:
    dest, key, names = _planted_backup(tmp_path)
    warnings = verify(VerifyRequest(dest, key)).warnings
    for kind in KINDS:  # each planted object said what it is
        assert any(w.startswith(kind.format(**names)) for w in warnings), (kind, warnings)
    assert len(warnings) == len(KINDS), "\n".join(warnings)
    try:
        for lang in (la for la in LANGUAGES if la.code != "en"):
            install_language(lang.code, qapp)
            for w in warnings:
                text = translate_message(w)
                assert text != w, (lang.code, w)
                named = [v for v in names.values() if v in w and v != names["prefix"]]
                assert all(v in text for v in named), (lang.code, w, text)
    finally:
        install_language("en", qapp)


@pytest.mark.parametrize("code", ["de", "ar"])
def test_a_translated_warning_says_why_in_the_language(qapp, code) -> None:
    """Why an index or snapshot was ignored is one of the categories of format/damage.py,
    said in the language; before, the reader's English detail stood in the sentence."""
    install_language(code, qapp)
    try:
        for why in ("it is cut short", "it is not valid compressed data",
                    "it has more structure than any valid one (reading it would take too much "
                    "memory)"):
            w = f"index 0123456789abcdef0123456789abcdef is ignored: {why}"
            text = translate_message(w)
            assert text != w and "0123456789abcdef0123456789abcdef" in text
            assert why not in text and "ignored" not in text, text
    finally:
        install_language("en", qapp)
