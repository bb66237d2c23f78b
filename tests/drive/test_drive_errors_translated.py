"""Google Drive's errors as a person meets them (docs/GUI.md, walkthrough s12, "Seen, not
changed"): translated whole, with no English step ("while uploading …"), no internal object
name (sets/<id>/data/<pack>) and no API words (HTTP 403, appNotAuthorizedToFile); the step and
Google's answer go to the log, scrubbed of secrets. As the backup folder's errors since s12."""

from __future__ import annotations

import errno
import logging
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from backupgui.destinations import gdrive, google_auth  # noqa: E402
from backupgui.destinations.gdrive_http import UnusableAnswer  # noqa: E402
from backupgui.destinations.gdrive_retry import Attempts, DriveHttpError, RetryPolicy  # noqa: E402
from backupgui.i18n import CODES  # noqa: E402
from backupgui.services.drive_emulator import Fault  # noqa: E402
from tests.drive.test_gui_drive import PASSWORD, gui  # noqa: E402, F401 - the fixture

PACK = "sets/4f3d70d4/data/9a/9a6c0b1e77f2d3aa"
TOKEN_IN_ANSWER = "Bearer ya29.a0AfH6SMBsecretsecretsecret"
#: What a person must not read in any language: the step, the object, Google's words.
LEAKS = ("while", "uploading", "sets/", "4f3d70d4", "HTTP", "403", "appNotAuthorized", "ya29",
         "Bearer", "badRequest", "UnusableAnswer", "ConnectionRefused", "domainPolicy")


def _errors(dest) -> list[BaseException]:
    """Every error the Drive destination maps a failure to, each made by the code that a real
    failure runs through."""
    made: list[BaseException] = []
    for exc in (UnusableAnswer("a malformed upload answer"),
                DriveHttpError(401, "authError", "Invalid Credentials"),
                ConnectionRefusedError(errno.ECONNREFUSED, "Connection refused"),
                DriveHttpError(404, "notFound", f"File not found: {PACK}"),
                DriveHttpError(403, "appNotAuthorizedToFile", TOKEN_IN_ANSWER),
                DriveHttpError(403, "domainPolicy",
                               "The domain administrators have disabled Drive apps."),
                DriveHttpError(400, "badRequest", "Invalid Value")):
        made.append(dest._map_error(exc, f"uploading {PACK}"))
    for failure in (DriveHttpError(503, "backendError", "Service Unavailable"),
                    TimeoutError("timed out")):
        tries = Attempts(RetryPolicy(max_attempts=1, sleep=lambda s: None), f"uploading {PACK}")
        with pytest.raises(Exception) as ei:
            tries.failed(failure)
        made.append(ei.value)
    for code in (errno.ENOSPC, errno.EIO):
        made.append(gdrive._spool_error(OSError(code, os.strerror(code)), f"spooling {PACK}"))
    return made


def test_every_drive_error_is_said_in_the_users_language_without_internal_names(
        make_dest, qapp, caplog):
    from backupgui.ui import language

    dest = make_dest()
    with caplog.at_level(logging.INFO):
        errors = _errors(dest)
    # The details are in the log (for a bug report), scrubbed of the token in Google's answer.
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert f"uploading {PACK}" in logged and "appNotAuthorizedToFile" in logged, logged
    assert "ya29.a0AfH6SMB" not in caplog.text

    for exc in errors:
        for leak in LEAKS:
            assert leak not in str(exc) and leak not in exc.hint, (leak, str(exc), exc.hint)
        for lang in CODES[1:]:
            language.install_language(lang, qapp)
            try:
                said = language.translate_message(str(exc))
                assert said != str(exc), (lang, said)
                if exc.hint:
                    assert language.translate_message(exc.hint) != exc.hint, (lang, exc.hint)
            finally:
                language.install_language("en", qapp)


def test_the_sign_in_errors_name_no_oauth_words(monkeypatch):
    """"Google refused the sign-in (invalid_scope)." / "The Google sign-in failed
    (MismatchingStateError)." showed OAuth's and Python's words to the person."""
    class Flow:
        def fetch_token(self, **kw):
            raise RuntimeError("MismatchingStateError")

    monkeypatch.setattr(google_auth, "_wait_for_browser",
                        lambda *a, **k: Flow().fetch_token())
    monkeypatch.setattr(google_auth, "resolve_client_config",
                        lambda _c: {"installed": {"client_id": "x", "client_secret": "y",
                                                  "auth_uri": "http://127.0.0.1/a",
                                                  "token_uri": "http://127.0.0.1/t"}})
    with pytest.raises(google_auth.SignInError) as ei:
        google_auth.sign_in(remember=False)
    assert "RuntimeError" not in str(ei.value) and "(" not in str(ei.value), str(ei.value)


def test_a_drive_refusal_during_a_backup_is_said_in_german_without_internal_names(
        qtbot, emulator, tmp_path, gui, qapp):  # noqa: F811
    """Back up to Drive while Drive refuses every upload (403 appNotAuthorizedToFile), in
    German: the card and the dialog said "Google Drive refused uploading sets/…/data/…: HTTP 403
    appNotAuthorizedToFile The user has not granted …" inside the German sentence."""
    from backupgui.library.demo import create_demo_library
    from backupgui.ui import language
    from backupgui.ui.widgets import errors
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
    create_demo_library(tmp_path / "lib", chats=2, seed=52, media_mb=0.1)
    language.install_language("de", qapp)
    try:
        ctx = make_ctx(tmp_path / "lib", ring)
        w = open_window(qtbot, ctx)
        sign_in_to_emulator(qtbot, w, emulator.root_url)

        emulator.add_faults(Fault("403-forbidden", match="upload", count=1000))
        done = watch_backups(w)
        click(qtbot, w.panel.backup_button)
        set_password_in_dialog(qtbot, wait_dialog(qtbot, w.controller), PASSWORD)
        assert wait_for(qtbot, done)[0] == "failed"
        qtbot.waitUntil(lambda: errors.last_box is not None and errors.last_box.isVisible())
        shown = "\n".join((errors.last_box.text(), errors.last_box.informativeText(),
                           w.panel.result.text()))
        assert "Google Drive hat die Anfrage abgelehnt" in shown, shown
        for leak in LEAKS:
            assert leak not in shown, (leak, shown)
        errors.last_box.close()
        w.close()
    finally:
        language.install_language("en", qapp)
