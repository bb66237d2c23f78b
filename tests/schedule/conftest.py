"""Schedule tests: Qt offscreen, an isolated config dir (lock, history), tasks drained."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_config(tmp_path, monkeypatch):
    monkeypatch.setenv("BACKUPGUI_CONFIG_DIR", str(tmp_path / "config"))
    yield tmp_path / "config"


@pytest.fixture
def drain():
    """Let background tasks started by a Qt test finish before the next test."""
    yield
    from backupgui.ui.tasks import cancel_all, wait_all

    cancel_all()
    wait_all(20)


@pytest.fixture(autouse=True)
def no_leaked_automation():
    """As in tests/ui: no scheduler or ``AutoBackup`` may outlive its test."""
    from tests.qt_leaks import fail_on_leaked_automation

    yield from fail_on_leaked_automation()
