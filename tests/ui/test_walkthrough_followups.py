"""Follow-ups of the s11 walkthrough (docs/GUI.md, "Walkthrough log"), walked through the real
widgets: the media size the main window shows is what a backup stores and a restore reports,
and a brand-new backup's first phase says what happens."""

from __future__ import annotations

from .helpers import (
    click,
    make_ctx,
    open_window,
    set_password_in_dialog,
    wait_dialog,
    wait_for,
    watch_backups,
)

PASSWORD = "correct horse 42 battery"


def _record_phases(monkeypatch) -> list[str]:
    """Every phase a job reports to the window, in order (the card may skip a phase shorter
    than its 50 ms refresh, so the reports are taken where the job hands them over)."""
    from backupgui.ui.tasks import TaskHandle

    reported: list[str] = []
    original = TaskHandle._report

    def report(self, p):
        if not reported or reported[-1] != p.phase:
            reported.append(p.phase)
        original(self, p)

    monkeypatch.setattr(TaskHandle, "_report", report)
    return reported


def test_a_first_backup_is_not_said_to_unlock_anything(qtbot, qapp, tmp_path, demo_library,
                                                       isolated, monkeypatch):
    """A brand-new backup set has nothing to unlock: its first backup says "Creating the backup
    set"; the next backup, which opens the set with the key, says "Unlocking the backup". The
    card shows the new phase in the user's language."""
    from backupgui.jobs import Progress

    from .screens import themed

    dest = tmp_path / "usb"
    dest.mkdir()
    ctx = make_ctx(demo_library, isolated)
    ctx.settings.folder_path = str(dest)
    ctx.save()
    w = open_window(qtbot, ctx)
    done = watch_backups(w)
    reported = _record_phases(monkeypatch)
    click(qtbot, w.panel.backup_button)
    set_password_in_dialog(qtbot, wait_dialog(qtbot, w.controller), PASSWORD)
    assert wait_for(qtbot, done)[0] == "ok"
    assert "Creating the backup set" in reported, reported
    assert "Unlocking the backup" not in reported, reported

    reported.clear()
    click(qtbot, w.panel.backup_button)
    assert wait_for(qtbot, done, 2)[0] == "ok"
    assert "Unlocking the backup" in reported and "Creating the backup set" not in reported, \
        reported
    w.close()

    with themed(qapp, "de"):
        w = open_window(qtbot, ctx)
        w.panel.set_running(True)
        w.panel.progress.show_progress(Progress("Creating the backup set"))
        assert w.panel.progress.phase.text() == "Backup-Satz wird erstellt"
        w.panel.set_running(False)
        w.close()
