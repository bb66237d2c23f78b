"""Follow-ups of the s14 backup-side walk (docs/GUI.md, "Seen, not changed"), each failing
before its fix, through the real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt

from .helpers import (
    click,
    make_ctx,
    open_window,
    restore_to_key_page,
    set_password_in_dialog,
    start_first_backup_held,
    wait_dialog,
    wait_for,
    watch_backups,
)

PASSWORD = "first backup password 5"


def _first_backup_held(qtbot, demo_library, tmp_path, ring, monkeypatch):
    """A folder destination; the first backup (a new password) holds itself once its set
    exists, so a key press comes in time. Returns the window and its results list."""
    w, done, _dest, _real = start_first_backup_held(qtbot, demo_library, tmp_path, ring,
                                                    monkeypatch, PASSWORD)
    w.activateWindow()
    qtbot.waitUntil(lambda: w.panel.progress.cancel_button.isVisible())
    return w, done


def test_escape_stops_a_running_backup(qtbot, demo_library, tmp_path, isolated, monkeypatch):
    """Escape did nothing during a backup (only Backup → Cancel backup stopped it). It stops
    it as the card's Cancel does: the same safe stop, the same words."""
    w, done = _first_backup_held(qtbot, demo_library, tmp_path, isolated, monkeypatch)
    qtbot.keyClick(w.table, Qt.Key.Key_Escape)  # focus in the chat list
    assert "uploaded is kept" in w.panel.progress.figures.text()
    assert wait_for(qtbot, done)[0] == "cancelled"


def test_the_progress_cancel_button_has_an_access_key(
        qtbot, demo_library, tmp_path, isolated, monkeypatch):
    """The card's Cancel had no access key (Pause had one): Alt+C stops the backup."""
    w, done = _first_backup_held(qtbot, demo_library, tmp_path, isolated, monkeypatch)
    assert "&" in w.panel.progress.cancel_button.text()
    qtbot.keyClick(w, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    assert wait_for(qtbot, done)[0] == "cancelled"


def test_escape_without_a_backup_does_nothing(qtbot, demo_library, isolated):
    """Escape is harmless when no backup runs (no stray cancel, no error)."""
    w = open_window(qtbot, make_ctx(demo_library, isolated))
    done = watch_backups(w)
    qtbot.keyClick(w, Qt.Key.Key_Escape)
    qtbot.wait(100)
    assert done == [] and w.panel.backup_button.isVisible()


def test_a_cancelled_restore_speaks_of_the_chats_here(
        qtbot, demo_library, tmp_path, isolated):
    """The restore wizard shares the progress panel and called ``cancelling()`` as a backup
    does: a cancelled restore said "the previous backup stays as it was". It speaks of the
    chats on this computer (the restore rolls back)."""
    ctx = make_ctx(demo_library, isolated)
    dest = tmp_path / "dest"
    dest.mkdir()
    ctx.settings.folder_path = str(dest)
    w = open_window(qtbot, ctx)
    done = watch_backups(w)
    click(qtbot, w.panel.backup_button)
    set_password_in_dialog(qtbot, wait_dialog(qtbot, w.controller), PASSWORD)
    assert wait_for(qtbot, done)[0] == "ok"
    wiz = restore_to_key_page(qtbot, w, dest)
    wiz.key_page.password.setText(PASSWORD)
    wiz.next()
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_BACKUPS, timeout=15_000)
    wiz.next()
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_CHATS, timeout=15_000)
    wiz.next()
    page = wiz.progress_page
    page.task.pause()  # held at once, so Cancel comes in time
    click(qtbot, page.panel.cancel_button)
    said = page.panel.figures.text()
    assert "backup" not in said and "chats on this computer" in said, said
    page.task.resume()
    qtbot.waitUntil(lambda: page.task is None, timeout=60_000)
    wiz.reject()


def test_after_a_stopped_first_backup_the_card_says_its_password_will_be_asked(
        qtbot, demo_library, tmp_path, isolated, monkeypatch):
    """After a stopped first backup the card still said "Off — you will choose a password or
    key at the first backup", while the next backup asks for the one chosen for the stopped
    set. It says so, also after a restart (settings saved), and "On" once a backup finished."""
    w, done = _first_backup_held(qtbot, demo_library, tmp_path, isolated, monkeypatch)
    click(qtbot, w.panel.progress.cancel_button)
    assert wait_for(qtbot, done)[0] == "cancelled"
    qtbot.waitUntil(lambda: "ask for it again" in w.panel._rows["e2ee"][2].text(), timeout=30_000)
    said = w.panel._rows["e2ee"][2].text()
    assert "you will choose" not in said and "Password" in said and "ask for it again" in said, said
    from backupgui.ui.settings.store import load_settings

    again = load_settings()
    assert again.stopped_first_mode == "password"
    w.close()
    w2 = open_window(qtbot, w.ctx)
    assert "ask for it again" in w2.panel._rows["e2ee"][2].text()
    done2 = watch_backups(w2)
    click(qtbot, w2.panel.backup_button)
    dlg = wait_dialog(qtbot, w2.controller)
    assert dlg.stack.currentWidget() is dlg.page_unlock
    qtbot.keyClicks(dlg.unlock_field, PASSWORD)
    click(qtbot, dlg.next_button)
    assert wait_for(qtbot, done2)[0] == "ok"
    assert w2.panel._rows["e2ee"][2].text().startswith("On")
    assert w2.ctx.settings.stopped_first_mode == ""


def test_a_first_backup_stopped_before_its_set_exists_still_says_choose(
        qtbot, demo_library, tmp_path, isolated, monkeypatch):
    """Stopped before its set was made, the next backup does ask to choose: the card keeps
    saying so (no false "asks for it")."""
    w, done, dest, _real = start_first_backup_held(qtbot, demo_library, tmp_path, isolated,
                                                   monkeypatch, PASSWORD, at_phase=None)
    click(qtbot, w.panel.progress.cancel_button)
    assert wait_for(qtbot, done)[0] == "cancelled"
    assert not (dest / "sets").exists() or not any((dest / "sets").iterdir())
    qtbot.wait(500)  # (the probe after the stop has nothing to find)
    assert "you will choose" in w.panel._rows["e2ee"][2].text()
    assert w.ctx.settings.stopped_first_mode == ""


def _history_dialog(qtbot, tmp_path, entries):
    from backupgui.automation.history import History
    from backupgui.ui.automation.history_view import HistoryDialog

    history = History(tmp_path / "history.jsonl")
    for e in entries:
        history.append(e)
    dlg = HistoryDialog(history)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.model.rowCount() == len(entries), timeout=10_000)
    qtbot.wait(50)
    return dlg


def test_the_history_keeps_a_gap_after_duration_and_size(qtbot, tmp_path):
    """Duration ("1 min 3 s") nearly touched the Details beside it: the chat list's trailing
    gap was not applied there. Both trailing-aligned columns keep it (at least 10 design
    pixels beyond their widest text)."""
    from datetime import UTC, datetime

    from backupgui.automation.history import HistoryEntry
    from backupgui.ui.automation.history_view import HistoryModel
    from backupgui.ui.widgets import style

    dlg = _history_dialog(qtbot, tmp_path, [HistoryEntry(
        datetime.now(UTC), "manual", "ok", size=987_654_321, uploaded=5_000_000,
        duration_s=3_723.0)])
    t, m = dlg.table, dlg.model
    for col in (HistoryModel.SIZE, HistoryModel.DURATION):
        text = m.data(m.index(0, col))
        room = t.horizontalHeader().sectionSize(col) - t.fontMetrics().horizontalAdvance(text)
        assert room >= style.px(10) + 6, (col, text, room)


def test_a_cancelled_run_in_the_history_says_who_stopped_it(qtbot, tmp_path):
    """A manual run stopped with Cancel showed an empty Details cell."""
    from datetime import UTC, datetime

    from backupgui.automation.history import HistoryEntry
    from backupgui.ui.automation.history_view import HistoryModel

    dlg = _history_dialog(qtbot, tmp_path, [HistoryEntry(
        datetime.now(UTC), "manual", "cancelled", duration_s=12.0)])
    assert dlg.model.data(dlg.model.index(0, HistoryModel.REASON)) == "Stopped by you"
