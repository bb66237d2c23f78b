"""A small seeded mutation fuzzer (no coverage feedback): deterministic, dependency-free."""

from __future__ import annotations

import random

TOKENS = [b"[]", b"{}", b"null", b"true", b"-1", b"0", b"1e999", b"9" * 30, b'"', b"\\u0000",
          b'{"v":1}', b"\x00", b"\xff", b"\n", b"\r\n", b":", b",", b"NaN", b"-0", b"[[[[[[[[",
          b'"a"', b"\xef\xbb\xbf", b"PK\x03\x04", b"BGUO", b"18446744073709551616", b"\xc3\x28"]


def mutate(r: random.Random, data: bytes, seeds: list[bytes]) -> bytes:
    b = bytearray(data)
    if r.random() < 0.02:  # nesting deeper than a recursive parser goes (RecursionError)
        i = r.randrange(len(b) + 1)
        depth = r.choice([1_100, 3_000])  # (Python parses about 1,000 levels)
        b[i:i] = r.choice([b"[", b'{"a":', b"[{\"a\":"]) * depth
    for _ in range(r.choice([1, 1, 2, 3, 5])):
        op = r.randrange(9)
        n = len(b)
        if op == 0 and n:  # bit flip
            i = r.randrange(n)
            b[i] ^= 1 << r.randrange(8)
        elif op == 1 and n:  # random byte
            b[r.randrange(n)] = r.randrange(256)
        elif op == 2:  # insert random bytes
            i = r.randrange(n + 1)
            b[i:i] = r.randbytes(r.choice([1, 2, 4, 16]))
        elif op == 3 and n:  # delete a range
            i = r.randrange(n)
            del b[i:i + r.choice([1, 2, 8, 64, n])]
        elif op == 4 and n:  # duplicate a range
            i = r.randrange(n)
            j = min(n, i + r.choice([1, 8, 64, 512]))
            b[i:i] = b[i:j]
        elif op == 5:  # insert a token
            i = r.randrange(n + 1)
            b[i:i] = r.choice(TOKENS)
        elif op == 6 and n:  # truncate
            del b[r.randrange(n):]
        elif op == 7 and seeds:  # splice with a seed
            other = r.choice(seeds)
            i, j = r.randrange(n + 1), r.randrange(len(other) + 1)
            b = b[:i] + other[j:]
        elif op == 8 and n:  # replace a token-ish run (numbers and quotes) with a token
            i = r.randrange(n)
            b[i:i + r.randrange(1, 6)] = r.choice(TOKENS)
    return bytes(b)
