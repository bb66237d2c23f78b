"""The signed-in Drive box (Settings): which account, "Use another account…" that keeps the old
sign-in until the new one succeeded, and "Forget this account on this computer" that removes
the keyring entries without revoking at Google (the emulator sees no revoke request)."""

from __future__ import annotations

import os
import urllib.parse
import urllib.request

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring  # noqa: E402
import pytest  # noqa: E402

from backupgui.destinations import google_auth  # noqa: E402
from tests.drive.test_auth import Browser  # noqa: E402
from tests.drive.test_gui_sign_in import _box, gui  # noqa: E402, F401 - the fixture

EMAIL = "user@example.com"


def _sign_in(qtbot, box, emulator) -> None:
    box.sign_in_button.click()
    dlg = box.dialog
    qtbot.waitUntil(lambda: dlg.url != "", timeout=30_000)
    Browser()(dlg.url)
    qtbot.waitUntil(lambda: box.dialog is None, timeout=60_000)


def _plain(text: str) -> str:
    return text.replace("\u2068", "").replace("\u2069", "")  # without the isolation marks


def _saved(account: str) -> str | None:
    return keyring.get_keyring().get_password(google_auth.KEYRING_SERVICE, account)


@pytest.fixture
def signed_in(qtbot, gui, emulator):  # noqa: F811 - the imported fixture
    box = _box(qtbot)
    assert not box.forget_button.isVisible() and box.sign_in_button.text() == "&Sign in…"
    box.emulator_check.setChecked(True)
    box.emulator.setText(emulator.root_url)
    _sign_in(qtbot, box, emulator)
    assert box.account == EMAIL and _plain(box.account_label.text()) == f"Signed in as {EMAIL}"
    assert box.sign_in_button.text() == "&Use another account…" and box.forget_button.isVisible()
    assert _saved(EMAIL) and _saved(google_auth._LAST_ACCOUNT) == EMAIL
    return box


def test_forget_removes_the_keyring_entries_and_revokes_nothing(qtbot, signed_in, emulator):
    from backupgui.ui.settings.destinations import open_destination

    box = signed_in
    emulator.clear_log()
    spec = box.spec()
    box.forget_button.click()
    ask = box.forget_box
    assert ask is not None and ask.isVisible()
    said = _plain(ask.text()) + " " + ask.informativeText()
    assert EMAIL in said and "backups stay on Google Drive" in said
    assert "backups to Google Drive stop" in said and "Google then deletes" in said
    # Cancel keeps everything.
    ask.button(ask.StandardButton.Cancel).click()
    assert box.account == EMAIL and _saved(EMAIL)
    box.forget_button.click()
    ask = box.forget_box
    assert ask.defaultButton() is ask.button(ask.StandardButton.Cancel), "Cancel is the default"
    box.forget_yes.click()
    qtbot.waitUntil(lambda: box.account == "", timeout=30_000)
    assert _plain(box.account_label.text()) == "Not signed in" and box.sign_in_button.text() == "&Sign in…"
    assert not box.forget_button.isVisible()
    assert _saved(EMAIL) is None and _saved(google_auth._LAST_ACCOUNT) is None
    assert [r for r in emulator.requests if r["path"].startswith("/revoke")] == []
    assert emulator.grants() == 1, "the grant (and with it the hidden folder) stays at Google"
    # A scheduled backup with the account Settings had saved says "not signed in".
    with pytest.raises(Exception, match="not signed in to Google Drive"):
        open_destination(spec)


def test_another_account_that_is_cancelled_or_refused_keeps_the_old_sign_in(qtbot, signed_in):
    box = signed_in
    before = _saved(EMAIL)
    # Cancelled at once.
    box.sign_in_button.click()
    dlg = box.dialog
    qtbot.waitUntil(lambda: dlg.url != "", timeout=30_000)
    task = dlg.task
    dlg.cancel_button.click()
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    assert box.account == EMAIL and _saved(EMAIL) == before
    # Refused at Google ("Cancel" on its page): the loopback page gets error=access_denied.
    box.sign_in_button.click()
    dlg = box.dialog
    qtbot.waitUntil(lambda: dlg.url != "", timeout=30_000)
    q = urllib.parse.parse_qs(urllib.parse.urlsplit(dlg.url).query)
    urllib.request.urlopen(q["redirect_uri"][0] + "?" + urllib.parse.urlencode(
        {"state": q["state"][0], "error": "access_denied"}), timeout=10).read()
    qtbot.waitUntil(lambda: dlg.error.isVisible(), timeout=30_000)
    assert "did not allow" in dlg.error.text()
    dlg.cancel_button.click()
    assert box.account == EMAIL and _plain(box.account_label.text()) == f"Signed in as {EMAIL}"
    assert _saved(EMAIL) == before and _saved(google_auth._LAST_ACCOUNT) == EMAIL


def test_another_account_replaces_the_old_one_once_signed_in(qtbot, signed_in, emulator):
    box = signed_in
    emulator.clear_log()
    emulator.store.email = "other@example.com"  # the person picks another Google account
    _sign_in(qtbot, box, emulator)
    assert box.account == "other@example.com"
    assert _plain(box.account_label.text()) == "Signed in as other@example.com"
    assert _saved("other@example.com") and _saved(google_auth._LAST_ACCOUNT) == "other@example.com"
    assert _saved(EMAIL) is None, "the old account's tokens went once the new sign-in succeeded"
    assert [r for r in emulator.requests if r["path"].startswith("/revoke")] == []
