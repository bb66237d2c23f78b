"""A bound on the memory that parsing one JSON document from a backup may cost.

The format bounds the *bytes* of each JSON document (docs/FORMAT.md 1.2: up to 256 MiB for an
index, a manifest or a message blob). Parsed into Python objects, bytes can cost far more:
``[[],[],...]`` is 3 bytes per list of 56+ bytes, so a 22 KB zstd frame of an authentic index
or message blob (someone holding K wrote it) made every restore, verify and scheduled backup
grow to 6.5 GiB before a single field was checked. Valid documents cost 3-5 times their size.

``check`` estimates the cost of the objects a document's structure asks for - a dict per
``{``, a list per ``[``, a value per ``,``, plus the bytes themselves - and refuses a document
whose estimate passes ``MAX_PARSE_COST`` before it is parsed. The bound is about what the
largest valid index the format allows costs (256 MiB of index estimates ~1.2 GiB); a valid
manifest passes it only beyond ~200,000 chats (a year of months each) or ~2.5 million media
files, far beyond any library. ``strictjson.loads``, the one reader of backup JSON (configs,
trailers, indexes, manifests, message blobs), applies it to every document it parses: a count
over the bytes, no second parse. The estimate first counts the whole text (fast, an upper
bound); only a document over the bound that way is counted again without the contents of
its strings (commas inside message texts are not structure).
"""

from __future__ import annotations

import re

#: Bytes of Python objects a parse may build for one document (docs/FORMAT.md 1.2).
MAX_PARSE_COST = 1536 << 20
# Rough bytes per token, measured on CPython 3.11: a dict with a few keys ~ 200, a list 56 +
# its pointers, a value (str, float, big int) ~ 30-50 + its pointer.
_DICT, _LIST, _VALUE = 232, 72, 56

# A JSON string, unrolled ("normal* (special normal*)*"): 239 MiB of message texts in ~2 s.
_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
# From a place outside any string: text and whole strings, up to the last place outside one.
_WHOLE = re.compile(rb'[^"]*(?:"[^"\\]*(?:\\.[^"\\]*)*"[^"]*)*', re.DOTALL)
# Strings are blanked a window at a time: ``re.sub`` keeps a list of its pieces (two objects a
# string), which for a whole document of tiny strings would itself cost gigabytes.
_WINDOW = 1 << 20


def _structure(raw: bytes) -> tuple[int, int, int]:
    """Counts of ``{``, ``[`` and ``,`` outside strings (everything after an unterminated
    string counts, an upper bound for text that is not JSON anyway)."""
    braces = brackets = commas = 0
    pos, window = 0, _WINDOW
    while pos < len(raw):
        end = _WHOLE.match(raw, pos, min(len(raw), pos + window)).end()
        if end == pos and pos + window < len(raw):
            window *= 2  # one string longer than the window
            continue
        text = _STRING.sub(b'""', raw[pos:end]) if end > pos else raw[pos:]
        braces += text.count(b"{")
        brackets += text.count(b"[")
        commas += text.count(b",")
        pos, window = (end if end > pos else len(raw)), _WINDOW
    return braces, brackets, commas


def estimate(raw: bytes | str, *, structure_only: bool = False) -> int:
    """Estimated bytes of Python objects ``json.loads(raw)`` builds (an upper bound unless
    ``structure_only``, which leaves the contents of strings out)."""
    if isinstance(raw, str):
        raw = raw.encode("utf-8", "surrogatepass")
    if structure_only:
        braces, brackets, commas = _structure(raw)
    else:
        braces, brackets, commas = raw.count(b"{"), raw.count(b"["), raw.count(b",")
    return len(raw) + _DICT * braces + _LIST * brackets + _VALUE * commas


def within(raw: bytes | str, budget: int = MAX_PARSE_COST) -> bool:
    """True if parsing ``raw`` builds at most ``budget`` bytes of objects (estimated)."""
    return estimate(raw) <= budget or estimate(raw, structure_only=True) <= budget


def refusal(raw: bytes | str, what: str = "the document") -> str:
    """The technical reason a document ``within`` refused is damage, for the log only:
    ``strictjson`` marks the error ``Damage.STRUCTURE``, and a person is told
    ``format/damage.py``'s whole phrase for it ("manifest … has more structure than any valid
    one (reading it would take too much memory)"), which is translated."""
    return (f"{what} has more structure than any valid one (parsing it would take "
            f"about {estimate(raw, structure_only=True) >> 20} MiB of memory)")


def check(raw: bytes | str, what: str = "the document", budget: int = MAX_PARSE_COST) -> None:
    """``ValueError`` if parsing ``raw`` could build more than ``budget`` bytes of objects."""
    if not within(raw, budget):
        raise ValueError(refusal(raw, what))
