"""The app under a real Wayland compositor (weston, headless, pixman renderer), as on a GNOME
or KDE Wayland session: Qt picks its Wayland platform by itself, the window appears with the
desktop entry's app id and the app's title, a screenshot of it is not blank, a second start
hands over to the first (the single-instance socket), dialogs are parented to their window
(``xdg_toplevel.set_parent``), and windows that do not fit are made smaller (a Wayland client
cannot place its windows: ``move`` is a no-op there, and fit.py must not depend on it).

What the app sends is read from libwayland's own protocol log (``WAYLAND_DEBUG=client``), the
requests as they went to the compositor. Skipped, saying so, where weston is not installed or
does not start (``apt-get install weston``; ``.ci/run`` installs it).
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import backupgui

REPO = Path(__file__).resolve().parent.parent
CHILD = "BACKUPGUI_WAYLAND_CHILD"
SOCKET = "wl-backupgui-test"
SCREEN = (1280, 800)


def _wayland_env(runtime: Path, home: Path) -> dict[str, str]:
    """The environment of a Wayland session: no X display, no platform forced (Qt chooses
    from XDG_SESSION_TYPE), a fresh HOME and no session bus (so no keyring either)."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("QT_", "XDG_", "BACKUPGUI_", "DBUS_"))
           and k not in ("DISPLAY", "WAYLAND_DISPLAY", "HOME")}
    env.update(HOME=str(home), XDG_RUNTIME_DIR=str(runtime), WAYLAND_DISPLAY=SOCKET,
               XDG_SESSION_TYPE="wayland", PYTHONPATH=str(REPO), LANG="C.UTF-8")
    return env


@pytest.fixture(scope="module")
def weston(tmp_path_factory):
    """A headless weston with a 1280x800 output and its private runtime folder."""
    if os.environ.get(CHILD) == "1":
        pytest.skip("the child runs on its parent's compositor")
    tool = shutil.which("weston")
    if tool is None:
        pytest.skip("needs weston (a real Wayland compositor): apt-get install weston")
    base = tmp_path_factory.mktemp("wayland")
    runtime = base / "run"
    runtime.mkdir(mode=0o700)
    log = open(base / "weston.log", "wb")  # noqa: SIM115 - closed below
    # --debug: allows weston-screenshooter; --use-pixman: headless renders (else it only
    # composites nothing); --idle-time=0: never blanks the screen during the test.
    proc = subprocess.Popen(
        [tool, "--backend=headless-backend.so", "--use-pixman", f"--socket={SOCKET}",
         f"--width={SCREEN[0]}", f"--height={SCREEN[1]}", "--idle-time=0", "--debug"],
        env={**os.environ, "XDG_RUNTIME_DIR": str(runtime)}, stdout=log, stderr=log,
        cwd=base, start_new_session=True)
    deadline = time.monotonic() + 20
    while not (runtime / SOCKET).exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    if proc.poll() is not None or not (runtime / SOCKET).exists():
        proc.kill()
        proc.wait(10)
        log.close()
        pytest.skip("weston did not start: " + (base / "weston.log").read_text(errors="replace")[-800:])
    try:
        yield base, runtime
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)
        log.close()


class ProtocolLog:
    """libwayland's client log (WAYLAND_DEBUG=client) of one process: its toplevels' titles,
    app ids, parents and whether each got a buffer (was mapped)."""

    REQ = re.compile(r"-> (\w+)@(\d+)\.(\w+)\((.*)\)$")

    def __init__(self, text: str) -> None:
        self.title: dict[str, str] = {}
        self.app_id: dict[str, str] = {}
        self.parent: dict[str, str | None] = {}
        self.mapped: set[str] = set()
        surface_of: dict[str, str] = {}  # xdg_surface -> wl_surface
        toplevel_of: dict[str, str] = {}  # wl_surface -> xdg_toplevel
        for line in text.splitlines():
            m = self.REQ.search(line)
            if m is None:
                continue
            iface, oid, req, args = m.groups()
            if iface == "xdg_wm_base" and req == "get_xdg_surface":
                new, surf = re.findall(r"@(\d+)", args)[:2]
                surface_of[new] = surf
            elif iface == "xdg_surface" and req == "get_toplevel":
                toplevel_of[surface_of.get(oid, "?")] = re.findall(r"@(\d+)", args)[0]
            elif iface == "xdg_toplevel" and req == "set_title":
                self.title[oid] = args.strip('"')
            elif iface == "xdg_toplevel" and req == "set_app_id":
                self.app_id[oid] = args.strip('"')
            elif iface == "xdg_toplevel" and req == "set_parent":
                ids = re.findall(r"@(\d+)", args)
                self.parent[oid] = ids[0] if ids else None
            elif iface == "xdg_toplevel" and req == "destroy":
                # ids are reused: a destroyed toplevel's record goes away with it
                for d in (self.title, self.app_id, self.parent):
                    d.pop(oid, None)
                self.mapped.discard(oid)
            elif iface == "wl_surface" and req == "attach" and not args.startswith("nil"):
                if oid in toplevel_of:
                    self.mapped.add(toplevel_of[oid])

    def windows(self) -> dict[str, str]:
        """Mapped toplevels: id -> title."""
        return {t: self.title.get(t, "") for t in self.mapped}


def _start(env: dict[str, str], out: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "backupgui", *args], cwd=REPO, env=env,
                            stdout=subprocess.DEVNULL, stderr=open(out, "wb"),  # noqa: SIM115
                            start_new_session=True)


def _wait_for(pred, timeout: float, proc: subprocess.Popen | None = None) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if pred():
            return True
        if proc is not None and proc.poll() is not None:
            return pred()
        time.sleep(0.1)
    return False


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(10)


def _screenshot(base: Path, runtime: Path) -> Path:
    shots = base / "shots"
    shots.mkdir(exist_ok=True)
    subprocess.run(["weston-screenshooter"], cwd=shots, timeout=20, check=True,
                   env={**os.environ, "XDG_RUNTIME_DIR": str(runtime), "WAYLAND_DISPLAY": SOCKET})
    found = sorted(shots.glob("*.png"), key=lambda p: p.stat().st_mtime)
    assert found, "weston-screenshooter wrote no PNG"
    return found[-1]


def _distinct_colours(png: Path) -> int:
    """Colours in a 64x40 scaled copy of a screenshot (read by Qt offscreen, in a child: the
    test process may not have a QGuiApplication)."""
    code = ("import sys; from PySide6.QtGui import QImage, QGuiApplication;"
            "a = QGuiApplication(['x']); i = QImage(sys.argv[1]).scaled(64, 40);"
            "print(len({i.pixel(x, y) for x in range(64) for y in range(40)}))")
    r = subprocess.run([sys.executable, "-c", code, str(png)], capture_output=True, text=True,
                       env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=60)
    assert r.returncode == 0, r.stderr
    return int(r.stdout.split()[-1])


def test_the_app_starts_on_wayland_and_a_second_start_hands_over(weston, tmp_path):
    base, runtime = weston
    home = tmp_path / "home"
    home.mkdir()
    env = {**_wayland_env(runtime, home), "WAYLAND_DEBUG": "client"}
    log = tmp_path / "first.log"
    first = _start(env, log)
    try:
        def window():
            text = log.read_text(errors="replace")
            return any(t.startswith(backupgui.APP_NAME)
                       for t in ProtocolLog(text).windows().values())

        assert _wait_for(window, 90, first), (
            "no window on the Wayland compositor:\n" + log.read_text(errors="replace")[-3000:])
        time.sleep(2)  # let it paint its first content
        proto = ProtocolLog(log.read_text(errors="replace"))
        main = [t for t, title in proto.windows().items() if title.startswith(backupgui.APP_NAME)]
        assert len(main) == 1, proto.windows()
        # The app id the compositor groups windows by: the desktop entry's name
        assert proto.app_id[main[0]] == backupgui.APP_ID
        assert "wl_display@1.error" not in log.read_text(errors="replace")
        colours = _distinct_colours(_screenshot(base, runtime))
        assert colours > 20, f"the screenshot is nearly blank ({colours} colours)"

        # A second start (the menu entry clicked again) finds the first and ends at once
        env2 = {k: v for k, v in env.items() if k != "WAYLAND_DEBUG"}
        second = subprocess.run([sys.executable, "-m", "backupgui"], cwd=REPO, env=env2,
                                capture_output=True, text=True, timeout=120)
        assert second.returncode == 0, second.stderr
        assert "already running" in second.stderr
        time.sleep(1)
        assert first.poll() is None, "the first instance died when asked to come forward"
        proto = ProtocolLog(log.read_text(errors="replace"))
        assert len([t for t in proto.windows().values()
                    if t.startswith(backupgui.APP_NAME)]) == 1, proto.windows()
    finally:
        _stop(first)
    # SIGTERM ends it cleanly (ui/termination.py: exit 128 + 15); anything else (a crash, an
    # abort, the signal's default action) is a fault
    assert first.returncode in (0, 128 + signal.SIGTERM), first.returncode


def test_dialogs_are_parented_and_fit_on_wayland(weston, tmp_path):
    """The child test below, on the compositor, with the protocol log on its stderr."""
    base, runtime = weston
    home = tmp_path / "home"
    home.mkdir()
    # (tests/conftest.py would choose offscreen: the first test covers Qt's own choice)
    env = {**_wayland_env(runtime, home), "WAYLAND_DEBUG": "client", CHILD: "1",
           "QT_QPA_PLATFORM": "wayland", "BACKUPGUI_CONFIG_DIR": str(tmp_path / "config")}
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-s", "-p", "no:cacheprovider",
                          "--basetemp", str(tmp_path / "child"),
                          f"{Path(__file__).resolve()}::test_child_on_wayland"],
                         cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0 and "1 passed" in run.stdout, (
        run.stdout[-5000:] + run.stderr[-3000:])
    marks = dict(re.findall(r"^WINDOW (\w+) (.*)$", run.stdout, re.M))
    assert {"main", "settings", "about"} <= set(marks), run.stdout[-3000:]
    # Followed in order: a toplevel id is reused once a dialog's window is gone, and a
    # dialog's parent is set before its title.
    current: dict[str, dict] = {}
    records: list[dict] = []
    events = re.findall(r"-> xdg_(surface|toplevel)@(\d+)\.(get_toplevel|set_title|set_parent"
                        r"|set_app_id)\((.*)\)", run.stderr)
    for _kind, oid, req, args in events:
        if req == "get_toplevel":
            new = re.findall(r"@(\d+)", args)[0]
            current[new] = {"title": None, "parent": None, "app_id": None}
            records.append(current[new])
        elif req == "set_title":
            current[oid]["title"] = args.strip('"')
        elif req == "set_app_id":
            current[oid]["app_id"] = args.strip('"')
        else:
            ids = re.findall(r"@(\d+)", args)
            current[oid]["parent"] = current[ids[0]] if ids else None
    parent_of = {r["title"]: (r["parent"] or {}).get("title") for r in records}
    for name in ("settings", "about"):
        assert parent_of.get(marks[name]) == marks["main"], (
            f"{name} ({marks[name]!r}) is not a child of the main window: {parent_of}")
    assert {r["app_id"] for r in records} == {backupgui.APP_ID}, records


def test_child_on_wayland(qtbot, qapp, tmp_path):
    """Runs on the compositor started by test_dialogs_are_parented_and_fit_on_wayland."""
    if os.environ.get(CHILD) != "1":
        pytest.skip("runs on the compositor started by test_dialogs_are_parented_and_fit_on_wayland")
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QMessageBox, QWidget

    from backupgui.ui.widgets.fit import fit_on_screen
    from tests.memory_keyring import MemoryKeyring
    from tests.ui.helpers import make_ctx, open_window

    assert QGuiApplication.platformName().startswith("wayland"), QGuiApplication.platformName()
    qapp.setDesktopFileName(backupgui.APP_ID)
    win = open_window(qtbot, make_ctx(tmp_path / "library", MemoryKeyring()))
    qtbot.waitExposed(win)
    print(f"WINDOW main {win.windowTitle()}", flush=True)
    win.open_settings()
    settings = win.settings_dialog
    qtbot.waitExposed(settings)
    print(f"WINDOW settings {settings.windowTitle()}", flush=True)
    assert settings.windowHandle().transientParent() is win.windowHandle()
    settings.reject()
    box = QMessageBox(QMessageBox.Icon.NoIcon, "About", "x", QMessageBox.StandardButton.Ok, win)
    box.setWindowTitle("About backupgui (test)")
    box.show()
    qtbot.waitExposed(box)
    print(f"WINDOW about {box.windowTitle()}", flush=True)
    box.close()
    # A window larger than the screen is made smaller; placing it is the compositor's job on
    # Wayland (move() does nothing there), and fit_on_screen must neither fail nor loop.
    area = win.screen().availableGeometry()
    assert (area.width(), area.height()) == SCREEN, area
    big = QWidget()
    qtbot.addWidget(big)
    big.setWindowTitle("big")
    big.resize(area.width() + 400, area.height() + 300)
    big.show()
    qtbot.waitExposed(big)
    fit_on_screen(big)
    qtbot.wait(300)
    assert big.width() <= area.width() and big.height() <= area.height(), big.size()
    win.close()
