"""Loose ends of the s18 walk (docs/GUI.md): the backup goes on after Settings is saved from
"No backup destination is chosen.", and the settings/logs paths in Settings stay whole and
left-to-right in Arabic. Real widgets, offscreen."""

from __future__ import annotations

import os

from backupgui.ui.widgets import errors

from .helpers import click, make_ctx, open_window, wait_dialog, watch_backups

PNG_DIR = os.environ.get("BACKUPGUI_TEST_PNG_DIR", "")


def _grab(widget, name: str) -> None:
    """Save what the widget shows, to look at (only when a folder is given)."""
    if PNG_DIR:
        widget.grab().save(os.path.join(PNG_DIR, name + ".png"))


def _no_destination_box(qtbot, w):
    errors.last_box = None
    click(qtbot, w.panel.backup_button)
    qtbot.waitUntil(lambda: errors.last_box is not None and errors.last_box.isVisible())
    box = errors.last_box
    assert "No backup destination is chosen" in box.text()
    return box


def _open_settings_from(qtbot, w, box):
    button = [b for b in box.buttons() if "Settings" in b.text()][0]
    click(qtbot, button)
    qtbot.waitUntil(lambda: getattr(w, "settings_dialog", None) is not None
                    and w.settings_dialog.isVisible())
    return w.settings_dialog


def test_backup_goes_on_after_settings_is_saved(qtbot, tmp_path, demo_library, isolated):
    """Back up -> "No backup destination is chosen." -> Open Settings -> a folder -> Save: the
    backup that was asked for goes on (the encryption dialog of a first backup opens) without
    pressing Back up again."""
    ctx = make_ctx(demo_library, isolated)
    w = open_window(qtbot, ctx)
    box = _no_destination_box(qtbot, w)
    _grab(box, "s18-1-no-destination")
    dlg = _open_settings_from(qtbot, w, box)
    (tmp_path / "dest").mkdir()
    dlg.folder.setText(str(tmp_path / "dest"))
    _grab(dlg, "s18-1-settings")
    click(qtbot, dlg.save_button)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=10_000)
    assert ctx.destination_spec().configured()
    setup = wait_dialog(qtbot, w.controller)
    assert setup.mode == "setup"
    _grab(setup, "s18-1-goes-on")
    setup.reject()
    qtbot.waitUntil(lambda: not w.controller.busy)


def test_cancel_in_settings_starts_nothing(qtbot, tmp_path, demo_library, isolated):
    ctx = make_ctx(demo_library, isolated)
    w = open_window(qtbot, ctx)
    started = watch_backups(w)
    dlg = _open_settings_from(qtbot, w, _no_destination_box(qtbot, w))
    (tmp_path / "dest").mkdir()
    dlg.folder.setText(str(tmp_path / "dest"))
    errors.last_box = None
    dlg.reject()
    qtbot.waitUntil(lambda: not dlg.isVisible())
    qtbot.wait(300)
    assert w.controller.dialog is None and not w.controller.busy and not started
    assert errors.last_box is None
    assert not ctx.destination_spec().configured()


def test_save_without_a_destination_starts_nothing(qtbot, tmp_path, demo_library, isolated):
    """Settings saved with the folder still empty (allowed before one is chosen): no backup,
    and not the same message again."""
    ctx = make_ctx(demo_library, isolated)
    w = open_window(qtbot, ctx)
    dlg = _open_settings_from(qtbot, w, _no_destination_box(qtbot, w))
    dlg.device.setText("Maria's laptop")
    errors.last_box = None
    click(qtbot, dlg.save_button)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=10_000)
    qtbot.wait(300)
    assert ctx.settings.device_name == "Maria's laptop"
    assert w.controller.dialog is None and not w.controller.busy
    assert errors.last_box is None


def test_settings_from_the_menu_does_not_start_a_backup(qtbot, tmp_path, demo_library,
                                                        isolated):
    """Only Settings opened from the message that stopped a backup goes on with it."""
    ctx = make_ctx(demo_library, isolated)
    w = open_window(qtbot, ctx)
    dlg = w.open_settings()
    qtbot.waitUntil(dlg.isVisible)
    (tmp_path / "dest").mkdir()
    dlg.folder.setText(str(tmp_path / "dest"))
    click(qtbot, dlg.save_button)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=10_000)
    qtbot.wait(300)
    assert w.controller.dialog is None and not w.controller.busy
