"""Secrets (issue 9): during a backup (not only after it) no temporary file, spool file or
destination object holds a plaintext marker of the library; no password, key or token shows
up in logs (DEBUG, every logger), settings or state files, error dialogs' text, exception
messages or tracebacks, or process arguments.

tests/engine/test_secrets.py checks the destination after a backup; this module watches the
files *while* the backup runs (folder temp files, the Drive spool, $TMPDIR, the emulator's
stored blobs), and the other channels.
"""

from __future__ import annotations

import base64
import logging
import os
import subprocess
import tempfile
import time
import traceback
from pathlib import Path

import pytest

from backupgui.crypto.keys import KdfParams, format_key
from backupgui.crypto.material import Password
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import (
    BackupRequest,
    RestoreRequest,
    VerifyRequest,
    backup,
    export_key,
    restore,
    verify,
)
from backupgui.errors import BackupError
from backupgui.library.model import Chat, Message, Participant
from backupgui.library.store import Library
from tests.drive.conftest import (  # noqa: F401 - fixtures re-exported for this module
    TOKEN,
    _clean_google_env,
    emulator,
    fake_time,
    make_dest,
)
from tests.engine.helpers import cli_argv

PASSWORD = "Violet-Mongoose 8814 passphrase"
MARKERS = {"message": "Narwhal-55e1 the safe code is 9-1-7", "chat": "Okapi-3b7d family plans",
           "person": "Axolotl-c0de Person"}


def _add_markers(lib_dir: Path) -> bytes:
    with Library(lib_dir) as lib:
        chat = Chat("marker", MARKERS["chat"], "group", "test", 1_700_000_000_000,
                    (Participant("me", "Me", True), Participant("ax", MARKERS["person"])))
        with lib.transaction() as w:
            w.upsert_chat(chat)
            w.add_messages([Message(f"mk-{i}", chat.id, 1_700_000_100_000 + i, "ax", "text",
                                    MARKERS["message"]) for i in range(3)])
        media = max(lib.media_for_chats(lib.chat_ids()), key=lambda r: r.size)
        data = lib.media_path(media.sha256).read_bytes()
    return data[len(data) // 2:len(data) // 2 + 32]


def _plain_needles(media_slice: bytes) -> dict[str, bytes]:
    out = {k: v.encode() for k, v in MARKERS.items()}
    out |= {k + " utf-16": v.encode("utf-16-le") for k, v in MARKERS.items()}
    out["media bytes"] = media_slice
    return out


def _secret_needles(key: bytes | None = None) -> dict[str, bytes]:
    out = {"password": PASSWORD.encode(), "password utf-16": PASSWORD.encode("utf-16-le"),
           "drive token": TOKEN.encode()}
    if key:
        out |= {"K": key, "K hex": key.hex().encode(), "K grouped": format_key(key).encode(),
                "K base64": base64.b64encode(key), "K half": key.hex()[:32].encode()}
    return out


def _scan(roots: list[Path], needles: dict[str, bytes]) -> list[tuple[str, str]]:
    hits = []
    for root in roots:
        if not root.exists():
            continue
        for p in [root] if root.is_file() else root.rglob("*"):
            try:
                data = p.read_bytes() if p.is_file() else None
            except OSError:
                continue  # a temp file that went away while we looked
            if data:
                hits += [(str(p), n) for n, v in needles.items() if v in data]
    return hits


def test_no_plaintext_in_any_file_while_the_backup_runs(small_lib, emulator, make_dest,  # noqa: F811
                                                        tmp_path, monkeypatch):
    media_slice = _add_markers(small_lib)
    needles = _plain_needles(media_slice)
    tmpdir = tmp_path / "tmpdir"
    tmpdir.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmpdir))
    monkeypatch.setenv("TMPDIR", str(tmpdir))
    folder = tmp_path / "dest"
    watched = [tmpdir, folder, tmp_path / "spool", tmp_path / "drive-data"]
    scans = [0]
    hits: list = []

    def watch(_p) -> None:
        scans[0] += 1
        hits.extend(_scan(watched, needles))

    key = Password(PASSWORD, kdf=KdfParams(1024, 1, 1))
    for dest in (FolderDestination(folder), make_dest()):
        backup(BackupRequest(small_lib, dest, key, pack_size=128 * 1024), progress=watch)
        watch(None)
    assert scans[0] > 10
    assert not hits, hits
    k = export_key(FolderDestination(folder), key)
    assert not _scan(watched, _secret_needles(k)), "a secret reached a file"


def test_no_secret_in_logs_errors_dialogs_or_state(small_lib, emulator, make_dest, tmp_path):  # noqa: F811
    from backupgui.ui.logging_setup import setup_logging
    from backupgui.ui.widgets.errors import describe

    log_path = setup_logging("DEBUG")
    logging.getLogger().setLevel(logging.DEBUG)
    for name in ("googleapiclient", "google", "urllib3", "httplib2", "backupgui"):
        logging.getLogger(name).setLevel(logging.DEBUG)
    key = Password(PASSWORD, kdf=KdfParams(1024, 1, 1))
    errors: list[BaseException] = []
    try:
        for dest in (FolderDestination(tmp_path / "dest"), make_dest()):
            backup(BackupRequest(small_lib, dest, key))
            verify(VerifyRequest(dest, key))
            restore(RestoreRequest(dest, tmp_path / f"r-{id(dest)}", key))
            for bad in (Password(PASSWORD + "x", kdf=KdfParams(1024, 1, 1)), Password(PASSWORD[:-1])):
                with pytest.raises(BackupError) as e:
                    restore(RestoreRequest(dest, tmp_path / "never", bad))
                errors.append(e.value)
        with pytest.raises(BackupError) as e:  # a revoked or wrong Drive token
            backup(BackupRequest(small_lib, make_dest(token=TOKEN + "-revoked"), key))
        errors.append(e.value)
        k = export_key(FolderDestination(tmp_path / "dest"), key)
    finally:
        logging.getLogger().setLevel(logging.WARNING)
    for h in logging.getLogger().handlers:
        h.flush()
    needles = _secret_needles(k) | {"revoked token": (TOKEN + "-revoked").encode()}
    texts = []
    for exc in errors + [RuntimeError("unexpected")]:
        message, hint = describe(exc)
        texts += [message, hint, str(exc), repr(exc), "".join(traceback.format_exception(exc))]
    blob = "\n".join(texts).encode()
    assert not [n for n, v in needles.items() if v in blob], "a secret in an error text"
    config_dir = Path(os.environ["BACKUPGUI_CONFIG_DIR"])
    roots = [log_path.parent, config_dir, tmp_path / "spool"]
    roots += [Path(os.environ[v]) for v in ("XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME")
              if os.environ.get(v)]
    assert log_path.exists() and log_path.stat().st_size > 0
    assert not _scan(roots, needles), "a secret in a log, settings or state file"


def test_no_secret_in_process_arguments(small_lib, emulator, tmp_path):  # noqa: F811
    pw_file = tmp_path / "pw"
    pw_file.write_text(PASSWORD)
    env = {**os.environ, "BACKUPGUI_DRIVE_ROOT": emulator.root_url, "BACKUPGUI_DRIVE_TOKEN": TOKEN,
           "BACKUPGUI_DRIVE_SPOOL": str(tmp_path / "spool")}
    env.pop("BACKUPGUI_PASSWORD", None)
    seen: list[str] = []
    for args in (["backup", "--library", small_lib, "--dest", "gdrive", "--password-file", pw_file,
                  "--kdf-memory-mib", "64", "--kdf-iterations", "2"],
                 ["restore", "--library", tmp_path / "r", "--dest", "gdrive", "--password-file", pw_file]):
        p = subprocess.Popen(cli_argv() + [str(a) for a in args], env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
        while p.poll() is None:
            try:
                seen.append(Path(f"/proc/{p.pid}/cmdline").read_bytes().decode(errors="replace"))
                for child in Path(f"/proc/{p.pid}/task").iterdir():
                    seen.append((child / "cmdline").read_bytes().decode(errors="replace"))
            except OSError:
                pass
            time.sleep(0.01)
        out, err = p.communicate()
        assert p.returncode == 0, err
        seen += [out.decode(), err.decode()]
    assert len(seen) > 5
    joined = "\n".join(seen)
    assert PASSWORD not in joined and TOKEN not in joined
