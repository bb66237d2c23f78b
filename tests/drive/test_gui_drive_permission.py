"""The sign-in dialog when the person unticks the Google Drive permission on Google's page
(granular consent): the dialog says what happened and what to tick, in the app's language,
and offers Try again; nothing is saved. The emulator's consent page stands in for Google's."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring  # noqa: E402
import pytest  # noqa: E402

from backupgui.destinations.gdrive_http import SCOPE  # noqa: E402
from tests.drive.test_auth import Browser  # noqa: E402
from tests.drive.test_gui_sign_in import _box, gui  # noqa: E402, F401 - fixture


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_dialog_says_the_drive_permission_was_not_ticked(qtbot, qapp, gui, emulator, lang, tmp_path):  # noqa: F811
    from backupgui.ui import language

    language.install_language(lang, qapp)
    try:
        emulator.unticked_scopes = {SCOPE}
        box = _box(qtbot)
        box.emulator_check.setChecked(True)
        box.emulator.setText(emulator.root_url)
        box.sign_in_button.click()
        dlg = box.dialog
        qtbot.waitUntil(lambda: dlg.url != "", timeout=30_000)
        Browser()(dlg.url)
        qtbot.waitUntil(lambda: dlg.error.isVisible(), timeout=60_000)
        text = dlg.error.text()
        if lang == "en":
            assert "did not allow backupgui to use Google Drive" in text and "tick" in text
        else:
            assert "Du hast backupgui nicht erlaubt" in text and "Häkchen" in text
        assert dlg.retry_button.isVisible()
        if os.environ.get("BACKUPGUI_SHOT_DIR"):  # to look at it: render offscreen to PNG
            dlg.grab().save(os.path.join(os.environ["BACKUPGUI_SHOT_DIR"], f"unticked-{lang}.png"))
        assert box.account == "" and keyring.get_password("backupgui", "user@example.com") is None
        # Ticked this time: Try again signs in.
        emulator.unticked_scopes = set()
        dlg.retry_button.click()
        qtbot.waitUntil(lambda: dlg.url != "", timeout=30_000)
        Browser()(dlg.url)
        qtbot.waitUntil(lambda: box.account == "user@example.com", timeout=60_000)
    finally:
        language.install_language("en", qapp)
