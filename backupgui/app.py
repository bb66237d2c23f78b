"""Start the desktop app: ``backupgui`` / ``python -m backupgui``.

Options: ``--version``, ``--library DIR`` (use another chat library, e.g. to simulate a new
computer), ``--self-test`` (handed to ``backupgui.selftest`` when that module exists).
``BACKUPGUI_CONFIG_DIR`` isolates settings and logs.
"""

from __future__ import annotations

import argparse
import importlib.util
import logging
import os
import sys
from pathlib import Path

from . import APP_ID, APP_NAME, __version__


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="backupgui",
                                description="End-to-end encrypted backups of your chats.")
    p.add_argument("--version", action="version", version=f"backupgui {__version__}")
    p.add_argument("--library", metavar="DIR", type=Path,
                   help="use the chat library in DIR instead of the default one")
    p.add_argument("--minimized", action="store_true",
                   help="start in the system tray (used when starting at login)")
    p.add_argument("--self-test", action="store_true",
                   help="check this installation and exit")
    return p


NO_DISPLAY = "backupgui needs a desktop session; for the command line use backupgui-cli"


def _x_server_answers(display: str) -> bool:
    """Whether an X server answers at ``display`` (libxcb, as Qt's xcb platform connects);
    True when libxcb cannot be loaded (then Qt says what is missing itself)."""
    import ctypes
    import ctypes.util

    try:
        xcb = ctypes.CDLL(ctypes.util.find_library("xcb") or "libxcb.so.1")
    except OSError:
        return True
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    conn = xcb.xcb_connect(display.encode(), None)
    try:
        return conn is not None and xcb.xcb_connection_has_error(conn) == 0
    finally:
        if conn is not None:
            xcb.xcb_disconnect(conn)


def display_problem() -> str | None:
    """Why no window can open here (no X or Wayland session), or None. Without this check Qt
    aborts the process (exit 134, a core dump) when it finds no display."""
    if sys.platform in ("win32", "darwin"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0]
    if platform and platform not in ("xcb", "wayland", "wayland-egl"):
        return None  # offscreen, vnc, eglfs, ...: Qt needs no desktop session for those
    wayland = os.environ.get("WAYLAND_DISPLAY")
    if wayland and platform != "xcb":
        runtime = os.environ.get("XDG_RUNTIME_DIR", "")
        path = wayland if os.path.isabs(wayland) else os.path.join(runtime, wayland)
        if runtime or os.path.isabs(wayland):
            if os.path.exists(path):
                return None
    display = os.environ.get("DISPLAY")
    if display and platform in ("", "xcb") and _x_server_answers(display):
        return None
    return NO_DISPLAY


def main(argv: list[str] | None = None) -> int:
    from .process.childenv import apply as restore_user_environment

    # First of all: every process the app starts (xdg-open, the browser, helpers) gets the
    # user's environment, not the bundle's LD_LIBRARY_PATH (see backupgui/process/childenv.py).
    restore_user_environment()
    from .device.homes import drop_relative_xdg

    drop_relative_xdg()  # a relative XDG_CONFIG_HOME & co. are invalid (the XDG spec)
    from .process.notices import hide_library_notices

    hide_library_notices()  # as the CLI: the Google libraries' notices are for developers
    args, qt_args = _parser().parse_known_args(sys.argv[1:] if argv is None else argv)
    if args.self_test:
        if importlib.util.find_spec("backupgui.selftest") is None:
            print("backupgui: the self-test is not available in this version", file=sys.stderr)
            return 2
        from . import selftest

        return int(selftest.main() or 0)
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    from .process.memory import tune_allocator

    tune_allocator()
    return run_gui(args.library, qt_args, minimized=args.minimized)


def run_gui(library: Path | None, qt_args: list[str], minimized: bool = False) -> int:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from .device.settings import log_dir
    from .library.store import default_library_dir
    from .ui import qt_messages
    from .ui.context import AppContext
    from .ui.logging_setup import setup_logging
    from .ui.main_window import MainWindow
    from .ui.settings.store import load_settings
    from .ui.single_instance import SingleInstance, notify_running_instance
    from .ui.widgets.errors import install_excepthook
    from .ui.widgets.icons import app_icon
    from .ui.widgets.style import apply_theme

    qt_messages.install()  # (offscreen: without its one harmless line)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    if notify_running_instance():
        print("backupgui is already running; switched to its window.", file=sys.stderr)
        return 0
    from .device.homes import app_folders, not_ours, unwritable
    from .device.settings import config_dir

    library_dir = (library or default_library_dir()).expanduser().absolute()
    # A read-only home, a full disk or a folder of another user's (made by `sudo backupgui`):
    # said in a box (started from the menu, nobody sees stderr) before anything fails on the
    # way, and nothing is changed.
    other = not_ours(app_folders(library_dir))
    trouble = (other.folder, other) if other else unwritable([config_dir()], [library_dir])
    if trouble is not None:
        return _cannot_write(app, *trouble)
    reset: list[str] = []  # settings the file held that were not valid (told in the window)
    settings = load_settings(reset)
    setup_logging(settings.log_level)
    log = logging.getLogger("backupgui")
    log.info("backupgui %s starting (logs in %s)", __version__, log_dir())
    from .ui.language import install_language

    install_language(settings.language, app)  # before any window: it sets the layout direction
    install_excepthook()
    apply_theme(app)
    from .ui.tasks import tune_gil_for_gui

    tune_gil_for_gui()
    ctx = AppContext(library_dir=library_dir,
                     settings=settings, settings_reset=tuple(reset))
    window = MainWindow(ctx)
    from .library.importers.whatsapp_db.workdir import remove_stale
    from .ui.tasks import call_in_background

    # Decrypted phone databases left by a process that was killed (issue 25).
    call_in_background(remove_stale, name="phone-backup-cleanup", owner=None)
    instance = SingleInstance(app)
    instance.listen()
    instance.activated.connect(lambda: _bring_to_front(window))
    from .ui.automation.autobackup import install as install_autobackup

    # The scheduler and the tray; shows the window unless started minimized to the tray.
    auto = install_autobackup(app, window, ctx, minimized=minimized)
    from .ui.termination import install as install_termination

    # SIGTERM (a logout, a service manager), SIGHUP, SIGINT: the running job stops as with
    # Stop and removes its lock from the backup set, the settings are saved, exit 128 + N.
    ending = install_termination(app, window, ctx)
    code = app.exec()
    auto.scheduler.stop()
    _shutdown()
    ctx.flush()  # a save the shutdown cancelled before it ran
    if ending is not None:
        ending.close()
        code = ending.exit_code or code
    log.info("backupgui exiting (%d)", code)
    return code


def _cannot_write(app, folder: Path, exc: OSError) -> int:
    """Say that ``folder`` cannot be written (in the system's language) and give up: 1."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from .device.fileperms import NotOurFolder

    if isinstance(exc, NotOurFolder):
        return _not_ours(app, exc)
    from .oswords import logged, problem
    from .ui.language import install_language, isolate, translate_message
    from .ui.widgets.icons import app_icon

    logged(f"cannot write to {folder}", exc)
    print(f"backupgui: cannot write to {folder}: {exc.strerror}\n(or use other folders: "
          "BACKUPGUI_CONFIG_DIR=FOLDER backupgui --library FOLDER/library)", file=sys.stderr)
    install_language("", app)
    translate = QCoreApplication.translate
    #: The title of the box shown when backupgui cannot write its own folders at start.
    box = QMessageBox(QMessageBox.Icon.Critical, translate("App", "backupgui cannot start"),
                      translate("App", "backupgui cannot write to %1: %2.").replace(
                          "%1", isolate(str(folder))).replace("%2", translate_message(problem(exc))),
                      QMessageBox.StandardButton.Close)
    box.setInformativeText(translate(
        "App", "Make that folder writable (or free some space) and start backupgui again."))
    box.setWindowIcon(app_icon())
    box.exec()
    return 1


def _not_ours(app, exc) -> int:
    """Say that one of the app's folders belongs to another user, who, and what to do (in
    the system's language; the terminal gets ``homes.not_ours_text``), and give up: 1."""
    import os
    import shlex

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from .device.fileperms import user_name
    from .device.homes import not_ours_text
    from .oswords import logged
    from .ui.language import install_language, isolate
    from .ui.widgets.icons import app_icon

    logged(f"{exc.folder} belongs to another user", exc)
    text, hint = not_ours_text(exc)
    print(f"backupgui: {text}\n{hint}", file=sys.stderr)
    install_language("", app)
    translate = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Critical, translate("App", "backupgui cannot start"),
                      translate("App", "%1 belongs to another user (%2); backupgui does not "
                                "use another user's folders.").replace(
                          "%1", isolate(str(exc.folder))).replace("%2", isolate(exc.owner)),
                      QMessageBox.StandardButton.Close)
    if os.getuid() == 0:
        hint = translate("App", "backupgui is running as root, which uses only root's own "
                         "folders: start backupgui as your own user (without sudo).")
    else:
        command = (f"sudo chown -R {shlex.quote(user_name(os.getuid()))} "
                   f"{shlex.quote(str(exc.folder))}")
        # (the command on a line of its own: copied whole, and not broken inside a sentence
        # of a right-to-left language)
        hint = translate("App", "If running backupgui with sudo made it, give it back to your "
                         "user with this command in a terminal, or remove it; then start "
                         "backupgui again:") + "\n\n" + isolate(command)
    box.setInformativeText(hint)
    box.setWindowIcon(app_icon())
    box.exec()
    return 1


def _bring_to_front(window) -> None:
    from PySide6.QtCore import Qt

    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


def _shutdown() -> None:
    from .ui.tasks import cancel_all, wait_all

    cancel_all()
    # Decrypted phone backups a dialog still held (the dialog goes with its window only after
    # this): removed by workers now, or by the import that used one once it has stopped, so
    # none is left for the next start. (Loaded only if an import dialog ever opened.)
    phone = sys.modules.get("backupgui.ui.chats.phone_import")
    if phone is not None:
        phone.release_all()
    # A stopped job removes its lock from the backup set within RELEASE_S: wait for that
    # (before, 10 s: a slow delete was cut off and the lock held other computers off).
    from .engine.locks import RELEASE_S

    wait_all(RELEASE_S + 5.0)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
