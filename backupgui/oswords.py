"""What an operating-system error means, in words a person can act on.

An ``OSError``'s own text ("[Errno 13] Permission denied") is English in every language and
names nothing to do. This module holds the one table that sorts an error by its errno into
an ``OsProblem`` category (``os_problem``); every place that says an OS error in words asks
it. A place says the category either as one of the lower-case clauses of ``problem`` inside
its own template ("Cannot read %1: %2.": each clause is a template of its own, read by
``i18n/extract.py``, and translates whole), or as a whole sentence of its own per category
(``destinations/folder.py:_os_error``). The error's own text goes to the log (``logged``),
never into the sentence (docs/TRANSLATING.md, "OS errors").
"""

from __future__ import annotations

import enum
import errno
import logging

log = logging.getLogger(__name__)


class OsProblem(enum.Enum):
    """What an ``OSError`` means to a person (``os_problem``), by its errno."""

    NO_PERMISSION = "no permission"  # EACCES, EPERM
    MISSING = "no such file or folder"  # ENOENT
    FULL = "disk full"  # ENOSPC, EDQUOT
    TOO_LARGE = "file too large"  # EFBIG: the file system's or the process's file-size limit
    READ_ONLY = "read-only"  # EROFS
    NOT_A_FOLDER = "not a folder"  # ENOTDIR: a file where a folder is on the path
    LINK = "a symbolic link"  # ELOOP: a link where none may be (O_NOFOLLOW), or a loop of them
    IS_A_FOLDER = "a folder, not a file"  # EISDIR
    NAME_TOO_LONG = "name too long"  # ENAMETOOLONG
    DISK_ERROR = "disk error"  # EIO, ENXIO, ENODEV: the drive failed or was removed
    NETWORK = "network"  # a network file system's server did not answer (or the handle went)
    BUSY = "in use"  # EBUSY, ETXTBSY
    TOO_MANY_FILES = "too many open files"  # EMFILE, ENFILE
    NO_MEMORY = "out of memory"  # ENOMEM
    OTHER = "other"  # the rest: the log has the errno


def _codes(*names: str) -> tuple[int, ...]:
    """The errnos of ``names`` this system defines (EDQUOT, ESTALE … are not everywhere)."""
    return tuple(getattr(errno, n) for n in names if hasattr(errno, n))


#: The one errno -> category table (tests/library/test_oswords.py walks it).
TABLE: dict[int, OsProblem] = {
    code: problem
    for problem, names in (
        (OsProblem.NO_PERMISSION, ("EACCES", "EPERM")),
        (OsProblem.MISSING, ("ENOENT",)),
        (OsProblem.FULL, ("ENOSPC", "EDQUOT")),
        (OsProblem.TOO_LARGE, ("EFBIG",)),
        (OsProblem.READ_ONLY, ("EROFS",)),
        (OsProblem.NOT_A_FOLDER, ("ENOTDIR",)),
        (OsProblem.LINK, ("ELOOP",)),
        (OsProblem.IS_A_FOLDER, ("EISDIR",)),
        (OsProblem.NAME_TOO_LONG, ("ENAMETOOLONG",)),
        (OsProblem.DISK_ERROR, ("EIO", "ENXIO", "ENODEV")),
        (OsProblem.NETWORK, ("ETIMEDOUT", "EHOSTUNREACH", "EHOSTDOWN", "ENETUNREACH",
                             "ENETDOWN", "ECONNRESET", "ECONNREFUSED", "ECONNABORTED", "ESTALE")),
        (OsProblem.BUSY, ("EBUSY", "ETXTBSY")),
        (OsProblem.TOO_MANY_FILES, ("EMFILE", "ENFILE")),
        (OsProblem.NO_MEMORY, ("ENOMEM",)),
    )
    for code in _codes(*names)
}


def os_problem(exc: OSError) -> OsProblem:
    """The category of an OS error (``OsProblem.OTHER`` when it is none of the named ones)."""
    return TABLE.get(exc.errno or 0, OsProblem.OTHER)


def logged(what: str, exc: BaseException) -> None:
    """Keep the system's own words for ``what`` (a file name the user chose, or one of the
    app's own) in the log. For an ``OSError`` only its errno and English text: not the
    path it carries (a key typed where a key file's name belongs must not reach the log)."""
    if isinstance(exc, OSError) and exc.errno is not None:
        log.info("%s: %s (%s)", what, exc.strerror, errno.errorcode.get(exc.errno, exc.errno))
    else:
        log.info("%s: %s: %s", what, type(exc).__name__, exc)


def problem(exc: OSError) -> str:
    """Why a file or folder could not be used: a whole clause said after "Cannot read …:",
    one per category of ``os_problem``."""
    kind = os_problem(exc)
    if kind is OsProblem.NO_PERMISSION:
        return "backupgui is not allowed to use it (check its permissions)"
    if kind is OsProblem.MISSING:
        return "it does not exist (it may have been moved or deleted)"
    if kind is OsProblem.FULL:
        return "the disk is full"
    if kind is OsProblem.TOO_LARGE:
        return "the file is larger than this disk or account allows"
    if kind is OsProblem.IS_A_FOLDER:
        return "it is a folder, not a file"
    if kind is OsProblem.NOT_A_FOLDER:
        return "a part of its path is a file, not a folder"
    if kind is OsProblem.LINK:
        return "it leads through too many symbolic links (or through a loop of them)"
    if kind is OsProblem.NAME_TOO_LONG:
        return "its name is too long for this system"
    if kind is OsProblem.READ_ONLY:
        return "the disk is read-only"
    if kind is OsProblem.DISK_ERROR:
        return "the disk reported a read or write error (it may be failing or was removed)"
    if kind is OsProblem.NETWORK:
        return "the network drive that holds it did not answer (check the connection)"
    if kind is OsProblem.BUSY:
        return "another program is using it (close that program and try again)"
    if kind is OsProblem.TOO_MANY_FILES:
        return "the system has too many files open (close some programs and try again)"
    if kind is OsProblem.NO_MEMORY:
        return "there is not enough memory (close some programs and try again)"
    return "the system reported an error (the log has the details)"
