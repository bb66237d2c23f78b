"""oswords: a real failure of each kind is named by its category, in a clause that is one of
the translated templates; the system's English goes to the log only."""

from __future__ import annotations

import errno
import logging
import os
from pathlib import Path

import pytest

from backupgui import oswords
from backupgui.errors import BackupError
from backupgui.library.importers.whatsapp_db import workdir
from backupgui.library.importers.whatsapp_db.errors import WhatsAppKeyFormError
from backupgui.library.importers.whatsapp_db.keyfile import read_key_file


def _failure(action) -> OSError:
    with pytest.raises(OSError) as info:
        action()
    return info.value


def test_each_real_failure_gets_its_category(tmp_path):
    (tmp_path / "a file").write_text("x")
    (tmp_path / "loop").symlink_to(tmp_path / "loop2")
    (tmp_path / "loop2").symlink_to(tmp_path / "loop")
    (tmp_path / "dangling").symlink_to(tmp_path / "gone")
    cases = {
        errno.EISDIR: lambda: open(tmp_path, "rb"),
        errno.ENOENT: lambda: open(tmp_path / "dangling", "rb"),
        errno.ENOTDIR: lambda: open(tmp_path / "a file" / "inside", "rb"),
        errno.ELOOP: lambda: open(tmp_path / "loop", "rb"),
        errno.ENAMETOOLONG: lambda: open(tmp_path / ("n" * 300), "rb"),
    }
    if os.path.exists("/dev/full"):  # a real "no space left" on every write
        cases[errno.ENOSPC] = lambda: Path("/dev/full").write_bytes(b"x")
    said = {}
    for code, action in cases.items():
        exc = _failure(action)
        assert exc.errno == code
        said[code] = oswords.problem(exc)
    assert said[errno.EISDIR] == "it is a folder, not a file"
    assert said[errno.ENOENT] == "it does not exist (it may have been moved or deleted)"
    assert said[errno.ENOTDIR] == "a part of its path is a file, not a folder"
    assert said[errno.ELOOP].startswith("it leads through too many symbolic links")
    assert said[errno.ENAMETOOLONG] == "its name is too long for this system"
    if errno.ENOSPC in said:
        assert said[errno.ENOSPC] == "the disk is full"
    for text in said.values():
        assert "rrno" not in text and "No such" not in text and "Is a directory" not in text


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root reads any file whatever its permissions")
def test_no_permission(tmp_path):
    f = tmp_path / "secret"
    f.write_text("x")
    f.chmod(0)
    assert oswords.problem(_failure(lambda: open(f, "rb"))) == \
        "backupgui is not allowed to use it (check its permissions)"


def test_another_error_says_the_log_has_it():
    assert oswords.problem(OSError(errno.EMLINK, "Too many links")) == \
        "the system reported an error (the log has the details)"


def test_the_log_keeps_the_errno_but_not_the_path(tmp_path, caplog):
    """A key typed where a key file's name belongs must not reach the log: the OS error's
    own text carries the path, so only its errno and words are logged."""
    typo = "0123456789abcdef" * 3 + "0123456789abcde"  # 63 digits: a key with one missing
    with caplog.at_level(logging.INFO, logger="backupgui.oswords"), \
            pytest.raises(WhatsAppKeyFormError) as info:
        read_key_file(tmp_path / typo)
    assert str(info.value) == (f"Cannot read the key file {typo}: it does not exist "
                               "(it may have been moved or deleted).")
    assert "ENOENT" in caplog.text and typo not in caplog.text


def test_a_work_root_under_a_file_says_so(tmp_path, monkeypatch):
    """The phone importer's work folder where a file stands in its path (a real ENOTDIR)."""
    (tmp_path / "cache").write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    with pytest.raises(BackupError) as info:
        workdir.work_root()
    assert str(info.value).endswith(": a part of its path is a file, not a folder.")
    assert str(info.value).startswith("Cannot prepare the folder ")


# --- the one table: every errno in it is said, in every shipped language ---------------------

def test_the_table_knows_every_errno_the_places_meet():
    """The errnos the two former tables knew, and the ones the core meets (a file-size limit,
    a network file system, a busy file, the process's limits), each in one category."""
    from backupgui.oswords import TABLE, OsProblem

    expected = {
        "EACCES": OsProblem.NO_PERMISSION, "EPERM": OsProblem.NO_PERMISSION,
        "ENOENT": OsProblem.MISSING, "ENOSPC": OsProblem.FULL, "EDQUOT": OsProblem.FULL,
        "EFBIG": OsProblem.TOO_LARGE, "EROFS": OsProblem.READ_ONLY,
        "ENOTDIR": OsProblem.NOT_A_FOLDER, "ELOOP": OsProblem.LINK,
        "EISDIR": OsProblem.IS_A_FOLDER, "ENAMETOOLONG": OsProblem.NAME_TOO_LONG,
        "EIO": OsProblem.DISK_ERROR, "ETIMEDOUT": OsProblem.NETWORK,
        "EHOSTUNREACH": OsProblem.NETWORK, "ESTALE": OsProblem.NETWORK,
        "EBUSY": OsProblem.BUSY, "EMFILE": OsProblem.TOO_MANY_FILES,
        "ENFILE": OsProblem.TOO_MANY_FILES, "ENOMEM": OsProblem.NO_MEMORY,
    }
    for name, kind in expected.items():
        assert TABLE[getattr(errno, name)] is kind, name
    assert set(TABLE.values()) == set(OsProblem) - {OsProblem.OTHER}


def _every_case():
    """One ``OSError`` per errno of the table, and one it does not know."""
    from backupgui.oswords import TABLE

    return [OSError(code, os.strerror(code)) for code in TABLE] + \
        [OSError(errno.EMLINK, "Too many links")]


def test_each_category_has_its_own_clause():
    from backupgui.oswords import OsProblem, os_problem

    said: dict = {}
    for exc in _every_case():
        said.setdefault(os_problem(exc), set()).add(oswords.problem(exc))
    assert set(said) == set(OsProblem)
    assert all(len(clauses) == 1 for clauses in said.values())  # one clause per category
    assert len({c for cs in said.values() for c in cs}) == len(OsProblem)  # and none shared


@pytest.fixture(params=["pt_BR", "es", "hi", "id", "de", "ru", "tr", "ar"])
def language(request, qapp):
    from backupgui.ui import language

    language.install_language(request.param, qapp)
    yield request.param
    language.install_language("en", qapp)


def _plain(text: str) -> str:
    return text.replace("\u2068", "").replace("\u2069", "")


def _translated(text: str) -> str:
    from backupgui.ui.language import translate_message

    out = translate_message(text)
    assert out != text, f"not translated: {text!r}"
    return out


def test_every_category_is_said_in_every_language(language):
    """Each place that says an OS error: the clause in "Cannot read %1: %2.", the backup
    folder's own sentence and hint, the Google client file's sentence: translated for
    every errno of the table, with no English of the system's in it."""
    from backupgui.destinations.folder import _os_error
    from backupgui.destinations.google_auth import _unreadable_client_file

    for exc in _every_case():
        clause = oswords.problem(exc)
        assert _translated(clause)
        whole = _translated(f"Cannot read chat.txt: {clause}.")
        assert _translated(clause) in _plain(whole)
        err = _os_error(exc, "reading sets/x/config")
        texts = [_translated(str(err)), _translated(err.hint)]
        client = _unreadable_client_file(Path("/home/ana/client.json"), exc)
        texts += [_translated(str(client)), _translated(client.hint)]
        for text in texts:
            assert exc.strerror not in text and "Errno" not in text, text


def test_the_not_a_folder_clause_is_translated_inside_cannot_read(language):
    """'%1 is a file, not a folder.' (longer) took 'Cannot read chat.txt: a part of its path'
    for its %1 and left it English: a template that opens with text is tried first."""
    clause = oswords.problem(OSError(errno.ENOTDIR, "Not a directory"))
    assert _translated(clause) in _plain(_translated(f"Cannot read chat.txt: {clause}."))
