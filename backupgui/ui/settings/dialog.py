"""Settings: destination (folder or Google Drive), this computer's name, backup options, the
key vault, logging. Saved with QSettings; no secret is ever stored here."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ... import i18n
from ...device.settings import FOLDER, GDRIVE, LOG_LEVELS, MAX_KEEP, MIN_KEEP, settings_file
from ..context import AppContext
from ..language import isolate, system_language, translate_message
from ..logging_setup import log_file, set_level
from ..tasks import call_in_background
from ..widgets import style
from ..widgets.elide import PathLabel
from ..widgets.errors import name_icon, show_error
from ..widgets.fit import ScreenScroll, keep_min_height_for_width
from ..widgets.formatting import breakable_path
from ..widgets.icons import icon
from .destinations import DestinationSpec, gdrive_available
from .retention import RetentionRows
from .sign_in import DriveAccountBox


class SettingsDialog(QDialog):
    """Edits a copy of the settings; OK validates and saves."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_min_height_for_width(self)  # its wrapped texts are never cut off
        self.ctx = ctx
        s = ctx.settings
        self.setWindowTitle(self.tr("Settings"))
        self.setWindowIcon(icon("settings"))
        self.setMinimumWidth(style.px(640))
        # The body scrolls when the screen is too short for it (a 1366x768 laptop); the
        # problems and the buttons stay below it, always on the screen.
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(22, 18, 22, 0)
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
        self.folder.setPlaceholderText(self.tr("For example, a USB drive or a synced folder"))
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
        self.drive = DriveAccountBox(s)
        self.drive.setContentsMargins(24, 0, 0, 0)
        # Names the tests and the keyboard walk use.
        self.drive_box = self.drive
        self.emulator = self.drive.emulator
        self.sign_in = self.drive.sign_in_button
        self.account = self.drive.account_label
        dl.addWidget(self.drive)
        drive_note = style.label(self.tr(
            "Backups go to a hidden app folder in your Drive that only backupgui can see."),
            "muted", wrap=True)
        drive_note.setContentsMargins(24, 0, 0, 0)
        dl.addWidget(drive_note)
        if not gdrive_available():
            self.drive_radio.setEnabled(False)
            self.drive_radio.setText(self.tr("Google Drive (coming soon)"))
        (self.drive_radio if s.destination == GDRIVE else self.folder_radio).setChecked(True)
        self.folder_radio.toggled.connect(self._sync_enabled)
        # A problem shown about the destination was about the one typed before: once it is
        # edited, the message would blame the new one (it is checked again at Save).
        for changed in (self.folder.textChanged, self.folder_radio.toggled, self.drive.changed):
            changed.connect(self._forget_problems)
        lay.addWidget(dest)

        # backup -----------------------------------------------------------------------------
        opts = QGroupBox(self.tr("Backup"))
        of = QFormLayout(opts)
        self.device = QLineEdit(s.device_name)
        self.device.setAccessibleName(self.tr("Name of this computer"))
        self.videos = QCheckBox(self.tr("Include &videos"))
        self.videos.setChecked(s.include_videos)
        self.keep = QSpinBox()
        self.keep.setRange(MIN_KEEP, MAX_KEEP)
        self.keep.setValue(s.keep)
        self._keep_suffix(self.keep.value())
        self.keep.valueChanged.connect(self._keep_suffix)
        self.keep.setAccessibleName(self.tr("Backups to keep"))
        for text, w in ((self.tr("&This computer's name:"), self.device),
                        (self.tr("&Keep the last:"), self.keep)):
            lab = QLabel(text)
            lab.setBuddy(w)
            of.addRow(lab, w)
        # Older backups: a time-spread history (one a day, a week, a month), in plain words.
        self.history = RetentionRows(self.keep, (s.keep_daily, s.keep_weekly, s.keep_monthly,
                                                 s.keep_yearly), of)
        # (after the rows shown or hidden are laid out)
        self.history.changed.connect(lambda: QTimer.singleShot(0, self._refit))
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
        for text, w in ((self.tr("Key v&ault:"), self.vault), (self.tr("&Log level:"), self.log_level)):
            lab = QLabel(text)
            lab.setBuddy(w)
            af.addRow(lab, w)
        lay.addWidget(adv)
        lay.addWidget(self._build_language(s.language))
        # The paths on lines of their own: whole, left to right and never wrapped in any
        # language (inside an Arabic sentence one wrapped in its middle).
        note = QVBoxLayout()
        note.setSpacing(4)
        note.addWidget(style.label(self.tr("Settings and logs are saved here. Passwords and keys "
                                           "never are."), "muted", wrap=True))
        where = QGridLayout()
        where.setContentsMargins(0, 0, 0, 0)
        where.setVerticalSpacing(2)
        where.setColumnStretch(1, 1)
        self.settings_path = PathLabel(str(settings_file()))
        self.logs_path = PathLabel(str(log_file().parent))
        for row, (text, path) in enumerate(((self.tr("Settings file:"), self.settings_path),
                                            (self.tr("Logs folder:"), self.logs_path))):
            path.setObjectName("muted")
            where.addWidget(style.label(text, "muted"), row, 0)
            where.addWidget(path, row, 1)
        note.addLayout(where)
        note.addStretch(1)  # (room to spare goes below the paths, not inside the note)
        lay.addLayout(note)

        footer = QWidget()
        foot = QVBoxLayout(footer)
        foot.setContentsMargins(22, 14, 22, 16)
        foot.setSpacing(14)
        self.problems = QLabel("")
        self.problems.setWordWrap(True)
        self.problems.setObjectName("error")
        self.problems.hide()
        foot.addWidget(self.problems)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("primary")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        foot.addWidget(buttons)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.body = ScreenScroll(body, lambda: (foot.totalHeightForWidth(self.width())
                                                if foot.hasHeightForWidth()
                                                else foot.totalSizeHint().height()))
        outer.addWidget(self.body, 1)
        outer.addWidget(footer)
        self._sync_enabled()
        self.resize(style.px(680), self.sizeHint().height())
        style.fit_height(self)

    def _build_language(self, current: str) -> QGroupBox:
        box = QGroupBox(self.tr("Language"))
        form = QFormLayout(box)
        self.language = QComboBox()
        system = i18n.language(system_language())
        self.language.addItem(self.tr("System language (%1)").replace(
            "%1", system.native if system else system_language()), "")
        for lang in i18n.LANGUAGES:
            self.language.addItem(lang.native, lang.code)
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.language.setAccessibleName(self.tr("Language"))
        lab = QLabel(self.tr("La&nguage:"))
        lab.setBuddy(self.language)
        form.addRow(lab, self.language)
        self.language_note = style.label(self.tr(
            "backupgui shows the new language after you restart it."), "muted", wrap=True)
        self.language_note.setVisible(False)
        self.language.currentIndexChanged.connect(lambda _i: self._language_changed(current))
        form.addRow(self.language_note)
        return box

    def _language_changed(self, current: str) -> None:
        self.language_note.setVisible((self.language.currentData() or "") != current)
        self.body.updateGeometry()  # (the body's new height, before its layout request)
        style.fit_height(self)  # the note's lines fit

    def _refit(self) -> None:
        """As tall as the rows shown need: taller with the custom rules, shorter again without
        (``fit_height`` only grows)."""
        lay = self.layout()
        if lay is None or not self.isVisible():
            return
        self.body.updateGeometry()  # (the body's new height, before its layout request)
        lay.activate()
        need = lay.totalHeightForWidth(self.width())
        self.setMinimumHeight(need)  # (what keep_min_height_for_width keeps, known already)
        self.resize(self.width(), max(need, self.sizeHint().height()))  # as when it opened

    def _keep_suffix(self, n: int) -> None:
        self.keep.setSuffix(self.tr(" backup(s)", "suffix after the number to keep", n))

    def _sync_enabled(self) -> None:
        folder = self.folder_radio.isChecked()
        self.folder.setEnabled(folder)
        self.drive.setEnabled(not folder)

    def _browse_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose the backup folder"),
                                                self.folder.text())
        if path:
            self.folder.setText(path)

    def edited(self):
        s = self.ctx.settings
        return replace(
            s, destination=FOLDER if self.folder_radio.isChecked() else GDRIVE,
            folder_path=self.folder.text().strip(),
            gdrive_client_secret=self.drive.client_file,
            gdrive_emulator_url=self.drive.emulator_url(),
            gdrive_account=self.drive.account,
            device_name=self.device.text().strip(), include_videos=self.videos.isChecked(),
            keep=self.keep.value(), keep_daily=self.history.daily.value(),
            keep_weekly=self.history.weekly.value(), keep_monthly=self.history.monthly.value(),
            keep_yearly=self.history.yearly.value(), vault_url=self.vault.text().strip(),
            log_level=self.log_level.currentText(), language=self.language.currentData() or "",
            excluded_chats=list(s.excluded_chats))

    def _forget_problems(self, *_args) -> None:
        self.problems.hide()

    def _show_problems(self, problems: list[str]) -> None:
        self.problems.setText("\n".join(translate_message(p) for p in problems))
        self.problems.setVisible(bool(problems))

    def accept(self) -> None:
        """Validate, check the folder on disk (in the background), then save."""
        new = self.edited()
        problems = new.validate()
        # Before any destination was chosen, an empty folder leaves it unchosen: a new user
        # may set the language or this computer's name first (Back up then asks for one).
        # A folder that was chosen is never emptied this way: backups would stop unnoticed.
        unchosen = not self.ctx.settings.destination_configured
        if new.destination == FOLDER and not new.folder_path and not unchosen:
            problems.insert(0, self.tr("Choose the folder for your backups."))
        if new.destination == GDRIVE and not new.gdrive_account:
            # Sign in… is disabled in a build without a Google sign-in of its own: say what
            # works instead of asking for what cannot be done.
            problems.insert(0, self.tr("Sign in to Google Drive first, or choose a folder.")
                            if self.drive.can_sign_in() else self.tr(
                                "This copy of backupgui cannot sign in to Google Drive by "
                                "itself: use your own Google Cloud client or the Drive emulator "
                                "(above), or choose a folder."))
        if problems:
            self._show_problems(problems)
            return
        if new.destination != FOLDER or not new.folder_path:
            self._save(new)
            return
        from ...destinations.folder import folder_state

        self.save_button.setEnabled(False)

        def checked(state: str) -> None:
            self.save_button.setEnabled(True)
            self._folder_checked(new, state)

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            show_error(self, exc, self.tr("Cannot check the folder"))

        call_in_background(folder_state, new.folder_path, name="check-folder",
                           on_done=checked, on_error=failed, owner=self, cancel_with_owner=True)

    def _folder_checked(self, new, state: str) -> None:
        path = new.folder_path
        if state == "ok":
            self._save(new)
        elif state == "missing":
            self._offer_to_create(new)
        elif state == "file":
            self._show_problems([self.tr("%1 is a file, not a folder. Choose a folder for the "
                                         "backups.").replace("%1", isolate(path))])
        elif state == "read_only":
            self._show_problems([self.tr("backupgui cannot write to %1 (the drive is read-only or "
                                         "the folder is not yours). Choose another folder.")
                                 .replace("%1", isolate(path))])
        elif state == "not_connected":
            self._show_problems([self.tr("The backup drive is not connected: connect the drive "
                                         "that holds %1, or choose another folder.").replace(
                                             "%1", isolate(path))])
        elif state == "relative":
            self._show_problems([self.tr("Enter the folder's full path (for example, "
                                         "/home/you/Backups), or click Browse.")])
        else:
            self._show_problems([self.tr("%1 does not exist, and neither does the folder it "
                                         "would be in. Choose an existing folder, or connect "
                                         "the drive that holds it.").replace("%1", isolate(path))])

    def _offer_to_create(self, new) -> None:
        from pathlib import Path

        path = Path(new.folder_path).expanduser()
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Create the folder?"),
                          self.tr("The folder %1 does not exist yet.")
                          .replace("%1", isolate(path.name)), QMessageBox.StandardButton.NoButton, self)
        # (a long path wraps after its separators instead of running out of the box)
        box.setInformativeText(self.tr("Create it in %1?").replace(
            "%1", isolate(breakable_path(str(path.parent)))))
        self.create_button = box.addButton(self.tr("&Create folder"),
                                           QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        name_icon(box)
        self.create_box = box

        def answered(_r: int) -> None:
            self.create_box = None
            if box.clickedButton() is not self.create_button:
                return
            from ...destinations.folder import make_folder

            call_in_background(make_folder, str(path), name="make-folder",
                               on_done=lambda _r: self._save(new),
                               on_error=lambda e: show_error(self, e, self.tr("Cannot create the folder")),
                               owner=self)

        box.finished.connect(answered)
        box.open()

    def _save(self, new) -> None:
        if DestinationSpec.from_settings(new).identity() != \
                DestinationSpec.from_settings(self.ctx.settings).identity():
            # A failed or cancelled run was about the old destination, not this one.
            if new.last_backup_result in ("failed", "cancelled"):
                new = replace(new, last_backup_result="", last_backup_message="")
        self.ctx.settings.__dict__.update(new.__dict__)
        set_level(new.log_level)
        self.ctx.save()
        super().accept()
