"""Work around a PySide6 6.12 refcount bug on Python < 3.12.

In this build every call of a Qt method returning ``void`` (``processEvents()``, ``update()``,
``setText()``...) hands back ``None`` without taking a reference: harmless on Python 3.12+
where ``None`` is immortal (PEP 683), fatal on 3.11 after a few thousand calls
("Fatal Python error: none_dealloc"). Until the binding is fixed we give ``None`` a huge
reference count once, which makes it effectively immortal as on 3.12 (and the same for
``True``/``False``, whose counts drift as well).
"""

from __future__ import annotations

import ctypes
import platform
import sys

_PIN = 1 << 40
_applied = False


def make_none_immortal() -> bool:
    """Apply the workaround once (CPython < 3.12 only); True if it was applied."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or platform.python_implementation() != "CPython":
        return False
    for singleton in (None, True, False):  # bools are affected too (seen at interpreter exit)
        ctypes.c_ssize_t.from_address(id(singleton)).value += _PIN
    _applied = True
    return True
