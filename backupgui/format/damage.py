"""What a person is told about a damaged backup: one whole phrase per object and category.

Verify and restore say "The backup is damaged: <problem>." (verify lists up to three problems
under one heading), so a problem never says "damaged" again: it names the object and what is
wrong with it in a category a person can act on (``errors.Damage``: cut short, fails its
authentication check, not valid compressed data …). The technical detail (zstd's or the
JSON parser's text, which segment failed) goes to the log, never into the sentence.

Each function returns one whole lower-case phrase per case, so that every phrase is a
template of its own (``i18n/extract.py`` reads what these functions return) and translates
as a whole (docs/TRANSLATING.md: no sentence from English pieces).
"""

from __future__ import annotations

import logging

from ..errors import Damage

log = logging.getLogger(__name__)


def logged(what: str, detail: object) -> None:
    """Keep the technical detail of a damaged object (an exception or its text) in the log:
    object names and the parser's or the cipher's words; no key material ever reaches them."""
    log.info("damaged %s: %s", what, detail)


def pack_problem(pack_id: str, damage: Damage) -> str:
    """A pack's damage."""
    if damage is Damage.AUTHENTICATION:
        return f"pack {pack_id} fails its authentication check"
    if damage is Damage.CUT_SHORT:
        return f"pack {pack_id} is cut short"
    if damage is Damage.TOO_LONG:
        return f"pack {pack_id} is longer than its index says"
    if damage is Damage.TOO_LARGE:
        return f"pack {pack_id} is larger than the format allows"
    if damage is Damage.MISSING:
        return f"pack {pack_id} is missing"
    return f"pack {pack_id} is malformed"


def blob_cut_short(blob_id: str) -> str:
    """A blob that ends before its length (packread's check of what it hands out)."""
    return f"blob {blob_id} is cut short"


def not_a_file(name: str) -> str:
    """An object of a folder destination that is a link, a pipe or a device, not a file."""
    return f"object {name} is not a regular file"


def not_a_folder(folder: str, name: str) -> str:
    """A folder on the way to an object of a folder destination that is a link or a file."""
    # translators: %1: a folder's path in the backup folder, %2: a backup object's internal name
    return f"folder {folder} on the way to object {name} is a link or a file, not a folder"


def messages_problem(chat: str, month: str, damage: Damage) -> str:
    """A message blob's damage: the messages of chat ``chat`` in ``month``."""
    if damage is Damage.AUTHENTICATION:
        # translators: %1: a chat's name, %2: a month (year-month, such as 2024-05)
        return f"the messages of {chat} in {month} fail their authentication check"
    if damage is Damage.CUT_SHORT:
        # translators: %1: a chat's name, %2: a month (year-month, such as 2024-05)
        return f"the messages of {chat} in {month} are cut short"
    if damage is Damage.COMPRESSION:
        # translators: %1: a chat's name, %2: a month (year-month, such as 2024-05)
        return f"the messages of {chat} in {month} are not valid compressed data"
    if damage is Damage.TOO_LARGE:
        # translators: %1: a chat's name, %2: a month (year-month, such as 2024-05)
        return f"the messages of {chat} in {month} are larger than the format allows"
    if damage is Damage.STRUCTURE:
        # translators: %1: a chat's name, %2: a month (year-month, such as 2024-05)
        return (f"the messages of {chat} in {month} have more structure than any valid one "
                "(reading them would take too much memory)")
    if damage is Damage.MISMATCH:
        # translators: %1: a chat's name, %2: a month (year-month, such as 2024-05)
        return f"the messages of {chat} in {month} are not the ones the backup lists"
    if damage is Damage.MISSING:
        # translators: %1: a chat's name, %2: a month (year-month, such as 2024-05)
        return f"the messages of {chat} in {month} are missing"
    # translators: %1: a chat's name, %2: a month (year-month, such as 2024-05)
    return f"the messages of {chat} in {month} are malformed"


def file_problem(name: str, damage: Damage) -> str:
    """A media file's damage (``name``: its file name, or the start of its SHA-256)."""
    if damage is Damage.MISSING:
        return f"the file {name} is missing"
    return f"the file {name} has the wrong content"


def manifest_problem(snapshot_id: str, damage: Damage) -> str:
    """A snapshot manifest's damage (the list of what a backup holds)."""
    if damage is Damage.AUTHENTICATION:
        return f"manifest {snapshot_id} fails its authentication check"
    if damage is Damage.CUT_SHORT:
        return f"manifest {snapshot_id} is cut short"
    if damage is Damage.COMPRESSION:
        return f"manifest {snapshot_id} is not valid compressed data"
    if damage is Damage.TOO_LARGE:
        return f"manifest {snapshot_id} is larger than the format allows"
    if damage is Damage.STRUCTURE:
        return (f"manifest {snapshot_id} has more structure than any valid one (reading it "
                "would take too much memory)")
    return f"manifest {snapshot_id} is malformed"


def reason(damage: Damage) -> str:
    """Why an object outside the backup proper (an index, an older snapshot) was ignored:
    a whole clause, said after "index … is ignored:"."""
    if damage is Damage.AUTHENTICATION:
        return "it fails its authentication check"
    if damage is Damage.CUT_SHORT:
        return "it is cut short"
    if damage is Damage.COMPRESSION:
        return "it is not valid compressed data"
    if damage is Damage.TOO_LARGE:
        return "it is larger than the format allows"
    if damage is Damage.STRUCTURE:
        return "it has more structure than any valid one (reading it would take too much memory)"
    if damage is Damage.MISSING:
        return "it disappeared while it was being read"
    return "it is malformed"
