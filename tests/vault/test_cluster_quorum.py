"""The primary and the synchronous standby lost at once, on a real Patroni cluster (docs/VAULT.md
10.3, 10.6).

Every commit waits for one standby of two (``ANY 1``). A single failure loses nothing:
Patroni promotes the standby with the most WAL. Two at once can: here one standby's
walreceiver is frozen (SIGSTOP), so for several seconds every commit the vault answers from
is on the primary and the *other* standby only; then both of those machines die (kill -9 of
their Patroni and PostgreSQL), and so does the frozen walreceiver with the WAL waiting in its
socket. The standby left lacks every attempt counted meanwhile.

- Our own ``synchronous_standby_names`` (the configuration VAULT.md documents, what CI runs):
  Patroni promotes the standby left (it is within ``maximum_lag_on_failover``); once the
  lost standby's machine is back, Patroni rewinds it onto the promoted one and commits go
  through again. The vault nodes must not answer from that history: its WAL insert position
  was behind positions their commits had passed, so they refuse it (``503
  rollback_detected`` after the grace, and still once a standby streams; before s18 they
  answered KE2 from the forgotten counters as soon as it did).
- Patroni's ``synchronous_mode: quorum`` (Patroni >= 4.0): Patroni promotes no one while the
  standby left cannot show it has every acknowledged commit, so the vault answers ``503
  unavailable``; when the lost standby's machine comes back, a member with every commit leads
  and the vault serves again, nothing lost.
"""

from __future__ import annotations

import contextlib
import os
import signal
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest

from . import cluster
from .conftest import VaultProcess, cluster_nodes, skip_or_fail
from .test_cluster import (
    Guessers,
    _check_counts,
    _wait,
    attempts_in_db,
    post,
    start_body,
    store,
)


@pytest.fixture(params=["ours", "quorum"])
def patroni(request: pytest.FixtureRequest) -> Iterator[cluster.PatroniCluster]:
    why = cluster.missing_tools(patroni=True)
    if why:
        skip_or_fail(why)
    if request.param == "quorum" and cluster.patroni_version() < (4,):
        pytest.skip("synchronous_mode: quorum needs Patroni >= 4.0")
    with cluster.patroni_cluster(sync=request.param) as c:
        yield c


@pytest.fixture
def nodes(patroni: cluster.PatroniCluster, hsm_env: dict[str, str]) -> Iterator[list[VaultProcess]]:
    with cluster_nodes(hsm_env, patroni.url()) as started:
        yield started


def _probe(nodes: list[VaultProcess], binding) -> list[tuple[int, str]]:
    """A login start on every node, each waiting as long as a node may take (its 30 s of
    database retries): (status, error code)."""
    def one(n: VaultProcess) -> tuple[int, str]:
        status, reply = post(n.url, "/v1/login/start", start_body(binding)[0], timeout=60)
        if status == 200:
            post(n.url, "/v1/login/abort", {"session_id": reply["session_id"]}, timeout=10)
        return status, reply.get("error", "")

    with ThreadPoolExecutor(len(nodes)) as pool:
        return list(pool.map(one, nodes))


def test_losing_the_primary_and_the_synchronous_standby_at_once(nodes, patroni) -> None:
    patroni.wait_healthy(150)
    bindings = [store(nodes[i % 3].url, os.urandom(32)) for i in range(30)]
    leader = patroni.leader_or_fail()
    behind, ahead = (i for i in range(3) if i != leader)
    receiver = patroni.wal_receiver_pid(behind)
    timeline: dict[str, object] = {}
    with Guessers(nodes, bindings, threads=6, pause=0.2) as g:
        _wait(lambda: g.total() >= 10, 60, "answers before the freeze")
        os.kill(receiver, signal.SIGSTOP)  # from now on only `ahead` has the commits
        try:
            before = g.total()
            _wait(lambda: g.total() >= before + 15, 60, "answers only `ahead` holds")
            only_ahead = g.total() - before
            t0 = time.monotonic()
            patroni.kill_member(leader)
            patroni.kill_member(ahead)
            # What the primary sent meanwhile waits in the frozen receiver's socket (it
            # would be read and flushed on waking): it goes with the receiver. (PostgreSQL
            # then restarts the standby's processes; it recovers from its own disk.)
            os.kill(receiver, signal.SIGKILL)
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.kill(receiver, signal.SIGCONT)
        g.mark()  # every answer from here on comes from `behind`'s history, if any
        if patroni.sync == "ours":
            promoted = patroni.wait_failover(leader)
            timeline["promoted after s"] = round(time.monotonic() - t0, 1)
            assert promoted == behind
            # (The guessers give up after 10 s; a node passes over the primary behind for
            # 20 s before it refuses it.)
            probes = _probe(nodes, bindings[0])
            timeline["probes"] = probes
            timeline["refused after s"] = round(time.monotonic() - t0, 1)
            # (Until a standby streams from it, its commits would wait anyway: the code
            # before s18 answered 503 unavailable here.) The lost standby's machine comes
            # back: Patroni rewinds it onto the promoted one's timeline, dropping the
            # attempts only it had, and commits go through again.
            patroni.start_member(ahead)
            patroni.wait_healthy(150, standbys=1)
            timeline["a standby streaming again after s"] = round(time.monotonic() - t0, 1)
            probes += _probe(nodes, bindings[0])
            time.sleep(1)
        else:
            # No one is promoted: the vault answers 503 unavailable (after its 30 s of
            # retries) while `ahead` is down.
            probes = _probe(nodes, bindings[0])
            timeline["probes while down"] = probes
            timeline["unavailable after s"] = round(time.monotonic() - t0, 1)
            assert patroni.leader() is None, "Patroni promoted a standby without a quorum"
            outage = dict(g.answers_after)
            patroni.start_member(ahead)  # its machine comes back
            t1 = time.monotonic()
            new_leader = patroni.wait_failover(leader)
            timeline["a primary again s after the return"] = round(time.monotonic() - t1, 1)
            g.mark()
            _wait(lambda: any(v > 0 for v in g.answers_after.values()), 90,
                  "the vault answering again")  # fmt: skip
            timeline["answering again s after the return"] = round(time.monotonic() - t1, 1)
            time.sleep(1)
    for n in nodes:  # what each node saw of the primaries
        print(n.url, [line[24:240] for line in n.stderr().splitlines()
                      if "timeline" in line or "WAL" in line or "not used" in line][:8])
    print(f"double failure ({patroni.sync}): {timeline}, answers only the lost standby "
          f"held {only_ahead}, errors {dict(g.errors)}")
    assert all(n.proc and n.proc.poll() is None for n in nodes), "a vault node died"
    if patroni.sync == "ours":
        assert probes == [(503, "rollback_detected")] * 6, probes
        assert sum(g.answers_after.values()) == 0, (g.answers_after, dict(g.errors))
        logs = "".join(n.stderr() for n in nodes)
        assert "ROLLBACK DETECTED" in logs and "WAL position" in logs
        # The loss is real, and the vault handed none of the forgotten counters out.
        lost = sum(max(0, g.answers[b.user_id] - attempts_in_db(patroni, b.user_id)[1])
                   for b in bindings)  # fmt: skip
        print(f"counted attempts the promoted standby lacks: {lost}")
        assert lost > 0, "the promoted standby lacked nothing: no double failure was made"
    else:
        assert probes == [(503, "unavailable")] * 3, probes
        assert sum(outage.values()) == 0, outage
        assert new_leader in (behind, ahead)
        _check_counts(patroni, bindings, g)  # nothing lost, no false alarm
