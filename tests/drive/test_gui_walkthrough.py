"""What the new user's walkthrough of 2026-12-06 saw in the Drive screens (docs/GUI.md,
"Walkthrough log"), walked through the real widgets against the Drive emulator."""

from __future__ import annotations

import json
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from backupgui.device.settings import GDRIVE, AppSettings  # noqa: E402
from tests.drive.test_auth import Browser  # noqa: E402
from tests.drive.test_gui_sign_in import _box, gui  # noqa: E402, F401 - the fixture


def test_the_restore_wizards_drive_box_speaks_of_restoring(qtbot, gui, tmp_path, monkeypatch):  # noqa: F811
    """A new computer, a build without Google's sign-in: Restore, Google Drive. The box said
    "To back up to Google Drive…"; here the person restores."""
    from tests.memory_keyring import MemoryKeyring
    from tests.ui.helpers import make_ctx, open_window

    w = open_window(qtbot, make_ctx(tmp_path / "new-library", MemoryKeyring()))
    wiz = w.open_restore()
    qtbot.waitUntil(wiz.isVisible)
    page = wiz.where_page
    page.drive_radio.click()
    box = page.drive
    qtbot.waitUntil(box.no_client.isVisible)
    assert "To restore from Google Drive" in box.no_client.text()
    assert "back up" not in box.no_client.text()
    wiz.reject()
    # Settings (where one backs up) keeps its own words.
    settings_box = _box(qtbot)
    assert "To back up to Google Drive" in settings_box.no_client.text()
    w.close()


def test_the_sign_in_dialog_names_the_emulator_when_signing_in_there(qtbot, gui, emulator,  # noqa: F811
                                                                   tmp_path):
    """Sign in with the Drive emulator: the dialog said "Your browser shows Google's sign-in
    page" (it shows the emulator's). With the person's own Google client it still says
    Google's."""
    box = _box(qtbot)
    box.emulator_check.setChecked(True)
    box.emulator.setText(emulator.root_url)
    box.sign_in_button.click()
    dlg = box.dialog
    assert "Drive emulator's sign-in page" in dlg.text.text()
    assert "Google's" not in dlg.text.text()
    qtbot.waitUntil(lambda: dlg.url != "", timeout=30_000)
    dlg.reject()
    qtbot.waitUntil(lambda: box.dialog is None)

    own = tmp_path / "client_secret_1.json"
    own.write_text(json.dumps(emulator.client_config(client_id="mine.apps.googleusercontent.com")))
    box.emulator_check.setChecked(False)
    box.set_client_file(str(own))
    box.sign_in_button.click()
    dlg = box.dialog
    assert "Google's sign-in page" in dlg.text.text()
    dlg.reject()


def test_the_account_shown_belongs_to_the_emulator_address_shown(qtbot, gui, emulator):  # noqa: F811
    """Sign in at the emulator, then change its address: Settings went on showing the old
    account (Save took it) until a backup failed with "sign in again". The account is
    forgotten whenever the address changes, however it changes (typed, or set by an
    accessibility tool, which Qt does not count as an edit)."""
    box = _box(qtbot, AppSettings(destination=GDRIVE))
    box.emulator_check.setChecked(True)
    box.emulator.setText(emulator.root_url)
    browser = Browser()
    box.sign_in_button.click()
    dlg = box.dialog
    qtbot.waitUntil(lambda: dlg.url != "", timeout=30_000)
    browser(dlg.url)
    qtbot.waitUntil(lambda: box.account == "user@example.com", timeout=60_000)
    assert box.account_label.text().replace("\u2068", "").replace("\u2069", "") == "Signed in as user@example.com"

    # Another address, set as an accessibility tool sets it.
    forgotten: list[int] = []
    box.changed.connect(lambda: forgotten.append(1))
    box.emulator.setText("http://127.0.0.1:9/")
    assert box.account == "" and box.account_label.text().replace("\u2068", "").replace("\u2069", "") == "Not signed in"
    assert box.spec().account == "" and forgotten == [1]

    # Opened again with a saved account: typing a new address forgets it too...
    box2 = _box(qtbot, AppSettings(destination=GDRIVE, gdrive_emulator_url=emulator.root_url,
                                   gdrive_account="user@example.com"))
    assert box2.account == "user@example.com"
    box2.emulator.setText(emulator.root_url)  # ... but the same address keeps it.
    assert box2.account == "user@example.com"
    box2.emulator.end(False)
    qtbot.keyClicks(box2.emulator, "x")
    assert box2.account == "" and box2.account_label.text() == "Not signed in"
