"""Import from the phone's own WhatsApp backup: pick the backup, give its key, pick the media
folder, preview the chats, import (issue 25).

Decrypting and reading the backup (``open_phone_backup`` + ``preview``), the import and
closing the work folder all run through ``tasks.run_in_background`` / ``call_in_background``;
the GUI thread never reads files, decrypts or touches SQLite. The decrypted database stays in
its private work folder between the preview and the import, and is removed when the dialog
closes, when it is deleted without closing (its window deleted), once a job still using it
ends, and at the latest when the app quits (``release_all``); only after a crash (or a job
that ignored Stop for the whole of the quit's wait) is it left for the next start.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...errors import GROUP_DIGITS, KEY_GROUPS, BackupError, CancelledError
from ...jobs import CancelToken, Progress, ProgressFn
from ...library.importers.whatsapp_db.errors import KEY_DIGITS
from ..language import translate_message
from ..tasks import TaskHandle, call_in_background, run_in_background
from ..widgets import style
from ..widgets.errors import inline_text, show_error
from ..widgets.fit import TrailingGapDelegate, keep_min_height_for_width, scroll_body
from ..widgets.formatting import date_range, joined, numbers
from ..widgets.secret_fields import KeyField


def inspect_job(path: str) -> tuple[str, bool]:
    """Worker side: ('android' | 'iphone', whether a key or password is needed)."""
    from ...library.importers.whatsapp_db import detect, needs_key
    from ...library.importers.whatsapp_db.iphone import is_encrypted_backup

    p = Path(path)
    kind = detect(p)
    return kind, (needs_key(p) if kind == "android" else is_encrypted_backup(p))


def open_job(path: str, key_text: str, key_file: str, media: str, contacts: str,
             password: str, progress: ProgressFn, cancel: CancelToken) -> tuple[Any, Any]:
    """Worker side of "Preview": decrypt into the private work folder and read the chats."""
    from ...library.importers.whatsapp_db import (
        PhoneBackupRequest,
        open_phone_backup,
        parse_key_text,
        read_key_file,
    )

    key = None
    if key_file:
        key = read_key_file(key_file)
    elif key_text.strip():
        key = parse_key_text(key_text)
    req = PhoneBackupRequest(Path(path), key, Path(media) if media else None,
                             Path(contacts) if contacts else None, password or None)
    backup = open_phone_backup(req, progress, cancel)
    try:
        preview = backup.preview(cancel)
    except BaseException:
        backup.close()
        raise
    # Registered here, on the worker: a quit before the GUI thread receives it still finds it.
    return Opened(backup), preview


_open_lock = threading.Lock()
_open: set[Opened] = set()


class Opened:
    """A phone backup opened for a dialog (its database decrypted into a private work
    folder), until it is closed. The dialog lets go of it (``release``: it shows another
    backup, it closes, it is deleted, the app quits); jobs on workers use it (``use``).
    Whichever of them ends last removes the decrypted copy, so neither a running import
    has it removed under it nor a dialog gone meanwhile leaves it behind."""

    def __init__(self, backup: Any) -> None:
        self._backup = backup
        self._users = 0
        self._released = False
        self._closed = False
        with _open_lock:
            _open.add(self)

    @property
    def closed(self) -> bool:
        return self._closed

    @contextmanager
    def use(self) -> Iterator[Any]:
        """The backup, for one job on a worker; closed at the end if it was let go meanwhile."""
        with _open_lock:
            if self._released:
                raise CancelledError("The job was cancelled.")
            self._users += 1
        try:
            yield self._backup
        finally:
            with _open_lock:
                self._users -= 1
                last = self._take_close()
            if last:
                self.close()

    def release(self) -> bool:
        """Nobody shows it any more. True when the caller must now ``close`` it (off the GUI
        thread: it may be gigabytes); False when a job still uses it (the job closes it) or
        it was let go before."""
        with _open_lock:
            if self._released:
                return False
            self._released = True
            return self._take_close()

    def _take_close(self) -> bool:
        if self._released and self._users == 0 and not self._closed:
            self._closed = True
            return True
        return False

    def close(self) -> None:
        """Remove the decrypted copy (a worker's job; after ``release`` or ``use`` said so)."""
        try:
            self._backup.close()
        finally:
            with _open_lock:
                _open.discard(self)


def _let_go(opened: Opened) -> None:
    """The GUI thread lets go of ``opened``: closed at once on a worker if no job uses it."""
    if opened.release():
        call_in_background(opened.close, name="phone-close", owner=None)


def release_all() -> None:
    """At quit (after every task was asked to stop, before waiting for them): let go of every
    opened phone backup, so each decrypted copy is removed before the process ends, by a
    worker: at once when no job uses it, else when that job has stopped."""
    with _open_lock:
        held = list(_open)
    for opened in held:
        _let_go(opened)


def _close_opened(opened: tuple[Opened, Any]) -> None:
    """Worker side (``dispose``): a backup opened for a dialog that is gone."""
    if opened[0].release():
        opened[0].close()


def import_job(opened: Opened, library_dir: Path, progress: ProgressFn,
               cancel: CancelToken) -> Any:
    """Worker side of "Import": the library is opened on this (worker) thread."""
    from ...library.store import Library

    with opened.use() as backup, Library(library_dir) as lib:
        return backup.import_into(lib, progress, cancel)


def media_job(opened: Opened, media: str, cancel: CancelToken) -> Any:
    """Worker side of choosing another media folder: count what it has."""
    with opened.use() as backup:
        backup.set_media_dir(Path(media) if media else None)
        return backup.preview(cancel)


class PhoneImportDialog(QDialog):
    """Preview a phone backup and import it into the library at ``library_dir``.

    Emits ``imported(ImportResult)`` after a successful import.
    """

    imported = Signal(object)

    def __init__(self, library_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_min_height_for_width(self)  # its wrapped texts are never cut off
        self.library_dir = Path(library_dir)
        self.setWindowTitle(self.tr("Import from phone backup"))
        self.backup: Opened | None = None  # the opened backup (decrypted into a work folder)
        self.preview: Any = None
        self.result: Any = None
        self.task: TaskHandle | None = None
        self.kind: str | None = None
        self.needs_secret = False
        self._generation = 0
        self._close_when_stopped = False
        # What this dialog holds open, reachable without it: deleted without closing (its
        # window deleted), it lets go of that in ``destroyed`` (a plain function: the
        # dialog's own methods no longer run then).
        self._held: list[Opened] = []
        self.destroyed.connect(lambda *_a, held=self._held: _let_go_all(held))

        lay = QVBoxLayout(self)
        lay.setSpacing(10)
        lay.addWidget(style.label(self.tr(
            "Import your whole WhatsApp history from the phone's own backup: "
            "msgstore.db.crypt15 from an Android phone (WhatsApp/Databases), or an iPhone "
            "backup folder made by Finder or iTunes. docs/IMPORT.md explains where to find "
            "them and the key."), "muted", wrap=True))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("No backup chosen"))
        self.path_edit.setAccessibleName(self.tr("Phone backup file or folder"))
        self.file_button = QPushButton(self.tr("Choose &file…"))
        self.file_button.clicked.connect(self._choose_file)
        self.folder_button = QPushButton(self.tr("iPhone &backup folder…"))
        self.folder_button.clicked.connect(self._choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.file_button)
        row.addWidget(self.folder_button)
        form.addRow(self.tr("Backup:"), row)

        self.key_field = KeyField()
        self.key_field.textChanged.connect(self._key_typed)
        self.key_file_button = QPushButton(self.tr("K&ey file…"))
        self.key_file_button.setToolTip(self.tr(
            "encrypted_backup.key, or the file named \"key\" of a .crypt14/.crypt12 backup"))
        self.key_file_button.clicked.connect(self._choose_key_file)
        self.key_file = ""
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_field, 1)
        key_row.addWidget(self.key_file_button)
        self.key_hint = style.label(numbers(self.tr(
            "The key WhatsApp showed when you turned on end-to-end encrypted backup "
            "(%1 groups of %2)."), KEY_GROUPS, GROUP_DIGITS), "muted", wrap=True)
        key_box = QVBoxLayout()
        key_box.setSpacing(2)
        key_box.addLayout(key_row)
        key_box.addWidget(self.key_hint)
        self.key_label = QLabel(numbers(self.tr("%1-digit &key:"), KEY_DIGITS))
        self.key_label.setBuddy(self.key_field)
        form.addRow(self.key_label, key_box)

        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("iPhone backup password"))
        self.password_edit.textChanged.connect(lambda _t: self._inputs_changed())
        self.password_label = QLabel(self.tr("Backup &password:"))
        self.password_label.setBuddy(self.password_edit)
        form.addRow(self.password_label, self.password_edit)

        self.media_edit = QLineEdit()
        self.media_edit.setReadOnly(True)
        self.media_edit.setPlaceholderText(self.tr("Optional: WhatsApp's Media folder, copied "
                                                   "from the phone"))
        self.media_edit.setAccessibleName(self.tr("Media folder"))
        self.media_button = QPushButton(self.tr("Choose f&older…"))
        self.media_button.clicked.connect(self._choose_media)
        media_row = QHBoxLayout()
        media_row.addWidget(self.media_edit, 1)
        media_row.addWidget(self.media_button)
        form.addRow(self.tr("Media:"), media_row)

        self.contacts_edit = QLineEdit()
        self.contacts_edit.setReadOnly(True)
        self.contacts_edit.setPlaceholderText(self.tr("Optional: wa.db, for contact names"))
        self.contacts_edit.setAccessibleName(self.tr("Contacts file"))
        self.contacts_button = QPushButton(self.tr("C&hoose…"))
        self.contacts_button.clicked.connect(self._choose_contacts)
        contacts_row = QHBoxLayout()
        contacts_row.addWidget(self.contacts_edit, 1)
        contacts_row.addWidget(self.contacts_button)
        self.contacts_label = QLabel(self.tr("Contacts:"))
        form.addRow(self.contacts_label, contacts_row)
        lay.addLayout(form)
        open_row = QHBoxLayout()
        open_row.addStretch(1)
        self.preview_button = QPushButton(self.tr("O&pen backup"))
        self.preview_button.setEnabled(False)
        self.preview_button.clicked.connect(self.start_preview)
        open_row.addWidget(self.preview_button)
        lay.addLayout(open_row)

        self.status = style.label("", "muted", wrap=True)
        self.status.setAccessibleDescription(self.tr("Status"))
        lay.addWidget(self.status)
        self.error = style.error_label(self.tr("Error"))
        lay.addWidget(self.error)

        self.details = QWidget()
        dlay = QVBoxLayout(self.details)
        dlay.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        dlay.addWidget(self.summary)
        self.chat_list = QTreeWidget()
        self.chat_list.setHeaderLabels([self.tr("Chat"), self.tr("Type"), self.tr("Messages"),
                                        self.tr("Dates")])
        self.chat_list.setRootIsDecorated(False)
        self.chat_list.setAccessibleName(self.tr("Chats in the backup"))
        self.chat_list.setMinimumHeight(180)
        # the count sits at its column's trailing edge: a gap keeps it off the next column's
        # dates (in Arabic "١٠" ran into "١٤ نوفمبر…" and read as one figure)
        self.chat_list.setItemDelegateForColumn(2, TrailingGapDelegate(self.chat_list))
        dlay.addWidget(self.chat_list)
        self.problems = style.leading_text(QPlainTextEdit())
        self.problems.setReadOnly(True)
        self.problems.setMaximumHeight(80)
        self.problems.setAccessibleName(self.tr("Notes"))
        dlay.addWidget(self.problems)
        lay.addWidget(self.details, 10)
        self.details.hide()

        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Progress"))
        self.bar.hide()
        lay.addWidget(self.bar)
        lay.addStretch(1)  # takes the room while the chat list is hidden

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("&Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("primary")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.reject)
        # Everything above the buttons scrolls when the screen is too short for it (once a
        # backup is opened: 650 px at 150 % on a 1366x768 laptop, 512 px of screen); Import
        # and Close stay below it, on the screen.
        m = lay.contentsMargins()
        lay.setContentsMargins(m.left(), m.top(), m.right(), 0)
        footer = QWidget()
        foot = QVBoxLayout(footer)
        foot.setContentsMargins(m.left(), lay.spacing(), m.right(), m.bottom())
        foot.addWidget(self.buttons)
        self.body = scroll_body(self, lambda: footer.sizeHint().height())
        self.layout().addWidget(footer)
        self._show_inputs()
        # no fixed minimum: the layout's own keeps every label whole in any language and text size
        style.initial_size(self, 640, 0)

    # -- choosing ---------------------------------------------------------------------------
    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the WhatsApp backup"), "",
            self.tr("WhatsApp backups (*.crypt15 *.crypt14 *.crypt12 *.db);;All files (*)"))
        if path:
            self.set_path(path)

    def _choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose the iPhone backup folder"))
        if path:
            self.set_path(path)

    def _choose_key_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the key file"), "",
                                              self.tr("All files (*)"))
        if path:
            self.set_key_file(path)

    def set_key_file(self, path: str) -> None:
        """Use a key file (any of its forms) instead of the typed key."""
        self.key_field.clear()
        self.key_file = path
        self.key_field.setPlaceholderText(self.tr("Key file: %1").replace("%1", Path(path).name))
        self._inputs_changed()

    def _key_typed(self, text: str) -> None:
        if text and self.key_file:  # typing replaces a chosen key file
            self.key_file = ""
            self.key_field.setPlaceholderText("0000 0000 0000 0000 0000 0000 0000 0000 …")
        self._inputs_changed()

    def _choose_media(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose WhatsApp's Media folder"))
        if path:
            self.set_media_dir(path)

    def _choose_contacts(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose wa.db"), "",
                                              self.tr("Contact database (wa.db*);;All files (*)"))
        if path:
            self.contacts_edit.setText(path)
            self._inputs_changed()

    def set_path(self, path: str | Path) -> None:
        """Use this backup; find out (in the background) what it is and what it needs."""
        self.path_edit.setText(str(path))
        self.kind = None
        self._inputs_changed()
        self._generation += 1
        gen = self._generation
        self.status.setText(self.tr("Looking at the backup…"))
        call_in_background(inspect_job, str(path), name="phone-inspect",
                           on_done=lambda r: self._inspected(gen, r),
                           on_error=lambda exc: self._failed(gen, exc),
                           owner=self, cancel_with_owner=True)

    def set_media_dir(self, path: str) -> None:
        self.media_edit.setText(path)
        if self.backup is None or self.task is not None:
            return
        self._generation += 1
        gen = self._generation
        backup = self.backup
        self.status.setText(self.tr("Looking for media files…"))
        self.task = run_in_background(
            lambda _p, c: media_job(backup, path, c), name="phone-media",
            on_done=lambda pv: self._previewed(gen, (backup, pv)),
            on_error=lambda exc: self._failed(gen, exc), on_finished=self._task_finished,
            owner=self, cancel_with_owner=True)

    def _inspected(self, gen: int, result: tuple[str, bool]) -> None:
        if gen != self._generation:
            return
        self.kind, encrypted = result
        self.needs_secret = encrypted
        self._show_inputs()
        if self.kind == "iphone":
            self.status.setText(self.tr("iPhone backup. Press Open backup to read it.")
                                if not encrypted else
                                self.tr("Encrypted iPhone backup: enter its password, then "
                                        "press Open backup."))
        else:
            self.status.setText(self.tr("Android backup: enter its key, then press Open backup.")
                                if encrypted else
                                self.tr("Android message database. Press Open backup."))
        self._update_buttons()

    def _show_inputs(self) -> None:
        android = self.kind in (None, "android")
        for w in (self.key_label, self.key_field, self.key_file_button, self.key_hint):
            w.setVisible(android)
        iphone_secret = self.kind == "iphone" and getattr(self, "needs_secret", False)
        self.password_label.setVisible(iphone_secret)
        self.password_edit.setVisible(iphone_secret)
        for w in (self.contacts_label, self.contacts_edit, self.contacts_button):
            w.setVisible(android)

    def _inputs_changed(self) -> None:
        """The backup, key or password changed: what was opened no longer applies."""
        if self.task is not None:
            return
        self._drop_backup()
        self.preview = None
        self.result = None
        self.details.hide()
        self.error.hide()
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.task is not None
        ready = bool(self.path_edit.text()) and self.kind is not None
        self.preview_button.setEnabled(ready and not busy and self.backup is None)
        self.import_button.setEnabled(not busy and self.backup is not None
                                      and self.preview is not None and self.result is None
                                      and self.preview.message_count > 0)
        for w in (self.file_button, self.folder_button, self.key_field, self.key_file_button,
                  self.password_edit, self.media_button, self.contacts_button):
            w.setEnabled(not busy)
        self.close_button.setText(self.tr("Cancel") if busy else self.tr("Close"))

    # -- opening ----------------------------------------------------------------------------
    def start_preview(self) -> None:
        if self.task is not None or not self.path_edit.text():
            return
        self._generation += 1
        gen = self._generation
        args = (self.path_edit.text(), self.key_field.text(), self.key_file,
                self.media_edit.text(), self.contacts_edit.text(), self.password_edit.text())
        self.error.hide()
        self.status.setText(self.tr("Opening the backup…"))
        self.bar.setValue(0)
        self.bar.show()
        self.task = run_in_background(
            lambda p, c: open_job(*args, p, c), name="phone-open",
            on_progress=self._progress, on_done=lambda r: self._previewed(gen, r),
            on_error=lambda exc: self._failed(gen, exc),
            on_cancelled=lambda: self.status.setText(self.tr("Stopped.")),
            on_finished=self._task_finished, owner=self, cancel_with_owner=True,
            dispose=_close_opened)
        self._update_buttons()

    def _previewed(self, gen: int, result: tuple[Opened, Any]) -> None:
        backup, preview = result
        if gen != self._generation:
            _let_go(backup)
            return
        if self.backup is not None and self.backup is not backup:
            self._drop_backup()
        if backup not in self._held:
            self._held.append(backup)
        self.backup, self.preview = backup, preview
        self._show_preview(preview)
        self.status.setText(self.tr("Check what will be imported, then press Import."))

    def _show_preview(self, p: Any) -> None:
        loc = QLocale()
        text = joined([self.tr("%Ln chat(s)", "", len(p.chats)),
                       self.tr("%Ln message(s)", "", p.message_count),
                       "" if p.first_ms is None else date_range(p.first_ms, p.last_ms)])
        media = joined([self.tr("%Ln media file(s) found", "", p.media_found),
                        "" if not p.media_missing else self.tr(
                            "%Ln not on this computer (their messages are kept)", "",
                            p.media_missing)])
        self.summary.setText(text + "\n" + media)
        self.chat_list.clear()
        for c in p.chats:
            kind = self.tr("Group") if c.kind == "group" else self.tr("One-to-one")
            item = QTreeWidgetItem(self.chat_list, [c.name, kind, loc.toString(c.message_count),
                                                    date_range(c.first_ms, c.last_ms)])
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for i in range(4):
            self.chat_list.resizeColumnToContents(i)
        notes = [self._skip_note(n, why) for n, why in p.skipped]
        self.problems.setPlainText("\n".join(notes) if notes else self.tr("No problems found."))
        self.details.show()

    def _skip_note(self, count: str, why: str) -> str:
        """One line of what was skipped: the reason in the UI's language and how many
        ("messages without a valid date (3)"); ``count`` is the core's "3 items"."""
        m = re.match(r"\d+", count)
        if m is None:
            return self.tr("%1: %2", "where in the export: what was wrong").replace(
                "%1", translate_message(count)).replace("%2", translate_message(why))
        return self.tr("%1 (%Ln)", "a reason something was skipped (how many times)",
                       int(m.group())).replace("%1", translate_message(why))

    def _failed(self, gen: int, exc: BaseException) -> None:
        if gen != self._generation:
            return
        self.status.setText("")
        if isinstance(exc, CancelledError):
            self.status.setText(self.tr("Stopped."))
        elif isinstance(exc, BackupError):
            self.error.setText(inline_text(exc))
            self.error.show()
        else:
            show_error(self, exc)

    # -- importing --------------------------------------------------------------------------
    def start_import(self) -> None:
        if self.backup is None or self.task is not None or self.result is not None:
            return
        backup, library_dir = self.backup, self.library_dir
        self.error.hide()
        self.status.setText(self.tr("Importing…"))
        self.bar.setValue(0)
        self.bar.show()
        self.task = run_in_background(
            lambda p, c: import_job(backup, library_dir, p, c), name="phone-import",
            on_progress=self._progress, on_done=self._import_done,
            on_error=self._import_failed,
            on_cancelled=lambda: self.status.setText(
                self.tr("Import cancelled; the library is unchanged.")),
            on_finished=self._task_finished, owner=self)
        self._update_buttons()

    def _progress(self, p: Progress) -> None:
        if p.total_bytes:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(1000 * p.done_bytes / p.total_bytes))
        else:
            self.bar.setRange(0, 0)  # busy, no figure yet (unlocking an iPhone backup)
        phase = {"Decrypting": self.tr("Decrypting the backup…"),
                 "Importing": self.tr("Importing messages…")}.get(p.phase)
        if phase is None and p.phase.startswith("Unlocking"):
            phase = self.tr("Unlocking the iPhone backup…")
        if phase:
            self.status.setText(phase)

    def _import_done(self, r: Any) -> None:
        self.result = r
        text = self.tr("Imported %Ln new message(s).", "", r.messages_added)
        if r.messages_present:
            text += " " + self.tr("%Ln were already in the library.", "", r.messages_present)
        if r.messages_differ:  # (among the new ones: kept beside a different copy)
            text += " " + self.tr("%Ln message(s) differ from the library's copy (kept both).",
                                  "", r.messages_differ)
        if r.media_added:
            text += " " + self.tr("%Ln media file(s) added.", "", r.media_added)
        if r.media_missing:
            text += " " + self.tr("%Ln file(s) not on this computer.", "", r.media_missing)
        self.status.setText(text)
        notes = [translate_message(w) for w in r.warnings] + [
            self._skip_note(n, why) for n, why in r.skipped]
        if notes:
            self.problems.setPlainText("\n".join(notes))
        self.imported.emit(r)

    def _import_failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("Nothing was imported; the library is unchanged."))
        if isinstance(exc, BackupError) and not isinstance(exc, CancelledError):
            self.error.setText(inline_text(exc))
            self.error.show()
        elif not isinstance(exc, CancelledError):
            show_error(self, exc)

    def _task_finished(self) -> None:
        self.task = None
        self.bar.hide()
        self.bar.setRange(0, 1000)
        self._update_buttons()
        if self._close_when_stopped:
            self._drop_backup()
            super().reject()

    # -- closing ----------------------------------------------------------------------------
    def _drop_backup(self) -> None:
        """Remove the decrypted copy (in the background: it may be gigabytes)."""
        backup, self.backup = self.backup, None
        if backup is not None:
            if backup in self._held:
                self._held.remove(backup)
            _let_go(backup)

    def done(self, r: int) -> None:
        self._generation += 1
        self._drop_backup()
        super().done(r)

    def reject(self) -> None:
        """Close; while working, cancel first (the dialog closes once it has stopped)."""
        if self.task is not None:
            self._close_when_stopped = True
            self.status.setText(self.tr("Cancelling…"))
            self.close_button.setEnabled(False)
            self.task.cancel()
            return
        super().reject()


def _let_go_all(held: list[Opened]) -> None:
    """A dialog deleted without closing: let go of what it held (``destroyed``)."""
    while held:
        _let_go(held.pop())
