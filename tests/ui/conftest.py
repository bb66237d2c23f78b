"""Qt tests run offscreen, with isolated settings, an in-memory keyring and cheap Argon2id."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from backupgui.crypto.keys import KdfParams  # noqa: E402
from tests.memory_keyring import MemoryKeyring, memory_keyring  # noqa: F401, E402 (MemoryKeyring is imported from here)

FAST_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    """Fresh config dir and an in-memory keyring for every test."""
    monkeypatch.setenv("BACKUPGUI_CONFIG_DIR", str(tmp_path / "config"))
    with memory_keyring() as ring:
        yield ring


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    from backupgui.library.demo import create_demo_library

    root = tmp_path_factory.mktemp("demo") / "library"
    create_demo_library(root, chats=4, seed=3, media_mb=3)
    return root


@pytest.fixture
def demo_library(tmp_path, demo_template) -> Path:
    dst = tmp_path / "library"
    shutil.copytree(demo_template, dst)
    return dst


@pytest.fixture(autouse=True)
def drain_tasks():
    """Let background tasks of a test finish before the next one starts."""
    yield
    from backupgui.ui.tasks import cancel_all, wait_all

    cancel_all()
    wait_all(20)


@pytest.fixture(autouse=True)
def no_leaked_automation():
    """Fails a test that leaves a scheduler scheduling or an ``AutoBackup`` alive after its
    teardown (``tests/qt_leaks.py``): such work outlives its window and fires in later tests."""
    from tests.qt_leaks import fail_on_leaked_automation

    yield from fail_on_leaked_automation()
