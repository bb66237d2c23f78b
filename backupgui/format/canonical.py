"""A fast, exact check for message blobs in the canonical form backupgui writes
(docs/FORMAT.md section 8) that hold no attachments: one regular expression over the bytes
instead of building a million Python objects.

The grammar below is that form: keys in sorted order, compact separators, strings with only
valid escapes and no raw control characters, ``ts`` an integer of at most 18 digits (so
within 64 bits), ``sender`` a string or null, ``reply_to`` a string or absent. A blob that
matches is valid JSON with the exact types a reader requires, without repeated keys, so it
gives what the full check (``manifest.check_text_rows``) would. Anything else (attachments,
another key order, whitespace, a null ``reply_to``) is left to the full check, which decides.
"""

from __future__ import annotations

import json
import re

_STR = rb'"(?:[^"\\\x00-\x1f]++|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*+"'
_INT = rb"-?+(?:0|[1-9][0-9]{0,17})"
_MSG = (rb'\{"id":' + _STR + rb',"kind":"(?:text|media|system)",(?:"reply_to":' + _STR
        + rb',)?+"sender":(?:' + _STR + rb'|null),"text":' + _STR + rb',"ts":' + _INT + rb"\}")
# Possessive quantifiers throughout: every choice is decided by its next byte, so matching is
# linear and cannot backtrack.
_BLOB = re.compile(rb'\{"chat":(' + _STR + rb'),"messages":\[(?:' + _MSG + rb"(?:," + _MSG
                   + rb')*+)?+\],"month":' + _STR + rb',"v":1\}')
# Inside a matched blob a quote in a string is always escaped, so this marks message starts.
_MESSAGE_START = b'{"id":'


def match_canonical_blob(raw: bytes) -> tuple[str, int] | None:
    """(chat id, message count) if ``raw`` is a canonical blob without attachments, valid
    UTF-8; else None (the caller runs the full check)."""
    m = _BLOB.fullmatch(raw)
    if m is None:
        return None
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return json.loads(m.group(1)), raw.count(_MESSAGE_START)
