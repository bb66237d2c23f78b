"""A backup from the window that another computer's use of the backup set stopped (its
lock, FORMAT.md 10.3; exit code 13 in the CLI) says which computer, in the box and on the
panel, and the box's Try again runs the backup again, in the background as Back up now does
(before: only OK, and the user had to find Back up now again). Real window, real folder
destination, a real exclusive lock held by "another computer"; in German too."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from backupgui.destinations.folder import FolderDestination
from backupgui.device.keystore import KeyStore
from backupgui.engine import locks
from backupgui.engine.repository import Repo
from backupgui.ui import language
from backupgui.ui.widgets import errors

from .helpers import click, make_ctx, open_window, wait_for
from .test_key_and_cancel import _first_backup_with_key


def _box_with(qtbot, text: str):
    qtbot.waitUntil(lambda: errors.last_box is not None and errors.last_box.isVisible()
                    and text in errors.last_box.text(), timeout=30_000)
    return errors.last_box


def test_try_again_after_another_computer_held_the_set(qtbot, tmp_path, demo_library, isolated,
                                                       monkeypatch):
    ctx = make_ctx(demo_library, isolated)
    ctx.settings.folder_path = str(tmp_path / "dest")
    (tmp_path / "dest").mkdir()
    ctx.save()
    w = open_window(qtbot, ctx)
    _key, outcome, done = _first_backup_with_key(qtbot, w)
    set_id = outcome.result.set_id
    from backupgui.crypto.material import RawKey

    key = RawKey(KeyStore(isolated).load(set_id))
    # Another computer changes the set's password: it holds the exclusive lock. (The backup
    # gives up at its first look instead of after 5 minutes.)
    monkeypatch.setattr(locks, "BACKUP_WAIT_S", 0)
    other = locks.acquire(Repo.open(FolderDestination(tmp_path / "dest"), key), locks.PROTECTION,
                          "old-laptop")
    app = QApplication.instance()
    try:
        language.install_language("de", app)
        click(qtbot, w.panel.backup_button)
        kind, _exc = wait_for(qtbot, done, 2)
        assert kind == "failed"
        box = _box_with(qtbot, "old-laptop")
        assert "Ein anderer Computer (\u2068old-laptop\u2069) ändert gerade" in box.text()
        assert "Ein anderer Computer (\u2068old-laptop\u2069)" in w.panel.result.text()
        again = [b for b in box.buttons() if b.text() == "&Erneut versuchen"]
        assert len(again) == 1 and box.defaultButton() is again[0]

        # Still held: Try again meets it again and says so again.
        click(qtbot, again[0])
        kind, _exc = wait_for(qtbot, done, 3)
        assert kind == "failed"
        box = _box_with(qtbot, "old-laptop")
        again = [b for b in box.buttons() if b.text() == "&Erneut versuchen"]

        other.release()  # the other computer is done
        click(qtbot, again[0])
        kind, outcome2 = wait_for(qtbot, done, 4)
        assert kind == "ok", outcome2
        assert outcome2.result.set_id == set_id
        assert w.panel.result.text() == ""
        assert not list((tmp_path / "dest").glob("sets/*/locks/*"))
    finally:
        other.release()
        language.install_language("en", app)
        w.close()
