"""Shared pieces of the reliability suite (issue 9).

Counts are driven by the environment: the fast defaults run in CI; ``BACKUPGUI_LONG_TESTS=1``
switches every module to its full count (the figures in docs/RELIABILITY.md). Every random
choice is seeded (``BACKUPGUI_RELIABILITY_SEED``, default 9) so a failure can be replayed.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from backupgui.library.demo import create_demo_library
from backupgui.library.store import Library

LONG = os.environ.get("BACKUPGUI_LONG_TESTS") == "1"
SEED = int(os.environ.get("BACKUPGUI_RELIABILITY_SEED", "9"))


def count(fast: int, long: int, env: str | None = None) -> int:
    """The number of iterations: ``env`` overrides, else ``long`` with BACKUPGUI_LONG_TESTS=1."""
    if env and os.environ.get(env):
        return int(os.environ[env])
    return long if LONG else fast


def rng(*salt: object) -> random.Random:
    return random.Random(f"{SEED}/" + "/".join(map(str, salt)))


def report(name: str, **figures: object) -> None:
    """Print one line of figures (visible with ``-s`` or in the -rA summary via capture)."""
    line = f"[reliability] {name}: " + ", ".join(f"{k}={v}" for k, v in figures.items())
    print(line)
    out = os.environ.get("BACKUPGUI_RELIABILITY_REPORT")
    if out:
        with open(out, "a", encoding="utf-8") as fh:
            fh.write(line + "\n")


# -- library views --------------------------------------------------------------------------
def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def content(lib_dir: Path) -> dict:
    """Every chat, message and referenced media file (by the bytes' hash) via the library API."""
    out: dict = {}
    with Library(lib_dir, create=False) as lib:
        for cid in sorted(lib.chat_ids()):
            msgs = lib.messages(cid)
            media = {}
            for m in msgs:
                for r in m.media:
                    p = lib.media_path(r.sha256)
                    media[r.sha256] = sha256_file(p) if p.is_file() else None
            out[cid] = (lib.chat(cid), tuple(msgs), media)
    return out


def db_rows(lib_dir: Path, skip: tuple[str, ...] = ()) -> dict:
    """All rows of all tables (except ``skip``), as sorted reprs."""
    con = sqlite3.connect(f"file:{lib_dir / 'library.db'}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: sorted(map(repr, con.execute(f"SELECT * FROM {t}")))
                for t in sorted(tables) if t not in skip}
    finally:
        con.close()


def files(root: Path) -> dict[str, str]:
    """Every file under ``root`` (relative path -> SHA-256), SQLite's WAL/SHM left out."""
    out = {}
    if root.is_dir():
        for p in sorted(root.rglob("*")):
            if p.is_file() and p.name not in ("library.db-wal", "library.db-shm", "library.db"):
                out[p.relative_to(root).as_posix()] = sha256_file(p)
    return out


def library_state(lib_dir: Path) -> dict:
    """What a failed or killed restore must not change: all rows and all files."""
    return {"rows": db_rows(lib_dir), "files": files(lib_dir)}


@pytest.fixture(scope="session")
def small_template(tmp_path_factory) -> Path:
    """A small demo library (3 chats, ~0.6 MB of media), made once."""
    root = tmp_path_factory.mktemp("rel-template") / "lib"
    create_demo_library(root, chats=3, seed=21, media_mb=0.6)
    return root


@pytest.fixture
def small_lib(tmp_path, small_template) -> Path:
    dst = tmp_path / "lib"
    shutil.copytree(small_template, dst)
    return dst
