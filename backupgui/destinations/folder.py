"""A destination in a local (or mounted) folder, written atomically."""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from .. import safeopen
from ..device.stale import is_stale, owned_name
from ..errors import (
    DamagedBackupError,
    DestinationError,
    DestinationFullError,
    NotFoundError,
)
from ..format.damage import logged, not_a_file, not_a_folder
from ..format.names import BadName, child_path
from ..oswords import OsProblem, os_problem
from .base import Destination, ObjectInfo, RangeReader, StorageInfo, Upload

log = logging.getLogger(__name__)

_TMP = ".tmp"
# Opening an object never follows a symlink at its name and never waits on a FIFO
# (``safeopen.open_regular``, the one open of a name someone else may have made): what is
# not a regular file (a link to /dev/zero, a pipe, a device) is damage, not something to read.
# Whoever can write to the backup folder can also replace a folder inside it (a set's
# ``data``, the set itself, ``.tmp``) by a symlink to somewhere else, even while a backup,
# retention or a key rotation is working in it. Where the system allows it, every object is
# therefore reached from the backup folder one folder at a time, each opened without
# following a symlink, and read, written, renamed or deleted relative to that open folder:
# nothing is ever read, written or deleted outside the backup folder.
_DIRFD = (os.name == "posix" and hasattr(os, "O_DIRECTORY") and hasattr(os, "O_NOFOLLOW")
          and {os.open, os.unlink, os.rename, os.mkdir, os.stat} <= os.supports_dir_fd
          and os.scandir in os.supports_fd)
_DIR_FLAGS = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0)
_CHILD_DIR_FLAGS = _DIR_FLAGS | getattr(os, "O_NOFOLLOW", 0)


def _not_regular(name: str) -> DamagedBackupError:
    """An object that is a link, a pipe or a device: damage, said as a backup's problem."""
    problem = not_a_file(name)
    return DamagedBackupError(f"The backup is damaged: {problem}.", problem=problem)


class _NotAFolder(Exception):
    """A folder on an object's way inside the backup folder is a symlink or not a folder."""

    def __init__(self, part: str, name: str) -> None:
        super().__init__(f"{part} in {name} is not a folder")
        self.part = part


def _is_junction(path: Path) -> bool:
    isjunction = getattr(os.path, "isjunction", None)  # Python 3.12+
    return bool(isjunction and isjunction(path))


#: Folders under which removable drives are mounted (udisks, distributions, macOS). A backup
#: folder below one of them, on the same filesystem as the folder itself, is on a drive that
#: is not mounted: writing there would fill the internal disk instead.
MEDIA_BASES = ("/media", "/run/media", "/mnt", "/Volumes")

_FULL_HINT = "Free up space on the drive that holds the backup folder, or choose another folder."
_MISSING_HINT = "Connect the drive that holds it, or choose the backup folder again."


def _os_error(exc: OSError, what: str) -> DestinationError:
    """A folder error in words for people, with a hint that fits its kind. ``what`` (the
    step and the object's internal name, "starting sets/<id>/config") goes to the log only:
    it means nothing to a person and, being English, would stay English in a translated
    message."""
    log.info("backup folder error while %s: %s", what, exc.strerror or exc)
    problem = os_problem(exc)
    if problem is OsProblem.FULL:
        return DestinationFullError("The backup folder is full.", hint=_FULL_HINT)
    if problem is OsProblem.READ_ONLY:
        return DestinationError("The backup folder is read-only.",
                                hint="The drive is mounted read-only or write-protected: unlock it "
                                     "or choose another folder.")
    if problem is OsProblem.NO_PERMISSION:
        return DestinationError("backupgui is not allowed to write to the backup folder.",
                                hint="Choose a folder you own, or change the folder's permissions.")
    if problem is OsProblem.MISSING:
        return DestinationError("The backup folder disappeared.", hint=_MISSING_HINT)
    if problem is OsProblem.NOT_A_FOLDER or problem is OsProblem.LINK:
        return DestinationError("The backup folder, or a folder on its way, is a file or a link "
                                "instead of a folder.",
                                hint="Choose the backup folder again.")
    if problem is OsProblem.IS_A_FOLDER:
        return DestinationError("The backup folder holds a folder where a file of the backup "
                                "belongs.",
                                hint="Move that folder out of the backup folder, then try again.")
    if problem is OsProblem.TOO_LARGE:
        return DestinationFullError("A file of the backup is larger than the drive that holds "
                                    "the backup folder allows.",
                                    hint="Choose a folder on a drive that takes large files (not "
                                         "FAT32), then try again.")
    if problem is OsProblem.NAME_TOO_LONG:
        return DestinationError("The path of the backup folder is too long for this system.",
                                hint="Choose a folder with a shorter path.")
    if problem is OsProblem.NETWORK:
        return DestinationError("The network drive that holds the backup folder did not answer.",
                                hint="Check the connection to the network drive, then try again.")
    if problem is OsProblem.TOO_MANY_FILES or problem is OsProblem.NO_MEMORY:
        return DestinationError("The computer ran short of memory or open files while using the "
                                "backup folder.", hint="Close some programs, then try again.")
    return DestinationError("The drive that holds the backup folder reported an error.",
                            hint="Check the drive (it may have been disconnected or be failing), "
                                 "then try again.")


def _media_base(path: Path) -> Path | None:
    """The removable-media folder ``path`` lies below, if any (``/run/media/<user>`` counts
    as ``/run/media``)."""
    for base in MEDIA_BASES:
        b = Path(base)
        if path != b and b in path.parents:
            return b
    return None


def drive_not_connected(root: Path) -> bool:
    """True when ``root`` is below a removable-media folder but no drive is mounted on the way:
    its nearest existing folder lies on the media folder's own filesystem. An existing backup
    folder there (with a ``sets`` folder) was put there on purpose and is accepted."""
    base = _media_base(root)
    if base is None:
        return False
    existing = root
    while not existing.exists() and existing != base:
        existing = existing.parent
    try:
        if os.stat(existing).st_dev != os.stat(base).st_dev:
            return False  # a drive is mounted somewhere between the media folder and root
    except OSError:
        return False
    return not (root / "sets").is_dir()


def stat_check(st: os.stat_result) -> str:
    """What identifies a file's current bytes beyond their size (``ObjectInfo.check``): its
    modification and change times in ns. No process sets the change time: any write, rename
    or setting of the times moves it. On Windows ``st_ctime`` is the creation time, which
    can be set, so the file index comes too (a file put in its place is another file).
    Copying the folder elsewhere changes them all: the snapshot summaries are then read
    again once (docs/SECURITY.md 2.11)."""
    check = f"stat:{st.st_mtime_ns:x}.{st.st_ctime_ns:x}"
    return check + f".{st.st_ino:x}" if os.name == "nt" else check


def folder_state(path: str | os.PathLike[str]) -> str:
    """What is at a folder the person typed in Settings: ``ok`` (an existing folder),
    ``missing`` (its parent exists: the folder itself can be made), ``no_parent``, ``file``,
    ``not_connected`` (on a removable drive that is not mounted), ``read_only`` (an existing
    folder this user may not write to, or on a read-only drive: said now, not after the new
    password was typed and the first backup failed) or ``relative``."""
    p = Path(path).expanduser()
    if not p.is_absolute():
        return "relative"
    if drive_not_connected(p):
        return "not_connected"
    if p.is_dir():
        # access() answers EROFS for a read-only mount even to root.
        return "ok" if os.access(p, os.W_OK | os.X_OK) else "read_only"
    if p.exists():
        return "file"
    return "missing" if p.parent.is_dir() else "no_parent"


def make_folder(path: str | os.PathLike[str]) -> None:
    """Create the backup folder itself (never its parents)."""
    try:
        Path(path).expanduser().mkdir()
    except FileExistsError:
        pass
    except OSError as exc:
        raise _os_error(exc, "creating the backup folder") from None


def not_connected_error(root: Path) -> DestinationError:
    return DestinationError("The backup drive is not connected.",
                            hint=f"Connect the drive that holds {root}, or choose another folder, "
                                 "then try again.")


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class _FolderUpload(Upload):
    def __init__(self, dest: FolderDestination, name: str, progress: Callable[[int], None] | None):
        self._dest = dest
        self._name = name
        self._progress = progress
        self._tmp_fd = -1  # the open .tmp folder (where the system has dir_fd)
        dest._make_root()
        tmpdir = dest.root / _TMP
        try:
            if _DIRFD:
                self._tmp_fd = dest._open_tmp()
                dest._clean_stale(tmpdir, self._tmp_fd)
                self._part = owned_name(".part")
                fd = os.open(self._part, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW
                             | getattr(os, "O_CLOEXEC", 0), 0o666, dir_fd=self._tmp_fd)
                self._fh = os.fdopen(fd, "wb", buffering=0)
                self._tmp = tmpdir / self._part
            else:
                tmpdir.mkdir(exist_ok=True)  # inside root; never recreates a vanished root
                dest._clean_stale(tmpdir)
                self._tmp = tmpdir / owned_name(".part")
                self._fh = open(self._tmp, "wb", buffering=0)
        except OSError as exc:
            self._close_tmp()
            raise _os_error(exc, f"starting {name}") from None
        self._size = 0
        self._done = False

    def _close_tmp(self) -> None:
        if self._tmp_fd >= 0:
            os.close(self._tmp_fd)
            self._tmp_fd = -1

    def write(self, data: bytes) -> None:
        try:
            view = memoryview(data)
            while view:
                n = self._fh.write(view)
                view = view[n:]
        except OSError as exc:
            self.abort()
            raise _os_error(exc, f"writing {self._name}") from None
        self._size += len(data)
        if self._progress:
            self._progress(len(data))

    def commit(self) -> ObjectInfo:
        final = self._dest._path(self._name)
        try:
            os.fsync(self._fh.fileno())
            self._fh.close()
            if _DIRFD:
                pfd, last = self._dest._parent(self._name, create=True)
                try:
                    os.replace(self._part, last, src_dir_fd=self._tmp_fd, dst_dir_fd=pfd)
                    with contextlib.suppress(OSError):
                        os.fsync(pfd)
                    # (after the rename, which sets the change time a listing then shows)
                    st = os.stat(last, dir_fd=pfd, follow_symlinks=False)
                finally:
                    os.close(pfd)
                self._close_tmp()
            else:
                self._dest._make_dirs(final.parent)
                os.replace(self._tmp, final)
                _fsync_dir(final.parent)
                st = os.stat(final)
        except _NotAFolder as exc:
            self.abort()
            logged(f"saving {self._name}", exc)
            problem = not_a_folder(exc.part, self._name)
            raise DamagedBackupError(f"The backup is damaged: {problem}.", problem=problem) from None
        except OSError as exc:
            self.abort()
            raise _os_error(exc, f"saving {self._name}") from None
        self._done = True
        return ObjectInfo(self._name, self._size, stat_check(st), mtime=st.st_mtime)

    def abort(self) -> None:
        if self._done:
            return
        self._done = True
        try:
            self._fh.close()
        except OSError:
            pass
        try:
            if self._tmp_fd >= 0:
                os.unlink(self._part, dir_fd=self._tmp_fd)
            else:
                self._tmp.unlink()
        except OSError:
            pass
        self._close_tmp()


class _FolderRanges(RangeReader):
    """An object kept open for reading by ranges (``FolderDestination.open_ranges``); every
    read is bounded by its length."""

    def __init__(self, dest: FolderDestination, name: str, fh: BinaryIO) -> None:
        super().__init__(dest, name)
        self._fh = fh
        self._fd = fh.fileno()

    def read(self, offset: int, length: int) -> bytes:
        try:
            if _PREAD:
                data = os.pread(self._fd, length, offset)
                while 0 < len(data) < length:  # (a regular file reads short only at its end)
                    more = os.pread(self._fd, length - len(data), offset + len(data))
                    if not more:
                        break
                    data += more
                return data
            self._fh.seek(offset)
            return self._fh.read(length)
        except OSError as exc:
            raise _os_error(exc, f"reading {self.name}") from None

    def close(self) -> None:
        self._fh.close()


_PREAD = hasattr(os, "pread")


# What Path.exists() and is_dir() take for "not there" (a dangling or looping link too).
_MISSING_ERRNOS = frozenset({errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP})


class FolderDestination(Destination):
    """Objects are files under ``root``; names map to relative paths."""

    concurrent_reads = True  # each read opens its own file
    # Each upload has its own staging file and descriptors, and a folder made by two
    # commits at once is made once (``_parent``): the backup's last text packs are then
    # flushed together instead of one after the other.
    concurrent_uploads = 2
    stream_chunk = 1 << 20
    listed_check = "stat"  # a folder has no checksum: a file's times (``stat_check``)

    def __init__(self, root: str | os.PathLike[str], *, create: bool = True) -> None:
        """``create``: a missing backup folder is made by the first upload (only the folder
        itself, never the folders above it). Without it, a missing folder is an error."""
        self.root = Path(root).expanduser().absolute()
        self.label = str(self.root)
        self.create = create
        self._cleaned = False

    def check_root(self) -> bool:
        """Raise if the backup folder cannot be used; returns whether it exists (False: it
        is missing but will be created by the first upload)."""
        root = self.root
        # One stat, not is_dir() then exists(): two uploads of a new folder run this at once,
        # and the other's mkdir between those two calls made the folder "a file".
        try:
            st: os.stat_result | None = root.stat()
        except OSError as exc:
            if exc.errno not in _MISSING_ERRNOS:
                raise
            st = None
        if st is not None and stat.S_ISDIR(st.st_mode):
            if drive_not_connected(root):
                raise not_connected_error(root)
            return True
        if st is not None:
            raise DestinationError(f"{root} is a file, not a folder.",
                                   hint="Choose a folder for the backups.")
        if drive_not_connected(root):
            raise not_connected_error(root)
        if not self.create:
            raise NotFoundError(f"No backup folder at {root}.",
                                hint="Check the path, or connect the drive that holds it.")
        if root.parent.exists() and not root.parent.is_dir():
            raise DestinationError(f"{root.parent} is a file, not a folder.",
                                   hint="Choose a folder for the backups.")
        if not root.parent.is_dir():
            raise DestinationError(
                f"The folder {root.parent} does not exist.",
                hint="backupgui creates only the backup folder itself, never the folders above "
                     "it: check the path, or connect the drive that holds it.")
        return False

    def _make_root(self) -> None:
        if not self.check_root():
            try:
                self.root.mkdir()  # the last folder only
            except FileExistsError:
                pass
            except OSError as exc:
                raise _os_error(exc, "creating the backup folder") from None

    def _clean_stale(self, tmpdir: Path, tmp_fd: int = -1) -> None:
        """Remove partial uploads left by killed processes of this computer (once)."""
        if self._cleaned:
            return
        self._cleaned = True
        try:
            if tmp_fd >= 0:
                with os.scandir(tmp_fd) as it:
                    stale = [e.name for e in it if e.name.endswith(".part") and is_stale(e.name)]
                for n in stale:
                    os.unlink(n, dir_fd=tmp_fd)
                return
            for entry in os.scandir(tmpdir):
                if entry.name.endswith(".part") and is_stale(entry.name):
                    os.unlink(entry.path)
        except OSError:
            pass

    def _open_tmp(self) -> int:
        """The open ``.tmp`` folder, made if missing; a symlink (or anything but a folder)
        found at that name is removed first, never followed."""
        root_fd = os.open(self.root, _DIR_FLAGS)
        try:
            for _ in range(3):
                try:
                    return os.open(_TMP, _CHILD_DIR_FLAGS, dir_fd=root_fd)
                except FileNotFoundError:
                    with contextlib.suppress(FileExistsError):
                        os.mkdir(_TMP, 0o777, dir_fd=root_fd)
                except OSError as exc:
                    if exc.errno not in (errno.ELOOP, errno.ENOTDIR):
                        raise
                    os.unlink(_TMP, dir_fd=root_fd)  # not ours to follow: a link, a file
            raise OSError(errno.ELOOP, "the staging folder keeps changing")
        finally:
            os.close(root_fd)

    def _parent(self, name: str, create: bool = False) -> tuple[int, str]:
        """(an open descriptor of the folder that holds object ``name``, its file name),
        reached from the backup folder one folder at a time without following a symlink
        (``_NotAFolder`` if one is a symlink or not a folder). ``create`` makes missing
        folders below the backup folder (never the backup folder itself)."""
        parts = name.split("/")
        fd = os.open(self.root, _DIR_FLAGS)
        try:
            for part in parts[:-1]:
                try:
                    nfd = os.open(part, _CHILD_DIR_FLAGS, dir_fd=fd)
                except FileNotFoundError:
                    if not create:
                        raise
                    with contextlib.suppress(FileExistsError):
                        os.mkdir(part, 0o777, dir_fd=fd)
                    nfd = os.open(part, _CHILD_DIR_FLAGS, dir_fd=fd)
                except OSError as exc:
                    if exc.errno in (errno.ELOOP, errno.ENOTDIR):
                        raise _NotAFolder(part, name) from None
                    raise
                os.close(fd)
                fd = nfd
        except BaseException:
            os.close(fd)
            raise
        return fd, parts[-1]

    def _stat(self, name: str) -> os.stat_result:
        """lstat of object ``name`` (never through a symlink on its way)."""
        self._path(name)
        if not _DIRFD:
            return self._path(name).stat()
        pfd, last = self._parent(name)
        try:
            return os.stat(last, dir_fd=pfd, follow_symlinks=False)
        finally:
            os.close(pfd)

    def _make_dirs(self, folder: Path) -> None:
        """Create ``folder`` and the folders between it and root, but never root itself."""
        missing = []
        while folder != self.root and not folder.is_dir():
            missing.append(folder)
            folder = folder.parent
        for f in reversed(missing):
            try:
                f.mkdir()
            except FileExistsError:
                pass

    def _path(self, name: str) -> Path:
        """Object ``name``'s path, built in one place (``names.child_path``: each part one
        plain path component, no separator of any platform, no NUL, and the path asserted
        inside the backup folder); the staging folder is no object's."""
        parts = name.split("/")
        try:
            if parts[0] == _TMP:
                raise BadName("the staging folder")
            return child_path(self.root, *parts)
        except BadName:
            raise DestinationError(f"Invalid object name {name!r}.") from None

    def upload(self, name: str, progress: Callable[[int], None] | None = None) -> Upload:
        self._path(name)  # validate early
        return _FolderUpload(self, name, progress)

    def _open(self, name: str) -> BinaryIO:
        """Open object ``name`` for reading: only a regular file (not a symlink, FIFO or
        device) is an object; anything else is ``DamagedBackupError``."""
        path = self._path(name)
        not_regular = _not_regular(name)
        try:
            if sys.platform == "win32" and (os.path.islink(path) or _is_junction(path)):
                raise not_regular  # (no O_NOFOLLOW there)
            if not _DIRFD:
                return safeopen.open_regular(path, follow=False)
            try:
                pfd, last = self._parent(name)
            except _NotAFolder:
                raise not_regular from None
            try:
                return safeopen.open_regular(last, follow=False, dir_fd=pfd)
            finally:
                os.close(pfd)
        except safeopen.NotRegularFile:
            raise not_regular from None
        except FileNotFoundError:
            raise NotFoundError(f"The backup object {name} is missing.") from None
        except OSError as exc:
            if exc.errno in (errno.ELOOP, errno.EMLINK, errno.ENXIO):  # a symlink; a socket
                raise not_regular from None
            raise _os_error(exc, f"reading {name}") from None

    def read(self, name: str, offset: int = 0, length: int | None = None) -> bytes:
        fh = self._open(name)
        try:
            with fh:
                fh.seek(offset)
                return fh.read() if length is None else fh.read(length)
        except OSError as exc:
            raise _os_error(exc, f"reading {name}") from None

    def open_ranges(self, name: str) -> RangeReader:
        """The object opened once, with the checks of every read (its name, no symlink on
        the way, a regular file), then read by ranges: a restore reads a pack 1 MiB at a
        time, and opening and checking it again for each range cost a third of the media
        workers' reading (docs/PERFORMANCE.md, "Issue 24, phase 5"). A subclass that
        changes ``read`` (to count or fail reads) keeps its ``read`` for every range."""
        if type(self).read is not FolderDestination.read:
            return RangeReader(self, name)
        return _FolderRanges(self, name, self._open(name))

    def stream(self, name: str, chunk_size: int = 8 << 20):
        fh = self._open(name)
        with fh:
            while True:
                try:
                    chunk = fh.read(chunk_size)
                except OSError as exc:
                    raise _os_error(exc, f"reading {name}") from None
                if not chunk:
                    return
                yield chunk

    def list(self, prefix: str = "") -> list[ObjectInfo]:
        return self._list(prefix, checked=False)

    def list_checked(self, prefix: str = "") -> list[ObjectInfo]:
        return self._list(prefix, checked=True)

    def _list(self, prefix: str, checked: bool) -> list[ObjectInfo]:
        out: list[ObjectInfo] = []
        if not self.check_root():
            return out  # not made yet: empty
        try:
            for dirpath, dirnames, filenames in os.walk(self.root):
                rel = os.path.relpath(dirpath, self.root)
                if rel == ".":
                    dirnames[:] = [d for d in dirnames if d != _TMP]
                    rel = ""
                base = "" if not rel else rel.replace(os.sep, "/") + "/"
                for fn in filenames:
                    name = base + fn
                    if name.startswith(prefix):
                        try:
                            st = os.stat(os.path.join(dirpath, fn))
                        except FileNotFoundError:
                            continue
                        out.append(ObjectInfo(name, st.st_size, stat_check(st) if checked else "",
                                              mtime=st.st_mtime))
        except OSError as exc:
            raise _os_error(exc, "listing the backup folder") from None
        out.sort(key=lambda o: o.name)
        return out

    def exists(self, name: str) -> bool:
        if not _DIRFD:
            return self._path(name).is_file()
        try:
            return stat.S_ISREG(self._stat(name).st_mode)
        except (OSError, _NotAFolder):
            return False

    def size(self, name: str) -> int:
        try:
            st = self._stat(name)
        except FileNotFoundError:
            raise NotFoundError(f"The backup object {name} is missing.") from None
        except _NotAFolder:
            raise _not_regular(name) from None
        if _DIRFD and not stat.S_ISREG(st.st_mode):
            raise _not_regular(name)
        return st.st_size

    def delete(self, name: str) -> None:
        self._path(name)
        try:
            if _DIRFD:
                try:
                    pfd, last = self._parent(name)
                except _NotAFolder:
                    return  # no object of ours lies behind a link: nothing to delete
                try:
                    os.unlink(last, dir_fd=pfd)
                finally:
                    os.close(pfd)
            else:
                self._path(name).unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise _os_error(exc, f"deleting {name}") from None

    def remove_empty(self, prefix: str) -> None:
        """Remove the empty folders under ``prefix`` (a set's ``data``, ``index`` and
        ``snapshots`` once the set is deleted), deepest first, and ``prefix`` itself if empty."""
        top = self._path(prefix.rstrip("/"))
        if not top.is_dir() or top.is_symlink():
            return
        for dirpath, _dirs, _files in os.walk(top, topdown=False):
            try:
                os.rmdir(dirpath)  # fails (and is left) unless empty
            except OSError:
                pass
        _fsync_dir(top.parent)

    def storage(self) -> StorageInfo | None:
        try:
            st = os.statvfs(self.root if self.root.exists() else self.root.parent)
        except (OSError, AttributeError):
            return None
        total = st.f_blocks * st.f_frsize
        return StorageInfo(used=total - st.f_bavail * st.f_frsize, total=total)
