"""Library, backup folder and Google client file errors in the user's language: each made by
a real failure (a damaged SQLite library, a full or read-only tmpfs, a file where a folder
belongs, a dangling link, a client file that is a folder or not JSON), shown in German the
way the app shows it (``widgets/errors.describe``). The messages used to paste SQLite's,
the OS's or the JSON parser's English ("… while reading messages: database disk image is
malformed"), which stayed English in every language."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from backupgui.destinations import google_auth
from backupgui.destinations.folder import FolderDestination
from backupgui.errors import (
    BackupError,
    DamagedBackupError,
    DestinationError,
    DestinationFullError,
    DiskFullError,
)
from backupgui.library import Chat, Library, Message, Participant

SignInError = google_auth.SignInError

#: English an exception's text brings in (the OS's, SQLite's, the JSON parser's), and the
#: English steps the old messages named.
TECHNICAL = ("Errno", "No such file", "denied", "directory", "No space", "Read-only file",
             "not a database", "malformed", "disk image", "Expecting", "line 1 column",
             "while", "writing", "reading", "saving", "readonly", "unable to open", "I/O",
             "sqlite3", "codec", "decode")


@pytest.fixture
def german(qapp):
    from backupgui.ui import language

    language.install_language("de", qapp)
    yield
    language.install_language("en", qapp)


def shown(exc: BaseException) -> str:
    """What the app's error box says (message and hint), in the UI's language."""
    from backupgui.ui.widgets.errors import describe

    message, hint = describe(exc)
    return f"{message} {hint}"


def assert_german(text: str, *words: str) -> None:
    assert all(w in text for w in words), text
    found = [t for t in TECHNICAL if t.lower() in text.lower()]
    assert found == [], text


def _chat(cid: str = "c1") -> Chat:
    return Chat(cid, "Ana", "direct", "test", 0, (Participant("me", "Me", True),
                                                  Participant("ana", "Ana")))


def _library(root: Path, n: int = 2000) -> None:
    with Library(root) as lib, lib.transaction() as w:
        w.upsert_chat(_chat())
        w.add_messages([Message(f"m{i}", "c1", 1000 * i, "ana", "text", f"hello {i} " * 20,
                                None, ()) for i in range(n)])


def _mount_tmpfs(where: Path, options: str) -> None:
    """A real tmpfs at ``where``; skips where mounting is not allowed (not root)."""
    where.mkdir(exist_ok=True)
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)],
                       capture_output=True, text=True)
    if r.returncode != 0:
        pytest.skip(f"mounting a tmpfs needs root: {r.stderr.strip()}")


def _umount(where: Path) -> None:
    subprocess.run(["umount", "-l", str(where)], check=False)


# --- the chat library -----------------------------------------------------------------------
def test_a_file_that_is_no_sqlite_database_is_not_a_chat_library(tmp_path, german):
    _library(tmp_path / "lib")
    (tmp_path / "lib" / "library.db").write_bytes(b"garbage!" * 512)
    with pytest.raises(BackupError) as err:
        Library(tmp_path / "lib", create=False)
    assert "not a chat library" in str(err.value)
    assert_german(shown(err.value), "keine Chat-Bibliothek")


def test_a_damaged_sqlite_library_is_said_damaged(tmp_path, german):
    _library(tmp_path / "lib")
    with open(tmp_path / "lib" / "library.db", "r+b") as f:  # pages of the tables overwritten
        f.seek(4096 * 3)
        f.write(b"\xff" * 4096 * 20)
    with pytest.raises(BackupError) as err, Library(tmp_path / "lib", create=False) as lib:
        list(lib.messages("c1"))
    assert str(err.value) == "The chat library file is damaged."
    assert_german(shown(err.value), "beschädigt")


def test_a_full_disk_under_the_library(tmp_path, german):
    mnt = tmp_path / "small"
    _mount_tmpfs(mnt, "size=1m")
    try:
        with pytest.raises(DiskFullError) as err, Library(mnt / "lib") as lib:
            for k in range(200):
                with lib.transaction() as w:
                    w.upsert_chat(_chat())
                    w.add_messages([Message(f"m{k}-{i}", "c1", k * 1000 + i, "ana", "text",
                                            os.urandom(200).hex(), None, ()) for i in range(100)])
        assert_german(shown(err.value), "Speicherplatz")
    finally:
        _umount(mnt)


def test_a_library_on_a_read_only_drive(tmp_path, german):
    mnt = tmp_path / "ro"
    _mount_tmpfs(mnt, "size=4m")
    try:
        _library(mnt / "lib", 10)
        subprocess.run(["mount", "-o", "remount,ro", str(mnt)], check=True)
        with pytest.raises(BackupError) as err:
            Library(mnt / "lib", create=False)
        assert "read-only" in str(err.value)
        assert_german(shown(err.value), "schreibgeschützt")
    finally:
        _umount(mnt)


# --- the backup folder ----------------------------------------------------------------------
def test_a_full_backup_folder(tmp_path, german):
    mnt = tmp_path / "small"
    _mount_tmpfs(mnt, "size=1m")
    try:
        dest = FolderDestination(mnt / "backups")
        with pytest.raises(DestinationFullError) as err:
            for i in range(40):
                dest.put(f"sets/a/data/{i}", os.urandom(100_000))
        assert_german(shown(err.value), "voll")
    finally:
        _umount(mnt)


def test_a_dangling_link_as_the_backup_folder(tmp_path, german):
    (tmp_path / "usb").symlink_to(tmp_path / "gone")
    with pytest.raises(DestinationError) as err:
        FolderDestination(tmp_path / "usb").put("sets/a/x", b"1")
    assert_german(shown(err.value), "verschwunden")


def test_a_file_where_the_folder_above_the_backup_folder_belongs(tmp_path, german):
    (tmp_path / "f").write_text("x")
    with pytest.raises(DestinationError) as err:
        FolderDestination(tmp_path / "f" / "backups").put("sets/a/x", b"1")
    assert str(err.value) == f"{tmp_path / 'f'} is a file, not a folder."
    assert_german(shown(err.value), "ist eine Datei")


def test_a_folder_where_a_file_of_the_backup_belongs(tmp_path, german):
    dest = FolderDestination(tmp_path / "b")
    dest.put("sets/a/x", b"1")
    (tmp_path / "b" / "sets" / "a" / "y" / "z").mkdir(parents=True)
    with pytest.raises(DestinationError) as err:
        dest.put("sets/a/y", b"1")
    assert_german(shown(err.value), "Ordner", "Datei des Backups")
    assert (tmp_path / "b" / "sets" / "a" / "y" / "z").is_dir()  # nothing of it was touched


def test_a_file_where_a_folder_of_the_backup_belongs_is_damage(tmp_path, german):
    dest = FolderDestination(tmp_path / "b")
    dest.put("sets/a/x", b"1")
    (tmp_path / "b" / "sets" / "a" / "data").write_text("x")
    with pytest.raises(DamagedBackupError) as err:
        dest.put("sets/a/data/p1", b"1")
    assert err.value.problem == ("folder data on the way to object sets/a/data/p1 is a link "
                                 "or a file, not a folder")
    assert_german(shown(err.value), "Das Backup ist beschädigt", "kein Ordner")


# --- the Google OAuth client file -----------------------------------------------------------
@pytest.mark.parametrize("case", ["folder", "not json", "not utf-8", "through a file",
                                  "too large"])
def test_a_client_file_that_cannot_be_used(tmp_path, german, case):
    p = tmp_path / "client.json"
    if case == "folder":
        p.mkdir()
    elif case == "not json":
        p.write_text('{"installed": ', "utf-8")
    elif case == "not utf-8":
        p.write_bytes(b'{"installed": "\xff\xfe"}')
    elif case == "through a file":
        (tmp_path / "f").write_text("x")
        p = tmp_path / "f" / "client.json"
    else:
        p.write_text(json.dumps({"installed": {"client_id": "x" * 70_000}}), "utf-8")
    with pytest.raises(SignInError) as err:
        google_auth.load_client_config(p)
    words = {"folder": "ein Ordner", "not json": "kein gültiges JSON",
             "not utf-8": "kein gültiges JSON", "through a file": "nicht erreichbar",
             "too large": "zu groß"}[case]
    assert_german(shown(err.value), "Google-OAuth-Client-Datei", words)


def test_a_client_file_its_reader_may_not_read(tmp_path, german):
    """A real EACCES: a file of mode 000 read by a process without the right to ignore
    permissions (a user namespace where this user is no root; root reads everything)."""
    import shutil

    if not sys.platform.startswith("linux") or not shutil.which("unshare"):
        pytest.skip("needs Linux and unshare")
    p = tmp_path / "client.json"
    p.write_text('{"installed": {}}', "utf-8")
    p.chmod(0)
    code = ("import sys\nfrom backupgui.destinations import google_auth\n"
            "try:\n    google_auth.load_client_config(sys.argv[1])\n"
            "except google_auth.SignInError as e:\n    print(e)\n")
    uid = os.getuid() or 1000  # (root: any other id; a user keeps its own, without rights)
    r = subprocess.run(["unshare", "--user", f"--map-user={uid}", f"--map-group={uid}",
                        sys.executable, "-c", code, str(p)], capture_output=True, text=True,
                       env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])},
                       timeout=120)
    if r.returncode != 0 and "unshare" in r.stderr:
        pytest.skip(f"no user namespace here: {r.stderr.strip()}")
    assert r.stdout.strip() == f"backupgui is not allowed to read the Google OAuth client file {p}.", r
    from backupgui.ui.language import translate_message

    assert_german(translate_message(r.stdout.strip()), "darf", "nicht lesen")


# --- sizes in a sentence --------------------------------------------------------------------
def test_the_month_size_limit_is_a_number_in_the_languages_digits(tmp_path, qapp):
    """"at most 268.4 MB" came from an English formatter; the bound is now a whole number
    of MiB (or bytes, for a lower bound), written in the language's digits."""
    from backupgui.engine.backup import _too_large
    from backupgui.ui import language

    _library(tmp_path / "lib", 1)
    with Library(tmp_path / "lib", create=False) as lib:
        big, small = _too_large(lib, "c1", "2024-05", 256 << 20), _too_large(lib, "c1",
                                                                             "2024-05", 5000)
    assert "at most 256 MiB per chat" in str(big) and "at most 5000 bytes" in str(small)
    for code, digits, words in (("de", "256", "MiB pro Chat"), ("ar", "٢٥٦", "ميبيبايت")):
        language.install_language(code, qapp)
        try:
            said = language.translate_message(str(big))
            assert digits in said and words in said, said
            assert "256" not in said or code != "ar", said
            assert "5000" in language.translate_message(str(small)) or code == "ar"
        finally:
            language.install_language("en", qapp)
