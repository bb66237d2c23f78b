"""A fast, exact check for message blobs in the canonical form backupgui writes
(docs/FORMAT.md section 8): one regular expression over the bytes instead of building a
million Python objects.

The grammar below is that form: keys in sorted order, compact separators, strings of valid
UTF-8 with no raw control characters and only the escapes backupgui writes (``\\u`` only for
control characters), integers of at most 18 digits (so within 64 bits), ``sender`` a string
or null, ``reply_to`` a string or absent, and attachments (``media``, a non-empty list, each
``sha256`` 64 lowercase hex digits as ``format/names.py`` requires) only on messages of kind
``media``, in a ``"v":1`` blob (a version 2 blob, which lists attachments without their
file, is left to the full check). A blob that matches is valid JSON in valid UTF-8 with the exact
types a reader requires, without repeated keys, so it gives what the full check
(``manifest.check_text_block``) would. Anything else (another key order, whitespace, a null
``reply_to``, other escapes) is left to the full check, which decides.

The expression runs on RE2, whose automaton reads each byte once and checks the UTF-8 as it
goes: for the benchmark library's 188 MB of message JSON the check takes ~0.7 s instead of
~2 s with Python's ``re`` plus a UTF-8 decode (docs/PERFORMANCE.md, sixth session).
"""

from __future__ import annotations

import json

import re2

# Inside strings: printable ASCII but '"' and '\\', or a well-formed UTF-8 sequence (no
# overlong forms, no surrogates, nothing above U+10FFFF: what Python's decoder accepts).
# Everything outside strings is ASCII by the grammar, so a match is valid UTF-8 throughout.
_UTF8 = (rb"[\x20\x21\x23-\x5b\x5d-\x7f]|[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]"
         rb"|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
         rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}")
# The only \u escapes backupgui writes are of control characters; any other (a surrogate
# above all) is left to the full check.
_STR = rb'"(?:' + _UTF8 + rb'|\\["\\/bfnrt]|\\u00[01][0-9a-fA-F])*"'
_INT = rb"-?(?:0|[1-9][0-9]{0,17})"
_ATT = (rb'\{"filename":' + _STR + rb',"kind":' + _STR + rb',"mime":' + _STR + rb',"seq":' + _INT
        + rb',"sha256":"[0-9a-f]{64}","size":' + _INT + rb"\}")  # names.DIGEST
_ATT_LIST = _ATT + rb"(?:," + _ATT + rb")*"
_ATTS = rb'"media":\[' + _ATT_LIST + rb"\],"
_MSG = (rb'\{"id":' + _STR + rb',"kind":(?:"(?:text|system)",|"media",(?:' + _ATTS + rb")?)"
        rb'(?:"reply_to":' + _STR
        + rb',)?"sender":(?:' + _STR + rb'|null),"text":' + _STR + rb',"ts":' + _INT + rb"\}")


def _compile(pattern: bytes) -> re2._Regexp:
    options = re2.Options()
    options.encoding = re2.Options.Encoding.LATIN1  # match bytes, not code points
    # With max_mem at 1 MiB this automaton did not fit: RE2 fell back to a slower, still
    # linear, engine (~6 s for the benchmark set) and logged to stderr. 8 MiB sufficed;
    # 32 MiB leaves its state cache room.
    options.max_mem = 32 << 20
    return re2.compile(pattern, options)


# Whole blob, without capturing groups: RE2 answers it with its DFA alone (a group would
# make it run a slower engine that tracks submatches).
_BLOB = _compile(rb'\{"chat":' + _STR + rb',"messages":\[(?:' + _MSG + rb"(?:," + _MSG
                 + rb')*)?\],"month":' + _STR + rb',"v":1\}')
_CHAT = _compile(rb'\{"chat":(' + _STR + rb"),")
# Inside a matched blob a quote in a string is always escaped, so this marks message starts,
# and this one messages with attachments.
_MESSAGE_START = b'{"id":'
_KIND_MEDIA = b'"kind":"media","media":['
_WITH_ATTACHMENTS = _compile(rb'\{"id":(' + _STR + rb'),"kind":"media","media":\[(' + _ATT_LIST + rb")\],")


def match_canonical_blob(raw: bytes) -> tuple[str, int] | None:
    """(chat id, message count) if ``raw`` is a canonical blob in valid UTF-8; else None
    (the caller runs the full check). Its attachments: ``canonical_attachments``."""
    chat = canonical_chat(raw)
    return None if chat is None else (chat, raw.count(_MESSAGE_START))


def canonical_chat(raw: bytes) -> str | None:
    """``match_canonical_blob`` without the message count (a caller that finds every
    message's ``ts`` anyway counts those: each message of a matched blob has one)."""
    if _BLOB.fullmatch(raw) is None:  # (RE2 releases the GIL while it matches)
        return None
    return json.loads(_CHAT.match(raw).group(1))


def canonical_attachments(raw: bytes, chat_id: str) -> list[tuple]:
    """The attachment rows ``(message_id, seq, chat_id, kind, mime, filename, size, sha256)``
    of a blob that ``match_canonical_blob`` accepted, in the order the full check gives."""
    # (In a matched blob '"media":[' only follows '"kind":"media",': the longer key is found
    # ~2x faster, with the GIL held, in the months that list no attachment.)
    if raw.find(_KIND_MEDIA) < 0:
        return []
    rows = []
    for m in _WITH_ATTACHMENTS.finditer(raw):
        mid = json.loads(m.group(1))
        for a in json.loads(b"[" + m.group(2) + b"]"):
            rows.append((mid, a["seq"], chat_id, a["kind"], a["mime"], a["filename"], a["size"], a["sha256"]))
    return rows
