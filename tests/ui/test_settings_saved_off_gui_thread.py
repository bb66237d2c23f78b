"""Saving the settings (QSettings and the trusted-vault file) happens on a background task,
never on the GUI thread: at the end of every backup, and for every other save. Saves are
written one at a time, the newest values last."""

from __future__ import annotations

import threading
import time

from backupgui.ui import context
from backupgui.ui.settings.store import load_settings
from backupgui.ui.tasks import wait_all
from backupgui.vault.trust import SETTINGS, TrustedVaults, normalize_url

from .helpers import (
    click,
    make_ctx,
    open_window,
    set_password_in_dialog,
    wait_dialog,
    wait_for,
    watch_backups,
)

PASSWORD = "correct horse battery staple"
VAULT = "https://vault.example.org"


def test_the_end_of_a_backup_is_saved_off_the_gui_thread(qtbot, tmp_path, demo_library,
                                                        isolated, monkeypatch):
    dest_dir = tmp_path / "backups"
    dest_dir.mkdir()
    ctx = make_ctx(demo_library, isolated)
    ctx.settings.folder_path = str(dest_dir)
    ctx.settings.device_name = "laptop"
    ctx.settings.vault_url = VAULT  # saving it also writes the trusted-vault file
    writes: list[tuple[str, threading.Thread, object]] = []
    real_save, real_add = context.save_settings, TrustedVaults.add

    def save_settings(s):
        writes.append(("settings", threading.current_thread(), s.last_backup_result))
        real_save(s)

    def add(self, url, key, source):
        writes.append(("trust", threading.current_thread(), url))
        real_add(self, url, key, source)

    monkeypatch.setattr(context, "save_settings", save_settings)
    monkeypatch.setattr(TrustedVaults, "add", add)
    w = open_window(qtbot, ctx)
    done = watch_backups(w)
    click(qtbot, w.panel.backup_button)
    set_password_in_dialog(qtbot, wait_dialog(qtbot, w.controller), PASSWORD)
    kind, outcome = wait_for(qtbot, done)
    assert kind == "ok", outcome
    qtbot.waitUntil(lambda: ("settings", "ok") in {(k, v) for k, _t, v in writes},
                    timeout=10_000)
    assert wait_all(10)  # the write (and the trusted-vault file's) has returned
    assert {k for k, _t, _v in writes} == {"settings", "trust"}
    main = threading.main_thread()
    assert all(t is not main for _k, t, _v in writes), [(k, t.name) for k, t, _v in writes]
    r = outcome.result
    saved = load_settings()
    assert saved.set_id == r.set_id and saved.key_mode == "password"
    assert saved.last_backup_result == "ok" and saved.last_backup_message == ""
    assert saved.last_backup_bytes == r.media_bytes + r.text_bytes
    assert saved.last_backup_time and saved.last_key_check
    assert saved.last_backup_destination == "folder:" + str(dest_dir)
    assert saved == ctx.settings
    assert any(v.url == normalize_url(VAULT) and v.source == SETTINGS
               for v in TrustedVaults().entries())


def test_saves_are_written_one_at_a_time_newest_last(qtbot, tmp_path, isolated, monkeypatch):
    ctx = make_ctx(tmp_path / "lib", isolated)
    active, most, written = [0], [0], []
    lock = threading.Lock()
    real_save = context.save_settings

    def slow_save(s):
        with lock:
            active[0] += 1
            most[0] = max(most[0], active[0])
        time.sleep(0.02)  # a slow disk: later saves arrive while this one writes
        written.append((threading.current_thread(), s.device_name))
        real_save(s)
        with lock:
            active[0] -= 1

    monkeypatch.setattr(context, "save_settings", slow_save)
    for i in range(20):
        ctx.settings.device_name = f"computer {i:02d}"
        ctx.save()
    assert wait_all(20)
    names = [n for _t, n in written]
    assert all(t is not threading.main_thread() for t, _n in written)
    assert most[0] == 1  # never two writes at once
    assert names == sorted(names) and names[-1] == "computer 19"  # never an older one after
    assert len(names) < 20  # a save waiting behind a write carries only the newest values
    assert load_settings().device_name == "computer 19"
    ctx.settings.device_name = "at quit"
    ctx.save()
    ctx.flush()  # at quit: written before the process ends, whatever the task pool does
    assert load_settings().device_name == "at quit"


def test_start_up_trusts_the_settings_vault_off_the_gui_thread(qtbot, tmp_path, isolated,
                                                                monkeypatch):
    """A vault address already in the settings (typed before the trusted-vault file existed,
    or by hand) is written to that file at start-up, by the background writer: the window
    does not wait for the file."""
    from backupgui.ui.settings.store import save_settings

    saved = load_settings()
    saved.vault_url = VAULT
    save_settings(saved)
    adds: list[tuple[threading.Thread, str]] = []
    real_add = TrustedVaults.add

    def add(self, url, key, source):
        adds.append((threading.current_thread(), url))
        real_add(self, url, key, source)

    monkeypatch.setattr(TrustedVaults, "add", add)
    ctx = make_ctx(tmp_path / "lib", isolated)  # what app.run_gui does at start-up
    assert ctx.settings.vault_url == VAULT
    assert not [t for t, _u in adds if t is threading.main_thread()]
    assert wait_all(10)
    assert [u for _t, u in adds] == [VAULT]
    assert any(v.url == normalize_url(VAULT) and v.source == SETTINGS
               for v in TrustedVaults().entries())
