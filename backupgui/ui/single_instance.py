"""One running window per user and config dir: a second launch focuses the first.

The socket lives in a folder only this user can enter (``fileperms.user_runtime_dir``:
``$XDG_RUNTIME_DIR/backupgui`` on Linux), never under a predictable name in the shared temp
folder where another user could listen first and keep the app from ever starting. Both
ends also check who is on the other side (the peer's user id, where the platform tells
it) and ignore anyone else. On Windows the name is a named pipe restricted to this user.

Even this user's processes get little: a connection gives at most one ``activate`` line and
is closed after it or after ``CONNECTION_MS``, and at most ``MAX_CONNECTIONS`` are open at
once, so a peer that connects and never sends (or never stops) holds none of the app's
descriptors or memory for long, and brings the window forward at most once a connection.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
import socket
import struct
import sys

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from ..device.fileperms import user_runtime_dir
from ..device.settings import config_dir

log = logging.getLogger(__name__)
_MESSAGE = b"activate\n"
_MAX_SOCKET_PATH = 100  # sockaddr_un holds 104-108 bytes, depending on the system
# A connection is closed after this many milliseconds whatever it sent (a launch sends its
# line at once); and at most this many are open at once.
CONNECTION_MS = 2000
MAX_CONNECTIONS = 16


def _digest() -> str:
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name on some systems
        user = "user"
    return hashlib.sha256(f"{user}\0{config_dir()}".encode()).hexdigest()[:16]


def server_name() -> str | None:
    """The socket's full path in this user's private runtime folder (a pipe name on
    Windows), or None when there is no safe place for it (then there is no single-instance
    check, and the app still starts)."""
    if sys.platform == "win32":
        return f"backupgui-{_digest()}"
    folder = user_runtime_dir(fallback=config_dir() / "run")
    if folder is None:
        return None
    path = os.path.join(folder, f"{_digest()}.sock")
    return path if len(os.fsencode(path)) <= _MAX_SOCKET_PATH else None


def peer_uid(fd: int) -> int | None:
    """The user id of the process at the other end of a connected local socket, or None
    where the platform does not tell it (Windows: the pipe's ACL restricts it instead)."""
    if fd < 0 or sys.platform == "win32":
        return None
    try:
        s = socket.socket(fileno=os.dup(fd))
    except OSError:
        return None
    try:
        if hasattr(socket, "SO_PEERCRED"):  # Linux: struct ucred {pid, uid, gid}
            _pid, uid, _gid = struct.unpack("3i", s.getsockopt(
                socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i")))
            return uid
        # macOS, BSD: LOCAL_PEERCRED (1) at level SOL_LOCAL (0) gives struct xucred
        # {u_int cr_version; uid_t cr_uid; ...}.
        raw = s.getsockopt(0, 1, 76)
        return struct.unpack("2I", raw[:8])[1]
    except OSError:
        return None
    finally:
        s.close()


def _same_user(sock: QLocalSocket) -> bool:
    if not hasattr(os, "getuid"):
        return True
    uid = peer_uid(int(sock.socketDescriptor()))
    return uid is None or uid == os.getuid()


def notify_running_instance(timeout_ms: int = 500) -> bool:
    """Ask an already running instance to show itself; True if there was one."""
    name = server_name()
    if name is None:
        return False
    sock = QLocalSocket()
    sock.connectToServer(name)
    if not sock.waitForConnected(timeout_ms):
        return False
    if not _same_user(sock):
        log.warning("the single-instance socket belongs to another user; ignoring it")
        sock.abort()
        return False
    sock.write(_MESSAGE)
    sock.flush()
    sock.waitForBytesWritten(timeout_ms)
    sock.disconnectFromServer()
    return True


class SingleInstance(QObject):
    """Listens for later launches; emits ``activated`` when one asks us to come forward."""

    activated = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)
        self._open: set[QLocalSocket] = set()

    def listen(self) -> bool:
        name = server_name()
        if name is None:
            log.warning("no private runtime folder: running without the single-instance check")
            return False
        if not self._server.listen(name):
            QLocalServer.removeServer(name)  # stale socket from a crashed run (our own folder)
            if not self._server.listen(name):
                log.warning("single-instance server unavailable: %s", self._server.errorString())
                return False
        return True

    def close(self) -> None:
        """Stop listening (the socket file goes away)."""
        self._server.close()

    def _on_connection(self) -> None:
        while self._server.hasPendingConnections():
            sock = self._server.nextPendingConnection()
            if not _same_user(sock):
                log.warning("ignored a single-instance connection from another user")
                self._drop(sock)
                continue
            if len(self._open) >= MAX_CONNECTIONS:
                self._drop(sock)
                continue
            # (Qt would buffer whatever the peer sends; the line is all that is read.)
            sock.setReadBufferSize(len(_MESSAGE))
            self._open.add(sock)
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(lambda s=sock: self._forget(s))
            QTimer.singleShot(CONNECTION_MS, sock, lambda s=sock: self._drop(s))
            if sock.bytesAvailable():
                self._read(sock)

    def _read(self, sock: QLocalSocket) -> None:
        if sock not in self._open or sock.bytesAvailable() < len(_MESSAGE):
            return
        if bytes(sock.read(len(_MESSAGE)).data()) == _MESSAGE:
            self.activated.emit()
        self._drop(sock)

    def _forget(self, sock: QLocalSocket) -> None:
        if sock in self._open:  # (the peer went away)
            self._open.discard(sock)
            sock.deleteLater()

    def _drop(self, sock: QLocalSocket) -> None:
        """Close ``sock`` at once (whatever it still has to say) and let it go."""
        self._open.discard(sock)
        sock.abort()
        sock.deleteLater()  # (safe to call more than once)
