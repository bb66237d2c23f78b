"""The problems a verify lists inside "The backup is damaged: %1 (and %2 more problems)." are
translated too (they stayed English inside the translated sentence)."""

from __future__ import annotations

import pytest

from backupgui.crypto.keys import generate_key
from backupgui.crypto.material import RawKey
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import verify
from backupgui.engine.repository import Repo
from backupgui.engine.types import VerifyRequest
from backupgui.errors import DamagedBackupError
from backupgui.library.demo import create_demo_library
from backupgui.ui import language
from tests.engine.helpers import backup_to


@pytest.fixture
def german(qapp):
    language.install_language("de", qapp)
    yield
    language.install_language("en", qapp)


def test_the_damage_found_by_a_real_verify_is_translated_all_through(tmp_path, german):
    """Four damaged packs of a real backup: the sentence, each pack's damage in it and the
    count are German; no English word of the problems is left."""
    create_demo_library(tmp_path / "lib", chats=5, seed=31, media_mb=4)
    key, dest = RawKey(generate_key()), FolderDestination(tmp_path / "dest")
    res = backup_to(tmp_path / "lib", dest, key, pack_size=1 << 20)
    packs = sorted(Repo.open(dest, key).load_index()[0].packs)
    assert len(packs) >= 4
    for p in packs[:4]:
        f = dest.root / "sets" / res.set_id / "data" / p
        raw = bytearray(f.read_bytes())
        raw[-40] ^= 1
        f.write_bytes(bytes(raw))
    with pytest.raises(DamagedBackupError) as e:
        verify(VerifyRequest(dest, key))
    assert "more problems" in str(e.value)
    text = language.translate_message(str(e.value))
    assert text.startswith("Das Backup ist beschädigt: ") and "weitere Probleme" in text, text
    assert text.count("Das Backup-Paket") == 3 and "nicht authentisch" in text, text
    for english in ("backup pack", "failed", "is damaged", "authentication"):
        assert english not in text, (english, text)


def test_each_kind_of_problem_in_the_list_is_translated(german):
    """The verify's own problems (a missing pack, a blob in no pack, a chat's messages that
    do not match) are templates; they are joined with the language's separator."""
    message = ("The backup is damaged: pack 0123abcd is missing; blob 89ab0123cdef is not in "
               "any pack; the messages of 'Family' in 2024-05 do not match their name (blob "
               "0011aabbccdd) (and 2 more problems).")
    text = language.translate_message(message)
    assert "Paket \u20680123abcd\u2069 fehlt; Block \u206889ab0123cdef\u2069 ist in keinem Paket; " \
        in text, text
    assert "; \u2068die Nachrichten von \u2068'Family'\u2069 aus \u20682024-05\u2069\u2069 passen nicht zu " \
        "ihrem Namen (Block \u20680011aabbccdd\u2069)" in text, text
    # a list whose parts are no messages stays as it is
    assert language.translate_message("There is no backup at /a; /b.") == \
        "Unter \u2068/a; /b\u2069 gibt es kein Backup."
