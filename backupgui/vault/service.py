"""The vault's protocol logic, independent of HTTP and of the database engine.

Rules enforced here (in software; see docs/VAULT.md for what the HSM enforces):
- every login attempt is counted and committed *before* KE2 leaves the vault, in the same
  serialisable transaction that decides whether the vault answers;
- a login is verified end-to-end (the client's KE3 MAC) before the wrapped key is released;
- ``max_attempts`` consecutive unverified attempts destroy the record for good;
- attempts, registration and password changes need proof of the account the record is bound
  to (an ID token or a device/recovery secret, ``account.py``); records from before account
  binding ("v1") need their access token until their owner binds them after a verified login;
- the OPRF is never evaluated for an existing record without a counted, verified login;
- the attempt counter is sealed with the record (a changed counter column is an integrity
  failure) and every change gets a new write generation, checked against a high-water mark
  kept in the HSM, so a rolled-back database stops the vault instead of resetting counters.

The service keeps no login state in memory: sessions and grants are sealed rows in the
database, so any node of a vault can serve any step of a login.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import logging
import os
import re
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import NoReturn, Protocol, TypeVar

from backupgui import __version__

from . import opaque
from .account import (
    DEVICE_CONTEXT,
    LOGIN_CONTEXT,
    MAC,
    MAX_SECRETS,
    PASSWORD_CONTEXT,
    REGISTER_CONTEXT,
    SECRET,
    SIG,
    SIG_REPLAY_TTL,
    UPGRADE_CONTEXT,
    AccountVerifier,
    ProofError,
    binding_kind,
    binding_parts,
    canonical_body,
    check_public_key,
    login_payload,
    secret_binding,
    sig_binding,
    signed_message,
)
from .account import SEQUENCE_CONTEXT as SEQUENCE_PROOF_CONTEXT
from .hsm import (
    TIMELINE_LABEL,
    WAL_LABEL,
    HsmError,
    IntegrityError,
    MarksUnavailable,
    Sealer,
)
from .keywrap import BLOB_LEN as WRAPPED_KEY_LEN
from .ksf import identity_ksf
from .limits import MAX_ATTEMPTS
from .store import (
    History,
    HistoryBehind,
    Rollback,
    Row,
    SequenceRow,
    StorageBusy,
    StorageUnavailable,
    Store,
    Tx,
)

log = logging.getLogger("backupgui.vault")

PROTOCOL = "OPAQUE-3DH RFC 9807, OPRF ristretto255-SHA512, 3DH ristretto255, context ''"
DEFAULT_MAX_ATTEMPTS = 10
SESSION_TTL = 120.0
GRANT_TTL = 300.0
PENDING_TTL = 600.0
#: How often each node purges expired sessions, grants and pending registrations.
PURGE_INTERVAL = 30.0
#: How long a primary on an older timeline is passed over before it is refused as a rollback
#: (VAULT.md 10.6): an old primary that woke is demoted by Patroni within a few seconds; below
#: the database retries (store.UNAVAILABLE_TIMEOUT), so a node that starts on a rolled-back
#: database says so instead of "unavailable".
HISTORY_GRACE = 20.0
#: How often each node measures its clock against the database's (VaultService.now).
CLOCK_SYNC = 5.0
#: An offset (or a change of it) above this many seconds is logged.
CLOCK_LOG_STEP = 1.0

_USER_ID_RE = re.compile(r"[A-Za-z0-9_-]{16,64}")
_SET_ID_RE = re.compile(r"[0-9a-f]{32}")
_SNAPSHOT_ID_RE = re.compile(r"[0-9]{8}T[0-9]{6}\.[0-9]{3}Z-[0-9a-f]{8}")
SEQUENCE_CONTEXT = b"backupgui/v2/vault-sequence"


def sequence_message(user_id: str, set_id: str, seq: int, snapshot_id: str) -> bytes:
    """What the set's key holder signs for the vault's sequence record (docs/VAULT.md 2.1)."""
    return b"\x00".join((SEQUENCE_CONTEXT, user_id.encode(), set_id.encode(),
                         seq.to_bytes(8, "big") + snapshot_id.encode()))
_RECORD_VERSION = b"\x01"
_SESSION_VERSION = b"\x01"
# The vault's OPAQUE configuration. The server never stretches passwords, so its KSF is
# irrelevant here; clients choose theirs and keep it in the binding.
SERVER_SUITE = opaque.Suite(identity_ksf)

T = TypeVar("T")


class ApiError(Exception):
    """An expected refusal, mapped to an HTTP status and a machine-readable code."""

    def __init__(self, status: int, code: str, message: str, **extra: object) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.extra = extra

    def body(self) -> dict:
        return {"error": self.code, "message": str(self), **self.extra}


class RollbackDetected(Exception):
    """The database is older than the high-water mark in the HSM: it was rolled back."""


def b64d(value: object, what: str, size: int | None = None) -> bytes:
    """Strict base64url (no padding required) decoding of a request field."""
    if not isinstance(value, str) or len(value) > 4096:
        raise ApiError(400, "bad_request", f"{what} is missing or not a string")
    try:
        data = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))
    except (binascii.Error, ValueError) as exc:
        raise ApiError(400, "bad_request", f"{what} is not base64url") from exc
    if size is not None and len(data) != size:
        raise ApiError(400, "bad_request", f"{what} has the wrong length")
    return data


def b64e(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def check_user_id(value: object) -> str:
    if not isinstance(value, str) or not _USER_ID_RE.fullmatch(value):
        raise ApiError(400, "bad_request", "user_id is malformed")
    return value


def token_hash(token: bytes) -> bytes:
    return hashlib.sha256(b"backupgui-vault/token/v1\x00" + token).digest()


def secret_hash(kind: bytes, value: str) -> bytes:
    """What the database keeps of a session id or grant: a hash, useless to a reader."""
    return hashlib.sha256(b"backupgui-vault/" + kind + b"/v1\x00" + value.encode()).digest()


def floor_id(public_key: bytes) -> bytes:
    """Names the high-water mark of one vault database (its server key is unique to it)."""
    return hashlib.sha256(b"backupgui-vault/floor/v1\x00" + public_key).digest()[:16]


def _lsn(value: int) -> str:
    """A WAL position as PostgreSQL writes it."""
    return f"{value >> 32:X}/{value & 0xFFFFFFFF:X}"


def timeline_id(public_key: bytes, system: int) -> bytes:
    """Names the timeline mark of one vault database on one PostgreSQL database system."""
    return floor_id(public_key) + system.to_bytes(8, "big")


class Marks(Protocol):
    """Where the high-water marks are kept: ``hsm.Sealer`` (objects in the sealing token) or
    ``marks.MarkKeeper`` (a token of their own, through a bounded child process)."""

    def read_floor(self, ident: bytes, label: str = ...) -> int | None: ...
    def raise_floor(self, ident: bytes, value: int, label: str = ...) -> int: ...
    def reset_floor(self, ident: bytes, value: int, label: str) -> None: ...


@dataclass(frozen=True)
class _Session:
    user_id: str
    generation: int
    attempt_no: int
    state: opaque.ServerLoginState
    ke2: bytes


def load_or_create_server_keys(store: Store, sealer: Sealer) -> opaque.ServerKeys:
    """Unseal the vault's OPRF seed and AKE key, generating them on first start."""
    aad = b"server-keys/v1"
    if store.get_meta("server_keys") is None:
        keys = opaque.ServerKeys.generate(SERVER_SUITE)
        sealed = sealer.seal(keys.oprf_seed + keys.private_key, aad + keys.public_key)
        if store.put_meta_once({"server_keys": sealed, "server_public_key": keys.public_key}):
            log.info("generated new server keys")
    sealed = store.get_meta("server_keys")
    public_key = store.get_meta("server_public_key")
    assert sealed is not None and public_key is not None
    secret = sealer.unseal(sealed, aad + public_key)  # IntegrityError if anything was changed
    oprf_seed, private_key = secret[: opaque.NH], secret[opaque.NH :]
    if SERVER_SUITE.group.public_key(private_key) != public_key:
        raise IntegrityError("server public key does not match its private key")
    return opaque.ServerKeys(oprf_seed, private_key, public_key)


class _Gens:
    """Write generations taken in one transaction attempt, checked against the mark."""

    def __init__(self, service: VaultService, tx: Tx) -> None:
        self.service, self.tx, self.taken = service, tx, 0
        # Read when the transaction starts, before any generation is taken in it: every
        # value in the mark was taken (and committed) before, so ours must be larger.
        self.mark = service._floor

    def __call__(self) -> int:
        gen = self.tx.next_gen()
        if gen <= self.mark:
            self.service._rollback_seen(gen, self.mark)
        self.taken = max(self.taken, gen)
        return gen


class VaultService:
    """Registration, login, password change and deletion over a Store and a Sealer."""

    def __init__(
        self,
        store: Store,
        sealer: Sealer,
        max_attempts: int = DEFAULT_MAX_ATTEMPTS,
        *,
        accounts: AccountVerifier | None = None,
        allow_unbound: bool = False,
        marks: Marks | None = None,
    ):
        # The same bound as ``serve --max-attempts``: a client says a count above it as
        # "many", so a larger limit could never be shown (VAULT.md 1.5).
        if (isinstance(max_attempts, bool) or not isinstance(max_attempts, int)
                or not 1 <= max_attempts <= MAX_ATTEMPTS):
            raise ValueError(f"max_attempts must be a whole number from 1 to {MAX_ATTEMPTS}")
        self.accounts = accounts or AccountVerifier()
        #: Accept registrations bound to nothing but an access token (clients from before
        #: account binding). Such records can be attacked by whoever reads the backup.
        self.allow_unbound = allow_unbound
        self.store = store
        self.sealer = sealer
        #: Where the high-water marks are (VAULT.md 10.6): a ``marks.MarkKeeper`` on the
        #: marks token in a node; the sealing token's own objects if none is given.
        self.marks: Marks = marks if marks is not None else sealer
        self.max_attempts = max_attempts
        self.keys = load_or_create_server_keys(store, sealer)
        self._floor_id = floor_id(self.keys.public_key)
        self._lock = threading.Lock()
        self._acked = 0  # highest write generation this node saw committed
        self._rollback_logged = False
        self._next_purge = 0.0
        self._clock_offset = 0.0
        self._clock_synced: float | None = None
        self.sync_clock()
        mark = self.marks.read_floor(self._floor_id)
        if mark is None:
            mark = self.marks.raise_floor(self._floor_id, store.sequence_value())
        self._floor = mark
        # The highest PostgreSQL timeline this database was seen on (VAULT.md 10.6): checked
        # on every connection before its first transaction, so from here on.
        self._history_lock = threading.Lock()
        self._system: int | None = None
        self._timeline = 0
        self._lower_timeline: int | None = None
        self._timeline_logged: set[tuple[int, int, float]] = set()
        # When each server run (system, timeline, start) was first seen behind: its grace
        # is its own (a single moment for all would let a run seen behind once, and another
        # seen much later, be refused at once: connections are checked only when made).
        self._behind_first: dict[tuple[int, int, float], float] = {}
        # The highest WAL position a commit had passed on this database system (this node's
        # commits, and the token's WAL mark: other nodes'), and the mark as last read from or
        # written to the token; runs of a server seen behind it stay behind (VAULT.md 10.6).
        self._wal = 0
        self._wal_token = 0
        self._behind_runs: set[tuple[int, int, float]] = set()
        store.check_history(self._history_seen, self._commit_seen)
        current = store.sequence_value()
        if current < mark:
            raise RollbackDetected(
                f"the vault database is older than the HSM's high-water mark (write generation "
                f"{current} < {mark}): it was restored from an older copy or rolled back, so its "
                "attempt counters may be too low. Restore the newest copy, or see docs/VAULT.md "
                "(accept-rollback)"
            )

    # ------------------------------------------------------------------ helpers

    def info(self) -> dict:
        return {
            "service": "backupgui-vault",
            "version": __version__,
            "protocol": PROTOCOL,
            "server_public_key": b64e(self.keys.public_key),
            "max_attempts": self.max_attempts,
            "accounts": self.accounts.kinds(),
        }

    def _run(self, fn: Callable[[Tx, _Gens], T]) -> T:
        """A serialisable transaction; its write generations count as acknowledged after it."""
        holder: list[_Gens] = []

        def attempt(tx: Tx) -> T | Rollback:
            gens = _Gens(self, tx)
            holder[:] = [gens]
            try:
                return fn(tx, gens)
            except ApiError as exc:  # a refusal: roll back, without aborting the connection
                return Rollback(exc)

        try:
            result = self.store.run(attempt)
        except RollbackDetected:  # an older timeline (_history_seen logged it)
            raise ApiError(
                503, "rollback_detected",
                "the vault's database is older than expected; attempts are suspended",
            ) from None  # fmt: skip
        except StorageUnavailable:
            raise ApiError(503, "unavailable", "the vault's database is unreachable; try again") from None
        except StorageBusy:
            raise ApiError(503, "busy", "the vault is busy; try again") from None
        if isinstance(result, Rollback):
            assert isinstance(result.value, ApiError)
            raise result.value
        if holder and holder[0].taken:
            with self._lock:
                self._acked = max(self._acked, holder[0].taken)
        return result

    def _rollback_seen(self, gen: int, mark: int) -> NoReturn:
        if not self._rollback_logged:
            self._rollback_logged = True
            log.critical(
                "ROLLBACK DETECTED: the database gave write generation %d, but the HSM's "
                "high-water mark is %d. The database was restored from an older copy; no attempt "
                "is served until an operator acts (docs/VAULT.md, accept-rollback).", gen, mark
            )
        raise ApiError(
            503, "rollback_detected",
            "the vault's database is older than expected; attempts are suspended",
        )  # fmt: skip

    def _history_seen(self, read: Callable[[], History]) -> None:
        """A connection's server is a primary at ``read()``: raise the token's timeline mark
        first if that is newer than any node saw; refuse an older timeline, or a WAL
        position behind one a commit had passed before that position was read.

        A timeline is PostgreSQL's count of promotions in a history. A primary on an older
        one than some node used is an old primary serving again after a standby was promoted
        (a paused machine that woke, a split brain, a restore): every change made on the newer
        timeline is missing from it, counted attempts included, however few (the write
        generation check of 10.6 misses a rollback within its window). A primary whose WAL
        insert position is behind a commit's on the same database system lacks that commit:
        a data directory restored from an older copy on the same timeline, or a standby
        promoted without the commits its lost peers acknowledged. Runs before the
        connection's first transaction, so the mark is in the token before anything on the
        newer timeline is answered.

        The remembered position is taken before the server's is read (VAULT.md 10.8): the
        commits other connections and nodes make meanwhile come after that read, and a
        healthy server's position read before them is behind theirs.
        """
        for _ in range(2):  # (a second time after the marks of a database system new here)
            with self._lock:
                system, wal = self._system, self._wal
            history = read()
            with self._history_lock:
                try:
                    if self._take_history(history, wal if history.system == system else None):
                        return
                except HsmError as exc:
                    # Nothing is answered from the newer timeline without its mark: the
                    # transaction is tried again, and fails 503 unavailable if the token stays
                    # unusable (the race of nodes raising one mark at once that made this a 500
                    # is fixed in hsm._mark_objects, s18; a network HSM's dropped connection
                    # is what remains).
                    log.warning("the token did not take the timeline mark: %s", exc)
                    raise HistoryBehind("the timeline mark could not be raised") from exc
        raise HistoryBehind("the database system changed while the connection was checked")

    def _commit_seen(self, system: int, lsn: int) -> None:
        """A transaction committed on database system ``system`` after its server passed
        WAL position ``lsn`` (store_pg: read in the pipeline before COMMIT)."""
        with self._lock:
            if system == self._system and lsn > self._wal:
                self._wal = lsn

    def _take_history(self, history: History, wal: int | None) -> bool:
        """Check ``history`` against the marks and ``wal``, the WAL position this node
        remembered before ``history`` was read (None: on another database system). False:
        the marks of a database system new here were taken, the check reads again."""
        system, timeline = history.system, history.timeline
        ident = timeline_id(self.keys.public_key, system)
        if system != self._system:
            timeline_mark = self.marks.read_floor(ident, TIMELINE_LABEL) or 0
            wal_mark = self.marks.read_floor(ident, WAL_LABEL) or 0
            if self._system is not None:
                log.warning("the vault database is now PostgreSQL database system %d (was "
                            "%d): a new or migrated database cluster", system, self._system)
            with self._lock:
                self._system, self._timeline = system, timeline_mark
                self._wal = self._wal_token = wal_mark
        if wal is None:
            return False
        if timeline > self._timeline:
            mark = self.marks.raise_floor(ident, timeline, TIMELINE_LABEL)
            if self._timeline and mark == timeline:
                log.warning("the vault database is on timeline %d now (was %d): a standby "
                            "was promoted", timeline, self._timeline)
            self._timeline = mark
            self.store.recheck_history_below(mark)
        run = (system, timeline, history.started)
        if timeline < self._timeline:
            what = f"timeline {timeline}, older than timeline {self._timeline}"
            reason = ("an old primary is serving again (it lacks what was committed since "
                      "the promotion, counted attempts included)")  # fmt: skip
        elif history.lsn < wal or run in self._behind_runs:
            # (Once behind, a server's run stays behind whatever WAL it writes after: its
            # history lacks the commit all the same.)
            self._behind_runs.add(run)
            what = (f"WAL position {_lsn(history.lsn)} on timeline {timeline}, behind "
                    f"{_lsn(wal)} that a commit had passed")
            reason = ("it was restored from an older copy, or promoted without commits "
                      "its lost peers had acknowledged (it lacks them, counted attempts "
                      "included)")  # fmt: skip
        else:
            return True
        # Right after a failover an older timeline is an old primary that woke and has not
        # been demoted yet (Patroni does so at its next loop, seconds): not used, the
        # transaction looks for another primary. Still there after HISTORY_GRACE, it is
        # serving for good (Patroni 3.0.2 on etcd3 gave such a primary the lead back,
        # VAULT.md 10.3): refused. A WAL position behind gets the same grace.
        now = time.monotonic()
        first = self._behind_first.setdefault(run, now)
        if first == now:
            log.warning("the vault database's primary is at %s: not used (an old primary "
                        "not demoted yet?)", what)  # fmt: skip
        if now - first < HISTORY_GRACE:
            raise HistoryBehind(what)
        if run not in self._timeline_logged:
            self._timeline_logged.add(run)
            log.critical(
                "ROLLBACK DETECTED: the vault database's primary is at %s: %s. No attempt "
                "is served until an operator acts (docs/VAULT.md 10.6, accept-rollback).",
                what, reason,
            )  # fmt: skip
        raise RollbackDetected(
            f"the vault database's primary is at {what}: {reason}, so its attempt counters "
            "may be too low. See docs/VAULT.md (accept-rollback)"
        )

    def _refresh_timeline(self) -> None:
        """Take the timeline mark in the token (periodic): one another node raised (this
        node's connections checked on an older timeline are checked again before their next
        transaction), or one an operator's accept-rollback set lower. Then the WAL mark
        (_refresh_wal). The token is read outside ``_history_lock``: a new connection's
        check (a login) never waits for this node's housekeeping in the token."""
        with self._history_lock:
            system, before = self._system, self._timeline
        if system is None:
            return
        ident = timeline_id(self.keys.public_key, system)
        mark = self.marks.read_floor(ident, TIMELINE_LABEL)
        with self._history_lock:
            if (self._system, self._timeline) != (system, before):
                return  # a connection's check moved it meanwhile: read again next round
            if mark is None or mark == self._timeline:
                self._lower_timeline = None
            elif mark < self._timeline and mark != self._lower_timeline:
                # An operator's accept-rollback, or SoftHSM2 showing this process an older
                # object for a moment while other nodes replace it (test_hsm_race.py):
                # taken when the next refresh reads it again.
                self._lower_timeline = mark
            else:
                self._lower_timeline = None
                self._timeline = mark
                self._timeline_logged.clear()
                self.store.recheck_history_below(mark)
        self._refresh_wal(ident)

    def _refresh_wal(self, ident: bytes) -> None:
        """Raise the token's WAL mark to this node's commits, or take a higher one another
        node wrote. Never lowered here: a node takes an operator's accept-rollback at its
        restart (a lower value read from a token shared by processes may be a moment's
        stale view, test_hsm_race.py, and taking it would forget what the node saw)."""
        with self._lock:
            wal = self._wal
        if wal > self._wal_token:
            mark = self.marks.raise_floor(ident, wal, WAL_LABEL)
        else:
            mark = self.marks.read_floor(ident, WAL_LABEL) or 0
        with self._lock:
            self._wal = max(self._wal, mark)
            self._wal_token = max(self._wal_token, mark)

    def checkpoint_floor(self) -> int:
        """Raise the HSM's high-water mark to what this node saw committed; returns the mark.

        Called every second or so by each node. Only committed (for PostgreSQL: replicated
        to a synchronous standby) generations go in, so a failover never trips the check;
        a database restored to a state older than the mark does.
        """
        with self._lock:
            acked = self._acked
        mark = self.marks.raise_floor(self._floor_id, acked) if acked > self._floor else (
            self.marks.read_floor(self._floor_id) or 0
        )
        with self._lock:
            self._floor = max(self._floor, mark)
            return self._floor

    def now(self) -> float:
        """The vault's time: this node's clock corrected to the database server's.

        Sessions, grants and the replay rows of signed proofs are written with an expiry by
        one node and checked or purged by another; a node whose own clock is minutes off
        would otherwise end logins other nodes started, or purge a replay row early and let a
        node running behind take the same signed proof again (docs/VAULT.md 10.8).
        """
        return time.time() + self._clock_offset

    def sync_clock(self) -> float:
        """Measure this node's offset from the database's clock; returns it. A failure keeps
        the last offset (the database may be failing over)."""
        try:
            offset = self.store.clock_offset()
        except Exception as exc:  # noqa: BLE001 - any failure: measure again next time
            log.info("could not read the vault database's clock: %s", type(exc).__name__)
            return self._clock_offset
        if abs(offset - self._clock_offset) > CLOCK_LOG_STEP or (
            self._clock_synced is None and abs(offset) > CLOCK_LOG_STEP
        ):
            log.warning("this node's clock is %+.1f s off the vault database's; the vault "
                        "uses the database's time (keep every server on NTP)", -offset)
        self._clock_offset = offset
        self._clock_synced = time.monotonic()
        return offset

    def housekeeping(self, now: float | None = None) -> None:
        """Periodic work of a node: the high-water marks, the clock, purging expired rows.

        A marks token that does not answer (MarksUnavailable, logged by marks.MarkKeeper)
        leaves the marks where they are until the next round; the rest is done."""
        try:
            self.checkpoint_floor()
            self._refresh_timeline()
        except MarksUnavailable:
            pass
        if self._clock_synced is None or time.monotonic() - self._clock_synced >= CLOCK_SYNC:
            self.sync_clock()
        now = self.now() if now is None else now
        if now >= self._next_purge:
            self._next_purge = now + PURGE_INTERVAL
            self.store.purge_expired(PENDING_TTL, now)

    def _aad(self, row_user: str, th: bytes, generation: int, write_gen: int | None,
             attempts: int, account: str | None) -> bytes:  # fmt: skip
        """What a record's seal is bound to.

        record/v3 (every record written now): user, token hash, version, write generation,
        attempt counter and account, so changing any of them in the database is an integrity
        error. v1 (no account) and v2 (account) are how records were sealed before the
        write generation existed; they are read, and re-sealed as v3 at their next change.
        """
        head = row_user.encode() + b"\x00" + th
        if write_gen is None:
            aad = head + generation.to_bytes(8, "big")
            if account is None:
                return b"record/v1\x00" + aad
            return b"record/v2\x00" + aad + b"\x00" + account.encode()
        return (
            b"record/v3\x00" + head + struct.pack(">QQQ", generation, write_gen, attempts)
            + (account or "").encode()
        )  # fmt: skip

    def _seal_record(self, user_id: str, th: bytes, generation: int, write_gen: int,
                     attempts: int, record: bytes, blob: bytes,
                     account: str | None) -> bytes:  # fmt: skip
        aad = self._aad(user_id, th, generation, write_gen, attempts, account)
        return self.sealer.seal(_RECORD_VERSION + record + blob, aad)

    def _unseal_record(self, row: Row) -> tuple[bytes, bytes]:
        assert row.sealed is not None
        try:
            plain = self.sealer.unseal(
                row.sealed,
                self._aad(row.user_id, row.token_hash, row.generation, row.write_gen,
                          row.attempts, row.account),  # fmt: skip
            )
        except IntegrityError:
            log.error("record %s failed integrity check", row.user_id[:8])
            raise ApiError(
                500, "record_integrity", "the vault's stored record failed its integrity check"
            ) from None
        size = SERVER_SUITE.record_size
        if plain[:1] != _RECORD_VERSION or len(plain) != 1 + size + WRAPPED_KEY_LEN:
            raise ApiError(500, "record_integrity", "the vault's stored record is malformed")
        return plain[1 : 1 + size], plain[1 + size :]

    def _store_counter(self, tx: Tx, gens: _Gens, row: Row, record: bytes, blob: bytes,
                       attempts: int, generation: int | None = None) -> None:  # fmt: skip
        """Re-seal the record with a new counter (and version) under a new write generation."""
        gen = generation if generation is not None else row.generation
        wg = gens()
        sealed = self._seal_record(row.user_id, row.token_hash, gen, wg, attempts, record, blob,
                                   row.account)  # fmt: skip
        tx.update_record(row.user_id, sealed=sealed, attempts=attempts, write_gen=wg,
                         generation=gen, now=self.now())  # fmt: skip

    @staticmethod
    def _session_aad(id_hash: bytes, expires: float) -> bytes:
        return b"session/v1\x00" + id_hash + struct.pack(">d", expires)

    def _seal_session(self, id_hash: bytes, expires: float, s: _Session) -> bytes:
        user = s.user_id.encode()
        plain = (
            _SESSION_VERSION + struct.pack(">IQB", s.attempt_no, s.generation, len(user)) + user
            + s.state.expected_client_mac + s.state.session_key + s.ke2
        )  # fmt: skip
        return self.sealer.seal(plain, self._session_aad(id_hash, expires))

    def _unseal_session(self, id_hash: bytes, sealed: bytes, expires: float) -> _Session:
        try:
            plain = self.sealer.unseal(sealed, self._session_aad(id_hash, expires))
            if plain[:1] != _SESSION_VERSION:
                raise IntegrityError("unknown session version")
            attempt_no, generation, n = struct.unpack_from(">IQB", plain, 1)
            pos = 1 + 13
            user = plain[pos : pos + n].decode()
            pos += n
            mac, key = plain[pos : pos + opaque.NH], plain[pos + opaque.NH : pos + 2 * opaque.NH]
            ke2 = plain[pos + 2 * opaque.NH :]
            if len(key) != opaque.NH or len(ke2) != SERVER_SUITE.ke2_size:
                raise IntegrityError("session state has the wrong length")
        except (IntegrityError, struct.error, UnicodeDecodeError):
            log.error("a login session failed its integrity check")
            raise ApiError(
                500, "record_integrity", "the vault's stored login session failed its integrity check"
            ) from None
        return _Session(user, generation, attempt_no, opaque.ServerLoginState(mac, key), ke2)

    def _message(self, context: bytes, user_id: str | None,
                 payload: bytes | None) -> Callable[[int], bytes] | None:
        """What a signed proof of this request must sign, given its time (None: no such)."""
        if user_id is None or payload is None:
            return None
        spk = self.keys.public_key
        return lambda when: signed_message(context, spk, user_id, payload, when)

    def _present(self, proof: object, user_id: str | None = None, context: bytes = b"",
                 payload: bytes | None = None) -> tuple[str, str] | None:
        """Check an account proof's form (and an ID token's or a signed proof's signature and
        time) before any transaction. ``payload``: what a signed proof covers here."""
        if proof is None:
            return None
        try:
            return self.accounts.present(proof, self._message(context, user_id, payload),
                                        self.now())
        except ProofError as exc:
            status = 400 if exc.code == "bad_proof" else 403
            code = "unauthorized" if exc.code == "invalid_account" else exc.code
            raise ApiError(status, code, str(exc)) from None

    def _binding_for(self, proof: object, user_id: str | None = None,
                     body: dict | None = None) -> str:
        try:
            return self.accounts.binding_for_registration(
                proof, self._message(REGISTER_CONTEXT, user_id, _canonical(body)), self.now())
        except ProofError as exc:
            status = 400 if exc.code == "bad_proof" else 403
            code = "unauthorized" if exc.code == "invalid_account" else exc.code
            raise ApiError(status, code, str(exc)) from None

    def _authorised_row(
        self,
        tx: Tx,
        user_id: str,
        token: bytes | None,
        presented: tuple[str, str] | None,
        *,
        for_change: bool = False,
    ) -> Row:
        """The row for user_id if the caller may use it; nothing is counted otherwise.

        A bound record needs a proof of its account (the access token is ignored); a record
        from before account binding needs its access token. Unknown ids, wrong tokens and
        proofs of another account get the same refusal.
        """
        row = tx.get(user_id, for_change=for_change)
        if row is None:
            raise ApiError(403, "unauthorized", "unknown user id or wrong access token")
        if row.account is None:
            if token is None or not hmac.compare_digest(row.token_hash, token_hash(token)):
                raise ApiError(403, "unauthorized", "unknown user id or wrong access token")
            return row
        if presented is None or (presented[0] in (SECRET, MAC)
                                 and SECRET not in binding_parts(row.account)
                                 and binding_kind(row.account) == SIG):
            # A record converted to signed proofs takes no plain secret and no MAC proof
            # (it keeps no verifier; docs/VAULT.md 1.9).
            raise ApiError(
                403,
                "account_required",
                "this record needs proof of the account it is bound to",
                account=binding_kind(row.account),
            )
        if not self.accounts.matches(row.account, presented):
            raise ApiError(403, "unauthorized", "this proof is not for the record's account")
        return row

    @staticmethod
    def _require_active(row: Row) -> None:
        if row.state == "destroyed":
            raise ApiError(410, "destroyed", "the key was destroyed after too many wrong passwords")
        if row.state != "active":
            raise ApiError(404, "not_found", "no key is stored for this user id")

    def _raise_destroyed(self) -> NoReturn:
        """Report a record that is gone for good (after flushing the deletion to disk)."""
        self.store.after_erase()
        raise ApiError(410, "destroyed", "the key was destroyed after too many wrong passwords",
                       attempts_left=0)

    def _destroy(self, tx: Tx, row: Row) -> None:
        tx.destroy(row.user_id, "destroyed", self.now())
        log.warning("record %s destroyed after %d failed attempts", row.user_id[:8], row.attempts)

    def _failure(self, tx: Tx, user_id: str) -> tuple[str, int]:
        """After an attempt failed: destroy at the limit. ("destroyed"|"left", attempts left)."""
        row = tx.get(user_id)
        if row is None or row.state != "active":
            return ("destroyed" if row is not None and row.state == "destroyed" else "left"), 0
        left = max(0, self.max_attempts - row.attempts)
        if left == 0:
            self._destroy(tx, row)
            return "destroyed", 0
        return "left", left

    # ------------------------------------------------------------------ registration

    def _registrant(self, token: bytes | None, proof: object, user_id: str,
                    body: dict | None) -> tuple[bytes, str | None]:
        """(token hash, binding) of a registration; bound unless the vault allows otherwise."""
        if proof is not None:
            return b"", self._binding_for(proof, user_id, body)
        if not self.allow_unbound or token is None:
            raise ApiError(
                400, "account_required", "a new record must be bound to an account (field account)"
            )
        return token_hash(token), None

    @staticmethod
    def _same_registrant(row: Row, th: bytes, binding: str | None) -> bool:
        if binding is None or row.account is None:
            return binding is None and row.account is None and hmac.compare_digest(
                row.token_hash, th
            )
        return hmac.compare_digest(row.account.encode(), binding.encode())

    def register_start(
        self, user_id: object, token: bytes | None, request: bytes, proof: object = None,
        body: dict | None = None,
    ) -> dict:
        user_id = check_user_id(user_id)
        th, binding = self._registrant(token, proof, user_id, body)
        now = self.now()

        def txn(tx: Tx, gens: _Gens) -> None:
            row = tx.get(user_id)
            if row is not None and row.state == "pending" and row.created < now - PENDING_TTL:
                tx.expire_pending(now - PENDING_TTL)  # an abandoned registration
                row = tx.get(user_id)
            if row is None:
                tx.insert_pending(user_id, th, now, binding)
            elif row.state != "pending" or not self._same_registrant(row, th, binding):
                # Never evaluate the OPRF for an existing record outside a counted login.
                raise ApiError(409, "exists", "this user id is already registered")

        self._run(txn)
        try:
            response = opaque.create_registration_response(
                request, self.keys.public_key, user_id.encode(), self.keys.oprf_seed
            )
        except opaque.MessageError as exc:
            raise ApiError(400, "bad_request", str(exc)) from None
        return {"registration_response": b64e(response)}

    def _check_record(self, record: bytes, blob: bytes) -> None:
        if len(record) != SERVER_SUITE.record_size or len(blob) != WRAPPED_KEY_LEN:
            raise ApiError(400, "bad_request", "record or wrapped key has the wrong length")
        try:
            SERVER_SUITE.group.check_public(record[: SERVER_SUITE.npk])
        except opaque.MessageError:
            raise ApiError(400, "bad_request", "record contains an invalid public key") from None

    def register_finish(
        self, user_id: object, token: bytes | None, record: bytes, blob: bytes, proof: object = None,
        body: dict | None = None,
    ) -> dict:
        user_id = check_user_id(user_id)
        self._check_record(record, blob)
        th, binding = self._registrant(token, proof, user_id, body)

        def txn(tx: Tx, gens: _Gens) -> None:
            row = tx.get(user_id)
            if row is None or row.state != "pending" or not self._same_registrant(row, th, binding):
                raise ApiError(409, "no_registration", "no registration in progress for this id")
            wg = gens()
            sealed = self._seal_record(user_id, th, 0, wg, 0, record, blob, binding)
            tx.activate(user_id, sealed, wg, self.now())

        self._run(txn)
        log.info("registered %s", user_id[:8])
        return {"registered": True, "max_attempts": self.max_attempts}

    # ------------------------------------------------------------------ login

    def login_start(
        self, user_id: object, token: bytes | None, ke1: bytes, proof: object = None
    ) -> dict:
        user_id = check_user_id(user_id)
        if len(ke1) != SERVER_SUITE.ke1_size:
            raise ApiError(400, "bad_request", "KE1 has the wrong length")
        ke1_hash = login_payload(ke1)
        presented = self._present(proof, user_id, LOGIN_CONTEXT, ke1_hash)
        session_id = b64e(os.urandom(32))
        sid = secret_hash(b"session", session_id)
        expires = self.now() + SESSION_TTL

        def txn(tx: Tx, gens: _Gens) -> _Session | None:
            earlier = tx.get_session(sid) if tx.outcome_unknown else None
            if earlier is not None:
                # This function ran before and its commit went through, though the answer
                # was lost with the connection: the attempt is counted once, answer it now.
                # (Looked up only then: reading the sessions index in every login would make
                # unrelated logins conflict under SERIALIZABLE.)
                # That commit may be on the primary alone (the connection broke while COMMIT
                # waited for the standby): a read-only COMMIT waits for nothing, so write,
                # and KE2 leaves only once a standby has the attempt (VAULT.md 10.8).
                tx.rewrite_session(sid)
                return self._unseal_session(sid, earlier[1], earlier[2])
            # Refused before anything is counted unless the caller proves the account.
            row = self._authorised_row(tx, user_id, token, presented, for_change=True)
            now = self.now()
            signed = presented is not None and presented[0] in (SIG, MAC)
            if signed and not tx.claim_login_proof(user_id, ke1_hash, now, now + SIG_REPLAY_TTL):
                # One signed proof, one attempt: a relayed or replayed proof counts nothing.
                raise ApiError(403, "unauthorized", "this login proof was used already")
            self._require_active(row)
            if row.attempts >= self.max_attempts:
                # The last permitted attempt was used and never verified.
                self._destroy(tx, row)
                return None
            record, blob = self._unseal_record(row)
            try:
                state, ke2 = opaque.generate_ke2(
                    SERVER_SUITE, self.keys, record, user_id.encode(), ke1
                )
            except opaque.MessageError:
                raise ApiError(400, "bad_request", "KE1 is invalid") from None
            session = _Session(user_id, row.generation, row.attempts + 1, state, ke2)
            # Counted and committed in this transaction, before KE2 leaves the vault.
            self._store_counter(tx, gens, row, record, blob, session.attempt_no)
            tx.put_session(sid, user_id, self._seal_session(sid, expires, session), expires)
            return session

        session = self._run(txn)
        if session is None:
            self._raise_destroyed()
        return {
            "session_id": session_id,
            "ke2": b64e(session.ke2),
            "server_public_key": b64e(self.keys.public_key),
            "attempts_left": self.max_attempts - session.attempt_no,
        }

    def _take_session(self, tx: Tx, session_id: object) -> _Session | None:
        """Delete the session and return it; None if it had expired (the deletion commits)."""
        if not isinstance(session_id, str) or len(session_id) > 128:
            raise ApiError(400, "no_session", "login session unknown or expired; start again")
        sid = secret_hash(b"session", session_id)
        found = tx.take_session(sid)
        if found is None:
            raise ApiError(400, "no_session", "login session unknown or expired; start again")
        _, sealed, expires = found
        if expires < self.now():
            return None
        return self._unseal_session(sid, sealed, expires)

    def login_abort(self, session_id: object) -> dict:
        """The client could not open its envelope (wrong password): settle the attempt now."""

        def txn(tx: Tx, gens: _Gens) -> tuple[str, int] | None:
            session = self._take_session(tx, session_id)
            return None if session is None else self._failure(tx, session.user_id)

        outcome = self._run(txn)
        if outcome is None:
            raise ApiError(400, "no_session", "login session unknown or expired; start again")
        if outcome[0] == "destroyed":
            self._raise_destroyed()
        return {"attempts_left": outcome[1]}

    def login_finish(self, session_id: object, ke3: bytes, purpose: object) -> dict:
        if purpose not in ("fetch", "change", "delete"):
            raise ApiError(400, "bad_request", "purpose must be fetch, change or delete")

        def txn(tx: Tx, gens: _Gens) -> tuple:
            session = self._take_session(tx, session_id)
            if session is None:
                return ("expired",)
            try:
                opaque.server_finish(session.state, ke3)
            except opaque.OpaqueError:
                return ("wrong", *self._failure(tx, session.user_id), session.user_id)
            row = tx.get(session.user_id, for_change=True)
            if row is None or row.state != "active" or row.generation != session.generation:
                return ("stale",)
            record, blob = self._unseal_record(row)
            # Attempts started after this one stay counted.
            remaining = max(0, row.attempts - session.attempt_no)
            if purpose == "delete":
                tx.destroy(row.user_id, "deleted", self.now(), remaining)
                return ("deleted", row.user_id)
            self._store_counter(tx, gens, row, record, blob, remaining)
            grant = None
            if purpose == "change":
                grant = b64e(os.urandom(32))
                tx.put_grant(secret_hash(b"grant", grant), row.user_id, row.generation,
                             self.now() + GRANT_TTL)  # fmt: skip
            return ("ok", blob, remaining, grant)

        outcome = self._run(txn)
        kind = outcome[0]
        if kind == "expired":
            raise ApiError(400, "no_session", "login session unknown or expired; start again")
        if kind == "wrong":
            log.info("failed login for %s", outcome[3][:8])
            if outcome[1] == "destroyed":
                self._raise_destroyed()
            raise ApiError(401, "wrong_password", "login failed", attempts_left=outcome[2])
        if kind == "stale":
            raise ApiError(409, "stale", "the record changed during the login; start again")
        if kind == "deleted":
            self.store.after_erase()
            log.info("deleted %s", outcome[1][:8])
            return {"deleted": True}
        _, blob, remaining, grant = outcome
        result = {"wrapped_key": b64e(blob), "attempts_left": self.max_attempts - remaining}
        if grant is not None:
            result["grant"] = grant
        return result

    # ------------------------------------------------------------------ password change

    def _check_grant(self, tx: Tx, grant: object, user_id: str) -> tuple[bytes, int, bool]:
        """(grant hash, record generation, started) of a live grant for user_id."""
        if not isinstance(grant, str) or len(grant) > 128:
            raise ApiError(403, "no_grant", "password change not authorised; log in again")
        gid = secret_hash(b"grant", grant)
        g = tx.get_grant(gid)
        if g is None or g[0] != user_id or g[3] < self.now():
            raise ApiError(403, "no_grant", "password change not authorised; log in again")
        return gid, g[1], g[2]

    def password_start(
        self,
        user_id: object,
        token: bytes | None,
        grant: object,
        request: bytes,
        proof: object = None,
        body: dict | None = None,
    ) -> dict:
        user_id = check_user_id(user_id)
        presented = self._present(proof, user_id, PASSWORD_CONTEXT,
                                  _canonical(body))

        def txn(tx: Tx, gens: _Gens) -> None:
            self._require_active(self._authorised_row(tx, user_id, token, presented))
            gid, _, started = self._check_grant(tx, grant, user_id)
            if started:  # one OPRF evaluation per verified login
                raise ApiError(403, "no_grant", "password change not authorised; log in again")
            tx.start_grant(gid)

        self._run(txn)
        try:
            response = opaque.create_registration_response(
                request, self.keys.public_key, user_id.encode(), self.keys.oprf_seed
            )
        except opaque.MessageError as exc:
            raise ApiError(400, "bad_request", str(exc)) from None
        return {"registration_response": b64e(response)}

    def password_finish(
        self,
        user_id: object,
        token: bytes | None,
        grant: object,
        record: bytes,
        blob: bytes,
        proof: object = None,
        body: dict | None = None,
    ) -> dict:
        user_id = check_user_id(user_id)
        self._check_record(record, blob)
        presented = self._present(proof, user_id, PASSWORD_CONTEXT,
                                  _canonical(body))

        def txn(tx: Tx, gens: _Gens) -> None:
            try:
                gid, generation, _ = self._check_grant(tx, grant, user_id)
            except ApiError:
                if self._changed_already(tx, user_id, token, presented, record, blob):
                    return  # the same request again: its answer was lost (VAULT.md 10.8)
                raise
            tx.delete_grant(gid)
            row = self._authorised_row(tx, user_id, token, presented)
            self._require_active(row)
            if row.generation != generation:
                raise ApiError(409, "stale", "the record changed; log in again")
            self._store_counter(tx, gens, row, record, blob, 0, row.generation + 1)

        self._run(txn)
        self.store.after_erase()
        log.info("password changed for %s", user_id[:8])
        return {"changed": True}

    def _changed_already(self, tx: Tx, user_id: str, token: bytes | None,
                         presented: tuple[str, str] | None, record: bytes, blob: bytes) -> bool:
        """Whether the (authorised) record already holds exactly this registration: a password
        change that went through and whose answer was lost, asked again. Answering it again
        reveals nothing (the caller sent the record) and changes nothing."""
        try:
            row = self._authorised_row(tx, user_id, token, presented)
        except ApiError:
            return False  # the grant's refusal stands
        if row.state != "active" or row.sealed is None:
            return False
        now_record, now_blob = self._unseal_record(row)
        return hmac.compare_digest(now_record, record) and hmac.compare_digest(now_blob, blob)

    # ------------------------------------------------------------------ account binding

    def account_bind(self, user_id: object, token: bytes | None, grant: object, proof: object,
                     body: dict | None = None) -> dict:
        """Bind a v1 record (access token only) to an account, after a verified login.

        Needs the access token *and* a grant from a login that proved the password, so a
        party holding only an old backup (which contains the token) cannot bind the record to
        their own account. From then on the token grants nothing.
        """
        user_id = check_user_id(user_id)
        binding = self._binding_for(proof, user_id, body)

        def txn(tx: Tx, gens: _Gens) -> None:
            gid, generation, started = self._check_grant(tx, grant, user_id)
            if started:
                raise ApiError(403, "no_grant", "binding not authorised; log in again")
            tx.delete_grant(gid)
            row = tx.get(user_id)
            if row is not None and row.account is not None:
                raise ApiError(409, "bound", "this record is already bound to an account")
            row = self._authorised_row(tx, user_id, token, None)
            self._require_active(row)
            if row.generation != generation:
                raise ApiError(409, "stale", "the record changed; log in again")
            record, blob = self._unseal_record(row)
            new_gen = row.generation + 1  # logins begun before the binding cannot finish
            wg = gens()
            sealed = self._seal_record(user_id, row.token_hash, new_gen, wg, row.attempts,
                                       record, blob, binding)  # fmt: skip
            tx.bind(user_id, binding, sealed, write_gen=wg, generation=new_gen, now=self.now())

        self._run(txn)
        self.store.after_erase()
        log.info("bound %s to an account (%s)", user_id[:8], binding_kind(binding))
        return {"bound": True, "account": binding_kind(binding)}

    def _rebind(self, tx: Tx, gens: _Gens, row: Row, binding: str) -> None:
        """Re-seal an active record under a new binding (its AAD) and a new generation, so
        logins begun before cannot finish; the counter is unchanged."""
        assert row.account is not None
        record, blob = self._unseal_record(row)
        new_gen = row.generation + 1
        wg = gens()
        sealed = self._seal_record(row.user_id, row.token_hash, new_gen, wg, row.attempts,
                                   record, blob, binding)  # fmt: skip
        tx.rebind(row.user_id, row.account, binding, sealed, write_gen=wg, generation=new_gen,
                  now=self.now())

    def _granted_row(self, tx: Tx, user_id: str, grant: object,
                     presented: tuple[str, str] | None, what: str) -> tuple[Row, bytes]:
        """The record of a fresh, unused grant, bound to device secrets, proved by the caller;
        (row, grant hash). Refusals: no_grant, account_required/unauthorized, not_secret,
        stale."""
        gid, generation, started = self._check_grant(tx, grant, user_id)
        if started:
            raise ApiError(403, "no_grant", f"{what} not authorised; log in again")
        row = self._authorised_row(tx, user_id, None, presented, for_change=True)
        self._require_active(row)
        if binding_kind(row.account) not in (SECRET, SIG):
            raise ApiError(409, "not_secret", "this record is not bound to device credentials")
        if row.generation != generation:
            raise ApiError(409, "stale", "the record changed; log in again")
        return row, gid

    def account_device(self, user_id: object, grant: object, proof: object,
                       verifier: object = None, public_key: object = None,
                       body: dict | None = None) -> dict:
        """Enroll a new device credential on a record bound to secrets (docs/VAULT.md 1.8).

        Needs a grant from a verified password login (``purpose=change``) *and* a proof of
        the record's account (the recovery code, a device credential, or a signed proof over
        this body): the new verifier (``secret`` records) or public key (``sig``) joins the
        binding, up to ``MAX_SECRETS`` (``409 full`` after). The record is re-sealed with the
        new binding in its AAD; the counter is unchanged.
        """
        user_id = check_user_id(user_id)
        presented = self._present(proof, user_id, DEVICE_CONTEXT,
                                  _canonical(body))
        if (verifier is None) == (public_key is None):
            raise ApiError(400, "bad_request", "give either verifier or public_key")
        kind = SECRET if verifier is not None else SIG
        new = (b64d(verifier, "verifier", 32) if kind == SECRET
               else self._public_key(public_key))

        def txn(tx: Tx, gens: _Gens) -> int:
            row, gid = self._granted_row(tx, user_id, grant, presented, "enrolment")
            parts = binding_parts(row.account)
            if kind == SECRET and SECRET not in parts:
                raise ApiError(409, "not_secret", "this record takes only signing keys")
            tx.delete_grant(gid)
            count = sum(len(v) for v in parts.values())
            if b64e(new) in parts.get(kind, []):
                return count
            if count >= MAX_SECRETS:
                raise ApiError(409, "full", "this record has as many device credentials as it "
                               "can keep")
            parts.setdefault(kind, []).append(b64e(new))
            self._rebind(tx, gens, row, _binding_of(parts))
            return count + 1

        count = self._run(txn)
        log.info("enrolled a device credential on %s (%d secrets)", user_id[:8], count)
        return {"enrolled": True, "secrets": count}

    @staticmethod
    def _public_key(value: object) -> bytes:
        try:
            return check_public_key(b64d(value, "public key", 32))
        except ProofError as exc:
            raise ApiError(400, "bad_request", str(exc)) from None

    def account_upgrade(self, user_id: object, grant: object, proof: object,
                        public_keys: object, body: dict | None = None) -> dict:
        """Convert a device secret of a ``secret`` record to a signing key (docs/VAULT.md 1.9).

        After a verified login (``purpose=change``), with a proof of S by its verifier (a
        ``mac`` proof over this body; clients of §1.9's first version sent the plain
        ``secret``): ``public_keys[0]`` = P(S) replaces V(S) in the binding; an optional
        ``public_keys[1]`` (this computer's new credential, §1.8) is added while there is
        room. Once no verifier is left, the record refuses plain secrets and MAC proofs.
        """
        user_id = check_user_id(user_id)
        presented = self._present(proof, user_id, UPGRADE_CONTEXT, _canonical(body))
        if presented is None or presented[0] not in (SECRET, MAC):
            raise ApiError(400, "bad_request", "the upgrade needs a proof of the secret it "
                           "converts (kind mac or secret)")
        if not isinstance(public_keys, list) or not 1 <= len(public_keys) <= 2:
            raise ApiError(400, "bad_request", "public_keys must list 1 or 2 keys")
        keys = [self._public_key(k) for k in public_keys]
        if len(set(keys)) != len(keys):
            raise ApiError(400, "bad_request", "public_keys must be distinct")

        def txn(tx: Tx, gens: _Gens) -> tuple[int, bool]:
            row, gid = self._granted_row(tx, user_id, grant, presented, "upgrade")
            tx.delete_grant(gid)
            parts = binding_parts(row.account)
            converted = self.accounts.matching_entry(row.account, presented)
            verifiers = [v for v in parts.get(SECRET, []) if v != converted]
            sig = [k for k in parts.get(SIG, []) if k not in {b64e(x) for x in keys}]
            sig.append(b64e(keys[0]))
            enrolled = len(keys) == 2 and len(sig) + len(verifiers) < MAX_SECRETS
            if enrolled:
                sig.append(b64e(keys[1]))
            new = {SIG: sig, **({SECRET: verifiers} if verifiers else {})}
            self._rebind(tx, gens, row, _binding_of(new))
            return len(sig) + len(verifiers), enrolled

        count, enrolled = self._run(txn)
        log.info("converted a device secret of %s to a signing key (%d secrets)", user_id[:8],
                 count)
        return {"upgraded": True, "secrets": count, "enrolled": enrolled}

    # ------------------------------------------------------------------ backup sequence

    def sequence(self, user_id: object, body: dict, proof: object = None) -> dict:
        """Read, and optionally raise, the highest backup sequence number of a record's set
        (docs/VAULT.md 2.1).

        An update (``set_id``, ``seq``, ``snapshot_id``, ``signature``) must be signed with
        the Ed25519 key whose public half the record's first update registered; that first
        update needs the account proof (a bound record). The stored number only grows.
        Reading needs nothing: the answer is signed, and the client checks it against its
        own key (derived from K). Nothing here counts an attempt.
        """
        from cryptography.exceptions import InvalidSignature
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

        user_id = check_user_id(user_id)
        update = body.get("seq") is not None
        if update:
            seq, set_id, snapshot_id = body.get("seq"), body.get("set_id"), body.get("snapshot_id")
            if type(seq) is not int or not 1 <= seq < 1 << 63:
                raise ApiError(400, "bad_request", "seq must be a positive integer")
            if type(set_id) is not str or not _SET_ID_RE.fullmatch(set_id):
                raise ApiError(400, "bad_request", "set_id is malformed")
            if type(snapshot_id) is not str or not _SNAPSHOT_ID_RE.fullmatch(snapshot_id):
                raise ApiError(400, "bad_request", "snapshot_id is malformed")
            signature = b64d(body.get("signature"), "signature", 64)
        presented = self._present(proof, user_id, SEQUENCE_PROOF_CONTEXT, _canonical(body))

        def txn(tx: Tx, _gens: _Gens) -> SequenceRow | None:
            row = tx.get(user_id)
            if row is None:
                raise ApiError(403, "unauthorized", "unknown user id")
            self._require_active(row)
            stored = tx.get_sequence(user_id)
            if not update:
                return stored
            if stored is None:
                if row.account is None:
                    raise ApiError(403, "account_required", "bind this record to an account first")
                if presented is None:
                    raise ApiError(403, "account_required",
                                   "the first sequence update needs the account proof",
                                   account=binding_kind(row.account))
                if not self.accounts.matches(row.account, presented):
                    raise ApiError(403, "unauthorized", "this proof is not for the record's account")
                public_key = b64d(body.get("public_key"), "public_key", 32)
            else:
                public_key = stored.public_key
            try:
                Ed25519PublicKey.from_public_bytes(public_key).verify(
                    signature, sequence_message(user_id, set_id, seq, snapshot_id))
            except (InvalidSignature, ValueError):
                raise ApiError(403, "bad_signature",
                               "the sequence update is not signed by the set's key") from None
            if stored is None or seq > stored.seq:
                stored = SequenceRow(user_id, public_key, set_id, seq, snapshot_id, signature)
                tx.put_sequence(stored, self.now())
            return stored

        stored = self._run(txn)
        if stored is None:
            return {"seq": 0}
        return {"seq": stored.seq, "set_id": stored.set_id, "snapshot_id": stored.snapshot_id,
                "signature": b64e(stored.signature), "public_key": b64e(stored.public_key)}


def _canonical(body: dict | None) -> bytes | None:
    """What a signed proof of this request body covers (``account.canonical_body``)."""
    if body is None:
        return None
    try:
        return canonical_body(body)
    except (ValueError, TypeError):  # NaN or infinity in a body: nothing to sign
        raise ApiError(400, "bad_request", "the request body has a value JSON cannot carry") from None


def _binding_of(parts: dict[str, list[str]]) -> str:
    """The binding string of {kind: [base64url entries]} (``secret`` or ``sig`` records)."""
    def raw(kind: str) -> list[bytes]:
        return [b64d(v, "binding entry", 32) for v in parts.get(kind, [])]

    if parts.get(SIG):
        return sig_binding(raw(SIG), raw(SECRET))
    return secret_binding(raw(SECRET))


def accept_rollback(store: Store, sealer: Sealer, marks: Marks | None = None) -> tuple[int, int]:
    """Operator's decision after a detected rollback: raise the database's write generation
    above the HSM's mark so the vault serves again. Returns (database value, mark).

    Counters stay as the restored database has them: attempts made after that copy was taken
    are forgotten. docs/VAULT.md explains when this is acceptable.
    """
    marks = marks if marks is not None else sealer
    keys = load_or_create_server_keys(store, sealer)
    mark = marks.read_floor(floor_id(keys.public_key)) or 0
    history = store.database_history()
    if history is not None:  # PostgreSQL: its timeline and WAL now are the ones to serve from
        ident = timeline_id(keys.public_key, history.system)
        marks.reset_floor(ident, history.timeline, TIMELINE_LABEL)
        marks.reset_floor(ident, history.lsn, WAL_LABEL)

    def bump(tx: Tx) -> int:
        value = tx.next_gen()
        while value <= mark:
            value = tx.next_gen() if value + 1000 > mark else _jump(tx, store.dialect, mark)
        return value

    return store.run(bump), mark


def _jump(tx: Tx, dialect: str, mark: int) -> int:
    if dialect == "postgresql":
        tx._x("SELECT setval('write_gen_seq', ?)", (mark,))
    else:
        tx._x("UPDATE counters SET value = ? WHERE name = 'write_gen'", (mark,))
    return tx.next_gen()
