"""Attachments without their file (issue 20 item 7, docs/FORMAT.md 8): a message blob lists
them with ``"sha256": null`` and ``"size": 0`` and is then version 2, so a backup keeps their
name and kind and a restore gives back the library row (sha256 '') the import made.

Encoding, the reader's refusals (each hostile case), and the round trip through a real
backup and restore on a folder destination. The hostile tests fail on the code before this
change only where they pin new rules; the round-trip tests fail on it (the name and kind
were dropped)."""

from __future__ import annotations

import json

import pytest

from backupgui.format import manifest as mf
from backupgui.format.canonical import match_canonical_blob
from backupgui.format.manifest import (
    check_text_block,
    decode_text_blob,
    decode_text_rows,
    encode_text_blob,
    encode_text_rows,
)
from backupgui.library.model import MediaRef, Message
from backupgui.library.store import Library
from backupgui.library.textjson import month_blobs

SHA = "ab" * 32
TS = 1_609_495_200_000  # 2021-01-01T10:00:00Z


def _msgs() -> list[Message]:
    return [
        Message("m1", "c", TS, "p1", "media", "", media=(
            MediaRef("file", "", 0, "text/vcard", "Alex.vcf", 0),)),
        Message("m2", "c", TS + 1, "p1", "media", "look", media=(
            MediaRef("image", SHA, 5, "image/jpeg", "IMG-1.jpg", 0),
            MediaRef("image", "", 0, "", "", 1))),
        Message("m3", "c", TS + 2, "p1", "text", "hi"),
    ]


def _doc(**att) -> dict:
    a = {"filename": "Alex.vcf", "kind": "file", "mime": "text/vcard", "seq": 0, "sha256": None,
         "size": 0}
    a.update(att)
    a = {k: v for k, v in a.items() if v is not ...}
    return {"chat": "c", "messages": [{"id": "m1", "kind": "media", "media": [a], "sender": "p1",
                                       "text": "", "ts": TS}], "month": "2021-01", "v": 2}


def _raw(doc: dict) -> bytes:
    return json.dumps(doc, separators=(",", ":"), ensure_ascii=False).encode()


# -- encoding -----------------------------------------------------------------------------
def test_a_missing_attachment_is_listed_with_a_null_sha256_in_a_version_2_blob():
    raw = encode_text_blob("c", "2021-01", _msgs())
    doc = json.loads(raw)
    assert doc["v"] == 2
    assert doc["messages"][0]["media"] == [{"filename": "Alex.vcf", "kind": "file",
                                            "mime": "text/vcard", "seq": 0, "sha256": None, "size": 0}]
    assert [a["sha256"] for a in doc["messages"][1]["media"]] == [SHA, None]
    # The same bytes as the plain definition (sorted keys).
    assert raw == mf._reference_encode("c", "2021-01", _msgs())


def test_a_blob_without_missing_attachments_stays_version_1_byte_for_byte():
    msgs = [m for m in _msgs() if all(r.sha256 for r in m.media)]
    raw = encode_text_blob("c", "2021-01", msgs)
    assert json.loads(raw)["v"] == 1 and match_canonical_blob(raw) is not None
    assert raw == mf._reference_encode("c", "2021-01", msgs)


def test_a_missing_attachment_is_written_with_size_0_whatever_the_row_says():
    raw = encode_text_rows("c", "2021-01", [("m1", TS, "p1", "media", "", None)],
                           {"m1": [("Alex.vcf", "file", "text/vcard", 0, "", 7)]})
    assert json.loads(raw)["messages"][0]["media"][0]["size"] == 0


def test_sqlite_writes_the_same_bytes_as_the_reference(tmp_path):
    with Library(tmp_path / "lib") as lib:
        from backupgui.library.model import Chat

        with lib.transaction() as w:
            w.upsert_chat(Chat("c", "Ana", "direct", "whatsapp", None, ()))
            w.add_messages(_msgs())
        ((month, count, raw),) = list(month_blobs(lib._db, "c"))
    assert (month, count) == ("2021-01", 3)
    assert raw == encode_text_blob("c", "2021-01", _msgs())


# -- reading ------------------------------------------------------------------------------
def test_the_reader_gives_back_the_row_the_import_made():
    raw = encode_text_blob("c", "2021-01", _msgs())
    assert match_canonical_blob(raw) is None  # version 2: the full check decides
    _chat, _month, msgs = decode_text_blob(raw)
    assert msgs[0].media == (MediaRef("file", "", 0, "text/vcard", "Alex.vcf", 0),)
    assert msgs[1].media[1] == MediaRef("image", "", 0, "", "", 1)
    checked = check_text_block(raw)
    assert ("m1", 0, "c", "file", "text/vcard", "Alex.vcf", 0, "") in checked.media
    assert decode_text_rows(raw)[3] == checked.media


@pytest.mark.parametrize("doc, why", [
    (_doc(size=1), "a null sha256 with a size"),
    (_doc(size=False), "a size that is not an integer"),
    (_doc(size=0.0), "a size that is a float"),
    (_doc(seq=None), "a null seq"),
    (_doc(size=...), "no size"),
    (_doc(extra=1), "an unknown field"),
    (_doc(filename=None), "a null filename"),
    (_doc(sha256=""), "an empty sha256 (only null means 'no file')"),
    (_doc(sha256="AB" * 32), "an upper-case sha256"),
    ({**_doc(), "v": 1}, "a null entry in a version 1 blob"),
    ({**_doc(sha256=SHA, size=3), "v": 2}, "version 2 without a null entry"),
    ({**_doc(), "v": 3}, "an unknown version"),
    ({**_doc(), "v": 2.0}, "a version that is not an integer"),
    ({**_doc(), "v": True}, "a boolean version"),
])
def test_the_reader_refuses(doc, why):
    raw = _raw(doc)
    for check in (check_text_block, decode_text_rows):
        with pytest.raises(ValueError):
            check(raw)


@pytest.mark.parametrize("sha", [None, ""])
def test_a_manifest_cannot_list_a_file_without_a_sha256(sha):
    from backupgui.format.compress import compress, decompress
    from backupgui.format.manifest import MediaEntry, decode_manifest, encode_manifest

    m = mf.Manifest("20210101T000000.000Z-00000000", "0" * 32, "2021-01-01T00:00:00.000000Z",
                    1609459200000, "d", "backupgui 0.1.0", True, (),
                    (MediaEntry(SHA, 0, "0" * 64, "file"),), (), mf.Totals(0, 0, 1, 0, 0, 0), 1, None)
    assert decode_manifest(encode_manifest(m)) == m
    doc = json.loads(decompress(encode_manifest(m), 1 << 20))
    doc["media"][0]["sha256"] = sha
    with pytest.raises(ValueError):
        decode_manifest(compress(_raw(doc)))
