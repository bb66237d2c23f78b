"""One running window per user and config dir: a second launch focuses the first."""

from __future__ import annotations

import getpass
import hashlib
import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from ..settings import config_dir

log = logging.getLogger(__name__)
_MESSAGE = b"activate\n"


def server_name() -> str:
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name on some systems
        user = "user"
    digest = hashlib.sha256(f"{user}\0{config_dir()}".encode()).hexdigest()[:16]
    return f"backupgui-{digest}"


def notify_running_instance(timeout_ms: int = 500) -> bool:
    """Ask an already running instance to show itself; True if there was one."""
    sock = QLocalSocket()
    sock.connectToServer(server_name())
    if not sock.waitForConnected(timeout_ms):
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
        self._server.newConnection.connect(self._on_connection)

    def listen(self) -> bool:
        name = server_name()
        if not self._server.listen(name):
            QLocalServer.removeServer(name)  # stale socket from a crashed run
            if not self._server.listen(name):
                log.warning("single-instance server unavailable: %s", self._server.errorString())
                return False
        return True

    def _on_connection(self) -> None:
        while self._server.hasPendingConnections():
            sock = self._server.nextPendingConnection()
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(sock.deleteLater)

    def _read(self, sock: QLocalSocket) -> None:
        if bytes(sock.readAll().data()).startswith(b"activate"):
            self.activated.emit()
