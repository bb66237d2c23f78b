"""The environment of every program backupgui starts: the user's, not the bundle's (no Qt).

The installed app is a PyInstaller bundle. Its bootloader points ``LD_LIBRARY_PATH`` at the
bundle's own libraries and keeps the user's value in ``LD_LIBRARY_PATH_ORIG`` (absent when
the user had none). Programs the app starts - ``xdg-open`` and ``gio`` behind
``QDesktopServices.openUrl`` (log folder, media, links), the browser for Google sign-in,
autostart helpers - would inherit it, load the bundle's older GLib, OpenSSL or libstdc++
instead of their own and fail ("undefined symbol: g_unix_mount_entry_get_options", "Could not
initialize GLX").

:func:`apply` puts the user's environment back into ``os.environ`` early at start (``app.main``
and ``cli.main``), so every child inherits it whoever starts it: ``subprocess``, ``QProcess``,
Qt's own launches, ``webbrowser``. The running app is not affected: the dynamic loader read
``LD_LIBRARY_PATH`` when the process started, and later ``dlopen`` calls keep using that.
:func:`user_environment` computes the same for an explicit ``env=`` argument.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

#: Library search paths the PyInstaller bootloader changes, with the original kept as ``*_ORIG``.
LIBRARY_PATH_VARS = ("LD_LIBRARY_PATH", "LIBPATH", "DYLD_LIBRARY_PATH")

#: Path-list variables that runtime hooks may point into the bundle (Qt, GLib, GTK, OpenSSL,
#: fontconfig). Entries inside the bundle are dropped; the variable goes when nothing is left.
BUNDLE_PATH_VARS = (
    "QT_PLUGIN_PATH", "QML2_IMPORT_PATH", "QML_IMPORT_PATH", "QTWEBENGINEPROCESS_PATH",
    "GIO_MODULE_DIR", "GI_TYPELIB_PATH", "GDK_PIXBUF_MODULE_FILE", "GDK_PIXBUF_MODULEDIR",
    "GTK_PATH", "GTK_DATA_PREFIX", "GTK_EXE_PREFIX", "GSETTINGS_SCHEMA_DIR", "XDG_DATA_DIRS",
    "FONTCONFIG_FILE", "FONTCONFIG_PATH", "SSL_CERT_FILE", "SSL_CERT_DIR", "PYTHONPATH",
    "PYTHONHOME", "TCL_LIBRARY", "TK_LIBRARY",
)

#: The bootloader's own bookkeeping: a child that is itself a PyInstaller app must not take
#: these for its own (PyInstaller documents PYINSTALLER_RESET_ENVIRONMENT for the same reason).
_BOOTLOADER_PREFIXES = ("_PYI_", "_MEIPASS")

_applied: dict[str, str | None] | None = None
_replaced: dict[str, str | None] = {}  # name -> the bundle's value apply() replaced


def bundle_dir() -> str | None:
    """The folder of the running PyInstaller bundle (``sys._MEIPASS``), or None."""
    if not getattr(sys, "frozen", False):
        return None
    meipass = getattr(sys, "_MEIPASS", None)
    return os.path.realpath(meipass) if meipass else None


def _inside(path: str, root: str) -> bool:
    if not path:
        return False
    try:
        p = os.path.realpath(path)
    except (OSError, ValueError):
        return False
    return p == root or p.startswith(root.rstrip(os.sep) + os.sep)


def user_environment(environ: Mapping[str, str] | None = None, *,
                     bundle: str | None = None) -> dict[str, str]:
    """A copy of ``environ`` (default ``os.environ``) as the user had it before the bundle.

    ``bundle`` is the bundle's folder (default: the running one; nothing changes outside a
    bundle). For each library path variable: the ``*_ORIG`` value when the bootloader kept one,
    else the variable is removed. Other variables lose entries inside the bundle.
    """
    if environ is None and _applied is not None:
        return dict(os.environ)  # apply() already gave os.environ back to the user
    env = dict(os.environ if environ is None else environ)
    root = bundle if bundle is not None else bundle_dir()
    if root is None:
        return env
    root = os.path.realpath(root)
    for var in LIBRARY_PATH_VARS:
        orig = env.pop(var + "_ORIG", None)
        if orig is not None:
            env[var] = orig
        else:
            env.pop(var, None)
    for var in BUNDLE_PATH_VARS:
        value = env.get(var)
        if value is None:
            continue
        kept = [p for p in value.split(os.pathsep) if not _inside(p, root)]
        if kept == value.split(os.pathsep):
            continue
        if any(kept):
            env[var] = os.pathsep.join(kept)
        else:
            del env[var]
    for name in list(env):
        if name.startswith(_BOOTLOADER_PREFIXES):
            del env[name]
    return env


def apply() -> dict[str, str | None]:
    """Give ``os.environ`` (and so every child process) the user's environment back.

    Idempotent; returns the variables it changed with their new values (None: removed).
    """
    global _applied
    if _applied is not None:
        return _applied
    wanted = user_environment()
    changed: dict[str, str | None] = {}
    for name in list(os.environ):
        if name not in wanted:
            changed[name] = None
            _replaced[name] = os.environ[name]
            del os.environ[name]
    for name, value in wanted.items():
        if os.environ.get(name) != value:
            changed[name] = value
            _replaced[name] = os.environ.get(name)
            os.environ[name] = value
    _applied = changed
    return changed


def replaced() -> dict[str, str | None]:
    """The values apply() took out of the environment (name -> the bundle's value)."""
    return dict(_replaced)
