"""Qt's own console messages, with one known-harmless line of the offscreen platform left out.

The offscreen platform (the self-test without a display, and the tests) prints "This plugin
does not support propagateSizeHints()" whenever a window's size constraints change: it has
no window manager to tell, and nothing is wrong. Only that exact message, and only while the
platform is offscreen, is dropped; every other message goes where it went before (the handler
installed before this one, else stderr formatted as Qt's default handler does, which honours
QT_MESSAGE_PATTERN; a fatal message still ends the process, as Qt does after any handler).
The handler is Python code: it is taken out again at interpreter exit (atexit), because Qt
still logs while the QApplication is torn down after Python has finalized, and calling into
Python then crashed the process (seen with QT_LOGGING_RULES="qt.*.debug=true").
"""

from __future__ import annotations

import atexit
import sys

from PySide6.QtCore import QMessageLogContext, QtMsgType, qFormatLogMessage, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication

# What the offscreen platform says that is not a problem (exact text).
HARMLESS_OFFSCREEN = frozenset({"This plugin does not support propagateSizeHints()"})

_installed = False
_previous = None


def harmless(message: str) -> bool:
    """True for a message this filter drops: a known offscreen line on the offscreen platform."""
    return message in HARMLESS_OFFSCREEN and QGuiApplication.platformName() == "offscreen"


def _handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if harmless(message):
        return
    if _previous is not None:
        _previous(mode, context, message)
        return
    try:
        sys.stderr.write(qFormatLogMessage(mode, context, message) + "\n")
        sys.stderr.flush()
    except (OSError, ValueError, AttributeError):  # no stderr (a windowed app), or closed
        pass


def install() -> None:
    """Install the filter once (before the QApplication, so start-up messages pass it too)."""
    global _installed, _previous
    if _installed:
        return
    _previous = qInstallMessageHandler(_handler)
    _installed = True
    atexit.register(_uninstall)


def _uninstall() -> None:
    """Give Qt back the handler it had, before Python finalizes (see the module docstring)."""
    global _installed
    if _installed:
        qInstallMessageHandler(_previous)
        _installed = False
