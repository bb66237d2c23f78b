"""JSON this app reads from local files and the keyring that another program may have written
(a downloaded OAuth client file, the Drive upload journal, the trusted-vault list, the saved
sign-in, the schedule settings, the run history): nested deeper than Python parses, it is refused like any other malformed file,
never a RecursionError out of the reader (the GUI's "unexpected error")."""

from __future__ import annotations

import pytest

from backupgui.destinations import google_auth
from backupgui.destinations.gdrive_journal import Journal
from backupgui.vault.trust import TrustedVaults
from tests.memory_keyring import memory_keyring

DEEP = "[" * 30_000 + "]" * 30_000  # (a client file is read up to 64 KiB)


def test_a_client_file_nested_too_deeply_is_a_sign_in_error(tmp_path) -> None:
    path = tmp_path / "client.json"
    path.write_text('{"installed": ' + DEEP + "}")
    with pytest.raises(google_auth.SignInError, match="cannot be read: it is nested too deeply"):
        google_auth.load_client_config(path)


def test_a_journal_entry_nested_too_deeply_is_no_job(tmp_path) -> None:
    journal = Journal(tmp_path / "journal")
    journal.entry_path("abc").parent.mkdir(parents=True, exist_ok=True)
    journal.entry_path("abc").write_text(DEEP)
    assert journal.load("abc") is None


def test_a_trusted_vault_list_nested_too_deeply_trusts_none(tmp_path) -> None:
    path = tmp_path / "trusted.json"
    path.write_text('{"vaults": ' + DEEP + "}")
    assert TrustedVaults(path).entries() == []


def test_a_saved_sign_in_nested_too_deeply_is_ignored() -> None:
    with memory_keyring() as ring:
        ring.set_password(google_auth.KEYRING_SERVICE, "a@example.com", DEEP)
        ring.set_password(google_auth.KEYRING_SERVICE, google_auth._LAST_ACCOUNT, "a@example.com")
        assert google_auth.load_saved_credentials() is None


def test_a_schedule_file_nested_too_deeply_is_the_default_schedule(tmp_path) -> None:
    """Read at app start (``ui.automation.autobackup.install``): was a RecursionError out of
    the start-up, so the window never opened."""
    from backupgui.automation.schedule import ScheduleConfig, load_config

    path = tmp_path / "schedule.json"
    path.write_text('{"frequency": "daily", "extra": ' + DEEP + "}")
    assert load_config(path) == ScheduleConfig()


def test_a_run_history_line_nested_too_deeply_is_skipped(tmp_path) -> None:
    """Was a RecursionError out of ``History.load``: the scheduler then took the history as
    empty (no last success: a catch-up run) and the history view showed none of it."""
    from backupgui.automation.history import History

    path = tmp_path / "history.jsonl"
    good = '{"time": "2026-12-01T02:00:00+00:00", "result": "ok"}'
    path.write_text(good + "\n" + DEEP + "\n" + good.replace("12-01", "12-02") + "\n")
    assert [e.time.day for e in History(path).load()] == [1, 2]
