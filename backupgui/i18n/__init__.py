"""The languages backupgui ships, and how a system language is matched to one (no Qt here).

The translations themselves are Qt Linguist files next to this module: ``backupgui_<code>.ts``
(the source, edited by translators) and ``backupgui_<code>.qm`` (compiled by
``python -m backupgui.i18n.update``; committed, so ``pip install .`` needs no Qt tools). The UI
loads them in ``backupgui/ui/language.py``. docs/TRANSLATING.md says how to add a language.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

#: The language the source strings are written in.
SOURCE_LANGUAGE = "en"


@dataclass(frozen=True)
class Language:
    code: str  # Qt/POSIX style: "de", "pt_BR"
    native: str  # the name in the language itself, as the language menu shows it
    english: str
    rtl: bool = False


#: Every language shipped, in the order the Settings menu lists them after "System".
LANGUAGES: tuple[Language, ...] = (
    Language("en", "English", "English"),
    Language("ar", "العربية", "Arabic", rtl=True),
    Language("de", "Deutsch", "German"),
    Language("es", "Español", "Spanish"),
    Language("hi", "हिन्दी", "Hindi"),
    Language("id", "Bahasa Indonesia", "Indonesian"),
    Language("pt_BR", "Português (Brasil)", "Portuguese (Brazil)"),
    Language("ru", "Русский", "Russian"),
    Language("tr", "Türkçe", "Turkish"),
)
CODES: tuple[str, ...] = tuple(lang.code for lang in LANGUAGES)
#: The translations (every language but the source one).
TRANSLATED: tuple[str, ...] = tuple(c for c in CODES if c != SOURCE_LANGUAGE)


def language(code: str) -> Language | None:
    return next((lang for lang in LANGUAGES if lang.code == code), None)


def is_rtl(code: str) -> bool:
    lang = language(code)
    return bool(lang and lang.rtl)


def _norm(tag: str) -> tuple[str, str]:
    """("pt", "BR") from "pt-BR", "pt_BR.UTF-8", "pt-Latn-BR"; ("", "") for nothing useful."""
    tag = tag.split(".")[0].split("@")[0].replace("-", "_").strip()
    parts = [p for p in tag.split("_") if p]
    if not parts:
        return "", ""
    lang = parts[0].lower()
    region = next((p.upper() for p in parts[1:] if len(p) == 2 or p.isdigit()), "")
    return lang, region


def pick_language(preferred: list[str] | tuple[str, ...]) -> str:
    """The shipped language that best fits the user's preferred languages (most preferred
    first, as ``QLocale.uiLanguages()`` lists them): an exact language+region match, else the
    same language in another region (any Portuguese gets pt_BR), else English."""
    for tag in preferred:
        lang, region = _norm(tag)
        if not lang:
            continue
        if lang in ("c", "posix"):
            return SOURCE_LANGUAGE
        exact = f"{lang}_{region}" if region else lang
        if exact in CODES:
            return exact
        same = [c for c in CODES if _norm(c)[0] == lang]
        if same:
            return same[0]
    return SOURCE_LANGUAGE


def translations_dir() -> Path:
    """The folder holding the .ts and .qm files (inside the installed package)."""
    return Path(str(resources.files("backupgui.i18n")))


def qm_file(code: str) -> Path:
    return translations_dir() / f"backupgui_{code}.qm"


def ts_file(code: str) -> Path:
    return translations_dir() / f"backupgui_{code}.ts"
