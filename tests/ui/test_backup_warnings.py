"""A backup that is saved with warnings (a media file missing from the library) says so in a
box, not only "Backup finished" in the status bar (before: the warnings were dropped)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from .helpers import make_ctx, open_window
from .test_key_and_cancel import _first_backup_with_key


def test_a_backup_with_a_missing_media_file_shows_its_warning(qtbot, tmp_path, demo_library,
                                                              isolated):
    media = sorted(p for p in (demo_library / "media").rglob("*") if p.is_file())
    assert media, "the demo library has media files"
    media[0].unlink()  # gone from the library behind the app's back
    ctx = make_ctx(demo_library, isolated)
    ctx.settings.folder_path = str(tmp_path / "dest")
    (tmp_path / "dest").mkdir()
    ctx.save()
    w = open_window(qtbot, ctx)
    _key, outcome, _ = _first_backup_with_key(qtbot, w)
    assert any("missing from the library" in x for x in outcome.result.warnings)

    def box():
        found = [b for b in QApplication.topLevelWidgets()
                 if isinstance(b, QMessageBox) and b.objectName() == "backup-warnings"
                 and b.isVisible()]
        return found[0] if found else None

    qtbot.waitUntil(lambda: box() is not None, timeout=10_000)
    b = box()
    assert "warning" in b.text()
    assert "A media file is missing from the library" in b.informativeText()
    b.close()
    w.close()


def test_a_scheduled_backups_warnings_are_a_notice_that_shows_them(qtbot, tmp_path, demo_library,
                                                                   isolated, monkeypatch):
    """A scheduled backup (the window hidden in the tray, success notices off) saved with
    warnings - a media file deleted from the library, then a destination rolled back to an
    older backup - says so in one tray notice each, in German; clicking the notice shows the
    window with the warnings box; the history keeps the warnings (before: nothing was said)."""
    from datetime import timedelta

    from backupgui.automation.history import History
    from backupgui.automation.schedule import ScheduleConfig
    from backupgui.destinations.folder import FolderDestination
    from backupgui.engine import list_backups
    from backupgui.ui import language
    from backupgui.ui.automation.autobackup import AutoBackup, scheduled_job_factory
    from backupgui.ui.automation.history_view import HistoryModel
    from backupgui.ui.automation.scheduler import Scheduler
    from backupgui.ui.automation.tray import Tray

    ctx = make_ctx(demo_library, isolated)
    ctx.settings.folder_path = str(tmp_path / "dest")
    (tmp_path / "dest").mkdir()
    ctx.save()
    media = sorted(p for p in (demo_library / "media").rglob("*") if p.is_file())
    media[0].unlink()  # gone from the library behind the app's back (never backed up)
    w = open_window(qtbot, ctx)
    _first_backup_with_key(qtbot, w)  # (in English: the key dialog's checks)
    qtbot.waitUntil(lambda: box() is not None, timeout=10_000)  # its own warnings box
    box().close()

    monkeypatch.setattr(Tray, "available", staticmethod(lambda: True))
    history = History(tmp_path / "h.jsonl")
    config = ScheduleConfig(frequency="daily", notify_success=False)
    s = Scheduler(config, scheduled_job_factory(w.ctx), history=history, tick_s=3600,
                  catch_up_delay=timedelta(0))
    auto = AutoBackup(QApplication.instance(), w, w.ctx, config=config, history=history,
                      scheduler=s)
    app = QApplication.instance()
    language.install_language("de", app)
    done: list = []

    def scheduled_run():
        n = len(done)
        assert s.run_now()
        qtbot.waitUntil(lambda: len(done) > n, timeout=120_000)
        assert done[-1].result == "ok", done[-1].reason
        return done[-1]

    try:
        auto.start()
        qtbot.waitUntil(lambda: s.started, timeout=5000)
        s.runFinished.connect(done.append)
        w.hide()
        entry = scheduled_run()
        assert any("missing from the library" in x for x in entry.warnings)
        notes = [n for n in auto.tray.shown if n.kind == "warnings"]
        assert len(notes) == 1 and notes[0].level == "warning"
        assert notes[0].title == "Backup mit Warnungen abgeschlossen"
        assert notes[0].message.startswith("Eine Mediendatei fehlt in der Bibliothek"), \
            notes[0].message
        assert not [n for n in auto.tray.shown if n.kind in ("success", "retired")]

        auto.tray.icon.messageClicked.emit()  # the user clicks the notice
        assert w.isVisible()
        qtbot.waitUntil(lambda: box() is not None, timeout=10_000)
        b = box()
        assert "Eine Mediendatei fehlt in der Bibliothek" in b.informativeText()
        b.close()

        # The history keeps them (read back from its file), and its list says them.
        qtbot.waitUntil(lambda: any(e.warnings for e in history.load()), timeout=10_000)
        saved = history.load()[-1]
        assert saved.warnings == entry.warnings
        model = HistoryModel()
        model.set_entries([saved])
        shown = model.data(model.index(0, HistoryModel.REASON))
        assert "Eine Mediendatei fehlt in der Bibliothek" in shown, shown

        # The destination serves an older backup than this computer made (FORMAT.md 9.3).
        w.hide()
        dest = FolderDestination(tmp_path / "dest")
        newest = list_backups(dest)[0]
        dest.delete(f"sets/{newest.set_id}/snapshots/{newest.snapshot_id}")
        dest.close()
        entry = scheduled_run()
        assert any("rolled back" in x for x in entry.warnings), entry.warnings
        notes = [n for n in auto.tray.shown if n.kind == "warnings"]
        assert len(notes) == 2
        assert "zurückgesetzt" in notes[-1].message, notes[-1].message
        auto.tray.icon.messageClicked.emit()
        qtbot.waitUntil(lambda: box() is not None, timeout=10_000)
        assert "zurückgesetzt" in box().informativeText()
        assert "Eine Mediendatei fehlt" in box().informativeText()  # (still missing)
        box().close()
    finally:
        language.install_language("en", app)
        s.stop()
        auto.tray.hide()
        app.setQuitOnLastWindowClosed(True)
        w.close()


def box():
    found = [b for b in QApplication.topLevelWidgets()
             if isinstance(b, QMessageBox) and b.objectName() == "backup-warnings"
             and b.isVisible()]
    return found[0] if found else None


def test_a_warning_naming_an_attachment_is_shown_as_text(qtbot, tmp_path, demo_library, isolated):
    """Found by the sixth hostile pass (SECURITY.md 2.8): the warnings box put the engine's
    sentences, which name attachments (a chat partner's file name, or any name in a backup
    restored with the key), into QMessageBox's informative text, a label in Qt's automatic
    format that opens links: a name ``<a href=...>`` was a link to the browser there."""
    import sqlite3

    from PySide6.QtGui import Qt as GuiQt
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QLabel

    from backupgui.library.store import media_path

    name = '<a href="https:example.invalid">Your key leaked: click to make a new one</a>.jpg'
    db = sqlite3.connect(demo_library / "library.db")
    sha = db.execute("SELECT sha256 FROM media WHERE sha256 != '' ORDER BY sha256 LIMIT 1").fetchone()[0]
    db.execute("UPDATE media SET filename = ? WHERE sha256 = ?", (name, sha))
    db.commit()
    db.close()
    media_path(demo_library / "media", sha).unlink()  # gone: the backup warns, naming it
    ctx = make_ctx(demo_library, isolated)
    ctx.settings.folder_path = str(tmp_path / "dest")
    (tmp_path / "dest").mkdir()
    ctx.save()
    w = open_window(qtbot, ctx)
    _first_backup_with_key(qtbot, w)
    qtbot.waitUntil(lambda: box() is not None, timeout=10_000)
    b = box()
    label = b.findChild(QLabel, "qt_msgbox_informativelabel")
    assert label is not None
    text = label.text()
    if label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)):
        doc = QTextDocument()
        doc.setHtml(text)
        text = doc.toPlainText()  # what the label shows
    assert name in text, (label.textFormat(), label.text())
    b.close()
    w.close()
