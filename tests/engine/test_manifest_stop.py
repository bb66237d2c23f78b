"""Stop while a picked backup's manifest is parsed (the restore wizard's "Reading the chats
in this backup…"): the parse of a large manifest took seconds and looked at Stop only once
it was done. It checks between bounded steps now (``decode_manifest``'s ``check``)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from backupgui.crypto.material import RawKey
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import snapshots as S
from backupgui.engine.repository import Repo, snapshot_name
from backupgui.errors import CancelledError
from backupgui.format.manifest import (
    ChatEntry,
    Manifest,
    TextBlobRef,
    Totals,
    created_fields,
    decode_manifest,
    encode_manifest,
)
from backupgui.jobs import CancelToken
from backupgui.library.model import Participant

KEY = RawKey(bytes(range(32)))
CHATS, MONTHS = 6_000, 12


def _manifest(set_id: str) -> Manifest:
    when = datetime(2026, 1, 1, tzinfo=UTC)
    created, ms = created_fields(when)
    chats = tuple(
        ChatEntry(f"chat-{i:06d}", f"Name {i}", "direct", "test", None,
                  (Participant("me", "Me", True), Participant(f"p{i}", f"P {i}")),
                  3 * MONTHS, 0, 0, None,
                  tuple(TextBlobRef(f"{i * 100 + m:064x}", f"2025-{m + 1:02d}", 3)
                        for m in range(MONTHS)))
        for i in range(CHATS))
    return Manifest(snapshot_name(when), set_id, created, ms, "laptop", "backupgui 0.1.0", True,
                    chats, (), (), Totals(CHATS, CHATS * MONTHS * 3, 0, 0, 0, 0), seq=1)


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    dest = FolderDestination(tmp_path_factory.mktemp("big"))
    repo = Repo.create(dest, KEY)
    m = _manifest(repo.set_id)
    repo.write_manifest(m)
    return dest, repo.set_id, m.snapshot_id


class _AfterRead(CancelToken):
    """Counts the checks made once the manifest was read; cancels at the ``at``-th."""

    def __init__(self, at: int | None = None) -> None:
        super().__init__()
        self.read_done = False
        self.after = 0
        self.at = at

    def checkpoint(self) -> None:
        if self.read_done:
            self.after += 1
            if self.after == self.at:
                self.cancel()
        super().checkpoint()


def test_stop_acts_while_the_manifest_is_parsed(big):
    """Stop pressed once every byte was read (the parse running): it stops there, with no
    chat list. Before, only the two checks after the parse existed: the third never came."""
    dest, set_id, sid = big
    size = next(o.size for o in Repo.open(dest, KEY, set_id).list_rel("snapshots/")
                if o.name.endswith(sid))
    token = _AfterRead(at=3)

    def progress(p):
        if p.done_bytes == size:
            token.read_done = True

    with pytest.raises(CancelledError):
        S.backup_chats(dest, KEY, set_id, sid, progress, token)
    assert token.after == 3


def test_the_parse_checks_between_bounded_steps(big):
    """The checks are spread over the parse: at least one per 1,024 chats (each a few
    milliseconds of work), not one at its end."""
    dest, set_id, sid = big
    token = _AfterRead()
    token.read_done = True  # count every check
    d = S.backup_chats(dest, KEY, set_id, sid, lambda _p: None, token)
    assert d.chats == CHATS
    assert token.after >= 3 * (CHATS // 1024)


def test_decode_stops_with_what_check_raises_not_as_damage():
    """What ``check`` raises comes out as itself (a cancel is not a damaged backup)."""
    m = _manifest("0" * 32)
    data = encode_manifest(m)
    calls = []

    def check():
        calls.append(1)
        if len(calls) == 5:
            raise CancelledError("The job was cancelled.")

    with pytest.raises(CancelledError):
        decode_manifest(data, check)
    assert decode_manifest(data) == m  # without a check: as before
