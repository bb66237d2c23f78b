"""The viewer's versions mark and ``backupgui-cli export``'s line say the same facts in every
case: both take their words from ``library.model`` (the viewer translated as the core's
messages, the CLI in English), so they cannot drift apart. The real model and the CLI's own
functions, for every case: edited / other sender / differs, each kind of origin (and none),
the other copy in this chat or another, one or more other versions (the count of the others
is the viewer's plural string, Qt's plural forms; the CLI writes English's)."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from backupgui import cli
from backupgui.library.model import Message, Origin, OtherVersion, Versions
from backupgui.ui.chats.viewer import MessageModel
from backupgui.ui.language import install_language
from backupgui.ui.widgets.formatting import format_datetime

AT = (1733217300000, 1733303700000)  # two different times: each copy's own
KINDS = ("whatsapp", "telegram", "phone", "restore", "")


def _versions(kind: str, other_kind: str, relation: str, other_sender: str, other_chat: str,
              more: int) -> Versions:
    def origin(k: str, at: int) -> Origin:
        return Origin(k, at if k else None)

    others = tuple(OtherVersion(f"m1~{i:016x}", other_chat, other_sender, "other text",
                                origin(other_kind, AT[1]), relation) for i in range(1 + more))
    return Versions(origin(kind, AT[0]), others)


CASES = list(itertools.product(KINDS, KINDS, ("edited", "differs"), ("ana", "sam"),
                               ("c1", "c2"), (0, 1, 2)))


def _dated(text: str, dates: list[str]) -> str:
    for d in dates:
        text = text.replace(d, "DATE")
    return text


def test_the_viewer_and_export_say_the_same_facts_in_every_case(qapp):
    install_language("en", qapp)
    model = MessageModel(Path("/nonexistent"), "c1")
    seen = set()
    for kind, other_kind, relation, other_sender, other_chat, more in CASES:
        m = Message("m1", "c1", AT[0], "ana", "text", "the text")
        v = _versions(kind, other_kind, relation, other_sender, other_chat, more)
        model.versions = {m.id: v}
        shown = model.versions_mark(m)
        doc = {"sender": m.sender, **cli._versions_fields(v)}
        said = cli._versions_note(doc, m.chat_id)
        ids = ", ".join(o.id for o in v.others)
        assert said.startswith("[") and said.endswith(f" Other version id(s): {ids}]"), said
        words = said[1:-len(f" Other version id(s): {ids}]")]
        # the same sentence, each date as each writes one (the CLI: ISO 8601 in UTC)
        assert _dated(words, [cli._ts(t) for t in AT]) == \
            _dated(shown, [format_datetime(t) for t in AT]), (kind, other_kind, relation)
        seen.add(_dated(shown, [format_datetime(t) for t in AT]).split(" This one:")[0])
        # each fact in words: the case, both origins, another chat, more versions
        assert ("in another chat" in shown) == (other_chat != m.chat_id)
        assert ("1 more version." in shown) == (more == 1)
        assert ("2 more versions." in shown) == (more == 2)
        assert ("from different senders" in shown) == (relation != "edited"
                                                       and other_sender != m.sender)
        assert shown.startswith("Edited") == (relation == "edited")
        for k, part in ((kind, shown.split("The other:")[0]), (other_kind,
                                                                 shown.split("The other:")[1])):
            assert {"whatsapp": "from the export imported on", "telegram": "from the export "
                    "imported on", "phone": "from the phone backup imported on",
                    "restore": "from a backup restored on", "": "already in the library before "
                    "it recorded where messages came from"}[k] in part, (k, part)
    assert seen == {"Edited: two versions of this message.",
                    "Two versions of this message, from different senders.",
                    "Two versions of this message."}


@pytest.mark.parametrize("lang", ["de", "ar"])
def test_the_viewer_says_the_core_words_in_the_ui_language(qapp, lang):
    """The words are the core's messages: translated in the viewer (as before, when they were
    the viewer's own), never left in English; the CLI stays English."""
    install_language(lang, qapp)
    try:
        model = MessageModel(Path("/nonexistent"), "c1")
        m = Message("m1", "c1", AT[0], "ana", "text", "the text")
        for kind, relation, sender, chat in (("restore", "differs", "sam", "c2"),
                                             ("phone", "edited", "ana", "c1"),
                                             ("", "differs", "ana", "c1")):
            v = _versions(kind, "telegram", relation, sender, chat, 2)
            model.versions = {m.id: v}
            shown = model.versions_mark(m)
            assert shown and "This one" not in shown and "imported on" not in shown, shown
            assert "another chat" not in shown and "version(s)" not in shown, shown
            said = cli._versions_note({"sender": m.sender, **cli._versions_fields(v)}, "c1")
            assert "This one: " in said and "The other: from the export imported on" in said
    finally:
        install_language("en", qapp)
