"""Every sentence the phone importers store for an event is one the app can read back
(``library/events.py``) and so show in its own language, with the names as they are."""

from __future__ import annotations

import itertools

import pytest

from backupgui.library import events as sentences
from backupgui.library.importers.whatsapp_db import events
from backupgui.library.model import SELF_ACTOR, UNKNOWN_ACTOR

ACTORS = [SELF_ACTOR, UNKNOWN_ACTOR, "Ana García", "+491701111111", "Dr: Who added you",
          'Ben "the rope" Roe', "%1 %2"]
USERS = [[], ["Ben"], [SELF_ACTOR], ["Ben", "Carla", "Dora and Eve"]]


def _all_written() -> list[str]:
    out = []
    for action, actor, users, text, numbers, me, named in itertools.product(
            range(0, 130), ACTORS, USERS, ["", "Climbing club 🧗", 'say "hi"'],
            [None, ("+491", "+492")], [False, True], [False, True]):
        line = events.android_event(action, actor, users, text, numbers, me, named)
        if line is not None:
            out.append(line)
    for event, actor, text in itertools.product(range(0, 70), ACTORS, ["", "Club"]):
        line = events.iphone_event(event, actor, text)
        if line is not None:
            out.append(line)
    for event, actor, users, me in itertools.product((2, 7, 50), [None, *ACTORS], USERS,
                                                     [False, True]):
        out.append(events.iphone_members(event, actor, users, me))
    for event, partner, group in itertools.product(range(0, 70), [None, *ACTORS],
                                                   [False, True]):
        line = events.iphone_notice(event, partner, group)
        if line is not None:
            out.append(line)
    for actor, emoji, target in itertools.product(ACTORS, ["👍", "❤️", "👨‍👩‍👧"],
                                                  ["", "Hi all", 'a "quote" ' * 20]):
        out.append(events.reaction(actor, emoji, target))
    out += [events.missed_call(v, g) for v in (False, True) for g in (False, True)]
    out += [events.unanswered_call(v, g) for v in (False, True) for g in (False, True)]
    out += [events.answered_call(v, g, s) for v in (False, True) for g in (False, True)
            for s in (1, 59, 60, 63, 599, 3599, 3600, 3727, 86_399, sentences.MAX_CALL_SECONDS)]
    out += [events.DELETED, events.DELETED_BY_ME, events.E2E_NOTICE]
    return sorted(set(out))


@pytest.mark.parametrize("line", _all_written())
def test_every_written_sentence_is_read_back(line):
    parsed = sentences.parse(line)
    assert parsed is not None, line
    sid, args = parsed
    assert sentences.write(sid, args) == line


@pytest.mark.parametrize("text", ["Hi all", "Ana joined the group by link", "added",
                                  "x" * 5000, ""])
def test_other_texts_are_no_sentence(text):
    """(Only texts a phone backup's import stored are read so: an export's own line, such as
    "You were added to the group", is shown as it is; see the viewer's tests.)"""
    assert sentences.parse(text) is None


def test_a_name_that_looks_like_a_sentence_stays_a_name():
    """The actor comes first and the sentence is read as a whole: a name holding words of
    another sentence is still the name."""
    assert sentences.parse("Dr: Who added you created this group") == (
        "created", ("Dr: Who added you",))
    assert sentences.parse('Ana reacted 👍 to "Ben left"') == (
        "reacted_to", ("Ana", "👍", "Ben left"))


@pytest.mark.parametrize("names", [["Ben"], ["Ben", "Carla"], ["Ben", "Carla", "Dora"],
                                   ["Tom and Jerry", "Ann"], ["Ann", "Tom and Jerry"],
                                   ["Smith, John", "Ann", "Bob"], [SELF_ACTOR, "Ben"],
                                   ["Ben", "Carla and", "Dora"], ["%1", "%2 and %1"]])
def test_a_list_of_people_reads_back_into_its_names(names):
    """The UI joins a stored list with its own language's words: the names come back whole
    when the chat knows them, and the plain reading gives the writer's last " and "."""
    stored = events.people(names)
    assert sentences.split_people(stored, set(names)) == names
    plain = sentences.split_people(stored)
    assert ", ".join(plain[:-1]) + (" and " if len(plain) > 1 else "") + plain[-1] == stored


def test_a_long_hostile_list_is_bounded():
    text = "x, " * 1500 + "a" + " and b" * 200
    assert len(sentences.split_people(text, {"q"})) == 1  # over 1,024 names: one name


@pytest.mark.parametrize("seconds", [1, 9, 60, 63, 3599, 3600, 3727, 86_400,
                                     sentences.MAX_CALL_SECONDS])
def test_a_calls_length_reads_back(seconds):
    sid, (length,) = sentences.parse(events.answered_call(False, False, seconds))
    assert sid == "call_voice" and sentences.call_seconds(length) == seconds


@pytest.mark.parametrize("text", ["Voice call, 1:3", "Voice call, 01:03", "Voice call, 60:00",
                                  "Voice call, 0:60", "Voice call, 1:00:00:00",
                                  "Voice call, ١:٠٣", "Voice call, 1:03 ", "Voice call, Ana",
                                  "Voice call, 9999:00:00", "Voice call, "])
def test_a_call_length_out_of_its_grammar_is_no_call(text):
    parsed = sentences.parse(text)
    assert parsed is None or not parsed[0].startswith("call_"), parsed


def test_a_call_length_beyond_a_week_is_none():
    assert sentences.call_seconds("168:00:00") == sentences.MAX_CALL_SECONDS
    assert sentences.call_seconds("168:00:01") is None
    assert sentences.call_seconds("999:59:59") is None
