"""Retries for Google Drive: truncated exponential backoff with jitter, and request pacing.

What is retried (Google's guidance, and what rclone does): HTTP 429, 5xx, 408, 403 with reason
``rateLimitExceeded`` / ``userRateLimitExceeded``, and transport failures (connection reset,
timeout, DNS). ``Retry-After`` is honoured. Everything else (notably 403
``storageQuotaExceeded``, ``insufficientPermissions`` and ``domainPolicy``) fails at once. Sleep,
clock and randomness are injectable so tests never wait for real.
"""

from __future__ import annotations

import errno
import http.client
import json
import logging
import random
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httplib2

from ..errors import DestinationError
from ..format import jsonbudget
from .netguard import DeadlineExceeded, ProxyRefused

T = TypeVar("T")
log = logging.getLogger(__name__)

_NET_ERRNOS = frozenset({errno.ENETUNREACH, errno.EHOSTUNREACH, errno.ENETDOWN, errno.EHOSTDOWN,
                         errno.ECONNABORTED, errno.EPIPE, errno.ETIMEDOUT, errno.EADDRNOTAVAIL})
RATE_REASONS = frozenset({"rateLimitExceeded", "userRateLimitExceeded"})
QUOTA_REASON = "storageQuotaExceeded"
#: 403 for a token granted without a Drive scope (the person unticked it on Google's consent
#: screen): Drive's v3 reason, and the newer APIs' spellings of the same refusal. Never retried.
SCOPE_REASONS = frozenset({"insufficientPermissions", "insufficientScopes",
                           "ACCESS_TOKEN_SCOPE_INSUFFICIENT"})
#: 403 when the Google Workspace's administrator turned Drive apps off for the account
#: ("The domain administrators have disabled Drive apps."; Google's "Resolve errors": tell the
#: person to ask the domain administrator). Only the administrator can change it: never retried.
POLICY_REASON = "domainPolicy"
CONNECTION_HINT = "Check the internet connection, then try again."


class DriveHttpError(Exception):
    """A non-success HTTP answer from Drive, reduced to what decisions need (no URL, no headers)."""

    def __init__(self, status: int, reason: str = "", message: str = "",
                 retry_after: float | None = None) -> None:
        super().__init__(f"HTTP {status} {reason}: {message}".strip())
        self.status = status
        self.reason = reason
        self.message = message
        self.retry_after = retry_after

    @property
    def retryable(self) -> bool:
        if self.status in (408, 429) or self.status >= 500:
            return True
        return self.status == 403 and self.reason in RATE_REASONS

    @property
    def rate_limited(self) -> bool:
        return self.status == 429 or (self.status == 403 and self.reason in RATE_REASONS)

    @property
    def quota_exceeded(self) -> bool:
        return self.status == 403 and self.reason == QUOTA_REASON

    @property
    def scope_missing(self) -> bool:
        return self.status == 403 and self.reason in SCOPE_REASONS

    @property
    def admin_refused(self) -> bool:
        return self.status == 403 and self.reason == POLICY_REASON


def _retry_after(headers: Any) -> float | None:
    raw = None
    try:
        raw = headers.get("retry-after") or headers.get("Retry-After")
    except AttributeError:
        return None
    if raw is None:
        return None
    try:
        return max(0.0, float(raw))
    except ValueError:
        return None  # an HTTP date: rare for Google; fall back to our own backoff


#: The memory a Drive answer's JSON may cost once parsed (``format/jsonbudget.py``'s
#: estimate). A page of a thousand file entries estimates ~1 MB; bytes alone bound nothing
#: here: 16 MiB of ``{},{},...`` parsed into 420 MiB of dicts, and a body may have 64 MiB.
MAX_ANSWER_PARSE_COST = 64 << 20


def answer_json(content: bytes | str) -> Any:
    """A Drive answer's JSON; ``ValueError`` if it is not JSON, is nested deeper than Python
    parses, or would cost more memory parsed than any Drive answer (refused unparsed)."""
    if not jsonbudget.within(content, MAX_ANSWER_PARSE_COST):
        raise ValueError("an answer with more structure than any Drive answer")
    try:
        return json.loads(content)
    except RecursionError:
        raise ValueError("an answer nested deeper than Python parses") from None


def error_from_response(status: int, content: bytes | str | None, headers: Any = None) -> DriveHttpError:
    """Build a DriveHttpError from Google's error JSON (``{"error": {"errors": [{"reason"...}]}}``)."""
    reason = message = ""
    try:
        body = answer_json(content or b"{}")
        err = body.get("error", {}) if isinstance(body, dict) else {}
        if isinstance(err, dict):
            message = str(err.get("message", ""))
            errs = err.get("errors") or []
            if errs and isinstance(errs[0], dict):
                reason = str(errs[0].get("reason", ""))
                message = message or str(errs[0].get("message", ""))
            reason = reason or str(err.get("status", ""))
        elif isinstance(err, str):  # OAuth endpoints answer {"error": "invalid_grant", ...}
            reason, message = err, str(body.get("error_description", ""))
    except (ValueError, AttributeError):  # (not JSON, too deep or too costly: answer_json)
        pass
    return DriveHttpError(status, reason, message[:300], _retry_after(headers))


def as_drive_error(exc: BaseException) -> DriveHttpError | None:
    """Map a googleapiclient HttpError to DriveHttpError; None if ``exc`` is not one."""
    from googleapiclient.errors import HttpError

    if isinstance(exc, DriveHttpError):
        return exc
    if isinstance(exc, HttpError):
        return error_from_response(int(exc.resp.status), exc.content, exc.resp)
    return None


def is_transient(exc: BaseException) -> bool:
    """Network-level failures worth retrying (connection dropped, timeout, DNS hiccup)."""
    from google.auth.exceptions import RefreshError, TransportError

    if isinstance(exc, RefreshError):
        # google-auth marks a token endpoint's 5xx, 429 and OAuth's server_error /
        # temporarily_unavailable as retryable (after its own few tries): Google's outage,
        # not a dead sign-in. invalid_grant and the like are not.
        return getattr(exc, "retryable", False) is True
    if isinstance(exc, TransportError):
        return True
    if isinstance(exc, (ConnectionError, TimeoutError, socket.timeout, http.client.HTTPException,
                        httplib2.ServerNotFoundError)):
        return True
    # Other OSErrors are only network trouble for these errnos (not, say, a missing spool file).
    return isinstance(exc, OSError) and exc.errno in _NET_ERRNOS


def describe(exc: BaseException) -> str:
    """A short, secret-free description of a failure for messages."""
    err = as_drive_error(exc)
    if err is not None:
        return f"HTTP {err.status}" + (f" {err.reason}" if err.reason else "")
    if isinstance(exc, DeadlineExceeded):
        return "too slow"
    if isinstance(exc, TimeoutError | socket.timeout):
        return "timed out"
    if isinstance(exc, httplib2.ServerNotFoundError):
        return "server not found"
    if isinstance(exc, ProxyRefused):  # (the proxy's answer in words; never its credentials)
        return str(exc)
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    if isinstance(exc, ConnectionError | http.client.HTTPException):
        return "connection dropped"
    return type(exc).__name__


@dataclass
class RetryPolicy:
    """Truncated exponential backoff with jitter; ``max_attempts`` consecutive failures give up."""

    max_attempts: int = 10
    base_delay: float = 1.0
    max_delay: float = 32.0
    max_retry_after: float = 300.0
    #: Told before each wait, e.g. "Google Drive cannot be reached (timed out) while listing
    #: the backup; trying again in 4 s (attempt 3 of 10).", so a person knows what happens.
    notice: Callable[[str], None] | None = None
    #: Told the same as ``notice``, for an app that says it in its own words: the attempt
    #: coming, the attempts there are, and whether Drive answered at all (an HTTP error) or
    #: could not be reached (no connection, a reset, a time-out).
    on_wait: Callable[[int, int, bool], None] | None = None
    #: Told when Drive answers "too fast" (the pacer slows down).
    on_rate_limit: Callable[[], None] | None = None
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    rand: Callable[[], float] = field(default_factory=lambda: random.Random().random)

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        """Seconds to wait before retry number ``attempt`` (1-based)."""
        cap = min(self.max_delay, self.base_delay * (2 ** (attempt - 1)))
        # Jitter in [cap/2, cap): spreads clients apart without ever retrying immediately.
        d = cap * (0.5 + 0.5 * self.rand())
        if retry_after is not None:
            d = max(d, min(retry_after, self.max_retry_after))
        return d

    def attempts(self, what: str) -> Attempts:
        return Attempts(self, what)

    def call(self, fn: Callable[[], T], what: str) -> T:
        """Run ``fn`` until it succeeds, a non-retryable error, or attempts run out."""
        tries = self.attempts(what)
        while True:
            try:
                return fn()
            except Exception as exc:  # noqa: BLE001 - classified below, re-raised if unknown
                tries.failed(exc)


class Attempts:
    """Counts consecutive failures of one logical operation; ``reset()`` after progress."""

    def __init__(self, policy: RetryPolicy, what: str) -> None:
        self.policy = policy
        self.what = what
        self.count = 0

    def reset(self) -> None:
        self.count = 0

    def failed(self, exc: Exception) -> None:
        """Sleep before the next try, or raise: the original error if it is not retryable
        (HttpError converted to DriveHttpError), DestinationError once attempts run out."""
        err = as_drive_error(exc)
        if err is not None:
            if not err.retryable:
                raise err from None
            retry_after = err.retry_after
            if err.rate_limited and self.policy.on_rate_limit is not None:
                self.policy.on_rate_limit()
        elif is_transient(exc):
            retry_after = None
        else:
            raise exc
        self.count += 1
        if self.count >= self.policy.max_attempts and isinstance(exc, DeadlineExceeded):
            log.warning("Google Drive answered too slowly while %s; gave up after %d attempts",
                        self.what, self.count)
            raise DestinationError(
                f"Google Drive answered too slowly: no answer was complete within its time "
                f"limit; gave up after {self.count} attempts.",
                hint=CONNECTION_HINT) from None
        if self.count >= self.policy.max_attempts:
            # The step ("uploading sets/<id>/data/<pack>") and the failure ("HTTP 503
            # backendError") go to the log: English and internal, they would show untranslated.
            log.warning("Google Drive kept failing while %s (%s); gave up after %d attempts",
                        self.what, describe(exc), self.count)
            if err is None:
                raise DestinationError(
                    f"Google Drive could not be reached; gave up after {self.count} attempts.",
                    hint=CONNECTION_HINT) from None
            raise DestinationError(
                f"Google Drive kept failing; gave up after {self.count} attempts.",
                hint="Try again later.") from None
        delay = self.policy.delay(self.count, retry_after)
        if self.policy.on_wait is not None:
            self.policy.on_wait(self.count + 1, self.policy.max_attempts, err is not None)
        if self.policy.notice is not None:
            state = (f"Google Drive cannot be reached ({describe(exc)})" if err is None
                     else f"Google Drive answered {describe(exc)}")
            self.policy.notice(f"{state} while {self.what}; trying again in {delay:.0f} s "
                               f"(attempt {self.count + 1} of {self.policy.max_attempts}).")
        self.policy.sleep(delay)


class Pacer:
    """A token bucket for file creations: ``burst`` at once, then ``rate`` per second.

    Drive limits how fast one user creates files (rclone measured about 2-3 per second
    sustained) but tolerates short bursts, so a backup of a few dozen packs never waits,
    while a long run settles at the sustained rate. A rate-limit answer (403
    ``userRateLimitExceeded``/``rateLimitExceeded``, 429) empties the bucket and halves the
    rate (down to ``rate / 16``); each creation that follows without one wins back a quarter,
    as mature Drive clients back off and recover. Thread-safe.
    """

    def __init__(self, burst: int = 100, rate: float = 2.5,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        if burst < 0 or rate < 0:
            raise ValueError("burst and rate must not be negative")
        # rate 0: no pacing at all (tests, and the local emulator when asked)
        self.burst = burst
        self.rate = rate
        self.current_rate = rate
        self.clock = clock
        self.sleep = sleep
        self._tokens = float(burst)
        self._last: float | None = None
        self._lock = threading.Lock()

    @property
    def unlimited(self) -> bool:
        return self.rate == 0

    def _refill(self, now: float) -> None:
        if self._last is not None:
            self._tokens = min(float(max(self.burst, 1)),
                               self._tokens + (now - self._last) * self.current_rate)
        self._last = now

    def wait(self) -> float:
        """Take one token, sleeping until there is one; returns the seconds slept."""
        if self.unlimited:
            return 0.0
        with self._lock:
            now = self.clock()
            self._refill(now)
            self._tokens -= 1.0
            delay = -self._tokens / self.current_rate if self._tokens < 0 else 0.0
        if delay > 0:
            self.sleep(delay)
        return delay

    def rate_limited(self) -> None:
        """Drive said "too fast": slow down (the request itself is retried with backoff)."""
        if self.unlimited:
            return
        with self._lock:
            self.current_rate = max(self.rate / 16, self.current_rate / 2)
            self._tokens = min(self._tokens, 0.0)

    def succeeded(self) -> None:
        """A creation went through: recover towards the configured rate."""
        with self._lock:
            self.current_rate = min(self.rate, self.current_rate * 1.25)
