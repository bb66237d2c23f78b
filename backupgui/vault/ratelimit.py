"""Per-client token-bucket rate limiting for the vault's HTTP API.

Clients are grouped by network prefix, not by address: one IPv6 /64 (what one customer or
one machine usually gets) or one IPv4 address (/32) is one bucket, so an attacker cannot make
new buckets by walking through the addresses of their own /64. The table of buckets is
bounded; when it is full the least-recently-used bucket is evicted (never the whole table).

:class:`RateLimiter` keeps the buckets in memory (one process). The vault's nodes share
theirs through the database (:class:`SharedRateLimiter`), so N nodes do not give N times the
budget; it falls back to an in-memory limiter with the same rules while the database cannot
be reached.
"""

from __future__ import annotations

import ipaddress
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

log = logging.getLogger("backupgui.vault.ratelimit")

DEFAULT_MAX_CLIENTS = 100_000
IPV6_PREFIX = 64
IPV4_PREFIX = 32
#: The one bucket shared by every client whose address does not parse (a garbled
#: X-Forwarded-For must not make a bucket per value).
INVALID_KEY = "invalid"


def client_prefix(address: str) -> str:
    """The rate-limit key of an address: its IPv6 /64, or the IPv4 address (/32).

    IPv4-mapped IPv6 addresses (``::ffff:a.b.c.d``) count as the IPv4 address; a zone
    index (``fe80::1%eth0``) and a port (``192.0.2.7:5555``, ``[2001:db8::1]:443``) are
    ignored. Anything that is not an IP address maps to one
    shared key.
    """
    text = address.strip()
    # Some proxies write the client's port too: "192.0.2.7:5555", "[2001:db8::1]:443".
    # Read as garbage, every client would share the one "invalid" bucket, which any of
    # them could empty for all.
    if text.startswith("["):
        text = text[1:].split("]", 1)[0]
    elif text.count(":") == 1:
        text = text.split(":", 1)[0]
    text = text.split("%", 1)[0]
    try:
        ip = ipaddress.ip_address(text)
    except ValueError:
        return INVALID_KEY
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if isinstance(ip, ipaddress.IPv4Address):
        return f"{ip}/{IPV4_PREFIX}"
    net = ipaddress.IPv6Network((ip, IPV6_PREFIX), strict=False)
    return str(net)


class Limiter(Protocol):
    def allow(self, client: str, now: float | None = None) -> tuple[bool, float]: ...


@dataclass
class _Bucket:
    tokens: float
    stamp: float


class RateLimiter:
    """``burst`` requests at once, refilled at ``per_minute`` per minute, per client prefix.

    At most ``max_clients`` buckets are kept; a new prefix beyond that evicts the bucket
    used least recently. Thread-safe.
    """

    def __init__(
        self, per_minute: float, burst: int, max_clients: int = DEFAULT_MAX_CLIENTS
    ) -> None:
        if max_clients < 1:
            raise ValueError("max_clients must be at least 1")
        self.rate = per_minute / 60.0
        self.burst = float(burst)
        self.max_clients = max_clients
        self._buckets: OrderedDict[str, _Bucket] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._buckets)

    def allow(self, client: str, now: float | None = None) -> tuple[bool, float]:
        """(allowed, seconds until the next request would be allowed) for a client address."""
        now = time.monotonic() if now is None else now
        key = client_prefix(client)
        with self._lock:
            b = self._buckets.get(key)
            if b is None:
                while len(self._buckets) >= self.max_clients:
                    self._buckets.popitem(last=False)  # least recently used
                b = self._buckets[key] = _Bucket(self.burst, now)
            else:
                self._buckets.move_to_end(key)
            b.tokens = min(self.burst, b.tokens + max(0.0, now - b.stamp) * self.rate)
            b.stamp = max(b.stamp, now)
            if b.tokens >= 1.0:
                b.tokens -= 1.0
                return True, 0.0
            return False, self._wait(b.tokens)

    def _wait(self, tokens: float) -> float:
        return (1.0 - tokens) / self.rate if self.rate > 0 else 3600.0


class _RateStore(Protocol):
    def rate_take(
        self, key: str, now: float, rate: float, burst: float
    ) -> tuple[bool, float, bool]: ...

    def rate_sweep(self, keep: int) -> int: ...


class SharedRateLimiter:
    """The same buckets and rules as :class:`RateLimiter`, kept in the vault database.

    Every node of a vault takes its tokens from the same rows, so adding nodes does not add
    budget. The table is trimmed to the ``max_clients`` most recently used prefixes each time
    this node has created ``sweep_every`` new buckets (default 1% of ``max_clients``): it
    never holds more than ``max_clients + nodes * sweep_every`` rows. The vault's time is used
    (``clock``: the database's); a clock running behind never adds tokens.

    When the database is unreachable the node limits requests with an in-memory
    :class:`RateLimiter` of the same settings until it is back.
    """

    def __init__(
        self,
        store: _RateStore,
        per_minute: float,
        burst: int,
        max_clients: int = DEFAULT_MAX_CLIENTS,
        sweep_every: int | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if max_clients < 1:
            raise ValueError("max_clients must be at least 1")
        self.store = store
        #: The vault's time (the database's clock: ``VaultService.now``), so that a node whose
        #: own clock runs ahead neither refills buckets early nor stalls the others' refill.
        self.clock = clock
        self.rate = per_minute / 60.0
        self.burst = float(burst)
        self.max_clients = max_clients
        self.sweep_every = sweep_every or max(1, max_clients // 100)
        self.fallback = RateLimiter(per_minute, burst, max_clients)
        self._created = 0
        self._lock = threading.Lock()

    def allow(self, client: str, now: float | None = None) -> tuple[bool, float]:
        from .store import StorageError

        now = self.clock() if now is None else now
        key = client_prefix(client)
        try:
            allowed, tokens, created = self.store.rate_take(key, now, self.rate, self.burst)
        except StorageError:
            log.warning("rate limit table unreachable; limiting in memory meanwhile")
            return self.fallback.allow(client, now)
        if created:
            with self._lock:
                self._created += 1
                sweep = self._created >= self.sweep_every
                if sweep:
                    self._created = 0
            if sweep:
                try:
                    self.store.rate_sweep(self.max_clients)
                except StorageError:
                    pass  # the next sweep trims the table
        if allowed:
            return True, 0.0
        return False, (1.0 - tokens) / self.rate if self.rate > 0 else 3600.0
