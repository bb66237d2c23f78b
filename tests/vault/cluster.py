"""Real database servers for the vault tests and benchmark, all on 127.0.0.1.

- :class:`PgServer`: one standalone PostgreSQL (``initdb`` + ``postgres``);
- :class:`EtcdCluster`: three etcd members (Debian's ``etcd-server``);
- :class:`PatroniCluster`: three PostgreSQL members managed by Patroni over that etcd: one
  primary and two streaming standbys, ``synchronous_standby_names = 'ANY 1 (pg0,pg1,pg2)'``,
  automatic failover (``primary_start_timeout: 0``: a crashed primary is replaced, not
  restarted in place).

PostgreSQL refuses to run as root: when the tests run as root (CI), the servers run as the
``postgres`` system user in a directory made for them. Every process started here is
stopped (and, if it does not stop, killed) by ``close()``; only processes started here are
ever signalled, by their own pid.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

# The servers' ports are reserved in tests/ports.py for as long as each server lives (no
# other test process hands them out meanwhile).
from ..ports import free_port, free_ports, release_ports


def _patroni_paths() -> tuple[str, str]:
    """Patroni and patronictl: ``BACKUPGUI_PATRONI`` names the patroni to run (CI: the pinned
    release from PyPI in its own venv, .ci/run; its patronictl beside it), else Debian's."""
    chosen = os.environ.get("BACKUPGUI_PATRONI")
    if chosen:
        return chosen, str(Path(chosen).with_name("patronictl"))
    return (shutil.which("patroni") or "/usr/bin/patroni",
            shutil.which("patronictl") or "/usr/bin/patronictl")  # fmt: skip


PATRONI, PATRONICTL = _patroni_paths()
ETCD = shutil.which("etcd") or "/usr/bin/etcd"
ETCDCTL = shutil.which("etcdctl") or "/usr/bin/etcdctl"
INSTALL_HINT = "apt-get install -y postgresql patroni etcd-server etcd-client"


def pg_bindir() -> Path | None:
    """The newest installed PostgreSQL server's bin directory (Debian layout), or PATH's."""
    found = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/postgres"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    if found:
        return found[-1].parent
    on_path = shutil.which("postgres")
    return Path(on_path).parent if on_path else None


def missing_tools(*, patroni: bool = False) -> str | None:
    """Why the servers cannot run here (None: they can)."""
    if pg_bindir() is None:
        return "PostgreSQL is not installed"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no 'postgres' user to run PostgreSQL as"
    if patroni and not all(Path(p).exists() for p in (PATRONI, PATRONICTL, ETCD)):
        return "Patroni or etcd is not installed"
    return None


def patroni_version(patroni: str | None = None) -> tuple[int, ...]:
    """A Patroni's version (by default the one the tests run), e.g. (3, 0, 2)."""
    out = subprocess.run([patroni or PATRONI, "--version"], capture_output=True, text=True,
                         timeout=60)  # fmt: skip
    words = (out.stdout or out.stderr).split()
    return tuple(int(x) for x in words[-1].split(".")[:3] if x.isdigit()) if words else ()


def dcs_api(patroni: str | None = None) -> str:
    """Which etcd API Patroni uses: ``etcd3``, except on Patroni before 3.0.3, whose etcd3
    client writes the leader key unconditionally when it renews an expired lease: a primary
    that was paused (a frozen VM, SIGSTOP) for longer than the TTL takes the key back from
    the standby promoted meanwhile when it wakes, the new primary demotes itself, and every
    commit it made is rewound away (seen in test_cluster.py's frozen-primary test: answered
    attempts lost; fixed upstream in 3.0.3). Their etcd v2 client renews the key with a
    compare-and-swap on its own name, which fails, and the old primary steps down."""
    forced = os.environ.get("BACKUPGUI_PATRONI_DCS")  # etcd3 here shows that bug again
    if forced in ("etcd", "etcd3"):
        return forced
    return "etcd3" if patroni_version(patroni) >= (3, 0, 3) else "etcd"


class _Owner:
    """Who the database processes run as: ourselves, or ``postgres`` when we are root."""

    def __init__(self) -> None:
        if os.geteuid() == 0:
            pw = pwd.getpwnam("postgres")
            self.uid, self.gid, self.user = pw.pw_uid, pw.pw_gid, "postgres"
        else:
            self.uid, self.gid, self.user = os.getuid(), os.getgid(), None

    def popen_args(self) -> dict:
        if self.user is None:
            return {}
        return {"user": self.uid, "group": self.gid, "extra_groups": []}

    def own(self, path: Path) -> None:
        if self.user is not None:
            os.chown(path, self.uid, self.gid)

    def mkdir(self, path: Path) -> Path:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.own(path)
        return path

    def write(self, path: Path, text: str, mode: int = 0o600) -> Path:
        path.write_text(text, encoding="utf-8")
        os.chmod(path, mode)
        self.own(path)
        return path


def _clean_env(home: Path) -> dict[str, str]:
    return {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
    }


def _children(pid: int) -> list[int]:
    """Direct children of ``pid`` (from /proc)."""
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out


def _is_postmaster_of(pid: int, data_dir: Path) -> bool:
    """Whether ``pid`` is (still) the postmaster of ``data_dir``: a pid read from a file may
    have been reused by another process since, which must never be signalled."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    return str(data_dir).encode() in b" ".join(cmdline) or any(
        a.startswith(b"--config-file=" + str(data_dir).encode()) for a in cmdline
    )


def _kill_postmaster(pid: int, data_dir: Path) -> None:
    """SIGKILL a postmaster we started (checked) and all of its processes."""
    if not _is_postmaster_of(pid, data_dir):
        return
    for child in _children(pid):
        _kill(child)
    _kill(pid)


def _kill(pid: int, sig: int = signal.SIGKILL) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.kill(pid, sig)


def _wait_for(what: str, check, timeout: float, interval: float = 0.1, *, explain=None):
    """Call ``check`` until it returns something other than None or False, and return that.

    (Not "until it is truthy": a check may answer 0, the first member's index. A falsy test
    here once made every failover to member 0 look like no failover at all, VAULT.md 10.8.)
    ``explain``: called on a timeout, its text joins the error (what the servers said), so a
    failure names its cause.
    """
    deadline = time.monotonic() + timeout
    last: BaseException | None = None
    while time.monotonic() < deadline:
        try:
            result = check()
            if result is not None and result is not False:
                return result
        except Exception as exc:  # not up yet
            last = exc
        time.sleep(interval)
    message = f"{what} did not happen within {timeout:.0f} s (last error: {last!r})"
    if explain is not None:
        try:
            message += "\n" + explain()
        except Exception as exc:  # noqa: BLE001 - the timeout is the error to report
            message += f"\n(no explanation: {exc!r})"
    raise TimeoutError(message)


def _tail(path: Path, lines: int, skip: tuple[str, ...] = ()) -> str:
    """The last ``lines`` lines of a log, without those containing any of ``skip``."""
    try:
        with path.open("rb") as f:
            f.seek(max(0, path.stat().st_size - 400_000))
            text = f.read().decode("utf-8", "replace")
    except OSError as exc:
        return f"  ({path.name}: {exc})"
    kept = [line for line in text.splitlines() if not any(s in line for s in skip)]
    return "\n".join("  " + line[:400] for line in kept[-lines:])


def connect(url: str, **kw):
    import psycopg

    return psycopg.connect(url, autocommit=True, connect_timeout=5, **kw)


# ---------------------------------------------------------------------------- standalone


class PgServer:
    """One PostgreSQL server in its own directory, trust authentication on 127.0.0.1."""

    def __init__(self, base: Path | None = None, *, fsync: bool = True) -> None:
        self.owner = _Owner()
        self._own_base = base is None
        self.base = Path(base or tempfile.mkdtemp(prefix="backupgui-pg-"))
        self.owner.own(self.base)
        os.chmod(self.base, 0o700)
        self.bindir = pg_bindir()
        assert self.bindir is not None, INSTALL_HINT
        self.data = self.base / "data"
        self.port = free_port()
        self.fsync = fsync
        self.proc: subprocess.Popen | None = None
        self.log = self.base / "postgres.log"

    def _run(self, *args: str) -> None:
        subprocess.run(
            [str(self.bindir / args[0]), *args[1:]], check=True, capture_output=True,
            env=_clean_env(self.base), timeout=120, **self.owner.popen_args(),
        )  # fmt: skip

    def init(self) -> PgServer:
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust",
                  "-E", "UTF8", "--no-locale", "--no-sync")  # fmt: skip
        with (self.data / "postgresql.conf").open("a", encoding="utf-8") as f:
            f.write(
                f"\nlisten_addresses = '127.0.0.1'\nport = {self.port}\n"
                f"unix_socket_directories = '{self.base}'\nmax_connections = 300\n"
                f"fsync = {'on' if self.fsync else 'off'}\n"
                "wal_level = replica\nmax_wal_senders = 4\n"
            )
        return self

    def start(self) -> PgServer:
        logf = self.log.open("ab")
        self.proc = subprocess.Popen(
            [str(self.bindir / "postgres"), "-D", str(self.data)],
            stdout=logf, stderr=subprocess.STDOUT, env=_clean_env(self.base),
            **self.owner.popen_args(),
        )  # fmt: skip
        logf.close()
        _wait_for("PostgreSQL start", lambda: connect(self.url("postgres")).close() or True, 60)
        return self

    def url(self, dbname: str, user: str = "postgres") -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{dbname}"

    def create_database(self, name: str) -> str:
        with connect(self.url("postgres")) as c:
            c.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        with connect(self.url("postgres")) as c:
            c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)  # fast shutdown
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill9()

    def kill9(self) -> None:
        """A crash: SIGKILL the postmaster and every backend."""
        if self.proc and self.proc.poll() is None:
            for child in _children(self.proc.pid):
                _kill(child)
            _kill(self.proc.pid)
            self.proc.wait()

    def base_backup(self, target: Path) -> None:
        """``pg_basebackup`` of the running server into ``target`` (WAL included)."""
        self.owner.mkdir(target.parent)
        self._run("pg_basebackup", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres",
                  "-D", str(target), "-X", "stream", "-c", "fast")  # fmt: skip

    def init_standby(self, primary: PgServer) -> PgServer:
        """Make this (new) server a streaming standby of ``primary`` (``pg_basebackup -R``)."""
        self._run("pg_basebackup", "-h", "127.0.0.1", "-p", str(primary.port), "-U", "postgres",
                  "-D", str(self.data), "-X", "stream", "-c", "fast", "-R")  # fmt: skip
        with (self.data / "postgresql.conf").open("a", encoding="utf-8") as f:
            f.write(f"\nport = {self.port}\nunix_socket_directories = '{self.base}'\n")
        return self

    def promote(self) -> None:
        """End this standby's recovery: it becomes a primary on the next timeline."""
        self._run("pg_ctl", "promote", "-w", "-D", str(self.data))

    def restore(self, backup: Path) -> None:
        """Replace the (stopped) server's data directory with a copy of ``backup``."""
        assert self.proc is None or self.proc.poll() is not None, "stop the server first"
        shutil.rmtree(self.data)
        shutil.copytree(backup, self.data, symlinks=True)
        for p in [self.data, *self.data.rglob("*")]:
            self.owner.own(p)
        os.chmod(self.data, 0o700)

    def close(self) -> None:
        self.stop()
        release_ports([self.port])
        if self._own_base:
            shutil.rmtree(self.base, ignore_errors=True)


# ---------------------------------------------------------------------------- etcd


class EtcdCluster:
    """Three etcd members on 127.0.0.1 (the DCS Patroni keeps its leader lock in)."""

    def __init__(self, base: Path, n: int = 3) -> None:
        self.base = base
        ports = free_ports(2 * n)
        self.client_ports, self.peer_ports = ports[:n], ports[n:]
        self.names = [f"etcd{i}" for i in range(n)]
        self.procs: list[subprocess.Popen | None] = [None] * n

    @property
    def hosts(self) -> list[str]:
        return [f"127.0.0.1:{p}" for p in self.client_ports]

    def start(self) -> EtcdCluster:
        initial = ",".join(
            f"{name}=http://127.0.0.1:{p}"
            for name, p in zip(self.names, self.peer_ports, strict=True)
        )
        for i in range(len(self.names)):
            self._start_member(i, initial, "new")
        _wait_for("etcd quorum", self.healthy, 60, 0.2)
        return self

    def _start_member(self, i: int, initial: str, state: str) -> None:
        name = self.names[i]
        data = self.base / name
        data.mkdir(parents=True, exist_ok=True)
        logf = (self.base / f"{name}.log").open("ab")
        self.procs[i] = subprocess.Popen(
            [
                ETCD, "--name", name, "--data-dir", str(data),
                "--listen-client-urls", f"http://127.0.0.1:{self.client_ports[i]}",
                "--advertise-client-urls", f"http://127.0.0.1:{self.client_ports[i]}",
                "--listen-peer-urls", f"http://127.0.0.1:{self.peer_ports[i]}",
                "--initial-advertise-peer-urls", f"http://127.0.0.1:{self.peer_ports[i]}",
                "--initial-cluster", initial, "--initial-cluster-state", state,
                "--initial-cluster-token", f"backupgui-{os.getpid()}",
                "--heartbeat-interval", "100", "--election-timeout", "1000",
                "--enable-v2=true",  # Patroni < 3.0.3 is run on the v2 API (dcs_api)
                "--logger", "zap", "--log-level", "warn",
            ],
            stdout=logf, stderr=subprocess.STDOUT, env=_clean_env(self.base),
        )  # fmt: skip
        logf.close()

    def healthy(self, members: list[int] | None = None) -> bool:
        for i in members if members is not None else range(len(self.names)):
            if self.procs[i] is None or self.procs[i].poll() is not None:
                continue
            with urllib.request.urlopen(
                f"http://127.0.0.1:{self.client_ports[i]}/health", timeout=2
            ) as r:
                if json.loads(r.read()).get("health") != "true":
                    return False
        return True

    def put(self, key: str, value: str) -> None:
        """Write ``key`` through etcd's v3 API (what a DCS client with a bug, or a hand, does)."""
        live = [h for i, h in enumerate(self.hosts)
                if self.procs[i] is not None and self.procs[i].poll() is None]  # fmt: skip
        subprocess.run(
            [ETCDCTL, "--endpoints", ",".join(f"http://{h}" for h in live), "put", key, value],
            check=True, capture_output=True, timeout=30, env={**_clean_env(self.base),
                                                             "ETCDCTL_API": "3"},
        )  # fmt: skip

    def alive(self) -> list[int]:
        return [i for i, p in enumerate(self.procs) if p is not None and p.poll() is None]

    def read_prefix(self, prefix: str, api: str = "etcd3") -> dict[str, str]:
        """Every key under ``prefix`` as one live member sees it (etcd's v3 JSON gateway, or
        the v2 API Patroni < 3.0.3 writes to), for diagnostics; raises if none answers."""
        last: Exception | None = None
        for i in self.alive():
            base = f"http://127.0.0.1:{self.client_ports[i]}"
            try:
                if api == "etcd3":
                    end = prefix[:-1] + chr(ord(prefix[-1]) + 1)
                    body = json.dumps({"key": base64.b64encode(prefix.encode()).decode(),
                                       "range_end": base64.b64encode(end.encode()).decode()})
                    req = urllib.request.Request(base + "/v3/kv/range", data=body.encode(),
                                                 method="POST")  # fmt: skip
                    with urllib.request.urlopen(req, timeout=2) as r:
                        kvs = json.loads(r.read()).get("kvs", [])
                    return {base64.b64decode(kv["key"]).decode(): base64.b64decode(
                        kv.get("value", "")).decode("utf-8", "replace") for kv in kvs}
                try:
                    with urllib.request.urlopen(
                            f"{base}/v2/keys{prefix.rstrip('/')}?recursive=true", timeout=2) as r:
                        node = json.loads(r.read())["node"]
                except urllib.error.HTTPError as exc:
                    if exc.code == 404:  # no such key
                        return {}
                    raise
                out: dict[str, str] = {}
                stack = [node]
                while stack:
                    n = stack.pop()
                    stack.extend(n.get("nodes", []))
                    if "value" in n:
                        out[n["key"]] = n["value"]
                return out
            except (OSError, ValueError, KeyError) as exc:
                last = exc
        raise RuntimeError(f"no etcd member answered ({last!r})")

    def kill(self, i: int) -> None:
        proc = self.procs[i]
        if proc and proc.poll() is None:
            proc.kill()
            proc.wait()

    def close(self) -> None:
        for proc in self.procs:
            if proc and proc.poll() is None:
                proc.terminate()
        for proc in self.procs:
            if proc:
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
        release_ports([*self.client_ports, *self.peer_ports])


# ---------------------------------------------------------------------------- Patroni


class PatroniCluster:
    """A PostgreSQL primary and two streaming standbys under Patroni, over 3-member etcd.

    Commits wait for one of the standbys (``ANY 1``); Patroni promotes the most advanced
    standby when the primary is lost, so every commit that was acknowledged survives.
    """

    SCOPE = "backupgui-vault"

    def __init__(self, n: int = 3, *, base: Path | None = None, patroni: str | None = None,
                 dcs: str | None = None, sync: str | None = None) -> None:  # fmt: skip
        """``patroni``: that executable (its patronictl beside it) instead of PATRONI;
        ``dcs``: ``etcd`` or ``etcd3`` instead of what :func:`dcs_api` picks; ``sync``:
        ``ours`` or ``quorum`` instead of ``BACKUPGUI_PATRONI_SYNC``."""
        self.patroni = patroni or PATRONI
        self.patronictl = (str(Path(patroni).with_name("patronictl")) if patroni
                           else PATRONICTL)  # fmt: skip
        self.owner = _Owner()
        self.base = Path(base or tempfile.mkdtemp(prefix="backupgui-patroni-"))
        os.chmod(self.base, 0o755)
        self.bindir = pg_bindir()
        assert self.bindir is not None, INSTALL_HINT
        self.names = [f"pg{i}" for i in range(n)]
        ports = free_ports(2 * n)
        self.pg_ports, self.api_ports = ports[:n], ports[n:]
        self.etcd = EtcdCluster(self.base / "etcd")
        self.dcs = dcs or dcs_api(self.patroni)
        #: ``BACKUPGUI_PATRONI_SYNC=quorum``: Patroni's quorum commit (>= 4.0) instead of our
        #: own ``synchronous_standby_names``.
        self.sync = sync or os.environ.get("BACKUPGUI_PATRONI_SYNC") or "ours"
        self.procs: list[subprocess.Popen | None] = [None] * n

    # ------------------------------------------------------------------ config

    def _config(self, i: int) -> dict:
        name = self.names[i]
        home = self.base / name
        sync_names = ",".join(self.names)
        # Every commit waits until one standby has flushed it: our own quorum, ...
        dcs_sync: dict = {"synchronous_mode": False}
        pg_sync = {"synchronous_standby_names": f"ANY 1 ({sync_names})"}
        if self.sync == "quorum":
            # ... or Patroni's (>= 4.0): it sets 'ANY 1 (...)' itself to the standbys that
            # stream, and promotes only one the quorum says has every acknowledged commit;
            # strict: with no standby left, commits wait (as ours do) instead of going on
            # unreplicated.
            dcs_sync, pg_sync = {"synchronous_mode": "quorum", "synchronous_node_count": 1,
                                 "synchronous_mode_strict": True}, {}
        return {
            "scope": self.SCOPE,
            "namespace": "/backupgui/",
            "name": name,
            "log": {"level": "INFO", "dir": str(home), "file_num": 2},
            "restapi": {
                "listen": f"127.0.0.1:{self.api_ports[i]}",
                "connect_address": f"127.0.0.1:{self.api_ports[i]}",
            },
            self.dcs: {"hosts": self.etcd.hosts, "protocol": "http"},
            "bootstrap": {
                "dcs": {
                    "ttl": 10,
                    "loop_wait": 1,
                    "retry_timeout": 3,
                    "maximum_lag_on_failover": 1048576,
                    # A crashed primary is failed over at once, not restarted in place.
                    "primary_start_timeout": 0,
                    **dcs_sync,
                    "postgresql": {
                        "use_pg_rewind": True,
                        "use_slots": True,
                        "parameters": {
                            **pg_sync,
                            "synchronous_commit": "on",
                            "wal_level": "replica",
                            "hot_standby": "on",
                            "wal_log_hints": "on",
                            "max_wal_senders": 10,
                            "max_replication_slots": 10,
                            "wal_keep_size": "64MB",
                            "max_connections": 300,
                        },
                    },
                },
                "initdb": [{"encoding": "UTF8"}, "no-locale", "no-sync"],
                "pg_hba": [
                    "local all all trust",
                    "host replication replicator 127.0.0.1/32 trust",
                    "host all all 127.0.0.1/32 trust",
                ],
            },
            "postgresql": {
                "listen": f"127.0.0.1:{self.pg_ports[i]}",
                "connect_address": f"127.0.0.1:{self.pg_ports[i]}",
                "data_dir": str(home / "data"),
                "bin_dir": str(self.bindir),
                "pgpass": str(home / "pgpass"),
                "authentication": {
                    "superuser": {"username": "postgres", "password": "unused-trust-auth"},
                    "replication": {"username": "replicator", "password": "unused-trust-auth"},
                    "rewind": {"username": "postgres", "password": "unused-trust-auth"},
                },
                "parameters": {"unix_socket_directories": str(home)},
            },
            "tags": {"nofailover": False, "noloadbalance": False},
        }

    # ------------------------------------------------------------------ lifecycle

    def start(self, timeout: float = 120) -> PatroniCluster:
        self.etcd.start()
        for i, name in enumerate(self.names):
            home = self.owner.mkdir(self.base / name)
            # JSON is YAML: no YAML writer needed.
            self.owner.write(home / "patroni.yml", json.dumps(self._config(i), indent=1))
            self.start_member(i)
            if i == 0:  # let pg0 bootstrap first, the others then clone it
                self.wait("the first primary", lambda: self.leader() == 0, timeout, 0.2)
        self.wait_healthy(timeout)
        with connect(self.member_url(self.leader_or_fail(), "postgres")) as c:
            c.execute("CREATE ROLE vault LOGIN")
            c.execute("CREATE DATABASE vault OWNER vault")
        return self

    def start_member(self, i: int) -> None:
        home = self.base / self.names[i]
        logf = (home / "patroni.out").open("ab")
        self.procs[i] = subprocess.Popen(
            [self.patroni, str(home / "patroni.yml")],
            stdout=logf, stderr=subprocess.STDOUT, env=_clean_env(home),
            **self.owner.popen_args(),
        )  # fmt: skip
        logf.close()

    def _api(self, i: int, path: str) -> int:
        try:
            with urllib.request.urlopen(
                f"http://127.0.0.1:{self.api_ports[i]}{path}", timeout=2
            ) as r:
                return r.status
        except urllib.error.HTTPError as exc:
            return exc.code
        except OSError:
            return 0

    def leader_key(self) -> str:
        """The DCS key of Patroni's leader lock."""
        return f"{self.dcs_prefix()}leader"

    def leader(self) -> int | None:
        """The member that is primary now, per Patroni (None during a failover): the holder of
        the leader key in etcd, if its Patroni says it is the primary (``GET /primary``; 200
        while it holds the key, whatever its PostgreSQL does). Only when no etcd member
        answers are all members asked. (Each ``GET /primary`` runs a query on that member's
        PostgreSQL over Patroni's one REST connection: the waits poll this every 0.1 s, and
        asking every member so often crowded the standbys' answers to the health checks
        Patroni itself makes in a failover, docs/VAULT.md 10.8.)"""
        try:
            holder = self.etcd.read_prefix(self.leader_key(), self.dcs).get(self.leader_key())
        except RuntimeError:
            candidates = range(len(self.names))
        else:
            if holder not in self.names:
                return None
            candidates = [self.names.index(holder)]
        for i in candidates:
            if self.procs[i] and self.procs[i].poll() is None and self._api(i, "/primary") == 200:
                return i
        return None

    def timeline(self, i: int) -> int | None:
        """Member ``i``'s timeline if its PostgreSQL runs as the primary, else None."""
        st = self._status(i)
        # ("master" on Patroni 3.0.2)
        if st.get("role") in ("primary", "master") and st.get("state") == "running":
            return st.get("timeline")
        return None

    def leader_or_fail(self) -> int:
        leader = self.leader()
        assert leader is not None, "no primary"
        return leader

    def replicas(self) -> list[int]:
        return [i for i in range(len(self.names)) if self._api(i, "/replica") == 200]

    def streaming(self) -> int:
        """How many standbys stream from the primary now."""
        leader = self.leader()
        if leader is None:
            return 0
        with connect(self.member_url(leader, "postgres")) as c:
            return c.execute(
                "SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'"
            ).fetchone()[0]

    def wait_healthy(self, timeout: float = 120, standbys: int | None = None) -> None:
        want = len(self.names) - 1 if standbys is None else standbys
        self.wait(
            f"a primary with {want} streaming standbys",
            lambda: self.leader() is not None
            and self.streaming() >= want
            and len(self.replicas()) >= want,
            timeout,
            0.3,
        )

    def member_url(self, i: int, dbname: str = "vault", user: str = "postgres") -> str:
        return f"postgresql://{user}@127.0.0.1:{self.pg_ports[i]}/{dbname}"

    def url(self, dbname: str = "vault", user: str = "vault") -> str:
        """The libpq multi-host URL the vault nodes use: whichever member is primary."""
        hosts = ",".join(f"127.0.0.1:{p}" for p in self.pg_ports)
        return f"postgresql://{user}@{hosts}/{dbname}?target_session_attrs=read-write"

    def data_dir(self, i: int) -> Path:
        return self.base / self.names[i] / "data"

    def postmaster_pid(self, i: int) -> int | None:
        pidfile = self.data_dir(i) / "postmaster.pid"
        try:
            return int(pidfile.read_text().split()[0])
        except (OSError, ValueError, IndexError):
            return None

    def kill_postgres(self, i: int) -> None:
        """``kill -9`` member ``i``'s PostgreSQL: the postmaster and all its processes."""
        pid = self.postmaster_pid(i)
        assert pid is not None and _is_postmaster_of(pid, self.data_dir(i))
        _kill_postmaster(pid, self.data_dir(i))

    def kill_member(self, i: int) -> None:
        """``kill -9`` of member ``i``'s machine: its Patroni and its PostgreSQL."""
        proc = self.procs[i]
        assert proc is not None and proc.poll() is None
        pm = self.postmaster_pid(i)
        _kill(proc.pid)
        proc.wait()
        if pm is not None and _is_postmaster_of(pm, self.data_dir(i)):
            _kill_postmaster(pm, self.data_dir(i))

    def wal_receiver_pid(self, i: int) -> int:
        """The walreceiver process of standby ``i``."""
        with connect(self.member_url(i, "postgres")) as c:
            row = c.execute("SELECT pid FROM pg_stat_wal_receiver").fetchone()
        assert row is not None, f"{self.names[i]} receives no WAL"
        return int(row[0])

    def wait_failover(self, old: int, timeout: float = 150) -> int:
        # ttl is 10 s, so a quiet machine promotes within ~15 s; the bound is for a loaded one
        # (a CI runner or a shared machine), where 60 s was seen to be too short.
        def promoted() -> int | None:
            now = self.leader()
            return now if now is not None and now != old else None

        return self.wait("a standby promoted by Patroni", promoted, timeout, 0.1)

    def wait_primary_after_crash(self, old: int, old_timeline: int, timeout: float = 150) -> int:
        """After ``old``'s PostgreSQL crashed (``kill_postgres``): the member that is the
        primary again, on a newer timeline. A standby Patroni promoted, or ``old`` itself:
        with ``primary_start_timeout: 0`` Patroni fails over only if a standby answers its
        health check (``GET /patroni``, 2 s, no retry) when it finds the crash or during the
        crash recovery; else it restarts PostgreSQL in place, keeps the leader key and
        promotes it again (docs/VAULT.md 10.8)."""
        def back() -> int | None:
            now = self.leader()
            if now is None:
                return None
            if now != old:
                return now
            tl = self.timeline(old)
            return old if tl is not None and tl > old_timeline else None

        return self.wait("a primary again after the crash", back, timeout, 0.1)

    # ------------------------------------------------------------------ diagnostics

    def wait(self, what: str, check, timeout: float, interval: float = 0.1):
        """:func:`_wait_for` that, on a timeout, says what the cluster did meanwhile: every
        change of the members' states seen during the wait (sampled every 2 s), then
        :meth:`describe` (the DCS keys, ``patronictl list``, the logs' tails)."""
        seen: list[str] = []
        t0 = time.monotonic()
        next_sample = [t0]

        def sampled():
            now = time.monotonic()
            if now >= next_sample[0]:
                next_sample[0] = now + 2
                with contextlib.suppress(Exception):
                    state = self.snapshot()
                    if not seen or seen[-1].split(" ", 1)[1] != state:
                        seen.append(f"+{now - t0:.1f}s {state}")
            return check()

        def explain() -> str:
            return ("member states during the wait (changes):\n"
                    + "\n".join("  " + line for line in seen[-40:]) + "\n" + self.describe())

        return _wait_for(what, sampled, timeout, interval, explain=explain)

    def _status(self, i: int) -> dict:
        """Member ``i``'s own account (Patroni's ``GET /patroni``), or why there is none."""
        if self.procs[i] is None or self.procs[i].poll() is not None:
            return {"error": "Patroni not running"}
        try:
            with urllib.request.urlopen(
                f"http://127.0.0.1:{self.api_ports[i]}/patroni", timeout=2
            ) as r:
                return json.loads(r.read())
        except (OSError, ValueError) as exc:
            return {"error": f"no answer ({exc})"}

    def snapshot(self) -> str:
        """One line: each member's role, state, timeline and WAL position as it says, the
        holder of the leader key and the last leader optime in etcd."""
        parts = []
        for i, name in enumerate(self.names):
            st = self._status(i)
            if "error" in st:
                parts.append(f"{name}: {st['error']}")
                continue
            xlog = st.get("xlog", {})
            lsn = xlog.get("location") or xlog.get("received_location") or xlog.get(
                "replayed_location")
            parts.append(f"{name}: {st.get('role')}/{st.get('state')} tl{st.get('timeline')} "
                         f"lsn {lsn}")  # fmt: skip
        try:
            keys = self.etcd.read_prefix(self.dcs_prefix(), self.dcs)
            # The leader's last WAL position: in /status (or the legacy /optime/leader).
            optime = keys.get(self.dcs_prefix() + "optime/leader")
            with contextlib.suppress(KeyError, ValueError, TypeError, AttributeError):
                optime = json.loads(keys[self.dcs_prefix() + "status"]).get("optime", optime)
            parts.append(f"leader key: {keys.get(self.leader_key())}, optime: {optime}")
        except RuntimeError as exc:
            parts.append(f"etcd: {exc}")
        return "; ".join(parts)

    def dcs_prefix(self) -> str:
        return f"/backupgui/{self.SCOPE}/"

    def describe(self, lines: int = 40) -> str:
        """Everything that says why the cluster is as it is: each member's process and
        account of itself, etcd's members and keys, ``patronictl list``, and the tail of every
        Patroni, PostgreSQL and etcd log (Patroni's once-a-second "no action" lines left
        out)."""
        out = ["cluster now:"]
        for i, name in enumerate(self.names):
            out.append(f"  {name} (pg {self.pg_ports[i]}, api {self.api_ports[i]}): "
                       f"{json.dumps(self._status(i))[:600]}")  # fmt: skip
        out.append(f"  etcd members alive: {[self.etcd.names[i] for i in self.etcd.alive()]}")
        try:
            for key, value in sorted(self.etcd.read_prefix(self.dcs_prefix(), self.dcs).items()):
                out.append(f"  {key} = {value[:400]}")
        except RuntimeError as exc:
            out.append(f"  etcd keys: {exc}")
        live = [i for i, p in enumerate(self.procs) if p is not None and p.poll() is None]
        if live:
            try:
                done = subprocess.run(
                    [self.patronictl, "-c", str(self.base / self.names[live[0]] / "patroni.yml"),
                     "list"], capture_output=True, text=True, timeout=30,
                    env=_clean_env(self.base),
                )  # fmt: skip
                out.append("patronictl list:\n" + (done.stdout + done.stderr).rstrip())
            except (OSError, subprocess.TimeoutExpired) as exc:
                out.append(f"patronictl list: {exc!r}")
        for name in self.names:
            home = self.base / name
            out.append(f"{name} patroni.log (tail):")
            out.append(_tail(home / "patroni.log", lines, skip=(": no action. ",)))
            out.append(f"{name} PostgreSQL log (tail):")
            out.append(_tail(home / "patroni.out", lines // 2))
        for name in self.etcd.names:
            out.append(f"{name}.log (tail):")
            out.append(_tail(self.etcd.base / f"{name}.log", 8))
        return "\n".join(out)

    def switchover(self, candidate: int, timeout: float = 120) -> str:
        """What an operator does before upgrading the primary's server: ``patronictl
        switchover`` to ``candidate`` (a standby). Patroni stops the primary cleanly, waits
        for the candidate to have all of its WAL, promotes it and restarts the old primary as
        a standby. Returns patronictl's output."""
        leader = self.leader_or_fail()
        done = subprocess.run(
            [self.patronictl, "-c", str(self.base / self.names[candidate] / "patroni.yml"),
             "switchover", "--leader", self.names[leader],
             "--candidate", self.names[candidate], "--force", self.SCOPE],
            capture_output=True, text=True, timeout=timeout, env=_clean_env(self.base),
        )  # fmt: skip
        if done.returncode != 0 or "Successfully" not in done.stdout:
            raise RuntimeError(f"patronictl switchover failed: {done.stdout}{done.stderr}")
        return done.stdout

    def save_logs(self, target: Path) -> None:
        """Copy every member's Patroni and PostgreSQL logs, and etcd's, to ``target``."""
        target.mkdir(parents=True, exist_ok=True)
        for name in self.names:
            home = self.base / name
            for log in [*home.glob("patroni.log*"), home / "patroni.out",
                        *(home / "data" / "log").glob("*")]:  # fmt: skip
                if log.is_file():
                    shutil.copy(log, target / f"{name}-{log.name}")
        for log in self.etcd.base.glob("*.log"):
            shutil.copy(log, target / log.name)

    def close(self) -> None:
        keep = os.environ.get("BACKUPGUI_CLUSTER_LOGS")
        if keep:
            with contextlib.suppress(OSError):
                self.save_logs(Path(keep) / time.strftime("%Y%m%d-%H%M%S"))
        for proc in self.procs:
            if proc and proc.poll() is None:
                proc.terminate()  # Patroni stops its PostgreSQL
        for i, proc in enumerate(self.procs):
            if proc:
                try:
                    proc.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
            pid = self.postmaster_pid(i)
            if pid is not None:
                _kill_postmaster(pid, self.data_dir(i))
        self.etcd.close()
        release_ports([*self.pg_ports, *self.api_ports])
        shutil.rmtree(self.base, ignore_errors=True)


@contextlib.contextmanager
def patroni_cluster(**kw) -> Iterator[PatroniCluster]:
    cluster = PatroniCluster(**kw)
    try:
        yield cluster.start()
    finally:
        cluster.close()
