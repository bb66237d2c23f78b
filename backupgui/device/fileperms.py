"""Files and folders only this user may read: the library, logs, saved keys (no Qt).

On POSIX systems a folder is made 0700 and a file 0600 whatever the umask, and a folder or
file of ours found with wider permissions (made by an older version) is narrowed. A folder of
the app's that **another user owns** (made by ``sudo backupgui``, or an override such as
``BACKUPGUI_CONFIG_DIR`` naming someone else's folder) is refused (``NotOurFolder``), never
written in: its owner could read or change what the app keeps there (SECURITY.md 2.18). On
Windows the user's profile folders already carry owner-only ACLs that new files inherit;
these functions then only create.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from pathlib import Path

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
_POSIX = os.name == "posix"
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


class NotOurFolder(PermissionError):
    """One of the app's folders belongs to another user (``folder``, ``owner``: a user name,
    or the uid when it has none). A ``PermissionError``, so every caller that says "no
    permission" still can; the start of the app and the CLI say who and what to do."""

    def __init__(self, folder: Path, owner: str) -> None:
        super().__init__(errno.EPERM, "owned by another user", str(folder))
        self.folder = folder
        self.owner = owner


def user_name(uid: int) -> str:
    """The account name of ``uid`` (its number when it has none)."""
    try:
        import pwd

        return pwd.getpwuid(uid).pw_name
    except (ImportError, KeyError):
        return str(uid)


def check_ours(path: str | os.PathLike[str]) -> None:
    """Raise ``NotOurFolder`` if ``path`` (a link followed) exists and another user owns it.
    Root too is held to its own folders: a user's folders used by ``sudo backupgui`` would
    get files of root's that the user can then not change."""
    if not _POSIX:
        return
    try:
        owner = os.stat(path).st_uid
    except FileNotFoundError:
        return
    if owner != os.getuid():
        raise NotOurFolder(Path(path), user_name(owner))


def narrow(path: str | os.PathLike[str]) -> None:
    """Take group and other permissions away from ``path`` if it is ours (best effort; a
    symlink is left alone)."""
    if not _POSIX:
        return
    with contextlib.suppress(OSError):
        st = os.lstat(path)
        if st.st_uid == os.getuid() and not stat.S_ISLNK(st.st_mode) and st.st_mode & 0o077:
            os.chmod(path, stat.S_IMODE(st.st_mode) & ~0o077)


def private_dir(path: str | os.PathLike[str]) -> Path:
    """Create the folder ``path`` and its missing parents owner-only, or narrow ``path``;
    return it. (``mkdir(parents=True)`` would make the parents with the umask: a
    ``~/.cache/backupgui`` anyone may list. Parents that exist are left as they are.) A
    folder another user owns raises ``NotOurFolder`` before anything is made in it, and so
    does a missing one whose nearest existing parent another user (not root) owns."""
    p = Path(path)
    missing = []
    for q in (p, *p.parents):
        if q.exists() or q.is_symlink():
            if missing and _POSIX and os.stat(q).st_uid not in (os.getuid(), 0):
                # (nothing made in another user's folder either; root's, such as /tmp, may
                # hold ours: `sudo backupgui` making ~user/.config/backupgui is refused)
                raise NotOurFolder(q, user_name(os.stat(q).st_uid))
            break
        missing.append(q)
    for q in reversed(missing):
        q.mkdir(mode=PRIVATE_DIR, exist_ok=True)
    p.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)  # (a dangling symlink: its error)
    check_ours(p)
    narrow(p)
    return p


def private_file(path: str | os.PathLike[str]) -> Path:
    """Create an empty file ``path`` owner-only if it does not exist, or narrow it."""
    p = Path(path)
    with contextlib.suppress(FileExistsError):
        os.close(os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, PRIVATE_FILE))
    narrow(p)
    return p


def open_private(path: str | os.PathLike[str], flags: int) -> int:
    """``os.open`` for writing a file that only the owner may read: created 0600, an existing
    file narrowed (through the descriptor), a symlink at ``path`` refused (ELOOP)."""
    fd = os.open(path, flags | os.O_CREAT | _NOFOLLOW, PRIVATE_FILE)
    if _POSIX:
        try:
            st = os.fstat(fd)
            if st.st_uid == os.getuid() and st.st_mode & 0o077:
                os.fchmod(fd, stat.S_IMODE(st.st_mode) & ~0o077)
        except BaseException:
            os.close(fd)
            raise
    return fd


def write_private(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` (replacing its content) as an owner-only file, on disk."""
    fd = open_private(path, os.O_WRONLY | os.O_TRUNC | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())



def _private_and_ours(path: Path) -> bool:
    """A real folder (not a symlink) of this user that no one else may enter or write."""
    try:
        st = os.lstat(path)
    except OSError:
        return False
    return (stat.S_ISDIR(st.st_mode) and st.st_uid == os.getuid()
            and not st.st_mode & 0o077)


def user_runtime_dir(fallback: Path | None = None, app: str = "backupgui") -> Path | None:
    """A folder only this user can enter, for sockets and the like: ``<base>/<app>`` where
    base is the first of ``$XDG_RUNTIME_DIR``, ``/run/user/<uid>``, the temp folder (only
    when it is this user's own, as on macOS) and ``fallback`` that is a private folder of
    this user. Made 0700 and checked (owner, mode, no symlink) after it is made, so a folder
    another user planted is never used. None where there is no such folder (or on Windows,
    where names of pipes are not paths)."""
    if not _POSIX:
        return None
    import tempfile

    bases: list[Path] = []
    xdg = os.environ.get("XDG_RUNTIME_DIR", "")
    if os.path.isabs(xdg):
        bases.append(Path(xdg))
    bases += [Path(f"/run/user/{os.getuid()}"), Path(tempfile.gettempdir())]
    for base in bases:
        if _private_and_ours(base):
            folder = base / app
            with contextlib.suppress(OSError):
                folder.mkdir(mode=PRIVATE_DIR, exist_ok=True)
            if _private_and_ours(folder):
                return folder
    if fallback is not None:
        with contextlib.suppress(OSError):
            private_dir(fallback)
        if _private_and_ours(fallback):
            return fallback
    return None
