"""The one JSON reader for everything in a backup (docs/FORMAT.md 1.3).

Every object of a backup is read with it: configs, trailers, indexes, manifests and message
blobs. It takes strict UTF-8 only (no UTF-16, no byte order mark, no encoded surrogates),
refuses an object that repeats a key (parsers disagree on which value counts: backupgui's
checker and SQLite, which reads message blobs again during a restore, would pick different
ones), refuses ``NaN`` and ``Infinity``, which are not JSON, and refuses a document whose
structure would cost more memory to parse than any valid one (format/jsonbudget.py), before
parsing it.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from ..errors import Damage, marked
from . import jsonbudget

#: ``loads(..., check=)`` calls ``check`` once per this many JSON objects parsed: a few
#: milliseconds of parsing (a manifest's chat is ~20 objects).
CHECK_EVERY = 2048


class JsonError(ValueError):
    """The bytes are not the strict JSON a backup object must be."""


def _unique(pairs: list[tuple[str, object]]) -> dict:
    d = dict(pairs)
    if len(d) != len(pairs):
        raise JsonError("an object repeats a key")
    return d


def _constant(name: str) -> object:
    raise JsonError(f"{name} is not JSON")


def loads(data: bytes | str, check: Callable[[], None] | None = None) -> object:
    """Parse ``data``; ``JsonError`` if it is not strict JSON in strict UTF-8, or if parsing
    it would cost more memory than any valid backup object may (``jsonbudget.check``).

    ``check`` (e.g. a cancel token's ``checkpoint``) is called every ``CHECK_EVERY`` objects
    while the parser runs; what it raises stops the parse (json.loads itself cannot be
    stopped: a 100,000-chat manifest took seconds)."""
    hook = _unique
    if check is not None:
        count = 0

        def hook(pairs: list[tuple[str, object]]) -> dict:
            nonlocal count
            count += 1
            if count >= CHECK_EVERY:
                count = 0
                check()
            return _unique(pairs)
    try:
        raw = bytes(data) if isinstance(data, (bytearray, memoryview)) else data
        if not jsonbudget.within(raw):
            raise marked(JsonError(jsonbudget.refusal(raw)), Damage.STRUCTURE)
        text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        if text.startswith("\ufeff"):
            raise JsonError("a byte order mark")
        if check is not None:
            check()
        return json.loads(text, object_pairs_hook=hook, parse_constant=_constant)
    except JsonError:
        raise
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise JsonError(f"not valid JSON ({exc})") from None


def exact_keys(obj: object, required: set[str], optional: frozenset[str] | set[str] = frozenset(),
               what: str = "object") -> dict:
    """``obj`` if it is a dict whose keys are all of ``required`` plus any of ``optional``
    and nothing else; ``JsonError`` otherwise."""
    if type(obj) is not dict:
        raise JsonError(f"the {what} is not a JSON object")
    keys = set(obj)
    if not required <= keys:
        raise JsonError(f"the {what} lacks {sorted(required - keys)[0]!r}")
    extra = keys - required - set(optional)
    if extra:
        raise JsonError(f"the {what} has an unknown field {sorted(extra)[0]!r}")
    return obj
