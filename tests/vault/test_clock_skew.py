"""Vault nodes whose clocks are minutes off, on one PostgreSQL (docs/VAULT.md 10.8).

Real processes: three vault nodes on a real SoftHSM2 token and a real PostgreSQL, two of them
run under libfaketime (Debian's ``faketime``: ``LD_PRELOAD`` shifts what the process reads as
the wall clock) five minutes behind and five minutes ahead; a real HTTP relay in front that
sends each request to the next node in turn, so every login, password change and signed
proof is made on one node and used on another. Attempts are counted from the database.

Finding (s16): each node used its own clock for the expiry of sessions, grants and the replay
rows of signed proofs, all written by one node and read or purged by another. A node 5 min
behind wrote sessions that the others found expired (a login with the right password failed
after its attempt was counted), refused every signed proof from a client on time, and took
a proof captured 5 min earlier; a node ahead purged the replay rows the others wrote. Nodes
now use the database server's clock (``VaultService.now``: their offset from it, measured
every few seconds).
"""

from __future__ import annotations

import email.utils
import itertools
import json
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from backupgui.errors import WrongKeyError
from backupgui.vault import opaque, vault_change_password, vault_fetch_key
from backupgui.vault.account import LOGIN_CONTEXT, login_payload, sig_proof
from backupgui.vault.client import _b64d
from backupgui.vault.service import b64e

from . import cluster
from .conftest import TEST_KSF, Database, VaultProcess, skip_or_fail
from .relay import HttpRelay
from .test_vault_process import ACCESS, DEVICES, PASSWORD, store

SKEW = 300  # seconds: five minutes behind, five minutes ahead
SUITE = opaque.Suite(TEST_KSF)


def _faketime_lib() -> Path | None:
    found = sorted(Path("/usr/lib").glob("*/faketime/libfaketime.so.1"))
    return found[0] if found else None


@pytest.fixture(scope="module")
def skew_pg() -> Iterator[cluster.PgServer]:
    why = cluster.missing_tools()
    if why:
        skip_or_fail(why)
    if _faketime_lib() is None:
        skip_or_fail("libfaketime is not installed (apt-get install -y faketime)")
    server = cluster.PgServer().init().start()
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def skew_db(skew_pg: cluster.PgServer) -> Iterator[Database]:
    skew_pg.create_database("skew")
    yield Database("postgresql", server=skew_pg, name="skew")
    skew_pg.drop_database("skew")


def _env(hsm_env: dict[str, str], seconds: int) -> dict[str, str]:
    if not seconds:
        return hsm_env
    return {
        **hsm_env,
        "LD_PRELOAD": str(_faketime_lib()),
        "FAKETIME": f"{seconds:+d}",
        "FAKETIME_DONT_FAKE_MONOTONIC": "1",  # only the wall clock is off, as with a bad NTP
    }


@pytest.fixture
def skewed(skew_db: Database, hsm_env: dict[str, str]) -> Iterator[list[VaultProcess]]:
    """Three nodes: 5 min behind, on time, 5 min ahead."""
    nodes = [VaultProcess(_env(hsm_env, s), skew_db) for s in (-SKEW, 0, SKEW)]
    try:
        for n in nodes:
            n.start()
        yield nodes
    finally:
        for n in nodes:
            n.cleanup()


class RoundRobin(HttpRelay):
    """The vault's one address: each request goes to the next node in turn."""

    def __init__(self, nodes: list[VaultProcess]) -> None:
        turn = itertools.cycle(nodes)
        lock = threading.Lock()

        def pick() -> VaultProcess:
            with lock:
                return next(turn)

        super().__init__(pick)


def _post(url: str, path: str, payload: dict) -> tuple[int, dict]:
    req = urllib.request.Request(url + path, data=json.dumps(payload).encode(),
                                 headers={"Content-Type": "application/json"})  # fmt: skip
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"{}")


def _login_body(binding, when: int | None = None) -> dict:
    """A login start with this machine's signed proof made at ``when`` (default: now)."""
    _, ke1 = opaque.generate_ke1(SUITE, b"a guess")
    proof = sig_proof(DEVICES.saved[binding.user_id], _b64d(binding.server_public_key),
                      LOGIN_CONTEXT, binding.user_id, login_payload(ke1), when)  # fmt: skip
    return {"user_id": binding.user_id, "ke1": b64e(ke1), "account": proof}


def _attempts(db: Database, user_id: str) -> int:
    return db.row(user_id)[1]


def test_nodes_minutes_apart_agree_on_sessions_grants_and_proofs(skew_db, skewed) -> None:
    """Every step of every flow lands on another node (behind, on time, ahead): logins with
    the right and a wrong password, a password change (its grant made on one node, used on
    another), each counted exactly; a signed proof is taken once, by whichever node, and
    a proof made 5 minutes ago (captured, or from a client whose clock is that far off) by
    none."""
    behind, _, ahead = skewed
    # The skew is real: each node's HTTP Date header is its own clock.
    for node, skew in zip(skewed, (-SKEW, 0, SKEW), strict=True):
        with urllib.request.urlopen(node.url + "/v1/info", timeout=30) as r:
            said = email.utils.parsedate_to_datetime(r.headers["Date"]).timestamp()
        assert abs(said - time.time() - skew) < 5, (node.url, said - time.time())
    relay = RoundRobin(skewed)
    try:
        binding, key = store(relay.url)
        for _ in range(3):  # each round starts on another node
            assert vault_fetch_key(binding, PASSWORD, ACCESS) == key
            assert _attempts(skew_db, binding.user_id) == 0
        for left in (9, 8):
            with pytest.raises(WrongKeyError) as info:
                vault_fetch_key(binding, "not the password", ACCESS)
            assert info.value.attempts_left == left
        assert _attempts(skew_db, binding.user_id) == 2
        changed = vault_change_password(binding, PASSWORD, "a new passphrase 9", access=ACCESS)
        assert _attempts(skew_db, binding.user_id) == 0
        for _ in range(3):
            assert vault_fetch_key(changed, "a new passphrase 9", ACCESS) == key
        with pytest.raises(WrongKeyError):
            vault_fetch_key(changed, PASSWORD, ACCESS)
        assert _attempts(skew_db, binding.user_id) == 1

        # One signed proof, one attempt, whichever node's clock: a replay is refused by all,
        # also after each node's purge of expired rows (the node ahead purged at its start).
        body = _login_body(changed)
        assert _post(behind.url, "/v1/login/start", body)[0] == 200
        for node in skewed:
            status, reply = _post(node.url, "/v1/login/start", body)
            assert (status, reply.get("error")) == (403, "unauthorized"), (node.url, reply)
        assert _attempts(skew_db, binding.user_id) == 2
        # A proof made 5 minutes ago is too old for every node, the one behind included.
        old = _login_body(changed, int(time.time()) - SKEW)
        for node in skewed:
            status, reply = _post(node.url, "/v1/login/start", old)
            assert (status, reply.get("error")) == (403, "unauthorized"), (node.url, reply)
        assert _attempts(skew_db, binding.user_id) == 2
        assert vault_fetch_key(changed, "a new passphrase 9", ACCESS) == key
        assert _attempts(skew_db, binding.user_id) == 0
    finally:
        relay.close()
