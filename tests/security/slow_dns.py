"""A name server that answers late or never, and the requests that meet it (run in a child).

The system resolver (glibc's ``getaddrinfo``) asks the name servers of ``/etc/resolv.conf``
on port 53. So the child runs in its own user, network and mount namespaces (``unshare``):
there it owns a loopback of its own, binds port 53 on it, and sees a ``resolv.conf`` that
names 127.0.0.1 (``options timeout:30 attempts:1``: the resolver itself waits 30 s). Nothing
of the machine's own network or resolver is touched. The test runs::

    unshare -r -n -m sh -c 'mount --bind RESOLV_CONF /etc/resolv.conf && exec python -m
        tests.security.slow_dns SCENARIO'

and reads one JSON object from the child's stdout.
"""

from __future__ import annotations

import fcntl
import json
import socket
import struct
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

NAME = "drive.slow-dns.test"
RESOLV_CONF = "nameserver 127.0.0.1\noptions timeout:30 attempts:1\n"


class SlowNameServer:
    """UDP on 127.0.0.1:53: an A query for ``NAME`` is answered with 127.0.0.1, any other
    query with no address, each after ``delay`` seconds; ``delay`` None: held until
    ``release()``."""

    def __init__(self, delay: float | None) -> None:
        self.delay = delay
        self.queries = 0
        self.asked = threading.Event()
        self._held: list[tuple[bytes, Any]] = []
        self._lock = threading.Lock()
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self._sock.bind(("127.0.0.1", 53))
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            query, peer = self._sock.recvfrom(512)
            with self._lock:
                self.queries += 1
                self.asked.set()
                if self.delay is None:
                    self._held.append((query, peer))
                    continue
            threading.Timer(self.delay, self._answer, (query, peer)).start()

    def hold(self) -> None:
        """Hold every later query until ``release()``."""
        with self._lock:
            self.delay = None
            self.asked.clear()

    def release(self) -> None:
        """Answer every held query now, and later ones at once."""
        with self._lock:
            held, self._held, self.delay = self._held, [], 0.0
        for query, peer in held:
            self._answer(query, peer)

    def _answer(self, query: bytes, peer: Any) -> None:
        qid, _flags, _qd = struct.unpack("!HHH", query[:6])
        end = 12
        labels = []
        while query[end]:
            labels.append(query[end + 1:end + 1 + query[end]].decode("ascii"))
            end += 1 + query[end]
        qtype = struct.unpack("!H", query[end + 1:end + 3])[0]
        question = query[12:end + 5]
        found = ".".join(labels).lower() == NAME and qtype == 1
        answer = (b"\xc0\x0c" + struct.pack("!HHIH", 1, 1, 60, 4) + socket.inet_aton("127.0.0.1")
                  if found else b"")
        header = struct.pack("!HHHHHH", qid, 0x8180, 1, 1 if found else 0, 0, 0)
        self._sock.sendto(header + question + answer, peer)


def _loopback_up() -> None:
    """Bring this network namespace's ``lo`` up (SIOCGIFFLAGS / SIOCSIFFLAGS)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        ifr = fcntl.ioctl(s, 0x8913, struct.pack("16sH14x", b"lo", 0))
        flags = struct.unpack("16sH", ifr[:18])[1]
        fcntl.ioctl(s, 0x8914, struct.pack("16sH14x", b"lo", flags | 0x1))


def _lookup_threads() -> int:
    return sum(1 for t in threading.enumerate() if t.name == "backupgui-name-lookup")


def _drive(root: str, tmp: Path, *, deadline: float, attempts: int = 3) -> Any:
    from google.oauth2.credentials import Credentials

    from backupgui.destinations.gdrive import DriveOptions, GoogleDriveDestination
    from backupgui.destinations.gdrive_retry import RetryPolicy

    opts = DriveOptions(create_rate=0.0, timeout=5.0, deadline_base=deadline,
                        min_rate=float(1 << 30), spool_dir=tmp / "spool",
                        retry=RetryPolicy(max_attempts=attempts, sleep=lambda _s: None))
    return GoogleDriveDestination(Credentials(token="test-static-token"), api_root=root,
                                  options=opts)


def run(scenario: str) -> dict[str, Any]:
    from backupgui.destinations import netguard
    from backupgui.errors import CancelledError
    from backupgui.jobs import CancelToken
    from backupgui.services.drive_emulator import DriveEmulator

    _loopback_up()
    out: dict[str, Any] = {"max_lookups": netguard.MAX_LOOKUPS}
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        emu = DriveEmulator(tmp / "drive-data")
        emu.add_static_token("test-static-token")
        emu.start()
        emu.host = NAME  # (the name it is asked by: its Host check wants its own name)
        root = f"http://{NAME}:{emu.port}/"
        try:
            if scenario == "in-time":  # the lookup goes through the worker and is used
                dns = SlowNameServer(0.2)
                dest = _drive(root, tmp, deadline=5.0)
                out["listed"] = dest.list()
                dest.close()
            elif scenario == "deadline":  # a lookup that never ends: each attempt at its deadline
                dns = SlowNameServer(None)
                t0 = time.monotonic()
                try:  # (opening the destination asks Drive for the account)
                    _drive(root, tmp, deadline=0.6).close()
                except Exception as exc:  # noqa: BLE001 - reported to the test
                    out["error"] = f"{type(exc).__name__}: {exc}"
                out["took"] = time.monotonic() - t0
            elif scenario == "stop":  # Stop during a backup's lookup, with a deadline of 60 s
                from backupgui.crypto.material import RawKey
                from backupgui.engine import BackupRequest, backup
                from backupgui.library.demo import create_demo_library

                dns = SlowNameServer(0.0)
                create_demo_library(tmp / "lib", chats=1, seed=3, media_mb=0.1)
                dest = _drive(root, tmp, deadline=60.0)
                dns.hold()  # the backup's upload threads open connections of their own
                token, result = CancelToken(), {}

                def job() -> None:
                    try:
                        backup(BackupRequest(tmp / "lib", dest, RawKey(bytes(32))), cancel=token)
                    except BaseException as exc:  # noqa: BLE001 - reported to the test
                        result["error"] = exc

                t = threading.Thread(target=job, daemon=True)
                t.start()
                out["asked"] = dns.asked.wait(20)
                time.sleep(0.3)
                t0 = time.monotonic()
                token.cancel()
                t.join(10)
                out["stop_took"] = time.monotonic() - t0
                out["cancelled"] = isinstance(result.get("error"), CancelledError)
                out["error"] = repr(result.get("error"))
                dest.close()
            elif scenario == "urlopen":  # the key vault's, the issuer's and the revocation's client
                import urllib.request

                dns = SlowNameServer(None)
                req = urllib.request.Request(f"http://{NAME}:9/")
                t0 = time.monotonic()
                try:
                    netguard.urlopen(req, idle=5.0, deadline=0.5, limit=1 << 10)
                except Exception as exc:  # noqa: BLE001 - reported to the test
                    out["error"] = type(exc).__name__
                out["took"] = time.monotonic() - t0
                scope = netguard.Scope()
                t = threading.Thread(target=lambda: out.__setitem__("stopped", _urlopen_in(
                    scope, req)), daemon=True)
                t.start()
                time.sleep(0.5)
                t0 = time.monotonic()
                scope.interrupt()
                t.join(10)
                out["stop_took"] = time.monotonic() - t0
            elif scenario == "bounded":  # lookups left behind never exceed MAX_LOOKUPS threads
                dns = SlowNameServer(None)
                most, errors = 0, []
                for _ in range(3 * netguard.MAX_LOOKUPS):
                    try:  # (each destination opens a connection of its own)
                        _drive(root, tmp, deadline=0.3, attempts=1).close()
                    except Exception as exc:  # noqa: BLE001 - reported to the test
                        errors.append(type(exc).__name__)
                    most = max(most, _lookup_threads())
                out["most_threads"], out["errors"] = most, sorted(set(errors))
                out["queries_held"] = dns.queries
                dns.release()  # the resolver answers: every lookup left behind ends
                end = time.monotonic() + 10
                while _lookup_threads() and time.monotonic() < end:
                    time.sleep(0.05)
                out["threads_after"] = _lookup_threads()
                dest = _drive(root, tmp, deadline=5.0)  # and a new request is served
                out["listed_after"] = dest.list()
                dest.close()
            else:
                raise SystemExit(f"unknown scenario {scenario}")
            out["queries"] = dns.queries
        finally:
            emu.stop()
    return out


def _urlopen_in(scope: Any, req: Any) -> str:
    from backupgui.destinations import netguard

    try:
        netguard.urlopen(req, idle=60.0, deadline=60.0, limit=1 << 10, scope=scope)
    except Exception as exc:  # noqa: BLE001 - reported to the test
        return type(exc).__name__
    return "answered"


if __name__ == "__main__":
    print(json.dumps(run(sys.argv[1]), default=str))
