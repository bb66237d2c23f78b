"""A planted vault address (docs/VAULT.md 1.7, SECURITY.md 4): whoever can write a backup can
rewrite its config to name their own server. The app sends no account proof (recovery code,
device credential, Google ID token) to a vault it does not trust: built in, set up or
upgraded on this computer, the settings' address, or confirmed by the user.

The attacker here is a real HTTP server on 127.0.0.1 that answers like a vault (with the real
vault's server key copied from the backup) and records every byte it receives. Before this
change, each test's first restore sent it the recovery code or the device credential.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from backupgui.crypto.keys import format_key
from backupgui.crypto.material import Password, VaultPassword
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import BackupRequest, RestoreRequest, backup, restore
from backupgui.errors import VaultUntrustedError
from backupgui.vault import VaultBinding, vault_fetch_key
from backupgui.vault.account import VaultAccess, new_secret
from backupgui.vault.service import b64e
from backupgui.vault.trust import TrustedVaults, fingerprint, normalize_url

from .conftest import MemoryDevices
from .test_account_binding import attempts
from .test_vault_moved import PW, _backup, _chats


def _info(url: str) -> dict:
    import urllib.request

    with urllib.request.urlopen(url + "/v1/info", timeout=30) as resp:
        return json.loads(resp.read())


class Attacker:
    """A server posing as the vault: /v1/info with the real vault's key, every POST asked for
    an account proof; everything received is kept."""

    def __init__(self, info: dict) -> None:
        self.received: list[tuple[str, str, bytes]] = []
        rec = self.received

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_a) -> None:
                pass

            def _answer(self, status: int, obj: dict) -> None:
                data = json.dumps(obj).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                rec.append(("GET", self.path, b""))
                self._answer(200, info)

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                rec.append(("POST", self.path, body))
                if b'"account"' in body:
                    self._answer(403, {"error": "unauthorized"})
                else:
                    self._answer(403, {"error": "account_required", "account": "secret"})

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def proofs(self) -> list[bytes]:
        return [b for _m, _p, b in self.received if b'"account"' in b]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def attacker(vault):
    a = Attacker(_info(vault.url))
    yield a
    a.close()


def plant(dest: Path, url: str) -> None:
    """Rewrite every set config at ``dest`` to name ``url`` as its vault (what a writer of the
    storage can do: the config's MAC is checked only once K is known)."""
    for path in dest.rglob("config"):
        outer = json.loads(path.read_bytes())
        body = json.loads(outer["body"])
        body["vault"]["url"] = url
        outer["body"] = json.dumps(body, sort_keys=True, separators=(",", ":"))
        path.write_text(json.dumps(outer, sort_keys=True, indent=1) + "\n")


def _cli_env(tmp_path: Path, code: bytes, config: str) -> dict[str, str]:
    return {**os.environ, "BACKUPGUI_PASSWORD": PW, "BACKUPGUI_RECOVERY_CODE": format_key(code),
            "BACKUPGUI_CONFIG_DIR": str(tmp_path / config),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


def _restore_cmd(tmp_path: Path, lib: str) -> list[str]:
    return [sys.executable, "-m", "backupgui.cli", "restore", "--dest", str(tmp_path / "dest"),
            "--library", str(tmp_path / lib)]


def test_cli_on_a_new_computer_sends_no_proof_to_a_planted_vault(vault, attacker,
                                                                  tmp_path: Path) -> None:
    code, user_id = _backup(tmp_path, vault.url)
    plant(tmp_path / "dest", attacker.url)
    env = _cli_env(tmp_path, code, "new-computer")

    out = subprocess.run(_restore_cmd(tmp_path, "a"), env=env, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 11, out.stderr
    assert "has not used" in out.stderr and attacker.url in out.stderr
    assert "--trust-vault" in out.stderr
    key = json.loads(json.loads(next((tmp_path / "dest").rglob("config")).read_text())["body"])[
        "vault"]["server_public_key"]
    assert fingerprint(key) in out.stderr  # what the user compares
    assert attacker.proofs() == [] and b64e(code).encode() not in b"".join(
        b for *_x, b in attacker.received)
    assert not (tmp_path / "a").exists() or not any((tmp_path / "a").iterdir())

    # Positive control: the recorder does catch a proof once the user vouches for the vault
    # (--trust-vault), as every restore did before this change.
    out = subprocess.run([*_restore_cmd(tmp_path, "b"), "--trust-vault"], env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode != 0
    proofs = attacker.proofs()
    assert proofs  # proofs went to the vault the user vouched for ...
    for p in proofs:  # ... and none of them is, or reveals, the recovery code (VAULT.md 1.9)
        assert b64e(code).encode() not in p and code.hex().encode() not in p
        assert json.loads(p)["account"]["kind"] in ("sig", "mac")
    assert attempts(vault, user_id) == 0  # nothing replayed here; the real record untouched


def test_cli_trust_vault_restores_and_is_remembered(vault, tmp_path: Path) -> None:
    code, user_id = _backup(tmp_path, vault.url)
    env = _cli_env(tmp_path, code, "new-computer")
    out = subprocess.run(_restore_cmd(tmp_path, "a"), env=env, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 11 and "has not used" in out.stderr, out.stderr
    out = subprocess.run([*_restore_cmd(tmp_path, "b"), "--trust-vault"], env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "Trusting the key vault" in out.stderr
    assert _chats(tmp_path / "b") == _chats(tmp_path / "lib")
    # Remembered (address and key, no secret, owner-only): the next restore needs no flag.
    store = tmp_path / "new-computer" / "trusted-vaults.json"
    assert stat.S_IMODE(store.stat().st_mode) == 0o600
    assert b64e(code).encode() not in store.read_bytes()
    out = subprocess.run(_restore_cmd(tmp_path, "c"), env=env, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert attempts(vault, user_id) == 0


def test_cli_vault_flag_names_the_vault_explicitly(vault, tmp_path: Path) -> None:
    code, _ = _backup(tmp_path, vault.url)
    env = _cli_env(tmp_path, code, "new-computer")
    out = subprocess.run([*_restore_cmd(tmp_path, "a"), "--vault", vault.url + "/"], env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert _chats(tmp_path / "a") == _chats(tmp_path / "lib")


def test_the_computer_that_set_it_up_sends_its_credential_to_no_planted_vault(
        vault, attacker, tmp_path: Path) -> None:
    devices = MemoryDevices()
    from backupgui.library.demo import create_demo_library

    create_demo_library(tmp_path / "lib", chats=1, seed=3, media_mb=0)
    dest = FolderDestination(tmp_path / "dest")
    code = new_secret()
    backup(BackupRequest(tmp_path / "lib", dest, VaultPassword(PW, vault.url, access=VaultAccess(
        devices=devices, new_recovery_code=code))))
    assert TrustedVaults().is_trusted(vault.url, _pinned(tmp_path))  # recorded at set-up
    credential = next(iter(devices.saved.values()))
    plant(tmp_path / "dest", attacker.url)
    with pytest.raises(VaultUntrustedError) as err:
        restore(RestoreRequest(dest, tmp_path / "new", Password(PW, access=VaultAccess(
            devices=devices, recovery_code=lambda: code))))
    assert err.value.url == attacker.url
    # Telling the vault the backup sequence needs the device credential: not to a planted
    # address either (a backup gets a warning instead).
    from backupgui.vault.client import vault_record_sequence

    cfg = json.loads(json.loads(next((tmp_path / "dest").rglob("config")).read_text())["body"])
    binding = VaultBinding.from_dict(cfg["vault"])
    with pytest.raises(VaultUntrustedError):
        vault_record_sequence(binding, os.urandom(32), cfg["set_id"], 2, "x" * 20,
                              VaultAccess(devices=devices))
    sent = b"".join(b for *_x, b in attacker.received)
    assert b64e(credential).encode() not in sent and b64e(code).encode() not in sent
    assert attacker.proofs() == []


def _pinned(tmp_path: Path) -> str:
    cfg = json.loads(json.loads(next((tmp_path / "dest").rglob("config")).read_text())["body"])
    return cfg["vault"]["server_public_key"]


def test_a_google_id_token_goes_to_no_untrusted_vault(vault, attacker, tmp_path: Path) -> None:
    """ID tokens are bearer tokens for every record of the account: the gate holds before
    one is even asked for."""
    info = _info(vault.url)
    asked: list[int] = []
    binding = VaultBinding(attacker.url, b64e(os.urandom(18)), "", info["server_public_key"],
                           account="google")
    access = VaultAccess(id_token=lambda: asked.append(1) or "eyJ.token.sig",
                         trust=TrustedVaults(tmp_path / "trust.json"))
    with pytest.raises(VaultUntrustedError):
        vault_fetch_key(binding, PW, access)
    assert asked == [] and attacker.proofs() == []
    assert all(b"token" not in b for *_x, b in attacker.received)


def test_gui_restore_asks_before_sending_anything(qtbot, vault, attacker, tmp_path: Path,
                                                 monkeypatch) -> None:
    from backupgui.ui.restore.wizard import RestoreWizard
    from backupgui.ui.tasks import cancel_all, wait_all
    from tests.memory_keyring import memory_keyring
    from tests.ui.helpers import click, make_ctx, open_window, restore_to_key_page

    code, _ = _backup(tmp_path, vault.url)
    key = _pinned(tmp_path)
    plant(tmp_path / "dest", attacker.url)
    monkeypatch.setenv("BACKUPGUI_CONFIG_DIR", str(tmp_path / "config"))  # a new computer
    with memory_keyring() as ring:
        ctx = make_ctx(tmp_path / "new-library", ring)
        w = open_window(qtbot, ctx)
        wiz: RestoreWizard = restore_to_key_page(qtbot, w, tmp_path / "dest")
        nxt = wiz.button(wiz.WizardButton.NextButton)
        page = wiz.key_page
        qtbot.keyClicks(page.code, format_key(code))
        qtbot.keyClicks(page.password, PW)
        # The vault the backup names, its address and identity, and a confirmation to give.
        assert page.trust_box.isVisible()
        assert attacker.url in page.trust_details.text()
        assert fingerprint(key) in page.trust_details.text()
        assert not nxt.isEnabled() and not page.isComplete()
        page.validatePage()  # even forced, nothing starts
        assert page.task is None and attacker.received == []

        # Confirmed: the app now sends the proof (this is the user's decision to make).
        page.trust_check.setChecked(True)
        assert nxt.isEnabled()
        click(qtbot, nxt)
        qtbot.waitUntil(lambda: page.error.isVisible(), timeout=60_000)
        assert attacker.proofs() != []
        assert TrustedVaults().is_trusted(attacker.url, key)  # remembered as confirmed
        cancel_all()
        wait_all(20)


def test_trust_store_rules(tmp_path: Path) -> None:
    store = TrustedVaults(tmp_path / "t.json")
    assert not store.is_trusted("https://vault.example.org", "AAAA")
    store.add("HTTPS://Vault.Example.org:443/", "AAAA", "setup")
    assert store.is_trusted("https://vault.example.org", "AAAA")
    assert not store.is_trusted("https://vault.example.org", "BBBB")  # another key
    assert not store.is_trusted("https://vault.example.org.evil", "AAAA")
    assert not store.is_trusted("http://vault.example.org", "AAAA")  # another scheme
    assert not store.is_trusted("https://vault.example.org:8443", "AAAA")
    store.add("https://settings.example.org", "", "settings")  # the settings' address
    assert store.is_trusted("https://settings.example.org/", "anything")
    assert TrustedVaults(tmp_path / "x.json", extra_urls=("https://a.example",)).is_trusted(
        "https://a.example", "K")
    with pytest.raises(ValueError):
        normalize_url("file:///etc/passwd")
    with pytest.raises(ValueError):
        normalize_url("https://user:pw@vault.example.org")
    # A damaged or oversized file trusts nothing (fail closed).
    (tmp_path / "t.json").write_text('{"vaults": [{"url": 3}]}')
    assert not store.is_trusted("https://vault.example.org", "AAAA")
    (tmp_path / "t.json").write_bytes(b" " * (300 * 1024))
    assert not store.is_trusted("https://vault.example.org", "AAAA")
    assert fingerprint("AAAA") != fingerprint("BBBB") and len(fingerprint("AAAA")) == 39


def test_the_address_shown_cannot_pass_for_another() -> None:
    """A planted address with look-alike letters or bidirectional controls is shown with
    them escaped, so it cannot read as the user's own vault."""
    from backupgui.vault.trust import display_url

    assert display_url("https://Vault.Example.org:443/") == "https://vault.example.org"
    spoof = "https://vault.example.org\u202e/gro.live"
    assert display_url(spoof) == "https://vault.example.org%E2%80%AE/gro.live"
    assert display_url("https://v\u0430ult.example.org") == "https://v%D0%B0ult.example.org"
    assert all(0x21 <= ord(c) <= 0x7E for c in display_url("https://x.org/\x1b[2J\u200f"))
