"""The screen-reader path: the real app under Xvfb on a private D-Bus session with the AT-SPI
bus (at-spi2-core), and a client that walks its accessibility tree through AT-SPI the way Orca
does (D-Bus calls with jeepney: org.a11y.Bus.GetAddress, the registry's desktop, then
org.a11y.atspi.Accessible GetChildren/GetRoleName/Name on every node).

It finds the main window's controls by role and name, the chat list's rows with their state,
and, with the language set to Arabic in Settings, the same controls by their Arabic names.
Needs Xvfb, dbus-daemon and at-spi2-core (.ci/run installs them); skips, saying so, without.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
ACCESSIBLE = "org.a11y.atspi.Accessible"

pytestmark = pytest.mark.skipif(
    not (shutil.which("Xvfb") and shutil.which("dbus-daemon") and LAUNCHER.exists()),
    reason="needs Xvfb, dbus-daemon and at-spi2-core (apt-get install xvfb dbus at-spi2-core)")


@dataclass
class Node:
    depth: int
    role: str
    name: str
    description: str


@dataclass
class Desktop:
    """A private X server and D-Bus session (the AT-SPI bus starts on demand)."""

    env: dict[str, str]
    bus_address: str


@pytest.fixture
def desktop(tmp_path) -> Iterator[Desktop]:
    run = tmp_path / "run"
    run.mkdir(mode=0o700)
    base = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "DISPLAY",
                                                                      "WAYLAND", "QT_QPA"))}
    base["XDG_RUNTIME_DIR"] = str(run)
    bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--nopidfile",
                            "--print-address=1"], stdout=subprocess.PIPE,
                           stderr=subprocess.DEVNULL, env=base, text=True)
    read, write = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x900x24",
                             "-nolisten", "tcp"], pass_fds=(write,), stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        address = bus.stdout.readline().strip()
        display = os.read(read, 16).decode().strip()
        assert address and display, "the D-Bus session or Xvfb did not start"
        env = dict(base, DBUS_SESSION_BUS_ADDRESS=address, DISPLAY=f":{display}",
                   QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
                   PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
        yield Desktop(env, address)
    finally:
        os.close(read)
        for proc in (xvfb, bus):
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()


class Atspi:
    """A minimal AT-SPI client over jeepney."""

    def __init__(self, session_address: str) -> None:
        from jeepney import DBusAddress, new_method_call
        from jeepney.io.blocking import open_dbus_connection

        self._new = new_method_call
        self._addr = DBusAddress
        session = open_dbus_connection(bus=session_address)
        try:
            msg = new_method_call(DBusAddress("/org/a11y/bus", bus_name="org.a11y.Bus",
                                              interface="org.a11y.Bus"), "GetAddress")
            a11y = session.send_and_get_reply(msg, timeout=20).body[0]
        finally:
            session.close()
        self.conn = open_dbus_connection(bus=a11y)

    def close(self) -> None:
        self.conn.close()

    def call(self, ref: tuple[str, str], method: str):
        msg = self._new(self._addr(ref[1], bus_name=ref[0], interface=ACCESSIBLE), method)
        return self.conn.send_and_get_reply(msg, timeout=10).body[0]

    def prop(self, ref: tuple[str, str], name: str) -> str:
        from jeepney import Properties

        msg = Properties(self._addr(ref[1], bus_name=ref[0], interface=ACCESSIBLE)).get(name)
        return self.conn.send_and_get_reply(msg, timeout=10).body[0][1]

    def application(self, name: str, timeout: float = 60) -> tuple[str, str]:
        root = ("org.a11y.atspi.Registry", "/org/a11y/atspi/accessible/root")
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            for app in self.call(root, "GetChildren"):
                try:
                    if self.prop(tuple(app), "Name") == name:
                        return tuple(app)
                except Exception:  # noqa: BLE001 - an application that went away
                    continue
            time.sleep(0.3)
        raise AssertionError(f"{name} never appeared on the AT-SPI bus")

    def walk(self, ref, depth: int = 0, out: list[Node] | None = None,
             limit: int = 4000) -> list[Node]:
        out = [] if out is None else out
        if len(out) >= limit:
            return out
        out.append(Node(depth, self.call(ref, "GetRoleName"), self.prop(ref, "Name"),
                        self.prop(ref, "Description")))
        for child in self.call(ref, "GetChildren"):
            self.walk(tuple(child), depth + 1, out, limit)
        return out


def _start_app(desktop: Desktop, tmp_path: Path, library: Path, language: str = ""):
    config = tmp_path / f"config-{language or 'system'}"
    config.mkdir()
    if language:
        (config / "backupgui.ini").write_text(f"[General]\nlanguage={language}\n")
    env = dict(desktop.env, BACKUPGUI_CONFIG_DIR=str(config), LANG="en_US.UTF-8")
    log = open(config / "stderr.txt", "w")  # a file, not a pipe: a full pipe would block it
    app = subprocess.Popen([sys.executable, "-m", "backupgui", "--library", str(library)],
                           env=env, stdout=subprocess.DEVNULL, stderr=log)
    app.log_path = config / "stderr.txt"  # type: ignore[attr-defined]
    log.close()
    return app


def _tree(desktop: Desktop, app: subprocess.Popen, frame_title: str) -> list[Node]:
    client = Atspi(desktop.bus_address)
    try:
        ref = client.application("backupgui")
        end = time.monotonic() + 60
        while True:  # until the window and the chat list are built
            nodes = client.walk(ref)
            if any(n.role == "frame" and n.name == frame_title for n in nodes) and \
                    sum(n.role == "table cell" or n.role == "cell" for n in nodes) >= 8:
                return nodes
            assert app.poll() is None, app.log_path.read_text()[-3000:]
            assert time.monotonic() < end, [(n.role, n.name) for n in nodes][:40]
            time.sleep(0.5)
    finally:
        client.close()


def _stop(app: subprocess.Popen) -> None:
    app.terminate()
    try:
        app.wait(15)
    except subprocess.TimeoutExpired:
        app.kill()
        app.wait(5)


def _has(nodes: list[Node], role: str, name: str) -> bool:
    return any(n.role == role and n.name.replace("\u2068", "").replace("\u2069", "") == name
               for n in nodes)


def test_screen_reader_finds_the_main_window_controls(desktop, tmp_path, demo_library):
    app = _start_app(desktop, tmp_path, demo_library)
    try:
        nodes = _tree(desktop, app, "backupgui — Chat backup")
    finally:
        _stop(app)
    assert _has(nodes, "application", "backupgui")
    for role, name in [("push button", "Back up"), ("table", "Chats"),
                       ("text", "Search chats"), ("check box", "Include videos in the backup"),
                       ("push button", "Select all"), ("push button", "Change destination…"),
                       ("push button", "Turn on encryption…"), ("menu item", "File"),
                       ("menu item", "Backup"), ("menu item", "View"), ("menu item", "Help"),
                       ("progress bar", "Backup progress"), ("column header", "Last activity")]:
        assert _has(nodes, role, name), f"no {role} named {name!r}"
    table = next(n for n in nodes if n.role == "table" and n.name == "Chats")
    assert "Space" in table.description
    cells = [n.name for n in nodes if n.role in ("table cell", "cell")]
    rows = [c for c in cells if c.endswith(", included in the backup")]
    assert len(rows) == 4, cells[:12]  # the demo library's four chats, each with its state
    # the panel's rows say what they are and what they show
    assert any(n.role == "label" and n.name.startswith("Last backup: ") for n in nodes)
    assert any(n.role == "label" and n.name.startswith("End-to-end encryption: ") for n in nodes)


def test_screen_reader_hears_the_chosen_language(desktop, tmp_path, demo_library):
    """Settings language=ar: the real app exposes its controls with their Arabic names."""
    from PySide6.QtCore import QTranslator

    from backupgui import i18n

    tr = QTranslator()
    assert tr.load(str(i18n.qm_file("ar")))

    def ar(context: str, text: str) -> str:
        out = tr.translate(context, text)
        assert out and out != text, f"no Arabic for {text!r}"
        return out.replace("&", "")

    app = _start_app(desktop, tmp_path, demo_library, language="ar")
    try:
        nodes = _tree(desktop, app, ar("MainWindow", "backupgui — Chat backup"))
    finally:
        _stop(app)
    assert _has(nodes, "push button", ar("BackupPanel", "Back &up"))
    assert _has(nodes, "table", ar("MainWindow", "Chats"))
    assert _has(nodes, "text", ar("MainWindow", "Search chats"))
    assert _has(nodes, "menu item", ar("MainWindow", "&File"))
    cells = [n.name for n in nodes if n.role in ("table cell", "cell")]
    included = ar("ChatTableModel", "%1, included in the backup").replace("%1", "")
    assert sum(1 for c in cells if included.strip("، ") in c) == 4
