"""The seam between settings and storage: which destination the user chose, built lazily.

Building a destination may sign in or touch the network, so ``open_destination`` runs inside
a background task, never on the GUI thread. Google Drive is used when its module is present.
"""

from __future__ import annotations

import contextlib
import importlib.util
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ...destinations.base import Destination
from ...device.settings import FOLDER, GDRIVE, AppSettings
from ...errors import DestinationError

translate = QCoreApplication.translate


@dataclass(frozen=True)
class DestinationSpec:
    """What is needed to open a destination (plain data, safe to hand to a thread)."""

    kind: str
    folder_path: str = ""
    client_secret: str = ""
    emulator_url: str = ""
    account: str = ""

    @classmethod
    def from_settings(cls, s: AppSettings) -> DestinationSpec:
        return cls(s.destination, s.folder_path, s.gdrive_client_secret,
                   s.gdrive_emulator_url, s.gdrive_account)

    def label(self) -> str:
        """A short description for the UI."""
        if self.kind == FOLDER:
            return self.folder_path or translate("destinations", "No folder chosen")
        if self.emulator_url:
            return translate("destinations", "Google Drive emulator (%1)").replace("%1", self.emulator_url)
        return self.account or translate("destinations", "Google Drive (not signed in)")

    def configured(self) -> bool:
        """A folder is chosen, or a Google Drive account is signed in."""
        if self.kind == FOLDER:
            return bool(self.folder_path.strip())
        return bool(self.account.strip())

    def identity(self) -> str:
        """What tells one destination from another ("Last backup" belongs to one of them)."""
        if self.kind == FOLDER:
            return "folder:" + self.folder_path.strip().rstrip("/\\")
        return "gdrive:" + self.account.strip() + "@" + (self.emulator_url.strip() or "google")

    def history_destination(self) -> str:
        """Where a run goes, for the run history: ``folder:<path>`` or ``gdrive:<account>``
        (the account's display label only: no secret, no emulator address)."""
        if self.kind == FOLDER:
            return "folder:" + self.folder_path.strip()
        return "gdrive:" + self.account.strip()

    def not_ready_error(self) -> DestinationError:
        """Why a backup cannot start yet (for the message with an "Open Settings" button)."""
        if self.kind == GDRIVE:
            return DestinationError(translate("destinations", "You are not signed in to Google Drive."),
                                    hint=translate("destinations", "Open Settings and sign in to Google Drive."))
        return DestinationError(translate("destinations", "No backup destination is chosen."),
                                hint=translate("destinations", "Open Settings and choose a folder or Google Drive."))


# Where ``backupgui-cli drive-emulator`` listens by default: the Drive emulator option uses it
# unless the person types another address.
DEFAULT_EMULATOR_URL = "http://127.0.0.1:8765/"


def gdrive_available() -> bool:
    """True when the Google Drive destination module is part of this build."""
    try:
        return importlib.util.find_spec("backupgui.destinations.gdrive") is not None
    except (ImportError, ValueError):
        return False


# Sign-ins kept only in memory (no keyring, "this session only"), by account email.
_session_credentials: dict[str, object] = {}


def open_destination(spec: DestinationSpec,
                     on_wait: Callable[[int, int, bool], None] | None = None) -> Destination:
    """Build the destination (call from a background task: it may sign in or do I/O).
    ``on_wait`` hears each retry of Google Drive (``RetryPolicy.on_wait``)."""
    if spec.kind == FOLDER:
        from ...destinations.folder import FolderDestination

        if not spec.folder_path.strip():
            raise DestinationError(translate("destinations", "No backup folder is chosen."),
                                   hint=translate("destinations", "Choose a folder in Settings."))
        # The folder was made (or chosen) in Settings; if it is gone now, say so rather than
        # making it again somewhere it was not meant to be (an unplugged drive).
        dest = FolderDestination(spec.folder_path, create=False)
        dest.check_root()
        return dest
    if spec.kind == GDRIVE:
        if not gdrive_available():
            raise DestinationError(
                translate("destinations", "Google Drive is not available in this version yet."),
                hint=translate("destinations", "Choose a folder as the destination in Settings for now."))
        return _open_gdrive(spec, on_wait)
    raise DestinationError(translate("destinations", "Unknown destination."), hint=translate("destinations", "Choose one in Settings."))


def api_root(spec: DestinationSpec) -> str:
    from ...destinations.gdrive import DEFAULT_ROOT

    url = spec.emulator_url.strip()
    return (url.rstrip("/") + "/") if url else DEFAULT_ROOT


def client_secret_path(spec: DestinationSpec) -> str | None:
    """The OAuth client file: the user's, or one pointing at the emulator (written on demand)."""
    if spec.emulator_url.strip():
        import json

        from ...device.settings import config_dir

        root = api_root(spec)
        path = config_dir() / "drive-emulator-client.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"installed": {
            "client_id": "emulator-client.apps.googleusercontent.com",
            "client_secret": "emulator-secret", "auth_uri": root + "o/oauth2/auth",
            "token_uri": root + "token", "revoke_uri": root + "revoke",
            "redirect_uris": ["http://localhost", "http://127.0.0.1"]}}))
        return str(path)
    return spec.client_secret.strip() or None


def sign_in_drive(spec: DestinationSpec, on_url=None, cancel=None,
                  timeout_s: float | None = None) -> tuple[str, bool]:
    """Browser sign-in (background). Returns (email, remembered in the keyring).

    ``on_url`` gets the sign-in link (to open and show), ``cancel`` (a CancelToken) ends the
    wait, ``timeout_s`` bounds it (the sign-in module's default: 5 minutes)."""
    from ...destinations import google_auth

    secret = client_secret_path(spec)
    kwargs = {"api_root": api_root(spec), "on_url": on_url, "cancel": cancel}
    if timeout_s is not None:
        kwargs["timeout_seconds"] = timeout_s
    try:
        signed = google_auth.sign_in(secret, remember=True, **kwargs)
    except google_auth.KeyringUnavailableError:
        signed = google_auth.sign_in(secret, remember=False, **kwargs)
        _session_credentials[signed.email] = signed.credentials
    # "Use another account": the new sign-in succeeded, only now the old one goes (a failed or
    # cancelled sign-in raised above and left it as it was). Forgotten, never revoked.
    old = spec.account
    if old and old != signed.email:
        _session_credentials.pop(old, None)
        with contextlib.suppress(google_auth.KeyringUnavailableError):
            google_auth.forget(old)
    return signed.email, signed.remembered


def forget_drive(spec: DestinationSpec) -> None:
    """Forget the account's sign-in on this computer (background): its keyring entries and any
    session-only credentials. Nothing is revoked at Google, so the backups on Drive stay."""
    from ...destinations import google_auth

    if spec.account:
        _session_credentials.pop(spec.account, None)
    ok, _ = google_auth.keyring_status()
    if ok:
        google_auth.forget(spec.account or None)


def builtin_sign_in_available() -> bool:
    """True when this build (or the environment) brings its own Google OAuth client."""
    from ...destinations import google_auth

    return google_auth.builtin_client_available()


def check_client_file(path: str) -> str:
    """Read a Desktop-app client JSON the person picked (background); returns its client id
    or raises ``SignInError`` saying what is wrong with it."""
    from ...destinations import google_auth

    return google_auth.load_client_config(path)["installed"]["client_id"]


def _open_gdrive(spec: DestinationSpec,
                 on_wait: Callable[[int, int, bool], None] | None = None) -> Destination:
    from ...destinations import google_auth
    from ...destinations.gdrive import GoogleDriveDestination

    creds = _session_credentials.get(spec.account) if spec.account else None
    if creds is None:
        try:
            creds = google_auth.load_saved_credentials(spec.account or None,
                                                       client_secret_path(spec))
        except google_auth.KeyringUnavailableError:
            creds = None
    if creds is None:
        raise DestinationError(translate("destinations", "You are not signed in to Google Drive."),
                               hint=translate("destinations", "Open Settings and sign in to Google Drive."))
    options = None
    if on_wait is not None:
        from ...destinations.gdrive import DriveOptions
        from ...destinations.gdrive_retry import RetryPolicy

        options = DriveOptions(retry=RetryPolicy(on_wait=on_wait))
    return GoogleDriveDestination(creds, api_root=api_root(spec), options=options)
