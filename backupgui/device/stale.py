"""Names for temporary files that say who made them, so leftovers of a killed process can be
recognised and removed safely later (never another live process's, nor another host's)."""

from __future__ import annotations

import os
import re
import secrets
import sys


def _host_name() -> str:
    try:  # POSIX: the name socket.gethostname() gives, without importing socket for it
        name = os.uname().nodename
    except AttributeError:  # Windows
        import socket

        name = socket.gethostname()
    return re.sub(r"[^A-Za-z0-9_.]", "_", name or "host")[:40]


_HOST = _host_name()
_PATTERN = re.compile(r"^(?P<host>[A-Za-z0-9_.]+)~(?P<pid>\d+)~[0-9a-f]+")


def owned_name(suffix: str = "") -> str:
    """A unique temporary name recording this host and process."""
    return f"{_HOST}~{os.getpid()}~{secrets.token_hex(8)}{suffix}"


def host_name() -> str:
    """This computer's name as temporary names record it (``[A-Za-z0-9_.]``, at most 40)."""
    return _HOST


def pid_alive(pid: int) -> bool:
    """True unless process ``pid`` of this computer is known not to run (always on
    Windows, where asking would need another API)."""
    return _pid_alive(pid)


def _pid_alive(pid: int) -> bool:
    if sys.platform == "win32":  # os.kill would terminate the process there
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # e.g. EPERM: it exists
        return True
    return True


def is_stale(name: str) -> bool:
    """True if ``name`` was made by a process of this host that no longer runs."""
    m = _PATTERN.match(name)
    if not m or m["host"] != _HOST:
        return False
    pid = int(m["pid"])
    return pid != os.getpid() and not _pid_alive(pid)
