"""Ports for the test servers on 127.0.0.1, reserved across test processes.

Used by the vault's database clusters (tests/vault/cluster.py) and the SOCKS proxy tests
(tests/security/test_socks_proxy.py): every test that starts a server on a port of its
choosing takes it here, so two test processes never start servers on the same port.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import random
import socket
import stat as stat_mode
import tempfile
from pathlib import Path

#: Where ports are handed out: below the kernel's ephemeral range (Linux's default
#: ip_local_port_range starts at 32768), from which ``bind(port 0)`` and every outgoing
#: connection draw. A port found free by ``bind(0)`` and given back could be taken by another
#: process before the server bound it ("could not bind ... Address already in use" when
#: several clusters started at once); a port here is held by a lock file (``_reserve``) for as
#: long as the server that uses it lives, so no other test process hands it out meanwhile.
PORT_RANGE = (20000, 32000)
#: The lock files: one per port, in a folder of this user's (checked: not a link, ours, 0700).
PORT_LOCKS = Path(tempfile.gettempdir()) / f"backupgui-test-ports-{os.getuid()}"
_held: dict[int, int] = {}  # port -> the descriptor that holds its lock


def _lock_folder() -> Path:
    with contextlib.suppress(FileExistsError):
        PORT_LOCKS.mkdir(mode=0o700)
    st = os.lstat(PORT_LOCKS)
    if not stat_mode.S_ISDIR(st.st_mode) or st.st_uid != os.getuid() or st.st_mode & 0o077:
        raise RuntimeError(f"{PORT_LOCKS} is not a private folder of this user's")
    return PORT_LOCKS


def _bindable(port: int) -> bool:
    """Whether nothing listens on (or holds) 127.0.0.1:port now."""
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _reserve(port: int, folder: Path) -> bool:
    """Take ``port``'s lock file (without waiting) if the port is also free now."""
    if port in _held:
        return False
    fd = os.open(folder / f"{port}.lock", os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return False
    if not _bindable(port):
        os.close(fd)  # (closing it releases the lock)
        return False
    _held[port] = fd
    return True


def free_port() -> int:
    """A port on 127.0.0.1 that is free and stays reserved for this process (from the other
    test processes) until :func:`release_ports`; see ``PORT_RANGE``."""
    folder = _lock_folder()
    lo, hi = PORT_RANGE
    rng = random.SystemRandom()
    for _ in range(10 * (hi - lo)):
        port = rng.randrange(lo, hi)
        if _reserve(port, folder):
            return port
    raise RuntimeError(f"no free port in {lo}-{hi}")


def free_ports(n: int) -> list[int]:
    return sorted(free_port() for _ in range(n))


def release_ports(ports: list[int] | tuple[int, ...]) -> None:
    """Give ports back (their server has stopped)."""
    for port in ports:
        fd = _held.pop(port, None)
        if fd is not None:
            os.close(fd)
