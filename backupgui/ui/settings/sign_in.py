"""Signing in to Google Drive from the app: the browser step with its link, "Copy link",
Cancel and a time limit, and the box that Settings and the restore wizard share (account,
Sign in…, the person's own Google Cloud client, the Drive emulator)."""

from __future__ import annotations

import html
import time

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...device.settings import GDRIVE, AppSettings
from ...errors import BackupError, CancelledError
from ...jobs import Progress
from ..language import isolate
from ..tasks import TaskHandle, call_in_background, run_in_background
from ..widgets import style
from ..widgets.errors import inline_text, name_icon, show_error
from ..widgets.fit import keep_min_height_for_width
from ..widgets.formatting import countdown, numbers
from ..widgets.icons import icon
from .destinations import (
    DEFAULT_EMULATOR_URL,
    DestinationSpec,
    builtin_sign_in_available,
    check_client_file,
    forget_drive,
    sign_in_drive,
)

# How long the browser step may take before the dialog gives up (seconds).
SIGN_IN_TIMEOUT_S = 300.0


def open_url(url: str) -> bool:
    """Open ``url`` in the person's browser (tests put their own browser here)."""
    return QDesktopServices.openUrl(QUrl(url))


class SignInDialog(QDialog):
    """Runs the Google sign-in in the background and shows the browser step: the link (with
    Copy link and Open browser again), a countdown, Cancel; an error or timeout stays in the
    dialog with Try again. ``signed_in`` holds (email, remembered) once it succeeded."""

    signedIn = Signal(str, bool)

    def __init__(self, spec: DestinationSpec, parent: QWidget | None = None, *,
                 timeout_s: float = SIGN_IN_TIMEOUT_S) -> None:
        super().__init__(parent)
        keep_min_height_for_width(self)  # its wrapped texts are never cut off
        self.spec = spec
        self.timeout_s = timeout_s
        self.task: TaskHandle | None = None
        self.url = ""
        self.signed_in: tuple[str, bool] | None = None
        self.setWindowTitle(self.tr("Sign in to Google Drive"))
        self.setWindowIcon(icon("cloud"))
        self.setMinimumWidth(style.px(560))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(22, 18, 22, 16)
        lay.setSpacing(10)
        self.heading = style.label(self.tr("Finish signing in in your browser"), "heading")
        lay.addWidget(self.heading)
        self.text = style.label(self.tr(
            "Your browser shows the Drive emulator's sign-in page. Choose Allow there, then "
            "come back here.") if spec.emulator_url else self.tr(
            "Your browser shows Google's sign-in page. Sign in there and choose Allow, then "
            "come back here."), "", wrap=True)
        lay.addWidget(self.text)
        self.link_label = style.label(self.tr(
            "If no browser window opened, copy this link into your browser:"), "muted", wrap=True)
        lay.addWidget(self.link_label)
        row = QHBoxLayout()
        self.link = QLineEdit()
        self.link.setReadOnly(True)
        self.link.setPlaceholderText(self.tr("Preparing the sign-in link…"))
        self.link.setAccessibleName(self.tr("Sign-in link"))
        self.copy_button = QPushButton(icon("copy"), self.tr("&Copy link"))
        self.copy_button.clicked.connect(self.copy_link)
        self.open_button = QPushButton(self.tr("&Open browser again"))
        self.open_button.clicked.connect(lambda: open_url(self.url))
        row.addWidget(self.link, 1)
        row.addWidget(self.copy_button)
        row.addWidget(self.open_button)
        lay.addLayout(row)
        self.status = style.label("", "muted", wrap=True)
        self.status.setAccessibleDescription(self.tr("Sign-in status"))
        lay.addWidget(self.status)
        self.error = style.error_label(self.tr("Error"))
        lay.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.retry_button = QPushButton(self.tr("&Try again"))
        self.retry_button.clicked.connect(self.start)
        self.retry_button.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.cancel_button)
        lay.addLayout(buttons)
        self._deadline = 0.0
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._tick)
        for b in (self.copy_button, self.open_button):
            b.setEnabled(False)

    # --- the background step ------------------------------------------------------------------
    def start(self) -> None:
        """Start (or restart) the sign-in."""
        if self.task is not None:
            return
        self.error.hide()
        self.retry_button.hide()
        self.cancel_button.setText(self.tr("Cancel"))
        self.heading.setText(self.tr("Finish signing in in your browser"))
        self.url = ""
        self.link.clear()
        for b in (self.copy_button, self.open_button):
            b.setEnabled(False)
        spec, timeout = self.spec, self.timeout_s
        self._deadline = time.monotonic() + timeout
        self._tick()
        self._clock.start()

        def work(progress, cancel):
            def on_url(url: str) -> None:
                progress(Progress("url", item=url))
            return sign_in_drive(spec, on_url=on_url, cancel=cancel, timeout_s=timeout)

        self.task = run_in_background(work, name="drive-sign-in", on_progress=self._got_url,
                                      on_done=self._done, on_error=self._failed,
                                      on_cancelled=self._cancelled, owner=self,
                                      cancel_with_owner=True)

    def _got_url(self, p: Progress) -> None:
        if p.phase != "url" or not p.item or self.url:
            return
        self.url = p.item
        self.link.setText(self.url)
        self.link.setCursorPosition(0)
        for b in (self.copy_button, self.open_button):
            b.setEnabled(True)
        if not open_url(self.url):
            self.status.setText(self.tr("No browser could be opened: copy the link into your "
                                        "browser."))

    def _tick(self) -> None:
        left = max(0, int(round(self._deadline - time.monotonic())))
        self.status.setText(self.tr("Waiting for you to finish signing in… (%1 left)",
                                    "minutes:seconds").replace("%1", countdown(left)))

    def _stop_clock(self) -> None:
        self._clock.stop()
        self.task = None

    def _done(self, result: tuple[str, bool]) -> None:
        self._stop_clock()
        self.signed_in = result
        self.signedIn.emit(result[0], result[1])
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._stop_clock()
        if isinstance(exc, CancelledError):
            return
        if not isinstance(exc, BackupError):
            show_error(self, exc, self.tr("Google sign-in failed"))
        self.heading.setText(self.tr("The sign-in did not finish"))
        self.error.setText(inline_text(exc) if isinstance(exc, BackupError)
                           else self.tr("Something went wrong."))
        self.error.show()
        style.fit_height(self)  # the message's lines are not cut off
        self.status.clear()
        self.retry_button.show()
        self.cancel_button.setText(self.tr("Close"))
        for b in (self.copy_button, self.open_button):
            b.setEnabled(False)

    def _cancelled(self) -> None:
        self._stop_clock()

    def copy_link(self) -> None:
        if self.url:
            QGuiApplication.clipboard().setText(self.url)
            self.status.setText(self.tr("Link copied. Paste it into your browser's address bar."))

    # --- closing ------------------------------------------------------------------------------
    def reject(self) -> None:
        if self.task is not None:
            self.task.cancel()  # the loopback server stops within a quarter second
        self._clock.stop()
        super().reject()

    def open(self) -> None:
        super().open()
        self.start()


class DriveAccountBox(QWidget):
    """Account, Sign in…, the person's own Google Cloud client and the Drive emulator, as
    Settings and the restore wizard show them. ``changed`` fires when the account changes."""

    changed = Signal()
    forgotten = Signal()  # the sign-in was removed from this computer

    def __init__(self, s: AppSettings, parent: QWidget | None = None, *,
                 restoring: bool = False) -> None:
        super().__init__(parent)
        self.account = s.gdrive_account
        self.client_file = s.gdrive_client_secret
        self.remembered = True
        self.dialog: SignInDialog | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)

        acc = QHBoxLayout()
        self.account_label = QLabel("")
        self.account_label.setWordWrap(True)
        self.account_label.setAccessibleDescription(self.tr("Google account"))
        self.sign_in_button = QPushButton(icon("cloud"), self.tr("&Sign in…"))
        self.sign_in_button.clicked.connect(self.sign_in)
        acc.addWidget(self.account_label, 1)
        acc.addWidget(self.sign_in_button)
        lay.addLayout(acc)
        # Forgets the sign-in on this computer only. Revoking at Google is never offered here:
        # Google then deletes the app's hidden folder, and with it the backups. Offered in the
        # restore wizard too: a person restoring on a borrowed or shared computer signs in
        # there and must be able to leave without their Google sign-in staying behind.
        self.forget_button = QPushButton(self.tr("Fo&rget this account on this computer"))
        self.forget_button.clicked.connect(self.confirm_forget)
        self.forget_box: QMessageBox | None = None
        forget_row = QHBoxLayout()
        forget_row.addStretch(1)
        forget_row.addWidget(self.forget_button)
        lay.addLayout(forget_row)

        self.no_client = style.label(self.tr(
            "This copy of backupgui has no Google sign-in built in. To restore from Google "
            "Drive, use your own Google Cloud client (free; Help shows the steps), or try the "
            "Drive emulator below.") if restoring else self.tr(
            "This copy of backupgui has no Google sign-in built in. To back up to Google Drive, "
            "use your own Google Cloud client (free; Help shows the steps), or try the Drive "
            "emulator below."), "muted", wrap=True)
        lay.addWidget(self.no_client)
        own = QHBoxLayout()
        self.own_button = QPushButton(self.tr("Use your own Google Cloud &client…"))
        self.own_button.clicked.connect(self.choose_client_file)
        self.help_button = QPushButton(icon("info"), self.tr("&Help"))
        self.help_button.clicked.connect(self.show_help)
        self.builtin_button = QPushButton(self.tr("Use the &built-in sign-in"))
        self.builtin_button.clicked.connect(lambda: self.set_client_file(""))
        own.addWidget(self.own_button)
        own.addWidget(self.builtin_button)
        own.addWidget(self.help_button)
        own.addStretch(1)
        lay.addLayout(own)
        self.client_label = style.label("", "muted")
        self.client_label.setMinimumWidth(10)
        lay.addWidget(self.client_label)

        self.emulator_check = QCheckBox(self.tr("Try without Google: use the Drive &emulator at",
                                                  "a check box; the address follows in a field"))
        self.emulator = QLineEdit(s.gdrive_emulator_url or DEFAULT_EMULATOR_URL)
        self.emulator.setAccessibleName(self.tr("Drive emulator address"))
        self.emulator_check.setChecked(bool(s.gdrive_emulator_url))
        self.emulator_check.toggled.connect(self._emulator_toggled)
        # The account belongs to the address it signed in at: any change of the address (typed,
        # pasted, or set by an accessibility tool, which is not an "edit") forgets it.
        self._account_url = self.emulator_url()
        self.emulator.textChanged.connect(lambda _t: self._address_changed())
        emu = QHBoxLayout()
        emu.addWidget(self.emulator_check)
        emu.addWidget(self.emulator, 1)
        lay.addLayout(emu)
        self._refresh()

    # --- state --------------------------------------------------------------------------------
    def emulator_url(self) -> str:
        return self.emulator.text().strip() if self.emulator_check.isChecked() else ""

    def spec(self) -> DestinationSpec:
        return DestinationSpec(GDRIVE, "", self.client_file, self.emulator_url(), self.account)

    def can_sign_in(self) -> bool:
        return bool(self.emulator_url() or self.client_file or builtin_sign_in_available())

    def _refresh(self) -> None:
        builtin = builtin_sign_in_available()
        emulator = bool(self.emulator_url())
        if self.account:
            text = self.tr("Signed in as %1").replace("%1", isolate(self.account)) if self.remembered \
                else self.tr("Signed in as %1 (this session only: no keyring)").replace(
                    "%1", isolate(self.account))
            self.account_label.setText(text)
            self.sign_in_button.setText(self.tr("&Use another account…"))
        else:
            self.account_label.setText(self.tr("Not signed in"))
            self.sign_in_button.setText(self.tr("&Sign in…"))
        self.sign_in_button.setEnabled(self.can_sign_in())
        self.forget_button.setVisible(bool(self.account))
        self.no_client.setVisible(not builtin and not self.client_file and not emulator)
        self.builtin_button.setVisible(bool(self.client_file) and builtin)
        if self.client_file:
            metrics = self.client_label.fontMetrics()
            self.client_label.setText(metrics.elidedText(
                self.tr("Your own client: %1").replace("%1", isolate(self.client_file)),
                Qt.TextElideMode.ElideMiddle, style.px(480)))
            self.client_label.setToolTip(self.client_file)
        self.client_label.setVisible(bool(self.client_file))
        self.emulator.setEnabled(self.emulator_check.isChecked())

    def _forget_account(self) -> None:
        """Another client or server: the account shown no longer applies."""
        if self.account:
            self.account = ""
            self.changed.emit()
        self._refresh()

    def _address_changed(self) -> None:
        if self.emulator_url() != self._account_url:
            self._forget_account()

    def _emulator_toggled(self, on: bool) -> None:
        if on and not self.emulator.text().strip():
            self.emulator.setText(DEFAULT_EMULATOR_URL)
        self._forget_account()

    def set_client_file(self, path: str) -> None:
        if path != self.client_file:
            self.client_file = path
            self._forget_account()
        self._refresh()

    # --- actions ------------------------------------------------------------------------------
    def choose_client_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Your Google Cloud OAuth client"), "",
                                              self.tr("Client files (*.json)"))
        if path:
            self.use_client_file(path)

    def use_client_file(self, path: str) -> None:
        """Check the picked client file in the background, then use it."""

        def failed(exc: BaseException) -> None:
            show_error(self, exc, self.tr("This client file cannot be used"))

        call_in_background(check_client_file, path, name="check-client",
                           on_done=lambda _cid: self.set_client_file(path), on_error=failed,
                           owner=self, cancel_with_owner=True)

    def show_help(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Your own Google Cloud client"),
                          self.tr("Backing up to Google Drive with your own Google Cloud client"),
                          QMessageBox.StandardButton.Ok, self)
        # As rich text: a plain label's height (its font's line height) came out a few pixels
        # short of the laid-out lines in Hindi (a fallback font's taller lines), cutting off the
        # last step; a document measures the lines it lays out.
        steps = numbers(self.tr(
            "%1. Open console.cloud.google.com and create a project.\n"
            "%2. APIs & Services → Library: enable the Google Drive API.\n"
            "%3. OAuth consent screen: type External, add the scope …/auth/drive.appdata and your "
            "Google account as a test user (or publish the app).\n"
            "%4. Credentials → Create credentials → OAuth client ID → Desktop app; download the "
            "JSON file.\n"
            "%5. Here: Use your own Google Cloud client… and choose that file, then Sign in.\n\n"
            "docs/DRIVE.md explains each step.", "%1 … %5: the steps' numbers"), 1, 2, 3, 4, 5)
        box.setInformativeText("<p>" + html.escape(steps).replace("\n", "<br>") + "</p>")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        name_icon(box)
        self.help_box = box
        box.open()

    def sign_in(self) -> None:
        dlg = SignInDialog(self.spec(), self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.signedIn.connect(self._signed_in)
        dlg.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dlg
        dlg.open()

    def _signed_in(self, email: str, remembered: bool) -> None:
        self.account = email
        self._account_url = self.emulator_url()
        self.remembered = remembered
        self._refresh()
        self.changed.emit()

    def confirm_forget(self) -> None:
        """Ask first; the answer says what stays (the backups on Drive) and what stops."""
        if not self.account:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Forget this account"),
                          self.tr("Forget %1 on this computer?").replace("%1", isolate(self.account)),
                          QMessageBox.StandardButton.NoButton, self)
        # Rich text, as in show_help: a plain label came out a few pixels short in Hindi.
        box.setInformativeText("<p>" + html.escape(self.tr(
            "The sign-in is removed from this computer's password store. Your backups stay on "
            "Google Drive, and backupgui keeps its access there: sign in again with this "
            "account to back up or restore. Until then, backups to Google Drive stop.\n\n"
            "Do not remove backupgui's access in your Google Account settings if you want to "
            "keep these backups: Google then deletes the backups in the app's hidden folder."),
            quote=False).replace("\n\n", "</p><p>") + "</p>")
        self.forget_yes = box.addButton(self.tr("&Forget"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda b: self.forget() if b is self.forget_yes else None)
        name_icon(box)
        self.forget_box = box
        box.open()

    def forget(self) -> None:
        """Remove the saved sign-in in the background (keyring), then show "Not signed in"."""
        self.forget_button.setEnabled(False)
        spec = self.spec()

        def failed(exc: BaseException) -> None:
            self.forget_button.setEnabled(True)
            show_error(self, exc, self.tr("The account could not be forgotten"))

        call_in_background(forget_drive, spec, name="drive-forget",
                           on_done=lambda _r: self._forgotten(), on_error=failed, owner=self)

    def _forgotten(self) -> None:
        self.forget_button.setEnabled(True)
        self.remembered = True
        self._forget_account()
        self.forgotten.emit()
