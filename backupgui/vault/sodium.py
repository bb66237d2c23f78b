"""``rbcl`` (libsodium's ristretto255 functions) imported without leaving libsodium behind.

rbcl carries libsodium inside its Python source. At import it writes that library to a new
file in the temp folder, loads it from there and never removes it: every process that used
the key vault left 2.7 MB in ``/tmp`` (thousands of files after a few weeks of scheduled
backups, in RAM where ``/tmp`` is a tmpfs), and where ``/tmp`` is mounted ``noexec`` the
library cannot be loaded at all, so the key vault could not be used.

Here the import runs with the temp folder pointed at a private folder made for it (mode
0700, so no other user can swap the file between its writing and its loading). The file is
removed as soon as it is loaded (a loaded library stays mapped), then the folder. If the
temp folder cannot hold a loadable library, the user's cache folder is tried next.
On Windows a loaded library cannot be removed; the next import removes what earlier
processes left.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
import threading
from types import ModuleType

import platformdirs

_PREFIX = "backupgui-sodium-"
_LIBRARY_SUFFIXES = (".so", ".pyd")
_lock = threading.Lock()


def load() -> ModuleType:
    """The ``rbcl`` module, imported once per process as the module docstring says."""
    with _lock:
        module = sys.modules.get("rbcl")
        if module is not None:
            return module
        failures: list[str] = []
        for base in _places():
            _sweep(base)
            try:
                folder = tempfile.mkdtemp(prefix=_PREFIX, dir=base)
            except OSError as exc:
                failures.append(f"{base}: {exc.strerror or exc}")
                continue
            try:
                return _import_into(folder)
            except OSError as exc:  # the library could not be loaded from there (noexec)
                failures.append(f"{base}: {exc}")
            finally:
                _remove(folder)
        raise ImportError("libsodium (rbcl) could not be loaded: " + "; ".join(failures))


def _places() -> list[str]:
    """Where a private folder for the library may be made: the temp folder, then the cache."""
    places = [tempfile.gettempdir()]
    try:
        from ..device.fileperms import private_dir  # (its missing parents owner-only too)

        cache = private_dir(platformdirs.user_cache_dir("backupgui", appauthor=False))
        places.append(str(cache))
    except OSError:
        pass
    return places


def _import_into(folder: str) -> ModuleType:
    # rbcl names its file with tempfile.NamedTemporaryFile() and no folder: the module-wide
    # temp folder is the only way to choose where it goes. The lock above keeps two imports
    # apart; another thread making a temp file in these few milliseconds gets it in this
    # private folder, which is only ever emptied of the library's own files.
    saved = tempfile.tempdir
    tempfile.tempdir = folder
    try:
        import rbcl
    finally:
        tempfile.tempdir = saved
    return rbcl


def _remove(folder: str) -> None:
    """Remove the library files in a private folder, then the folder if nothing else is left."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("tmp") and entry.name.endswith(_LIBRARY_SUFFIXES) \
                and entry.is_file(follow_symlinks=False):
            try:
                os.unlink(entry.path)
            except OSError:
                pass  # Windows: still loaded by a running process
    try:
        os.rmdir(folder)
    except OSError:
        pass


def _sweep(base: str) -> None:
    """Remove the private folders earlier processes could not (Windows, or a killed import)."""
    try:
        entries = [e for e in os.scandir(base) if e.name.startswith(_PREFIX)]
    except OSError:
        return
    for entry in entries:
        try:
            st = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if not stat.S_ISDIR(st.st_mode):
            continue
        if hasattr(os, "getuid") and (st.st_uid != os.getuid() or st.st_mode & 0o077):
            continue  # not a folder this user made with mkdtemp: leave it alone
        _remove(entry.path)
