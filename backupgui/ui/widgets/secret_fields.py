"""Widgets for secrets: a masked password field with a show toggle, live password rules with a
strength meter, the 64-digit key shown in groups, and a field to type a key."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLocale, QSize, QStandardPaths, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QGuiApplication,
    QKeySequence,
    QPainter,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...crypto.keys import MIN_PASSWORD_LENGTH, check_password, format_key
from ...errors import KEY_DIGITS, KEY_GROUPS
from . import style
from .formatting import numbers
from .icons import icon, render

# Shows or hides a password field's text from the keyboard (the eye takes no focus). Desktops
# that keep Alt+F8 for themselves leave the field's context menu (Menu key), which has it too.
SHOW_PASSWORD_KEYS = "Alt+F8"


class PasswordField(QLineEdit):
    """A masked line edit with an eye button that shows or hides the text."""

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setPlaceholderText(placeholder)
        self.setMinimumWidth(style.px(300))
        self._toggle = QAction(icon("eye"), self.tr("Show password"), self)
        self._toggle.setCheckable(True)
        # The eye takes no keyboard focus (it sits inside the field): Alt+F8, as in Windows'
        # own password fields, shows or hides the text from the keyboard.
        self._toggle.setShortcut(QKeySequence(SHOW_PASSWORD_KEYS))
        self._toggle.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self._toggle.setToolTip(self.tr("Show or hide the password (%1)").replace(
            "%1", QKeySequence(SHOW_PASSWORD_KEYS).toString(
                QKeySequence.SequenceFormat.NativeText)))
        self._toggle.toggled.connect(self.set_revealed)
        self.addAction(self._toggle, QLineEdit.ActionPosition.TrailingPosition)
        self.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhSensitiveData
                                 | Qt.InputMethodHint.ImhNoPredictiveText)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """The standard menu, and Show/Hide password (for the keyboard: the Menu key)."""
        menu = self.createStandardContextMenu()
        menu.addSeparator()
        menu.addAction(self._toggle)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())

    def set_revealed(self, on: bool) -> None:
        self.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)
        self._toggle.setIcon(icon("eye-off" if on else "eye"))
        self._toggle.setText(self.tr("Hide password") if on else self.tr("Show password"))
        if self._toggle.isChecked() != on:
            self._toggle.setChecked(on)

    def wipe(self) -> None:
        """Clear the text and hide it again (do not keep secrets in widgets)."""
        self.clear()
        self.set_revealed(False)


class StrengthMeter(QWidget):
    """Four segments filled by strength 0..4 with a word next to them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strength = -1
        self.setMinimumHeight(8)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Password strength"))

    def set_strength(self, value: int) -> None:
        self._strength = value
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(200, 8)

    def paintEvent(self, _e) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        gap = 6
        w = (self.width() - 3 * gap) / 4
        colors = ["#c0392b", "#d35400", "#b7950b", style.accent().name(), style.accent().name()]
        empty = QColor(QGuiApplication.palette().mid().color())
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        for i in range(4):
            filled = self._strength >= 1 and i < max(1, self._strength)
            c = QColor(colors[self._strength]) if filled else empty
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(c)
            x = int((3 - i if rtl else i) * (w + gap))  # fills from the reading start
            p.drawRoundedRect(x, 0, int(w), self.height(), 3, 3)


class RuleLabel(QWidget):
    """A rule with a tick or a dot in front of it."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        self._icon = style.decorative(QLabel())
        self._icon.setFixedSize(16, 16)
        self._text = QLabel(text)
        lay.addWidget(self._icon)
        lay.addWidget(self._text, 1)
        self.ok = False
        self.set_ok(False)

    def set_ok(self, ok: bool, neutral: bool = False) -> None:
        self.ok = ok
        if ok:
            self._icon.setPixmap(render("check", 16, style.accent()))
        else:
            self._icon.setPixmap(render("cross", 16, style.muted_color() if neutral else style.danger()))
        self.setAccessibleName((self.tr("%1: met", "a password rule") if ok else
                                self.tr("%1: not met", "a password rule"))
                               .replace("%1", self._text.text()))


class NewPasswordForm(QWidget):
    """Password + confirmation with live rule checks and a strength meter. ``valid`` changes
    whenever the pair becomes acceptable or stops being so."""

    validityChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        self.password = PasswordField(self.tr("New password"))
        self.password.setAccessibleName(self.tr("New password"))
        self.confirm = PasswordField(self.tr("Type it again"))
        self.confirm.setAccessibleName(self.tr("Confirm password"))
        lab1 = QLabel(self.tr("&Password"))
        lab1.setBuddy(self.password)
        lab2 = QLabel(self.tr("Con&firm password"))
        lab2.setBuddy(self.confirm)
        lay.addWidget(lab1)
        lay.addWidget(self.password)
        meter_row = QHBoxLayout()
        self.meter = StrengthMeter()
        self.meter_word = QLabel("")
        self.meter_word.setObjectName("muted")
        self.meter_word.setMinimumWidth(style.px(80))
        meter_row.addWidget(self.meter, 1)
        meter_row.addWidget(self.meter_word)
        lay.addLayout(meter_row)
        lay.addSpacing(4)
        lay.addWidget(lab2)
        lay.addWidget(self.confirm)
        lay.addSpacing(4)
        self.rule_length = RuleLabel(numbers(self.tr("At least %1 characters"),
                                             MIN_PASSWORD_LENGTH))
        self.rule_common = RuleLabel(self.tr("Not a commonly used password"))
        self.rule_match = RuleLabel(self.tr("Both entries match"))
        for r in (self.rule_length, self.rule_common, self.rule_match):
            lay.addWidget(r)
        self._valid = False
        self.password.textChanged.connect(self._update)
        self.confirm.textChanged.connect(self._update)
        self._update()

    @property
    def valid(self) -> bool:
        return self._valid

    def _update(self) -> None:
        pw, again = self.password.text(), self.confirm.text()
        chk = check_password(pw)
        empty = not pw
        self.rule_length.set_ok(chk.long_enough, neutral=empty)
        self.rule_common.set_ok(chk.not_common and not empty, neutral=empty)
        self.rule_match.set_ok(bool(pw) and pw == again, neutral=not again)
        self.meter.set_strength(-1 if empty else chk.strength)
        words = (self.tr("Very weak"), self.tr("Weak"), self.tr("Fair"), self.tr("Good"),
                 self.tr("Strong"))
        self.meter_word.setText("" if empty else words[chk.strength])
        valid = chk.ok and pw == again
        if valid != self._valid:
            self._valid = valid
            self.validityChanged.emit(valid)

    def wipe(self) -> None:
        self.password.wipe()
        self.confirm.wipe()


def start_folder() -> str:
    """Where a key file dialog starts: the user's documents folder if there is one, else the
    home folder. Never the current folder: Qt falls back to it when the folder it is given
    does not exist (a new account has no ~/Documents), and that is wherever the app was
    started from, such as the source checkout the README has people start it in."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return docs if docs and os.path.isdir(docs) else os.path.expanduser("~")


class KeyGrid(QWidget):
    """The 64-digit key (or, with ``recovery``, a key vault recovery code) as 16 groups of 4
    in a monospace grid, with Copy and Save."""

    def __init__(self, parent: QWidget | None = None, *, recovery: bool = False) -> None:
        super().__init__(parent)
        self._key = b""
        self._recovery = recovery
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        frame = QWidget()
        frame.setObjectName("keyFrame")
        # A key reads left to right in every language (like a card number): group 1 first.
        frame.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self._grid = QGridLayout(frame)
        self._grid.setHorizontalSpacing(22)
        self._grid.setVerticalSpacing(10)
        self._grid.setContentsMargins(18, 14, 18, 14)
        self._cells: list[QLabel] = []
        for i in range(KEY_GROUPS):
            num = QLabel(QLocale().toString(i + 1))  # the group's number in the language's digits
            num.setObjectName("muted")
            num.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            f = num.font()
            f.setPointSizeF(f.pointSizeF() * 0.8)
            num.setFont(f)
            cell = QLabel("····")
            cell.setObjectName("keyText")
            cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            r, c = divmod(i, 4)
            self._grid.addWidget(num, r, 2 * c)
            self._grid.addWidget(cell, r, 2 * c + 1)
            self._cells.append(cell)
        frame.setStyleSheet("#keyFrame { border: 1px dashed palette(mid); border-radius: 8px; }")
        outer.addWidget(frame)
        row = QHBoxLayout()
        self.copy_button = QPushButton(icon("copy"), self.tr("&Copy"))
        self.save_button = QPushButton(icon("save"), self.tr("&Save to file…"))
        self.copy_button.clicked.connect(self.copy)
        self.save_button.clicked.connect(self.save_to_file)
        self.status = QLabel("")
        self.status.setObjectName("muted")
        row.addWidget(self.copy_button)
        row.addWidget(self.save_button)
        row.addWidget(self.status, 1)
        outer.addLayout(row)
        self.setAccessibleName(self.tr("Your recovery code") if recovery
                               else numbers(self.tr("Your %1-digit key"), KEY_DIGITS))

    def set_key(self, key: bytes) -> None:
        self._key = key
        for cell, group in zip(self._cells, format_key(key).split(), strict=True):
            cell.setText(group)
        self.status.clear()

    def groups(self) -> list[str]:
        return format_key(self._key).split() if self._key else []

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(format_key(self._key))
        self.status.setText(self.tr("Copied. Paste it somewhere safe, then clear your clipboard."))

    def save_to_file(self) -> None:
        if self._recovery:
            title, name = self.tr("Save your recovery code"), "backupgui-recovery-code.txt"
            text = self.tr("backupgui key vault recovery code\n\n%1\n\nKeep this file somewhere "
                           "safe and offline. With your password, it lets you restore your "
                           "backup on a new computer.\n")
        else:
            title, name = self.tr("Save your backup key"), "backupgui-key.txt"
            text = self.tr("backupgui 64-digit backup key\n\n%1\n\nKeep this file somewhere safe "
                           "and offline. Anyone with it can read your backups.\n")
        path, _ = QFileDialog.getSaveFileName(self, title, os.path.join(start_folder(), name),
                                              self.tr("Text files (*.txt)"))
        if not path:
            return
        text = text.replace("%1", format_key(self._key))
        from ..tasks import call_in_background

        def write() -> None:
            from ...device.fileperms import write_private

            write_private(path, text.encode("utf-8"))  # 0600: only this user may read it

        def failed(exc: BaseException) -> None:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            self.status.setText(self.tr("Could not save: %1").replace("%1", reason))

        call_in_background(write, name="save-key", on_error=failed, owner=self, on_done=lambda _r: (
            self.status.setText(self.tr("Saved. Move the file off this computer, for example to a USB stick."))))

    def wipe(self, *, forget_copy: bool = False) -> None:
        """Forget the key and blank the grid. ``forget_copy``: the key is abandoned (the user
        left without using it), so a copy of it still on the clipboard goes too, lest it be
        pasted later as the key of a backup it never opened."""
        if forget_copy and self._key:
            board = QGuiApplication.clipboard()
            if board.text() == format_key(self._key):
                board.clear()
        self._key = b""
        self.status.clear()
        for cell in self._cells:
            cell.setText("····")


def read_key_file(path: str) -> bytes:
    """The key in a key file (background): what "Save to file…" wrote, or the key alone."""
    from ...crypto.keys import MAX_KEY_TEXT, key_from_text
    from ...errors import MalformedKeyError

    with open(path, "rb") as fh:
        raw = fh.read(MAX_KEY_TEXT + 1)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise MalformedKeyError(QCoreApplication.translate(
            "KeyField", "This file is not a text file with a backup key.")) from None
    return key_from_text(text)


class KeyField(QLineEdit):
    """A field for a 64-digit key (monospace; spaces and dashes allowed). It also takes what
    "Save to file…" wrote, pasted or read with ``open_key_file`` ("Open key file…", also the
    folder icon at its end); ``key()`` finds the key in either."""

    keyFileFailed = Signal(object)  # the exception, for the page to show

    def __init__(self, parent: QWidget | None = None, *, key_file: bool = True) -> None:
        """``key_file``: offer "Open key file…" (not for other 64-digit codes, such as the key
        vault's recovery code)."""
        super().__init__(parent)
        self.setFont(style.mono_font())
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # hex digits, in any language
        self.setPlaceholderText("0000 0000 0000 0000 0000 0000 0000 0000 …")
        self.setMinimumWidth(style.px(440))
        self.setAccessibleName(numbers(self.tr("%1-digit key"), KEY_DIGITS))
        self.open_action = QAction(icon("file"), self.tr("Open key file…"), self)
        self.open_action.triggered.connect(lambda _c=False: self.open_key_file())
        if key_file:
            self.addAction(self.open_action, QLineEdit.ActionPosition.TrailingPosition)

    def key(self) -> bytes:
        """The key in the field (``MalformedKeyError`` saying what is wrong)."""
        from ...crypto.keys import key_from_text

        return key_from_text(self.text())

    def open_key_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open your backup key file"),
                                              start_folder(),
                                              self.tr("Key files (*.txt);;All files (*)"))
        if path:
            self.load_key_file(path)

    def load_key_file(self, path: str) -> None:
        """Read the key from ``path`` in the background and show it in the field."""
        from ..tasks import call_in_background

        call_in_background(read_key_file, path, name="read-key-file",
                           on_done=lambda key: self.setText(format_key(key)),
                           on_error=self.keyFileFailed.emit, owner=self,
                           cancel_with_owner=True)

    def make_open_button(self) -> QPushButton:
        """An "Open key file…" button for this field (pages put it beside the field)."""
        button = QPushButton(icon("file"), self.tr("&Open key file…"))
        button.setToolTip(self.tr("Read the key from the file you saved with \"Save to file…\""))
        button.clicked.connect(self.open_key_file)
        return button

    def wipe(self) -> None:
        self.clear()
