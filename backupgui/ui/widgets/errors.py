"""Errors shown to people: what happened and what to do next; never a traceback.

Expected errors (``BackupError``) become a dialog with the error's message and hint.
Anything unexpected is logged with its traceback and shown as "Something went wrong" with a
"Show log" button. ``install_excepthook`` routes uncaught exceptions (GUI thread and other
threads) the same way.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable, Sequence
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from ...errors import BackupError, CancelledError
from ..language import translate_message
from ..logging_setup import log_file
from .elide import shorten_words
from .icons import render

log = logging.getLogger(__name__)


translate = QCoreApplication.translate


def describe(exc: BaseException) -> tuple[str, str]:
    """(message, what to do next) for any exception, in words for people, in the UI's
    language (the core's English messages are translated by ``translate_message``)."""
    if isinstance(exc, BackupError):
        return translate_message(str(exc)), translate_message(exc.hint)
    if isinstance(exc, PermissionError):
        return (translate("errors", "backupgui is not allowed to use a file or folder it needs."),
                translate("errors", "Check the folder's permissions or choose another folder."))
    if isinstance(exc, OSError) and exc.errno == 28:
        return (translate("errors", "The disk is full."),
                translate("errors", "Free some disk space and try again."))
    return (translate("errors", "Something went wrong that backupgui did not expect."),
            translate("errors", "Your chats and backups were not changed. The log has the "
                      "details; please include it if you report the problem."))


def inline_text(exc: BaseException) -> str:
    """An expected error as one line for a form's error label: the message and its hint."""
    message, hint = describe(exc)
    return message + (" " + hint if hint else "")


def error_box(parent: QWidget | None, exc: BaseException, title: str = "",
              actions: Sequence[tuple[str, Callable[[], object]]] = ()) -> QMessageBox:
    """A ready-to-show message box for ``exc`` (not yet shown); each of ``actions`` is a
    button (text, what it does) that also closes the box, e.g. "Open Settings"."""
    message, hint = describe(exc)
    message, hint = shorten_words(message), shorten_words(hint)  # names can be 5,000 chars
    expected = isinstance(exc, BackupError)
    box = QMessageBox(parent)
    box.setWindowTitle(title or translate("errors", "backupgui"))
    box.setIconPixmap(render("warning" if expected else "error", 40,
                             "#b7791f" if expected else "#c0392b"))
    box.setText(f"<b>{_escape(message)}</b>")
    box.setInformativeText(_escape(hint))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    if not expected:
        show = box.addButton(translate("errors", "Show log"), QMessageBox.ButtonRole.HelpRole)
        show.clicked.disconnect()
        show.clicked.connect(open_log)
    for text, action in actions:
        button = box.addButton(text, QMessageBox.ButtonRole.ActionRole)
        button.clicked.connect(lambda _c=False, act=action: act())
        if box.defaultButton() is None:
            box.setDefaultButton(button)
    box.setAccessibleName(message)
    box.setAccessibleDescription(hint)
    pic = box.findChild(QLabel, "qt_msgboxex_icon_label")
    if pic is not None:
        pic.setAccessibleName(translate("errors", "Warning") if expected else
                              translate("errors", "Error"))
    return box


def name_icon(box: QMessageBox) -> None:
    """Give a message box's icon a name a screen reader says (Qt leaves it a nameless
    image): its kind, or the app's name for the app's logo (the About box)."""
    pic = box.findChild(QLabel, "qt_msgboxex_icon_label")
    if pic is None:
        return
    icon = box.icon()
    Icon = QMessageBox.Icon
    pic.setAccessibleName(
        translate("errors", "Warning") if icon == Icon.Warning else
        translate("errors", "Error") if icon == Icon.Critical else
        translate("errors", "Question") if icon == Icon.Question else
        translate("errors", "Information") if icon == Icon.Information else
        translate("errors", "backupgui"))


last_box: QMessageBox | None = None


def show_error(parent: QWidget | None, exc: BaseException, title: str = "",
               actions: Sequence[tuple[str, Callable[[], object]]] = ()) -> None:
    """Show ``exc`` as a dialog (a cancellation is not an error and shows nothing)."""
    if isinstance(exc, CancelledError):
        return
    global last_box
    if not isinstance(exc, BackupError):
        log.error("unexpected error shown to the user", exc_info=exc)
    box = error_box(parent, exc, title, actions)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    last_box = box
    box.open()  # modal to its window, without a nested event loop


def open_log() -> None:
    path = log_file()
    target = path if path.exists() else path.parent
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class _Relay(QObject):
    raised = Signal(object)


_relay: _Relay | None = None
_showing = False


def _show_unexpected(exc: BaseException) -> None:
    global _showing
    if _showing:  # never stack dialogs for a burst of errors
        return
    _showing = True
    box = error_box(QApplication.activeWindow(), exc)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(_dialog_closed)
    box.open()


def _dialog_closed(_result: int) -> None:
    global _showing
    _showing = False


def install_excepthook() -> None:
    """Log every uncaught exception and show it as a dialog on the GUI thread."""
    global _relay
    _relay = _Relay()
    _relay.raised.connect(_show_unexpected)

    def hook(etype: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(etype, KeyboardInterrupt):
            sys.__excepthook__(etype, value, tb)
            return
        log.critical("uncaught exception", exc_info=(etype, value, tb))
        if _relay is not None:
            _relay.raised.emit(value)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            hook(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook
