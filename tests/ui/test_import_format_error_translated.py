""""Not a WhatsApp chat export" says why in the UI's language: the reason used to be an
English fragment put into the translated sentence ("Zeile 1 contains binary data.")."""

from __future__ import annotations

import pytest

from backupgui.library.importers import ImportFormatError, import_export
from backupgui.library.store import Library
from backupgui.ui.language import install_language
from backupgui.ui.widgets.errors import describe

CASES = {"binary": (b"\x00\x01\x02\x03binary\x00\n", "contains binary data",
                    {"de": "enthält Binärdaten", "ru": "содержит двоичные данные"}),
         "not utf-8": (b"caf\xe9 ol\xe9\n", "is not UTF-8 text",
                       {"de": "ist kein UTF-8-Text", "ru": "не является текстом UTF-8"})}


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("code", ["de", "ru"])
def test_the_reason_is_translated_with_its_sentence(qapp, tmp_path, case, code) -> None:
    data, english, translated = CASES[case]
    export = tmp_path / "chat.txt"
    export.write_bytes(data)
    with Library(tmp_path / "lib") as lib, pytest.raises(ImportFormatError) as e:
        import_export(lib, export, "whatsapp")
    assert str(e.value) == f"chat.txt is not a WhatsApp chat export: line 1 {english}."
    install_language(code, qapp)
    message, _hint = describe(e.value)
    assert translated[code] in message and english not in message and "chat.txt" in message
