"""Desktop notifications are markup to the desktop: a freedesktop notification server reads
a notice's body as XML-like markup (``<b>``, ``<a href>``, ``<img src>``, entities) when it
says ``body-markup``, as GNOME's and KDE's do, and Qt hands the text over as it is. A name
from outside (a chat partner's file name, a group's name, what a backup restored with a
valid key holds) inside a notice must reach the server as text: no link, no image, no
entity that turns into a bidirectional control.

Real parts: the app's tray and scheduler running a real backup in a child process under
Xvfb, on a private D-Bus session whose ``org.freedesktop.Notifications`` (and the
StatusNotifier watcher Qt looks for before it uses the D-Bus tray) is this test's server
(jeepney), which records every ``Notify``. Skips, saying so, without Xvfb or dbus-daemon.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    not (shutil.which("Xvfb") and shutil.which("dbus-daemon")),
    reason="needs Xvfb and dbus-daemon (apt-get install xvfb dbus)")

CHILD = Path(__file__).with_name("notice_child.py")
#: An attachment's name: a backup made with a valid key may hold any; a chat partner's file
#: name all of it but the '/' (and a link needs none: ``https:example.invalid`` opens).
HOSTILE = ('<a href="https:example.invalid">Your backup is damaged: click here to restore'
           '</a><img src="file:///etc/passwd">&#8238;gpj.exe')


class NotificationServer:
    """``org.freedesktop.Notifications`` and ``org.kde.StatusNotifierWatcher`` on a bus,
    answering as GNOME Shell would (``body-markup``, ``body-hyperlinks``); every
    ``Notify`` call's (summary, body) is kept."""

    def __init__(self, address: str) -> None:
        from jeepney.bus_messages import message_bus
        from jeepney.io.blocking import open_dbus_connection

        self.notes: list[tuple[str, str]] = []
        self.conn = open_dbus_connection(bus=address)
        for name in ("org.kde.StatusNotifierWatcher", "org.freedesktop.Notifications"):
            self.conn.send_and_get_reply(message_bus.RequestName(name), timeout=10)
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        from jeepney import HeaderFields, MessageType, new_method_return

        while True:
            try:
                msg = self.conn.receive()
            except Exception:  # noqa: BLE001 - the bus went away: the test is over
                return
            h = msg.header
            if h.message_type != MessageType.method_call:
                continue
            member = h.fields.get(HeaderFields.member)
            if member == "Notify":
                self.notes.append((msg.body[3], msg.body[4]))
                self.conn.send(new_method_return(msg, "u", (len(self.notes),)))
            elif member == "GetCapabilities":
                self.conn.send(new_method_return(msg, "as", (
                    ["body", "body-markup", "body-hyperlinks", "body-images", "actions"],)))
            elif member == "GetServerInformation":
                self.conn.send(new_method_return(msg, "ssss", ("test", "test", "1", "1.2")))
            elif member in ("Get", "GetAll"):
                props = {"IsStatusNotifierHostRegistered": ("b", True), "ProtocolVersion": ("i", 0)}
                if member == "Get":
                    self.conn.send(new_method_return(msg, "v", (props.get(msg.body[1], ("s", "")),)))
                else:
                    self.conn.send(new_method_return(msg, "a{sv}", (props,)))
            else:
                self.conn.send(new_method_return(msg))

    def close(self) -> None:
        self.conn.close()


@pytest.fixture
def desktop(tmp_path) -> Iterator[tuple[dict[str, str], NotificationServer]]:
    run = tmp_path / "run"
    run.mkdir(mode=0o700)
    base = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "DISPLAY",
                                                                      "WAYLAND", "QT_QPA"))}
    base.update(XDG_RUNTIME_DIR=str(run), HOME=str(tmp_path / "home"),
                XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_CACHE_HOME=str(tmp_path / "cache"),
                XDG_STATE_HOME=str(tmp_path / "state"), XDG_DATA_HOME=str(tmp_path / "data"),
                PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--nopidfile",
                            "--print-address=1"], stdout=subprocess.PIPE,
                           stderr=subprocess.DEVNULL, env=base, text=True)
    read, write = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "800x600x24",
                             "-nolisten", "tcp"], pass_fds=(write,), stderr=subprocess.DEVNULL)
    os.close(write)
    server = None
    try:
        address = bus.stdout.readline().strip()
        display = os.read(read, 16).decode().strip()
        assert address and display, "the D-Bus session or Xvfb did not start"
        server = NotificationServer(address)
        yield dict(base, DBUS_SESSION_BUS_ADDRESS=address, DISPLAY=f":{display}",
                   QT_QPA_PLATFORM="xcb"), server
    finally:
        if server is not None:
            server.close()
        os.close(read)
        for proc in (xvfb, bus):
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()


def test_a_name_in_a_notice_reaches_the_notification_server_as_text(desktop, tmp_path):
    """Before: the server got ``<a href=...>`` and ``<img src=...>`` as they were (a link
    and an image in the notice, on a server with body-markup) and ``&#8238;``, which such a
    server turns into a right-to-left override."""
    env, server = desktop
    env["PYTHONPATH"] = os.pathsep.join([str(Path(__file__).parents[2]), env.get("PYTHONPATH", "")])
    root = tmp_path / "child"
    root.mkdir()
    out = subprocess.run([sys.executable, str(CHILD), str(root), HOSTILE], env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-3000:]
    assert "tray True" in out.stdout, out.stdout + out.stderr[-2000:]
    assert "'warnings'" in out.stdout, out.stdout + out.stderr[-2000:]
    bodies = [body for _summary, body in server.notes]
    assert bodies, "the tray sent no notification"
    body = bodies[-1]
    assert "click here to restore" in body  # the name is said, as text
    for markup in ("<", ">", "&"):
        assert markup not in body, body
