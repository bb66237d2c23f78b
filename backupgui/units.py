"""Sizes for people outside the GUI (CLI output, the core's messages), with the GUI's convention.

One convention everywhere: decimal units (1 kB = 1,000 bytes, 1 MB = 1,000,000 bytes, as file
managers and WhatsApp count), one decimal below 100 ("1.5 MB", "120 MB"). The GUI formats the
same way through QLocale (``backupgui/ui/widgets/formatting.py:human_size``), in the user's
language; this Qt-free twin is for English text.
"""

from __future__ import annotations

_UNITS = ("kB", "MB", "GB", "TB")


def format_size(n: int | float) -> str:
    """1536 -> '1.5 kB'; 999_960 -> '1.0 MB'; 12 -> '12 bytes'; 1 -> '1 byte'."""
    n = max(0, int(n))
    if n < 1000:
        return f"{n} byte" if n == 1 else f"{n} bytes"
    k = 1
    while n >= 1000 ** (k + 1) and k < len(_UNITS):
        k += 1
    value = n / 1000 ** k
    digits = 1 if value < 99.95 else 0
    if round(value, digits) >= 1000 and k < len(_UNITS):  # 999,960 bytes: '1.0 MB'
        k, value, digits = k + 1, 1.0, 1
    return f"{value:.{digits}f} {_UNITS[k - 1]}"
