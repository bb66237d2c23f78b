"""Fixtures for the vault tests: the opaque-ke interop peer and a real vault process."""

from __future__ import annotations

import json
import os
import selectors
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from backupgui.vault.ksf import Argon2idParams

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


class VaultProcess:
    """``backupgui-vault serve`` as a real subprocess with a real SoftHSM2 token."""

    def __init__(self, env: dict[str, str], db: Path, *extra: str) -> None:
        self.env, self.db, self.extra = env, db, list(extra)
        self.port = 0
        self.proc: subprocess.Popen | None = None
        self.url = ""

    def start(self, *, expect_failure: bool = False) -> VaultProcess:
        args = [
            sys.executable, "-m", "backupgui.services.vault_server", "serve",
            "--db", str(self.db), "--host", "127.0.0.1", "--port", str(self.port),
            "--pkcs11-module", PKCS11_MODULE, "--token-label", TOKEN_LABEL,
            "--rate-per-minute", "100000", "--rate-burst", "100000", *self.extra,
        ]  # fmt: skip
        self.proc = subprocess.Popen(
            args, env=self.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        sel = selectors.DefaultSelector()
        assert self.proc.stdout
        sel.register(self.proc.stdout, selectors.EVENT_READ)
        deadline = time.monotonic() + 30
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
                self.proc.wait(timeout=30)
                return self
            self.stop()
            raise RuntimeError("vault did not start: " + self.stderr())
        self.url = line.strip().rsplit(" ", 1)[-1]
        self.port = int(self.url.rsplit(":", 1)[-1])
        return self

    def stderr(self) -> str:
        if self.proc and self.proc.stderr and self.proc.poll() is not None:
            return self.proc.stderr.read()
        return ""

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def kill(self) -> None:
        """SIGKILL: a crash, no clean shutdown."""
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()

    def restart(self) -> VaultProcess:
        self.stop()
        return self.start()


@pytest.fixture
def vault_factory(hsm_env: dict[str, str], tmp_path: Path, oidc_issuer) -> Iterator:
    """Start vault processes: ``vault_factory(db_name="vault.sqlite", *extra_args)``.

    They accept ID tokens from ``oidc_issuer`` (the Drive emulator) for ``CLIENT_ID``; the
    JWKS is found through the issuer's discovery document.
    """
    started: list[VaultProcess] = []
    oidc = ("--oidc-issuer", oidc_issuer.issuer, "--oidc-audience", CLIENT_ID)

    def make(db_name: str = "vault.sqlite", *extra: str) -> VaultProcess:
        v = VaultProcess(hsm_env, tmp_path / db_name, *oidc, *extra).start()
        started.append(v)
        return v

    yield make
    for v in started:
        v.stop()


@pytest.fixture
def vault(vault_factory) -> VaultProcess:
    return vault_factory()


class MemoryDevices:
    """Device credentials kept in memory (the app keeps them in the OS keyring)."""

    def __init__(self) -> None:
        self.saved: dict[str, bytes] = {}

    def save_vault_credential(self, user_id: str, secret: bytes) -> bool:
        self.saved[user_id] = secret
        return True

    def load_vault_credential(self, user_id: str) -> bytes | None:
        return self.saved.get(user_id)


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
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        opener.open(emu.root_url + "o/oauth2/v2/auth?" + query, timeout=10)
        raise AssertionError("expected a redirect")
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
