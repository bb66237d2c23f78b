"""backupgui: end-to-end encrypted chat backups."""

from importlib.metadata import PackageNotFoundError, version

from .process.sqliteinit import configure as _configure_sqlite

_configure_sqlite()  # before anything imports sqlite3 (see sqliteinit)

try:
    __version__ = version("backupgui")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.1.0"

APP_NAME = "backupgui"
APP_ID = "io.github.backupgui.BackupGUI"
