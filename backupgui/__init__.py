"""backupgui: end-to-end encrypted chat backups."""

from .process.sqliteinit import configure as _configure_sqlite

_configure_sqlite()  # before anything imports sqlite3 (see sqliteinit)

APP_NAME = "backupgui"
APP_ID = "io.github.backupgui.BackupGUI"


def _read_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("backupgui")
    except PackageNotFoundError:  # running from a source tree that is not installed
        return "0.1.0"


def __getattr__(name: str) -> str:
    """``__version__``, read from the package metadata when first asked for: the lookup
    imports ``importlib.metadata`` (and with it email, zipfile, csv: ~30 ms of CPU), which a
    restore or a verify never needs (docs/PERFORMANCE.md, issue 24 phase 6)."""
    if name == "__version__":
        v = globals()["__version__"] = _read_version()
        return v
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
