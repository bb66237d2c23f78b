"""Padmé padding (Nikitin et al., "Reducing Metadata Leakage from Encrypted Files and
Communication with PURBs", PETS 2019): lengths are rounded up so that a stored size reveals
only O(log log n) bits of the true one, at most 11.1 % more bytes (docs/FORMAT.md 4.4).
"""

from __future__ import annotations


def padme(length: int) -> int:
    """The Padmé length of ``length``: with E = floor(log2 L) and S = floor(log2 E) + 1,
    ``length`` rounded up to a multiple of 2^(E - S) (the paper's definition)."""
    if length < 2:
        return length
    e = length.bit_length() - 1  # floor(log2 L)
    s = e.bit_length()  # floor(log2 E) + 1
    mask = (1 << (e - s)) - 1
    return (length + mask) & ~mask


def is_padme(length: int) -> bool:
    """True if ``length`` is a Padmé length (``padme(length) == length``)."""
    return padme(length) == length
