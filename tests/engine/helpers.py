"""Shared helpers of the engine tests: real folders, real SQLite, small Argon2id costs."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from backupgui.crypto.keys import KdfParams
from backupgui.crypto.material import Password
from backupgui.destinations.base import Upload
from backupgui.destinations.folder import FolderDestination
from backupgui.engine import BackupRequest, RestoreRequest, backup, restore
from backupgui.errors import DestinationError
from backupgui.library.store import Library

PASSWORD = "correct horse battery 42"
OTHER_PASSWORD = "another fine passphrase 9"
DEMO_CHATS = 5
DEMO_SEED = 13
DEMO_MEDIA_MB = 3
SMALL_KDF_ARGS = ["--kdf-memory-mib", "1", "--kdf-iterations", "1"]


def small_kdf() -> KdfParams:
    return KdfParams(memory_kib=1024, iterations=1, lanes=1)


def pw(secret: str = PASSWORD) -> Password:
    return Password(secret, kdf=small_kdf())


def backup_to(lib: Path, dest, key, **kw) -> object:
    return backup(BackupRequest(lib, dest, key, device_name="test-device", **kw))


def restore_from(dest, lib: Path, key, **kw) -> object:
    return restore(RestoreRequest(dest, lib, key, **kw))


# -- library views ----------------------------------------------------------------------------
def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def chat_contents(lib_dir: Path) -> dict[str, dict]:
    """Every chat through the library API: its metadata, messages, and the media bytes' hashes."""
    out: dict[str, dict] = {}
    with Library(lib_dir, create=False) as lib:
        for cid in lib.chat_ids():
            msgs = lib.messages(cid)
            media = {}
            for m in msgs:
                for r in m.media:
                    p = lib.media_path(r.sha256)
                    media[r.sha256] = sha256_file(p) if p.is_file() else None
            out[cid] = {"chat": lib.chat(cid), "messages": msgs, "media": media}
    return out


def library_state(lib_dir: Path) -> dict:
    """Everything a restore could change: all rows of all tables, media files, stray files."""
    state: dict = {"tables": {}, "media": {}, "root": []}
    db = lib_dir / "library.db"
    if db.exists():
        con = sqlite3.connect(db)
        try:
            tables = [r[0] for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
            for t in tables:
                state["tables"][t] = sorted(map(repr, con.execute(f"SELECT * FROM {t}")))
        finally:
            con.close()
    media = lib_dir / "media"
    if media.is_dir():
        for p in sorted(media.rglob("*")):
            if p.is_file():
                state["media"][str(p.relative_to(media))] = sha256_file(p)
            elif p.is_dir():
                state["media"][str(p.relative_to(media)) + "/"] = "dir"
    if lib_dir.is_dir():
        state["root"] = sorted(n for n in os.listdir(lib_dir)
                               if n not in ("library.db-wal", "library.db-shm"))
    return state


def message_count(lib_dir: Path) -> int:
    with Library(lib_dir, create=False) as lib:
        return lib.counts()[1]


# -- destination views ------------------------------------------------------------------------
def dest_files(root: Path) -> dict[str, bytes]:
    """Every object of a folder destination (name -> bytes), the temp folder left out."""
    out = {}
    for p in sorted(root.rglob("*")):
        rel = p.relative_to(root).as_posix()
        if p.is_file() and not rel.startswith(".tmp/"):
            out[rel] = p.read_bytes()
    return out


def only_set(root: Path) -> str:
    sets = sorted(os.listdir(root / "sets"))
    assert len(sets) == 1, sets
    return sets[0]


# -- a destination that records uploads and can fail on purpose --------------------------------
@dataclass
class Committed:
    name: str
    size: int
    sha256: str


class _RecordingUpload(Upload):
    def __init__(self, dest: RecordingDest, name: str, inner: Upload) -> None:
        self._dest, self._name, self._inner = dest, name, inner
        self._h = hashlib.sha256()
        self._n = 0

    def write(self, data: bytes) -> None:
        self._h.update(data)
        self._n += len(data)
        self._inner.write(data)

    def commit(self):
        if self._dest.should_fail(self._name):
            self._inner.abort()
            raise DestinationError("Injected failure: the connection dropped.")
        info = self._inner.commit()
        c = Committed(self._name, self._n, self._h.hexdigest())
        self._dest.committed.append(c)
        if self._dest.on_commit is not None:
            self._dest.on_commit(c)
        return info

    def abort(self) -> None:
        self._inner.abort()


@dataclass
class _Budget:
    data_commits_left: int | None = None


class RecordingDest(FolderDestination):
    """A folder destination that records every committed object and can fail the commit
    of a pack after ``fail_after_packs`` packs were committed (``None``: never fails)."""

    def __init__(self, root, fail_after_packs: int | None = None,
                 fail_if: Callable[[str], bool] | None = None) -> None:
        super().__init__(root)
        self.committed: list[Committed] = []
        self.on_commit: Callable[[Committed], None] | None = None
        self._budget = _Budget(fail_after_packs)
        self._fail_if = fail_if

    def should_fail(self, name: str) -> bool:
        if self._fail_if is not None and self._fail_if(name):
            return True
        if "/data/" in name and self._budget.data_commits_left is not None:
            if self._budget.data_commits_left <= 0:
                return True
            self._budget.data_commits_left -= 1
        return False

    def upload(self, name, progress=None):
        return _RecordingUpload(self, name, super().upload(name, progress))

    def packs_committed(self) -> list[Committed]:
        return [c for c in self.committed if "/data/" in c.name]


# -- the CLI ----------------------------------------------------------------------------------
def cli_argv() -> list[str]:
    # The console script next to this interpreter (a pyenv shim in PATH costs ~0.3 s a run).
    exe = Path(sys.executable).with_name("backupgui-cli")
    if exe.is_file():
        return [str(exe)]
    found = shutil.which("backupgui-cli")
    return [found] if found else [sys.executable, "-m", "backupgui.cli"]


@dataclass
class CliRun:
    argv: list[str]
    returncode: int
    stdout: str
    stderr: str
    env: dict[str, str] = field(default_factory=dict)


def run_cli(*args: object, env: dict[str, str] | None = None, cwd: Path | None = None) -> CliRun:
    full_env = {k: v for k, v in os.environ.items()
                if k not in ("BACKUPGUI_PASSWORD", "BACKUPGUI_NEW_PASSWORD")}
    full_env.update(env or {})
    argv = cli_argv() + [str(a) for a in args]
    p = subprocess.run(argv, capture_output=True, text=True, env=full_env, cwd=cwd,
                       stdin=subprocess.DEVNULL, timeout=120)
    return CliRun(argv, p.returncode, p.stdout, p.stderr, full_env)


# -- set configs (docs/FORMAT.md 3: format v2 keeps the fields in a JSON "body" string) -------
def config_fields(path: Path) -> dict:
    """The fields of a set config file: a v2 config's body, a v1 config itself."""
    import json

    outer = json.loads(path.read_text())
    return json.loads(outer["body"]) if outer.get("version") == 2 else outer


def edit_config(path: Path, edit: Callable[[dict], object]) -> None:
    """Change a v2 config's body fields with ``edit`` and store it again with its old MAC."""
    import json

    outer = json.loads(path.read_text())
    body = json.loads(outer["body"])
    edit(body)
    outer["body"] = json.dumps(body, sort_keys=True, separators=(",", ":"))
    path.write_text(json.dumps(outer, sort_keys=True, indent=1) + "\n")


class CountingDest(FolderDestination):
    """Counts the manifests read (streamed) from the destination."""

    def __init__(self, root) -> None:
        super().__init__(root)
        self.manifest_reads = 0

    def stream(self, name, *args, **kw):
        if "/snapshots/" in name:
            self.manifest_reads += 1
        return super().stream(name, *args, **kw)
