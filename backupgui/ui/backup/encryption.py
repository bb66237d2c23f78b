"""End-to-end encryption: turn it on (password or 64-digit key), unlock an existing backup,
change how the key is protected, or stop backing up from this computer.

Backups made by this app are always encrypted. "Turning off" forgets the key on this computer
and stops backups; the backups already made stay encrypted and restorable with the password
or key. Changing protection re-wraps the backup key K (``change_key_protection``), nothing is
re-uploaded. Every check of a password runs in the background.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QLocale, QSize, Qt
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...crypto.keys import MIN_PASSWORD_LENGTH, format_key, generate_key, key_from_text
from ...crypto.material import KeyMaterial, RawKey
from ...device.settings import GDRIVE
from ...errors import (
    KEY_DIGITS,
    KEY_GROUPS,
    BackupError,
    MalformedKeyError,
    NotFoundError,
    VaultAccountError,
)
from ..context import AppContext
from ..settings.destinations import DestinationSpec, open_destination
from ..tasks import TaskHandle, run_in_background
from ..widgets import style
from ..widgets.accessibility import announce
from ..widgets.errors import inline_text, name_icon
from ..widgets.fit import (
    PageStack,
    ScreenScroll,
    fit_to_contents,
    grow_to_fit,
    keep_min_height_for_width,
)
from ..widgets.formatting import numbers
from ..widgets.icons import icon, render
from ..widgets.secret_fields import KeyField, KeyGrid, NewPasswordForm, PasswordField

SETUP, UNLOCK, CHANGE, TURN_OFF, CHECK, UPGRADE = (
    "setup", "unlock", "change", "off", "check", "upgrade")


@dataclass
class EncryptionOutcome:
    """What the dialog decided. ``material`` protects a new set; ``key`` is K when known."""

    kind: str  # new | unlocked | changed | off | checked | upgrade | rotate
    key_mode: str
    material: KeyMaterial | None = field(default=None, repr=False)
    key: bytes | None = field(default=None, repr=False)
    # rotate: the current password, to delete the old set's key vault record afterwards
    # (kept in memory until the rotation ends, never stored).
    old: KeyMaterial | None = field(default=None, repr=False)
    # changed: what could not be done (the old key vault record still there), core messages.
    warnings: tuple[str, ...] = ()


def unlock_key(spec: DestinationSpec, material: KeyMaterial, set_id: str | None) -> bytes:
    """K of the set, proving the material is right (background)."""
    from ...engine import export_key

    dest = open_destination(spec)
    try:
        return export_key(dest, material, set_id or None)
    finally:
        dest.close()


def rewrap_key(spec: DestinationSpec, key: bytes, new: KeyMaterial, set_id: str | None,
               old: KeyMaterial | None = None, library=None) -> tuple[str, tuple[str, ...]]:
    """Protect K with new material (background); returns the new key mode and warnings (a
    vault set's old record that could not be deleted with ``old``, the current password)."""
    from ...engine import change_key_protection

    dest = open_destination(spec)
    warnings: list[str] = []
    try:
        mode = change_key_protection(dest, RawKey(key), new, set_id or None, old_password=old,
                                     library=library, warnings=warnings)
        return mode, tuple(warnings)
    finally:
        dest.close()


class _Page(QWidget):
    def __init__(self, icon_name: str, title: str, subtitle: str) -> None:
        super().__init__()
        self.lay = QVBoxLayout(self)
        self.lay.setContentsMargins(0, 0, 0, 0)
        self.lay.setSpacing(10)
        head = QHBoxLayout()
        head.setSpacing(14)
        pic = style.decorative(QLabel())
        pic.setPixmap(render(icon_name, 36, style.accent()))
        pic.setAlignment(Qt.AlignmentFlag.AlignTop)
        head.addWidget(pic)
        text = QVBoxLayout()
        text.setSpacing(4)
        self.title = style.label(title, "title", wrap=True)
        self.subtitle = style.label(subtitle, "muted", wrap=True)
        text.addWidget(self.title)
        text.addWidget(self.subtitle)
        head.addLayout(text, 1)
        self.lay.addLayout(head)
        self.lay.addSpacing(6)

    def finish(self) -> None:
        self.lay.addStretch(1)


def _notice(text: str, kind: str = "warning") -> QFrame:
    box = QFrame()
    box.setObjectName("notice")
    lay = QHBoxLayout(box)
    lay.setContentsMargins(12, 10, 12, 10)
    pic = QLabel()
    pic.setPixmap(render(kind, 20, style.WARNING if kind == "warning" else style.accent()))
    pic.setAlignment(Qt.AlignmentFlag.AlignTop)
    pic.setAccessibleName(QCoreApplication.translate("EncryptionDialog", "Warning")
                          if kind == "warning" else
                          QCoreApplication.translate("EncryptionDialog", "Note"))
    lab = QLabel(text)
    lab.setWordWrap(True)
    lab.setTextFormat(Qt.TextFormat.RichText)
    lay.addWidget(pic)
    lay.addWidget(lab, 1)
    return box


class EncryptionDialog(QDialog):
    """One dialog, several flows (see module docstring). Read ``outcome`` after ``exec()``."""

    def __init__(self, ctx: AppContext, mode: str, *, key_mode: str = "", set_id: str = "",
                 spec: DestinationSpec | None = None, reason: str = "", account: str = "",
                 keyring: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_min_height_for_width(self)  # its wrapped texts are never cut off
        self._reason = reason
        # False when this computer has no usable keyring (the card's "Key on this computer"
        # says so): the key is not kept, and each backup asks for the password or key.
        self._keyring = keyring
        self._account = account  # UPGRADE: "google" or "device" (what the vault binds to)
        self.ctx = ctx
        self.mode = mode
        self.key_mode = key_mode or ctx.settings.key_mode or "password"
        self.set_id = set_id or ctx.settings.set_id
        self.spec = spec or ctx.destination_spec()
        self.outcome: EncryptionOutcome | None = None
        self._key: bytes = b""  # K (change flow) or a freshly generated key (setup)
        # The current password (change flow): deletes a vault set's old record afterwards.
        self._old: KeyMaterial | None = None
        self._new_mode = ""  # password | key | vault chosen on the choice page
        # A new vault password for a folder backup waits here while the user saves and
        # confirms its recovery code (docs/VAULT.md 1.6); wiped on finish or cancel.
        self._pending: KeyMaterial | None = None
        self._code: bytes = b""
        self._confirming = "key"  # what the confirm page checks: key | recovery
        self._task: TaskHandle | None = None
        self._history: list[QWidget] = []
        # The question before leaving a page that shows or confirms a secret (Escape, the
        # window's close button, Cancel), and the answer "Leave" once given.
        self.leave_box: QMessageBox | None = None
        self._leaving = False
        self._then: Callable[[], None] | None = None  # after "Leave": the app's quit
        self.setWindowTitle({SETUP: self.tr("Turn on end-to-end encryption"),
                             UNLOCK: self.tr("Unlock your backup"),
                             CHANGE: self.tr("Change end-to-end encryption"),
                             TURN_OFF: self.tr("Turn off end-to-end encryption"),
                             CHECK: self.tr("Check your password"),
                             UPGRADE: self.tr("Secure your key vault")}[mode])
        self.setWindowIcon(icon("lock"))
        # A width only: each page has its own height (the dialog follows it), and the page
        # scrolls on a screen too short for it.
        self.setMinimumWidth(style.px(600))

        self.stack = PageStack()  # (each page at its own height)
        self.page_unlock = self._build_unlock()
        self.page_choose = self._build_choose()
        self.page_password = self._build_password()
        self.page_key = self._build_key()
        self.page_recovery = self._build_recovery()
        self.page_confirm = self._build_confirm()
        self.page_off = self._build_off()
        for p in (self.page_unlock, self.page_choose, self.page_password, self.page_key,
                  self.page_recovery, self.page_confirm, self.page_off):
            self.stack.addWidget(p)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setFixedWidth(style.px(120))
        self.busy.hide()
        self.back_button = QPushButton(self.tr("&Back"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.next_button = QPushButton(self.tr("&Continue"))
        self.next_button.setObjectName("primary")
        self.next_button.setDefault(True)
        self.back_button.clicked.connect(self._back)
        self.cancel_button.clicked.connect(self.reject)
        self.next_button.clicked.connect(self._next)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.busy)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.next_button)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 22, 24, 18)
        # The page scrolls when the screen is too short for it (the key vault's and the
        # recovery code's pages at 150 % on a 1366x768 laptop); the buttons stay below it.
        self.body = ScreenScroll(self.stack, lambda: (
            buttons.sizeHint().height() + lay.spacing() + lay.contentsMargins().top()
            + lay.contentsMargins().bottom()))
        lay.addWidget(self.body, 1)
        lay.addLayout(buttons)
        # the design size, or more when a page needs it (a key field and its button side by
        # side, longer words in other languages)
        self.setMinimumSize(self.minimumSize().expandedTo(lay.minimumSize()))

        start = self.page_choose if mode == SETUP else self.page_unlock
        self._show(start, remember=False)

    # --- pages ------------------------------------------------------------------------------
    def _build_unlock(self) -> _Page:
        is_key = self.key_mode == "key"
        # Whole sentences for each case (a translation cannot put a word into a sentence).
        if is_key:
            titles = {
                UNLOCK: (numbers(self.tr("Enter your %1-digit key"), KEY_DIGITS),
                         numbers(self.tr("This destination already has an encrypted backup. "
                                         "Enter its %1-digit key so this computer can keep "
                                         "backing up to it."), KEY_DIGITS)),
                CHANGE: (numbers(self.tr("Enter your current %1-digit key"), KEY_DIGITS),
                         numbers(self.tr("To change how your backup is protected, first prove "
                                         "you know the current %1-digit key."), KEY_DIGITS)),
                TURN_OFF: (numbers(self.tr("Enter your current %1-digit key"), KEY_DIGITS),
                           numbers(self.tr("Turning off end-to-end encryption on this "
                                           "computer needs the current %1-digit key."),
                                   KEY_DIGITS)),
                CHECK: (numbers(self.tr("Do you still remember your %1-digit key?"), KEY_DIGITS),
                        self.tr("Without it, nobody can restore your chats on a new computer — "
                                "not even us. Enter it to check; it is checked here, not sent "
                                "anywhere.")),
            }
        else:
            titles = {
                UNLOCK: (self.tr("Enter your password"),
                         self.tr("This destination already has an encrypted backup. Enter its "
                                 "password so this computer can keep backing up to it.")),
                CHANGE: (self.tr("Enter your current password"),
                         self.tr("To change how your backup is protected, first prove you know "
                                 "the current password.")),
                TURN_OFF: (self.tr("Enter your current password"),
                           self.tr("Turning off end-to-end encryption on this computer needs "
                                   "the current password.")),
                CHECK: (self.tr("Do you still remember your password?"),
                        self.tr("Without it, nobody can restore your chats on a new computer — "
                                "not even us. Enter it to check; it is checked here, not sent "
                                "anywhere.")),
            }
        titles[UPGRADE] = (
            self.tr("Secure your key vault"),
            self.tr("Your backup's key vault was set up before it could tell you apart from "
                    "other people: anyone with a copy of the backup can try passwords and use up "
                    "its attempts. "
                    "Enter your password once to link the vault to your Google account.")
            if self._account == "google" else
            self.tr("Your backup's key vault was set up before it could tell you apart from "
                    "other people: anyone with a copy of the backup can try passwords and use up "
                    "its attempts. "
                    "Enter your password once to link the vault to this computer and a new "
                    "recovery code."))
        title, sub = titles.get(self.mode, titles[UNLOCK])
        sub = self._reason or sub
        page = _Page("key" if is_key else "lock", title, sub)
        open_button = None
        if is_key:
            key_field = KeyField()
            key_field.keyFileFailed.connect(lambda exc: self._unlock_failed(exc))
            open_button = key_field.make_open_button()
            self.unlock_field: QLineEdit = key_field
            lab = QLabel(numbers(self.tr("%1-digit &key"), KEY_DIGITS))
        else:
            self.unlock_field = PasswordField(self.tr("Password"))
            self.unlock_field.setAccessibleName(self.tr("Password"))
            lab = QLabel(self.tr("&Password"))
        lab.setBuddy(self.unlock_field)
        page.lay.addWidget(lab)
        if open_button is not None:
            row = QHBoxLayout()
            row.addWidget(self.unlock_field, 1)
            row.addWidget(open_button)
            page.lay.addLayout(row)
        else:
            page.lay.addWidget(self.unlock_field)
        # A folder backup's key vault on a computer without its device credential.
        self.unlock_code_label = QLabel(self.tr("Key vault &recovery code"))
        self.unlock_code = KeyField(key_file=False)
        self.unlock_code.setAccessibleName(self.tr("Key vault recovery code"))
        self.unlock_code_label.setBuddy(self.unlock_code)
        for w in (self.unlock_code_label, self.unlock_code):
            w.hide()
            page.lay.addWidget(w)
        self.unlock_error = QLabel("")
        self.unlock_error.setWordWrap(True)
        self.unlock_error.setObjectName("error")
        self.unlock_error.setAccessibleDescription(self.tr("Error"))
        self.unlock_error.hide()
        page.lay.addWidget(self.unlock_error)
        self.unlock_field.textChanged.connect(lambda _t: self.unlock_error.hide())
        page.finish()
        return page

    def _build_choose(self) -> _Page:
        if self.mode == SETUP:
            title = self.tr("Protect your backup")
            sub = numbers(self.tr("Your chats are encrypted on this computer before they leave "
                                  "it. Only someone with your password or %1-digit key can read "
                                  "the backup — not Google, not us."), KEY_DIGITS)
            sub = self._reason or sub
        else:
            title = self.tr("Choose the new protection")
            sub = self.tr("A new password or key changes only the lock on your backup key; "
                          "nothing is uploaded again.")
        page = _Page("shield", title, sub)
        self.choose_password = self._choice(
            "lock", self.tr("Use a &password"),
            numbers(self.tr("Easy to remember. At least %1 characters. You need it to restore."),
                    MIN_PASSWORD_LENGTH))
        self.choose_key = self._choice(
            "key", numbers(self.tr("Use a %1-digit &key"), KEY_DIGITS),
            self.tr("A random key you write down or save. Strongest, but keep it safe."))
        self.choose_password.clicked.connect(lambda: self._chose("password"))
        self.choose_key.clicked.connect(lambda: self._chose("key"))
        page.lay.addWidget(self.choose_password)
        page.lay.addWidget(self.choose_key)
        self.choose_vault = self._choice(
            "cloud", self.tr("Use a password with the key &vault"),
            self.tr("The key vault at %1 keeps your key; it allows only a few wrong tries.")
            .replace("%1", self.ctx.settings.vault_url))
        self.choose_vault.clicked.connect(lambda: self._chose("vault"))
        page.lay.addWidget(self.choose_vault)
        self.choose_vault.setVisible(bool(self.ctx.settings.vault_url))
        # Changing the password keeps the backup key K: an old copy of the backup's settings
        # opens new backups with the old password (docs/FORMAT.md 3.3). After a suspected
        # leak, a new key is what helps.
        self.choose_rotate = self._choice(
            "shield", self.tr("&New password and new backup key"),
            self.tr("After a leak: a new key and a full new backup; the old one is deleted."))
        self.choose_rotate.clicked.connect(lambda: self._chose("rotate"))
        page.lay.addWidget(self.choose_rotate)
        self.choose_rotate.setVisible(self.mode == CHANGE)
        if self.mode == CHANGE:
            page.lay.addWidget(_notice(self.tr(
                "A new password keeps your backup key: an old copy of the backup's settings "
                "with your old password still opens new backups. If your password or key may "
                "have leaked, choose <b>New password and new backup key</b>."), "info"))
            page.finish()
            return page
        page.lay.addSpacing(10)
        page.lay.addWidget(style.label(self.tr("How it works"), "heading"))
        steps = [
            ("lock", self.tr("Chats and media are encrypted on this computer with a random "
                             "backup key before they are stored.")),
            ("key", self.tr("This computer keeps the backup key in its keyring, so later "
                            "backups run without asking.") if self._keyring else self.tr(
                "This computer has no keyring, so each backup asks for your password or key.")),
            ("restore", numbers(self.tr("On a new computer, your password or %1-digit key "
                                        "unlocks the backup. Nobody else can."), KEY_DIGITS)),
        ]
        if not self.ctx.settings.vault_url:
            steps.append(("info", self.tr("Your password never leaves this computer. (A key "
                                          "vault can be set up in Settings.)")))
        for icon_name, text in steps:
            row = QHBoxLayout()
            row.setSpacing(10)
            pic = style.decorative(QLabel())
            pic.setPixmap(render(icon_name, 18, style.muted_color()))
            pic.setAlignment(Qt.AlignmentFlag.AlignTop)
            row.addWidget(pic)
            row.addWidget(style.label(text, wrap=True), 1)
            page.lay.addLayout(row)
        page.finish()
        return page

    def _choice(self, icon_name: str, title: str, text: str) -> QPushButton:
        # A command link: its description wraps, so a longer translation never gets cut off.
        b = QCommandLinkButton(title, text)
        b.setIcon(icon(icon_name, style.accent()))
        b.setObjectName("choice")
        b.setIconSize(QSize(style.px(32), style.px(32)))
        b.setMinimumHeight(style.px(64))
        b.setAccessibleName(title.replace("&", ""))
        b.setAccessibleDescription(text)
        return b

    def _build_password(self) -> _Page:
        page = _Page("lock", self.tr("Create a password"),
                     self.tr("You will need this password to restore your chats on a new "
                             "computer. This computer remembers the backup key, so you will not "
                             "be asked for it at every backup.") if self._keyring else self.tr(
                         "You will need this password to restore your chats on a new "
                         "computer. This computer has no keyring, so each backup asks for it "
                         "too."))
        self.password_page_title = page.title
        self.new_password = NewPasswordForm()
        self.new_password.validityChanged.connect(lambda _v: self._update_buttons())
        page.lay.addWidget(self.new_password)
        page.lay.addSpacing(6)
        page.lay.addWidget(_notice(self.tr(
            "<b>Nobody can recover this password.</b> If you forget it and lose this computer, "
            "your backups cannot be opened — not by you, not by us.")))
        page.finish()
        return page

    def _build_key(self) -> _Page:
        page = _Page("key", numbers(self.tr("Your %1-digit key"), KEY_DIGITS),
                     self.tr("Write it down or save it somewhere safe, away from this computer. "
                             "You will need it to restore your chats on a new computer."))
        self.key_grid = KeyGrid()
        page.lay.addWidget(self.key_grid)
        page.lay.addSpacing(6)
        page.lay.addWidget(_notice(self.tr(
            "<b>Nobody can recover this key.</b> Anyone who has it can read your backups; if "
            "you lose it and this computer, your backups cannot be opened.")))
        page.finish()
        return page

    def _build_recovery(self) -> _Page:
        page = _Page("key", self.tr("Your recovery code"),
                     self.tr("The key vault lets only this computer try your password. On a new "
                             "computer you will need this code together with your password. "
                             "Write it down or save it somewhere safe, away from this computer."))
        self.recovery_grid = KeyGrid(recovery=True)
        page.lay.addWidget(self.recovery_grid)
        page.lay.addSpacing(6)
        page.lay.addWidget(_notice(self.tr(
            "<b>It is shown only now.</b> Without it, a new computer cannot restore your "
            "backup with your password. The code alone cannot open your backup.")))
        page.finish()
        return page

    def _build_confirm(self) -> _Page:
        page = _Page("check", self.tr("Confirm your key"),
                     self.tr("To make sure you kept it, type the groups below from your key."))
        self.confirm_page_title, self.confirm_page_subtitle = page.title, page.subtitle
        self.confirm_fields: list[QLineEdit] = []
        self.confirm_groups: list[int] = []
        row = QHBoxLayout()
        row.setSpacing(18)
        self.confirm_labels: list[QLabel] = []
        for _ in range(3):
            col = QVBoxLayout()
            lab = QLabel("")
            f = QLineEdit()
            f.setFont(style.mono_font(style.KEY_SCALE))
            f.setMaxLength(4)
            f.setFixedWidth(style.px(110))
            f.setAlignment(Qt.AlignmentFlag.AlignCenter)
            f.textChanged.connect(lambda _t: self._update_buttons())
            lab.setBuddy(f)
            col.addWidget(lab)
            col.addWidget(f)
            row.addLayout(col)
            self.confirm_fields.append(f)
            self.confirm_labels.append(lab)
        row.addStretch(1)
        page.lay.addLayout(row)
        page.lay.addWidget(style.label(numbers(self.tr(
            "Groups are numbered %1 to %2, left to right, top to bottom. Letters can be typed in "
            "upper or lower case."), 1, KEY_GROUPS), "muted", wrap=True))
        self.confirm_error = QLabel("")
        self.confirm_error.setObjectName("error")
        self.confirm_error.setWordWrap(True)
        page.lay.addWidget(self.confirm_error)
        page.lay.addSpacing(8)
        page.lay.addWidget(_notice(self.tr(
            "Can't find these groups? Your key is not saved yet: go <b>Back</b>, then copy it "
            "or save it to a file."), "info"))
        page.finish()
        return page

    def _build_off(self) -> _Page:
        page = _Page("unlock", self.tr("Stop backing up from this computer?"),
                     self.tr("backupgui never makes unencrypted backups."))
        page.lay.addWidget(style.label(numbers(self.tr(
            "Turning off end-to-end encryption here will:<ul>"
            "<li>remove the backup key from this computer's keyring,</li>"
            "<li>stop backups from this computer until you turn encryption on again.</li></ul>"
            "Backups already made stay where they are, still encrypted. You can restore them "
            "with your password or %1-digit key at any time."), KEY_DIGITS), wrap=True))
        page.finish()
        return page

    # --- navigation -------------------------------------------------------------------------
    def _show(self, page: QWidget, remember: bool = True) -> None:
        if remember:
            self._history.append(self.stack.currentWidget())
        self.stack.setCurrentWidget(page)
        self._entered(page)

    def _entered(self, page: QWidget) -> None:
        self.body.verticalScrollBar().setValue(0)  # a page starts at its top
        self._update_buttons()
        self._fit()
        # Where the keyboard starts on each page (Enter then does the obvious thing; on the
        # turn-off page it is Cancel, so a stray Enter never turns encryption off).
        focus = {self.page_unlock: self.unlock_field, self.page_password: self.new_password.password,
                 self.page_confirm: self.confirm_fields[0], self.page_key: self.next_button,
                 self.page_off: self.cancel_button}.get(page)
        now = self.focusWidget()
        if focus is None and (now is None or not now.isVisibleTo(self)):
            # The focus was on what this page hides (the choice clicked, Back on the first
            # page): the page's first control has it, not the start of the Tab order.
            focus = next((w for w in page.findChildren(QWidget)
                          if w.focusPolicy() & Qt.FocusPolicy.TabFocus
                          and w.isVisibleTo(page) and w.isEnabled()), self.next_button)
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fit(self) -> None:
        """As tall as this page needs at this width, shorter or taller than the last one (a
        stack is as tall as its tallest page: the recovery code's page had the vault
        choice's empty room below it); the top stays where it is, and the dialog stays on
        its screen, the page scrolling where the screen is too short."""
        if self.isVisible():
            fit_to_contents(self)
        else:
            grow_to_fit(self)

    def showEvent(self, e) -> None:  # noqa: N802 - Qt API
        super().showEvent(e)
        fit_to_contents(self)  # (at the width it opens at: its first page's wrapping)

    def _back(self) -> None:
        if self._history and not self._busy():
            page = self._history.pop()
            self.stack.setCurrentWidget(page)
            self._entered(page)

    def _busy(self) -> bool:
        return self._task is not None

    def _update_buttons(self) -> None:
        page = self.stack.currentWidget()
        busy = self._busy()
        self.back_button.setVisible(bool(self._history))
        self.back_button.setEnabled(not busy)
        self.next_button.setVisible(page is not self.page_choose)
        self.busy.setVisible(busy)
        enabled = not busy
        text = self.tr("&Continue")
        if page is self.page_password:
            enabled = enabled and self.new_password.valid
            text = self.tr("Turn &on") if self.mode == SETUP else self.tr("&Save password")
        elif page is self.page_confirm:
            enabled = enabled and all(len(f.text().strip()) == 4 for f in self.confirm_fields)
            text = self.tr("Turn &on") if self.mode == SETUP else self.tr("&Use this key")
        elif page is self.page_key:
            text = self.tr("I saved my &key")
        elif page is self.page_recovery:
            text = self.tr("I saved my c&ode")
        elif page is self.page_off:
            text = self.tr("&Turn off")
        elif page is self.page_unlock:
            text = self.tr("&Check") if self.mode == CHECK else self.tr("&Continue")
        self.next_button.setText(text)
        self.next_button.setEnabled(enabled)
        self.next_button.setObjectName("danger" if page is self.page_off else "primary")
        self.next_button.style().unpolish(self.next_button)
        self.next_button.style().polish(self.next_button)

    def _chose(self, new_mode: str) -> None:
        self._new_mode = new_mode
        if new_mode == "key":
            if self.mode == SETUP:
                self._key = generate_key()
            self.key_grid.set_key(self._key)
            self._show(self.page_key)
        else:
            if self.mode == SETUP and self._key:
                # Back from the key page to a password: the key shown there is not used, so
                # it is not kept either.
                self._key = b""
                self.key_grid.wipe()
            self.password_page_title.setText(
                self.tr("Create a password for the key vault") if new_mode == "vault"
                else self.tr("Create a new password for the new key") if new_mode == "rotate"
                else self.tr("Create a password"))
            self._show(self.page_password)

    def _next(self) -> None:
        if self._busy():
            return
        page = self.stack.currentWidget()
        if page is self.page_unlock:
            self._submit_unlock()
        elif page is self.page_password:
            self._submit_password()
        elif page is self.page_key:
            self._confirming = "key"
            self._prepare_confirm()
            self._show(self.page_confirm)
        elif page is self.page_recovery:
            self._confirming = "recovery"
            self._prepare_confirm()
            self._show(self.page_confirm)
        elif page is self.page_confirm:
            self._submit_confirm()
        elif page is self.page_off:
            self._finish(EncryptionOutcome("off", self.key_mode))

    # --- steps ------------------------------------------------------------------------------
    def _submit_unlock(self) -> None:
        text = self.unlock_field.text()
        if not text:
            return
        try:
            code = None
            if self.unlock_code.isVisible() and self.unlock_code.text().strip():
                from ...vault.account import parse_recovery_code

                code = parse_recovery_code(self.unlock_code.text())
            material: KeyMaterial = (RawKey(key_from_text(text)) if self.key_mode == "key" else
                                     self.ctx.vault_password(text, recovery_code=code)
                                     if self.key_mode == "vault" else self.ctx.password(text))
        except MalformedKeyError as exc:
            self._unlock_failed(exc)
            return
        spec, set_id = self.spec, self.set_id
        if self.mode == UPGRADE:
            secret = text  # the binding needs it again; kept only until the dialog closes
            self._run(lambda _p, _c: unlock_key(spec, material, set_id),
                      lambda key: self._upgrade_unlocked(key, secret), self._unlock_failed)
            return
        self._run(lambda _p, _c: unlock_key(spec, material, set_id),
                  lambda key: self._unlocked(key, material), self._unlock_failed)

    def _upgrade_unlocked(self, key: bytes, secret: str) -> None:
        """The password is right: for a folder backup show the new recovery code (confirmed
        before anything is bound), for Drive finish; the backup then binds the record."""
        self.unlock_field.clear()
        self._key = key
        if self._account == "google":
            self._finish(EncryptionOutcome("upgrade", "vault", self.ctx.vault_password(secret),
                                           key))
            return
        from ...vault.account import new_secret

        self._code = new_secret()
        self._pending = self.ctx.vault_password(secret, new_recovery_code=self._code)
        self.recovery_grid.set_key(self._code)
        self._show(self.page_recovery)

    def _unlocked(self, key: bytes, material: KeyMaterial) -> None:
        self.unlock_field.clear()
        self._key = key
        if self.mode == CHANGE:
            self._old = material
            self._show(self.page_choose)
        elif self.mode == TURN_OFF:
            self._show(self.page_off)
        else:
            self._finish(EncryptionOutcome("checked" if self.mode == CHECK else "unlocked",
                                           self.key_mode, material, key))

    def _unlock_failed(self, exc: BaseException) -> None:
        if isinstance(exc, VaultAccountError) and exc.account == "device":
            self.unlock_code_label.show()
            self.unlock_code.show()
            self.unlock_error.setText(self.tr(
                "This computer cannot use the key vault on its own. Enter the recovery code "
                "you saved when you set up the key vault, with your password."))
            self.unlock_error.show()
            announce(self.unlock_error, self.unlock_error.text(), assertive=True)
            self.unlock_code.setFocus()
            return
        if isinstance(exc, NotFoundError) and self.mode in (CHANGE, CHECK, TURN_OFF):
            # The destination changed and holds no backup yet (the message named the set's
            # hex id); the first backup there asks how it is protected.
            msg = self.tr("There is no backup at this destination yet, so the password cannot "
                          "be checked here. Back up first: the first backup here asks how it "
                          "will be protected.")
        elif isinstance(exc, BackupError):
            msg = inline_text(exc)
        else:
            msg = self.tr("The check failed unexpectedly; see the log for details.")
        self.unlock_error.setText(msg)
        self.unlock_error.show()
        announce(self.unlock_error, msg, assertive=True)
        self.unlock_field.selectAll()
        self.unlock_field.setFocus()

    def _submit_password(self) -> None:
        if not self.new_password.valid:
            return
        secret = self.new_password.password.text()
        if self._new_mode == "vault" and self.spec.kind != GDRIVE:
            # Folder backups: the vault counts attempts only from this computer or with the
            # recovery code, which the user sees and confirms before anything is stored.
            from ...vault.account import new_secret

            self._code = new_secret()
            self._pending = self.ctx.vault_password(secret, new_recovery_code=self._code)
            self.new_password.wipe()
            self.recovery_grid.set_key(self._code)
            self._show(self.page_recovery)
            return
        material = (self.ctx.vault_password(secret) if self._new_mode == "vault"
                    else self.ctx.password(secret))
        self.new_password.wipe()
        mode = "vault" if self._new_mode == "vault" else "password"
        if self._new_mode == "rotate":  # the controller runs the rotation (a full backup)
            self._finish(EncryptionOutcome("rotate", "password", material, self._key,
                                           old=self._old))
            return
        if self.mode == SETUP:
            self._finish(EncryptionOutcome("new", mode, material))
        else:
            self._rewrap(material, mode)

    def _prepare_confirm(self) -> None:
        if self._confirming == "recovery":
            self.confirm_page_title.setText(self.tr("Confirm your recovery code"))
            self.confirm_page_subtitle.setText(self.tr(
                "To make sure you kept it, type the groups below from your recovery code."))
        else:
            self.confirm_page_title.setText(self.tr("Confirm your key"))
            self.confirm_page_subtitle.setText(self.tr(
                "To make sure you kept it, type the groups below from your key."))
        rng = random.SystemRandom()
        self.confirm_groups = sorted(rng.sample(range(KEY_GROUPS), 3))
        for lab, f, g in zip(self.confirm_labels, self.confirm_fields, self.confirm_groups,
                             strict=True):
            number = QLocale().toString(g + 1)  # in the language's digits (Arabic: ١٥)
            lab.setText(self.tr("Group %1").replace("%1", number))
            f.setAccessibleName(self.tr("Group %1 of your key").replace("%1", number))
            f.clear()
        self.confirm_error.clear()

    def _submit_confirm(self) -> None:
        recovery = self._confirming == "recovery"
        groups = format_key(self._code if recovery else self._key).split()
        typed = [f.text().strip().lower() for f in self.confirm_fields]
        if typed != [groups[g] for g in self.confirm_groups]:
            self.confirm_error.setText(self.tr(
                "That does not match your recovery code. Go back to see it again, and check "
                "the group numbers.") if recovery else self.tr(
                "That does not match your key. Go back to see it again, and check the group "
                "numbers."))
            announce(self.confirm_error, self.confirm_error.text(), assertive=True)
            return
        if recovery:
            material, self._pending = self._pending, None
            assert material is not None
            if self.mode == UPGRADE:
                self._finish(EncryptionOutcome("upgrade", "vault", material, self._key))
                return
            if self.mode == SETUP:
                self._finish(EncryptionOutcome("new", "vault", material))
            else:
                self._rewrap(material, "vault")
            return
        if self.mode == SETUP:
            self._finish(EncryptionOutcome("new", "key", RawKey(self._key), self._key))
        else:
            self._rewrap(RawKey(self._key), "key")

    def _rewrap(self, material: KeyMaterial, mode: str) -> None:
        spec, key, set_id, old = self.spec, self._key, self.set_id, self._old
        library = self.ctx.library_dir
        self._run(lambda _p, _c: rewrap_key(spec, key, material, set_id, old, library),
                  lambda done: self._finish(EncryptionOutcome("changed", done[0], None, key,
                                                              warnings=done[1])),
                  self._rewrap_failed)

    def _rewrap_failed(self, exc: BaseException) -> None:
        from ..widgets.errors import show_error

        show_error(self, exc, self.tr("Could not change encryption"))

    def _run(self, fn, on_done, on_error) -> None:
        def finished() -> None:
            self._task = None
            self._update_buttons()

        def guard(callback):
            # A reply that arrives after the dialog was closed is dropped.
            return lambda value: callback(value) if self._task is handle else None

        handle = run_in_background(fn, name="encryption", owner=self)
        handle.succeeded.connect(guard(on_done))
        handle.failed.connect(guard(on_error))
        handle.finished.connect(finished)
        self._task = handle
        self._update_buttons()

    def _finish(self, outcome: EncryptionOutcome) -> None:
        self.outcome = outcome
        self._wipe()
        self._key = b""  # the outcome holds it where the caller needs it
        self.accept()

    def _wipe(self) -> None:
        self.unlock_field.clear()
        self.unlock_code.clear()
        self.new_password.wipe()
        for f in self.confirm_fields:
            f.clear()
        self.key_grid.wipe()
        self.recovery_grid.wipe()
        self._pending = None
        self._old = None
        self._code = b""

    def shown_secret(self) -> str:
        """"key" or "recovery" while the page shows or confirms a secret the user may have
        written down (the new 64-digit key, a key vault recovery code), else ""."""
        page = self.stack.currentWidget()
        if page is self.page_key:
            return "key"
        if page is self.page_recovery:
            return "recovery"
        if page is self.page_confirm:
            return self._confirming
        return ""

    def reject(self) -> None:
        """Cancel, Escape or the window's close button. On a page with a secret the user may
        have just written down, ask first ("Stay" is the default): leaving by mistake must not
        silently throw away what is on their paper. Leaving forgets the secret at once."""
        secret = self.shown_secret()
        if secret and not self._leaving:
            self._ask_leave(secret)
            return
        if self._task is not None:
            self._task.cancel()
            self._task = None
        if secret:
            self.key_grid.wipe(forget_copy=True)
            self.recovery_grid.wipe(forget_copy=True)
        self._wipe()
        self._key = b""
        super().reject()

    def ask_leave(self, then: Callable[[], None]) -> bool:
        """The app quits (the tray's Quit) while this dialog shows a secret: ask as Escape
        does, and call ``then`` once the user chose *Leave*. False when no secret is shown
        (nothing asked: the caller goes on)."""
        secret = self.shown_secret()
        if not secret:
            return False
        self._then = then
        self._ask_leave(secret)
        return True

    def _ask_leave(self, secret: str) -> None:
        if self.leave_box is not None:
            self.leave_box.raise_()
            self.leave_box.activateWindow()
            return
        setup = self.mode == SETUP
        if secret == "recovery":
            info = (self.tr("The recovery code you wrote down or saved will not be used: "
                            "backupgui forgets it now, and end-to-end encryption is not turned "
                            "on.") if setup else
                    self.tr("The recovery code you wrote down or saved will not be used: "
                            "backupgui forgets it now, and your backup stays protected as it "
                            "is."))
        else:
            info = (numbers(self.tr("The %1-digit key you wrote down or saved will not be used: "
                                    "backupgui forgets it now, and end-to-end encryption is not "
                                    "turned on. Next time you will get a new key."), KEY_DIGITS)
                    if setup else
                    # Changing the protection shows K itself: it opens the backup whatever
                    # protects it, so the paper is not worthless and must not be called so.
                    numbers(self.tr("The %1-digit key you wrote down or saved is your "
                                    "backup's own key: it still opens your backups, so keep it "
                                    "safe or destroy it. Your backup stays protected as it "
                                    "is."), KEY_DIGITS))
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(),
                          self.tr("Leave without finishing?"),
                          QMessageBox.StandardButton.NoButton, self)
        box.setInformativeText(info)
        leave = box.addButton(self.tr("&Leave"), QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(self.tr("&Stay"), QMessageBox.ButtonRole.RejectRole)
        # Enter and Escape stay: only a deliberate "Leave" (its access key or a click) drops
        # the secret.
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        name_icon(box)
        self.leave_box = box

        def answered() -> None:
            self.leave_box = None
            then, self._then = self._then, None
            if box.clickedButton() is leave:
                self._leaving = True
                self.reject()
                if then is not None:
                    then()
            else:  # back to the page, with the keyboard (no window manager may give it back)
                self.activateWindow()

        box.finished.connect(lambda _r: answered())
        box.open()
