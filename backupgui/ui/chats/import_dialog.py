"""Import a WhatsApp or Telegram export: pick it, see what it holds, import it.

Reading the export (preview) and writing the library (import) both run through
``tasks.run_in_background``; the GUI thread never parses files or touches SQLite.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
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

from ...errors import BackupError, CancelledError
from ...jobs import CancelToken, Progress, ProgressFn
from ...library.importers import ImportPreview, ImportResult
from ..language import isolate, translate_message
from ..tasks import TaskHandle, run_in_background
from ..widgets import style
from ..widgets.elide import elide, plain_tooltip
from ..widgets.errors import inline_text, show_error
from ..widgets.fit import keep_on_screen
from ..widgets.formatting import date_range, number

_FORMATS = [("", QT_TRANSLATE_NOOP("ImportDialog", "Detect automatically")),
            ("whatsapp", "WhatsApp"), ("telegram", "Telegram")]  # names are not translated


translate = QCoreApplication.translate


def preview_job(path: str, fmt: str | None) -> ImportPreview:
    """Worker side of the preview."""
    from ...library.importers import preview_export

    return preview_export(path, fmt)


def import_job(library_dir: Path, path: str, fmt: str | None, progress: ProgressFn,
               cancel: CancelToken) -> ImportResult:
    """Worker side of the import: the library is opened on this (worker) thread."""
    from ...library.importers import import_export
    from ...library.store import Library

    with Library(library_dir) as lib:
        return import_export(lib, path, fmt,
                             progress=lambda d, t: progress(
                                 Progress(translate("ImportDialog", "Importing"), d, t)),
                             cancel=cancel)


class ImportDialog(QDialog):
    """Preview an export and import it into the library at ``library_dir``.

    Emits ``imported(ImportResult)`` after a successful import.
    """

    imported = Signal(object)

    def __init__(self, library_dir: Path, paths: list[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library_dir = Path(library_dir)
        self.setWindowTitle(self.tr("Import chats"))
        self.setMinimumWidth(style.px(560))
        keep_on_screen(self)  # it grows with the preview shown
        self.preview: ImportPreview | None = None
        self.result: ImportResult | None = None
        self.task: TaskHandle | None = None
        self._generation = 0  # previews of a path chosen since (or after closing) are ignored
        self._close_when_stopped = False
        self._importing = False

        lay = QVBoxLayout(self)
        lay.setSpacing(10)
        lay.addWidget(style.label(self.tr(
            "Choose a WhatsApp export (.zip or .txt) or a Telegram Desktop export (its folder, "
            "result.json, or a .zip of it)."), "muted", wrap=True))

        pick = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("No export chosen"))
        self.path_edit.setAccessibleName(self.tr("Export file or folder"))
        self.file_button = QPushButton(self.tr("Choose &file…"))
        self.file_button.clicked.connect(self._choose_file)
        self.folder_button = QPushButton(self.tr("Choose f&older…"))
        self.folder_button.clicked.connect(self._choose_folder)
        pick.addWidget(self.path_edit, 1)
        pick.addWidget(self.file_button)
        pick.addWidget(self.folder_button)
        lay.addLayout(pick)

        fmt_row = QHBoxLayout()
        self.format_box = QComboBox()
        for key, text in _FORMATS:
            self.format_box.addItem(translate("ImportDialog", text), key)
        self.format_box.setAccessibleName(self.tr("Export format"))
        self.format_box.currentIndexChanged.connect(lambda _i: self._start_preview())
        fmt_label = QLabel(self.tr("Fo&rmat:"))
        fmt_label.setBuddy(self.format_box)
        fmt_row.addWidget(fmt_label)
        fmt_row.addWidget(self.format_box)
        fmt_row.addStretch(1)
        lay.addLayout(fmt_row)

        self.status = style.label("", "muted", wrap=True)
        self.status.setAccessibleDescription(self.tr("Status"))
        lay.addWidget(self.status)
        self.error = style.error_label(self.tr("Error"))
        lay.addWidget(self.error)

        self.details = QWidget()
        form = QFormLayout(self.details)
        form.setContentsMargins(0, 0, 0, 0)
        self.chat_label = QLabel()
        self.chat_label.setTextFormat(Qt.TextFormat.PlainText)  # a chat's name is text, never HTML
        self.kind_label = QLabel()
        self.people_label = QLabel()
        self.people_label.setWordWrap(True)
        self.count_label = QLabel()
        self.dates_label = QLabel()
        self.media_label = QLabel()
        self.media_label.setWordWrap(True)
        for label in (self.chat_label, self.people_label, self.count_label, self.dates_label,
                      self.media_label):  # (a number alone has no direction of its own)
            style.leading(label)
        for text, widget in [(self.tr("Chat:"), self.chat_label), (self.tr("Type:"), self.kind_label),
                             (self.tr("Participants:"), self.people_label),
                             (self.tr("Messages:"), self.count_label),
                             (self.tr("Dates:"), self.dates_label),
                             (self.tr("Media:"), self.media_label)]:
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(text, widget)
        self.chat_list = QTreeWidget()
        self.chat_list.setHeaderLabels([self.tr("Chat"), self.tr("Messages"), self.tr("Dates")])
        self.chat_list.setRootIsDecorated(False)
        self.chat_list.setAccessibleName(self.tr("Chats in the export"))
        form.addRow(self.chat_list)
        self.problems = style.leading_text(QPlainTextEdit())
        self.problems.setReadOnly(True)
        self.problems.setMaximumHeight(110)
        self.problems.setAccessibleName(self.tr("Warnings and skipped lines"))
        form.addRow(self.tr("Notes:"), self.problems)
        lay.addWidget(self.details)
        self.details.hide()

        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Import progress"))
        self.bar.hide()
        lay.addWidget(self.bar)
        lay.addStretch(1)

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("&Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("primary")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.reject)
        # The whole history from WhatsApp's own backup on the phone (its own dialog).
        self.phone_button = self.buttons.addButton(self.tr("Import from &phone backup…"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.phone_button.clicked.connect(self.open_phone_import)
        lay.addWidget(self.buttons)

        if paths:
            self.set_path(paths[0])

    # -- choosing ---------------------------------------------------------------------------
    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose an export"), "",
            self.tr("Chat exports (*.zip *.txt *.json);;All files (*)"))
        if path:
            self.set_path(path)

    def _choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose a Telegram export folder"))
        if path:
            self.set_path(path)

    def set_path(self, path: str | Path) -> None:
        """Show this export and start reading its preview."""
        self.path_edit.setText(str(path))
        self.result = None
        self._start_preview()

    @property
    def format(self) -> str | None:
        return self.format_box.currentData() or None

    def _start_preview(self) -> None:
        path = self.path_edit.text()
        if not path or self._importing:
            return
        self._generation += 1
        gen = self._generation
        self.preview = None
        self.import_button.setEnabled(False)
        self.details.hide()
        self.error.hide()
        self.status.setText(self.tr("Reading the export…"))
        fmt = self.format
        run_in_background(lambda _p, _c: preview_job(path, fmt), name="import-preview",
                          on_done=lambda pv: self._preview_done(gen, pv),
                          on_error=lambda exc: self._preview_failed(gen, exc),
                          owner=self, cancel_with_owner=True)

    def _preview_done(self, gen: int, preview: ImportPreview) -> None:
        if gen != self._generation:
            return
        self.preview = preview
        self.status.setText(self.tr("%1 export. Check what will be imported, then press Import.")
                            .replace("%1", "WhatsApp" if preview.format == "whatsapp" else "Telegram"))
        self._show_preview(preview)
        self.import_button.setEnabled(preview.message_count > 0)

    def _preview_failed(self, gen: int, exc: BaseException) -> None:
        if gen != self._generation:
            return
        self.status.setText("")
        if isinstance(exc, BackupError):
            self._show_error(exc)
        else:
            show_error(self, exc)

    def _show_error(self, exc: BackupError) -> None:
        self.error.setText(inline_text(exc))
        self.error.show()
        if self.preview is None:  # no "No problems found" above a file that failed
            self.details.hide()

    def _show_preview(self, p: ImportPreview) -> None:
        self.chat_label.setText(elide(p.name))  # a 5,000-character name must not widen the dialog
        self.chat_label.setToolTip(plain_tooltip(elide(p.name, 400)))
        kinds = {c.kind for c in p.chats}
        self.kind_label.setText(self.tr("Group") if kinds == {"group"} else
                                self.tr("One-to-one") if kinds == {"direct"} else
                                self.tr("Groups and one-to-one chats"))
        people = [isolate(elide(n, 60)) if n else self.tr("Deleted Account")
                  for n in p.participants]
        shown = self.tr(", ", "separator in a list of names").join(people[:12])
        if len(people) > 12:
            shown = self.tr("%1 and %Ln more", "", len(people) - 12).replace("%1", shown)
        self.people_label.setText(shown or "—")
        self.count_label.setText(number(p.message_count))
        self.dates_label.setText(date_range(p.first_ms, p.last_ms))
        found = self.tr("%Ln file(s) found", "", p.media_found)
        if p.media_missing:
            found = self.tr("%1, %Ln not in the export (their messages are kept)", "",
                            p.media_missing).replace("%1", found)
        self.media_label.setText(found)
        self.chat_list.clear()
        self.chat_list.setVisible(len(p.chats) > 1)
        for c in p.chats:
            QTreeWidgetItem(self.chat_list, [elide(c.name), number(c.message_count),
                                             date_range(c.first_ms, c.last_ms)])
        notes = [translate_message(w) for w in p.warnings]
        notes += [self.tr("%1: %2", "where in the export: what was wrong")
                  .replace("%1", translate_message(where)).replace("%2", translate_message(why))
                  for where, why in p.skipped]
        self.problems.setPlainText("\n".join(notes) if notes else self.tr("No problems found."))
        self.details.show()

    def open_phone_import(self) -> QDialog:
        """"Import from phone backup…": WhatsApp's own backup (PhoneImportDialog)."""
        from .phone_import import PhoneImportDialog

        dlg = PhoneImportDialog(self.library_dir, self)
        dlg.imported.connect(self.imported.emit)
        dlg.open()
        return dlg

    # -- importing --------------------------------------------------------------------------
    def start_import(self) -> None:
        if self.preview is None or self._importing:
            return
        # Plain values only: the worker must not touch this dialog.
        path, fmt, library_dir = self.path_edit.text(), self.format, self.library_dir
        self._set_importing(True)
        self.error.hide()
        self.status.setText(self.tr("Importing…"))
        self.task = run_in_background(
            lambda p, c: import_job(library_dir, path, fmt, p, c), name="import",
            on_progress=self._progress, on_done=self._import_done,
            on_error=self._import_failed, on_cancelled=self._import_cancelled,
            on_finished=self._task_finished, owner=self)

    def _set_importing(self, on: bool) -> None:
        self._importing = on
        for w in (self.file_button, self.folder_button, self.format_box, self.phone_button):
            w.setEnabled(not on)
        self.import_button.setEnabled(not on and self.preview is not None and self.result is None)
        self.close_button.setText(self.tr("Cancel") if on else self.tr("Close"))
        self.bar.setVisible(on)
        self.bar.setValue(0)

    def _progress(self, p: Progress) -> None:
        if p.total_bytes:
            self.bar.setValue(int(1000 * p.done_bytes / p.total_bytes))

    def _import_done(self, result: ImportResult) -> None:
        self.result = result
        sentences = [self.tr("Imported %1 into %2.", "%1: new messages, %2: chats")
                     .replace("%1", self.tr("%Ln new message(s)", "", result.messages_added))
                     .replace("%2", self.tr("%Ln chat(s)", "", result.chats))]
        if result.messages_present:
            sentences.append(self.tr("%Ln were already in the library.", "",
                                     result.messages_present))
        if result.messages_differ:
            # (among the new ones: kept beside a different copy under the same id)
            sentences.append(self.tr("%Ln message(s) differ from the library's copy (kept both).",
                                     "", result.messages_differ))
            self._add_notes(result.warnings)
        if result.media_added:
            sentences.append(self.tr("%Ln media file(s) added.", "", result.media_added))
        if result.skipped:
            sentences.append(self.tr("%Ln line(s) skipped (see Notes).", "", len(result.skipped)))
        self.status.setText(self.tr(" ", "space between sentences").join(sentences))
        self.imported.emit(result)

    def _add_notes(self, warnings: tuple[str, ...]) -> None:
        """The import's own warnings (what the preview could not know) under the preview's."""
        shown = set(self.preview.warnings) if self.preview is not None else set()
        new = [translate_message(w) for w in warnings if w not in shown]
        if new:
            old = self.problems.toPlainText() if self.preview is not None and (
                self.preview.warnings or self.preview.skipped) else ""
            self.problems.setPlainText("\n".join([old, *new] if old else new))

    def _import_failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("Nothing was imported; the library is unchanged."))
        if isinstance(exc, BackupError) and not isinstance(exc, CancelledError):
            self._show_error(exc)
        else:
            show_error(self, exc)

    def _import_cancelled(self) -> None:
        self.status.setText(self.tr("Import cancelled; the library is unchanged."))

    def _task_finished(self) -> None:
        self.task = None
        self._set_importing(False)
        if self._close_when_stopped:
            super().reject()

    def done(self, r: int) -> None:
        self._generation += 1  # a preview still running is of no interest any more
        super().done(r)

    def reject(self) -> None:
        """Close; while importing, cancel first (the dialog closes once it has stopped)."""
        if self.task is not None:
            self._close_when_stopped = True
            self.status.setText(self.tr("Cancelling…"))
            self.close_button.setEnabled(False)
            self.task.cancel()
            return
        super().reject()
