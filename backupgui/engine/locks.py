"""Lock objects in a backup set, so that two computers never race a deletion against a
backup (docs/FORMAT.md 10.3).

Each running operation on a set holds one lock object ``sets/<set id>/locks/<lock id>``: an
encrypted object (type 4) under the set's key naming the device, host, process and kind.
A backup's lock is shared (several backups may run at once); retention's deletes, a key
rotation's removal of the old set and a change of the set's protection (its config) take an
exclusive one. A lock is refreshed (a new object, then the old one deleted) every
``REFRESH_S`` while its operation runs, and counts as stale once its **listed** time, the
destination's own clock, is ``STALE_S`` older than the lock object just written by whoever
looks; what a lock says about times is never used for that.

Taking a lock writes it first and lists the others afterwards (as restic does): of two
operations that start together at least one sees the other's lock and backs off.
A lock that does not authenticate is no lock: it is ignored, never deleted (9.5). Someone
who can write the destination can plant nothing that this code trusts; a provider can
withhold or delete locks, which it could do with every object already (SECURITY.md 2.14).
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import random
import re
import secrets
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from ..crypto.segments import SegmentError, decrypt_object, encrypt_bytes
from ..destinations.base import ObjectInfo
from ..device.stale import host_name, pid_alive
from ..errors import BusyError, NotFoundError
from ..format import strictjson
from ..format.strictjson import JsonError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .repository import Repo

log = logging.getLogger(__name__)

#: The encrypted object type of a lock (FORMAT.md 4.1).
LOCK_TYPE = 4
LOCKS = "locks/"
LOCK_ID = re.compile(r"[0-9a-f]{32}")
#: A shared lock: a backup.
BACKUP = "backup"
#: Exclusive locks: what deletes or replaces objects other computers use.
RETENTION, ROTATION, PROTECTION = "retention", "rotation", "protection"
KINDS = (BACKUP, RETENTION, ROTATION, PROTECTION)

#: A lock is written again this often while its operation runs.
REFRESH_S = 5 * 60
#: A lock not written again for this long (by the destination's listed times) is stale.
STALE_S = 30 * 60
#: A lock's JSON is at most this long; its stored object at most ``MAX_LOCK_OBJECT`` bytes
#: (checked in the listing: a larger one is never read).
MAX_LOCK_PLAINTEXT = 2048
MAX_LOCK_OBJECT = 8192
LOCK_SEGMENT_EXP = 12
#: More fresh lock objects than this are more than computers make: the set is treated as
#: busy (a planted flood is a denial of service only) instead of reading them all.
MAX_LOCKS = 64
#: How long a backup waits for another computer's exclusive operation, and an exclusive
#: operation for the others, before giving up; and the pause between two looks.
BACKUP_WAIT_S = 5 * 60
EXCLUSIVE_WAIT_S = 60
POLL_S = 10.0
#: How long the end of an operation spends removing its lock (a dead network: it goes stale).
RELEASE_S = 15.0
#: How many times a scan is made when a fresh lock it listed was gone when read (``scan``).
RESCANS = 4
_DEVICE_MAX = 200
_HOST_MAX = 64


@functools.cache
def host_id() -> str:
    """This computer in a lock: its name and a hash of its machine id (two computers may
    share a name: "localhost") and its PID namespace, so that a lock of a process of this
    computer that no longer runs is known for one at once. Only a process whose pids mean
    the same as ours may judge by them: a sandbox or container (Flatpak, Docker) has the
    computer's name and machine id but pids of its own, so its locks count as another
    computer's (30 minutes by listed time), never as dead because our pid N is not its."""
    node = hashlib.sha256(b"backupgui lock host " + _machine() + _pid_namespace())
    return f"{host_name()}#{node.hexdigest()[:16]}"


def _pid_namespace() -> bytes:
    """The PID namespace of this process (Linux: ``pid:[inode]``), else nothing. The first
    namespace is the same on every Linux computer (the machine id tells those apart)."""
    try:
        return b" " + os.readlink("/proc/self/ns/pid").encode()
    except (OSError, AttributeError):
        return b""


def _machine() -> bytes:
    """What tells this computer from another of the same name: the OS's machine id, else
    the hardware address (not one ``uuid`` made up for this process), else nothing."""
    for path in ("/etc/machine-id", "/var/lib/dbus/machine-id"):
        try:
            with open(path, "rb") as f:
                if value := f.read(64).strip():
                    return value
        except OSError:
            pass
    node = uuid.getnode()
    return b"" if node >> 40 & 1 else node.to_bytes(8, "big")  # (bit 40: a random one)


#: The lock ids this process holds now: a lock of this process not among them is a
#: leftover of an operation that died here (a crash inside the process).
_HELD: set[str] = set()
_HELD_GUARD = threading.Lock()


@dataclass(frozen=True, slots=True)
class LockInfo:
    """An authenticated lock of the set (``device``: the holder's device name)."""

    lock_id: str
    kind: str
    device: str
    host: str
    pid: int
    created_ms: int
    #: The destination's time of the object (listed), seconds since the epoch.
    mtime: float | None

    @property
    def exclusive(self) -> bool:
        return self.kind != BACKUP


class SetBusyError(BusyError):
    """Another computer holds a lock on the set that conflicts with the operation asked for
    (``holder``; None: a flood of lock objects). CLI exit code 13, as any busy error."""

    hint = "Nothing was changed."

    def __init__(self, message: str, holder: LockInfo | None) -> None:
        super().__init__(message)
        self.holder = holder


def shown(device: str) -> str:
    """Another computer's name as a message shows it: printable, at most 40 characters."""
    name = "".join(c if c.isprintable() else " " for c in device).strip()
    return (name[:40] + "…" if len(name) > 40 else name) or "?"


def busy_message(holder: LockInfo | None, count: int = 0) -> str:
    """What the user is told when an operation cannot start because of ``holder`` (None:
    more fresh lock objects than ``MAX_LOCKS``, ``count`` of them)."""
    if holder is None:
        return (f"The backup set holds {count} fresh lock objects, "
                "more than computers backing up make: someone who can write to the "
                "destination may have put them there. Nothing was changed.")
    name = shown(holder.device)
    if holder.kind == RETENTION:
        return (f"Another computer ({name}) is cleaning up this backup set; try again in a "
                "few minutes.")
    if holder.exclusive:
        return (f"Another computer ({name}) is changing this backup set's key or password; "
                "try again in a few minutes.")
    return (f"Another computer ({name}) is backing up into this backup set; try again when "
            "it has finished.")


def encode_lock(lock_id: str, set_id: str, kind: str, device: str, host: str, pid: int,
                created_ms: int) -> bytes:
    """A lock's JSON (FORMAT.md 10.3)."""
    import json

    def text(value: str, n: int) -> str:  # (a lone surrogate is no UTF-8: replaced)
        return value[:n].encode("utf-8", "replace").decode("utf-8")

    data = json.dumps({"v": 1, "lock_id": lock_id, "set_id": set_id, "kind": kind,
                       "device": text(device, _DEVICE_MAX), "host": text(host, _HOST_MAX),
                       "pid": pid, "created_ms": created_ms}, sort_keys=True,
                      separators=(",", ":"), ensure_ascii=False).encode()
    assert len(data) <= MAX_LOCK_PLAINTEXT
    return data


def decode_lock(data: bytes, lock_id: str, set_id: str, mtime: float | None) -> LockInfo:
    """A lock's JSON checked by its grammar; ``ValueError`` if it breaks it."""
    obj = strictjson.loads(data)
    fields = {"v", "lock_id", "set_id", "kind", "device", "host", "pid", "created_ms"}
    if type(obj) is not dict or set(obj) != fields or obj["v"] != 1 or type(obj["v"]) is not int:
        raise ValueError("not a version 1 lock")
    if obj["lock_id"] != lock_id or obj["set_id"] != set_id:
        raise ValueError("a lock of another name or set")
    if obj["kind"] not in KINDS or type(obj["kind"]) is not str:
        raise ValueError("an unknown kind of lock")
    for k, n in (("device", _DEVICE_MAX), ("host", _HOST_MAX)):
        if type(obj[k]) is not str or len(obj[k]) > n:
            raise ValueError(f"a bad {k}")
    for k in ("pid", "created_ms"):
        if type(obj[k]) is not int or not 0 <= obj[k] < 2**63:
            raise ValueError(f"a bad {k}")
    return LockInfo(lock_id, obj["kind"], obj["device"], obj["host"], obj["pid"],
                    obj["created_ms"], mtime)


def _write(repo: Repo, kind: str, device: str, lock_id: str) -> ObjectInfo:
    """Write lock ``lock_id``. Should this fail, its object may still have landed (the
    answer was lost): the caller removes ``lock_id`` again, best effort."""
    rel = LOCKS + lock_id
    plain = encode_lock(lock_id, repo.set_id, kind, device, host_id(), os.getpid(),
                        int(time.time() * 1000))
    with _HELD_GUARD:
        _HELD.add(lock_id)
    sealed = encrypt_bytes(repo.keys.objects, LOCK_TYPE, rel, plain, LOCK_SEGMENT_EXP)
    try:
        info = repo.dest.put_transient(repo.prefix + rel, sealed)
    except BaseException:
        # Not held: a copy that lands after all (Drive's journal finishes a failed upload
        # at its next open) is dead to this process at once, and the journal forgets it so
        # that it never lands to hold other computers off for STALE_S.
        with _HELD_GUARD:
            _HELD.discard(lock_id)
        try:
            repo.dest.discard_pending(repo.prefix + rel)
        except Exception:  # (the failure that matters is the put's)
            pass
        raise
    return info


def read_lock(repo: Repo, o: ObjectInfo) -> LockInfo | None:
    """The lock listed as ``o`` (its name inside the set) if it authenticates and follows
    its grammar, else None; never more than ``MAX_LOCK_OBJECT`` + 1 bytes are read."""
    try:
        return _read_listed(repo, o)
    except NotFoundError:
        return None  # (released meanwhile)


def _read_listed(repo: Repo, o: ObjectInfo) -> LockInfo | None:
    """``read_lock``, but a lock gone since it was listed raises ``NotFoundError``."""
    lock_id = o.name[len(LOCKS):]
    if not LOCK_ID.fullmatch(lock_id) or o.size > MAX_LOCK_OBJECT:
        return None
    try:
        data = repo.dest.read(repo.prefix + o.name, 0, MAX_LOCK_OBJECT + 1)
        if len(data) > MAX_LOCK_OBJECT:
            return None
        plain = decrypt_object(repo.keys.objects, o.name, LOCK_TYPE, [data], MAX_LOCK_PLAINTEXT)
        return decode_lock(plain, lock_id, repo.set_id, o.mtime)
    except (SegmentError, JsonError, ValueError):
        log.warning("lock object %s of set %s is ignored: it does not authenticate or is "
                    "malformed", lock_id, repo.set_id)
        return None


@dataclass
class Scan:
    """The set's locks as seen at ``now`` (the destination's time of our own lock)."""

    fresh: list[LockInfo]
    stale: list[LockInfo]
    #: Fresh lock objects beyond ``MAX_LOCKS`` (not read): the set counts as busy.
    flood: int = 0
    #: The set's config as the same listing gave it, with its checksum (Drive), or None.
    config: ObjectInfo | None = None


def scan(repo: Repo, now: float | None, mine: set[str], read_stale: bool = False) -> Scan:
    """The set's locks other than ``mine``: the fresh ones authenticated, and (``read_stale``,
    for an exclusive operation that removes them) the stale ones. Stale: listed more than
    ``STALE_S`` before ``now``; a lock listed in the future of ``now`` is fresh, and without
    either time a lock is never stale."""
    # A fresh lock gone between the listing and its read was released, or refreshed: a
    # refresh writes its new object and then deletes the old one, so a listing made before
    # the new one landed and a read made after the old one went miss a lock that is held
    # all along. Such a scan is made again (a few times: each time means a refresh or a
    # release happened within one scan; a destination that keeps hiding locks can defeat
    # the lock in any case, SECURITY.md 4).
    for _ in range(RESCANS):
        try:
            return _scan_once(repo, now, mine, read_stale)
        except _Vanished:
            pass
    log.warning("the locks of set %s kept changing while they were read", repo.set_id)
    return _scan_once(repo, now, mine, read_stale, strict=False)


class _Vanished(Exception):
    """A fresh lock listed by a scan was gone when read."""


def _scan_once(repo: Repo, now: float | None, mine: set[str], read_stale: bool,
               strict: bool = True) -> Scan:
    fresh_objs, stale_objs = [], []
    # (the config in the same request where the destination can: a backup then need not
    # read it again under its lock, Repo.reread_config)
    listed, config = repo.list_rel_and_config(LOCKS)
    for o in listed:  # (names checked by their grammar before any use)
        lock_id = o.name[len(LOCKS):]
        if lock_id in mine or not LOCK_ID.fullmatch(lock_id) or o.size > MAX_LOCK_OBJECT:
            continue
        if now is not None and o.mtime is not None and now - o.mtime > STALE_S:
            stale_objs.append(o)
        else:
            fresh_objs.append(o)
    if len(fresh_objs) > MAX_LOCKS:
        return Scan([], [], len(fresh_objs), config)
    read = []
    for o in fresh_objs:
        try:
            i = _read_listed(repo, o)
        except NotFoundError:
            if strict:
                raise _Vanished from None
            continue
        if i is not None:
            read.append(i)
    stale = [i for o in stale_objs[:MAX_LOCKS] if (i := read_lock(repo, o)) is not None] \
        if read_stale else []
    return Scan([i for i in read if not dead(i)], stale + [i for i in read if dead(i)],
                config=config)


class Lock:
    """A lock this process holds on a set, refreshed by a thread until ``release``.

    However the operation ends (done, Stop, Ctrl+C or SIGTERM in the CLI, an exception, a
    network drop) its ``finally`` calls ``release``: the refresh stops first, then every
    lock object this lock may have written is deleted, even after a Stop (which ended the
    destination's other requests) and for at most ``RELEASE_S``."""

    def __init__(self, repo: Repo, kind: str, device: str, lock_id: str, info: ObjectInfo,
                 refresh_s: float | None = None) -> None:
        self.repo, self.kind, self.device = repo, kind, device
        self.lock_id, self.mtime = lock_id, info.mtime
        #: The set's config as listed while this lock was taken (``Repo.reread_config``).
        self.config: ObjectInfo | None = None
        self._stop = threading.Event()
        # (guards lock_id, _unsure and _stop between the refresh and release: whichever
        # comes second deletes what the other wrote)
        self._state = threading.Lock()
        #: Lock objects whose write failed but may have landed: released with the lock.
        self._unsure: list[str] = []
        self._refresh_s = REFRESH_S if refresh_s is None else refresh_s
        self._thread = threading.Thread(target=self._refresher, daemon=True,
                                        name="backupgui-lock-refresh")
        self._thread.start()

    def _refresher(self) -> None:
        while not self._stop.wait(self._refresh_s):
            self.refresh()

    def refresh(self) -> None:
        """Write the lock again (a new object, then the old one deleted): its listed time
        becomes the destination's now. A failure is logged; the next refresh tries again."""
        if self._stop.is_set():
            return
        new_id = secrets.token_hex(16)
        try:
            info = _write(self.repo, self.kind, self.device, new_id)
        except Exception as exc:  # (a network drop: the lock may go stale meanwhile)
            log.warning("the lock of set %s could not be refreshed: %s",
                        self.repo.set_id, type(exc).__name__)
            with self._state:
                if not self._stop.is_set():
                    self._unsure.append(new_id)
                    return
            _delete(self.repo, new_id)  # (released meanwhile: it may have landed)
            return
        with self._state:
            if self._stop.is_set():  # released while this was written: ours to delete
                old = new_id
            else:
                old, self.lock_id, self.mtime = self.lock_id, new_id, info.mtime
        _delete(self.repo, old)

    def _end(self) -> list[str]:
        """Stop refreshing; the lock objects this lock holds or may hold."""
        with self._state:
            self._stop.set()
            held, self._unsure = [self.lock_id, *self._unsure], []
        return held

    def stop_refreshing(self) -> None:
        """Stop refreshing and keep the object (the set it is in is about to be removed
        whole: nothing is written into it again)."""
        self._end()
        if threading.current_thread() is not self._thread:
            self._thread.join(RELEASE_S)

    def release(self) -> None:
        """Stop refreshing and delete the lock, also after a Stop, within about
        ``RELEASE_S`` (best effort: one left goes stale). A refresh still writing when this
        runs deletes what it wrote itself."""
        deadline = time.monotonic() + RELEASE_S
        for lock_id in self._end():
            _delete(self.repo, lock_id, max(1.0, deadline - time.monotonic()))
        if threading.current_thread() is not self._thread:
            self._thread.join(max(0.0, deadline - time.monotonic()))

    def __enter__(self) -> Lock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def dead(i: LockInfo) -> bool:
    """A lock of a process of this computer that no longer runs (or of this process but no
    longer held by it): nobody will refresh or release it."""
    if i.host != host_id():
        return False
    if i.pid == os.getpid():
        with _HELD_GUARD:
            return i.lock_id not in _HELD
    return not pid_alive(i.pid)


def _delete(repo: Repo, lock_id: str, seconds: float = RELEASE_S) -> None:
    """Delete lock object ``lock_id`` (even after a Stop; giving up after ``seconds``).

    It stays held by this process until the delete has been tried: a scan in this process
    (``dead``) takes a lock of its own that is not held for a dead one, and a refresh deletes
    the old object after writing the new one, so a scan that listed only the old one and read
    it before the delete would otherwise miss a lock held all along (once gone, the read is
    not found and the scan lists again)."""
    try:
        repo.dest.delete_after_stop(f"{repo.prefix}{LOCKS}{lock_id}", seconds)
    except Exception as exc:  # (it goes stale)
        log.warning("a lock of set %s could not be removed: %s", repo.set_id, type(exc).__name__)
    finally:
        with _HELD_GUARD:
            _HELD.discard(lock_id)


def acquire(repo: Repo, kind: str, device: str, *, wait_s: float | None = None,
            poll_s: float | None = None, sleep: Callable[[float], None] = time.sleep,
            on_wait: Callable[[LockInfo | None], None] | None = None,
            look: bool = True) -> Lock:
    """Take a lock of ``kind`` on ``repo``'s set: write it, then look at the others. A
    shared (backup) lock conflicts with a fresh exclusive one; an exclusive one with any
    other fresh lock. On a conflict our lock is removed again and we look again after a
    pause, for at most ``wait_s`` seconds; then ``SetBusyError`` (saying who holds the set).
    An exclusive lock removes the stale locks it finds (those that authenticate).

    ``look=False``: a set made by this very operation (a fresh random id nobody has opened
    yet) has no other locks; ours is only written."""
    if kind not in KINDS:
        raise ValueError(kind)
    wait_s = (BACKUP_WAIT_S if kind == BACKUP else EXCLUSIVE_WAIT_S) if wait_s is None else wait_s
    poll_s = POLL_S if poll_s is None else poll_s
    deadline = time.monotonic() + wait_s
    exclusive = kind != BACKUP
    while True:
        lock_id = secrets.token_hex(16)
        try:
            info = _write(repo, kind, device, lock_id)
        except BaseException:
            _delete(repo, lock_id)  # (Ctrl+C or a lost answer: it may have landed)
            raise
        if not look:
            return Lock(repo, kind, device, lock_id, info)
        try:
            found = scan(repo, info.mtime, {lock_id}, read_stale=exclusive)
        except BaseException:
            _delete(repo, lock_id)
            raise
        against = [i for i in found.fresh if exclusive or i.exclusive]
        if not against and not found.flood:
            for i in found.stale:  # (a killed process's: nobody refreshes it)
                _delete(repo, i.lock_id)
            held = Lock(repo, kind, device, lock_id, info)
            held.config = found.config
            return held
        _delete(repo, lock_id)
        holder = max(against, key=lambda i: (i.exclusive, i.mtime or 0)) if against else None
        left = deadline - time.monotonic()
        if left <= 0:
            raise SetBusyError(busy_message(holder, found.flood), holder)
        if on_wait is not None:
            on_wait(holder)
        # (jitter: two exclusive operations that met do not meet again at once)
        sleep(min(left, poll_s * (0.5 + random.random())))


def retention_skipped_message(holder: LockInfo | None) -> str:
    """The warning of a backup whose retention did not run because the set was busy."""
    if holder is None:
        return ("Old backups were not removed this time: the backup set holds more lock "
                "objects than computers backing up make. A later backup removes them.")
    name = shown(holder.device)
    return (f"Old backups were not removed this time: another computer ({name}) is using this "
            "backup set. A later backup removes them.")


class Exclusive:
    """An exclusive lock taken only when first needed (``take``: before the first deletion
    or replacement), released by ``release``. ``SetBusyError`` from ``take`` when the set
    stays busy."""

    def __init__(self, repo: Repo, kind: str, device: str) -> None:
        self.repo, self.kind, self.device = repo, kind, device
        self.lock: Lock | None = None

    def take(self) -> None:
        if self.lock is None:
            self.lock = acquire(self.repo, self.kind, self.device)

    def release(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None
