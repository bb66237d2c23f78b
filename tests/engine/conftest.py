"""Fixtures of the engine tests: a demo library made once per session and copied per test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from backupgui.destinations.folder import FolderDestination
from backupgui.library.demo import create_demo_library

from .helpers import DEMO_CHATS, DEMO_MEDIA_MB, DEMO_SEED


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("demo-template") / "lib"
    create_demo_library(root, chats=DEMO_CHATS, seed=DEMO_SEED, media_mb=DEMO_MEDIA_MB)
    return root


@pytest.fixture
def demo_lib(tmp_path, demo_template) -> Path:
    """A private copy of a small demo library (5 chats, ~3 MB of media)."""
    dst = tmp_path / "lib"
    shutil.copytree(demo_template, dst)
    return dst


@pytest.fixture
def dest_dir(tmp_path) -> Path:
    return tmp_path / "dest"


@pytest.fixture
def dest(dest_dir) -> FolderDestination:
    return FolderDestination(dest_dir)
