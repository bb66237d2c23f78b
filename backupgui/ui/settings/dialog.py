"""Settings: destination (folder or Google Drive), this computer's name, backup options, the
key vault, logging. Saved with QSettings; no secret is ever stored here."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...settings import FOLDER, GDRIVE, LOG_LEVELS, settings_file
from ..context import AppContext
from ..logging_setup import log_file, set_level
from ..tasks import call_in_background
from ..widgets import style
from ..widgets.errors import show_error
from ..widgets.icons import icon
from .destinations import DestinationSpec, gdrive_available, sign_in_drive


class SettingsDialog(QDialog):
    """Edits a copy of the settings; OK validates and saves."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        s = ctx.settings
        self.setWindowTitle(self.tr("Settings"))
        self.setWindowIcon(icon("settings"))
        self.setMinimumWidth(640)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(22, 18, 22, 16)
        lay.setSpacing(14)

        # destination ------------------------------------------------------------------------
        dest = QGroupBox(self.tr("Where backups go"))
        dl = QVBoxLayout(dest)
        self.folder_radio = QRadioButton(self.tr("A &folder"))
        self.drive_radio = QRadioButton(self.tr("&Google Drive"))
        group = QButtonGroup(self)
        group.addButton(self.folder_radio)
        group.addButton(self.drive_radio)
        self.folder = QLineEdit(s.folder_path)
        self.folder.setPlaceholderText(self.tr("e.g. a USB drive or a synced folder"))
        self.folder.setAccessibleName(self.tr("Backup folder"))
        browse = QPushButton(icon("folder"), self.tr("&Browse…"))
        browse.clicked.connect(self._browse_folder)
        row = QHBoxLayout()
        row.setContentsMargins(24, 0, 0, 0)
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        dl.addWidget(self.folder_radio)
        dl.addLayout(row)
        dl.addSpacing(6)
        dl.addWidget(self.drive_radio)
        self.drive_box = QWidget()
        form = QFormLayout(self.drive_box)
        form.setContentsMargins(24, 0, 0, 0)
        self.client_secret = QLineEdit(s.gdrive_client_secret)
        self.client_secret.setPlaceholderText(self.tr("Desktop-app OAuth client JSON"))
        self.client_secret.setAccessibleName(self.tr("Google OAuth client file"))
        pick = QPushButton(self.tr("Choose…"))
        pick.clicked.connect(self._browse_secret)
        secret_row = QHBoxLayout()
        secret_row.addWidget(self.client_secret, 1)
        secret_row.addWidget(pick)
        self.emulator = QLineEdit(s.gdrive_emulator_url)
        self.emulator.setPlaceholderText("http://127.0.0.1:8765/")
        self.emulator.setAccessibleName(self.tr("Drive emulator address"))
        self.account = QLabel(s.gdrive_account or self.tr("Not signed in"))
        self.sign_in = QPushButton(icon("cloud"), self.tr("&Sign in…"))
        self.sign_in.clicked.connect(self._sign_in)
        acc_row = QHBoxLayout()
        acc_row.addWidget(self.account, 1)
        acc_row.addWidget(self.sign_in)
        lab = QLabel(self.tr("&Client file:"))
        lab.setBuddy(self.client_secret)
        form.addRow(lab, secret_row)
        lab = QLabel(self.tr("&Emulator:"))
        lab.setBuddy(self.emulator)
        form.addRow(lab, self.emulator)
        form.addRow(self.tr("Account:"), acc_row)
        dl.addWidget(self.drive_box)
        drive_note = style.label(self.tr(
            "Backups go to a hidden app folder in your Drive. The emulator lets you try this "
            "without a Google account."), "muted", wrap=True)
        drive_note.setContentsMargins(24, 0, 0, 0)
        dl.addWidget(drive_note)
        if not gdrive_available():
            self.drive_radio.setEnabled(False)
            self.drive_radio.setText(self.tr("Google Drive (coming soon)"))
        (self.drive_radio if s.destination == GDRIVE else self.folder_radio).setChecked(True)
        self.folder_radio.toggled.connect(self._sync_enabled)
        lay.addWidget(dest)

        # backup -----------------------------------------------------------------------------
        opts = QGroupBox(self.tr("Backup"))
        of = QFormLayout(opts)
        self.device = QLineEdit(s.device_name)
        self.device.setAccessibleName(self.tr("Name of this computer"))
        self.videos = QCheckBox(self.tr("Include &videos"))
        self.videos.setChecked(s.include_videos)
        self.keep = QSpinBox()
        self.keep.setRange(1, 100)
        self.keep.setValue(s.keep)
        self.keep.setSuffix(self.tr(" backups"))
        self.keep.setAccessibleName(self.tr("Backups to keep"))
        for text, w in ((self.tr("&This computer's name:"), self.device),
                        (self.tr("&Keep the last:"), self.keep)):
            lab = QLabel(text)
            lab.setBuddy(w)
            of.addRow(lab, w)
        of.addRow("", self.videos)
        lay.addWidget(opts)

        # advanced ---------------------------------------------------------------------------
        adv = QGroupBox(self.tr("Advanced"))
        af = QFormLayout(adv)
        self.vault = QLineEdit(s.vault_url)
        self.vault.setPlaceholderText("https://vault.example.org/")
        self.vault.setAccessibleName(self.tr("Key vault address"))
        self.log_level = QComboBox()
        self.log_level.addItems(list(LOG_LEVELS))
        self.log_level.setCurrentText(s.log_level)
        self.log_level.setAccessibleName(self.tr("Log level"))
        for text, w in ((self.tr("Key &vault:"), self.vault), (self.tr("&Log level:"), self.log_level)):
            lab = QLabel(text)
            lab.setBuddy(w)
            af.addRow(lab, w)
        lay.addWidget(adv)
        where = style.label(self.tr("Settings are saved in %1 and logs in %2. Passwords and keys "
                                    "are never saved there.")
                            .replace("%1", str(settings_file())).replace("%2", str(log_file().parent)),
                            "muted", wrap=True)
        lay.addWidget(where)

        self.problems = QLabel("")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(f"color: {style.DANGER.name()};")
        self.problems.hide()
        lay.addWidget(self.problems)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("primary")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self._sync_enabled()
        self.resize(680, self.sizeHint().height())

    def _sync_enabled(self) -> None:
        folder = self.folder_radio.isChecked()
        self.folder.setEnabled(folder)
        self.drive_box.setEnabled(not folder)

    def _browse_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose the backup folder"),
                                                self.folder.text())
        if path:
            self.folder.setText(path)

    def _browse_secret(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Google OAuth client file"), "",
                                              self.tr("JSON files (*.json)"))
        if path:
            self.client_secret.setText(path)

    def _sign_in(self) -> None:
        spec = DestinationSpec(GDRIVE, "", self.client_secret.text().strip(),
                               self.emulator.text().strip())
        self.sign_in.setEnabled(False)
        self.account.setText(self.tr("Finish signing in in your browser…"))

        def done(result: tuple[str, bool]) -> None:
            email, remembered = result
            self.sign_in.setEnabled(True)
            self.account.setText(email if remembered else
                                 self.tr("%1 (this session only: no keyring)").replace("%1", email))
            self._account = email

        def failed(exc: BaseException) -> None:
            self.sign_in.setEnabled(True)
            self.account.setText(self.tr("Not signed in"))
            show_error(self, exc, self.tr("Google sign-in failed"))

        call_in_background(sign_in_drive, spec, name="drive-sign-in", on_done=done, on_error=failed)

    def edited(self):
        s = self.ctx.settings
        return replace(
            s, destination=FOLDER if self.folder_radio.isChecked() else GDRIVE,
            folder_path=self.folder.text().strip(),
            gdrive_client_secret=self.client_secret.text().strip(),
            gdrive_emulator_url=self.emulator.text().strip(),
            gdrive_account=getattr(self, "_account", s.gdrive_account),
            device_name=self.device.text().strip(), include_videos=self.videos.isChecked(),
            keep=self.keep.value(), vault_url=self.vault.text().strip(),
            log_level=self.log_level.currentText(),
            excluded_chats=list(s.excluded_chats))

    def accept(self) -> None:
        new = self.edited()
        problems = new.validate()
        if problems:
            self.problems.setText("\n".join(problems))
            self.problems.show()
            return
        self.ctx.settings.__dict__.update(new.__dict__)
        set_level(new.log_level)
        self.ctx.save()
        super().accept()
