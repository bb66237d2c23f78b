"""What every window shares: settings, the library location, the key store, the KDF cost."""

from __future__ import annotations

import copy
import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ..device.keystore import KeyStore
from ..device.settings import AppSettings
from .settings.destinations import DestinationSpec
from .settings.store import save_settings

if TYPE_CHECKING:  # the crypto modules load on first use, not at start-up
    from ..crypto.keys import KdfParams
    from ..crypto.material import Password, VaultPassword


log = logging.getLogger(__name__)


class SettingsNotifier(QObject):
    changed = Signal()


def _remember_vault(url: str) -> None:
    """The vault address typed into this computer's settings is trusted (address only),
    also by the CLI and by backups that run without the window (docs/VAULT.md 1.7)."""
    if not url:
        return
    from ..vault.trust import SETTINGS, TrustedVaults

    try:
        TrustedVaults().add(url, "", SETTINGS)
    except (OSError, ValueError):
        pass  # an address the settings dialog refuses anyway, or an unwritable folder


def _write(settings: AppSettings) -> None:
    save_settings(settings)
    _remember_vault(settings.vault_url)


class SettingsWriter:
    """Writes settings off the GUI thread, one write at a time, the newest values last.

    ``submit`` keeps a copy of the settings and starts a background task; each task takes the
    newest copy not yet written (none: an earlier task already wrote it) under one lock, so
    two writes never run at once and an older copy is never written after a newer one.
    """

    def __init__(self) -> None:
        self._write_lock = threading.Lock()  # one write at a time
        self._lock = threading.Lock()  # guards _pending
        self._pending: AppSettings | None = None

    def submit(self, settings: AppSettings) -> None:
        """Write a copy of ``settings`` soon, in the background (GUI thread)."""
        from .tasks import call_in_background

        with self._lock:
            self._pending = copy.deepcopy(settings)
        call_in_background(self.drain, name="save-settings", on_error=self._failed, owner=None)

    def submit_vault(self, settings: AppSettings) -> None:
        """Record the settings' vault address in the trusted-vault file soon, in the
        background (start-up: an address saved before that file existed, or by hand)."""
        if not settings.vault_url:
            return
        from .tasks import call_in_background

        call_in_background(self._remember, settings.vault_url, name="trust-settings-vault",
                           on_error=self._failed, owner=None)

    def _remember(self, url: str) -> None:
        with self._write_lock:  # (before or after a settings write, never beside it)
            _remember_vault(url)

    def drain(self) -> None:
        """Write the newest copy not yet written, if any (any thread)."""
        with self._write_lock:
            with self._lock:
                settings, self._pending = self._pending, None
            if settings is not None:
                _write(settings)

    @staticmethod
    def _failed(exc: BaseException) -> None:
        from ..errors import CancelledError
        from .widgets.errors import show_error

        if isinstance(exc, CancelledError):  # shutting down: ``flush`` writes what is left
            return
        log.error("could not save the settings: %s", type(exc).__name__)
        show_error(None, exc)


@dataclass
class AppContext:
    """Shared state of one running app (GUI thread only)."""

    library_dir: Path
    settings: AppSettings
    keystore: KeyStore = field(default_factory=KeyStore)
    # Argon2id cost for new passwords; None means the secure defaults (tests pass small ones).
    kdf: KdfParams | None = None  # noqa: F821 - resolved lazily
    notifier: SettingsNotifier = field(default_factory=SettingsNotifier)
    writer: SettingsWriter = field(default_factory=SettingsWriter, repr=False)
    # The settings the file held but that were not valid and got their default at start
    # (``load_settings``): the window says so once, and the file is written with the defaults.
    settings_reset: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        # The vault address in the settings is trusted (address only), also by the CLI and
        # by backups that run without the window (docs/VAULT.md 1.7); written by the
        # background writer, so the window does not wait for the file.
        self.writer.submit_vault(self.settings)
        if self.settings_reset:
            # Written back now, so the next start does not report them again.
            self.writer.submit(self.settings)

    def save(self) -> None:
        """Persist the settings (written in the background, in order: ``SettingsWriter``)
        and tell the windows to refresh (they read ``settings``, already up to date)."""
        self.writer.submit(self.settings)
        self.notifier.changed.emit()

    def flush(self) -> None:
        """Write what ``save`` has not written yet, now (at quit: the task pool may be
        stopping, and the process ends next)."""
        self.writer.drain()

    def destination_spec(self) -> DestinationSpec:
        return DestinationSpec.from_settings(self.settings)

    def vault_trust(self):
        """The key vaults this computer sends account proofs to (docs/VAULT.md 1.7), with
        the address typed into its settings."""
        from ..vault.trust import TrustedVaults

        return TrustedVaults(extra_urls=(self.settings.vault_url,))

    def password(self, secret: str) -> Password:
        """Key material for a password, with the configured KDF cost."""
        from ..crypto.material import Password
        return Password(secret, kdf=self.kdf) if self.kdf is not None else Password(secret)

    def vault_password(self, secret: str, *, recovery_code: bytes | None = None,
                       new_recovery_code: bytes | None = None,
                       url: str | None = None,
                       confirmed: tuple[str, str] | None = None) -> VaultPassword:
        """A vault password with this computer's proof of the vault account: its device
        credentials in the keyring, the recovery code the user typed (a new computer), or a
        new recovery code to register (set-up; the dialog shows it). docs/VAULT.md 1.6.
        ``url``: the vault address the user gave for an existing backup (used instead of the
        one saved in it). ``confirmed``: (address, server key) of a vault the user confirmed
        (then trusted from now on)."""
        from ..crypto.material import VaultPassword
        from ..vault.account import VaultAccess
        from ..vault.trust import covers

        def confirm(vault_url: str, key: str) -> bool:
            # The user typed this address, or confirmed this vault on the restore wizard's
            # key page (its address and identity shown): docs/VAULT.md 1.7.
            # (Several addresses, the vault's nodes: each one asked about must be among them.)
            return bool((url and covers(url, vault_url)) or (
                confirmed and covers(confirmed[0], vault_url) and confirmed[1] == key))

        access = VaultAccess(devices=self.keystore,
                             recovery_code=(lambda: recovery_code) if recovery_code else None,
                             new_recovery_code=new_recovery_code, trust=self.vault_trust(),
                             confirm=confirm)
        if url:
            return VaultPassword(secret, url, access=access, override=True)
        return VaultPassword(secret, self.settings.vault_url or None, access=access)
