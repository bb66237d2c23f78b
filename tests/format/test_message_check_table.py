"""The message-blob check gives exactly what the check before issue 24's phase 10 gave, for
a table of blobs, most of them hostile: canonical blobs with and without attachments, and
variants of them cut, with a byte changed, dropped or added, with keys, escapes, numbers,
versions and times bent. ``message_check_table.json`` holds, for each blob (by SHA-256), what
``manifest.check_text_block`` returned or the error it raised (type, text, damage), as the
code at 8015ec7 gave it: written by ``python -m tests.format.test_message_check_table`` run
with that code first on ``PYTHONPATH``. A faster check must refuse every blob refused then,
with the same error, and accept the rest with the same result.
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from pathlib import Path

from backupgui.errors import damage_of
from backupgui.format.manifest import check_text_block

TABLE = Path(__file__).with_name("message_check_table.json")
_SHA = "ab" * 32


def _msg(i: int, ts: int, kind: str = "text", text: str = "hi", sender: str | None = "p-1",
         reply: str | None = None, media: list[dict] | None = None) -> dict:
    d: dict = {"id": f"m{i}", "kind": kind}
    if media is not None:
        d["media"] = media
    if reply is not None:
        d["reply_to"] = reply
    d["sender"], d["text"], d["ts"] = sender, text, ts
    return d


def _att(seq: int, sha: str | None = _SHA, size: int = 10, kind: str = "image",
         name: str = "a.jpg") -> dict:
    return {"filename": name, "kind": kind, "mime": "image/jpeg", "seq": seq, "sha256": sha,
            "size": size}


def _blob(msgs: list[dict], chat: str = "chat-1", month: str = "2023-11", v: int = 1) -> bytes:
    doc = {"chat": chat, "messages": msgs, "month": month, "v": v}
    return json.dumps(doc, separators=(",", ":"), ensure_ascii=False).encode()


T0 = 1_698_796_800_000  # 2023-11-01


def _bases() -> list[bytes]:
    """Canonical blobs (and a few that are valid but not canonical)."""
    plain = [_msg(i, T0 + 1000 * i) for i in range(6)]
    with_media = [_msg(0, T0), _msg(1, T0 + 5, "media", media=[_att(0), _att(1, "cd" * 32)]),
                  _msg(2, T0 + 9), _msg(3, T0 + 9, "media", media=[_att(0, name="b\u00e9.png")])]
    return [
        _blob([]),
        _blob(plain),
        _blob(with_media),
        _blob([_msg(0, T0, "media")]),  # a media message without attachments
        _blob([_msg(0, T0, "system", sender=None), _msg(1, T0, reply="m0")]),
        _blob([_msg(0, T0, text='say "media":[ and ,"ts":5} \\ \u00e9\u65e5\U0001F600\n\t')]),
        _blob([_msg(0, T0, "media", media=[_att(0, None, 0)])], v=2),  # without its file
        _blob([_msg(0, T0 + 9), _msg(1, T0)]),  # out of time order
        _blob([_msg(0, -5), _msg(1, 7)], month="1970-01"),
        _blob([_msg(0, T0, text="\u0000\u001f")]),
        json.dumps({"v": 1, "chat": "c", "month": "2023-11", "messages": plain}).encode(),
        json.dumps({"chat": "c", "messages": plain, "month": "2023-11", "v": 1},
                   separators=(",", ":")).encode(),  # ensure_ascii: \\u escapes
    ]


def _bent(raw: bytes) -> list[bytes]:
    """Hand-made variants of a blob: what a hostile writer would try first."""
    swaps = [(b'"v":1', b'"v":2'), (b'"v":1', b'"v":3'), (b'"v":1', b'"v":true'),
             (b'"v":1', b'"v":1.0'), (b'"kind":"text"', b'"kind":"photo"'),
             (b'"kind":"media"', b'"kind":"text"'), (b'"kind":"text"', b'"kind":"media"'),
             (b'"sender":"p-1"', b'"sender":5'), (b'"sender":null', b'"sender":"x"'),
             (b'"ts":', b'"ts":-'), (b'"ts":', b'"ts":0'), (b'"ts":', b'"ts":99999999999999999999'),
             (b'"ts":1', b'"ts":"1'), (b'"ts":1', b'"ts":1e3+'), (b'"ts":1', b'"ts":true,"x":1'),
             (b'"seq":0', b'"seq":-1'), (b'"seq":0', b'"seq":"0"'), (b'"size":10', b'"size":1.5'),
             (b'"size":10', b'"size":0'), (b'"size":0', b'"size":10'),
             (_SHA.encode(), _SHA.upper().encode()), (_SHA.encode(), b"ab" * 31),
             (b'"sha256":null', b'"sha256":""'), (b'"media":[', b'"media":[],"x":['),
             (b'"id":"m0"', b'"id":0'), (b'"id":"m0"', b'"id":"m0","id":"m9"'),
             (b'"chat":', b'"chat":1,"chat":'), (b'"month":"2023-11"', b'"month":202311'),
             (b'"text":"hi"', b'"text":"h\\ud800i"'), (b'"text":"hi"', b'"text":"h\\ud83d\\ude00"'),
             (b'"text":"hi"', b'"text":"h\xc3i"'), (b'"text":"hi"', b'"text":"h\xed\xa0\x80"'),
             (b'"text":"hi"', b'"text":"h\\u0041"'), (b'"text":"hi"', b'"text":"h\\/i"'),
             (b'"text":"hi"', b'"text":"h\x01"'), (b'"text":"hi"', b'"text":null'),
             (b',"reply_to":"m0"', b',"reply_to":null'), (b'},{"id"', b'}, {"id"'),
             (b'"messages":[', b'"messages":[{},'), (b'],"month"', b',],"month"'),
             (b'],"month"', b'],"extra":1,"month"'), (b"{", b"\xef\xbb\xbf{")]
    out = [raw.replace(a, b, 1) for a, b in swaps if a in raw]
    out += [raw[:-1], raw + b" ", raw + b"{}", b" " + raw, raw.replace(b",", b", ", 1),
            raw.decode("utf-8").encode("utf-16") if raw else raw]
    return out


def _mutated(raw: bytes, rnd: random.Random, n: int) -> list[bytes]:
    """Random cuts and single-byte changes, drops and additions."""
    out = []
    alphabet = b'{}[],:"\\0123456789-abcdefnrtu \x00\x80\xc3\xff'
    for _ in range(n):
        i = rnd.randrange(len(raw))
        op = rnd.randrange(4)
        if op == 0:
            out.append(raw[:i])
        elif op == 1:
            out.append(raw[:i] + bytes([alphabet[rnd.randrange(len(alphabet))]]) + raw[i + 1:])
        elif op == 2:
            out.append(raw[:i] + raw[i + 1:])
        else:
            out.append(raw[:i] + bytes([alphabet[rnd.randrange(len(alphabet))]]) + raw[i:])
    return out


def cases() -> list[bytes]:
    rnd = random.Random(24)
    out: list[bytes] = []
    for raw in _bases():
        out.append(raw)
        out += _bent(raw)
        out += _mutated(raw, rnd, 40)
    return list(dict.fromkeys(out))  # (each blob once, first place kept)


def outcome(raw: bytes) -> list:
    try:
        b = check_text_block(raw)
    except Exception as exc:  # noqa: BLE001  (the error is the outcome)
        return ["error", type(exc).__name__, str(exc), damage_of(exc).name]
    return ["ok", b.chat_id, b.month, b.count, b.first_ts, b.last_ts,
            [list(r) for r in b.media], b.ordered]


def test_the_check_gives_what_it_gave_before_for_every_blob_of_the_table():
    table = json.loads(TABLE.read_text())
    blobs = cases()
    assert [hashlib.sha256(b).hexdigest() for b in blobs] == [row[0] for row in table]
    refused = 0
    for raw, (_sha, want) in zip(blobs, table, strict=True):
        assert outcome(raw) == want, raw[:200]
        refused += want[0] == "error"
    # The table is mostly refusals, and holds blobs with attachments among those accepted.
    assert refused > len(table) // 2
    assert any(row[1][0] == "ok" and row[1][6] for row in table)


if __name__ == "__main__":  # (writes the table with the code on PYTHONPATH)
    rows = [[hashlib.sha256(b).hexdigest(), outcome(b)] for b in cases()]
    TABLE.write_text("[\n" + ",\n".join(json.dumps(r, ensure_ascii=True) for r in rows) + "\n]\n")
    print(f"{len(rows)} blobs, {sum(r[1][0] == 'error' for r in rows)} refused", file=sys.stderr)
