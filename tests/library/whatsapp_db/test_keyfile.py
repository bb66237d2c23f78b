"""The key in its three forms, told apart by content; nothing of a key in repr or errors."""

from __future__ import annotations

import pytest

from backupgui.library.importers.whatsapp_db.errors import WhatsAppKeyFormError
from backupgui.library.importers.whatsapp_db.keyfile import (
    Crypt14Key,
    Crypt15Key,
    java_byte_array,
    parse_key_bytes,
    parse_key_text,
    read_key_file,
)

from . import encoder

KEY = bytes.fromhex("8f3a" * 16)
GROUPED = " ".join(KEY.hex()[i:i + 4] for i in range(0, 64, 4))


@pytest.mark.parametrize("text", [KEY.hex(), KEY.hex().upper(), GROUPED, GROUPED + "\n",
                                  "-".join(GROUPED.split()), "\ufeff" + GROUPED])
def test_the_64_digit_key_in_any_layout(tmp_path, text):
    f = tmp_path / "key.txt"
    f.write_text(text, "utf-8")
    assert read_key_file(f) == Crypt15Key(KEY)


def test_encrypted_backup_key_file():
    assert len(java_byte_array(KEY)) == 59
    assert parse_key_bytes(java_byte_array(KEY)) == Crypt15Key(KEY)


def test_crypt14_key_file():
    data = encoder.crypt14_key_file(bytes(range(32)), bytes(range(16)), bytes(range(64, 96)))
    key = parse_key_bytes(data)
    assert isinstance(key, Crypt14Key)
    assert key.key == bytes(range(64, 96)) == data[126:158]
    assert key.server_salt == bytes(range(32))


@pytest.mark.parametrize("data, words", [
    (b"", "has 64 digits"),
    (b"0123", "has 64 digits; the text given has 4"),
    ("zz" * 32, "only the digits"),
    (b"\xff\xfe\x00\x01binary", "neither a key file nor text"),
    (java_byte_array(bytes(31)), "holds 31 bytes"),
    (java_byte_array(KEY)[:-1], "damaged"),
    (java_byte_array(KEY) + b"\x00", "damaged"),
])
def test_not_a_key(data, words):
    if isinstance(data, str):
        data = data.encode()
    with pytest.raises(WhatsAppKeyFormError, match=words):
        parse_key_bytes(data)


def test_damaged_crypt14_key_file():
    data = bytearray(encoder.crypt14_key_file(bytes(32), bytes(16), bytes(32)))
    data[27 + 40] ^= 1  # the Google id salt no longer matches its hash
    with pytest.raises(WhatsAppKeyFormError, match="damaged"):
        parse_key_bytes(bytes(data))


def test_key_never_shown():
    key = Crypt15Key(KEY)
    assert KEY.hex() not in repr(key) and KEY.hex()[:8] not in repr(key)
    k14 = parse_key_bytes(encoder.crypt14_key_file(bytes(32), bytes(16), KEY))
    assert KEY.hex()[:8] not in repr(k14)
    with pytest.raises(WhatsAppKeyFormError) as err:
        parse_key_text(KEY.hex()[:-1] + "g")
    assert KEY.hex()[:8] not in str(err.value) and "'g'" not in str(err.value)


def test_big_file_is_not_read_whole(tmp_path):
    f = tmp_path / "big"
    f.write_bytes(b"0" * (1 << 20))
    with pytest.raises(WhatsAppKeyFormError, match="too big"):
        read_key_file(f)
