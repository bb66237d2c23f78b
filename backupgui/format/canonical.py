"""A fast, exact check for message blobs in the canonical form backupgui writes
(docs/FORMAT.md section 8): one regular expression over the bytes instead of building a
million Python objects.

The grammar below is that form: keys in sorted order, compact separators, strings with only
valid escapes and no raw control characters, integers of at most 18 digits (so within 64
bits), ``sender`` a string or null, ``reply_to`` a string or absent, and attachments
(``media``, a non-empty list) only on messages of kind ``media``. A blob that matches is
valid JSON with the exact types a reader requires, without repeated keys, so it gives what
the full check (``manifest.check_text_block``) would. Anything else (another key order,
whitespace, a null ``reply_to``) is left to the full check, which decides.
"""

from __future__ import annotations

import json
import re

_STR = rb'"(?:[^"\\\x00-\x1f]++|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*+"'
_INT = rb"-?+(?:0|[1-9][0-9]{0,17})"
_ATT = (rb'\{"filename":' + _STR + rb',"kind":' + _STR + rb',"mime":' + _STR + rb',"seq":' + _INT
        + rb',"sha256":' + _STR + rb',"size":' + _INT + rb"\}")
_ATTS = rb'"media":\[(' + _ATT + rb"(?:," + _ATT + rb")*+)\],"
_MSG = (rb'\{"id":' + _STR + rb',"kind":(?:"(?:text|system)",|"media",(?:' + _ATTS + rb")?+)"
        rb'(?:"reply_to":' + _STR
        + rb',)?+"sender":(?:' + _STR + rb'|null),"text":' + _STR + rb',"ts":' + _INT + rb"\}")
# Possessive quantifiers throughout: every choice is decided by its next byte, so matching is
# linear and cannot backtrack.
_BLOB = re.compile(rb'\{"chat":(' + _STR + rb'),"messages":\[(?:' + _MSG + rb"(?:," + _MSG
                   + rb')*+)?+\],"month":' + _STR + rb',"v":1\}')
# Inside a matched blob a quote in a string is always escaped, so this marks message starts,
# and this one messages with attachments.
_MESSAGE_START = b'{"id":'
_WITH_ATTACHMENTS = re.compile(rb'\{"id":(' + _STR + rb'),"kind":"media",' + _ATTS)


def match_canonical_blob(raw: bytes) -> tuple[str, int] | None:
    """(chat id, message count) if ``raw`` is a canonical blob in valid UTF-8; else None
    (the caller runs the full check). Its attachments: ``canonical_attachments``."""
    m = _BLOB.fullmatch(raw)
    if m is None:
        return None
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return json.loads(m.group(1)), raw.count(_MESSAGE_START)


def canonical_attachments(raw: bytes, chat_id: str) -> list[tuple]:
    """The attachment rows ``(message_id, seq, chat_id, kind, mime, filename, size, sha256)``
    of a blob that ``match_canonical_blob`` accepted, in the order the full check gives."""
    if b'"media":[' not in raw:
        return []
    rows = []
    for m in _WITH_ATTACHMENTS.finditer(raw):
        mid = json.loads(m.group(1))
        for a in json.loads(b"[" + m.group(2) + b"]"):
            rows.append((mid, a["seq"], chat_id, a["kind"], a["mime"], a["filename"], a["size"], a["sha256"]))
    return rows
