"""The user's folders as the environment gives them, checked before the app uses them (no Qt).

* ``drop_relative_xdg``: the XDG Base Directory specification says a relative path in
  ``XDG_CONFIG_HOME``, ``XDG_DATA_HOME``, ``XDG_STATE_HOME``, ``XDG_CACHE_HOME``,
  ``XDG_RUNTIME_DIR`` (or an entry of ``XDG_DATA_DIRS`` / ``XDG_CONFIG_DIRS``) is invalid and
  must be ignored. platformdirs and Qt take it as it is, relative to wherever the app was
  started, so the settings and the library would move with the current folder.
* ``unwritable``: the first of the app's folders it cannot create or write in (a read-only
  home, a full disk, a folder another user owns: ``fileperms.NotOurFolder``, nothing written
  in it), with the error, so the app can say so instead of failing on the way.
* ``not_ours``: the first of the app's existing folders (``app_folders``) another user owns.
"""

from __future__ import annotations

import os
import shlex
import tempfile
from collections.abc import Iterable, MutableMapping
from pathlib import Path

from .fileperms import NotOurFolder, check_ours, private_dir, user_name

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
                # (the app's own folder: another user's is refused; a parent of it where it
                # would be made: another user's too, root's may hold it)
                if probe == folder or os.stat(probe).st_uid != 0:
                    check_ours(probe)
                _write_test(probe)
            else:  # a file where the folder should be: the library cannot be made there
                raise NotADirectoryError(20, "Not a directory", str(probe))
        except OSError as exc:
            return folder, exc
    return None


def not_ours(folders: Iterable[Path]) -> NotOurFolder | None:
    """``NotOurFolder`` for the first of ``folders`` that exists and another user owns, or
    None. Nothing is created or written."""
    for folder in folders:
        try:
            check_ours(folder)
        except NotOurFolder as exc:
            return exc
    return None


def app_folders(library: Path | None = None) -> list[Path]:
    """The app's own folders (those that exist are checked at start: ``not_ours``): the
    settings', the logs', the data, state and cache folders, and the chat library."""
    import platformdirs

    from .settings import config_dir, log_dir

    folders = [config_dir(), log_dir()]
    for where in (platformdirs.user_data_dir, platformdirs.user_state_dir,
                  platformdirs.user_cache_dir):
        folders.append(Path(where("backupgui", appauthor=False)))
    if library is not None:
        folders.append(library)
    return list(dict.fromkeys(folders))


def not_ours_text(exc: NotOurFolder) -> tuple[str, str]:
    """What the CLI says (English) for a folder of another user: the sentence and what to
    do. The app says the same through ``tr()`` (``app._not_ours``)."""
    text = (f"{exc.folder} belongs to another user ({exc.owner}); backupgui does not use "
            "another user's folders.")
    if os.getuid() == 0:
        return text, ("backupgui is running as root, which uses only root's own folders: "
                      "start backupgui as your own user (without sudo).")
    command = f"sudo chown -R {shlex.quote(user_name(os.getuid()))} {shlex.quote(str(exc.folder))}"
    return text, ("If running backupgui with sudo made it, give it back to your user with "
                  "this command in a terminal, or remove it; then start backupgui again:\n"
                  f"  {command}")
