"""Issue 18, finding 11: the vault's rate-limit table must not reset itself under a flood.

Before: one bucket per address and ``clear()`` of the whole table at 100k addresses, so
one IPv6 /64 (2^64 addresses) emptied everyone's buckets, the attacker's included.
Now: one bucket per /64 (IPv6) or per IPv4 address, and least-recently-used eviction.
"""

from __future__ import annotations

import ipaddress

import pytest

from backupgui.vault.ratelimit import RateLimiter

ATTACKER_NET = ipaddress.IPv6Network("2001:db8:bad:1::/64")


def _addresses(net: ipaddress.IPv6Network, n: int, start: int = 1):
    base = int(net.network_address)
    return (str(ipaddress.IPv6Address(base + start + i)) for i in range(n))


def test_one_ipv6_64_is_one_bucket() -> None:
    rl = RateLimiter(per_minute=1, burst=3)
    addrs = list(_addresses(ATTACKER_NET, 10))
    assert [rl.allow(a, now=0.0)[0] for a in addrs[:3]] == [True, True, True]
    # Another address of the same /64 is the same client.
    assert not any(rl.allow(a, now=0.0)[0] for a in addrs[3:])
    # A neighbouring /64 is someone else.
    assert rl.allow("2001:db8:bad:2::1", now=0.0)[0]


def test_flooding_addresses_of_ones_own_64_does_not_reset_any_bucket() -> None:
    rl = RateLimiter(per_minute=1, burst=2)
    victim_of_limit = "2001:db8:bad:1::1"
    assert rl.allow(victim_of_limit, now=0.0)[0] and rl.allow(victim_of_limit, now=0.0)[0]
    assert not rl.allow(victim_of_limit, now=0.0)[0]
    honest = "198.51.100.7"
    assert rl.allow(honest, now=0.0)[0]
    # 100,001 fresh addresses from the same /64: the table used to clear itself here.
    for a in _addresses(ATTACKER_NET, 100_001, start=1000):
        rl.allow(a, now=0.0)
    assert not rl.allow(victim_of_limit, now=0.0)[0], "the flood reset the attacker's bucket"
    assert len(rl) == 2  # still two clients: the /64 and the honest IPv4 address
    assert rl.allow(honest, now=0.0)[0]


def test_table_is_bounded_and_evicts_least_recently_used() -> None:
    rl = RateLimiter(per_minute=1, burst=1, max_clients=100)
    limited = "203.0.113.9"
    assert rl.allow(limited, now=0.0)[0]
    assert not rl.allow(limited, now=0.0)[0]
    # 99 other clients fill the table; the limited one is still known (and still limited).
    for i in range(99):
        rl.allow(f"10.0.{i // 250}.{i % 250 + 1}", now=1.0)
    assert len(rl) == 100
    assert not rl.allow(limited, now=1.0)[0]  # also makes it the most recently used
    # Another 99 new clients evict the 99 older ones, not the one just used.
    for i in range(99):
        rl.allow(f"10.1.{i // 250}.{i % 250 + 1}", now=2.0)
    assert len(rl) == 100
    assert not rl.allow(limited, now=2.0)[0]
    # Never more than max_clients buckets, whatever the flood.
    for i in range(5000):
        rl.allow(str(ipaddress.IPv4Address(0x0B000000 + i)), now=3.0)
        assert len(rl) <= 100


@pytest.mark.parametrize(
    ("address", "key"),
    [
        ("192.0.2.1", "192.0.2.1/32"),
        ("::ffff:192.0.2.1", "192.0.2.1/32"),  # IPv4-mapped: the IPv4 client
        ("2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64"),
        ("2001:DB8:1:2::ffff", "2001:db8:1:2::/64"),
        ("[2001:db8:1:2::1]", "2001:db8:1:2::/64"),
        ("fe80::1%eth0", "fe80::/64"),
        # with a port, as some proxies write X-Forwarded-For (found by red-team: each was
        # "invalid", so one client's flood emptied the bucket everybody shared)
        ("192.0.2.7:5555", "192.0.2.7/32"),
        ("[2001:db8:1:2::1]:443", "2001:db8:1:2::/64"),
        ("[::ffff:192.0.2.7]:80", "192.0.2.7/32"),
        ("not an address", "invalid"),
        ("", "invalid"),
    ],
)
def test_client_prefix(address: str, key: str) -> None:
    from backupgui.vault.ratelimit import client_prefix

    assert client_prefix(address) == key


def test_ipv4_addresses_are_separate_clients() -> None:
    rl = RateLimiter(per_minute=1, burst=1)
    assert rl.allow("192.0.2.1", now=0.0)[0]
    assert not rl.allow("192.0.2.1", now=0.0)[0]
    assert not rl.allow("::ffff:192.0.2.1", now=0.0)[0]  # the same client, mapped
    assert rl.allow("192.0.2.2", now=0.0)[0]


def test_garbage_addresses_share_one_bucket() -> None:
    rl = RateLimiter(per_minute=1, burst=1)
    assert rl.allow("garbage-1", now=0.0)[0]
    assert not rl.allow("garbage-2", now=0.0)[0]


# ---------------------------------------------------------------------------- in the database
# Issue 26 moved the buckets into the vault database (shared by every node); the same prefix
# rule and a bounded, least-recently-used table apply there, and to the in-memory fallback.


def _shared(tmp_path, **kw):
    from backupgui.vault.ratelimit import SharedRateLimiter
    from backupgui.vault.store import open_store

    store = open_store(str(tmp_path / "vault.sqlite"))
    return store, SharedRateLimiter(store, **kw)


def test_database_buckets_use_the_prefix_and_are_shared(tmp_path) -> None:
    store, a = _shared(tmp_path, per_minute=1, burst=3)
    from backupgui.vault.ratelimit import SharedRateLimiter

    b = SharedRateLimiter(store, 1, 3)  # a second node on the same database
    addrs = list(_addresses(ATTACKER_NET, 6))
    assert [a.allow(addrs[0], now=100.0)[0], b.allow(addrs[1], now=100.0)[0],
            a.allow(addrs[2], now=100.0)[0]] == [True, True, True]  # fmt: skip
    assert not b.allow(addrs[3], now=100.0)[0]  # one /64, one budget, whichever node
    assert b.allow("2001:db8:bad:2::1", now=100.0)[0]
    store.close()


def test_database_table_is_trimmed_to_the_most_recently_used(tmp_path) -> None:
    store, rl = _shared(tmp_path, per_minute=1, burst=1, max_clients=50, sweep_every=10)
    limited = "203.0.113.9"
    assert rl.allow(limited, now=1.0)[0] and not rl.allow(limited, now=1.0)[0]
    for i in range(600):
        now = 2.0 + i / 1000
        if i % 20 == 0:
            assert not rl.allow(limited, now=now)[0]  # kept recent: never evicted
        rl.allow(str(ipaddress.IPv4Address(0x0A000000 + i)), now=now)
        (count,) = store.run(lambda tx: tx._x("SELECT count(*) FROM rate_limits").fetchone())
        assert count <= 50 + 10
    # A flood of addresses of one /64 is one row.
    (tmp_path / "b").mkdir()
    store2, rl2 = _shared(tmp_path / "b", per_minute=1, burst=1)
    for a in _addresses(ATTACKER_NET, 1000, start=7):
        rl2.allow(a, now=5.0)
    (rows,) = store2.run(lambda tx: tx._x("SELECT count(*) FROM rate_limits").fetchone())
    assert rows == 1
    store.close()
    store2.close()


def test_unreachable_database_falls_back_to_memory_with_the_same_rules(tmp_path) -> None:
    from backupgui.vault.ratelimit import SharedRateLimiter
    from backupgui.vault.store import StorageUnavailable

    class Down:
        def rate_take(self, *a):
            raise StorageUnavailable("down")

        def rate_sweep(self, keep):
            raise StorageUnavailable("down")

    rl = SharedRateLimiter(Down(), 1, 2)
    addrs = list(_addresses(ATTACKER_NET, 5))
    assert [rl.allow(x, now=0.0)[0] for x in addrs] == [True, True, False, False, False]
    assert rl.allow("198.51.100.1", now=0.0)[0]
    assert len(rl.fallback) == 2


def test_every_x_forwarded_for_line_counts_and_the_proxys_hop_decides() -> None:
    """Found by red-team: behind a proxy that adds its own X-Forwarded-For line (HAProxy's
    ``option forwardfor``) after the one the client sent, the vault read only the first
    line - the client's - so each spoofed value was a fresh bucket: no rate limit at all."""
    from aiohttp import web
    from aiohttp.test_utils import make_mocked_request
    from multidict import CIMultiDict

    from backupgui.vault import web as vault_web

    app = web.Application()
    app[vault_web.FORWARDED_KEY] = True
    headers = CIMultiDict([("X-Forwarded-For", "2001:db8:ffff::1, 198.51.100.1"),
                           ("X-Forwarded-For", "2001:db8:1:2::9")])
    req = make_mocked_request("POST", "/v1/login/start", headers=headers, app=app)
    assert vault_web._client_key(req) == "2001:db8:1:2::9"
    app2 = web.Application()
    app2[vault_web.FORWARDED_KEY] = False  # not behind the operator's proxy: ignored
    req = make_mocked_request("POST", "/v1/login/start", headers=headers, app=app2)
    assert vault_web._client_key(req) != "2001:db8:1:2::9"
