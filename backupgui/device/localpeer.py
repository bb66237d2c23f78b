"""Who is on the other end of a loopback TCP connection (no Qt).

Linux lists every TCP socket with its owner's user id in ``/proc/net/tcp{,6}``; a server on
127.0.0.1 (the sign-in's loopback page, the Drive emulator) uses it to serve only this
user's processes. Elsewhere the system does not tell, and the answer is None.
"""

from __future__ import annotations

import os
import socket
import sys


def _proc_net_address(addr: tuple, family: int) -> str:
    """An (address, port) as /proc/net/tcp{,6} writes it: each 32-bit word of the address in
    host order, as hex, then ':' and the port in hex."""
    raw = socket.inet_pton(family, addr[0])
    words = "".join(f"{int.from_bytes(raw[i:i + 4], sys.byteorder):08X}"
                    for i in range(0, len(raw), 4))
    return f"{words}:{addr[1]:04X}"


def tcp_peer_uid(conn: socket.socket) -> int | None:
    """The user id owning the other end of a TCP connection on this machine (Linux: its line
    in /proc/net/tcp{,6}), or None where that cannot be told."""
    if not sys.platform.startswith("linux") or conn.family not in (socket.AF_INET,
                                                                    socket.AF_INET6):
        return None
    try:
        mine, theirs = conn.getsockname(), conn.getpeername()
        table = "/proc/net/tcp" if conn.family == socket.AF_INET else "/proc/net/tcp6"
        local, remote = _proc_net_address(theirs, conn.family), _proc_net_address(mine, conn.family)
        with open(table, encoding="ascii") as fh:
            for line in fh:
                f = line.split()
                if len(f) > 7 and f[1] == local and f[2] == remote:
                    return int(f[7])
    except (OSError, ValueError):
        return None
    return None


def another_user(conn: socket.socket) -> int | None:
    """The other end's user id when it is known to be neither this user nor root, else None."""
    if not hasattr(os, "getuid"):
        return None
    uid = tcp_peer_uid(conn)
    return uid if uid is not None and uid not in (os.getuid(), 0) else None
