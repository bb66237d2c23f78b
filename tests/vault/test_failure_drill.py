"""The vault's failure drill (docs/VAULT.md 10.8): what "kill -9" does not cover.

A node that hangs instead of dying (SIGSTOP), a database connection broken during COMMIT,
an answer lost after the vault committed it (a node dying between its commit and its
answer), a password change or deletion whose answer never arrives. Real processes: vault
nodes on a real SoftHSM2 token, a real PostgreSQL of this module's own (its replication
settings are changed here), a real TCP relay that forwards a request and then drops the
answer. Attempts are counted from the vault's database, never from what a client saw.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator

import pytest

from backupgui.destinations import netguard
from backupgui.errors import CancelledError, VaultError, WrongKeyError
from backupgui.vault import client as vault_client
from backupgui.vault import opaque, vault_change_password, vault_delete, vault_fetch_key
from backupgui.vault.client import _b64d
from backupgui.vault.service import b64e
from backupgui.vault.trust import TrustedVaults

from . import cluster
from .conftest import TEST_KSF, Database, VaultProcess, skip_or_fail
from .relay import HttpRelay
from .test_vault_process import ACCESS, PASSWORD, proof, store

SUITE = opaque.Suite(TEST_KSF)


# ---------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def drill_pg() -> Iterator[cluster.PgServer]:
    """A PostgreSQL of this module's own: the tests change its replication settings."""
    why = cluster.missing_tools()
    if why:
        skip_or_fail(why)
    server = cluster.PgServer().init().start()
    try:
        yield server
    finally:
        server.close()


_names = iter(range(10**6))


@pytest.fixture
def drill_db(drill_pg: cluster.PgServer) -> Iterator[Database]:
    name = f"drill{next(_names)}"
    drill_pg.create_database(name)
    yield Database("postgresql", server=drill_pg, name=name)
    _sync_standby(drill_pg, "")
    drill_pg.drop_database(name)


@pytest.fixture
def drill_nodes(drill_db: Database, hsm_env: dict[str, str]) -> Iterator:
    """``drill_nodes(n, *extra)``: n vault nodes on one fresh database (``extra``: more
    arguments of ``serve``)."""
    started: list[VaultProcess] = []

    def make(n: int = 1, *extra: str) -> list[VaultProcess]:
        for _ in range(n):
            started.append(VaultProcess(hsm_env, drill_db, *extra).start())
        return started[-n:]

    yield make
    for v in started:
        if v.proc and v.proc.poll() is None:
            _signal(v, signal.SIGCONT)  # a stopped process cannot handle SIGTERM
        v.cleanup()


def _signal(node: VaultProcess, sig: int) -> None:
    """``sig`` to the node and its marks process (SIGSTOP: a paused container)."""
    assert node.proc is not None
    node.signal_all(sig)


def _sync_standby(server: cluster.PgServer, names: str) -> None:
    """Make every COMMIT wait for a standby called ``names`` (none exists: it waits)."""
    with cluster.connect(server.url("postgres")) as c:
        c.execute(f"ALTER SYSTEM SET synchronous_standby_names = '{names}'")
        c.execute("SELECT pg_reload_conf()")


def _row(db: Database, user_id: str) -> tuple[str, int]:
    state, attempts, _ = db.row(user_id)
    return state, attempts


def post(url: str, path: str, payload: dict, timeout: float = 30) -> tuple[int, dict]:
    req = urllib.request.Request(
        url + path, data=json.dumps(payload).encode(),
        headers={"Content-Type": "application/json"}, method="POST",
    )  # fmt: skip
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        try:
            return e.code, json.loads(e.read() or b"{}")
        except ValueError:
            return e.code, {}
    except OSError:
        return 0, {}  # no answer


def start_body(binding, password: bytes = b"guess") -> tuple[dict, object]:
    state, ke1 = opaque.generate_ke1(SUITE, password)
    return {"user_id": binding.user_id, "ke1": b64e(ke1), "account": proof(binding, ke1)}, state


def _wait(cond, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while True:
        got = cond()
        if got:
            return got
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


class Call(threading.Thread):
    """One request in a thread of its own; ``result`` once it returned."""

    def __init__(self, fn, *args) -> None:
        super().__init__(daemon=True)
        self.fn, self.args = fn, args
        self.result: object = None
        self.done = threading.Event()
        self.start()

    def run(self) -> None:
        try:
            self.result = self.fn(*self.args)
        except BaseException as exc:  # noqa: BLE001 - the test looks at it
            self.result = exc
        self.done.set()


# ---------------------------------------------------------------------------- PostgreSQL


def _sync_waiters(server: cluster.PgServer) -> list[int]:
    """Backends of vault nodes whose COMMIT waits for the synchronous standby."""
    with cluster.connect(server.url("postgres")) as c:
        return [r[0] for r in c.execute(
            "SELECT pid FROM pg_stat_activity WHERE application_name = 'backupgui-vault' "
            "AND wait_event = 'SyncRep'").fetchall()]  # fmt: skip


def test_an_attempt_is_answered_only_once_a_standby_has_it(drill_pg, drill_db, drill_nodes):
    """A node's connection breaks while its COMMIT waits for the standby; the attempt is
    then committed on the primary only. The node re-runs the transaction, finds its own
    session and must not answer before that attempt is on a standby too: otherwise losing
    the primary now loses an attempt the client could already test (a free guess).

    Finding (s15): the re-run only read, and a read-only COMMIT waits for nothing, so the
    KE2 left at once. Now a re-run after an unknown outcome waits for replication.
    """
    (node,) = drill_nodes(1)
    binding, _ = store(node.url)
    _sync_standby(drill_pg, "ghost")  # a standby that never confirms
    body, _ = start_body(binding)
    call = Call(post, node.url, "/v1/login/start", body, 60)
    (pid,) = _wait(lambda: _sync_waiters(drill_pg), 30, "a COMMIT waiting for the standby")
    with cluster.connect(drill_pg.url("postgres")) as c:  # the node's connection breaks
        c.execute("SELECT pg_terminate_backend(%s)", (pid,))
    # Committed on the primary alone: the session and the counted attempt are visible.
    assert _wait(lambda: _row(drill_db, binding.user_id)[1] == 1, 30, "the local commit")
    answered_early = call.done.wait(4)
    assert not answered_early, f"KE2 answered before a standby had the attempt: {call.result}"
    _wait(lambda: _sync_waiters(drill_pg), 30, "the re-run waiting for the standby")
    _sync_standby(drill_pg, "")  # the standby confirms (here: none is required any more)
    assert call.done.wait(30)
    status, reply = call.result  # type: ignore[misc]
    assert status == 200 and reply["attempts_left"] == 9, (status, reply)
    assert _row(drill_db, binding.user_id) == ("active", 1)  # counted once, not twice


def _freeze(server: cluster.PgServer, sig: int) -> None:
    """SIGSTOP/SIGCONT the PostgreSQL this module started: its postmaster and every backend."""
    assert server.proc is not None and server.proc.poll() is None
    for pid in [server.proc.pid, *cluster._children(server.proc.pid)]:
        os.kill(pid, sig)


def test_a_frozen_database_does_not_hang_the_node(drill_pg, drill_db, drill_nodes) -> None:
    """The primary hangs (SIGSTOP of PostgreSQL: a frozen machine). Its kernel still takes
    the node's packets, so nothing but the node's own deadline ends the wait: the node
    answers "unavailable" (nothing counted, no KE2) instead of hanging, and serves again when
    the database is back, without a restart. Finding (s15): every request hung until the
    database woke (minutes, or for ever), holding the node's threads and connections."""
    (node,) = drill_nodes(1)
    binding, key = store(node.url)
    _freeze(drill_pg, signal.SIGSTOP)
    try:
        t0 = time.monotonic()
        status, reply = post(node.url, "/v1/login/start", start_body(binding)[0], timeout=75)
        took = time.monotonic() - t0
    finally:
        _freeze(drill_pg, signal.SIGCONT)
    assert status == 503 and reply.get("error") == "unavailable", (status, reply, took)
    assert _row(drill_db, binding.user_id) == ("active", 0)
    assert vault_fetch_key(binding, PASSWORD, ACCESS) == key  # back, without a restart
    assert _row(drill_db, binding.user_id) == ("active", 0)


# ---------------------------------------------------------------------------- a hung node


def _on(binding, node: VaultProcess):
    """The binding as it reads on another node of the same vault (the user's choice)."""
    TrustedVaults().add(node.url, binding.server_public_key, "confirmed")
    return type(binding).from_dict({**binding.to_dict(), "url": node.url})


def test_a_hung_node_is_left_and_its_late_attempt_counts_once(drill_db, drill_nodes,
                                                             monkeypatch) -> None:
    """SIGSTOP, not SIGKILL: the node's socket still accepts and nothing answers.

    - Between KE2 and KE3 the node that issued KE2 hangs: another node finishes the login.
    - A request sent to the hung node goes unanswered: the client gives up at its deadline,
      and Stop ends the wait at once.
    - The hung node wakes later and serves the request it had queued: that attempt counts
      once, and with nine wrong guesses on the other node the vault has issued exactly ten
      KE2 and destroys at the next start; never an eleventh.
    """
    # (b and its marks process are stopped together, maybe while b writes a mark: a stays
    # unhindered, VAULT.md 10.8.)
    a, b = drill_nodes(2, "--floor-interval", "0.2")
    binding, key = store(a.url)
    on_b = _on(binding, b)
    # Between KE2 (from b) and KE3: b hangs, a finishes; the attempt is settled once.
    body, state = start_body(binding, PASSWORD.encode())
    status, start = post(b.url, "/v1/login/start", body)
    assert status == 200 and start["attempts_left"] == 9
    _signal(b, signal.SIGSTOP)
    res = opaque.generate_ke3(SUITE, state, PASSWORD.encode(), _b64d(start["ke2"]))
    status, fin = post(a.url, "/v1/login/finish",
                       {"session_id": start["session_id"], "ke3": b64e(res.ke3)})  # fmt: skip
    assert status == 200 and fin["attempts_left"] == 10, fin
    assert _row(drill_db, binding.user_id) == ("active", 0)

    # The client and the hung node: its deadline, and Stop.
    monkeypatch.setattr(vault_client, "DEADLINE", 2.0)
    t0 = time.monotonic()
    with pytest.raises(VaultError, match="answered too slowly"):
        vault_fetch_key(on_b, "wrong guess", ACCESS)
    assert time.monotonic() - t0 < 10
    monkeypatch.setattr(vault_client, "DEADLINE", 60.0)
    stop: list = []

    def task():  # what the app's task runner does around a job
        with netguard.job_scope(lambda cb: (stop.append(cb), lambda: None)[1]):
            return vault_fetch_key(on_b, "wrong guess", ACCESS)

    call = Call(task)
    time.sleep(1.0)
    t0 = time.monotonic()
    stop[0]()  # the app's Stop
    assert call.done.wait(5), "Stop did not end the request to a hung node"
    assert isinstance(call.result, CancelledError), call.result
    assert time.monotonic() - t0 < 3
    # Those two asked the hung node for its /v1/info only: nothing was counted.
    assert _row(drill_db, binding.user_id) == ("active", 0)

    # Two login starts queued at the hung node: one client gives up, one waits.
    _signal(b, signal.SIGSTOP)
    abandoned, _ = start_body(binding)
    assert post(b.url, "/v1/login/start", abandoned, timeout=1.5)[0] == 0  # no answer
    patient = Call(post, b.url, "/v1/login/start", start_body(binding)[0], 60)
    answers = 0  # KE2 the clients received
    for left in range(9, 1, -1):  # eight wrong guesses on a meanwhile
        with pytest.raises(WrongKeyError) as info:
            vault_fetch_key(binding, "wrong guess", ACCESS)
        assert info.value.attempts_left == left
        answers += 1
    assert _row(drill_db, binding.user_id) == ("active", 8)
    _signal(b, signal.SIGCONT)  # b wakes and serves what it had queued
    assert patient.done.wait(30)
    status, reply = patient.result  # type: ignore[misc]
    assert status == 200, (status, reply)
    answers += 1
    state, counted = _row(drill_db, binding.user_id)
    # The waiting client's start counted once; the abandoned one at most once (aiohttp drops
    # a request whose client has left before its body is read, which is what happens here).
    assert counted in (9, 10) and reply["attempts_left"] == 10 - counted, (counted, reply)
    # Go on guessing on a until the vault refuses: it never hands out an eleventh KE2.
    while True:
        status, reply = post(a.url, "/v1/login/start", start_body(binding)[0])
        if status != 200:
            break
        answers += 1
    assert status == 410 and reply["error"] == "destroyed", (status, reply)
    assert _row(drill_db, binding.user_id) == ("destroyed", 10)
    assert answers == 10 - (counted - 9), answers  # every counted attempt but the abandoned


# ---------------------------------------------------------------------------- lost answers


class Relay(HttpRelay):
    """The vault's one address, forwarding each request to the first live node. For the
    first request to ``drop``, it forwards it, waits for the node's answer (the vault has
    committed), then SIGKILLs that node and closes the client's connection unanswered: a
    node dying between its commit and its answer."""

    def __init__(self, nodes: list[VaultProcess], drop: str) -> None:
        self.nodes, self.drop, self.dropped = nodes, drop, 0
        super().__init__(self._first_live, self._answered)

    def _first_live(self) -> VaultProcess | None:
        return next((n for n in self.nodes if n.proc and n.proc.poll() is None), None)

    def _answered(self, path: str, node: VaultProcess) -> bool:
        if path == self.drop and not self.dropped:
            self.dropped += 1
            node.kill()  # after its commit, before its answer reached anyone
            return False
        return True


@pytest.fixture
def relay_to(drill_nodes) -> Iterator:
    made: list[Relay] = []

    def make(drop: str) -> tuple[Relay, list[VaultProcess]]:
        nodes = drill_nodes(2)
        made.append(Relay(nodes, drop))
        return made[-1], nodes

    yield make
    for r in made:
        r.close()


def test_a_wrong_password_whose_abort_answer_is_lost(drill_db, relay_to) -> None:
    """The node dies after counting the failure, before saying so: the client still says
    "wrong password" (it knows: the envelope did not open), the attempt counts once."""
    relay, _ = relay_to("/v1/login/abort")
    binding, key = store(relay.url)
    with pytest.raises(WrongKeyError, match="did not answer how many attempts") as info:
        vault_fetch_key(binding, "wrong guess", ACCESS)
    assert info.value.attempts_left is None and relay.dropped == 1
    assert _row(drill_db, binding.user_id) == ("active", 1)
    assert vault_fetch_key(binding, PASSWORD, ACCESS) == key  # the other node; resets
    assert _row(drill_db, binding.user_id) == ("active", 0)


def test_a_password_change_whose_answer_is_lost(drill_db, relay_to) -> None:
    """The node dies after committing the new password, before answering: the client asks
    again (the other node), the vault says it is done; the record is the new one, whole."""
    relay, _ = relay_to("/v1/password/finish")
    binding, key = store(relay.url)
    generation = drill_db.execute("SELECT generation FROM records WHERE user_id = ?",
                                  (binding.user_id,))[0][0]  # fmt: skip
    stronger = type(TEST_KSF)(memory_kib=512, iterations=1, parallelism=1)
    new = vault_change_password(binding, PASSWORD, "a new passphrase 7", ksf=stronger,
                                access=ACCESS)  # fmt: skip
    assert relay.dropped == 1 and new.ksf != binding.ksf
    assert drill_db.execute("SELECT generation, attempts, state FROM records WHERE user_id = ?",
                            (binding.user_id,))[0] == (generation + 1, 0, "active")  # fmt: skip
    assert vault_fetch_key(new, "a new passphrase 7", ACCESS) == key
    with pytest.raises(WrongKeyError):
        vault_fetch_key(binding, PASSWORD, ACCESS)


def test_a_password_change_that_never_gets_an_answer(drill_db, relay_to, monkeypatch) -> None:
    """Every node that could answer is gone: the client says the change may have happened;
    the record is either old or new (here new), never half: it opens with the new one."""
    relay, nodes = relay_to("/v1/password/finish")
    binding, key = store(relay.url)
    monkeypatch.setattr(vault_client, "FINISH_RETRIES", (0.2, None))
    nodes[1].kill()  # the relay's second node is gone too: nobody answers the retries
    # (The test's weak stretching is upgraded by the change: the new password needs the new
    # parameters, which the error carries.)
    with pytest.raises(VaultError, match="new password may already be in effect") as info:
        vault_change_password(binding, PASSWORD, "a new passphrase 8", access=ACCESS)
    changed = info.value.binding  # type: ignore[attr-defined]
    assert changed.ksf != binding.ksf
    revived = VaultProcess(nodes[0].env, drill_db).start()
    try:
        relay.nodes.append(revived)
        assert vault_fetch_key(changed, "a new passphrase 8", ACCESS) == key
        assert _row(drill_db, binding.user_id) == ("active", 0)
    finally:
        revived.cleanup()


def test_a_delete_whose_answer_is_lost(drill_db, relay_to) -> None:
    relay, _ = relay_to("/v1/login/finish")
    binding, _ = store(relay.url)
    with pytest.raises(VaultError, match="may already be deleted"):
        vault_delete(binding, PASSWORD, ACCESS)
    assert drill_db.row(binding.user_id) == ("deleted", 0, 1)  # whole: no sealed blob left
    with pytest.raises(VaultError, match="no key for this backup|destroyed"):
        vault_fetch_key(binding, PASSWORD, ACCESS)


# ---------------------------------------------------------------------------- a node that lies


@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_a_node_that_redirects_gets_no_attempt(drill_db, drill_nodes, status) -> None:
    """A node (or whoever answers at its address) redirects every request to a real node of
    the same vault. The public ``/v1/info`` may be followed (the pinned key still decides);
    a login's POST, with its account proof, is never re-sent to another address: the client
    refuses, and the vault counts nothing."""
    import http.server

    (node,) = drill_nodes(1)
    binding, _ = store(node.url)

    class Redirect(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

        def _go(self) -> None:
            self.rfile.read(min(int(self.headers.get("Content-Length") or 0), 1 << 16))
            self.send_response(status)
            self.send_header("Location", node.url + self.path)
            self.send_header("Content-Length", "0")
            self.end_headers()

        do_GET = do_POST = _go

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Redirect)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        liar = type(binding).from_dict({**binding.to_dict(),
                                        "url": f"http://127.0.0.1:{server.server_address[1]}"})
        TrustedVaults().add(liar.url, binding.server_public_key, "confirmed")
        with pytest.raises(VaultError) as info:
            vault_fetch_key(liar, "wrong guess", ACCESS)
        assert not isinstance(info.value, WrongKeyError), info.value
    finally:
        server.shutdown()
        server.server_close()
    assert _row(drill_db, binding.user_id) == ("active", 0)
    assert drill_db.execute("SELECT count(*) FROM login_proofs")[0][0] == 0


# ---------------------------------------------------------------------------- a slow disk


def _slow_fsync(server: cluster.PgServer, seconds: float) -> subprocess.Popen:
    """strace attached to every process of ``server`` (following the backends it forks from
    now on), holding each fsync/fdatasync ``seconds`` before it runs: a disk whose flushes
    are that slow (a dying disk, a saturated SAN). Only processes this module started."""
    assert server.proc is not None and server.proc.poll() is None
    args = ["strace", "-f", "-qq", "-o", "/dev/null", "-e", "trace=fsync,fdatasync",
            "-e", f"inject=fsync,fdatasync:delay_enter={int(seconds * 1e6)}"]  # fmt: skip
    for pid in [server.proc.pid, *cluster._children(server.proc.pid)]:
        args += ["-p", str(pid)]
    tracer = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)  # attached
    return tracer


def test_a_slow_disk_is_unavailable_not_a_hang_nor_a_double_count(hsm_env) -> None:
    """Every flush of the database's WAL takes 12 s (longer than a transaction's 10 s
    deadline; strace's fault injection on the postgres processes). A login start is then
    answered "unavailable" within the node's 30 s bound, no KE2 leaves, and the attempt its
    cut transactions may have committed later is counted at most once: the re-run blocks on
    the first one's row locks until that commit lands, then finds its own session. Service
    is back without a restart once the disk is fast again."""
    if shutil.which("strace") is None:
        skip_or_fail("strace is not installed (apt-get install -y strace)")
    why = cluster.missing_tools()
    if why:
        skip_or_fail(why)
    server = cluster.PgServer().init().start()
    node = None
    try:
        server.create_database("slow")
        db = Database("postgresql", server=server, name="slow")
        node = VaultProcess(hsm_env, db).start()
        binding, key = store(node.url)
        tracer = _slow_fsync(server, 12.0)
        try:
            t0 = time.monotonic()
            status, reply = post(node.url, "/v1/login/start", start_body(binding)[0], 75)
            took = time.monotonic() - t0
        finally:
            tracer.send_signal(signal.SIGINT)  # strace detaches; the disk is fast again
            tracer.wait(timeout=60)
        # "busy": the re-runs waited on the cut transaction's locks and then conflicted
        # with it until CONFLICT_TIMEOUT; either way a 503 without KE2, well before 75 s.
        assert status == 503 and reply.get("error") in ("unavailable", "busy"), (status, reply)
        time.sleep(2)  # any commit still in flight lands
        counted = _row(db, binding.user_id)[1]
        print(f"slow disk: answered {status} after {took:.1f} s, attempts counted {counted}")
        assert counted <= 1, counted
        assert vault_fetch_key(binding, PASSWORD, ACCESS) == key  # back, without a restart
        assert _row(db, binding.user_id) == ("active", 0)
    finally:
        if node is not None:
            node.cleanup()
        server.close()
