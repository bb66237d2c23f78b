"""The settings file (``backupgui.ini``) as another program, a hand edit or a sync from
another computer leaves it: every value is checked when it is read (docs/SECURITY.md 2.17).

Found by the ninth hostile pass: ``log_level=basic_format`` stopped the app at start
(``getattr(logging, "BASIC_FORMAT")`` is a string, which ``setLevel`` refuses); a number past
64 bits (``keep_daily=99999999999999999999999``) was taken, so the Settings' spin boxes raised
and **every later save of the settings failed** (QSettings cannot hold it): the user's
changes were lost from then on; an unquoted ``folder_path=a, b`` read as a list and became the
relative folder ``['a', ' b']``, wherever the app was started; a device name of a megabyte
was taken whole and written into every backup. And with videos off (``include_videos=false``,
a plain choice), building the window raised in a slot before its panel existed.
Each case opens the real window and the Settings dialog and saves: pytest-qt fails a test on
any exception raised in the event loop.
"""

from __future__ import annotations

import pytest

from backupgui.device.settings import AppSettings, settings_file
from backupgui.library.model import MAX_NAME_CHARS

from .helpers import make_ctx, open_window

HUGE = "99999999999999999999999"
DEFAULT = AppSettings()

#: (the file's line, the field, what the app takes)
CASES = {
    "log-level-attribute": ("log_level=basic_format", "log_level", "INFO"),
    "log-level-lower-case": ("log_level=debug", "log_level", "DEBUG"),
    "keep-past-64-bits": (f"keep={HUGE}", "keep", DEFAULT.keep),
    "keep-zero": ("keep=0", "keep", DEFAULT.keep),
    "daily-past-64-bits": (f"keep_daily={HUGE}", "keep_daily", DEFAULT.keep_daily),
    "daily-negative": ("keep_daily=-7", "keep_daily", DEFAULT.keep_daily),
    "bytes-past-64-bits": (f"last_backup_bytes={HUGE}", "last_backup_bytes", 0),
    "bytes-negative": ("last_backup_bytes=-5", "last_backup_bytes", 0),
    "destination-unknown": ("destination=evil", "destination", DEFAULT.destination),
    "folder-relative": ("folder_path=backups", "folder_path", ""),
    "folder-read-as-a-list": ("folder_path=a, b", "folder_path", ""),
    "folder-absolute-with-comma": ('folder_path="/tmp/a, b"', "folder_path", "/tmp/a, b"),
    "message-of-a-megabyte": ("last_backup_result=failed\nlast_backup_message=" + "x" * 1_000_000,
                              "last_backup_message", "x" * 4095 + "…"),
    "vault-address-of-a-megabyte": ("vault_url=http://" + "v" * 1_000_000, "vault_url", ""),
}


def _ini(text: str) -> None:
    path = settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("[General]\n" + text + "\n", encoding="utf-8")


def _open_everything(qtbot, demo_library, ring):
    from backupgui.ui.logging_setup import setup_logging
    from backupgui.ui.settings.dialog import SettingsDialog
    from backupgui.ui.settings.store import load_settings, save_settings

    setup_logging(load_settings().log_level)  # before: ValueError("Unknown level ...")
    w = open_window(qtbot, make_ctx(demo_library, ring))
    d = SettingsDialog(w.ctx, w)
    qtbot.addWidget(d)
    d.show()
    qtbot.wait(50)
    save_settings(w.ctx.settings)  # before: OverflowError, at every save
    return w


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_hostile_value_is_not_taken_and_nothing_fails(qtbot, demo_library, isolated, case):
    line, name, taken = CASES[case]
    _ini(line)
    w = _open_everything(qtbot, demo_library, isolated)
    assert getattr(w.ctx.settings, name) == taken
    from backupgui.ui.settings.store import load_settings

    assert getattr(load_settings(), name) == taken  # and what was saved reads back


def test_a_device_name_of_a_megabyte_is_cut_as_a_name(qtbot, demo_library, isolated):
    _ini("device_name=" + "a" + "\u0301" * 1_000_000)
    w = _open_everything(qtbot, demo_library, isolated)
    assert len(w.ctx.settings.device_name) <= MAX_NAME_CHARS
    assert w.ctx.settings.device_name.startswith("a")


def test_a_list_of_a_million_and_one_entries_is_not_taken(demo_library, isolated):
    from backupgui.ui.settings.store import load_settings

    _ini("excluded_chats=" + ", ".join(["c"] * 1_000_001))
    assert load_settings().excluded_chats == []
    _ini("excluded_chats=c1, c2")
    assert load_settings().excluded_chats == ["c1", "c2"]


def test_the_window_opens_with_videos_off(qtbot, demo_library, isolated):
    _ini("include_videos=false")
    w = _open_everything(qtbot, demo_library, isolated)  # before: AttributeError 'panel'
    assert not w.videos.isChecked()


def test_a_schedule_files_battery_level_is_a_percentage(tmp_path):
    """Found in the same pass: ``schedule.json``'s ``min_battery`` was taken as it came, so a
    file that said 10**30 kept every backup on battery from running ("below
    1000000000000000000000000000000%"); the Settings showed 100. It is now 0 to 100."""
    import json

    from backupgui.automation.conditions import Battery, decide
    from backupgui.automation.schedule import load_config

    path = tmp_path / "schedule.json"
    for said, taken in ((10**30, 100), (-5, 0), (35, 35)):
        path.write_text(json.dumps({"frequency": "daily", "min_battery": said}))
        cfg = load_config(path)
        assert cfg.min_battery == taken
    path.write_text(json.dumps({"frequency": "daily", "min_battery": 10**30}))
    assert decide(metered=False, allow_metered=False, battery=Battery(True, 100),
                  min_battery=load_config(path).min_battery).go


def _window_at_start(qtbot, demo_library, ring):
    """The window as ``app.main`` builds it: the settings read with what was reset."""
    from backupgui.device.keystore import KeyStore
    from backupgui.ui.context import AppContext
    from backupgui.ui.settings.store import load_settings

    from .conftest import FAST_KDF

    reset: list[str] = []
    settings = load_settings(reset)
    ctx = AppContext(library_dir=demo_library, settings=settings, keystore=KeyStore(ring),
                     kdf=FAST_KDF, settings_reset=tuple(reset))
    return open_window(qtbot, ctx), reset


def test_the_user_is_told_once_that_settings_were_reset(qtbot, demo_library, isolated):
    """A value not taken was only a line in the log (found after the ninth pass): the user who
    edited ``keep=0`` by hand never learnt that it meant 3. The window says which settings got
    their default, in a note that is no dialog; the file is written with the defaults, so the
    next start says nothing."""
    from backupgui.ui.settings.store import load_settings

    from .helpers import click

    _ini("keep=0\nlog_level=basic_format\nkeep_daily=3")
    w, reset = _window_at_start(qtbot, demo_library, isolated)
    assert reset == ["keep", "log_level"]
    assert w.settings_note.isVisible()
    text = w.settings_note_text.text()
    assert "backupgui.ini" in text and "keep, log_level" in text, text
    assert w.ctx.settings.keep_daily == 3  # a valid value is kept, and not named
    ok = [b for b in w.settings_note.findChildren(type(w.panel.backup_button)) if b.isVisible()]
    click(qtbot, ok[0])
    assert not w.settings_note.isVisible()
    w.ctx.flush()
    assert load_settings().keep == DEFAULT.keep
    again: list[str] = []
    load_settings(again)
    assert again == []  # written back: told once
    w2, _ = _window_at_start(qtbot, demo_library, isolated)
    assert not w2.settings_note.isVisible()
    _ini("keep=0")
    w3, _ = _window_at_start(qtbot, demo_library, isolated)
    assert "a setting" in w3.settings_note_text.text().lower()
