"""Sizes: the one convention, and the English text for people outside the GUI (CLI output, the
core's messages).

One convention everywhere: decimal units (1 kB = 1,000 bytes, 1 MB = 1,000,000 bytes, as file
managers and WhatsApp count), one decimal below 100 ("1.5 MB", "120 MB"). ``size_parts`` is
that convention (which unit, what value, how many decimals); ``format_size`` writes it in
English, and the GUI's ``backupgui/ui/widgets/formatting.py:human_size`` writes the same parts
in the user's language (translated unit names, the language's digits and order).
``parse_size`` reads back exactly what ``format_size`` writes, so that the GUI can say a size
inside a core message in the user's language too.
"""

from __future__ import annotations

import re

#: Unit names in English, by power of 1,000 (index 0: bytes, which have a plural).
UNITS = ("kB", "MB", "GB", "TB")


def size_parts(n: int | float) -> tuple[int, float, int]:
    """(power of 1,000, value, decimals): 1536 -> (1, 1.536, 1) ("1.5 kB"); 12 -> (0, 12, 0);
    999_960 -> (2, 1.0, 1) ("1.0 MB", not "1000.0 kB")."""
    n = max(0, int(n))
    if n < 1000:
        return 0, n, 0
    k = 1
    while n >= 1000 ** (k + 1) and k < len(UNITS):
        k += 1
    value = n / 1000 ** k
    digits = 1 if value < 99.95 else 0
    if round(value, digits) >= 1000 and k < len(UNITS):  # 999,960 bytes: '1.0 MB'
        k, value, digits = k + 1, 1.0, 1
    return k, value, digits


def format_size(n: int | float) -> str:
    """1536 -> '1.5 kB'; 999_960 -> '1.0 MB'; 12 -> '12 bytes'; 1 -> '1 byte'."""
    k, value, digits = size_parts(n)
    if k == 0:
        return f"{int(value)} byte" if value == 1 else f"{int(value)} bytes"
    return f"{value:.{digits}f} {UNITS[k - 1]}"


_WRITTEN = re.compile(r"(0|[1-9][0-9]{0,17})(?:\.([0-9]))? (bytes?|kB|MB|GB|TB)")


def parse_size(text: str) -> int | None:
    """The bytes a ``format_size`` text stands for (as rounded there): '1.5 kB' -> 1500,
    '12 bytes' -> 12; None for any other text (this grammar only, nothing looser)."""
    m = _WRITTEN.fullmatch(text)
    if m is None:
        return None
    whole, tenth, unit = m.groups()
    if unit in ("byte", "bytes"):
        if tenth is not None or (unit == "byte") != (whole == "1"):
            return None
        return int(whole)
    power = 1000 ** (UNITS.index(unit) + 1)
    return (int(whole) * 10 + int(tenth or 0)) * power // 10
