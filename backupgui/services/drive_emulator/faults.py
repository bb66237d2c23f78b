"""Fault injection for the Drive emulator: scripted queues and seeded random faults.

Request categories (``match``): ``upload-start``, ``upload-chunk``, ``upload-simple``,
``media``, ``list``, ``get``, ``create``, ``update``, ``delete``, ``about``, ``oauth``.
``any`` matches every Drive request (not OAuth), ``upload`` every ``upload-*``; several can be
joined with ``|``.

Spec strings (CLI ``--faults``), comma-separated items::

    503                         one 503 on the next Drive request
    429:n=3:retry_after=2       three 429s with Retry-After: 2
    reset-request:match=upload-chunk:skip=2:cut=0.5
    slow:delay=1.5:match=media
    trickle:delay=0.2:match=media:n=100
    random:p=0.05:seed=7:kinds=500|503|reset-response:match=any
"""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass, field

KINDS = (
    "500",
    "502",
    "503",
    "429",
    "403-rate",  # 403 userRateLimitExceeded
    "403-ratelimit",  # 403 rateLimitExceeded
    "quota",  # 403 storageQuotaExceeded
    "403-forbidden",  # 403 appNotAuthorizedToFile: a permanent refusal, never retried
    "403-scope",  # 403 insufficientPermissions: a token without the Drive scope, never retried
    "403-daily",  # 403 dailyLimitExceeded: the project's daily quota, never retried
    "403-domain",  # 403 domainPolicy: a Workspace admin turned Drive apps off, never retried
    "400",  # 400 badRequest (e.g. an upload form Drive does not take for this size)
    "413",  # 413 uploadTooLarge
    "reset-request",  # read part of the request body, then reset the connection
    "reset-response",  # send headers and part of the response body, then reset
    "slow",  # delay the response
    "trickle",  # answer 200 with headers, then one body byte every ``delay`` s, never ending
    "hang",  # read the request, then never answer (until the client goes away)
    "expire-session",  # forget the resumable session and answer 404
    # Google may store less of a chunk than was sent and says how much in a 308's Range (none:
    # nothing stored): keep ``cut`` of the chunk in whole 256 KiB units, answer 308 so.
    "keep-part",
    # A files.list page with no files and a nextPageToken ("partial or empty result pages are
    # possible even before the end of the files list has been reached").
    "empty-page",
)


@dataclass
class Fault:
    """One scripted fault, applied to ``count`` matching requests after skipping ``skip``."""

    kind: str
    match: str = "any"
    count: int = 1
    skip: int = 0
    retry_after: float | None = 1.0
    delay: float = 2.0
    cut: float = 0.5  # fraction of the body delivered before a reset

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; known: {', '.join(KINDS)}")
        if self.kind in ("expire-session", "keep-part") and self.match == "any":
            self.match = "upload-chunk"  # only a session request can find its session gone
        if self.kind == "empty-page" and self.match == "any":
            self.match = "list"


def matches(match: str, category: str) -> bool:
    """True if a request of ``category`` is selected by the ``match`` expression."""
    for m in match.split("|"):
        if m == category:
            return True
        if m == "any" and category != "oauth":
            return True
        if m == "upload" and category.startswith("upload-"):
            return True
    return False


@dataclass
class RandomFaults:
    """Each matching request fails with probability ``p`` with a kind chosen at random."""

    p: float
    seed: int = 0
    kinds: tuple[str, ...] = ("500", "503", "429", "reset-response")
    match: str = "any"
    retry_after: float | None = 0.0
    delay: float = 2.0
    rng: random.Random = field(init=False, repr=False)

    def __post_init__(self) -> None:
        for k in self.kinds:
            if k not in KINDS:
                raise ValueError(f"unknown fault kind {k!r}")
        self.rng = random.Random(self.seed)


class FaultPlan:
    """Thread-safe holder of the scripted queue and the random fault source."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._queue: list[Fault] = []
        self._random: RandomFaults | None = None

    def add(self, *faults: Fault) -> None:
        with self._lock:
            self._queue.extend(faults)

    def set_random(self, rnd: RandomFaults | None) -> None:
        with self._lock:
            self._random = rnd

    def clear(self) -> None:
        with self._lock:
            self._queue.clear()
            self._random = None

    def pending(self) -> list[Fault]:
        with self._lock:
            return list(self._queue)

    def take(self, category: str) -> Fault | None:
        """The fault to apply to this request, if any (scripted faults first, in order)."""
        with self._lock:
            for f in self._queue:
                if not matches(f.match, category):
                    continue
                if f.skip > 0:
                    f.skip -= 1
                    return None
                f.count -= 1
                if f.count <= 0:
                    self._queue.remove(f)
                return f
            rnd = self._random
            if rnd is not None and matches(rnd.match, category) and rnd.rng.random() < rnd.p:
                kind = rnd.rng.choice(rnd.kinds)
                return Fault(kind, match=rnd.match, retry_after=rnd.retry_after, delay=rnd.delay,
                             cut=rnd.rng.uniform(0.1, 0.9))
        return None

    def load_spec(self, spec: str) -> None:
        """Add faults described by a CLI spec string (see the module docstring)."""
        for item in filter(None, (s.strip() for s in spec.split(","))):
            kind, *opts = item.split(":")
            kv: dict[str, str] = {}
            for o in opts:
                if "=" not in o:
                    raise ValueError(f"bad fault option {o!r} in {item!r}")
                k, v = o.split("=", 1)
                kv[k.strip()] = v.strip()
            if kind == "random":
                self.set_random(RandomFaults(
                    p=float(kv.pop("p", "0.05")),
                    seed=int(kv.pop("seed", "0")),
                    kinds=tuple(kv.pop("kinds", "500|503|429|reset-response").split("|")),
                    match=kv.pop("match", "any"),
                    retry_after=float(kv.pop("retry_after", "0")),
                    delay=float(kv.pop("delay", "2")),
                ))
            else:
                f = Fault(
                    kind,
                    match=kv.pop("match", "any"),
                    count=int(kv.pop("n", "1")),
                    skip=int(kv.pop("skip", "0")),
                    retry_after=float(kv.pop("retry_after", "1")),
                    delay=float(kv.pop("delay", "2")),
                    cut=float(kv.pop("cut", "0.5")),
                )
                self.add(f)
            if kv:
                raise ValueError(f"unknown fault options {sorted(kv)} in {item!r}")
