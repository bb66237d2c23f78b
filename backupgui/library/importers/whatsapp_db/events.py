"""Sentences for WhatsApp's system events, reactions and deleted messages.

The library keeps messages as text; these are written the way WhatsApp's own "Export chat"
writes them (in English), so that a chat imported from both an export and a phone backup
merges cleanly and reads the same; the phone's owner is the mark ``SELF_ACTOR`` (a backup
does not say what they are called; the app shows "You" in its language); the app shows each
sentence in its own language (``library/events.py`` reads them back). Event types WhatsApp uses for things that are not part of
the conversation (business-account notices, internal errors...) give None: they are left out
and counted in the import's notes.
"""

from __future__ import annotations

from ...events import E2E_NOTICE, MAX_CALL_SECONDS  # noqa: F401 (iphone.py reads it here)
from ...model import SELF_ACTOR, UNKNOWN_ACTOR

DELETED = "This message was deleted"
DELETED_BY_ME = "You deleted this message"
EDITED = " <This message was edited>"


def people(names: list[str]) -> str:
    """"A", "A and B", "A, B and C"."""
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def android_event(action: int, actor: str, users: list[str], text: str,
                  numbers: tuple[str, str] | None, me_joined: bool = False,
                  named: bool = True) -> str | None:
    """The sentence for an Android ``message_system.action_type`` (None: not shown).

    ``me_joined``: ``message_system_group.is_me_joined`` says the phone's owner is the one
    who joined or was added; ``named``: a column names the actor (else ``actor`` is the
    owner's or the unknown mark, as the row's ``from_me`` says)."""
    who = people(users)
    me = users == [SELF_ACTOR]  # the one member is the owner (their jid is known)
    me_joined = me_joined or (me and action in (4, 12, 20))
    if me and action in (7, 14):
        action = 7
    if me and action == 15:
        return "You're now an admin"
    if me_joined and action in (4, 12):
        # The owner was added (they cannot have added themselves): by whom the row names.
        return f"{actor} added you" if named else "You were added"
    if me_joined and action == 20:
        return "You joined using this group's invite link"
    if action == 1:
        return f'{actor} changed the group name to "{text}"' if text else \
            f"{actor} changed the group name"
    if action == 4:
        # "was added" as both published readers read it (IPED, WhatsApp-Chat-Exporter); in a
        # real database the row names the member who was added.
        return f"{who or actor} was added"
    if action in (5, 13):
        return f"{who or actor} left"
    if action == 6:
        return f"{actor} changed this group's icon"
    if action == 7:
        return f"{actor} removed you" if named else "You were removed"
    if action in (10, 28):
        if numbers:
            return f"{numbers[0]} changed their phone number to {numbers[1]}"
        return f"{actor} changed their phone number"
    if action == 11:
        return f'{actor} created group "{text}"' if text else f"{actor} created this group"
    if action == 12:
        return f"{actor} added {who}" if who else f"{actor} added a participant"
    if action == 14:
        return f"{actor} removed {who}" if who else f"{actor} removed a participant"
    if action == 15:
        # IPED reads 15 as "You're now an admin"; a row naming members says who.
        return f"{who} is now an admin" if who else "You're now an admin"
    if action in (18, 57):
        return f"Your security code with {actor} changed" if actor != SELF_ACTOR else \
            "Your security code changed"
    if action in (19, 67):  # 67: the notice of newer versions (2021 on)
        return E2E_NOTICE
    if action == 20:
        return f"{who or actor} joined using this group's invite link"
    if action == 27:
        return f"{actor} changed the group description"
    return None


def iphone_event(event: int | None, actor: str, text: str) -> str | None:
    """The sentence for an iPhone group event (``ZWAMESSAGE.ZGROUPEVENTTYPE`` of a type-6
    row; 5, 9, 10, 12, 15, 17 and 56 as a published forensic parser, IPED, reads real
    databases; the membership events 2, 7 and 50 are ``iphone_members``). ``text``: the
    new name of 1 and 56 (56's JSON read by the caller)."""
    if event in (1, 56) and text:
        return f'{actor} changed the group name to "{text}"'
    if event == 56:
        return f"{actor} changed the group name"
    if event == 5:
        return f"{actor} deleted this group's icon"
    if event == 9 and actor not in (SELF_ACTOR, UNKNOWN_ACTOR):
        return f"{actor} changed their phone number"
    if event == 10:
        return "You're now an admin"
    if event == 2:
        return f"{actor} joined"
    if event == 3:
        return f"{actor} left"
    if event == 4:
        return f"{actor} changed this group's icon"
    if event == 12:
        return f'{actor} created group "{text}"' if text else f"{actor} created this group"
    if event == 15:
        return f"{actor} joined using this group's invite link"
    if event == 17:
        return f"{actor} changed the group description"
    return None


def iphone_members(event: int, actor: str | None, members: list[str], from_me: bool) -> str:
    """An iPhone membership event (type 6, ``ZGROUPEVENTTYPE`` 2 and 50 added, 7 removed):
    ``actor`` is who did it when the row's ``ZTEXT`` names them (IPED reads it so:
    ``actor;member,member``), ``members`` who was added or removed (``ZTEXT``'s list, else
    the row's ``ZGROUPMEMBER``). Without an actor, 2 reads "joined" as before (an older
    reader and an older IPED), 50 "was added", 7 "removed" by the owner (the row is theirs)
    or by someone the row does not name."""
    who = people(members)
    if actor is not None:
        if event == 7:
            return f"{actor} removed {who}" if who else f"{actor} removed a participant"
        return f"{actor} added {who}" if who else f"{actor} added a participant"
    if event == 7:
        by = SELF_ACTOR if from_me else UNKNOWN_ACTOR
        return f"{by} removed {who}" if who else f"{by} removed a participant"
    who = who or (SELF_ACTOR if from_me else UNKNOWN_ACTOR)
    return f"{who} joined" if event == 2 else f"{who} was added"


def iphone_notice(event: int | None, partner: str | None, group: bool) -> str | None:
    """The sentence for an iPhone type-10 row (calls and notices, by ``ZGROUPEVENTTYPE`` as
    IPED reads real databases), None for the kinds not shown (business notices, blocked,
    sync records; answered calls, as exports leave them out). ``partner``: the person the
    notice is about (the chat's partner, in a group the row's member), None if unnamed."""
    if event in (1, 45, 21):
        return missed_call(False, group or event == 21)
    if event in (4, 46, 22):
        return missed_call(True, group or event == 22)
    if event == 2:
        return E2E_NOTICE
    if event in (3, 36) and partner is not None:
        return f"Your security code with {partner} changed"
    if event in (5, 6) and partner is not None:
        return f"{partner} changed their phone number"
    return None


def missed_call(video: bool, group: bool) -> str:
    """A missed call, in the words of WhatsApp's English exports."""
    return f"Missed {'group ' if group else ''}{'video' if video else 'voice'} call"


def call_length(seconds: int) -> str:
    """A call's length as stored: "0:07", "12:30", "1:02:07" (``library/events.py`` reads it
    back; the app shows it in its own language)."""
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02}:{s:02}" if h else f"{m}:{s:02}"


def _call_kind(video: bool, group: bool) -> str:
    kind = "video call" if video else "voice call"
    return f"Group {kind}" if group else kind[0].upper() + kind[1:]


def answered_call(video: bool, group: bool, seconds: int) -> str:
    """A call that was answered, with its length ("Voice call, 1:03")."""
    return f"{_call_kind(video, group)}, {call_length(seconds)}"


def unanswered_call(video: bool, group: bool) -> str:
    """A call the owner made that nobody answered ("Voice call, no answer")."""
    return f"{_call_kind(video, group)}, no answer"


def reaction(actor: str, emoji: str, target: str) -> str:
    """A reaction, as a line of its own under the message it is about."""
    snippet = " ".join(target.split())
    if len(snippet) > 60:
        snippet = snippet[:59] + "…"
    return f'{actor} reacted {emoji} to "{snippet}"' if snippet else f"{actor} reacted {emoji}"
