"""Sizes in every shipped language (docs/GUI.md, s18): one unit vocabulary per language, the
language's digits, and the core's sizes inside its messages said the same way.

Before, the GUI used Qt's locale data (``QLocale.formattedDataSize``), which in Arabic mixed a
word and an abbreviation ("٥٩٫٧ كيلوبايت" beside "١٫٢ م.ب"), and a size inside a core message
("Google Drive is full (3.4 GB of 15 GB used).") kept the core's Latin "3.4 GB" in an Arabic
sentence whose other numbers were Arabic-Indic.
"""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, QLocale

from backupgui import i18n
from backupgui.ui import language
from backupgui.ui.widgets import formatting
from backupgui.units import format_size, parse_size, size_parts

#: One size of each unit, with a decimal and without.
SAMPLES = (1_536, 59_700, 1_200_000, 120_000_000, 3_400_000_000, 5_000_000_000_000)
#: The script every unit name of a language is written in.
SCRIPT = {"ar": "ARABIC", "ru": "CYRILLIC"}


def _letters(text: str) -> str:
    return "".join(c for c in text if c.isalpha())


def _script(c: str) -> str:
    return unicodedata.name(c).split()[0]


@pytest.fixture
def lang(request, qapp):
    language.install_language(request.param, qapp)
    yield request.param
    language.install_language("en", qapp)


@pytest.mark.parametrize("lang", i18n.CODES, indirect=True)
def test_sizes_use_the_languages_units_and_digits(lang):
    loc = QLocale()
    for n in SAMPLES:
        k, value, digits = size_parts(n)
        text = formatting.human_size(n)
        figure = loc.toString(value, "f", digits)
        assert figure in text, (lang, n, text)
        unit = text.replace(figure, "", 1).strip()
        assert unit, (lang, text)
        # the language's own unit name (its translation), not Qt's data for the locale
        assert unit == QCoreApplication.translate(
            "formatting", f"%1 {format_size(n).split()[1]}").replace("%1", "").strip()
        # no digit of another script beside the language's
        assert not any(c.isdigit() and c not in figure for c in unit), (lang, text)
        if lang == "ar":
            assert re.fullmatch(r"[٠-٩٬٫]+ \S+", text), text  # Arabic digits, then the unit
        scripts = {_script(c) for c in _letters(unit)}
        assert scripts == {SCRIPT.get(lang, "LATIN")}, (lang, text, scripts)


def test_arabic_units_are_words_of_one_kind():
    """Every Arabic unit a whole word (كيلوبايت … تيرابايت), as WhatsApp writes them; Qt's
    data had "م.ب" and "غ.ب" (abbreviations with dots) beside "كيلوبايت"."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    language.install_language("ar", app)
    try:
        units = [formatting.human_size(n).split(" ", 1)[1] for n in SAMPLES]
        assert units[:2] == ["كيلوبايت", "كيلوبايت"]
        assert units[2:] == ["ميغابايت", "ميغابايت", "غيغابايت", "تيرابايت"]
        assert not any("." in u for u in units)
        speed = formatting.human_speed(1_200_000)
        assert speed.startswith("١٫٢ ميغابايت") and "MB" not in speed
    finally:
        language.install_language("en", app)


@pytest.mark.parametrize("lang", i18n.CODES, indirect=True)
def test_a_size_inside_a_core_message_is_said_in_the_language(lang):
    """The core writes sizes in English ("3.4 GB", units.format_size); the translated
    message gets each in the language's units and digits, as the GUI's own sizes."""
    message = f"Google Drive is full ({format_size(3_400_000_000)} of " \
              f"{format_size(15_000_000_000)} used)."
    shown = language.translate_message(message)
    for n in (3_400_000_000, 15_000_000_000):
        assert formatting.human_size(n) in shown, (lang, shown)
    if lang != "en":
        assert shown != message
    if lang in SCRIPT:
        assert "GB" not in shown and "3.4" not in shown, shown


@given(st.integers(min_value=0, max_value=10**16))
def test_what_the_core_writes_reads_back(n):
    text = format_size(n)
    back = parse_size(text)
    assert back is not None and format_size(back) == text


@pytest.mark.parametrize("text", [
    "1.50 kB", "01 kB", "1.5 KB", "1.5 kb", "1.5kB", " 1.5 kB", "1.5 kB ", "1 bytes",
    "2 byte", "1.5 bytes", "-1 kB", "1,5 kB", "١٫٥ kB", "1.5 PB", "99 files", "12",
    "1234567890123456789 TB", "1.5 MB.",
])
def test_nothing_else_reads_as_a_size(text):
    """Only exactly what format_size writes: a file name or any other value in a message
    stays as it is."""
    assert parse_size(text) is None

