"""The destination interface every storage backend implements.

A destination is a flat namespace of immutable-once-written objects with ``/``-separated
names (``sets/<id>/data/<pack>``). The engine only ever:

* creates an object through an ``Upload`` (streamed writes, then ``commit``); the object
  becomes visible under its name only at commit, all at once (atomic);
* replaces a small object by uploading it again under the same name (``config``);
* reads whole objects or byte ranges, lists by prefix, deletes, and asks sizes.

Implementations raise ``DestinationError`` (or ``DestinationFullError``) for failures, and
``NotFoundError`` for a missing object. They must be safe to use from one worker thread at a
time per instance; the engine never calls one instance from two threads concurrently, unless
the destination sets ``concurrent_reads`` (then two threads may read at the same time) or
``concurrent_uploads`` (then that many uploads may be written and committed at once).
The contract tests in ``tests/destination_contract.py`` pin this behaviour down.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class ObjectInfo:
    """An object's name and size in bytes, and where the destination can tell
    (``Destination.list_checked``, a folder's ``commit``) what identifies its current bytes
    beyond their size (``check``); and when it was written by the destination's own clock
    (``mtime``, seconds since the epoch: a folder's mtime, Drive's ``modifiedTime``; None
    where not given). Retention ages unused packs by ``mtime`` (docs/FORMAT.md 10.2), never
    by what an object claims about itself; it takes no part in comparisons."""

    name: str
    size: int
    #: ``"sha256:<hex>"`` or ``"md5:<hex>"``: the provider's checksum of the stored bytes
    #: (Drive); ``"stat:<hex>"``: a file's modification and change times (a folder); ``""``:
    #: nothing beyond the size.
    check: str = ""
    mtime: float | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class StorageInfo:
    """Space used and total at the destination; ``total`` is None when unlimited/unknown."""

    used: int
    total: int | None
    account: str = ""


class Upload(ABC):
    """A streamed write of one object; invisible until ``commit``."""

    @abstractmethod
    def write(self, data: bytes) -> None:
        """Append bytes to the object being written."""

    @abstractmethod
    def commit(self) -> ObjectInfo:
        """Make the object visible under its name (atomically) and return its info."""

    @abstractmethod
    def abort(self) -> None:
        """Discard everything written; safe to call more than once or after commit fails."""

    def __enter__(self) -> Upload:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is not None:
            self.abort()

    def send_whole(self, data: bytes) -> ObjectInfo:
        """Write ``data`` as the whole object and commit it; aborted on any failure."""
        try:
            self.write(data)
            return self.commit()
        except BaseException:
            self.abort()
            raise


class RangeReader:
    """Ranges of one object, read by one thread: ``read(offset, length)`` as
    ``Destination.read`` (bounded by ``length``), then ``close()``."""

    def __init__(self, dest: Destination, name: str) -> None:
        self._dest, self.name = dest, name

    def read(self, offset: int, length: int) -> bytes:
        return self._dest.read(self.name, offset, length)

    def close(self) -> None:  # noqa: B027 - nothing held by default
        """Release what the reader holds (an open file)."""

    def __enter__(self) -> RangeReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Destination(ABC):
    """Storage for backup objects. See the module docstring for the contract."""

    #: A short, human description ("Folder /media/usb/backups", "Google Drive a@b.c").
    label: str = ""
    #: True when several threads may read (``get``/``stream``) from this instance at once;
    #: a restore then fetches media while it inserts messages.
    concurrent_reads: bool = False
    #: The chunk size that suits this destination's ``stream`` (one request per chunk for a
    #: network store; a local folder needs none large, and smaller keeps memory low).
    stream_chunk: int = 4 << 20
    #: How many uploads may commit at the same time, each from its own thread (a network
    #: store keeps one sending while another waits for an answer). 1: one thread at a time.
    concurrent_uploads: int = 1
    #: What ``list_checked`` tells of each object beyond its size (``ObjectInfo.check``):
    #: ``"sha256"`` (a checksum of its bytes, as Drive lists), ``"stat"`` (a local file's
    #: times), ``""`` (nothing).
    listed_check: str = ""

    @abstractmethod
    def upload(self, name: str, progress: Callable[[int], None] | None = None) -> Upload:
        """Start writing object ``name`` (replacing it at commit if it exists).

        ``progress`` is called with the number of bytes newly sent to the remote side.
        """

    def upload_new(self, name: str, progress: Callable[[int], None] | None = None) -> Upload:
        """``upload`` for a name no object can have yet (a random pack, index or snapshot
        name): a destination may then skip looking for an object to replace (Drive saves a
        ``files.list`` call per object). Same contract otherwise."""
        return self.upload(name, progress)

    @abstractmethod
    def read(self, name: str, offset: int = 0, length: int | None = None) -> bytes:
        """Return ``length`` bytes of object ``name`` from ``offset`` (to the end if None).

        Reading past the end returns the bytes that exist (possibly ``b""``).
        """

    def open_ranges(self, name: str) -> RangeReader:
        """A reader of ranges of object ``name`` for one thread, to close after use
        (``RangeReader``). This one calls ``read`` for every range; a destination that can
        keep the object open (a folder) checks its name once and then only reads."""
        return RangeReader(self, name)

    def stream(self, name: str, chunk_size: int = 8 << 20) -> Iterator[bytes]:
        """Yield the object's bytes in chunks of at most ``chunk_size``."""
        size = self.size(name)
        offset = 0
        while offset < size:
            chunk = self.read(name, offset, min(chunk_size, size - offset))
            if not chunk:
                break
            offset += len(chunk)
            yield chunk

    @abstractmethod
    def list(self, prefix: str = "") -> list[ObjectInfo]:
        """All committed objects whose name starts with ``prefix``, sorted by name."""

    def list_checked(self, prefix: str = "") -> list[ObjectInfo]:
        """``list``, with each object's ``check`` filled where this destination can tell
        (``listed_check``): what the snapshot summary cache binds an entry to."""
        return self.list(prefix)

    @abstractmethod
    def delete(self, name: str) -> None:
        """Remove object ``name``; deleting a missing object is not an error."""

    def delete_after_stop(self, name: str, seconds: float) -> None:
        """``delete`` that also works after ``interrupt`` (Stop), giving up after about
        ``seconds``: what a job removes of its own as it ends however it ends (its lock,
        FORMAT.md 10.3). A destination that never waits long (a folder) just deletes."""
        self.delete(name)

    def exists(self, name: str) -> bool:
        """True if object ``name`` is committed."""
        return any(o.name == name for o in self.list(name))

    def size(self, name: str) -> int:
        """Size of object ``name`` in bytes; ``NotFoundError`` if it is missing."""
        from ..errors import NotFoundError

        for o in self.list(name):
            if o.name == name:
                return o.size
        raise NotFoundError(f"The backup object {name} does not exist.")

    def discard_pending(self, name: str) -> None:  # noqa: B027 - only Drive keeps writes
        """Forget a write of ``name`` whose commit failed, so that no later open of the
        destination finishes it (Drive journals a failed upload and its next open sends
        it). For a write whose failure its caller reported as "nothing changed": the set
        config (SECURITY.md 2.12). A destination that keeps nothing (a folder) has nothing
        to forget."""

    def put(self, name: str, data: bytes, *, new: bool = False) -> ObjectInfo:
        """Write a whole small object at once (``new``: see ``upload_new``)."""
        return (self.upload_new(name) if new else self.upload(name)).send_whole(data)

    def list_with(self, prefix: str, name: str) -> tuple[list[ObjectInfo], ObjectInfo | None]:
        """``list(prefix)``, and object ``name`` as ``list_checked`` gives it where one
        request can list both (Drive); None: not listed (gone, or not asked: a folder, whose
        read costs no request, reads it again)."""
        return self.list(prefix), None

    def put_transient(self, name: str, data: bytes) -> ObjectInfo:
        """``put(new=True)`` of an object worth nothing once its writer is gone (a lock,
        FORMAT.md 10.3): a write that fails is never finished later, so nothing is kept
        to finish it with (Drive: no journal entry, no fsync)."""
        return self.put(name, data, new=True)

    def storage(self) -> StorageInfo | None:
        """Space used/total if the destination can tell, else None."""
        return None

    def remove_empty(self, prefix: str) -> None:  # noqa: B027 - only folders have folders
        """Remove what is left of ``prefix`` once every object under it was deleted (empty
        folders of a removed backup set); objects are never touched."""

    def close(self) -> None:  # noqa: B027 - optional hook; most destinations hold nothing
        """Release connections or handles."""

    def interrupt(self) -> None:  # noqa: B027 - optional hook; a local folder never waits long
        """Stop (called from another thread when the job is cancelled): end every request
        in flight at once and refuse new ones with ``CancelledError``."""
