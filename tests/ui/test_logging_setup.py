"""setup_logging follows the log folder: a second set-up with another BACKUPGUI_CONFIG_DIR
logs there (before: the first handler stayed and the new folder never got a log)."""

from __future__ import annotations

import logging

import pytest


@pytest.fixture
def restore_handler():
    from backupgui.ui import logging_setup

    before = logging_setup._handler
    yield
    now = logging_setup._handler
    if now is not before and now is not None:
        logging.getLogger().removeHandler(now)
        now.close()
    logging_setup._handler = before
    if before is not None and before not in logging.getLogger().handlers:
        logging.getLogger().addHandler(before)


def test_a_second_setup_with_another_folder_logs_there(tmp_path, monkeypatch, restore_handler):
    from backupgui.ui.logging_setup import setup_logging

    monkeypatch.setenv("BACKUPGUI_CONFIG_DIR", str(tmp_path / "first"))
    first = setup_logging("INFO")
    logging.getLogger("backupgui.test").warning("into the first folder")
    monkeypatch.setenv("BACKUPGUI_CONFIG_DIR", str(tmp_path / "second"))
    second = setup_logging("INFO")
    logging.getLogger("backupgui.test").warning("into the second folder")
    for h in logging.getLogger().handlers:
        h.flush()
    assert first != second and second.is_relative_to(tmp_path / "second")
    assert "into the second folder" in second.read_text(encoding="utf-8")
    assert "into the second folder" not in first.read_text(encoding="utf-8")
    assert "into the first folder" in first.read_text(encoding="utf-8")
    assert (second.stat().st_mode & 0o777) == 0o600


def test_the_same_folder_keeps_one_handler(tmp_path, monkeypatch, restore_handler):
    from backupgui.ui import logging_setup

    monkeypatch.setenv("BACKUPGUI_CONFIG_DIR", str(tmp_path / "cfg"))
    logging_setup.setup_logging("INFO")
    handler = logging_setup._handler
    logging_setup.setup_logging("DEBUG")
    assert logging_setup._handler is handler
    assert sum(h is handler for h in logging.getLogger().handlers) == 1
