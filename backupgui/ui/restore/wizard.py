"""Restore on a new computer: choose where the backups are (a folder, or Google Drive signed
in right here), enter the password or 64-digit key, pick a backup (each shown with its own
date, device, chats and size, which only the key reveals), choose chats and what to do with
chats already here, restore, see a summary. Works with an empty library and no settings.
Every step that touches the destination or the key runs in the background.

The list of backups comes from their summaries; the chats of a backup are read only once the
user picks it (Next on the list), with progress and a Stop button: memory is bounded by one
manifest, whatever the number of backups and their size (docs/SECURITY.md 2.3)."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from itertools import compress
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ...crypto.material import KeyMaterial, RawKey
from ...device.settings import FOLDER, GDRIVE, now_iso, parse_time
from ...engine import BackupDetails, BackupInfo, RestoreRequest, RestoreResult
from ...engine.repository import snapshot_time
from ...engine.types import BackupSummary
from ...errors import (
    KEY_DIGITS,
    BackupError,
    MalformedKeyError,
    NotEnoughSpaceError,
    NotFoundError,
    VaultUntrustedError,
)
from ...jobs import CancelToken, ProgressFn
from ...vault.trust import MAX_ADDRESSES, check_addresses, same_url
from ..backup.panel import key_mode_name
from ..backup.progress import ProgressPanel
from ..context import AppContext
from ..language import isolate
from ..settings.destinations import (
    DestinationSpec,
    gdrive_available,
    open_destination,
)
from ..settings.retention import RECOMMENDED, periods
from ..settings.sign_in import DriveAccountBox
from ..tasks import TaskFn, TaskHandle, call_in_background, run_in_background
from ..widgets import style
from ..widgets.accessibility import announce
from ..widgets.elide import elide, plain_tooltip, shorten_words
from ..widgets.errors import inline_text, show_error
from ..widgets.fit import (
    available_area,
    grow_to_fit,
    keep_min_height_for_width,
    scroll_wizard_pages,
)
from ..widgets.formatting import (
    breakable_path,
    human_duration,
    human_size,
    human_when,
    human_when_seconds,
    number,
    numbers,
)
from ..widgets.icons import app_icon, icon, render
from ..widgets.secret_fields import KeyField, PasswordField

if TYPE_CHECKING:  # the vault modules load on first use
    from ...vault.trust import TrustedVaults

translate = QCoreApplication.translate


@dataclass
class Unlocked:
    key: bytes = field(repr=False)
    # Every backup of the unlocked set, newest first: summaries, without their chat lists
    # (``read_chats`` reads the one the user picks).
    backups: list[BackupSummary]
    present: set[str]  # chat ids already in the local library
    # The newest backup's time (ms), and whether this computer or the key vault knows of a
    # newer one than the destination holds (True: rolled back; None: nothing to compare).
    newest_ms: int | None = None
    rolled_back: bool | None = None

    def summary(self, snapshot_id: str) -> BackupSummary | None:
        return next((d for d in self.backups if d.snapshot_id == snapshot_id), None)


@dataclass(frozen=True)
class FoundBackups:
    """What the first page's job found: the backups, and for each vault-mode set whether
    this computer trusts the key vault it names (read here, off the GUI thread)."""

    backups: list[BackupInfo]  # newest first
    trusted_vaults: dict[str, bool] = field(default_factory=dict)  # set id -> trusted


def find_backups(spec: DestinationSpec, trust: TrustedVaults) -> FoundBackups:
    """Every backup at the destination, newest first, and whether ``trust`` trusts each
    vault-mode set's vault (docs/VAULT.md 1.7); ``NotFoundError`` when there is none."""
    from ...engine import list_backups

    dest = open_destination(spec)
    try:
        backups = list_backups(dest)
    finally:
        dest.close()
    if not backups:
        raise NotFoundError(_tr_wizard("No backups were found here."),
                            hint=_tr_wizard("Check that you chose the folder or account you "
                                            "backed up to."))
    trusted: dict[str, bool] = {}
    for b in backups:
        if b.key_mode == "vault" and b.set_id not in trusted:
            trusted[b.set_id] = trust.is_trusted(b.vault_url, b.vault_key)
    return FoundBackups(backups, trusted)


def unlock_backup(spec: DestinationSpec, material: KeyMaterial, set_id: str,
                  library_dir: Path) -> Unlocked:
    """Check the key (one KDF run), summarize every backup of the set (each manifest read
    once, one at a time; no chat list is kept), run the rollback check (this computer's
    library, the key vault: FORMAT.md 9.3), and list the local chats."""
    from ...engine.snapshots import set_overview
    from ...library.store import Library

    dest = open_destination(spec)
    try:
        seen = set_overview(dest, material, set_id, library_dir)
    finally:
        dest.close()
    key, backups = seen.key, list(seen.backups)
    present: set[str] = set()
    if (library_dir / "library.db").exists():
        lib = Library(library_dir, create=False)
        try:
            present = set(lib.chat_ids())
        finally:
            lib.close()
    return Unlocked(key, backups, present, seen.newest_ms, seen.rolled_back)


def read_chats(spec: DestinationSpec, key: bytes, set_id: str, snapshot_id: str, size: int,
               progress: ProgressFn, cancel: CancelToken) -> BackupDetails:
    """The chat list of the backup the user picked (its manifest, ``size`` bytes as listed),
    read again from the destination within the format's bound."""
    from ...engine.snapshots import backup_chats

    def report(p):  # the manifest's size is known from the listing
        progress(replace(p, total_bytes=size) if size and not p.total_bytes else p)

    dest = open_destination(spec)
    try:
        return backup_chats(dest, RawKey(key), set_id, snapshot_id, report, cancel)
    finally:
        dest.close()


def run_restore(spec: DestinationSpec, key: bytes, snapshot: str, library_dir: Path,
                chats: tuple[str, ...], policy: str, progress: ProgressFn,
                cancel: CancelToken, accept_rollback: bool = False) -> RestoreResult:
    """The restore; it runs the rollback check itself (``accept_rollback`` only when the
    user confirmed restoring from a destination that lost newer backups)."""
    from ...engine import restore

    dest = open_destination(spec)
    try:
        return restore(RestoreRequest(dest, library_dir, RawKey(key), snapshot, chats, policy,
                                      accept_rollback=accept_rollback), progress, cancel)
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
        self.error = style.error_label(self.tr("Error"))
        self.busy = style.label("", "muted")
        self.busy.hide()

    def finish_layout(self) -> None:
        self.lay.addWidget(self.error)
        self.lay.addWidget(self.busy)
        self.lay.addStretch(1)

    def run_step(self, fn: TaskFn, busy_text: str, panel: ProgressPanel | None = None) -> None:
        """Run ``fn(progress, cancel)`` in the background (``tasks.run_in_background``);
        its progress goes to ``panel`` (whose Cancel stops it) if given, else a busy line
        says ``busy_text``. Success goes on to the next page, if this one is still shown."""
        self.error.hide()
        if panel is not None:
            panel.start(busy_text)
            panel.show()
        else:
            self.busy.setText(busy_text)
            self.busy.show()

        def ended() -> None:
            self.task = None
            self.busy.hide()
            if panel is not None:
                panel.hide()
            self.completeChanged.emit()

        def done(value) -> None:
            ended()
            wiz = self.wizard()
            if wiz is None or wiz.currentPage() is not self:
                return  # the user went back meanwhile: the answer is for a page left
            self.step_done(value)
            self._passed = True
            wiz.next()

        def failed(exc: BaseException) -> None:
            ended()
            self.step_failed(exc)

        def cancelled() -> None:
            ended()
            self.step_cancelled()

        self.task = run_in_background(
            fn, name="restore-step", on_progress=panel.show_progress if panel else None,
            on_done=done, on_error=failed, on_cancelled=cancelled, owner=self,
            cancel_with_owner=True)
        self.completeChanged.emit()

    def cancel_step(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def cleanupPage(self) -> None:
        """Back while a step runs: stop it (its answer would be for a page left)."""
        self.cancel_step()
        super().cleanupPage()

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

    def step_cancelled(self) -> None:
        pass

    def step_failed(self, exc: BaseException) -> None:
        if isinstance(exc, BackupError):
            self.error.setText(shorten_words(inline_text(exc)))
            self.error.show()
            announce(self.error, self.error.text(), assertive=True)
        else:
            show_error(self, exc)


class WherePage(_AsyncPage):
    def __init__(self, wiz: RestoreWizard) -> None:
        super().__init__(translate("WherePage", "Where are your backups?"),
                         translate("WherePage", "Choose the folder or Google Drive account you "
                                   "backed up to."))
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
        browse = QPushButton(icon("folder"), self.tr("Bro&wse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.setContentsMargins(24, 0, 0, 0)
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        # Signing in happens right here: a new computer has no destination in Settings yet.
        self.drive = DriveAccountBox(s, restoring=True)
        self.drive.setContentsMargins(24, 0, 0, 0)
        self.drive.changed.connect(self._destination_edited)
        self.account = self.drive.account_label
        self.sign_in = self.drive.sign_in_button
        if not gdrive_available():
            self.drive_radio.setEnabled(False)
            self.drive_radio.setText(self.tr("Google Drive (coming soon)"))
            self.drive.setEnabled(False)
        self.lay.addWidget(self.folder_radio)
        self.lay.addLayout(row)
        self.lay.addSpacing(8)
        self.lay.addWidget(self.drive_radio)
        self.lay.addWidget(self.drive)
        (self.drive_radio if s.destination == GDRIVE and gdrive_available()
         else self.folder_radio).setChecked(True)
        self.folder.textChanged.connect(self._destination_edited)
        self.folder_radio.toggled.connect(self._kind_changed)
        self._kind_changed()
        self.finish_layout()

    def _kind_changed(self, _on: bool = False) -> None:
        self.folder.setEnabled(self.folder_radio.isChecked())
        self.drive.setEnabled(self.drive_radio.isChecked() and gdrive_available())
        self._destination_edited()

    def _destination_edited(self, *_args) -> None:
        """An error shown was about the destination as it was ("The backup drive is not
        connected … /media/usb/backup"): it would blame the one typed since."""
        self.error.hide()
        self.completeChanged.emit()

    def spec(self) -> DestinationSpec:
        if self.drive_radio.isChecked():
            return self.drive.spec()
        return DestinationSpec(FOLDER, self.folder.text().strip())

    def ready(self) -> bool:
        return self.spec().configured()

    def _browse(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose the backup folder"),
                                                self.folder.text())
        if path:
            self.folder.setText(path)

    def start_step(self) -> None:
        spec, trust = self.spec(), self.wiz.ctx.vault_trust()  # (no file is read here)
        self.run_step(lambda _p, _c: find_backups(spec, trust), self.tr("Looking for backups…"))

    def step_done(self, found: FoundBackups) -> None:
        self.wiz.spec = self.spec()
        self.wiz.backups = found.backups
        self.wiz.trusted_vaults = dict(found.trusted_vaults)
        self.wiz.drive_account = self.drive.account if self.drive_radio.isChecked() else ""


class BackupsPage(_AsyncPage):
    """Every backup of the unlocked set with what it holds: when (to the second), from which
    device, how many chats and messages, and its own size at the destination (from their
    summaries). Next reads the chosen backup's chat list, in the background: progress and
    Stop below the list, a failure said there (the other backups stay there to choose)."""

    COLUMNS = 5

    def __init__(self, wiz: RestoreWizard) -> None:
        super().__init__(translate("BackupsPage", "Choose a backup"), "")
        self.setSubTitle(self.tr("The newest is selected. Older backups are kept as set in "
                                 "Settings: by default, one for each of the last %1.",
                                 "%1: e.g. '7 days, 4 weeks and 12 months'")
                         .replace("%1", periods(RECOMMENDED)))
        self.wiz = wiz
        lay = self.lay
        # Which backup is the newest, and whether the destination lost newer ones
        # (docs/FORMAT.md 9.3): shown before anything is chosen or restored.
        self.newest = QLabel("")
        self.newest.setTextFormat(Qt.TextFormat.RichText)
        self.newest.setWordWrap(True)
        self.newest.setAccessibleName(self.tr("Newest backup"))
        lay.addWidget(self.newest)
        self.history = QLabel("")
        self.history.setWordWrap(True)
        lay.addWidget(self.history)
        self.accept_rollback = QCheckBox(self.tr("Restore an older backup &anyway"))
        self.accept_rollback.toggled.connect(lambda _on: self.completeChanged.emit())
        lay.addWidget(self.accept_rollback)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        # "Stored": the backup's size at the destination (compressed), which differs from the
        # chats' data the main window counts ("1.1 MB of chats" there, "508 kB" stored here).
        self.tree.setHeaderLabels([self.tr("Date"), self.tr("Device"), self.tr("Stored size"),
                                   self.tr("Chats"), self.tr("Messages")])
        self.tree.headerItem().setToolTip(2, self.tr(
            "The backup's size at the destination, compressed and encrypted"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAccessibleName(self.tr("Backups found"))
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for col in (1, 2, 3, 4):  # as wide as their words in the user's language
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemSelectionChanged.connect(self._chosen_changed)
        self.empty = style.label(self.tr(
            "No backups were found here. Check that you chose the folder or account you backed "
            "up to."), "muted", wrap=True)
        lay.addWidget(self.tree, 1)
        lay.addWidget(self.empty)
        # Reading the chosen backup's chats: the progress panel every job shows, with Stop.
        self.loading = ProgressPanel(can_pause=False)
        self.loading.cancel_button.setText(self.tr("&Stop"))
        self.loading.bar.setAccessibleName(self.tr("Reading the backup's chats"))
        self.loading.cancelRequested.connect(self._stop)
        self.loading.hide()
        lay.addWidget(self.loading)
        lay.addWidget(self.error)
        lay.addWidget(self.busy)  # (unused here: the panel shows the step)
        # What a failure or Stop left: nothing changed, and what to do next.
        self.note = style.label("", "muted", wrap=True)
        self.note.hide()
        lay.addWidget(self.note)

    def _stop(self) -> None:
        if self.task is not None:
            self.loading.cancelling()
            self.loading.figures.setText(self.tr("Nothing was changed on this computer."))
            self.cancel_step()

    def start_step(self) -> None:
        chosen = self.chosen()
        u = self.wiz.unlocked
        summary = u.summary(chosen.snapshot_id) if u is not None and chosen else None
        if u is None or chosen is None or summary is None:
            return
        self.note.hide()
        self.tree.setEnabled(False)  # the backup being read stays the one chosen
        spec, key, set_id, sid = self.wiz.spec, u.key, chosen.set_id, chosen.snapshot_id
        size = summary.manifest_bytes
        self.run_step(lambda p, c: read_chats(spec, key, set_id, sid, size, p, c),
                      self.tr("Reading the chats in this backup…"), panel=self.loading)

    def step_done(self, d: BackupDetails) -> None:
        self.tree.setEnabled(True)
        self.wiz.details = d

    def step_failed(self, exc: BaseException) -> None:
        self.tree.setEnabled(True)
        super().step_failed(exc)
        self._say(self.tr("Nothing was changed on this computer. Choose another backup, or "
                          "press Next to try again."))

    def step_cancelled(self) -> None:
        self.tree.setEnabled(True)
        self._say(self.tr("Stopped. Nothing was changed on this computer. Press Next to read "
                          "this backup's chats again."))

    def _say(self, text: str) -> None:
        self.note.setText(text)
        self.note.show()
        announce(self.note, text)
        self.tree.setFocus()

    def _chosen_changed(self) -> None:
        self.error.hide()
        self.note.hide()
        self.completeChanged.emit()

    def initializePage(self) -> None:
        self.error.hide()
        self.note.hide()
        self.loading.hide()
        self.tree.setEnabled(True)
        self.tree.clear()
        u = self.wiz.unlocked
        backups = u.backups if u is not None else []
        metrics = self.tree.fontMetrics()
        times = [snapshot_time(d.snapshot_id) for d in backups]
        labels = [human_when_seconds(t) if t else d.snapshot_id for t, d in zip(times, backups, strict=True)]
        for i, t in enumerate(times):  # two backups in the same second: add milliseconds
            if t is not None and labels.count(labels[i]) > 1:
                labels[i] = self.tr("%1 (+%2 ms)", "a time, then its milliseconds").replace(
                    "%1", labels[i]).replace("%2", number(t.microsecond // 1000))
        for i, d in enumerate(backups):
            when = labels[i]
            if i == 0:
                when = self.tr("%1 (latest)").replace("%1", when)
            # (elide first: Qt cannot elide one letter with a thousand marks, it keeps it whole)
            device = metrics.elidedText(elide(d.device, 120), Qt.TextElideMode.ElideMiddle,
                                        style.px(260))
            item = QTreeWidgetItem([when, device, human_size(d.stored_bytes),
                                    number(d.chats), number(d.messages)])
            item.setToolTip(1, plain_tooltip(elide(d.device, 400)))
            item.setData(0, Qt.ItemDataRole.UserRole, d.snapshot_id)
            item.setIcon(0, icon("restore"))
            for col in (2, 3, 4):
                item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
        self.empty.setVisible(not backups)
        self.tree.setVisible(bool(backups))
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._show_history(u, backups[0] if backups else None)

    def _show_history(self, u: Unlocked | None, newest: BackupSummary | None) -> None:
        self.accept_rollback.setChecked(False)
        self.accept_rollback.setVisible(bool(u and u.rolled_back))
        if u is None or newest is None:
            self.newest.hide()
            self.history.hide()
            return
        device = isolate(elide(newest.device, 60))  # right-to-left names in place
        when = (human_when(u.newest_ms, mid_sentence=True) if u.newest_ms is not None
                else newest.created)  # inside the sentence: "Newest backup: today, 14:02 from …"
        self.newest.setText(self.tr("<b>Newest backup: %1 from %2</b>").replace("%1", when)
                            .replace("%2", html.escape(device)))
        self.newest.show()
        if u.rolled_back:
            self.history.setText(self.tr(
                "Newer backups than these were made, but they are missing from this destination "
                "(this computer or the key vault remembers them). The storage may have been "
                "rolled back or backups deleted."))
            self.history.setStyleSheet(f"color: {style.danger().name()};")
        elif u.rolled_back is None:
            self.history.setText(self.tr(
                "Check that this is the newest backup you made: nothing on this computer or in a "
                "key vault records this backup's history."))
            self.history.setStyleSheet(f"color: {style.muted_color().name()};")
        else:
            self.history.setText(self.tr("This is the newest backup this computer or the key "
                                         "vault knows of."))
            self.history.setStyleSheet("")
        self.history.show()

    def rollback_accepted(self) -> bool:
        return self.accept_rollback.isVisible() and self.accept_rollback.isChecked()

    def chosen(self) -> BackupInfo | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        sid = item.data(0, Qt.ItemDataRole.UserRole)
        return next((b for b in self.wiz.backups if b.snapshot_id == sid), None)

    def ready(self) -> bool:
        u = self.wiz.unlocked
        if u is not None and u.rolled_back and not self.accept_rollback.isChecked():
            return False  # nothing is restored from a rolled-back place without the user's word
        return self.chosen() is not None

    def validatePage(self) -> bool:
        chosen = self.chosen()
        if chosen is None or not self.ready():
            return False
        self.wiz.chosen = chosen
        self.wiz.accept_rollback = self.rollback_accepted()
        d = self.wiz.details
        if d is not None and d.snapshot_id == chosen.snapshot_id:
            self._passed = False
            return True  # read already (Back from the chats, then Next again)
        return super().validatePage()


def _tr_wizard(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("RestoreWizard", text)


class KeyPage(_AsyncPage):
    """The password or key of the set that holds the newest backup (or another set, when the
    destination holds several). Unlocking summarizes every backup of the set (not their chats)."""

    def __init__(self, wiz: RestoreWizard) -> None:
        super().__init__(translate("KeyPage", "Enter your password or key"),
                         translate("KeyPage", "The backup is end-to-end encrypted. It is "
                                   "unlocked here, on this computer."))
        self.wiz = wiz
        self.found = style.label("", "muted", wrap=True)
        self.found.setAccessibleDescription(self.tr("Backups found"))
        self.set_combo = QComboBox()
        self.set_combo.setAccessibleName(self.tr("Backup set"))
        self.set_combo.currentIndexChanged.connect(lambda _i: self._mode_changed())
        self.label = QLabel("")
        self.password = PasswordField(self.tr("Backup password"))
        self.password.setAccessibleName(self.tr("Backup password"))
        self.key = KeyField()
        self.open_key_file = self.key.make_open_button()
        self.key.keyFileFailed.connect(self.step_failed)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key, 1)
        key_row.addWidget(self.open_key_file)
        self.key_row = QWidget()
        self.key_row.setLayout(key_row)
        key_row.setContentsMargins(0, 0, 0, 0)
        self.lay.addWidget(self.found)
        self.lay.addWidget(self.set_combo)
        self.lay.addWidget(self.label)
        self.lay.addWidget(self.password)
        self.lay.addWidget(self.key_row)
        # A folder backup kept with the key vault: on a new computer the vault counts the
        # password's attempts only with the recovery code shown at set-up (docs/VAULT.md).
        self.code_label = QLabel(self.tr("Key vault &recovery code"))
        self.code = KeyField(key_file=False)
        self.code.setAccessibleName(self.tr("Key vault recovery code"))
        self.code_label.setBuddy(self.code)
        self.code_hint = QLabel(numbers(self.tr(
            "The %1-digit code shown when the key vault was set up. Not needed on the computer "
            "that made the backup."), KEY_DIGITS))
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
                                         "made with. Several addresses of the same vault (its "
                                         "servers) are separated by commas."))
        self.vault_hint.setWordWrap(True)
        self.vault_hint.setObjectName("muted")
        self.vault_error = QLabel(numbers(self.tr(
            "Enter the key vault's address (http:// or https://), or several addresses of the "
            "same vault separated by commas: at most %1, none twice."), MAX_ADDRESSES))
        self.vault_error.setWordWrap(True)
        self.vault_error.setObjectName("error")
        self.vault_error.hide()
        for w in (self.vault_label, self.vault_url, self.vault_error, self.vault_hint):
            self.lay.addWidget(w)
        # A vault this computer has not used: the backup names it in the clear, and whoever
        # can change the backup's storage can make it name their own server, to collect the
        # proof of the user's account. Nothing goes to it before the user confirms it
        # (docs/VAULT.md 1.7). Whether it is trusted comes from the first page's job.
        self.trust_box = QWidget()
        self.trust_box.setObjectName("vaultTrust")
        tlay = QVBoxLayout(self.trust_box)
        tlay.setContentsMargins(0, 4, 0, 0)
        tlay.setSpacing(6)
        self.trust_title = QLabel(self.tr("This computer has not used this key vault before"))
        self.trust_title.setStyleSheet("font-weight: 600;")
        self.trust_title.setWordWrap(True)
        self.trust_details = QLabel("")
        self.trust_details.setTextFormat(Qt.TextFormat.PlainText)  # the address is hostile
        self.trust_details.setWordWrap(True)
        self.trust_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.trust_details.setAccessibleName(self.tr("Key vault address and identity"))
        self.trust_text = QLabel(self.tr(
            "Only continue if this is the key vault you chose when you set up this backup. "
            "Whoever can change the backup's storage can make it name another server, to "
            "collect what proves your account and use up your password attempts."))
        self.trust_text.setWordWrap(True)
        self.trust_text.setObjectName("muted")
        self.trust_check = QCheckBox(self.tr("This is the key vault I chose for this backup"))
        self.trust_check.setAccessibleName(self.tr("Confirm the key vault"))
        self.trust_check.toggled.connect(lambda _on: self.completeChanged.emit())
        for w in (self.trust_title, self.trust_details, self.trust_text, self.trust_check):
            tlay.addWidget(w)
        self.lay.addWidget(self.trust_box)
        self.vault_url.textChanged.connect(lambda _t: self._update_trust())
        for f in (self.password, self.key, self.code):
            f.textChanged.connect(lambda _t: (self.error.hide(), self.completeChanged.emit()))
        self.finish_layout()

    def sets(self) -> list[BackupInfo]:
        """The newest backup of each set, newest set first."""
        seen: dict[str, BackupInfo] = {}
        for b in self.wiz.backups:  # newest first
            seen.setdefault(b.set_id, b)
        return list(seen.values())

    def current_set(self) -> BackupInfo | None:
        sets = self.sets()
        i = self.set_combo.currentIndex()
        return sets[i] if 0 <= i < len(sets) else (sets[0] if sets else None)

    def is_key(self) -> bool:
        cur = self.current_set()
        return cur is not None and cur.key_mode == "key"

    def entry(self) -> QLineEdit:
        return self.key if self.is_key() else self.password

    def initializePage(self) -> None:
        sets = self.sets()
        self.set_combo.blockSignals(True)
        self.set_combo.clear()
        for b in sets:
            when = human_when_seconds(b.created) if b.created else b.snapshot_id
            self.set_combo.addItem(self.tr("Backups protected by: %1 (newest: %2)")
                                   .replace("%1", key_mode_name(b.key_mode)).replace("%2", when))
        self.set_combo.blockSignals(False)
        self.set_combo.setVisible(len(sets) > 1)
        n = len(self.wiz.backups)
        newest = self.wiz.backups[0] if n else None
        newest_when = (human_when_seconds(newest.created, mid_sentence=True)
                       if newest and newest.created else "")
        cur = self.current_set()
        mode = key_mode_name(cur.key_mode) if cur else ""
        # English says "One backup found, from %1." for one (the .ts of English has both forms)
        text = self.tr("%n backup(s) found, the newest from %1. Protected by: %2.", "", n)
        self.found.setText(text.replace("%1", newest_when).replace("%2", mode) if n else "")
        self._mode_changed()

    def _mode_changed(self) -> None:
        key = self.is_key()
        self.label.setText(numbers(self.tr("%1-digit &key"), KEY_DIGITS) if key
                           else self.tr("&Password"))
        self.label.setBuddy(self.entry())
        self.password.setVisible(not key)
        self.key_row.setVisible(key)
        info = self.current_set()  # the key comes before the list: the set decides
        device = info is not None and info.key_mode == "vault" and info.vault_account == "device"
        for w in (self.code_label, self.code, self.code_hint):
            w.setVisible(device)
        vault = info is not None and info.key_mode == "vault"
        for w in (self.vault_label, self.vault_url, self.vault_hint):
            w.setVisible(vault)
        self.trust_check.setChecked(False)
        self.vault_url.setText(info.vault_url if vault and info is not None else "")
        self._update_trust()
        self.error.hide()
        self.entry().setFocus()
        self.completeChanged.emit()

    def needs_trust(self) -> bool:
        """The current set's vault is one this computer does not trust, at the address the
        backup names (an address the user typed is their own choice, as the CLI's --vault)."""
        info = self.current_set()
        if info is None or info.key_mode != "vault" or self.is_key():
            return False
        typed = self.vault_url.text().strip()
        if typed and not same_url(typed, info.vault_url):
            return False
        # Found by the first page's job (no file is read on the GUI thread); a set it did not
        # answer for is not trusted: the user is asked.
        return not self.wiz.trusted_vaults.get(info.set_id, False)

    def _vault_text_ok(self) -> bool:
        """The Key vault address field holds 1-8 distinct http(s) addresses (or is hidden)."""
        if not self.vault_url.isVisibleTo(self):
            return True
        try:
            check_addresses(self.vault_url.text())
        except ValueError:
            return False
        return True

    def _update_trust(self) -> None:
        show = self.needs_trust()
        if show:
            from ...vault.trust import display_url, fingerprint, split_addresses

            info = self.current_set()
            assert info is not None
            several = len(split_addresses(info.vault_url)) > 1
            text = (self.tr("Addresses: %1\nIdentity (server key fingerprint): %2") if several
                    else self.tr("Address: %1\nIdentity (server key fingerprint): %2"))
            self.trust_details.setText(
                text.replace("%1", isolate(display_url(info.vault_url)))
                .replace("%2", isolate(fingerprint(info.vault_key))))
        self.trust_box.setVisible(show)
        self.vault_error.setVisible(not self._vault_text_ok())
        self._fit()
        self.completeChanged.emit()

    def _fit(self) -> None:
        """Grow the wizard when rows appear (the key vault's address, its identity and the
        question): their wrapped text was squeezed into the password page's height."""
        wiz = self.wizard()
        if wiz is None or not wiz.isVisible():
            return
        grow_to_fit(wiz)

    def validatePage(self) -> bool:
        if not self._passed and not self.ready():
            return False  # e.g. a vault not confirmed yet: nothing is started
        return super().validatePage()

    def ready(self) -> bool:
        if not self.is_key() and self.trust_box.isVisibleTo(self) and \
                not self.trust_check.isChecked():
            return False
        if not self.is_key() and not self._vault_text_ok():
            return False
        return bool(self.entry().text())

    def start_step(self) -> None:
        text = self.entry().text()
        info = self.current_set()
        assert info is not None
        try:
            if self.is_key():
                material: KeyMaterial = RawKey(self.key.key())
            elif info.key_mode == "vault":
                code = None
                if self.code.isVisible() and self.code.text().strip():
                    from ...vault.account import parse_recovery_code

                    code = parse_recovery_code(self.code.text())
                url = self.vault_url.text().strip()
                confirmed = ((info.vault_url, info.vault_key)
                             if self.trust_box.isVisibleTo(self) and self.trust_check.isChecked()
                             else None)
                material = self.wiz.ctx.vault_password(
                    text, recovery_code=code,
                    url=url if url and not same_url(url, info.vault_url) else None,
                    confirmed=confirmed)
            else:
                material = self.wiz.ctx.password(text)
        except MalformedKeyError as exc:
            self.step_failed(exc)
            return
        spec, lib, set_id = self.wiz.spec, self.wiz.ctx.library_dir, info.set_id
        self.run_step(lambda _p, _c: unlock_backup(spec, material, set_id, lib),
                      self.tr("Checking… (this takes a few seconds on purpose, to slow down "
                              "guessing)"))

    def step_done(self, unlocked: Unlocked) -> None:
        self.password.wipe()
        self.key.wipe()
        self.code.wipe()
        info = self.current_set()
        if info is not None and self.trust_box.isVisibleTo(self) and self.trust_check.isChecked():
            self.wiz.trusted_vaults[info.set_id] = True  # confirmed, and now remembered
        self.wiz.unlocked = unlocked
        self.wiz.details = None  # chats are read again for the backup chosen next
        self.wiz.set_info = info

    def step_failed(self, exc: BaseException) -> None:
        super().step_failed(exc)
        if isinstance(exc, VaultUntrustedError):
            info = self.current_set()
            if info is not None:  # the vault's answer: not trusted (any more): ask
                self.wiz.trusted_vaults[info.set_id] = False
            self._update_trust()
            self.trust_check.setFocus()
            return
        if getattr(exc, "account", None) == "device" and self.code.isVisible():
            self.code.setFocus()  # the vault needs the recovery code on this computer
            return
        self.entry().selectAll()
        self.entry().setFocus()


class ChatsModel(QStringListModel):
    """The chats of the picked backup, each with a tick (all ticked at first).

    Rows are made when the view asks for them (the rows on screen), so showing a backup of
    300,000 chats costs about what a few hundred do; ``QListWidget`` made an item per chat on
    the GUI thread (0.76 CPU s for 32,000). The rows are Qt's own string list model (empty
    strings): the view asks for ``index``/``rowCount`` once per row whenever it lays the list
    out (after each tick too), which took 2 CPU s for 300,000 rows when Python answered.
    ``text`` makes a row's label (the page's translation)."""

    ticks_changed = Signal()

    def __init__(self, text: Callable[[str, int], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = text
        self._chats: tuple[tuple[str, str, int], ...] = ()
        self._ticked = bytearray()  # 1 per ticked row
        self.ticked_count = 0
        self._icon = icon("chat")  # drawn once: per row it took 3 ms (100 s for 32,000 chats)

    def set_chats(self, chats: tuple[tuple[str, str, int], ...]) -> None:
        self._chats = chats
        self._ticked = bytearray(b"\x01") * len(chats)
        self.ticked_count = len(chats)
        # Empty strings (Qt shares one): the list only gives the rows their number.
        self.setStringList([""] * len(chats))  # resets the model
        self.ticks_changed.emit()

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemNeverHasChildren)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._chats):
            return None
        row = index.row()
        cid, name, count = self._chats[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(name, count)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if self._ticked[row] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(elide(name, 400))
        if role == Qt.ItemDataRole.UserRole:
            return cid
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: object,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        row = index.row()
        on = 1 if Qt.CheckState(value) == Qt.CheckState.Checked else 0
        if self._ticked[row] != on:
            self._ticked[row] = on
            self.ticked_count += 1 if on else -1
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
            self.ticks_changed.emit()
        return True

    def set_all(self, on: bool) -> None:
        """Tick or untick every chat: one change for the whole list, not one per row."""
        self._ticked = bytearray(b"\x01" if on else b"\x00") * len(self._chats)
        self.ticked_count = len(self._chats) if on else 0
        if self._chats:
            self.dataChanged.emit(self.index(0), self.index(len(self._chats) - 1),
                                  [Qt.ItemDataRole.CheckStateRole])
        self.ticks_changed.emit()

    def ids(self) -> list[str]:
        return [cid for cid, _n, _c in self._chats]

    def chosen(self) -> tuple[str, ...]:
        return tuple(c[0] for c in compress(self._chats, self._ticked))


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
        # The ticks are kept by the model as they change: counting the list at each tick took
        # 0.2 s for 32,000 chats (twice per click).
        self.model = ChatsModel(self._row_text, self)
        self.model.ticks_changed.connect(self._changed)
        self.list = QListView()
        # Every row is one line of the same font: the view need not measure 300,000 of them.
        self.list.setUniformItemSizes(True)
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Chats in the backup"))
        lay.addWidget(self.list, 1)
        self.present_label = QLabel("")
        self.present_label.setWordWrap(True)
        lay.addWidget(self.present_label)
        # Before the user commits: how much comes from the destination.
        self.download = style.label("", "muted", wrap=True)
        lay.addWidget(self.download)
        self.merge = QRadioButton(self.tr("&Merge: keep what is here and add the messages that "
                                          "are missing (recommended)"))
        self.replace = QRadioButton(self.tr("&Replace the chats here with the backup's version"))
        self.merge.setChecked(True)
        lay.addWidget(self.merge)
        lay.addWidget(self.replace)

    def _row_text(self, name: str, count: int) -> str:
        return self.tr("%1  ·  %Ln message(s)", "", count).replace("%1", isolate(elide(name, 80)))

    def initializePage(self) -> None:
        u, d = self.wiz.unlocked, self.wiz.details
        assert u is not None and d is not None
        created = snapshot_time(d.snapshot_id)
        # The subtitle is rich text (Qt guesses): the device name from the backup is escaped.
        self.setSubTitle("<qt>" + self.tr("Backup from %1, %2: %3, %4, %5 of media.",
                                          "device, when: chats, messages, size")
                         .replace("%3", self.tr("%Ln chat(s)", "", d.chats))
                         .replace("%4", self.tr("%Ln message(s)", "", d.messages))
                         .replace("%5", human_size(d.media_bytes))
                         .replace("%2", human_when_seconds(created, mid_sentence=True)
                                  if created else d.created)
                         .replace("%1", isolate(html.escape(elide(d.device, 60), quote=False))))
        self.model.set_chats(d.chat_names)
        present = u.present
        here = sum(1 for cid, _n, _c in d.chat_names if cid in present) if present else 0
        if here:
            self.present_label.setText(self.tr(
                "%Ln of these chats are already on this computer. What should happen to them?",
                "", here))
        else:
            self.present_label.setText(self.tr("None of these chats are on this computer yet."))
        if len(present) > here:  # chats here that the backup does not have: said before Restore
            self.present_label.setText(self.present_label.text() + " " + self.tr(
                "Chats on this computer that are not in this backup stay as they are."))
        self.download.setText(self.tr("Up to %1 is downloaded from the backup.")
                              .replace("%1", human_size(d.stored_bytes)))
        self.download.setVisible(d.stored_bytes > 0)
        self.merge.setVisible(bool(here))
        self.replace.setVisible(bool(here))
        # Start the keyboard in the list (arrows and Space pick chats; Enter restores), after
        # QWizard's own focus on the page's first widget ("Select all", which Enter would click).
        QTimer.singleShot(0, self.list.setFocus)

    def _check_all(self, on: bool) -> None:
        self.model.set_all(on)

    def chosen(self) -> tuple[str, ...]:
        return self.model.chosen()

    def all_ids(self) -> list[str]:
        return self.model.ids()

    def _changed(self) -> None:
        self.count.setText(self.tr("%1 of %Ln chat(s) selected", "", self.model.rowCount())
                           .replace("%1", number(self.model.ticked_count)))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.model.ticked_count > 0

    def validatePage(self) -> bool:
        self.wiz.chats = self.chosen()
        self.wiz.policy = "replace" if self.replace.isChecked() else "merge"
        return True


def _unbroken(size: str) -> str:
    """A size whose number and unit stay on one line ("1.1 GB" wrapped as "1.1" / "GB")."""
    return size.replace(" ", "\u00a0")


class ProgressPage(QWizardPage):
    def __init__(self, wiz: RestoreWizard) -> None:
        super().__init__()
        self.wiz = wiz
        self._titles()
        lay = QVBoxLayout(self)
        # (a screen reader says this name: "Backup progress" here was wrong)
        self.panel = ProgressPanel(can_pause=True, name=self.tr("Restore progress"))
        lay.addWidget(self.panel)
        # Short of space (``_short_of_space``): what to do, and Try again once space is freed.
        self.advice = style.label("", wrap=True)
        self.retry = QPushButton(self.tr("&Try again"))
        self.retry.clicked.connect(lambda: self.initializePage())
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.retry)
        lay.addWidget(self.advice)
        lay.addLayout(row)
        self.advice.hide()
        self.retry.hide()
        lay.addStretch(1)
        self.task: TaskHandle | None = None
        self.done = False
        self.panel.cancelRequested.connect(self.cancel)
        self.panel.pauseToggled.connect(lambda p: self.task and (self.task.pause() if p else self.task.resume()))

    def _titles(self) -> None:
        self.setTitle(self.tr("Restoring your chats"))
        self.setSubTitle(self.tr("You can keep using your computer. If you cancel, nothing is "
                                 "changed on this computer."))

    def _show_running(self, running: bool) -> None:
        """The progress (bar, Pause, Cancel) while a restore runs; the advice and Try again
        when it was refused for lack of space."""
        for w in (self.panel.bar, self.panel.pause_button, self.panel.cancel_button,
                  self.panel.item):
            w.setVisible(running)
        self.advice.setVisible(not running)
        self.retry.setVisible(not running)

    def initializePage(self) -> None:
        w = self.wiz
        assert w.unlocked is not None and w.chosen is not None
        self.done = False
        self._titles()
        self._show_running(True)
        self.panel.start(self.tr("Restoring…"))
        spec, key, sid = w.spec, w.unlocked.key, w.chosen.snapshot_id
        lib, chats, policy, accept = w.ctx.library_dir, w.chats, w.policy, w.accept_rollback
        self.task = run_in_background(
            lambda p, c: run_restore(spec, key, sid, lib, chats, policy, p, c, accept),
            name="restore",
            on_progress=self.panel.show_progress, on_done=self._done, on_error=self._failed,
            on_cancelled=self._cancelled, owner=self)
        # No way back while it runs (back, then Next again, started a second restore): the
        # wizard enables Back itself once this returns, so it is turned off after that.
        QTimer.singleShot(0, self, self._hold_back)

    def _hold_back(self) -> None:
        if self.task is not None:
            self.wiz.button(QWizard.WizardButton.BackButton).setEnabled(False)

    def cancel(self) -> None:
        if self.task is not None:
            self.panel.cancelling(restore=True)
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
        if isinstance(exc, NotEnoughSpaceError):
            self._short_of_space(exc)
            return
        self.panel.phase.setText(self.tr("The restore did not finish"))
        self.panel.figures.setText(self.tr("Nothing was changed on this computer."))
        self.panel.sync_accessible()
        self.panel.cancel_button.setEnabled(False)
        self.panel.pause_button.setEnabled(False)
        self.wiz.button(QWizard.WizardButton.BackButton).setEnabled(True)
        show_error(self, exc, self.tr("The restore did not finish"))

    def _short_of_space(self, exc: NotEnoughSpaceError) -> None:
        """Refused before anything was downloaded or written (the engine's check): the page
        says so in its title, how much is needed and free and where, and what to do: free
        space and Try again, Back to pick fewer chats, or a library on another disk."""
        self.setTitle(self.tr("Not enough free space"))
        self.setSubTitle(self.tr("Nothing was downloaded or changed on this computer."))
        self._show_running(False)
        self.panel.phase.setText(self.tr("Not enough free space on this computer"))
        where = isolate(breakable_path(str(self.wiz.ctx.library_dir)))
        self.panel.figures.setText(self.tr(
            "This restore needs about %1 on the disk that holds the chat library (%3); %2 is "
            "free there.", "%1, %2: sizes; %3: the library's folder")
            .replace("%1", _unbroken(human_size(exc.needed)))
            .replace("%2", _unbroken(human_size(exc.free))).replace("%3", where))
        self.advice.setText(self.tr(
            "Free some space on that disk and choose Try again, or go back and pick fewer "
            "chats. To restore into a chat library on another disk, start backupgui with "
            "--library and a folder there."))
        back = self.wiz.button(QWizard.WizardButton.BackButton)
        back.setEnabled(True)
        back.setFocus()
        self.panel.sync_accessible()
        announce(self.panel.figures, self.panel.figures.text() + " " + self.advice.text())

    def _cancelled(self) -> None:
        self.task = None
        self._titles()
        self.panel.phase.setText(self.tr("Restore cancelled"))
        self.panel.figures.setText(self.tr("Nothing was changed on this computer."))
        self.panel.bar.setRange(0, 1)
        self.panel.bar.setValue(0)
        self.panel.sync_accessible()
        self.wiz.button(QWizard.WizardButton.BackButton).setEnabled(True)
        announce(self.panel.bar, self.panel.bar.accessibleDescription())

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
        # Restored from Google Drive without keeping on backing up there (a borrowed or shared
        # computer): the sign-in made on the first page stays in this computer's keyring
        # unless the user forgets it; said here, with the same button and question as there.
        self.account = style.label("", "muted", wrap=True)
        self.forget = QPushButton(translate("DriveAccountBox",
                                            "Fo&rget this account on this computer"))
        self.forget.clicked.connect(self._forget)
        forget_row = QHBoxLayout()
        forget_row.addWidget(self.forget)
        forget_row.addStretch(1)
        lay.addWidget(self.account)
        lay.addLayout(forget_row)
        self.keep.toggled.connect(lambda _on: self._show_account())
        self._forgetting = ""
        wiz.where_page.drive.forgotten.connect(self._forgotten)
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
            self.tr("Restored <b>%Ln chat(s)</b> in %1.", "", r.chats)
            .replace("%1", human_duration(r.duration_s, precise=True)),
            self.tr("Messages: %1 added, %2 already here.")
            .replace("%1", number(r.messages_added)).replace("%2", number(r.messages_present)),
            self.tr("Media files: %1 restored, %2 already here.")
            .replace("%1", number(r.media_restored)).replace("%2", number(r.media_present)),
        ]
        if r.media_missing:
            lines.append(self.tr("%Ln media file(s) were not in the backup (for example videos "
                                 "that were left out).", "", r.media_missing))
        self.text.setText("<br>".join(lines))
        # The result, said: the focus lands on "Keep backing up", which would say only that.
        # (the wizard styles its titles as rich text: a screen reader gets the words)
        announce(self.text, " ".join(QTextDocumentFragment.fromHtml(line).toPlainText()
                                     for line in [self.title(), *lines]))
        self.keep.setEnabled(True)
        self.account.setProperty("forgotten", False)
        self._forgetting = ""
        self.keep.setChecked(not self.wiz.ctx.settings.encryption_on)
        self._show_account()
        self.wiz.button(QWizard.WizardButton.BackButton).setEnabled(False)
        name = self.first_chat_name()
        self.open_chat.setVisible(bool(self.wiz.chats))
        # The button names the chat it opens (a chat name is user text: isolated, its "&"
        # kept as text, not a mnemonic).
        self.open_chat.setText(self.tr("&Open %1", "a restored chat's name").replace(
            "%1", isolate(elide(name, 40)).replace("&", "&&")) if name
            else self.tr("&Open a restored chat"))

    def first_chat_name(self) -> str:
        """The name of the chat *Open* opens: the first one restored, as the backup names it."""
        d = self.wiz.details
        if not self.wiz.chats or d is None:
            return ""
        first = self.wiz.chats[0]
        return next((n for cid, n, _c in d.chat_names if cid == first), "")

    def _drive_account(self) -> str:
        """The Google account the backup came from, while it is still signed in here."""
        box = self.wiz.where_page.drive
        spec = self.wiz.spec
        return spec.account if spec.kind == GDRIVE and spec.account and \
            box.account == spec.account else ""

    def _show_account(self) -> None:
        account = self._drive_account()
        show = bool(account) and not self.keep.isChecked()
        if show:
            self.account.setText(self.tr(
                "You are still signed in to Google Drive as %1 on this computer. If this "
                "computer is not yours, forget the account before you leave.")
                .replace("%1", isolate(account)))
        self.account.setVisible(show or self.account.property("forgotten") is True)
        self.forget.setVisible(show)

    def _forget(self) -> None:
        """The first page's box asks (the same question as Settings) and forgets."""
        self._forgetting = self.wiz.where_page.drive.account
        self.wiz.where_page.drive.confirm_forget()

    def _forgotten(self) -> None:
        if self.wiz.currentPage() is not self or not self._forgetting:
            return
        self.keep.setChecked(False)
        self.keep.setEnabled(False)  # nothing to back up to without the sign-in
        self.account.setText(self.tr("Google Drive: %1 was forgotten on this computer.")
                             .replace("%1", isolate(self._forgetting)))
        self.account.setProperty("forgotten", True)
        self._show_account()
        announce(self.account, self.account.text())

    def _open_chat(self) -> None:
        parent = self.wiz.parent()
        if self.wiz.chats and hasattr(parent, "open_chat"):
            parent.open_chat(self.wiz.chats[0])


class RestoreWizard(QWizard):
    """The restore flow. Emits ``restored(RestoreResult)`` when chats were written."""

    restored = Signal(object)
    # The key comes before the list: only the key reveals what each backup holds.
    PAGE_WHERE, PAGE_KEY, PAGE_BACKUPS, PAGE_CHATS, PAGE_PROGRESS, PAGE_SUMMARY = range(6)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_min_height_for_width(self)  # its wrapped texts are never cut off
        self.ctx = ctx
        self.spec: DestinationSpec = ctx.destination_spec()
        self.drive_account = ""
        self.backups: list[BackupInfo] = []
        self.trusted_vaults: dict[str, bool] = {}  # set id -> its key vault is trusted
        self.chosen: BackupInfo | None = None
        self.set_info: BackupInfo | None = None
        self.unlocked: Unlocked | None = None
        self.details: BackupDetails | None = None  # the chosen backup's chats, once read
        self.chats: tuple[str, ...] = ()
        self.policy = "merge"
        self.accept_rollback = False  # the user confirmed restoring from a rolled-back place
        self.result: RestoreResult | None = None
        self.setWindowTitle(self.tr("Restore chats from a backup"))
        self.setWindowIcon(app_icon())
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, render("backupgui", 48))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        # (no taller than a short screen: the pages scroll there, see below)
        area = available_area(self)
        self.setMinimumSize(style.px(720), style.px(540) if area is None else
                            min(style.px(540), area.height() - style.FRAME_ROOM))
        self.where_page = WherePage(self)
        self.backups_page = BackupsPage(self)
        self.key_page = KeyPage(self)
        self.chats_page = ChatsPage(self)
        self.progress_page = ProgressPage(self)
        self.summary_page = SummaryPage(self)
        for pid, page in enumerate((self.where_page, self.key_page, self.backups_page,
                                    self.chats_page, self.progress_page, self.summary_page)):
            self.setPage(pid, page)
            page.setTitle(f'<span style="font-size:{style.base_point_size() * 1.4:.1f}pt; '
                          f'font-weight:600">' + page.title() + "</span>")
        self.setTitleFormat(Qt.TextFormat.RichText)
        scroll_wizard_pages(self)  # a page scrolls where the screen is too short for it
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Done"))
        self.button(QWizard.WizardButton.NextButton).setObjectName("primary")
        self.button(QWizard.WizardButton.FinishButton).setObjectName("primary")
        self.currentIdChanged.connect(self._page_changed)

    def _page_changed(self, pid: int) -> None:
        texts = {self.PAGE_WHERE: self.tr("Fi&nd backups"), self.PAGE_KEY: self.tr("&Unlock"),
                 self.PAGE_CHATS: self.tr("&Restore")}
        self.setButtonText(QWizard.WizardButton.NextButton, texts.get(pid, self.tr("&Next >")))
        for lab in self.findChildren(QLabel):  # the wizard's logo repeats the window title
            if lab.pixmap() is not None and not lab.pixmap().isNull() and not lab.text():
                style.decorative(lab)

    def accept(self) -> None:
        if self.summary_page.keep.isChecked() and self.unlocked is not None:
            self._keep_backing_up()
        super().accept()

    def _keep_backing_up(self) -> None:
        """Back up to this destination from now on, with K kept on this computer."""
        s, u = self.ctx.settings, self.unlocked
        assert u is not None and self.chosen is not None
        before = DestinationSpec.from_settings(s).identity()
        s.destination = self.spec.kind
        if self.spec.kind == FOLDER:
            s.folder_path = self.spec.folder_path
        else:  # the Drive account (and client or emulator) signed in on the first page
            s.gdrive_account = self.spec.account
            s.gdrive_client_secret = self.spec.client_secret
            s.gdrive_emulator_url = self.spec.emulator_url
        if DestinationSpec.from_settings(s).identity() != before and \
                s.last_backup_result in ("failed", "cancelled"):
            s.last_backup_result = s.last_backup_message = ""  # that was another destination
        s.set_id = self.chosen.set_id
        s.key_mode = self.chosen.key_mode
        s.last_key_check = now_iso()
        self._record_newest_backup()
        self.ctx.save()
        store, set_id, key = self.ctx.keystore, self.chosen.set_id, u.key
        call_in_background(store.save, set_id, key, name="save-key", on_error=lambda _e: None,
                           owner=self)

    def _record_newest_backup(self) -> None:
        """The main window's "Last backup" is the newest backup at the destination now
        chosen: after a restore that keeps backing up there, that is the set's newest backup
        (made on the other computer), not "Never"; the next backup continues it. A later
        backup this computer made there already is kept."""
        s, u = self.ctx.settings, self.unlocked
        assert u is not None
        if not u.backups or u.newest_ms is None:
            return
        here = DestinationSpec.from_settings(s).identity()
        mine = parse_time(s.last_backup_time) if s.last_backup_destination == here else None
        newest = datetime.fromtimestamp(u.newest_ms / 1000, UTC)
        if mine is not None and mine >= newest:
            return
        d = u.backups[0]  # newest first
        s.last_backup_time = newest.strftime("%Y-%m-%dT%H:%M:%SZ")
        s.last_backup_bytes = d.media_bytes + d.text_bytes  # the chats' data, as a backup says
        s.last_backup_destination = here
        if s.last_backup_result in ("failed", "cancelled"):
            s.last_backup_result = s.last_backup_message = ""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape while a restore runs stops it, as the page's Cancel does, and keeps the
        wizard open (what was chosen stays, and the page says what happened); closing threw
        that away on one key press. Otherwise Escape closes, as in any dialog."""
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier \
                and self.progress_page.task is not None:
            if self.progress_page.panel.cancel_button.isEnabled():
                self.progress_page.cancel()
            event.accept()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        task = self.progress_page.task
        if task is not None:
            task.cancel()
        for page in (self.where_page, self.key_page, self.backups_page):
            if page.task is not None:
                page.task.cancel()
        self.key_page.password.wipe()
        self.key_page.key.wipe()
        super().reject()
