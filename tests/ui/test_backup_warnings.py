"""A backup that is saved with warnings (a media file missing from the library) says so in a
box, not only "Backup finished" in the status bar (before: the warnings were dropped)."""

from __future__ import annotations

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
