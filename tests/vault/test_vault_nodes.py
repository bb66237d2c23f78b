"""A vault with several nodes (docs/VAULT.md 10.4): the client tries every address of the
vault, passes over a node that is gone (kill -9: its port refuses), hung (SIGSTOP) or shows
another server key, never sends a request whose answer was lost to a second node unless it is
repeatable, and counts of attempts are read from the vault's database.

Real vault processes (three nodes on one database, one SoftHSM2 token), real sockets. No name
on this machine resolves to several addresses (``localhost`` is 127.0.0.1 only), so the
address list of the binding (``nodes``) is what is exercised; a name's resolved addresses go
through the same list of endpoints (``client._endpoints``).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from backupgui.crypto.keys import format_key
from backupgui.crypto.material import VaultPassword
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import BackupRequest, backup
from backupgui.errors import VaultError, WrongKeyError
from backupgui.format.config import parse_config
from backupgui.library.demo import create_demo_library
from backupgui.vault import client, opaque, vault_fetch_key
from backupgui.vault.account import SIG, VaultAccess, new_secret
from backupgui.vault.client import VaultBinding
from backupgui.vault.marks import MARK_WAIT
from backupgui.vault.trust import TrustedVaults

from .conftest import TEST_KSF, MemoryDevices
from .test_account_binding import attempts, chats

PW = "three nodes one vault 5"


@pytest.fixture(autouse=True)
def _quick_limits(monkeypatch):
    """Shorter waits than the app's (10 s per hung node, 60 s a request) so that the hung
    node cases take seconds; the rules are the same."""
    monkeypatch.setattr(client, "NODE_WAIT", 2.0)
    monkeypatch.setattr(client, "DEADLINE", 8.0)
    client._last_good.clear()
    client._node_keys.clear()
    yield
    client._last_good.clear()
    client._node_keys.clear()




def _three(vault_factory, *extra: str):
    return [vault_factory("nodes.sqlite", *extra) for _ in range(3)]


#: The hung-node tests' nodes write marks often (every 0.2 s): a node is stopped while
#: its marks process may be writing one, and the others serve on all the same (VAULT.md 10.8;
#: before s20 they had to keep the marks still with an hour's interval).
BUSY_MARKS = ("--floor-interval", "0.2")


def _store(urls: str, tmp_path: Path):
    """A device-bound record at the vault ``urls``; (binding, access)."""
    devices = MemoryDevices()
    access = VaultAccess(devices=devices, new_recovery_code=new_secret(),
                         trust=TrustedVaults(tmp_path / "trusted.json"))
    binding = client.vault_store_key(urls, PW, b"K" * 32, ksf=TEST_KSF, access=access)
    return binding, VaultAccess(devices=devices, trust=access.trust)


def test_the_binding_keeps_every_node_and_logins_survive_losing_two(vault_factory,
                                                                    tmp_path: Path) -> None:
    a, b, c = _three(vault_factory, *BUSY_MARKS)
    binding, access = _store(f"{a.url}, {b.url},{c.url}", tmp_path)
    assert binding.urls == (a.url, b.url, c.url)
    assert binding.to_dict()["nodes"] == [b.url, c.url]
    assert VaultBinding.from_dict(binding.to_dict()) == binding
    # Set up from this computer: every node is trusted here, with the key.
    assert all(access.trust.is_trusted(u, binding.server_public_key) for u in binding.urls)

    a.kill()  # kill -9: its port now refuses connections
    assert vault_fetch_key(binding, PW, access) == b"K" * 32
    assert attempts(b, binding.user_id) == 0  # a verified login, counted once and settled

    b.signal_all(signal.SIGSTOP)  # hung: accepts connections, answers nothing
    try:
        client._last_good.clear()  # (b first again: the hung node is met, not skipped)
        client._last_good[binding.urls] = next(
            e for e in client._endpoints(binding.urls, time.monotonic() + 5, None)
            if e[0] == b.url)
        started = time.monotonic()
        with pytest.raises(WrongKeyError) as wrong:
            vault_fetch_key(binding, "not the password", access)
        assert wrong.value.attempts_left == 9  # type: ignore[attr-defined]
        assert time.monotonic() - started < 8  # b's info waited NODE_WAIT, not the deadline
        assert attempts(c, binding.user_id) == 1  # exactly one, read from the database
        assert vault_fetch_key(binding, PW, access) == b"K" * 32
        assert attempts(c, binding.user_id) == 0
    finally:
        b.signal_all(signal.SIGCONT)


#: A process of the token that stopped while it wrote marks (SIGSTOP, a paused container):
#: it holds SoftHSM2's POSIX write lock on the marks' object files (File::lock, fcntl
#: F_SETLKW) until it runs again; here until its stdin closes.
FROZEN_WRITER = r"""
import fcntl, sys
held = []
for name in sys.argv[1:]:
    try:
        f = open(name, "r+b")
    except FileNotFoundError:  # (replaced by a higher mark meanwhile)
        continue
    fcntl.lockf(f, fcntl.LOCK_EX)
    held.append(f)
print(len(held), flush=True)
sys.stdin.read()
"""


def _token_objects(hsm_env: dict[str, str]) -> set[Path]:
    """The object files of every token of the test's SoftHSM2 (sealing and marks)."""
    return set(Path(hsm_env["BACKUPGUI_TEST_HSM_DIR"]).rglob("*.object"))


def test_a_node_serves_while_another_process_holds_the_tokens_marks(
        vault_factory, hsm_env, tmp_path: Path) -> None:
    """The cause of the hung-node CI flake (VAULT.md 10.8), made deterministic: a process
    of the token stopped while it wrote a mark holds SoftHSM2's lock on the mark's object
    file, and SoftHSM2 waits for it without a timeout. Here the lock is held by a process
    that takes it and waits. The node serves meanwhile (its sealing token never waits for
    the marks token, and its marks process is given up after marks.MARK_WAIT); the marks
    follow again once the lock goes. (Before s20, with the marks in the sealing token, the
    logins waited until the client gave up: "answered too slowly".)"""
    before = _token_objects(hsm_env)
    node = vault_factory("nodes.sqlite", "--floor-interval", "0.2")
    binding, access = _store(node.url, tmp_path)
    assert vault_fetch_key(binding, PW, access) == b"K" * 32
    time.sleep(1.0)  # (its housekeeping raised the marks of what it committed)
    marks = sorted(_token_objects(hsm_env) - before)
    assert marks, "the node wrote no mark"
    holder = subprocess.Popen([sys.executable, "-c", FROZEN_WRITER, *map(str, marks)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and int(holder.stdout.readline()) > 0
        time.sleep(1.0)  # the node's housekeeping now waits for the token
        started = time.monotonic()
        assert vault_fetch_key(binding, PW, access) == b"K" * 32
        with pytest.raises(WrongKeyError):
            vault_fetch_key(binding, "not the password", access)
        # (The logins waited for nothing: not even one MARK_WAIT for the two.)
        assert time.monotonic() - started < MARK_WAIT
        # The node gives its marks process up after MARK_WAIT, says so, and serves on.
        deadline = time.monotonic() + 3 * MARK_WAIT
        while "the marks token did not answer" not in node.stderr():
            assert time.monotonic() < deadline, "the node's wait for its marks was not bounded"
            time.sleep(0.2)
        assert vault_fetch_key(binding, PW, access) == b"K" * 32
        held = _token_objects(hsm_env)
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=10)
    # The lock gone, the marks are raised again: the logins above are in a new mark object.
    deadline = time.monotonic() + 4 * MARK_WAIT  # (a start of the marks process: 2 waits)
    while not _token_objects(hsm_env) - held:
        assert time.monotonic() < deadline, "no mark was written after the lock went"
        time.sleep(0.1)
    while "the marks token answers again" not in node.stderr():  # (logged after the write)
        assert time.monotonic() < deadline, "the node did not say its marks follow again"
        time.sleep(0.1)


def test_a_lost_login_start_is_not_sent_again(vault_factory, tmp_path: Path) -> None:
    """A login start sent to a node that then hangs: the client waits for its answer until
    the deadline and does not send it to another node (it may have been counted)."""
    a, b, _c = _three(vault_factory)
    binding, access = _store(f"{a.url},{b.url}", tmp_path)
    secret = access.devices.load_vault_credential(binding.user_id)
    pw = PW.encode()
    _state, ke1 = opaque.generate_ke1(opaque.Suite(TEST_KSF), pw)
    prover = client._Prover(SIG, secret, client._b64d(binding.server_public_key))
    body = {"user_id": binding.user_id, "account": prover.login(binding.user_id, ke1),
            "ke1": client._b64e(ke1)}
    client._call(binding, "/v1/info", retry=client.REPEATABLE)  # a answers: it is first now
    assert client._last_good[binding.urls][0] == a.url
    a.signal_all(signal.SIGSTOP)
    try:
        with pytest.raises(VaultError, match="answered too slowly"):
            client._call(binding, "/v1/login/start", body)
        # b never got it: nothing was counted while a is stopped.
        assert attempts(b, binding.user_id) == 0
    finally:
        a.signal_all(signal.SIGCONT)
    time.sleep(1.0)  # a reads its queue: the start is served at most once
    assert attempts(b, binding.user_id) <= 1


def test_a_login_start_refused_by_a_dead_node_goes_to_the_next(vault_factory,
                                                               tmp_path: Path) -> None:
    """The node that answered ``/v1/info`` dies before the login start: the connect is
    refused, nothing was sent, so the start goes to the next node and is counted once."""
    a, b, _c = _three(vault_factory)
    binding, access = _store(f"{a.url},{b.url}", tmp_path)
    secret = access.devices.load_vault_credential(binding.user_id)
    _state, ke1 = opaque.generate_ke1(opaque.Suite(TEST_KSF), PW.encode())
    prover = client._Prover(SIG, secret, client._b64d(binding.server_public_key))
    body = {"user_id": binding.user_id, "account": prover.login(binding.user_id, ke1),
            "ke1": client._b64e(ke1)}
    client._call(binding, "/v1/info", retry=client.REPEATABLE)
    assert client._last_good[binding.urls][0] == a.url  # a first, its key known
    a.kill()
    start = client._call(binding, "/v1/login/start", body)
    assert start["attempts_left"] == 9 and client._last_good[binding.urls][0] == b.url
    assert attempts(b, binding.user_id) == 1  # exactly once


def test_a_login_start_whose_connect_times_out_goes_to_the_next(vault_factory, monkeypatch,
                                                                 tmp_path: Path) -> None:
    """A node whose connects time out (its listen queue is full: SYNs are dropped, as for an
    overloaded or unreachable host): after ``CONNECT_WAIT`` the start goes to the next node,
    since nothing of it was sent, and is counted once."""
    import socket

    monkeypatch.setattr(client, "CONNECT_WAIT", 1.0)
    _a, b, _c = _three(vault_factory)
    full = socket.socket()
    full.bind(("127.0.0.1", 0))
    full.listen(0)
    held = socket.create_connection(full.getsockname(), timeout=5)  # (fills the queue)
    try:
        stuck = f"http://127.0.0.1:{full.getsockname()[1]}"
        binding, access = _store(b.url, tmp_path)
        binding = binding.at(f"{stuck},{b.url}")
        access.trust.add(stuck, binding.server_public_key, "confirmed")
        secret = access.devices.load_vault_credential(binding.user_id)
        _state, ke1 = opaque.generate_ke1(opaque.Suite(TEST_KSF), PW.encode())
        prover = client._Prover(SIG, secret, client._b64d(binding.server_public_key))
        body = {"user_id": binding.user_id, "account": prover.login(binding.user_id, ke1),
                "ke1": client._b64e(ke1)}
        first = client._endpoints(binding.urls, time.monotonic() + 5, None)[0]
        assert first[0] == stuck
        # As if it had shown the vault's key before its queue filled up: the start goes
        # there first, with nothing asked before it.
        client._node_keys[client._node(*first)] = binding.server_public_key
        client._last_good[binding.urls] = first
        started = time.monotonic()
        start = client._call(binding, "/v1/login/start", body)
        assert 1.0 <= time.monotonic() - started < 6
        assert start["attempts_left"] == 9
        assert attempts(b, binding.user_id) == 1
    finally:
        held.close()
        full.close()


class _TcpRelay:
    """A real TCP relay in front of the PostgreSQL server, for one node's database
    connections: ``cut`` closes every relayed connection and the listening socket (the node's
    database is then unreachable for it, as across a lost network link).

    Closing a listening socket does not wake a thread blocked in ``accept()`` on Linux (the
    kernel keeps the socket alive for it), so one reconnection could still slip through after
    a plain ``close``; ``cut`` therefore marks the relay dead under the lock ``_accept`` holds
    while it registers a connection, and shuts the listener down (which does wake it)."""

    def __init__(self, port: int) -> None:
        import socket
        import threading

        self.target, self.conns, self.dead = ("127.0.0.1", port), [], False
        self.lock = threading.Lock()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        import socket
        import threading

        while True:
            try:
                inner, _ = self.listener.accept()
            except OSError:
                return
            with self.lock:
                if self.dead:
                    inner.close()
                    return
                outer = socket.create_connection(self.target)
                self.conns += [inner, outer]
            for src, dst in ((inner, outer), (outer, inner)):
                threading.Thread(target=self._pump, args=(src, dst), daemon=True).start()

    @staticmethod
    def _pump(src, dst) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        for s in (src, dst):
            try:
                s.shutdown(2)
            except OSError:
                pass

    def cut(self) -> None:
        import socket

        with self.lock:
            self.dead = True
            conns = list(self.conns)
        try:
            self.listener.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept()
        except OSError:
            pass
        self.listener.close()
        for s in conns:
            try:
                s.shutdown(2)
                s.close()
            except OSError:
                pass


def test_a_node_without_its_database_answers_unavailable_and_is_passed_over(
        backend, vault_factory, hsm_env, monkeypatch, tmp_path: Path) -> None:
    """A node that lost its database (PostgreSQL behind a link that is cut) answers
    ``503 unavailable`` after its 30 s of retries, having done nothing; the login start
    then goes to a node that has the database, and is counted once."""
    from .conftest import VaultProcess

    if backend != "postgresql":
        pytest.skip("a SQLite file cannot be cut off from its node")
    monkeypatch.setattr(client, "DEADLINE", 90.0)
    b = vault_factory("nodes.sqlite")
    db = b.database
    relay = _TcpRelay(db.server.port)
    far = VaultProcess(hsm_env, f"postgresql://postgres@127.0.0.1:{relay.port}/{db.name}",
                       *b.extra).start()
    try:
        binding, access = _store(far.url, tmp_path)
        binding = binding.at(f"{far.url},{b.url}")
        access.trust.add(b.url, binding.server_public_key, "confirmed")
        secret = access.devices.load_vault_credential(binding.user_id)
        _state, ke1 = opaque.generate_ke1(opaque.Suite(TEST_KSF), PW.encode())
        prover = client._Prover(SIG, secret, client._b64d(binding.server_public_key))
        body = {"user_id": binding.user_id, "account": prover.login(binding.user_id, ke1),
                "ke1": client._b64e(ke1)}
        client._call(binding, "/v1/info", retry=client.REPEATABLE)
        assert client._last_good[binding.urls][0] == far.url
        relay.cut()
        started = time.monotonic()
        start = client._call(binding, "/v1/login/start", body)
        took = time.monotonic() - started
        assert start["attempts_left"] == 9 and client._last_good[binding.urls][0] == b.url
        assert took >= 25, took  # (far answered "unavailable" first, after its retries)
        assert attempts(b, binding.user_id) == 1
        assert "unavailable" in far.stderr() or "retrying" in far.stderr()
    finally:
        relay.cut()
        far.cleanup()


def test_the_client_outwaits_a_nodes_unavailable_answer() -> None:
    """A node without its database answers 503 after its retries and one last transaction's
    deadline; the client's wait for a byte must be longer, or a counted request fails instead
    of moving on (the test above lost that race in CI with a 30 s wait)."""
    from backupgui.vault import store, store_pg

    assert client.ANSWER_WAIT > store.UNAVAILABLE_TIMEOUT + store_pg.TRANSACTION_DEADLINE


def test_a_node_with_another_key_gets_nothing(vault_factory, tmp_path: Path) -> None:
    a, b, _c = _three(vault_factory)
    other = vault_factory("other.sqlite")  # another vault: its own server key
    binding, access = _store(a.url, tmp_path)
    planted = binding.at(f"{other.url},{b.url}")  # the other vault first
    access.trust.add(other.url, binding.server_public_key, "confirmed")  # even if trusted
    access.trust.add(b.url, binding.server_public_key, "confirmed")
    assert vault_fetch_key(planted, PW, access) == b"K" * 32  # through b only
    assert attempts(b, binding.user_id) == 0
    assert other.database.execute("SELECT COUNT(*) FROM records")[0][0] == 0

    b.kill()
    a.kill()
    with pytest.raises(VaultError, match="identity"):  # refused before any attempt
        vault_fetch_key(planted, "a guess", access)
    assert other.database.execute("SELECT COUNT(*) FROM records")[0][0] == 0
    log = other.stderr()
    assert "/v1/login" not in log


def test_an_untrusted_node_gets_no_proof(vault_factory, tmp_path: Path) -> None:
    """A planted extra address (a backup names a trusted vault plus one more): nothing with a
    proof goes anywhere until the user confirms all of them."""
    a, b, _c = _three(vault_factory)
    binding, access = _store(a.url, tmp_path)
    planted = binding.at(f"{a.url},{b.url}")  # b is this vault, but not trusted here
    with pytest.raises(client.VaultUntrustedError) as exc:
        vault_fetch_key(planted, PW, access)
    assert b.url.split("//")[1] in exc.value.url
    assert attempts(a, binding.user_id) == 0


def test_binding_nodes_are_checked(vault_factory) -> None:
    base = {"url": "https://a.example", "user_id": "A" * 24, "server_public_key": "k",
            "account": "device"}
    ok = VaultBinding.from_dict({**base, "nodes": ["https://b.example"]})
    assert ok.urls == ("https://a.example", "https://b.example")
    for bad in ([], "https://b.example", ["file:///x"], ["https://A.example/"], [1],
                [f"https://n{i}.example" for i in range(8)]):
        with pytest.raises(VaultError):
            VaultBinding.from_dict({**base, "nodes": bad})


def test_backup_and_cli_restore_through_the_nodes_left(vault_factory, tmp_path: Path) -> None:
    a, b, c = _three(vault_factory, *BUSY_MARKS)
    create_demo_library(tmp_path / "lib", chats=2, seed=17, media_mb=0.1)
    code = new_secret()
    urls = f"{a.url},{b.url},{c.url}"
    backup(BackupRequest(tmp_path / "lib", FolderDestination(tmp_path / "dest"),
                         VaultPassword(PW, urls, access=VaultAccess(
                             devices=MemoryDevices(), new_recovery_code=code,
                             trust=TrustedVaults(tmp_path / "trusted.json"))),
                         device_name="laptop"))  # fmt: skip
    cfg = parse_config(next((tmp_path / "dest").rglob("config")).read_bytes())
    assert cfg.raw["vault"]["url"] == a.url and cfg.raw["vault"]["nodes"] == [b.url, c.url]
    user_id = cfg.raw["vault"]["user_id"]

    a.kill()
    c.signal_all(signal.SIGSTOP)
    try:
        env = {**os.environ, "BACKUPGUI_PASSWORD": PW,
               "BACKUPGUI_RECOVERY_CODE": format_key(code),
               "BACKUPGUI_CONFIG_DIR": str(tmp_path / "newpc"),
               "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}  # fmt: skip
        # A new computer: the backup's vault (all three addresses) is confirmed by naming it.
        out = subprocess.run([sys.executable, "-m", "backupgui.cli", "restore", "--dest",
                              str(tmp_path / "dest"), "--library", str(tmp_path / "r"),
                              "--vault", f"{c.url}, {b.url} {a.url}"],
                             env=env, capture_output=True, text=True, timeout=240)  # fmt: skip
        assert out.returncode == 0, out.stderr
        assert chats(tmp_path / "r") == chats(tmp_path / "lib")
        assert attempts(b, user_id) == 0
        trusted = json.loads((tmp_path / "newpc" / "trusted-vaults.json").read_text())
        assert len(trusted["vaults"]) == 3
    finally:
        c.signal_all(signal.SIGCONT)


def test_restore_wizard_shows_and_checks_several_addresses(vault_factory, qtbot, tmp_path: Path,
                                                           monkeypatch) -> None:
    """The key page of a backup whose vault has three nodes: all addresses in the field and in
    the confirmation, a malformed list is said under the field and keeps Next disabled, and
    the restore goes through the nodes that are left."""
    from backupgui.ui.restore.wizard import RestoreWizard
    from backupgui.ui.tasks import cancel_all, wait_all
    from tests.memory_keyring import memory_keyring
    from tests.ui.helpers import click, make_ctx, open_window, restore_to_key_page

    a, b, c = _three(vault_factory, *BUSY_MARKS)
    create_demo_library(tmp_path / "lib", chats=2, seed=23, media_mb=0.1)
    code = new_secret()
    backup(BackupRequest(tmp_path / "lib", FolderDestination(tmp_path / "dest"),
                         VaultPassword(PW, f"{a.url},{b.url},{c.url}", access=VaultAccess(
                             devices=MemoryDevices(), new_recovery_code=code,
                             trust=TrustedVaults(tmp_path / "trusted.json"))),
                         device_name="laptop"))  # fmt: skip
    a.kill()
    monkeypatch.setenv("BACKUPGUI_CONFIG_DIR", str(tmp_path / "config"))
    with memory_keyring() as ring:
        ctx = make_ctx(tmp_path / "new-library", ring)
        w = open_window(qtbot, ctx)
        wiz: RestoreWizard = restore_to_key_page(qtbot, w, tmp_path / "dest")
        nxt = wiz.button(wiz.WizardButton.NextButton)
        page = wiz.key_page
        assert page.vault_url.text() == f"{a.url}, {b.url}, {c.url}"
        qtbot.keyClicks(page.code, format_key(code))
        qtbot.keyClicks(page.password, PW)
        assert page.trust_box.isVisible() and not nxt.isEnabled()
        details = page.trust_details.text()
        assert details.startswith("Addresses:")
        assert all(u.split("//")[1] in details for u in (a.url, b.url, c.url))
        assert not page.vault_error.isVisible()
        page.trust_check.setChecked(True)
        assert nxt.isEnabled()
        wiz.grab().save(str(tmp_path / "key-page-addresses.png"))
        qtbot.wait(300)  # (the wizard grows to fit the rows that appeared)
        if os.environ.get("BACKUPGUI_SHOTS"):
            wiz.grab().save(os.path.join(os.environ["BACKUPGUI_SHOTS"], "nodes-confirm.png"))

        page.vault_url.setText(f"{b.url}, ftp://x.example")  # not an http(s) address
        assert page.vault_error.isVisible() and not nxt.isEnabled()
        page.vault_url.setText(f"{b.url}, {b.url}/")  # the same address twice
        assert page.vault_error.isVisible() and not nxt.isEnabled()
        if os.environ.get("BACKUPGUI_SHOTS"):
            wiz.grab().save(os.path.join(os.environ["BACKUPGUI_SHOTS"], "nodes-error.png"))
        page.vault_url.setText(f"{b.url},   {c.url}, {a.url}")  # the same three, reordered
        assert not page.vault_error.isVisible()
        assert page.trust_box.isVisible() and nxt.isEnabled()  # still the backup's own list
        click(qtbot, nxt)
        qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_BACKUPS, timeout=90_000)
        click(qtbot, nxt)
        qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_CHATS, timeout=60_000)
        click(qtbot, nxt)
        qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_SUMMARY, timeout=60_000)
        assert chats(tmp_path / "new-library") == chats(tmp_path / "lib")
        trusted = TrustedVaults(tmp_path / "config" / "trusted-vaults.json")
        key = parse_config(next((tmp_path / "dest").rglob("config")).read_bytes()).raw[
            "vault"]["server_public_key"]
        assert all(trusted.is_trusted(u, key) for u in (a.url, b.url, c.url))
        cancel_all()
        wait_all(20)


def test_address_lists_are_read_and_compared_exactly(tmp_path: Path) -> None:
    """One grammar for every place a vault's addresses are typed or stored."""
    from backupgui.device.settings import AppSettings
    from backupgui.vault.trust import check_addresses, covers, display_url, same_url

    assert check_addresses(" https://a.example ,https://b.example\nhttp://c.example:8080 ") == (
        "https://a.example", "https://b.example", "http://c.example:8080")
    for bad in ("", " , ", "https://a.example, https://A.example:443/", "https://a.example, x",
                "ftp://a.example", ",".join(f"https://n{i}.example" for i in range(9))):
        with pytest.raises(ValueError):
            check_addresses(bad)
    assert covers("https://a.example, https://b.example", "https://B.example/")
    assert not covers("https://a.example", "https://a.example, https://b.example")
    assert same_url("https://a.example,https://b.example", "https://b.example https://a.example")
    assert not same_url("https://a.example", "https://a.example, https://b.example")
    assert display_url("https://a.example, https://b\u202e.example") == (
        "https://a.example, https://b%E2%80%AE.example")
    trust = TrustedVaults(tmp_path / "t.json")
    trust.add("https://a.example, https://b.example", "key", "confirmed")
    assert trust.is_trusted("https://b.example, https://a.example", "key")
    assert not trust.is_trusted("https://a.example, https://c.example", "key")
    assert not trust.is_trusted("https://a.example", "other key")
    ok = AppSettings(vault_url="https://a.example, https://b.example").validate()
    assert not [p for p in ok if "vault" in p]
    bad = AppSettings(vault_url="https://a.example, https://a.example").validate()
    assert any("key vault address" in p for p in bad)
