"""The app's settings as plain data (no Qt): defaults, validation, where files live.

The GUI persists an ``AppSettings`` with QSettings (``ui/settings/store.py``); the CLI can read
the same fields. No secret ever goes in here: the backup key lives in the OS keyring
(``keystore.py``) and passwords are never stored.
"""

from __future__ import annotations

import os
import platform
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime, timedelta
from pathlib import Path

import platformdirs

MIN_KEEP, MAX_KEEP = 1, 100  # the newest backups kept at a destination (the Settings' range)
#: The retention policy's default (engine.types.DEFAULT_RETENTION; no engine import here): the
#: newest 3, and the newest of each of the last 7 days, 4 weeks and 12 months (RELIABILITY.md).
DEFAULT_KEEP = 3
DEFAULT_KEEP_DAILY, DEFAULT_KEEP_WEEKLY, DEFAULT_KEEP_MONTHLY, DEFAULT_KEEP_YEARLY = 7, 4, 12, 0
#: What one time rule may keep (days, weeks, months or years; engine.types.MAX_RULE).
MIN_KEEP_RULE, MAX_KEEP_RULE = 0, 1000
#: ``keep`` before retention had time buckets (the newest 2, and nothing older).
OLD_DEFAULT_KEEP = 2


#: The range of each whole-number setting. A value outside it, in a file edited by hand, by
#: another program or synced from another computer, is not taken (the default is): a number
#: past 64 bits made every later save of the settings fail (QSettings cannot hold it) and the
#: Settings' spin boxes raise (docs/SECURITY.md 2.17).
INT_RANGES = {"keep": (MIN_KEEP, MAX_KEEP), "keep_daily": (MIN_KEEP_RULE, MAX_KEEP_RULE),
              "keep_weekly": (MIN_KEEP_RULE, MAX_KEEP_RULE),
              "keep_monthly": (MIN_KEEP_RULE, MAX_KEEP_RULE),
              "keep_yearly": (MIN_KEEP_RULE, MAX_KEEP_RULE), "last_backup_bytes": (0, 2**63 - 1)}
#: The longest text setting taken (a path, an address, a message); longer is not taken (cut,
#: a path would be another path), but the last backup's message is cut, and the device name
#: is cut as a name (``checked_value``).
MAX_SETTING_CHARS = 4096
#: The most entries of a list setting taken (the chats left out of backups).
MAX_SETTING_ITEMS = 1_000_000


def default_device_name() -> str:
    """The OS host name, cut as a name is (every backup keeps it: SECURITY.md 2.17)."""
    from ..library.model import bounded_name  # (Qt-free and small, but not at import)

    return bounded_name(platform.node().strip()) or "this computer"

CONFIG_ENV = "BACKUPGUI_CONFIG_DIR"
FOLDER = "folder"
GDRIVE = "gdrive"
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
#: How often the app asks the user to re-enter the password or key, like WhatsApp does.
REMINDER_INTERVAL = timedelta(days=14)


def config_dir() -> Path:
    """Where settings live: ``$BACKUPGUI_CONFIG_DIR`` or the per-user config dir."""
    override = os.environ.get(CONFIG_ENV)
    if override:
        return Path(override).expanduser().absolute()
    return Path(platformdirs.user_config_dir("backupgui", appauthor=False))


def log_dir() -> Path:
    """Where rotating logs live (inside the config dir when it is overridden, for isolation)."""
    if os.environ.get(CONFIG_ENV):
        return config_dir() / "logs"
    return Path(platformdirs.user_log_dir("backupgui", appauthor=False))


def settings_file() -> Path:
    return config_dir() / "backupgui.ini"


@dataclass
class AppSettings:
    """Everything the user can set plus what the app remembers between runs (never secrets)."""

    # where backups go
    destination: str = FOLDER
    folder_path: str = ""
    gdrive_client_secret: str = ""
    gdrive_emulator_url: str = ""
    gdrive_account: str = ""  # display label of the signed-in account
    # backup options
    device_name: str = field(default_factory=default_device_name)
    include_videos: bool = True
    keep: int = DEFAULT_KEEP  # the newest backups kept
    # ... and the newest of each of the last N days, ISO weeks, months, years (0: none)
    keep_daily: int = DEFAULT_KEEP_DAILY
    keep_weekly: int = DEFAULT_KEEP_WEEKLY
    keep_monthly: int = DEFAULT_KEEP_MONTHLY
    keep_yearly: int = DEFAULT_KEEP_YEARLY
    excluded_chats: list[str] = field(default_factory=list)  # unticked in the chat list
    # encryption (the key itself is in the OS keyring, per set)
    set_id: str = ""
    key_mode: str = ""  # password | key | vault; "" = not set up
    vault_url: str = ""
    last_key_check: str = ""  # ISO time the user last proved they know the password/key
    reminder_snoozed_until: str = ""
    # last backup
    last_backup_time: str = ""
    last_backup_bytes: int = 0
    last_backup_result: str = ""  # ok | failed | cancelled
    last_backup_message: str = ""
    last_backup_destination: str = ""  # DestinationSpec.identity() of the last backup
    # A first backup that stopped after making its set (the next one asks for its key):
    # the key mode chosen for it and DestinationSpec.identity() of where it went.
    stopped_first_mode: str = ""
    stopped_first_destination: str = ""
    # misc
    log_level: str = "INFO"
    language: str = ""  # a code from backupgui.i18n.LANGUAGES; "" = the system's language

    @property
    def encryption_on(self) -> bool:
        return bool(self.set_id and self.key_mode)

    @property
    def destination_configured(self) -> bool:
        if self.destination == FOLDER:
            return bool(self.folder_path.strip())
        return bool(self.gdrive_account.strip())  # signed in

    def validate(self) -> list[str]:
        """Problems a user must fix before saving (empty when fine)."""
        problems: list[str] = []
        if self.destination not in (FOLDER, GDRIVE):
            problems.append("Choose a folder or Google Drive as the destination.")
        if not MIN_KEEP <= self.keep <= MAX_KEEP:
            problems.append(f"Keep between {MIN_KEEP} and {MAX_KEEP} backups.")
        if not all(MIN_KEEP_RULE <= n <= MAX_KEEP_RULE for n in self.keep_rules()[1:]):
            problems.append(f"Choose from {MIN_KEEP_RULE} to {MAX_KEEP_RULE} days, weeks, months or "
                            "years for older backups.")
        if self.log_level not in LOG_LEVELS:
            problems.append("Choose a log level.")
        if not self.device_name.strip():
            problems.append("Give this computer a name.")
        url = self.gdrive_emulator_url
        if url and not url.startswith(("http://", "https://")):
            problems.append(f"{url} is not a web address (http:// or https://).")
        if self.vault_url:
            from ..vault.trust import MAX_ADDRESSES, check_addresses

            try:
                check_addresses(self.vault_url)
            except ValueError:
                problems.append("The key vault address must be a web address (http:// or "
                                "https://), or several addresses of the same vault separated by "
                                f"commas: at most {MAX_ADDRESSES}, none twice.")
        return problems

    def reminder_due(self, now: datetime | None = None) -> bool:
        """True when it is time to ask the user to re-enter the password or key."""
        if not self.encryption_on:
            return False
        now = now or datetime.now(UTC)
        snoozed = _parse_time(self.reminder_snoozed_until)
        if snoozed and now < snoozed:
            return False
        last = _parse_time(self.last_key_check)
        return last is None or now - last >= REMINDER_INTERVAL

    def keep_rules(self) -> tuple[int, int, int, int, int]:
        """The retention policy: (newest, daily, weekly, monthly, yearly)."""
        return (self.keep, self.keep_daily, self.keep_weekly, self.keep_monthly, self.keep_yearly)

    def migrate_retention(self, stored: set[str]) -> None:
        """Settings saved before retention had time buckets (``keep`` saved, ``keep_daily``
        not): the time rules take their defaults, and the newest ``keep`` stay kept; ``keep``
        at the old default (2, saved by every old version whether chosen or not) becomes the
        new default (3). Nobody keeps fewer than before (docs/RELIABILITY.md)."""
        if "keep" in stored and "keep_daily" not in stored and self.keep == OLD_DEFAULT_KEEP:
            self.keep = DEFAULT_KEEP

    @classmethod
    def field_names(cls) -> list[str]:
        return [f.name for f in fields(cls)]


def checked_value(name: str, value: object) -> object:
    """``value`` (already of the field's type) as the setting ``name`` may hold it, or None
    if it may not: a number in its range (``INT_RANGES``), a log level the app knows, a
    destination kind, a folder given as an absolute path, texts and lists bounded; the
    device name (written into every backup, shown on other computers) cut as a name is."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        low, high = INT_RANGES.get(name, (-(2**63), 2**63 - 1))
        return value if low <= value <= high else None
    if isinstance(value, list):
        if len(value) > MAX_SETTING_ITEMS:
            return None
        return [v for v in value if len(v) <= MAX_SETTING_CHARS]
    assert isinstance(value, str)
    if name == "device_name":
        from ..library.model import bounded_name

        return bounded_name(value) if value.strip() else None
    if len(value) > MAX_SETTING_CHARS:
        # A message is cut (the app's own may name long chats); anything else, a path, an
        # address, an id, would be another one cut: not taken.
        return value[:MAX_SETTING_CHARS - 1] + "…" if name == "last_backup_message" else None
    if name == "log_level":
        return value.upper() if value.upper() in LOG_LEVELS else None
    if name == "destination":
        return value if value in (FOLDER, GDRIVE) else None
    if name == "folder_path" and value and not Path(value).expanduser().is_absolute():
        return None  # a relative folder would be wherever the app was started
    return value


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def iso_in(delta: timedelta) -> str:
    return (datetime.now(UTC) + delta).strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse_time(text: str) -> datetime | None:
    if not text:
        return None
    try:
        d = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return d if d.tzinfo else d.replace(tzinfo=UTC)


def parse_time(text: str) -> datetime | None:
    """An ISO time written by ``now_iso``, or None."""
    return _parse_time(text)
