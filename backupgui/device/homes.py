"""The user's folders as the environment gives them, checked before the app uses them (no Qt).

* ``drop_relative_xdg``: the XDG Base Directory specification says a relative path in
  ``XDG_CONFIG_HOME``, ``XDG_DATA_HOME``, ``XDG_STATE_HOME``, ``XDG_CACHE_HOME``,
  ``XDG_RUNTIME_DIR`` (or an entry of ``XDG_DATA_DIRS`` / ``XDG_CONFIG_DIRS``) is invalid and
  must be ignored. platformdirs and Qt take it as it is, relative to wherever the app was
  started, so the settings and the library would move with the current folder.
* ``unwritable``: the first of the app's folders it cannot create or write in (a read-only
  home, a full disk), with the error, so the app can say so instead of failing on the way.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, MutableMapping
from pathlib import Path

from .fileperms import private_dir

XDG_HOMES = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME",
             "XDG_RUNTIME_DIR")
XDG_LISTS = ("XDG_DATA_DIRS", "XDG_CONFIG_DIRS")


def drop_relative_xdg(environ: MutableMapping[str, str] | None = None) -> list[str]:
    """Remove relative XDG paths from ``environ`` (``os.environ``); return the names changed.
    Empty values are left: every reader already treats them as unset."""
    env = os.environ if environ is None else environ
    changed = []
    for name in XDG_HOMES:
        value = env.get(name)
        if value and not os.path.isabs(value):
            del env[name]
            changed.append(name)
    for name in XDG_LISTS:
        value = env.get(name)
        if not value:
            continue
        kept = [p for p in value.split(os.pathsep) if os.path.isabs(p)]
        if len(kept) != len([p for p in value.split(os.pathsep) if p]):
            if kept:
                env[name] = os.pathsep.join(kept)
            else:
                del env[name]
            changed.append(name)
    return changed


def _write_test(folder: Path) -> None:
    """Create and remove a file in ``folder`` (raises the OSError that stops it)."""
    fd, name = tempfile.mkstemp(dir=folder, prefix=".backupgui-write-test-")
    os.close(fd)
    os.unlink(name)


def unwritable(private: Iterable[Path], created_later: Iterable[Path] = ()) -> tuple[Path, OSError] | None:
    """The first folder the app cannot use, with the error, or None.

    ``private`` folders are made now (owner-only, as the app makes them anyway) and written
    in; for a ``created_later`` folder (the chat library, made by its first import) only its
    nearest existing folder is tried, so that nothing is created before it is needed."""
    for folder in private:
        try:
            _write_test(private_dir(folder))
        except OSError as exc:
            return folder, exc
    for folder in created_later:
        probe = folder
        while not probe.exists() and probe.parent != probe:
            probe = probe.parent
        try:
            if probe.is_dir():
                _write_test(probe)
            else:  # a file where the folder should be: the library cannot be made there
                raise NotADirectoryError(20, "Not a directory", str(probe))
        except OSError as exc:
            return folder, exc
    return None
