"""The backup-side walk of s14 (docs/GUI.md, "Walkthrough log"), each failing before its fix,
through the real widgets."""

from __future__ import annotations

from .helpers import (
    click,
    start_first_backup_held,
    wait_dialog,
    wait_for,
)

PASSWORD = "first backup password 5"


def _first_backup_stopped(qtbot, demo_library, tmp_path, ring, monkeypatch):
    """A folder destination; the first backup (a new password) stopped with Cancel once its
    set exists (the job pauses itself there, so the click comes in time)."""
    from backupgui.ui.backup import jobs as backup_jobs

    w, done, dest, real = start_first_backup_held(qtbot, demo_library, tmp_path, ring,
                                                  monkeypatch, PASSWORD)
    w.e2ee_during = w.panel._rows["e2ee"][2].text()
    click(qtbot, w.panel.progress.cancel_button)
    w.cancel_texts = (w.panel.progress.phase.text(), w.panel.progress.figures.text())
    assert wait_for(qtbot, done)[0] == "cancelled"
    monkeypatch.setattr(backup_jobs, "backup", real)
    assert len(list((dest / "sets").iterdir())) == 1
    return w, done, dest


def test_after_a_stopped_first_backup_the_next_one_goes_on_with_its_password(
        qtbot, demo_library, tmp_path, isolated, monkeypatch):
    """After Stop (or a network drop) in the first backup, Back up asked to *create* a
    password again, and any new password or key then failed with "The password is not
    correct for this backup.": the stopped set was there, unseen by the check before the
    backup. It asks for the password chosen for it now, and the backup goes on in that set
    (what was uploaded is kept, as the card says)."""
    w, done, dest = _first_backup_stopped(qtbot, demo_library, tmp_path, isolated,
                                          monkeypatch)
    click(qtbot, w.panel.backup_button)
    dlg = wait_dialog(qtbot, w.controller)
    assert dlg.stack.currentWidget() is dlg.page_unlock
    assert "stopped before it finished" in dlg.page_unlock.subtitle.text()
    assert "password you chose" in dlg.page_unlock.subtitle.text()
    qtbot.keyClicks(dlg.unlock_field, PASSWORD)
    click(qtbot, dlg.next_button)
    kind, outcome = wait_for(qtbot, done, 2)
    assert kind == "ok", outcome
    assert len(list((dest / "sets").iterdir())) == 1  # the same set, not a second one
    assert w.ctx.settings.encryption_on and w.ctx.settings.key_mode == "password"


def test_stopping_the_first_backup_says_nothing_of_a_previous_one(
        qtbot, demo_library, tmp_path, isolated, monkeypatch):
    """Stop in the very first backup said "Stopping safely; the previous backup stays as it
    was." and then "Backup cancelled. The previous backup is unchanged." in the status bar,
    while the card (rightly) said this destination has no complete backup yet."""
    w, _done, _dest = _first_backup_stopped(qtbot, demo_library, tmp_path, isolated,
                                            monkeypatch)
    _phase, figures = w.cancel_texts
    assert "previous" not in figures and "kept for the next backup" in figures
    status = w.statusBar().currentMessage()
    assert "previous" not in status and "no complete backup" in status
    assert "no complete backup yet" in w.panel.result.text()


def test_the_schedule_speaks_of_clicking_not_tapping(qtbot, isolated):
    """A desktop app's schedule said "Off (only when I tap "Back up")" (a phone's word)."""
    from backupgui.automation.schedule import ScheduleConfig
    from backupgui.ui.settings.schedule import ScheduleDialog

    dlg = ScheduleDialog(ScheduleConfig())
    qtbot.addWidget(dlg)
    texts = [dlg.editor.frequency.itemText(i) for i in range(dlg.editor.frequency.count())]
    assert 'Off (only when I click "Back up")' in texts
    assert not any("tap" in t.split() for t in texts)


def test_the_card_does_not_say_off_while_the_first_backup_encrypts(
        qtbot, demo_library, tmp_path, isolated, monkeypatch):
    """While the first backup ran, encrypting with the password just chosen, the card said
    "End-to-end encryption: Off — you will choose a password or key at the first backup"."""
    w, _done, _dest = _first_backup_stopped(qtbot, demo_library, tmp_path, isolated,
                                            monkeypatch)
    assert w.e2ee_during == "Turning on with this backup · Password"
    # Stopped: nothing was turned on here yet, and the card says so (and that the next
    # backup asks for this password: tests/ui/test_walkthrough_s14_followups.py).
    qtbot.waitUntil(lambda: w.panel._rows["e2ee"][2].text().startswith("Not on yet"),
                    timeout=10_000)
