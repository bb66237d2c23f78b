"""Merge a phone backup's chat into a chat imported from WhatsApp's "Export chat" text.

The two name the same messages differently (an export has no message keys), so a backup
message that the export already has is recognised by its **minute, sender and text**: the
export shows times to the minute (iPhone: the second), and both come from the same phone.
The export's message is kept (with the backup's file added if the export had none), the
backup's copy is left out, and replies to it point at the export's message.

Senders are matched by name first (an export names people as the phone's address book
does, which is where wa.db's names come from too); a sender whose name differs (no contact
file given, a renamed contact, "You") is learned from the first message they share with
the export that only one export sender could have written.
"""

from __future__ import annotations

from collections.abc import Iterable

_MINUTE = 60_000


def norm(text: str) -> str:
    """Text as compared: whitespace runs as one space, no direction marks."""
    return " ".join(text.replace("\u200e", "").replace("\u200f", "").split())


class TextChatIndex:
    """The export messages of one chat, keyed by (minute, text)."""

    def __init__(self, rows: Iterable[tuple], participants: dict[str, str],
                 me: str | None, with_media: set[str]) -> None:
        # rows: (id, ts_ms, sender, kind, text, reply_to) of the export's messages.
        self._by_key: dict[tuple[int, str, bool], list[tuple[str, str | None]]] = {}
        self.count = 0
        for mid, ts, sender, kind, text, _reply in rows:
            system = kind == "system"
            key = (ts // _MINUTE, "" if system else norm(text), system)
            self._by_key.setdefault(key, []).append((mid, sender))
            self.count += 1
        self.participants = participants  # person id -> name
        self.by_name = {name: pid for pid, name in participants.items()}
        self.me = me
        self.with_media = with_media  # export messages that have a file
        self.senders: dict[str, str] = {}  # backup person -> export person
        self._claimed: set[str] = set()

    def learn_names(self, backup_people: dict[str, str]) -> None:
        """Map backup persons to export persons of the same name."""
        for pid, name in backup_people.items():
            other = self.by_name.get(name)
            if other is not None and other not in self._claimed and pid not in self.senders:
                self.senders[pid] = other
                self._claimed.add(other)

    def match(self, ts: int, sender: str | None, kind: str, text: str) -> str | None:
        """The export message this backup message is, or None; each is matched once."""
        system = kind == "system"
        key = (ts // _MINUTE, "" if system else norm(text), system)
        cands = self._by_key.get(key)
        if not cands:
            return None
        if system:
            return self._take(key, 0)
        assert sender is not None
        mapped = self.senders.get(sender)
        if mapped is not None:
            for i, (_mid, s) in enumerate(cands):
                if s == mapped:
                    return self._take(key, i)
            return None
        # An unmapped sender: learn them from a message only one unclaimed sender could have.
        free = [i for i, (_mid, s) in enumerate(cands) if s is not None and s not in self._claimed]
        if len({cands[i][1] for i in free}) == 1:
            other = cands[free[0]][1]
            assert other is not None
            self.senders[sender] = other
            self._claimed.add(other)
            return self._take(key, free[0])
        return None

    def _take(self, key: tuple[int, str, bool], i: int) -> str:
        cands = self._by_key[key]
        mid = cands.pop(i)[0]
        if not cands:
            del self._by_key[key]
        return mid
