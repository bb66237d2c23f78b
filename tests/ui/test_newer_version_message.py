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


@pytest.mark.parametrize("what, words", [
    ("index 0123456789abcdef0123456789abcdef", {"de": "sein Index", "ru": "индекс", "es": "índice"}),
    ("snapshot 20261206T030627.617Z-935b5345", {"de": "sein Snapshot", "ru": "снимок",
                                               "es": "instantánea"}),
])
@pytest.mark.parametrize("code", ["de", "ru", "es"])
def test_a_newer_index_or_snapshot_is_named_in_the_language(qapp, code, what, words) -> None:
    install_language(code, qapp)
    message, hint = describe(NewerFormatError(
        f"This backup was made by a newer version of backupgui (its {what} is in format "
        "version 3), which this version cannot read."))
    assert words[code] in message and what.split()[1] in message and "backupgui" in message
    assert hint and hint != NewerFormatError.hint


@pytest.mark.parametrize("code, words", [("de", "neueren Version"), ("tr", "daha yeni")])
def test_verify_names_a_leftover_newer_pack_in_the_language(qapp, code, words) -> None:
    from backupgui.ui.language import translate_message

    install_language(code, qapp)
    pack = "ab" * 16
    text = translate_message(f"pack {pack} is in no index and was made by a newer version of "
                             "backupgui (format version 3): update backupgui before the next backup")
    assert words in text and pack in text
