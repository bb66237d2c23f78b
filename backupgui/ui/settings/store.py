"""Load and save ``AppSettings`` with QSettings (an INI file in the config dir)."""

from __future__ import annotations

import logging
from dataclasses import asdict, fields

from PySide6.QtCore import QSettings

from ...device.fileperms import narrow, private_dir
from ...device.settings import AppSettings, checked_value, settings_file

log = logging.getLogger(__name__)


def _qsettings() -> QSettings:
    path = settings_file()
    # Owner-only: the settings hold no secret, but the Google account's address, the
    # backup folder, the device name and chat ids are nobody else's business.
    private_dir(path.parent)
    return QSettings(str(path), QSettings.Format.IniFormat)


def load_settings(reset: list[str] | None = None) -> AppSettings:
    """The saved settings (defaults for anything missing, unreadable or out of range: the file
    may have been edited by another program or synced from another computer). The names of
    the settings given their default that way are added to ``reset`` (the window says so)."""
    qs = _qsettings()
    s = AppSettings()
    for f in fields(AppSettings):
        if not qs.contains(f.name):
            continue
        raw = qs.value(f.name)
        default = getattr(s, f.name)
        try:
            if isinstance(default, bool):
                value: object = raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1")
            elif isinstance(default, int):
                value = int(raw)
            elif isinstance(default, list):
                value = [str(x) for x in raw] if isinstance(raw, list) else ([str(raw)] if raw else [])
            else:  # (an unquoted "a, b" in the file reads as a list: the text as written)
                value = ("" if raw is None else
                         ", ".join(map(str, raw)) if isinstance(raw, list) else str(raw))
            value = checked_value(f.name, value)
        except (TypeError, ValueError):
            value = None
        if value is None:
            log.warning("ignoring unreadable setting %s", f.name)
            if reset is not None:
                reset.append(f.name)
            continue
        setattr(s, f.name, value)
    s.migrate_retention({f.name for f in fields(AppSettings) if qs.contains(f.name)})
    return s


def save_settings(s: AppSettings) -> None:
    """Write every field (the dataclass has no secrets by design)."""
    qs = _qsettings()
    for name, value in asdict(s).items():
        qs.setValue(name, value)
    qs.sync()
    narrow(settings_file())  # QSettings writes it with the umask's permissions
