"""An old primary that serves again on an older timeline, on a real Patroni cluster, is
refused (docs/VAULT.md 10.6, 10.8).

Debian 12's Patroni 3.0.2 on etcd's v3 API did this by itself (VAULT.md 10.3, s16): a primary
frozen longer than the leader key's TTL renewed the key as its own when it woke, the standby
promoted meanwhile demoted itself and was rewound onto the old primary's timeline, and every
attempt counted on the newer timeline was gone. Whether it happens on a given wake is a race
inside Patroni (it did in test_cluster.py's module, not on a fresh cluster), so this test
makes that write itself: while the old primary is frozen and the promoted standby counts
attempts, the leader key is set back to the old primary's name in etcd (v3 API). The woken
primary then leads on its old timeline with any Patroni, and the promoted one is demoted and
rewound: the s16 state, every time. The vault nodes must refuse it (``503
rollback_detected``) instead of serving its older counters.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import pytest

from . import cluster
from .conftest import VaultProcess, cluster_nodes, skip_or_fail
from .test_cluster import Guessers, _wait, attempts_in_db, frozen_primary, store


@pytest.fixture(scope="module")
def patroni() -> Iterator[cluster.PatroniCluster]:
    why = cluster.missing_tools(patroni=True)
    if why or not os.path.exists(cluster.ETCDCTL):
        skip_or_fail(why or "etcdctl is not installed")
    with cluster.patroni_cluster(dcs="etcd3") as c:
        yield c


@pytest.fixture(scope="module")
def nodes(patroni: cluster.PatroniCluster, hsm_env: dict[str, str]) -> Iterator[list[VaultProcess]]:
    with cluster_nodes(hsm_env, patroni.url()) as started:
        yield started


def test_an_old_primary_that_takes_the_leader_key_back_is_refused(nodes, patroni) -> None:
    """Freeze the primary until a standby is promoted and every node counts attempts on it;
    put the leader key back to the old primary and wake it: it leads again on the older
    timeline and the promoted standby is rewound onto it. From then on no node serves a
    login (each start answers 503 ``rollback_detected``, logged ``ROLLBACK DETECTED``): no
    counter of the older history is handed out as current."""
    patroni.wait_healthy(150)
    bindings = [store(nodes[i % 3].url, os.urandom(32)) for i in range(20)]
    leader = patroni.leader_or_fail()
    timeline: dict[str, float] = {}
    with Guessers(nodes, bindings, threads=6, pause=0.2) as g:
        _wait(lambda: g.total() >= 10, 60, "answers before the freeze")
        with frozen_primary(patroni, g, leader, timeline,
                            "every node answering on the promoted standby") as promoted:
            on_newer = sum(g.answers_after.values())
            # What Patroni 3.0.2's etcd3 client did when the old primary woke.
            patroni.etcd.put(patroni.leader_key(), patroni.names[leader])
        t1 = time.monotonic()
        patroni.wait("the woken primary leading again", lambda: patroni.leader() == leader,
                     120, 0.3)  # fmt: skip
        timeline["old primary leading again s after waking"] = round(time.monotonic() - t1, 1)
        g.mark()  # every answer from here on would come from the older history
        _wait(lambda: g.errors["503 rollback_detected"] >= 10, 120,
              "the nodes refusing the older timeline")  # fmt: skip
        timeline["refused s after waking"] = round(time.monotonic() - t1, 1)
        time.sleep(3)
    assert promoted != leader and on_newer > 0
    assert all(n.proc and n.proc.poll() is None for n in nodes), "a vault node died"
    logs = [n.stderr() for n in nodes]
    assert sum(g.answers_after.values()) == 0, (g.answers_after, dict(g.errors))
    assert any("ROLLBACK DETECTED" in text and "timeline" in text for text in logs)
    # The rollback is real: some record's counter is below the answers clients received.
    lost = {b.user_id: g.answers[b.user_id] - attempts_in_db(patroni, b.user_id)[1]
            for b in bindings if g.answers[b.user_id] > attempts_in_db(patroni, b.user_id)[1]}
    print(f"old primary back: {timeline}, answers {g.total()} ({on_newer} on the newer "
          f"timeline), refused {g.errors['503 rollback_detected']}, counted attempts the "
          f"older timeline lacks {sum(lost.values())} on {len(lost)} records, "
          f"errors {dict(g.errors)}")
    assert lost, "the older timeline lacked nothing: no rollback was made"
