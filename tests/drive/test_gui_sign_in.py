"""The sign-in dialog and the Drive box as a person meets them (issue 21): the link with Copy
link, Cancel that really stops, a time limit, a build without a client, the person's own client
file, and the emulator at its default address. The emulator's OAuth stands in for Google."""

from __future__ import annotations

import json
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QFileDialog  # noqa: E402

from backupgui.destinations import google_auth  # noqa: E402
from backupgui.device.settings import GDRIVE, AppSettings  # noqa: E402
from tests.drive.test_auth import Browser  # noqa: E402
from tests.memory_keyring import memory_keyring  # noqa: E402


@pytest.fixture
def gui(tmp_path, monkeypatch):
    monkeypatch.setenv("BACKUPGUI_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    for var in (google_auth.ENV_CLIENT_ID, google_auth.ENV_CLIENT_SECRET, google_auth.ENV_CLIENT_FILE):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(google_auth, "_embedded_client_text", lambda: None)  # a build without one
    opened: list[str] = []
    monkeypatch.setattr("backupgui.ui.settings.sign_in.open_url", lambda url: (opened.append(url), True)[1])
    with memory_keyring():
        yield opened
    from backupgui.ui.tasks import cancel_all, wait_all

    cancel_all()
    wait_all(20)


def _box(qtbot, settings: AppSettings | None = None):
    from backupgui.ui.settings.sign_in import DriveAccountBox

    box = DriveAccountBox(settings or AppSettings(destination=GDRIVE))
    qtbot.addWidget(box)
    box.show()
    return box


def test_without_a_built_in_client_the_box_says_so_and_offers_the_way_out(qtbot, gui, emulator,
                                                                         tmp_path, monkeypatch):
    box = _box(qtbot)
    assert box.no_client.isVisible() and "no Google sign-in built in" in box.no_client.text()
    assert not box.sign_in_button.isEnabled()
    # A wrong file is refused with a reason...
    web = tmp_path / "web.json"
    web.write_text(json.dumps({"web": {"client_id": "x"}}))
    from backupgui.ui.widgets import errors

    errors.last_box = None  # not one an earlier test left
    box.use_client_file(str(web))
    qtbot.waitUntil(lambda: errors.last_box is not None and errors.last_box.isVisible(), timeout=30_000)
    assert "not for a Desktop app" in errors.last_box.text()
    errors.last_box.close()
    assert box.client_file == ""
    # ... the right one is taken, through the file dialog.
    own = tmp_path / "client_secret_123.json"
    own.write_text(json.dumps(emulator.client_config(client_id="mine.apps.googleusercontent.com")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(own), ""))
    box.choose_client_file()
    qtbot.waitUntil(lambda: box.client_file == str(own), timeout=30_000)
    assert not box.no_client.isVisible() and box.sign_in_button.isEnabled()
    assert "client_secret_123.json" in box.client_label.text()


def test_sign_in_dialog_shows_the_link_copies_it_and_signs_in(qtbot, gui, emulator):
    opened = gui
    box = _box(qtbot)
    box.emulator_check.setChecked(True)
    box.emulator.setText(emulator.root_url)
    browser = Browser()
    box.sign_in_button.click()
    dlg = box.dialog
    qtbot.waitUntil(lambda: dlg.url != "", timeout=30_000)
    assert opened == [dlg.url], "the browser was asked to open the link"
    assert dlg.link.text() == dlg.url and dlg.url.startswith(emulator.root_url + "o/oauth2/auth?")
    assert "left" in dlg.status.text()
    dlg.copy_button.click()
    assert QGuiApplication.clipboard().text() == dlg.url
    browser(dlg.url)  # the person pastes it into a browser and signs in
    qtbot.waitUntil(lambda: box.account == "user@example.com", timeout=60_000)
    assert box.dialog is None and box.account_label.text().replace("\u2068", "").replace("\u2069", "") == "Signed in as user@example.com"  # closed


def test_cancel_stops_the_wait(qtbot, gui, emulator):
    import urllib.parse
    import urllib.request

    box = _box(qtbot)
    box.emulator_check.setChecked(True)
    box.emulator.setText(emulator.root_url)
    box.sign_in()
    dlg = box.dialog
    qtbot.waitUntil(lambda: dlg.url != "", timeout=30_000)
    redirect = urllib.parse.parse_qs(urllib.parse.urlsplit(dlg.url).query)["redirect_uri"][0]
    task = dlg.task
    dlg.cancel_button.click()
    assert not dlg.isVisible()
    qtbot.waitUntil(lambda: task.done, timeout=10_000)  # within moments, not after 5 minutes
    with pytest.raises(OSError):
        urllib.request.urlopen(redirect, timeout=2)
    assert box.account == ""


def test_the_wait_times_out_with_try_again(qtbot, gui, emulator):
    from backupgui.ui.settings.sign_in import SignInDialog

    box = _box(qtbot)
    box.emulator_check.setChecked(True)
    box.emulator.setText(emulator.root_url)
    dlg = SignInDialog(box.spec(), box, timeout_s=1)
    qtbot.addWidget(dlg)
    dlg.open()
    qtbot.waitUntil(lambda: dlg.error.isVisible(), timeout=30_000)
    assert "did not finish within" in dlg.error.text()
    assert dlg.retry_button.isVisible() and dlg.cancel_button.text() == "Close"
    dlg.timeout_s = 30
    browser = Browser()
    dlg.retry_button.click()
    qtbot.waitUntil(lambda: dlg.url != "", timeout=30_000)
    browser(dlg.url)
    qtbot.waitUntil(lambda: dlg.signed_in is not None, timeout=60_000)


def test_the_emulator_default_address_is_where_sign_in_goes(qtbot, gui):
    from backupgui.ui.settings.destinations import DEFAULT_EMULATOR_URL

    box = _box(qtbot)
    box.emulator_check.setChecked(True)
    assert box.emulator.text() == DEFAULT_EMULATOR_URL == "http://127.0.0.1:8765/"
    box.sign_in()
    dlg = box.dialog
    qtbot.waitUntil(lambda: dlg.url != "", timeout=30_000)
    assert dlg.url.startswith("http://127.0.0.1:8765/o/oauth2/auth?")
    dlg.reject()


@pytest.mark.parametrize("error, said, hint, shot", [
    ("admin_policy_enforced", "administrator of this Google Workspace account",
     "Ask your Google Workspace administrator to allow backupgui", "sign-in-admin-block.png"),
    ("access_not_configured",
     "administrator of this Google Workspace for Education account (a school account) has not "
     "set up access for backupgui", "Ask your Google Workspace administrator to set up access",
     "sign-in-admin-not-set-up.png"),
])
def test_a_workspace_admins_block_is_said_in_the_dialog(qtbot, gui, emulator, error, said, hint,
                                                        shot):
    """A Google Workspace account whose administrator does not allow the app
    (``admin_policy_enforced``), or a Workspace for Education account whose administrator has
    not set it up (``access_not_configured``): Google's consent page sends the browser back
    with the error; the dialog says who decides and what else to do, offers Try again, and
    signs nobody in."""
    emulator.consent_error = error
    box = _box(qtbot)
    box.emulator_check.setChecked(True)
    box.emulator.setText(emulator.root_url)
    browser = Browser()
    box.sign_in_button.click()
    dlg = box.dialog
    qtbot.waitUntil(lambda: dlg.url != "", timeout=30_000)
    browser(dlg.url)
    qtbot.waitUntil(lambda: dlg.error.isVisible(), timeout=30_000)
    text = dlg.error.text()
    assert said in text, text
    assert hint in text, text
    assert "another Google account" in text, text
    assert "refused" not in text and error not in text, text
    assert dlg.retry_button.isVisible() and dlg.cancel_button.text() == "Close"
    assert box.account == "" and not browser.errors
    if os.environ.get("BACKUPGUI_SHOTS"):
        dlg.grab().save(os.path.join(os.environ["BACKUPGUI_SHOTS"], shot))
