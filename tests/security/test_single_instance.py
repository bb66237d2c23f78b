"""Finding 9: another local user cannot squat the single-instance socket.

Before the fix the socket had a predictable name in the shared temp folder: another user
listening there first made every launch believe the app was already running ("switched to
its window") and exit, so the app never started. The socket now lives in a per-user
runtime folder (0700, checked), and both ends check the peer's user id.

Another *user* cannot be made in a test; the squatter here is a plain socket server at the
old place (it behaves the same for the old code), and the peer check is exercised by
making the peer's user id look foreign.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import socket
import stat
import sys
import threading
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Unix-domain sockets")


@pytest.fixture
def instances(qtbot):
    """Makes SingleInstance objects and closes and deletes them before Qt goes away."""
    from backupgui.ui.single_instance import SingleInstance

    made = []

    def make():
        inst = SingleInstance()
        made.append(inst)
        return inst

    yield make
    for inst in made:
        inst.close()
        inst.deleteLater()
    qtbot.wait(50)


@pytest.fixture
def runtime(tmp_path, monkeypatch):
    """A private XDG runtime folder, as a Linux session has (short path: sockets)."""
    import tempfile

    d = Path(tempfile.mkdtemp(prefix="xdg-", dir="/tmp"))
    os.chmod(d, 0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(d))
    monkeypatch.setenv("BACKUPGUI_CONFIG_DIR", str(tmp_path / "config"))
    yield d
    import shutil

    shutil.rmtree(d, ignore_errors=True)


def _old_place() -> str:
    """Where the old code put the socket: a name in Qt's temp folder."""
    from PySide6.QtCore import QDir

    from backupgui.device.settings import config_dir

    digest = hashlib.sha256(f"{getpass.getuser()}\0{config_dir()}".encode()).hexdigest()[:16]
    return os.path.join(QDir.tempPath(), f"backupgui-{digest}")


class Squatter:
    """Listens at a path and accepts whatever connects (another user's program)."""

    def __init__(self, path: str) -> None:
        self.path = path
        if os.path.exists(path):
            os.unlink(path)
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.bind(path)
        self.sock.listen(8)
        self.accepted = 0
        self._t = threading.Thread(target=self._run, daemon=True)
        self._t.start()

    def _run(self) -> None:
        while True:
            try:
                c, _ = self.sock.accept()
            except OSError:
                return
            self.accepted += 1
            c.close()

    def close(self) -> None:
        self.sock.close()
        os.unlink(self.path)


def test_a_squatter_in_the_shared_temp_folder_does_not_stop_the_app(qtbot, runtime, instances):
    from backupgui.ui.single_instance import notify_running_instance

    squatter = Squatter(_old_place())
    try:
        assert notify_running_instance() is False, "a launch would exit: 'already running'"
        first = instances()
        assert first.listen()
        with qtbot.waitSignal(first.activated, timeout=5000):
            assert notify_running_instance() is True  # a second launch finds the first
        assert squatter.accepted == 0
    finally:
        squatter.close()


def test_the_socket_is_in_a_private_folder_of_this_user(qtbot, runtime, instances):
    from backupgui.ui.single_instance import server_name

    name = server_name()
    assert name is not None and Path(name).parent == runtime / "backupgui"
    st = os.lstat(Path(name).parent)
    assert stat.S_IMODE(st.st_mode) == 0o700 and st.st_uid == os.getuid()
    inst = instances()
    assert inst.listen()
    assert stat.S_ISSOCK(os.lstat(name).st_mode)
    assert not os.lstat(name).st_mode & 0o077


@pytest.mark.parametrize("how", ["world-writable", "symlink", "missing"])
def test_an_unsafe_runtime_folder_is_not_used(tmp_path, monkeypatch, how):
    from backupgui.ui.single_instance import server_name

    base = tmp_path / "xdg"
    if how == "world-writable":
        base.mkdir()
        os.chmod(base, 0o777)
    elif how == "symlink":
        real = tmp_path / "real"
        real.mkdir(mode=0o700)
        base.symlink_to(real)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(base))
    monkeypatch.setenv("BACKUPGUI_CONFIG_DIR", str(tmp_path / "config"))
    name = server_name()
    assert name is None or not name.startswith(str(base)), name
    if name is not None:
        parent = Path(name).parent
        st = os.lstat(parent)
        assert not stat.S_ISLNK(st.st_mode) and not st.st_mode & 0o077 and st.st_uid == os.getuid()


def test_a_planted_runtime_subfolder_with_wide_permissions_is_not_trusted(tmp_path, monkeypatch):
    """Our own runtime folder made 0755 (by an older version, or a mistake) is narrowed
    or skipped, never used as it is."""
    from backupgui.ui.single_instance import server_name

    base = tmp_path / "xdg"
    base.mkdir(mode=0o700)
    (base / "backupgui").mkdir()
    os.chmod(base / "backupgui", 0o777)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(base))
    monkeypatch.setenv("BACKUPGUI_CONFIG_DIR", str(tmp_path / "config"))
    name = server_name()
    assert name is None or not os.lstat(Path(name).parent).st_mode & 0o077


def test_connections_from_another_user_are_ignored(qtbot, runtime, monkeypatch, instances):
    from backupgui.ui import single_instance as si

    first = instances()
    assert first.listen()
    monkeypatch.setattr(si, "peer_uid", lambda fd: os.getuid() + 1)
    fired: list[bool] = []
    first.activated.connect(lambda: fired.append(True))
    assert si.notify_running_instance() is False  # the server looks foreign to the client
    # A foreign client is dropped by the server without effect.
    c = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    c.connect(si.server_name())
    c.sendall(b"activate\n")
    qtbot.wait(300)
    c.close()
    assert fired == []
    monkeypatch.undo()


def test_peer_uid_reads_the_other_end():
    from backupgui.ui.single_instance import peer_uid

    a, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        assert peer_uid(a.fileno()) == os.getuid()
    finally:
        a.close()
        b.close()
