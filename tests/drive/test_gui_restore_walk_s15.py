"""The restore wizard and the Drive account on a borrowed or shared computer (s15): the
wizard offered "Use another account…" but not "Forget this account on this computer", and a
restore that did not keep backing up to Drive left the sign-in in this computer's keyring
without a word. Against the emulator; each test failed before."""

from __future__ import annotations

import keyring
import pytest

from backupgui.destinations import google_auth
from backupgui.library.demo import create_demo_library
from tests.drive.test_gui_drive import PASSWORD, gui  # noqa: F401 - the fixture
from tests.memory_keyring import MemoryKeyring

EMAIL = "user@example.com"


def _saved(account: str) -> str | None:
    return keyring.get_keyring().get_password(google_auth.KEYRING_SERVICE, account)


def _plain(text: str) -> str:
    return text.replace("\u2068", "").replace("\u2069", "")


@pytest.fixture
def drive_backup(qtbot, emulator, tmp_path, gui):  # noqa: F811 - the imported fixture
    """A password backup on the emulator, made from Settings as a person does."""
    from tests.ui.helpers import (
        click,
        make_ctx,
        open_window,
        set_password_in_dialog,
        sign_in_to_emulator,
        wait_dialog,
        wait_for,
        watch_backups,
    )

    ring, _browser = gui
    create_demo_library(tmp_path / "lib", chats=2, seed=52, media_mb=0.2)
    ctx = make_ctx(tmp_path / "lib", ring)
    w = open_window(qtbot, ctx)
    sign_in_to_emulator(qtbot, w, emulator.root_url)
    done = watch_backups(w)
    click(qtbot, w.panel.backup_button)
    set_password_in_dialog(qtbot, wait_dialog(qtbot, w.controller), PASSWORD)
    assert wait_for(qtbot, done)[0] == "ok"
    w.close()
    return emulator


def _borrowed_computer(qtbot, tmp_path, monkeypatch, emulator):
    """A fresh config and keyring; the wizard signed in to the emulator on its first page."""
    from tests.ui.helpers import click, make_ctx, open_window

    monkeypatch.setenv("BACKUPGUI_CONFIG_DIR", str(tmp_path / "borrowed"))
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    w = open_window(qtbot, make_ctx(tmp_path / "borrowed-library", ring))
    wiz = w.open_restore()
    qtbot.waitUntil(wiz.isVisible)
    where = wiz.where_page
    where.drive_radio.setChecked(True)
    where.drive.emulator_check.setChecked(True)
    where.drive.emulator.setText(emulator.root_url)
    click(qtbot, where.sign_in)
    qtbot.waitUntil(lambda: where.drive.account == EMAIL, timeout=30_000)
    return w, wiz


def test_the_wizard_can_forget_the_account_it_signed_in(
        qtbot, drive_backup, tmp_path, monkeypatch):
    """Signed in on the first page: *Forget this account on this computer* is there, asks the
    same question as Settings, and removes the sign-in; Find backups waits for a sign-in."""
    w, wiz = _borrowed_computer(qtbot, tmp_path, monkeypatch, drive_backup)
    box = wiz.where_page.drive
    assert _saved(EMAIL)
    assert box.forget_button.isVisible(), "the wizard offered no way to forget the account"
    box.forget_button.click()
    ask = box.forget_box
    assert ask is not None and ask.isVisible() and EMAIL in _plain(ask.text())
    box.forget_yes.click()
    qtbot.waitUntil(lambda: box.account == "", timeout=30_000)
    assert _saved(EMAIL) is None and not box.forget_button.isVisible()
    assert not wiz.button(wiz.WizardButton.NextButton).isEnabled()
    assert [r for r in drive_backup.requests if r["path"].startswith("/revoke")] == []


def test_a_restore_that_does_not_keep_drive_offers_to_forget_the_sign_in(
        qtbot, drive_backup, tmp_path, monkeypatch):
    """The summary said nothing about the sign-in: a person who unticked *Keep backing up*
    (not their computer) left with their Google sign-in in its keyring. It says so and offers
    the same Forget; after it, keeping on backing up to Drive is no longer offered."""
    from tests.ui.helpers import click

    w, wiz = _borrowed_computer(qtbot, tmp_path, monkeypatch, drive_backup)
    nxt = wiz.button(wiz.WizardButton.NextButton)
    click(qtbot, nxt)
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_KEY, timeout=30_000)
    qtbot.keyClicks(wiz.key_page.password, PASSWORD)
    click(qtbot, nxt)
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_BACKUPS, timeout=30_000)
    click(qtbot, nxt)
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_CHATS, timeout=30_000)
    click(qtbot, nxt)
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_SUMMARY, timeout=60_000)
    page = wiz.summary_page
    assert page.keep.isChecked() and not page.forget.isVisible()  # keeping: the sign-in is needed
    page.keep.setChecked(False)
    assert page.forget.isVisible() and page.account.isVisible()
    assert f"still signed in to Google Drive as {EMAIL}" in _plain(page.account.text())
    click(qtbot, page.forget)
    box = wiz.where_page.drive
    qtbot.waitUntil(lambda: box.forget_box is not None and box.forget_box.isVisible())
    box.forget_yes.click()
    qtbot.waitUntil(lambda: _saved(EMAIL) is None, timeout=30_000)
    qtbot.waitUntil(lambda: not page.forget.isVisible())
    assert _plain(page.account.text()) == f"Google Drive: {EMAIL} was forgotten on this computer."
    assert not page.keep.isEnabled() and not page.keep.isChecked()
    click(qtbot, wiz.button(wiz.WizardButton.FinishButton))
    assert w.ctx.settings.destination != "gdrive" and not w.ctx.settings.gdrive_account
