"""The sentences the importers store for system events, and how to read one back.

A phone backup's group events, reactions, missed calls and deleted messages are stored as
WhatsApp's English exports write them (``importers/whatsapp_db/events.py``), so that a chat
imported from a phone backup and from an export merges and reads the same. The app shows
them in its own language: ``parse`` finds which sentence a stored text is and the names in
it (kept as data: the UI puts them into its translated sentence as they are), or None for any
other text, which is then shown as it is. Only for texts a phone backup's import wrote (an
export's own line, "You were added to the group", would read as "{1} added {2}"). Every sentence ``events.py`` writes is one of
``SENTENCES`` (``tests/library/test_events.py``). No Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Collection

E2E_NOTICE = ("Messages and calls are end-to-end encrypted. No one outside of this chat, not "
              "even WhatsApp, can read or listen to them.")

#: (id, sentence with {1}, {2}, {3} for names, titles and emoji), the more specific first:
#: a text is the first sentence it matches as a whole.
SENTENCES: tuple[tuple[str, str], ...] = (
    ("e2e", E2E_NOTICE),
    ("deleted", "This message was deleted"),
    ("deleted_by_me", "You deleted this message"),
    ("missed_voice", "Missed voice call"),
    ("missed_video", "Missed video call"),
    ("missed_group_voice", "Missed group voice call"),
    ("missed_group_video", "Missed group video call"),
    ("call_voice_no_answer", "Voice call, no answer"),
    ("call_video_no_answer", "Video call, no answer"),
    ("call_group_voice_no_answer", "Group voice call, no answer"),
    ("call_group_video_no_answer", "Group video call, no answer"),
    ("call_voice", "Voice call, {1}"),
    ("call_video", "Video call, {1}"),
    ("call_group_voice", "Group voice call, {1}"),
    ("call_group_video", "Group video call, {1}"),
    ("you_were_added", "You were added"),
    ("you_were_removed", "You were removed"),
    ("you_admin", "You're now an admin"),
    ("you_joined_link", "You joined using this group's invite link"),
    ("code", "Your security code changed"),
    ("code_with", "Your security code with {1} changed"),
    ("name_to", '{1} changed the group name to "{2}"'),
    ("name", "{1} changed the group name"),
    ("icon", "{1} changed this group's icon"),
    ("icon_deleted", "{1} deleted this group's icon"),
    ("description", "{1} changed the group description"),
    ("number_to", "{1} changed their phone number to {2}"),
    ("number", "{1} changed their phone number"),
    ("created_named", '{1} created group "{2}"'),
    ("created", "{1} created this group"),
    ("joined_link", "{1} joined using this group's invite link"),
    ("joined", "{1} joined"),
    ("was_added", "{1} was added"),
    ("left", "{1} left"),
    ("added_you", "{1} added you"),
    ("removed_you", "{1} removed you"),
    ("added_someone", "{1} added a participant"),
    ("removed_someone", "{1} removed a participant"),
    ("admin", "{1} is now an admin"),
    ("added", "{1} added {2}"),
    ("removed", "{1} removed {2}"),
    ("reacted_to", '{1} reacted {2} to "{3}"'),
    ("reacted", "{1} reacted {2}"),
)

_LONGEST = 1 << 12  # a stored sentence is a few names and a 60-character quote


#: The sentences whose {1} is a call's length ("1:03", "1:02:07": ``call_seconds``).
CALL_LENGTH_SENTENCES = frozenset({"call_voice", "call_video", "call_group_voice",
                                   "call_group_video"})
_CALL_LENGTH = r"((?:[1-9][0-9]{0,2}:[0-5][0-9]|[0-9]|[1-5][0-9]):[0-5][0-9])"
MAX_CALL_SECONDS = 7 * 24 * 3600  # a week: a longer "call" is damage (importers refuse it)


def _pattern(sentence: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[123]\})", sentence)
    out = []
    for p in parts:
        if p == "{1}" and sentence.endswith(" call, {1}"):
            out.append(_CALL_LENGTH)
        elif p == "{2}" and "reacted" in sentence:
            out.append(r"([^ ]{1,16})")  # an emoji (sequences have no spaces)
        elif p in ("{1}", "{2}", "{3}"):
            out.append(r"(.+?)" if p != "{3}" else r"(.*)")
        else:
            out.append(re.escape(p))
    return re.compile("".join(out), re.DOTALL)


_PATTERNS = tuple((sid, _pattern(s)) for sid, s in SENTENCES)


def parse(text: str) -> tuple[str, tuple[str, ...]] | None:
    """(sentence id, its names / title / emoji in order) of a stored event text, or None."""
    if not text or len(text) > _LONGEST:
        return None
    for sid, pattern in _PATTERNS:
        m = pattern.fullmatch(text)
        if m is not None:
            return sid, m.groups()
    return None


def call_seconds(length: str) -> int | None:
    """The seconds of a stored call length ("1:03" 63, "1:02:07" 3727), None if it is none."""
    if len(length) > 10 or re.fullmatch(_CALL_LENGTH, length, re.ASCII) is None:
        return None
    seconds = 0
    for part in length.split(":"):
        seconds = seconds * 60 + int(part)
    return seconds if seconds <= MAX_CALL_SECONDS else None


def write(sid: str, args: tuple[str, ...]) -> str:
    """The stored English sentence ``sid`` with ``args`` (what ``parse`` read back)."""
    sentence = dict(SENTENCES)[sid]
    return re.sub(r"\{([123])\}", lambda m: args[int(m.group(1)) - 1], sentence)


#: The arguments (1-based) of a sentence that are a list of people ("Ben, Carla and Dora"):
#: the UI joins them with its own language's "and" and separators.
PEOPLE_ARGS: dict[str, int] = {"was_added": 1, "joined": 1, "left": 1, "joined_link": 1,
                               "admin": 1, "added": 2, "removed": 2}
_MAX_PEOPLE = 1024  # a group's members at most


def split_people(text: str, known: Collection[str] = ()) -> list[str]:
    """The names of a list the importers wrote as WhatsApp's exports do ("A", "A and B",
    "A, B and C"). A name may itself hold ", " or " and " ("Tom and Jerry"): ``known``
    names (the chat's people) are kept whole; otherwise the last " and " and every ", "
    part names. Always at least one name; the names joined back as written give ``text``."""
    if text in known or " and " not in text:
        return [text]
    best: list[str] = [text]
    best_score = -1
    start = len(text)
    for _ in range(8):  # (which " and " ends the list: the last few are tried, no more)
        i = text.rfind(" and ", 0, start)
        if i <= 0:
            break
        start = i
        head, last = text[:i], text[i + 5:]
        if not last:
            continue
        names = _split_commas(head, known) + [last]
        score = sum(n in known for n in names)
        if score > best_score:  # (ties: the last " and ", as the writer puts it)
            best, best_score = names, score
        if len(best) > _MAX_PEOPLE:
            break
    return best if len(best) <= _MAX_PEOPLE else [text]


def _split_commas(head: str, known: Collection[str]) -> list[str]:
    """"A, B, C" as names, a known name that holds ", " kept whole (the longest first)."""
    pieces = head.split(", ")
    if not known or len(pieces) == 1:
        return pieces
    out: list[str] = []
    i = 0
    while i < len(pieces):
        for j in range(min(len(pieces), i + 4), i + 1, -1):  # (a name of up to 4 parts)
            if ", ".join(pieces[i:j]) in known:
                out.append(", ".join(pieces[i:j]))
                i = j
                break
        else:
            out.append(pieces[i])
            i += 1
    return out
