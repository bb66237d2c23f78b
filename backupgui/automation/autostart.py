"""Start backupgui at login, minimized to the tray (no Qt).

* Linux and other freedesktop systems: ``$XDG_CONFIG_HOME/autostart/<app id>.desktop``.
* Windows: the ``HKCU\\...\\CurrentVersion\\Run`` value ``backupgui``.
* macOS: ``~/Library/LaunchAgents/<app id>.plist`` with ``RunAtLoad``.

The generated content is built by pure functions (unit-tested everywhere); only ``enable`` and
``disable`` touch the system.
"""

from __future__ import annotations

import contextlib
import os
import plistlib
import shutil
import subprocess
import sys
from pathlib import Path

from .. import APP_ID, APP_NAME

MINIMIZED = "--minimized"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


def launch_command(executable: str | None = None) -> list[str]:
    """How to start the app minimized: the installed ``backupgui`` script if there is one,
    else this Python with ``-m backupgui`` (``pythonw`` on Windows, so no console opens)."""
    if executable:
        return [executable, MINIMIZED]
    if getattr(sys, "frozen", False):  # the installed bundle: exactly this executable
        return [sys.executable, MINIMIZED]
    script = shutil.which("backupgui")
    if script:
        return [os.path.abspath(script), MINIMIZED]
    py = sys.executable
    if sys.platform == "win32":  # pragma: no cover
        w = Path(py).with_name("pythonw.exe")
        py = str(w) if w.exists() else py
    return [py, "-m", "backupgui", MINIMIZED]


# --- freedesktop --------------------------------------------------------------------------------
def _desktop_quote(arg: str) -> str:
    """Quote one Exec argument per the Desktop Entry spec (and escape ``%``)."""
    arg = arg.replace("%", "%%")
    reserved = set(" \t\n\"'\\><~|&;$*?#()`=")
    if arg and not (set(arg) & reserved):
        return arg
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return f'"{escaped}"'


#: Marks an autostart entry as written by this module: the .deb's postrm removes such entries
#: on uninstall (packaging/linux/postrm), and only those.
AUTOSTART_MARKER = "X-backupgui-Autostart=true"


def _desktop_string(value: str) -> str:
    """A value of type string (TryExec is a path, not an Exec line: no quoting, no %%)."""
    return (value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
            .replace("\r", "\\r"))


def desktop_entry(command: list[str]) -> str:
    """The autostart ``.desktop`` file. ``TryExec`` makes session managers skip it when the
    program is gone (e.g. uninstalled) instead of failing at every login."""
    exec_line = " ".join(_desktop_quote(a) for a in command)
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME}\n"
        "Comment=Back up your chats on schedule\n"
        f"TryExec={_desktop_string(command[0])}\n"
        f"Exec={exec_line}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
        "X-GNOME-Autostart-Delay=10\n"
        "X-KDE-autostart-after=panel\n"
        f"{AUTOSTART_MARKER}\n"
    )


def desktop_file(home: Path | None = None) -> Path:
    base = os.environ.get("XDG_CONFIG_HOME")
    root = Path(base) if base and home is None else (home or Path.home()) / ".config"
    return root / "autostart" / f"{APP_ID}.desktop"


# --- macOS --------------------------------------------------------------------------------------
def launch_agent(command: list[str]) -> bytes:
    """The LaunchAgent plist that runs ``command`` at login."""
    return plistlib.dumps({"Label": APP_ID, "ProgramArguments": list(command),
                           "RunAtLoad": True, "ProcessType": "Interactive"})


def launch_agent_file(home: Path | None = None) -> Path:
    return (home or Path.home()) / "Library" / "LaunchAgents" / f"{APP_ID}.plist"


# --- Windows ------------------------------------------------------------------------------------
def run_value(command: list[str]) -> str:
    """The ``Run`` registry value: a command line quoted for Windows."""
    return subprocess.list2cmdline(command)


# --- enable / disable ---------------------------------------------------------------------------
def enable(command: list[str] | None = None, *, platform: str = sys.platform,
           home: Path | None = None) -> Path | str:
    """Start at login from now on; returns the file or registry value written."""
    command = command or launch_command()
    if platform == "win32":  # pragma: no cover - needs Windows
        import winreg

        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as k:
            winreg.SetValueEx(k, APP_NAME, 0, winreg.REG_SZ, run_value(command))
        return "HKCU\\" + RUN_KEY + "\\" + APP_NAME
    if platform == "darwin":
        path = launch_agent_file(home)
        _write(path, launch_agent(command))
        return path
    path = desktop_file(home)
    _write(path, desktop_entry(command).encode())
    return path


def disable(*, platform: str = sys.platform, home: Path | None = None) -> None:
    """Stop starting at login (nothing to do if it was off)."""
    if platform == "win32":  # pragma: no cover
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0,
                                winreg.KEY_SET_VALUE) as k:
                winreg.DeleteValue(k, APP_NAME)
        except FileNotFoundError:
            pass
        return
    path = launch_agent_file(home) if platform == "darwin" else desktop_file(home)
    path.unlink(missing_ok=True)


def is_enabled(*, platform: str = sys.platform, home: Path | None = None) -> bool:
    if platform == "win32":  # pragma: no cover
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as k:
                winreg.QueryValueEx(k, APP_NAME)
            return True
        except FileNotFoundError:
            return False
    path = launch_agent_file(home) if platform == "darwin" else desktop_file(home)
    return path.is_file()


def apply(on: bool, **kwargs: object) -> None:
    """Enable or disable (for a settings checkbox; run it off the GUI thread)."""
    if on:
        enable(**kwargs)  # type: ignore[arg-type]
    else:
        disable(**kwargs)  # type: ignore[arg-type]


def _write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` through ``<name>.tmp``, both 0600 (only this user's
    session reads them), no symlink followed: a link planted at the ``.tmp`` is removed, not
    written through (``O_EXCL``), one at the final name is replaced by the rename (docs/
    SECURITY.md 2.18). The folder (``~/.config/autostart``) and its missing parents 0700."""
    from ..device.fileperms import PRIVATE_FILE, private_dir

    private_dir(path.parent)
    tmp = path.with_name(path.name + ".tmp")
    with contextlib.suppress(FileNotFoundError):
        os.unlink(tmp)  # (a stale one, or a link: unlink never follows)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(tmp, flags | getattr(os, "O_BINARY", 0), PRIVATE_FILE)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
