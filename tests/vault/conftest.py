"""Fixtures for the vault tests: the opaque-ke interop peer and a real vault process."""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import re
import selectors
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from backupgui.vault.ksf import Argon2idParams

from . import cluster

HERE = Path(__file__).parent
INTEROP_DIR = HERE / "interop"
NPM_HINT = "npm ci --prefix tests/vault/interop"


class NodePeer:
    """A running ``node tests/vault/interop/peer.js``; JSON lines over stdin/stdout."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            ["node", str(INTEROP_DIR / "peer.js")],
            cwd=INTEROP_DIR,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def call(self, op: str, **params: object) -> object:
        assert self.proc.stdin and self.proc.stdout
        self.proc.stdin.write(json.dumps({"op": op, "params": params}) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(
                "interop peer exited: " + (self.proc.stderr.read() if self.proc.stderr else "")
            )
        reply = json.loads(line)
        if not reply["ok"]:
            raise RuntimeError(f"{op}: {reply['error']}")
        return reply["result"]

    def close(self) -> None:
        if self.proc.stdin:
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


@pytest.fixture(scope="session")
def opaque_peer() -> Iterator[NodePeer]:
    if shutil.which("node") is None:
        pytest.skip("node is not installed; the opaque-ke interop tests need Node.js >= 18")
    if not (INTEROP_DIR / "node_modules" / "@serenity-kit" / "opaque" / "package.json").exists():
        pytest.skip(f"@serenity-kit/opaque is not installed; run: {NPM_HINT}")
    peer = NodePeer()
    try:
        version = peer.call("version")
        if version != "1.1.0":
            pytest.skip(
                f"@serenity-kit/opaque {version} installed, 1.1.0 required; run: {NPM_HINT}"
            )
        yield peer
    finally:
        peer.close()


# ---------------------------------------------------------------------------- real vault

REPO = HERE.parent.parent
PKCS11_MODULE = os.environ.get("BACKUPGUI_TEST_PKCS11_MODULE", "/usr/lib/softhsm/libsofthsm2.so")
TOKEN_LABEL = "backupgui-vault-test"
TEST_PIN = "test-user-pin-7f3a"
#: Cheap Argon2id for tests only; production default is 64 MiB, t=3, p=4.
TEST_KSF = Argon2idParams(memory_kib=256, iterations=1, parallelism=1)


@pytest.fixture(scope="session")
def hsm_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """A fresh SoftHSM2 token with the sealing key, created by ``backupgui-vault init-dev-token``."""
    if not Path(PKCS11_MODULE).exists():
        pytest.skip(
            f"SoftHSM2 is not installed ({PKCS11_MODULE} missing); "
            "install it with: apt-get install -y softhsm2"
        )
    base = tmp_path_factory.mktemp("softhsm")
    env = dict(os.environ)
    env.update(
        {
            "PYTHONPATH": str(REPO) + os.pathsep + env.get("PYTHONPATH", ""),
            "BACKUPGUI_VAULT_PIN": TEST_PIN,
            "SOFTHSM2_CONF": str(base / "softhsm2.conf"),
        }
    )
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "backupgui.services.vault_server",
            "init-dev-token",
            "--dir",
            str(base),
            "--token-label",
            TOKEN_LABEL,
            "--pkcs11-module",
            PKCS11_MODULE,
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    if out.returncode != 0:
        pytest.fail(f"init-dev-token failed: {out.stderr}")
    env["BACKUPGUI_TEST_HSM_DIR"] = str(base)
    return env


CLIENT_ID = "emulator-client.apps.googleusercontent.com"


@pytest.fixture(scope="session")
def oidc_issuer(tmp_path_factory: pytest.TempPathFactory) -> Iterator:
    """The Drive emulator as the OpenID Connect issuer (own RSA key, JWKS, ID tokens)."""
    from backupgui.services.drive_emulator import DriveEmulator

    emu = DriveEmulator(tmp_path_factory.mktemp("issuer"), email="owner@example.com").start()
    try:
        yield emu
    finally:
        emu.stop()


def skip_or_fail(reason: str) -> None:
    """Skip where a server is missing on a developer's machine; fail in CI, which installs it."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI must install it: {cluster.INSTALL_HINT})")
    pytest.skip(f"{reason}; install it with: {cluster.INSTALL_HINT}")


@pytest.fixture(scope="session")
def pg_server() -> Iterator[cluster.PgServer]:
    """One real PostgreSQL for the session; each test gets its own databases in it."""
    why = cluster.missing_tools()
    if why:
        skip_or_fail(why)
    server = cluster.PgServer().init().start()
    try:
        yield server
    finally:
        server.close()


_db_counter = itertools.count()


class Database:
    """A vault database as the tests see it: SQLite file or PostgreSQL database."""

    def __init__(self, backend: str, path: Path | None = None,
                 server: cluster.PgServer | None = None, name: str = "") -> None:  # fmt: skip
        self.backend, self.path, self.server, self.name = backend, path, server, name

    @property
    def spec(self) -> str:
        if self.backend == "sqlite":
            return str(self.path)
        assert self.server is not None
        return self.server.url(self.name)

    def execute(self, sql: str, params: tuple = ()) -> list[tuple]:
        """Run one statement (``?`` placeholders) and return its rows."""
        if self.backend == "sqlite":
            with sqlite3.connect(self.path) as c:
                return c.execute(sql, params).fetchall()
        with cluster.connect(self.spec) as c:
            cur = c.execute(sql.replace("?", "%s"), params)
            return [tuple(r) for r in cur.fetchall()] if cur.description else []

    def row(self, user_id: str) -> tuple:
        """(state, attempts, sealed is null) of a record."""
        (r,) = self.execute(
            "SELECT state, attempts, sealed IS NULL FROM records WHERE user_id = ?", (user_id,)
        )
        return r[0], r[1], int(bool(r[2]))

    def reset(self) -> None:
        """Put an empty database in its place (the vault makes new server keys)."""
        if self.backend == "sqlite":
            assert self.path is not None
            for p in self.path.parent.glob(self.path.name + "*"):
                p.rename(p.with_name(p.name + ".old"))
        else:
            assert self.server is not None
            self.server.drop_database(self.name)
            self.server.create_database(self.name)

    def files(self) -> list[Path]:
        """Every file on disk that holds this database's data (or, for PostgreSQL, the whole
        server's data directory: tables, indexes and WAL)."""
        if self.backend == "sqlite":
            assert self.path is not None
            return [p for p in self.path.parent.iterdir() if p.name.startswith(self.path.name)]
        assert self.server is not None
        with cluster.connect(self.server.url("postgres")) as c:
            c.execute("CHECKPOINT")
        return [p for p in self.server.data.rglob("*") if p.is_file()]

    def dump(self) -> bytes:
        """Every row of every table as text."""
        if self.backend == "sqlite":
            with sqlite3.connect(self.path) as c:
                return "\n".join(c.iterdump()).encode()
        out = []
        with cluster.connect(self.spec) as c:
            tables = [r[0] for r in c.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'").fetchall()]  # fmt: skip
            for t in tables:
                for r in c.execute(f'SELECT * FROM "{t}"').fetchall():
                    out.append(repr(tuple(r)))
        return "\n".join(out).encode()


class VaultProcess:
    """``backupgui-vault serve`` as a real subprocess with a real SoftHSM2 token."""

    def __init__(self, env: dict[str, str], db: Database | Path | str, *extra: str) -> None:
        if not isinstance(db, Database):
            from backupgui.vault.store import is_postgres_url

            db = str(db) if is_postgres_url(str(db)) else Database("sqlite", Path(db))
        self.env, self.extra = env, list(extra)
        self.database: Database | str = db
        self.port = 0
        self.proc: subprocess.Popen | None = None
        self.log: tempfile._TemporaryFileWrapper | None = None
        self._logs: list[str] = []
        self.url = ""

    @property
    def db_spec(self) -> str:
        return self.database if isinstance(self.database, str) else self.database.spec

    def start(self, *, expect_failure: bool = False) -> VaultProcess:
        args = [
            sys.executable, "-m", "backupgui.services.vault_server", "serve",
            "--db", self.db_spec, "--host", "127.0.0.1", "--port", str(self.port),
            "--pkcs11-module", PKCS11_MODULE, "--token-label", TOKEN_LABEL,
            "--rate-per-minute", "100000", "--rate-burst", "100000", *self.extra,
        ]  # fmt: skip
        # stderr goes to a file: a pipe nobody reads would stall a node that logs a lot
        # (a failover makes every node log its reconnection attempts).
        self.log = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed in stop()/kill()
            prefix="vault-node-", suffix=".log", delete=False
        )
        self._logs.append(self.log.name)
        self.proc = subprocess.Popen(
            args, env=self.env, stdout=subprocess.PIPE, stderr=self.log, text=True
        )
        sel = selectors.DefaultSelector()
        assert self.proc.stdout
        sel.register(self.proc.stdout, selectors.EVENT_READ)
        deadline = time.monotonic() + 60
        line = ""
        while time.monotonic() < deadline:
            if sel.select(timeout=0.2):
                line = self.proc.stdout.readline()
                break
            if self.proc.poll() is not None:
                break
        sel.close()
        if "listening on" not in line:
            if expect_failure:
                self.proc.wait(timeout=60)
                return self
            self.stop()
            raise RuntimeError("vault did not start: " + self.stderr())
        self.url = line.strip().rsplit(" ", 1)[-1]
        self.port = int(self.url.rsplit(":", 1)[-1])
        return self

    def stderr(self) -> str:
        """What the node logged so far."""
        if self.log is None:
            return ""
        return Path(self.log.name).read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def pids(self) -> list[int]:
        """The node's process and its children (its marks process), by pid."""
        if self.proc is None or self.proc.poll() is not None:
            return []
        out, todo = [], [self.proc.pid]
        while todo:
            pid = todo.pop()
            out.append(pid)
            for task in Path(f"/proc/{pid}/task").glob("*/children"):
                with contextlib.suppress(OSError):
                    todo.extend(int(c) for c in task.read_text().split())
        return out

    def signal_all(self, sig: int) -> None:
        """``sig`` to the node and its children at once: SIGSTOP is a paused container or VM
        (the node's marks process stopped too, maybe while it writes a mark: VAULT.md 10.8),
        SIGCONT wakes them."""
        for pid in self.pids():
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, sig)  # only processes this test started, by their own pids

    def kill(self) -> None:
        """SIGKILL: a crash, no clean shutdown."""
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()

    def restart(self) -> VaultProcess:
        self.stop()
        return self.start()

    def cleanup(self) -> None:
        """Stop the node and delete its log files."""
        self.stop()
        if self.log is not None:
            self.log.close()
        for name in self._logs:
            Path(name).unlink(missing_ok=True)


BACKENDS = ["sqlite", "postgresql"]


@contextlib.contextmanager
def cluster_nodes(hsm_env: dict[str, str], url: str, n: int = 3) -> Iterator[list[VaultProcess]]:
    """``n`` vault nodes on one database, sharing one SoftHSM2 token (one sealing key), each
    checking the high-water mark every 0.5 s (the cluster tests' nodes)."""
    started = [VaultProcess(hsm_env, url, "--floor-interval", "0.5").start() for _ in range(n)]
    try:
        yield started
    finally:
        for v in started:
            v.cleanup()


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """Every test that starts a vault runs once on SQLite and once on PostgreSQL."""
    return request.param


@pytest.fixture
def vault_factory(
    backend: str,
    hsm_env: dict[str, str],
    tmp_path: Path,
    oidc_issuer,
    request: pytest.FixtureRequest,
) -> Iterator:
    """Start vault processes: ``vault_factory(db_name="vault.sqlite", *extra_args)``.

    The same ``db_name`` twice in one test is the same database (two nodes, one vault).
    They accept ID tokens from ``oidc_issuer`` (the Drive emulator) for ``CLIENT_ID``; the
    JWKS is found through the issuer's discovery document.
    """
    started: list[VaultProcess] = []
    databases: dict[str, Database] = {}
    server = request.getfixturevalue("pg_server") if backend == "postgresql" else None
    oidc = ("--oidc-issuer", oidc_issuer.issuer, "--oidc-audience", CLIENT_ID)

    def database(db_name: str) -> Database:
        if db_name not in databases:
            if server is None:
                databases[db_name] = Database("sqlite", tmp_path / db_name)
            else:
                name = f"t{next(_db_counter)}_{re.sub(r'[^a-z0-9]', '_', db_name.lower())}"
                server.create_database(name)
                databases[db_name] = Database("postgresql", server=server, name=name)
        return databases[db_name]

    def make(db_name: str = "vault.sqlite", *extra: str) -> VaultProcess:
        v = VaultProcess(hsm_env, database(db_name), *oidc, *extra).start()
        started.append(v)
        return v

    yield make
    for v in started:
        v.cleanup()
    if server is not None:
        for db in databases.values():
            server.drop_database(db.name)


@pytest.fixture
def vault(vault_factory) -> VaultProcess:
    return vault_factory()


class MemoryDevices:
    """Device credentials kept in memory (the app keeps them in the OS keyring)."""

    def __init__(self) -> None:
        self.saved: dict[str, bytes] = {}
        self.signed: set[str] = set()

    def save_vault_credential(self, user_id: str, secret: bytes) -> bool:
        self.saved[user_id] = secret
        return True

    def load_vault_credential(self, user_id: str) -> bytes | None:
        return self.saved.get(user_id)

    def mark_vault_signed(self, user_id: str) -> None:
        self.signed.add(user_id)

    def vault_signed(self, user_id: str) -> bool:
        return user_id in self.signed


def sign_in(emu, email: str = "owner@example.com", scope: str = "openid email"):
    """A real authorization-code grant at the emulator for ``email``; returns google-auth
    Credentials holding its refresh token (ID tokens come with each refresh)."""
    import urllib.error
    import urllib.parse
    import urllib.request

    from google.oauth2.credentials import Credentials

    class _NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):  # keep the 302 and read its Location
            return None

    redirect = "http://127.0.0.1:9/"
    query = urllib.parse.urlencode({
        "response_type": "code", "client_id": CLIENT_ID, "redirect_uri": redirect,
        "scope": scope + " https://www.googleapis.com/auth/drive.appdata", "login_hint": email,
    })
    # No proxy from the environment: the request goes to the emulator itself.
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirect)
    try:
        with opener.open(emu.root_url + "o/oauth2/v2/auth?" + query, timeout=10) as resp:
            # (Once, in a whole-suite run under load; not reproduced since: say what answered.)
            seen = [(r["method"], r["path"], r["status"], r["fault"]) for r in emu.requests
                    if r["path"].endswith("/auth")][-3:]  # fmt: skip
            raise AssertionError(
                f"expected a redirect, got {resp.status} {dict(resp.headers)} "
                f"{resp.read(200)!r}; the emulator logged {seen}")
    except urllib.error.HTTPError as exc:
        location = exc.headers["Location"]
    code = urllib.parse.parse_qs(urllib.parse.urlsplit(location).query)["code"][0]
    body = urllib.parse.urlencode({"grant_type": "authorization_code", "code": code,
                                   "client_id": CLIENT_ID, "redirect_uri": redirect}).encode()
    with urllib.request.urlopen(emu.root_url + "token", data=body, timeout=10) as resp:
        grant = json.loads(resp.read())
    return Credentials(token=grant["access_token"], refresh_token=grant["refresh_token"],
                       id_token=grant.get("id_token"), token_uri=emu.root_url + "token",
                       client_id=CLIENT_ID, client_secret="emulator-secret")


@pytest.fixture
def gui_env(tmp_path, monkeypatch):
    """For the GUI tests with a vault: a config folder and an in-memory keyring of their
    own; background tasks ended afterwards."""
    from tests.memory_keyring import memory_keyring

    monkeypatch.setenv("BACKUPGUI_CONFIG_DIR", str(tmp_path / "config"))
    with memory_keyring() as ring:
        yield ring
    from backupgui.ui.tasks import cancel_all, wait_all

    cancel_all()
    wait_all(20)
