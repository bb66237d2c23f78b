"""The subset of Drive's ``q`` search language and ``fields`` partial responses we emulate.

Supported terms: ``name = | != | contains 'x'`` (contains: a prefix, as Google documents), ``mimeType = | != 'x'``, ``'id' in parents``,
``trashed = true|false``, ``appProperties has { key='k' and value='v' }`` (same for
``properties``), combined with ``and``, ``or``, ``not`` and parentheses.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

Predicate = Callable[[dict[str, Any]], bool]


class QueryError(ValueError):
    """The query is outside the supported subset or malformed (the server answers 400)."""


_TOKEN = re.compile(
    r"""\s*(?:
        (?P<str>'(?:[^'\\]|\\.)*')
      | (?P<op>!=|=|\(|\)|\{|\})
      | (?P<word>[A-Za-z_][A-Za-z0-9_.]*)
    )""",
    re.VERBOSE,
)


def _tokens(q: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    pos = 0
    q = q.rstrip()
    while pos < len(q):
        m = _TOKEN.match(q, pos)
        if not m:
            raise QueryError(f"Invalid Value at position {pos}")
        pos = m.end()
        if m.group("str") is not None:
            raw = m.group("str")[1:-1]
            out.append(("str", re.sub(r"\\(.)", r"\1", raw)))
        elif m.group("op") is not None:
            out.append(("op", m.group("op")))
        else:
            out.append(("word", m.group("word")))
    return out


class _Parser:
    def __init__(self, q: str) -> None:
        self.toks = _tokens(q)
        self.i = 0

    def peek(self) -> tuple[str, str] | None:
        return self.toks[self.i] if self.i < len(self.toks) else None

    def take(self) -> tuple[str, str]:
        tok = self.peek()
        if tok is None:
            raise QueryError("Invalid Value: unexpected end of query")
        self.i += 1
        return tok

    def expect(self, kind: str, value: str | None = None) -> str:
        k, v = self.take()
        if k != kind or (value is not None and v.lower() != value.lower()):
            raise QueryError(f"Invalid Value: expected {value or kind}, got {v!r}")
        return v

    def is_word(self, word: str) -> bool:
        tok = self.peek()
        return tok is not None and tok[0] == "word" and tok[1].lower() == word

    def parse(self) -> Predicate:
        pred = self.parse_or()
        if self.peek() is not None:
            raise QueryError(f"Invalid Value: unexpected {self.peek()[1]!r}")  # type: ignore[index]
        return pred

    def parse_or(self) -> Predicate:
        parts = [self.parse_and()]
        while self.is_word("or"):
            self.take()
            parts.append(self.parse_and())
        return parts[0] if len(parts) == 1 else (lambda f: any(p(f) for p in parts))

    def parse_and(self) -> Predicate:
        parts = [self.parse_not()]
        while self.is_word("and"):
            self.take()
            parts.append(self.parse_not())
        return parts[0] if len(parts) == 1 else (lambda f: all(p(f) for p in parts))

    def parse_not(self) -> Predicate:
        if self.is_word("not"):
            self.take()
            inner = self.parse_not()
            return lambda f: not inner(f)
        tok = self.peek()
        if tok == ("op", "("):
            self.take()
            inner = self.parse_or()
            self.expect("op", ")")
            return inner
        return self.parse_term()

    def parse_term(self) -> Predicate:
        kind, value = self.take()
        if kind == "str":
            self.expect("word", "in")
            self.expect("word", "parents")
            parent = value
            return lambda f: parent in f.get("_parent_aliases", f.get("parents", []))
        if kind != "word":
            raise QueryError(f"Invalid Value: {value!r}")
        field = value
        if field in ("name", "mimeType"):
            op = self.take()
            lit = self.expect("str")
            if op == ("op", "="):
                return lambda f: f.get(field) == lit
            if op == ("op", "!="):
                return lambda f: f.get(field) != lit
            if op == ("word", "contains") and field == "name":
                # Google: "The contains operator only performs prefix matching for a name
                # term": 'Hello' finds HelloWorld, 'World' does not. (A word of the name may
                # start the match; not a part in its middle.)
                want = lit.casefold()
                return lambda f: any(w.startswith(want) for w in _name_terms(str(f.get(field, ""))))
            raise QueryError(f"Invalid Value: operator {op[1]!r} for {field}")
        if field == "trashed":
            op = self.take()
            lit = self.expect("word").lower()
            if lit not in ("true", "false"):
                raise QueryError("Invalid Value: trashed takes true or false")
            want = lit == "true"
            if op == ("op", "="):
                return lambda f: bool(f.get("trashed")) == want
            if op == ("op", "!="):
                return lambda f: bool(f.get("trashed")) != want
            raise QueryError("Invalid Value: operator for trashed")
        if field in ("appProperties", "properties"):
            self.expect("word", "has")
            self.expect("op", "{")
            self.expect("word", "key")
            self.expect("op", "=")
            key = self.expect("str")
            self.expect("word", "and")
            self.expect("word", "value")
            self.expect("op", "=")
            val = self.expect("str")
            self.expect("op", "}")
            return lambda f: (f.get(field) or {}).get(key) == val
        raise QueryError(f"Invalid Value: unsupported field {field!r}")


def _name_terms(name: str) -> list[str]:
    """The name and each of its whitespace-separated words, case-folded."""
    folded = name.casefold()
    return [folded, *folded.split()]


def compile_query(q: str | None) -> Predicate:
    """Compile a Drive ``q`` string to a predicate over file resources."""
    if not q or not q.strip():
        return lambda f: True
    return _Parser(q).parse()


# ---- fields ---------------------------------------------------------------------------------

FieldSpec = dict[str, "FieldSpec | None"]


def parse_fields(spec: str) -> FieldSpec:
    """Parse ``nextPageToken,files(id,name),user/emailAddress`` into a nested dict."""
    pos = 0

    def parse_list(end: str | None) -> FieldSpec:
        nonlocal pos
        out: FieldSpec = {}
        while pos < len(spec):
            m = re.match(r"\s*([A-Za-z_*][A-Za-z0-9_]*(?:/[A-Za-z_*][A-Za-z0-9_]*)*)\s*", spec[pos:])
            if not m:
                raise QueryError(f"Invalid field selection {spec!r}")
            path = m.group(1).split("/")
            pos += m.end()
            sub: FieldSpec | None = None
            if pos < len(spec) and spec[pos] == "(":
                pos += 1
                sub = parse_list(")")
            node = out
            for part in path[:-1]:
                nxt = node.get(part)
                if nxt is None:
                    nxt = {}
                    node[part] = nxt
                node = nxt
            node[path[-1]] = sub
            while pos < len(spec) and spec[pos] == " ":
                pos += 1
            if pos < len(spec) and spec[pos] == ",":
                pos += 1
                continue
            if end is not None and pos < len(spec) and spec[pos] == end:
                pos += 1
                return out
            if pos < len(spec):
                raise QueryError(f"Invalid field selection {spec!r}")
        if end is not None:
            raise QueryError(f"Invalid field selection {spec!r}")
        return out

    return parse_list(None)


def select(obj: Any, spec: FieldSpec | None) -> Any:
    """Apply a parsed field selection to a JSON value (lists are selected element-wise)."""
    if spec is None or "*" in spec:
        return obj
    if isinstance(obj, list):
        return [select(x, spec) for x in obj]
    if not isinstance(obj, dict):
        return obj
    return {k: select(obj[k], sub) for k, sub in spec.items() if k in obj}
