"""Restore on a new computer: choose where the backups are, pick one, enter the password or
64-digit key, choose chats and what to do with chats already here, restore, see a summary.
Works with an empty library and no settings. Every step that touches the destination or the
key runs in the background."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ...crypto.keys import parse_key
from ...crypto.material import KeyMaterial, RawKey, describe_mode
from ...engine import BackupDetails, BackupInfo, RestoreRequest, RestoreResult
from ...errors import BackupError, MalformedKeyError
from ...jobs import CancelToken, ProgressFn
from ...settings import FOLDER, GDRIVE, now_iso
from ..backup.progress import ProgressPanel
from ..context import AppContext
from ..settings.destinations import (
    DestinationSpec,
    gdrive_available,
    open_destination,
    sign_in_drive,
)
from ..tasks import TaskHandle, call_in_background, run_in_background
from ..widgets import style
from ..widgets.errors import show_error
from ..widgets.formatting import human_size, human_when
from ..widgets.icons import app_icon, icon, render
from ..widgets.secret_fields import KeyField, PasswordField


@dataclass
class Unlocked:
    key: bytes = field(repr=False)
    details: BackupDetails
    present: set[str]  # chat ids already in the local library


def find_backups(spec: DestinationSpec) -> list[BackupInfo]:
    from ...engine import list_backups

    dest = open_destination(spec)
    try:
        return list_backups(dest)
    finally:
        dest.close()


def unlock_backup(spec: DestinationSpec, material: KeyMaterial, info: BackupInfo,
                  library_dir: Path) -> Unlocked:
    """Check the key and read the backup's manifest (one KDF run), and list local chats."""
    from ...engine import describe, export_key
    from ...library.store import Library

    dest = open_destination(spec)
    try:
        key = export_key(dest, material, info.set_id)
        details = describe(dest, RawKey(key), info.snapshot_id)
    finally:
        dest.close()
    present: set[str] = set()
    if (library_dir / "library.db").exists():
        lib = Library(library_dir, create=False)
        try:
            present = set(lib.chat_ids())
        finally:
            lib.close()
    return Unlocked(key, details, present)


def run_restore(spec: DestinationSpec, key: bytes, snapshot: str, library_dir: Path,
                chats: tuple[str, ...], policy: str, progress: ProgressFn,
                cancel: CancelToken) -> RestoreResult:
    from ...engine import restore

    dest = open_destination(spec)
    try:
        return restore(RestoreRequest(dest, library_dir, RawKey(key), snapshot, chats, policy),
                       progress, cancel)
    finally:
        dest.close()


class _AsyncPage(QWizardPage):
    """A page whose Next runs a background step first and advances when it succeeds."""

    def __init__(self, title: str, subtitle: str) -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.task: TaskHandle | None = None
        self._passed = False
        self.lay = QVBoxLayout(self)
        self.lay.setSpacing(10)
        self.error = QLabel("")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {style.DANGER.name()};")
        self.error.setAccessibleName(self.tr("Error"))
        self.error.hide()
        self.busy = style.label("", "muted")
        self.busy.hide()

    def finish_layout(self) -> None:
        self.lay.addWidget(self.error)
        self.lay.addWidget(self.busy)
        self.lay.addStretch(1)

    def run_step(self, fn, busy_text: str) -> None:
        self.error.hide()
        self.busy.setText(busy_text)
        self.busy.show()

        def done(value) -> None:
            self.task = None
            self.busy.hide()
            self.completeChanged.emit()
            self.step_done(value)
            self._passed = True
            self.wizard().next()

        def failed(exc: BaseException) -> None:
            self.task = None
            self.busy.hide()
            self.completeChanged.emit()
            self.step_failed(exc)

        self.task = call_in_background(fn, name="restore-step", on_done=done, on_error=failed)
        self.completeChanged.emit()

    def validatePage(self) -> bool:
        if self._passed:
            self._passed = False
            return True
        if self.task is None:
            self.start_step()
        return False

    def isComplete(self) -> bool:
        return self.task is None and self.ready()

    def ready(self) -> bool:
        return True

    def start_step(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def step_done(self, value) -> None:  # pragma: no cover - overridden
        pass

    def step_failed(self, exc: BaseException) -> None:
        if isinstance(exc, BackupError):
            self.error.setText(str(exc) + (" " + exc.hint if exc.hint else ""))
            self.error.show()
        else:
            show_error(self, exc)


class WherePage(_AsyncPage):
    def __init__(self, wiz: RestoreWizard) -> None:
        super().__init__(wiz.tr("Where are your backups?"),
                         wiz.tr("Choose the folder or Google Drive account you backed up to."))
        self.wiz = wiz
        s = wiz.ctx.settings
        self.folder_radio = QRadioButton(self.tr("A &folder (USB drive, network share, …)"))
        self.drive_radio = QRadioButton(self.tr("&Google Drive"))
        group = QButtonGroup(self)
        group.addButton(self.folder_radio)
        group.addButton(self.drive_radio)
        self.folder = QLineEdit(s.folder_path)
        self.folder.setPlaceholderText(self.tr("Folder that contains your backups"))
        self.folder.setAccessibleName(self.tr("Backup folder"))
        browse = QPushButton(icon("folder"), self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.setContentsMargins(24, 0, 0, 0)
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.drive_row = QHBoxLayout()
        self.drive_row.setContentsMargins(24, 0, 0, 0)
        self.account = style.label(s.gdrive_account or self.tr("Not signed in"), "muted")
        self.sign_in = QPushButton(icon("cloud"), self.tr("&Sign in…"))
        self.sign_in.clicked.connect(self._sign_in)
        self.drive_row.addWidget(self.account, 1)
        self.drive_row.addWidget(self.sign_in)
        if not gdrive_available():
            self.drive_radio.setEnabled(False)
            self.drive_radio.setText(self.tr("Google Drive (coming soon)"))
            self.sign_in.setEnabled(False)
        self.lay.addWidget(self.folder_radio)
        self.lay.addLayout(row)
        self.lay.addSpacing(8)
        self.lay.addWidget(self.drive_radio)
        self.lay.addLayout(self.drive_row)
        (self.drive_radio if s.destination == GDRIVE and gdrive_available()
         else self.folder_radio).setChecked(True)
        self.folder.textChanged.connect(lambda _t: self.completeChanged.emit())
        self.folder_radio.toggled.connect(lambda _t: self.completeChanged.emit())
        self.finish_layout()

    def spec(self) -> DestinationSpec:
        s = self.wiz.ctx.settings
        if self.drive_radio.isChecked():
            return DestinationSpec(GDRIVE, "", s.gdrive_client_secret, s.gdrive_emulator_url,
                                   self.wiz.drive_account or s.gdrive_account)
        return DestinationSpec(FOLDER, self.folder.text().strip())

    def ready(self) -> bool:
        return self.spec().configured()

    def _browse(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose the backup folder"),
                                                self.folder.text())
        if path:
            self.folder.setText(path)

    def _sign_in(self) -> None:
        spec = self.spec()
        self.sign_in.setEnabled(False)
        self.account.setText(self.tr("Finish signing in in your browser…"))

        def done(result: tuple[str, bool]) -> None:
            self.sign_in.setEnabled(True)
            self.wiz.drive_account = result[0]
            self.account.setText(result[0])
            self.completeChanged.emit()

        def failed(exc: BaseException) -> None:
            self.sign_in.setEnabled(True)
            self.account.setText(self.tr("Not signed in"))
            self.step_failed(exc)

        call_in_background(sign_in_drive, spec, name="drive-sign-in", on_done=done,
                           on_error=failed)

    def start_step(self) -> None:
        spec = self.spec()
        self.run_step(lambda: find_backups(spec), self.tr("Looking for backups…"))

    def step_done(self, backups: list[BackupInfo]) -> None:
        self.wiz.spec = self.spec()
        self.wiz.backups = backups


class BackupsPage(QWizardPage):
    def __init__(self, wiz: RestoreWizard) -> None:
        super().__init__()
        self.wiz = wiz
        self.setTitle(self.tr("Choose a backup"))
        self.setSubTitle(self.tr("Device and chat count appear once you enter the password or "
                                 "key on the next page."))
        lay = QVBoxLayout(self)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Date"), self.tr("Device"), self.tr("Size"),
                                   self.tr("Chats"), self.tr("Protected by")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAccessibleName(self.tr("Backups found"))
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        for col, w in ((1, 150), (2, 90), (3, 70), (4, 140)):
            self.tree.header().resizeSection(col, w)
        self.tree.itemSelectionChanged.connect(self.completeChanged)
        self.empty = style.label(self.tr(
            "No backups were found here. Check that you chose the folder or account you backed "
            "up to."), "muted", wrap=True)
        lay.addWidget(self.tree, 1)
        lay.addWidget(self.empty)

    def initializePage(self) -> None:
        self.tree.clear()
        for b in self.wiz.backups:
            when = human_when(b.created) if b.created else b.snapshot_id
            if b.is_latest:
                when = self.tr("%1 (latest)").replace("%1", when)
            item = QTreeWidgetItem([when, "—", human_size(b.set_bytes), "—",
                                    self.tr(describe_mode(b.key_mode))])
            item.setData(0, Qt.ItemDataRole.UserRole, b.snapshot_id)
            item.setIcon(0, icon("restore"))
            self.tree.addTopLevelItem(item)
        self.empty.setVisible(not self.wiz.backups)
        self.tree.setVisible(bool(self.wiz.backups))
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))

    def show_details(self, d: BackupDetails) -> None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, Qt.ItemDataRole.UserRole) == d.snapshot_id:
                item.setText(1, d.device)
                item.setText(3, str(d.chats))

    def chosen(self) -> BackupInfo | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        sid = item.data(0, Qt.ItemDataRole.UserRole)
        return next((b for b in self.wiz.backups if b.snapshot_id == sid), None)

    def isComplete(self) -> bool:
        return self.chosen() is not None

    def validatePage(self) -> bool:
        self.wiz.chosen = self.chosen()
        return self.wiz.chosen is not None


class KeyPage(_AsyncPage):
    def __init__(self, wiz: RestoreWizard) -> None:
        super().__init__(wiz.tr("Enter your password or key"),
                         wiz.tr("The backup is end-to-end encrypted. It is unlocked here, on "
                                "this computer."))
        self.wiz = wiz
        self.label = QLabel("")
        self.password = PasswordField(self.tr("Backup password"))
        self.password.setAccessibleName(self.tr("Backup password"))
        self.key = KeyField()
        self.lay.addWidget(self.label)
        self.lay.addWidget(self.password)
        self.lay.addWidget(self.key)
        # A folder backup kept with the key vault: on a new computer the vault counts the
        # password's attempts only with the recovery code shown at set-up (docs/VAULT.md).
        self.code_label = QLabel(self.tr("Key vault &recovery code"))
        self.code = KeyField()
        self.code.setAccessibleName(self.tr("Key vault recovery code"))
        self.code_label.setBuddy(self.code)
        self.code_hint = QLabel(self.tr("The 64-digit code shown when the key vault was set "
                                        "up. Not needed on the computer that made the backup."))
        self.code_hint.setWordWrap(True)
        self.code_hint.setObjectName("muted")
        for w in (self.code_label, self.code, self.code_hint):
            self.lay.addWidget(w)
        # The vault's address, as saved in the backup; editable for a vault that moved to new
        # hosts (the CLI's --vault). The vault's identity (pinned key) must still match.
        self.vault_label = QLabel(self.tr("Key vault &address"))
        self.vault_url = QLineEdit()
        self.vault_url.setAccessibleName(self.tr("Key vault address"))
        self.vault_url.setPlaceholderText("https://vault.example.org/")
        self.vault_label.setBuddy(self.vault_url)
        self.vault_hint = QLabel(self.tr("Change it only if your key vault has moved to a new "
                                         "address. It must still be the vault this backup was "
                                         "made with."))
        self.vault_hint.setWordWrap(True)
        self.vault_hint.setObjectName("muted")
        for w in (self.vault_label, self.vault_url, self.vault_hint):
            self.lay.addWidget(w)
        for f in (self.password, self.key, self.code):
            f.textChanged.connect(lambda _t: (self.error.hide(), self.completeChanged.emit()))
        self.finish_layout()

    def is_key(self) -> bool:
        return self.wiz.chosen is not None and self.wiz.chosen.key_mode == "key"

    def entry(self) -> QLineEdit:
        return self.key if self.is_key() else self.password

    def initializePage(self) -> None:
        key = self.is_key()
        self.label.setText(self.tr("64-digit &key") if key else self.tr("&Password"))
        self.label.setBuddy(self.entry())
        self.password.setVisible(not key)
        self.key.setVisible(key)
        info = self.wiz.chosen
        device = info is not None and info.key_mode == "vault" and info.vault_account == "device"
        for w in (self.code_label, self.code, self.code_hint):
            w.setVisible(device)
        vault = info is not None and info.key_mode == "vault"
        for w in (self.vault_label, self.vault_url, self.vault_hint):
            w.setVisible(vault)
        self.vault_url.setText(info.vault_url if vault and info is not None else "")
        self.error.hide()
        self.entry().setFocus()

    def ready(self) -> bool:
        return bool(self.entry().text())

    def start_step(self) -> None:
        text = self.entry().text()
        info = self.wiz.chosen
        assert info is not None
        try:
            if self.is_key():
                material: KeyMaterial = RawKey(parse_key(text))
            elif info.key_mode == "vault":
                code = None
                if self.code.isVisible() and self.code.text().strip():
                    from ...vault.account import parse_recovery_code

                    code = parse_recovery_code(self.code.text())
                url = self.vault_url.text().strip()
                material = self.wiz.ctx.vault_password(
                    text, recovery_code=code, url=url if url and url != info.vault_url else None)
            else:
                material = self.wiz.ctx.password(text)
        except MalformedKeyError as exc:
            self.step_failed(exc)
            return
        spec, lib = self.wiz.spec, self.wiz.ctx.library_dir
        self.run_step(lambda: unlock_backup(spec, material, info, lib),
                      self.tr("Checking… (this takes a few seconds on purpose, to slow down "
                              "guessing)"))

    def step_done(self, unlocked: Unlocked) -> None:
        self.password.wipe()
        self.key.wipe()
        self.code.wipe()
        self.wiz.unlocked = unlocked
        self.wiz.backups_page.show_details(unlocked.details)

    def step_failed(self, exc: BaseException) -> None:
        super().step_failed(exc)
        if getattr(exc, "account", None) == "device" and self.code.isVisible():
            self.code.setFocus()  # the vault needs the recovery code on this computer
            return
        self.entry().selectAll()
        self.entry().setFocus()


class ChatsPage(QWizardPage):
    def __init__(self, wiz: RestoreWizard) -> None:
        super().__init__()
        self.wiz = wiz
        self.setTitle(self.tr("Choose chats to restore"))
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        self.all = QPushButton(self.tr("Select &all"))
        self.none = QPushButton(self.tr("Select &none"))
        self.all.clicked.connect(lambda: self._check_all(True))
        self.none.clicked.connect(lambda: self._check_all(False))
        self.count = style.label("", "muted")
        row.addWidget(self.count, 1)
        row.addWidget(self.all)
        row.addWidget(self.none)
        lay.addLayout(row)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Chats in the backup"))
        self.list.itemChanged.connect(lambda _i: self._changed())
        lay.addWidget(self.list, 1)
        self.present_label = QLabel("")
        self.present_label.setWordWrap(True)
        lay.addWidget(self.present_label)
        self.merge = QRadioButton(self.tr("&Merge: keep what is here and add the messages that "
                                          "are missing (recommended)"))
        self.replace = QRadioButton(self.tr("&Replace the chats here with the backup's version"))
        self.merge.setChecked(True)
        lay.addWidget(self.merge)
        lay.addWidget(self.replace)

    def initializePage(self) -> None:
        u = self.wiz.unlocked
        assert u is not None
        d = u.details
        self.setSubTitle(self.tr("Backup from %1 on %2: %3 chats, %4 messages, %5 of media.")
                         .replace("%1", d.device).replace("%2", d.created[:10])
                         .replace("%3", str(d.chats)).replace("%4", f"{d.messages:,}")
                         .replace("%5", human_size(d.media_bytes)))
        self.list.blockSignals(True)
        self.list.clear()
        for cid, name, count in d.chat_names:
            isolated = "\u2068" + name + "\u2069"  # keep right-to-left names in their place
            item = QListWidgetItem(self.tr("%1  ·  %2 messages").replace("%1", isolated)
                                   .replace("%2", f"{count:,}"))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(Qt.ItemDataRole.UserRole, cid)
            item.setIcon(icon("chat"))
            self.list.addItem(item)
        self.list.blockSignals(False)
        here = sum(1 for cid, _n, _c in d.chat_names if cid in u.present)
        if here:
            self.present_label.setText(self.tr(
                "%1 of these chats are already on this computer. What should happen to them?")
                .replace("%1", str(here)))
        else:
            self.present_label.setText(self.tr("None of these chats are on this computer yet."))
        self.merge.setVisible(bool(here))
        self.replace.setVisible(bool(here))
        self._changed()

    def _check_all(self, on: bool) -> None:
        for i in range(self.list.count()):
            self.list.item(i).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def chosen(self) -> tuple[str, ...]:
        return tuple(self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                     if self.list.item(i).checkState() == Qt.CheckState.Checked)

    def _changed(self) -> None:
        self.count.setText(self.tr("%1 of %2 chats selected").replace("%1", str(len(self.chosen())))
                           .replace("%2", str(self.list.count())))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.chosen())

    def validatePage(self) -> bool:
        self.wiz.chats = self.chosen()
        self.wiz.policy = "replace" if self.replace.isChecked() else "merge"
        return True


class ProgressPage(QWizardPage):
    def __init__(self, wiz: RestoreWizard) -> None:
        super().__init__()
        self.wiz = wiz
        self.setTitle(self.tr("Restoring your chats"))
        self.setSubTitle(self.tr("You can keep using your computer. If you cancel, nothing is "
                                 "changed on this computer."))
        lay = QVBoxLayout(self)
        self.panel = ProgressPanel(can_pause=True)
        lay.addWidget(self.panel)
        lay.addStretch(1)
        self.task: TaskHandle | None = None
        self.done = False
        self.panel.cancelRequested.connect(self.cancel)
        self.panel.pauseToggled.connect(lambda p: self.task and (self.task.pause() if p else self.task.resume()))

    def initializePage(self) -> None:
        w = self.wiz
        assert w.unlocked is not None and w.chosen is not None
        self.done = False
        self.panel.start(self.tr("Restoring…"))
        spec, key, sid = w.spec, w.unlocked.key, w.chosen.snapshot_id
        lib, chats, policy = w.ctx.library_dir, w.chats, w.policy
        self.task = run_in_background(
            lambda p, c: run_restore(spec, key, sid, lib, chats, policy, p, c), name="restore",
            on_progress=self.panel.show_progress, on_done=self._done, on_error=self._failed,
            on_cancelled=self._cancelled)
        w.button(QWizard.WizardButton.BackButton).setEnabled(False)

    def cancel(self) -> None:
        if self.task is not None:
            self.panel.cancelling()
            self.task.cancel()

    def _done(self, result: RestoreResult) -> None:
        self.task = None
        self.done = True
        self.wiz.result = result
        self.completeChanged.emit()
        self.wiz.restored.emit(result)
        self.wiz.next()

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.panel.phase.setText(self.tr("The restore did not finish"))
        self.panel.figures.setText(self.tr("Nothing was changed on this computer."))
        self.panel.cancel_button.setEnabled(False)
        self.panel.pause_button.setEnabled(False)
        self.wiz.button(QWizard.WizardButton.BackButton).setEnabled(True)
        show_error(self, exc, self.tr("The restore did not finish"))

    def _cancelled(self) -> None:
        self.task = None
        self.panel.phase.setText(self.tr("Restore cancelled"))
        self.panel.figures.setText(self.tr("Nothing was changed on this computer."))
        self.panel.bar.setRange(0, 1)
        self.panel.bar.setValue(0)
        self.wiz.button(QWizard.WizardButton.BackButton).setEnabled(True)

    def isComplete(self) -> bool:
        return self.done


class SummaryPage(QWizardPage):
    def __init__(self, wiz: RestoreWizard) -> None:
        super().__init__()
        self.wiz = wiz
        self.setTitle(self.tr("Your chats are back"))
        self.setSubTitle(self.tr("Open a chat to see that everything is there."))
        lay = QVBoxLayout(self)
        self.text = QLabel("")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(self.text)
        lay.addSpacing(10)
        self.keep = QCheckBox(self.tr("&Keep backing up to this destination from this computer"))
        self.keep.setAccessibleDescription(self.tr(
            "Remembers the destination and keeps the backup key in this computer's keyring"))
        lay.addWidget(self.keep)
        self.open_chat = QPushButton(icon("chat"), self.tr("&Open a restored chat"))
        self.open_chat.clicked.connect(self._open_chat)
        row = QHBoxLayout()
        row.addWidget(self.open_chat)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addStretch(1)
        self.setFinalPage(True)

    def initializePage(self) -> None:
        r = self.wiz.result
        assert r is not None
        lines = [
            self.tr("Restored <b>%1 chats</b> in %2 s.").replace("%1", str(r.chats))
            .replace("%2", f"{r.duration_s:.1f}"),
            self.tr("%1 messages added, %2 were already here.")
            .replace("%1", f"{r.messages_added:,}").replace("%2", f"{r.messages_present:,}"),
            self.tr("%1 media files restored, %2 were already here.")
            .replace("%1", str(r.media_restored)).replace("%2", str(r.media_present)),
        ]
        if r.media_missing:
            lines.append(self.tr("%1 media files were not in the backup (for example videos "
                                 "that were left out).").replace("%1", str(r.media_missing)))
        self.text.setText("<br>".join(lines))
        self.keep.setChecked(not self.wiz.ctx.settings.encryption_on)
        self.wiz.button(QWizard.WizardButton.BackButton).setEnabled(False)

    def _open_chat(self) -> None:
        parent = self.wiz.parent()
        if self.wiz.chats and hasattr(parent, "open_chat"):
            parent.open_chat(self.wiz.chats[0])


class RestoreWizard(QWizard):
    """The restore flow. Emits ``restored(RestoreResult)`` when chats were written."""

    restored = Signal(object)
    PAGE_WHERE, PAGE_BACKUPS, PAGE_KEY, PAGE_CHATS, PAGE_PROGRESS, PAGE_SUMMARY = range(6)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.spec: DestinationSpec = ctx.destination_spec()
        self.drive_account = ""
        self.backups: list[BackupInfo] = []
        self.chosen: BackupInfo | None = None
        self.unlocked: Unlocked | None = None
        self.chats: tuple[str, ...] = ()
        self.policy = "merge"
        self.result: RestoreResult | None = None
        self.setWindowTitle(self.tr("Restore chats from a backup"))
        self.setWindowIcon(app_icon())
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, render("backupgui", 48))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setMinimumSize(720, 540)
        self.where_page = WherePage(self)
        self.backups_page = BackupsPage(self)
        self.key_page = KeyPage(self)
        self.chats_page = ChatsPage(self)
        self.progress_page = ProgressPage(self)
        self.summary_page = SummaryPage(self)
        for pid, page in enumerate((self.where_page, self.backups_page, self.key_page,
                                    self.chats_page, self.progress_page, self.summary_page)):
            self.setPage(pid, page)
            page.setTitle('<span style="font-size:13pt; font-weight:600">' + page.title() + "</span>")
        self.setTitleFormat(Qt.TextFormat.RichText)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Done"))
        self.button(QWizard.WizardButton.NextButton).setObjectName("primary")
        self.button(QWizard.WizardButton.FinishButton).setObjectName("primary")
        self.currentIdChanged.connect(self._page_changed)

    def _page_changed(self, pid: int) -> None:
        texts = {self.PAGE_WHERE: self.tr("&Find backups"), self.PAGE_KEY: self.tr("&Unlock"),
                 self.PAGE_CHATS: self.tr("&Restore")}
        self.setButtonText(QWizard.WizardButton.NextButton, texts.get(pid, self.tr("&Next >")))

    def accept(self) -> None:
        if self.summary_page.keep.isChecked() and self.unlocked is not None:
            self._keep_backing_up()
        super().accept()

    def _keep_backing_up(self) -> None:
        """Back up to this destination from now on, with K kept on this computer."""
        s, u = self.ctx.settings, self.unlocked
        assert u is not None and self.chosen is not None
        s.destination = self.spec.kind
        if self.spec.kind == FOLDER:
            s.folder_path = self.spec.folder_path
        elif self.spec.account:
            s.gdrive_account = self.spec.account
        s.set_id = self.chosen.set_id
        s.key_mode = self.chosen.key_mode
        s.last_key_check = now_iso()
        self.ctx.save()
        store, set_id, key = self.ctx.keystore, self.chosen.set_id, u.key
        call_in_background(store.save, set_id, key, name="save-key", on_error=lambda _e: None)

    def reject(self) -> None:
        task = self.progress_page.task
        if task is not None:
            task.cancel()
        for page in (self.where_page, self.key_page):
            if page.task is not None:
                page.task.cancel()
        self.key_page.password.wipe()
        self.key_page.key.wipe()
        super().reject()
