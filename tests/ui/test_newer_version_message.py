"""A backup made by a newer backupgui is shown as such (update the app) in the UI's language,
not as damage (the core's NewerFormatError, through the error dialog's translation)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from backupgui.errors import NewerFormatError
from backupgui.ui.language import install_language
from backupgui.ui.widgets.errors import describe

MESSAGE = ("This backup was made by a newer version of backupgui (its messages are in format "
           "version 3), which this version cannot read.")


@pytest.mark.parametrize("code, words", [("de", "neueren Version"), ("ar", "إصدار أحدث"),
                                         ("ru", "более новой версией"), ("hi", "नए वर्शन")])
def test_the_newer_version_message_is_translated(qapp, code, words) -> None:
    install_language(code, qapp)
    message, hint = describe(NewerFormatError(MESSAGE))
    assert words in message and QLocale().toString(3) in message and "backupgui" in message
    assert hint and hint != NewerFormatError.hint and "backupgui" in hint
