"""Rotating log files in the per-user log dir; the log never contains secrets."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from ..device.fileperms import open_private, private_dir
from ..device.settings import LOG_LEVELS, log_dir
from ..process.logscrub import install as install_scrubber

LOG_NAME = "backupgui.log"
_handler: logging.Handler | None = None


def log_file() -> Path:
    return log_dir() / LOG_NAME


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files only the user may read (0600, in a 0700 folder)."""

    def _open(self):  # type: ignore[override]
        fd = open_private(self.baseFilename, os.O_WRONLY | os.O_APPEND)
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)


def setup_logging(level: str = "INFO") -> Path:
    """Log to a rotating file (1 MB x 5) and stderr; returns the log file path. Every
    record goes through the secret scrubber (``logscrub``) first. A second call with
    another log folder (``BACKUPGUI_CONFIG_DIR`` changed) moves the file handler there."""
    global _handler
    path = log_file()
    root = logging.getLogger()
    root.setLevel(_level(level))
    if _handler is not None and getattr(_handler, "baseFilename", None) != os.path.abspath(path):
        # The folder changed (or the last call fell back to stderr): the old handler would
        # keep writing to the old folder and the new one would get no log at all.
        root.removeHandler(_handler)
        _handler.close()
        _handler = None
    if _handler is None:
        try:
            private_dir(path.parent)
            _handler = _PrivateRotatingFileHandler(
                path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        except OSError:
            _handler = logging.StreamHandler()
        _handler.setFormatter(logging.Formatter(
            "%(asctime)s %(levelname)-7s %(threadName)s %(name)s: %(message)s"))
        root.addHandler(_handler)
    install_scrubber(root)
    return path


def _level(name: str) -> int:
    """The level of a Settings value: one of ``LOG_LEVELS``, else INFO (``getattr(logging,
    name)`` took any attribute: ``basic_format`` stopped the app at start)."""
    return logging.getLevelName(name.upper()) if name.upper() in LOG_LEVELS else logging.INFO


def set_level(level: str) -> None:
    logging.getLogger().setLevel(_level(level))
