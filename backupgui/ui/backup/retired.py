"""*Delete the old key…*: deletes, with the old password, the key vault records of backup
sets a key rotation or a change of protection retired that could not be deleted then (the
library's ``retired_vault_records``, docs/VAULT.md 1.4). The password lives in the field
and the running task only; it is never stored."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...errors import BackupError, VaultAccountError
from ..context import AppContext
from ..language import isolate, translate_message
from ..tasks import TaskHandle, run_in_background
from ..widgets import style
from ..widgets.accessibility import announce
from ..widgets.errors import inline_text, show_error
from ..widgets.fit import keep_min_height_for_width
from ..widgets.secret_fields import KeyField, PasswordField

translate = QCoreApplication.translate


def retired_hosts(library: Path) -> list[str]:
    """The vault hosts of the records still to delete (worker thread: reads the library);
    none when there is no library yet."""
    from ...engine.vaultretire import pending
    from ...library.store import Library

    if not (Path(library) / "library.db").is_file():
        return []
    with Library(library, create=False) as lib:
        return sorted({r.host for r in pending(lib)})


def delete_old_keys(library: Path, material, spec=None):
    """Run on a worker thread: ``delete_retired`` with the old password; for a Google Drive
    backup with the Drive sign-in's proof of the vault account too (as the CLI's
    ``--dest gdrive``)."""
    from ...device.settings import GDRIVE
    from ...engine.vaultretire import delete_retired

    if spec is None or spec.kind != GDRIVE:
        return delete_retired(library, material)
    from ...engine.repository import vault_proofs
    from ..settings.destinations import open_destination

    dest = open_destination(spec)
    try:
        return delete_retired(library, material, vault_proofs(dest, material))
    finally:
        dest.close()


def has_retired_warning(warnings) -> bool:
    from ...engine.vaultretire import is_retired_record_message

    return any(is_retired_record_message(w) for w in warnings)


def add_delete_button(box: QMessageBox, warnings, open_dialog: Callable[[], object]) -> None:
    """A warning box that says a retired set's key is still at its vault gets the action."""
    if not has_retired_warning(warnings):
        return
    button = box.addButton(RetiredKeyDialog.tr_action(), QMessageBox.ButtonRole.ActionRole)
    button.setObjectName("delete-old-key")
    button.clicked.connect(open_dialog)


class RetiredKeyDialog(QDialog):
    """Asks for the old password (and the recovery code if the vault asks), deletes every
    listed record in the background, and says what happened."""

    recordsChanged = Signal()  # the library's list may be shorter now

    @staticmethod
    def tr_action() -> str:
        return translate("RetiredKeyDialog", "Delete the old key…")

    def __init__(self, ctx: AppContext, hosts: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_min_height_for_width(self)
        self.ctx = ctx
        self._task: TaskHandle | None = None
        self.outcome = None  # the last RetireOutcome
        self.setObjectName("retired-key-dialog")
        self.setWindowTitle(self.tr("Delete the old key"))
        self.setMinimumWidth(style.px(480))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(22, 18, 22, 16)
        lay.setSpacing(10)
        where = ", ".join(hosts)
        lay.addWidget(style.label(self.tr("Delete the old key at the key vault"), "title", wrap=True))
        self.intro = style.label(self.tr(
            "The key vault at %1 still keeps the key of a backup that was replaced (by a new "
            "key or a change of protection). Whoever kept a copy of that old backup could open "
            "it there with the old password. Enter the old password to delete that key; it is "
            "not saved.").replace("%1", isolate(where)), "", wrap=True)
        lay.addWidget(self.intro)
        lab = QLabel(self.tr("&Old password"))
        self.password = PasswordField(self.tr("Old password"))
        self.password.setAccessibleName(self.tr("Old password"))
        lab.setBuddy(self.password)
        lay.addWidget(lab)
        lay.addWidget(self.password)
        self.code_label = QLabel(self.tr("Key vault &recovery code"))
        self.code = KeyField(key_file=False)
        self.code.setAccessibleName(self.tr("Key vault recovery code"))
        self.code_label.setBuddy(self.code)
        for w in (self.code_label, self.code):
            w.hide()
            lay.addWidget(w)
        self.status = style.label("", "muted", wrap=True)
        self.status.hide()
        lay.addWidget(self.status)
        self.error = QLabel("")
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        lay.addWidget(self.error)
        self.result = QLabel("")
        self.result.setWordWrap(True)
        self.result.hide()
        lay.addWidget(self.result)
        buttons = QDialogButtonBox()
        self.delete_button: QPushButton = buttons.addButton(
            self.tr("&Delete the old key"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.delete_button.setObjectName("primary")
        self.close_button: QPushButton = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.stop_button: QPushButton = buttons.addButton(self.tr("&Stop"),
                                                          QDialogButtonBox.ButtonRole.RejectRole)
        self.stop_button.hide()
        self.delete_button.clicked.connect(self._submit)
        self.close_button.clicked.connect(self.reject)
        self.stop_button.clicked.connect(self._stop)
        self.password.textChanged.connect(self._update_buttons)
        lay.addWidget(buttons)
        self._update_buttons()
        style.fit_height(self)

    # --- state -----------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._task is not None

    def _update_buttons(self, *_a) -> None:
        busy = self.busy
        self.delete_button.setEnabled(not busy and bool(self.password.text()))
        self.password.setEnabled(not busy)
        self.code.setEnabled(not busy)
        self.stop_button.setVisible(busy)
        self.close_button.setVisible(not busy)

    def _say(self, label: QLabel, text: str, *, assertive: bool = False) -> None:
        for w in (self.status, self.error, self.result):
            w.setVisible(w is label and bool(text))
        label.setText(text)
        if text:
            announce(label, text, assertive=assertive)
        style.fit_height(self)

    # --- the delete ------------------------------------------------------------------------
    def _submit(self) -> None:
        secret = self.password.text()
        if not secret or self.busy:
            return
        try:
            code = None
            if self.code.isVisible() and self.code.text().strip():
                from ...vault.account import parse_recovery_code

                code = parse_recovery_code(self.code.text())
        except BackupError as exc:
            self._say(self.error, inline_text(exc), assertive=True)
            return
        material = self.ctx.vault_password(secret, recovery_code=code)
        library, spec = self.ctx.library_dir, self.ctx.destination_spec()
        self._say(self.status, self.tr("Deleting the old key at the key vault…"))
        self._task = run_in_background(
            lambda _p, c: (c.checkpoint(), delete_old_keys(library, material, spec))[1],
            name="delete-retired", on_done=self._done, on_error=self._failed,
            on_cancelled=self._cancelled, on_finished=self._finished, owner=self)
        self._update_buttons()

    def _stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.stop_button.setEnabled(False)

    def _finished(self) -> None:
        self._task = None
        self.stop_button.setEnabled(True)
        self._update_buttons()

    def _done(self, outcome) -> None:
        self.outcome = outcome
        if outcome.deleted:
            self.recordsChanged.emit()
        if not outcome.failed:
            self.password.wipe()
            self.code.clear()
            self.delete_button.hide()
            self.close_button.setText(self.tr("Close"))
            text = (self.tr("The key vault no longer kept the old key: there is nothing left "
                            "to delete.") if set(outcome.deleted) == set(outcome.already_gone)
                    else self.tr("The old key was deleted at the key vault. A kept copy of the "
                                 "old backup can no longer be opened there."))
            self._say(self.result, text)
            return
        exc = outcome.failed[0][1]
        if isinstance(exc, VaultAccountError) and exc.account == "device":
            self.code_label.show()
            self.code.show()
            self.code.setFocus()
            self._say(self.error, self.tr(
                "This computer cannot use the key vault on its own. Enter the recovery code "
                "you saved when you set up the key vault, with the old password."),
                assertive=True)
            return
        from ...errors import WrongKeyError

        message = translate_message(str(exc))
        if not isinstance(exc, WrongKeyError):
            message += " " + self.tr("The old key stays listed here: try again later.")
        self._say(self.error, message, assertive=True)
        self.password.selectAll()
        self.password.setFocus()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, BackupError):
            self._say(self.error, inline_text(exc), assertive=True)
        else:
            self._say(self.error, "", assertive=True)
            show_error(self, exc, self.tr("Could not delete the old key"))

    def _cancelled(self) -> None:
        self._say(self.error, self.tr("Stopped. The old key is still at the key vault; you "
                                      "can try again."))

    def reject(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self.password.wipe()
        self.code.clear()
        super().reject()

    def closeEvent(self, e) -> None:  # noqa: N802 - Qt API
        self.password.wipe()
        super().closeEvent(e)


def open_retired_dialog(ctx: AppContext, hosts: list[str], parent: QWidget,
                        on_closed: Callable[[], None]) -> RetiredKeyDialog:
    dlg = RetiredKeyDialog(ctx, hosts, parent)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.recordsChanged.connect(on_closed)
    dlg.finished.connect(lambda _r: on_closed())
    dlg.open()
    return dlg
