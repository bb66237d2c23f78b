"""What an operating-system error means, in words a person can act on.

An ``OSError``'s own text ("[Errno 13] Permission denied") is English in every language and
names nothing to do. A core message says instead "Cannot read %1: %2." with ``%2`` one of
the lower-case clauses below, chosen by the error's category (its errno); each clause is a
template of its own (``i18n/extract.py`` reads what ``problem`` returns) and translates
whole. The error's own text goes to the log (``logged``), never into the sentence.
"""

from __future__ import annotations

import errno
import logging

log = logging.getLogger(__name__)

_NO_PERMISSION = frozenset({errno.EACCES, errno.EPERM})
_FULL = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})


def logged(what: str, exc: BaseException) -> None:
    """Keep the system's own words for ``what`` (a file name the user chose, or one of the
    app's own) in the log. For an ``OSError`` only its errno and English text: not the
    path it carries (a key typed where a key file's name belongs must not reach the log)."""
    if isinstance(exc, OSError) and exc.errno is not None:
        log.info("%s: %s (%s)", what, exc.strerror, errno.errorcode.get(exc.errno, exc.errno))
    else:
        log.info("%s: %s: %s", what, type(exc).__name__, exc)


def problem(exc: OSError) -> str:
    """Why a file or folder could not be used: a whole clause said after "Cannot read …:"."""
    code = exc.errno
    if code in _NO_PERMISSION:
        return "backupgui is not allowed to use it (check its permissions)"
    if code == errno.ENOENT:
        return "it does not exist (it may have been moved or deleted)"
    if code in _FULL:
        return "the disk is full"
    if code == errno.EISDIR:
        return "it is a folder, not a file"
    if code == errno.ENOTDIR:
        return "a part of its path is a file, not a folder"
    if code == errno.ELOOP:
        return "it leads through too many symbolic links (or through a loop of them)"
    if code == errno.ENAMETOOLONG:
        return "its name is too long for this system"
    if code == errno.EROFS:
        return "the disk is read-only"
    if code == errno.EIO:
        return "the disk reported a read or write error (it may be failing or was removed)"
    return "the system reported an error (the log has the details)"
