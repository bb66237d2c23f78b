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


def _closed(dlg) -> bool:
    """The dialog is hidden, or already deleted (Settings deletes itself on close)."""
    from shiboken6 import isValid

    return not isValid(dlg) or not dlg.isVisible()


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
    qtbot.waitUntil(lambda: _closed(dlg), timeout=10_000)
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
    qtbot.waitUntil(lambda: _closed(dlg))
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
    qtbot.waitUntil(lambda: _closed(dlg), timeout=10_000)
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
    qtbot.waitUntil(lambda: _closed(dlg), timeout=10_000)
    qtbot.wait(300)
    assert w.controller.dialog is None and not w.controller.busy


# -- 4. the settings and logs paths in Settings, in Arabic and English -----------------------------
LRI, PDI, FSI = "\u2066", "\u2069", "\u2068"


def _path_labels(dlg, path: str):
    """Every label in the dialog that shows (part of) ``path``."""
    from PySide6.QtWidgets import QLabel

    tail = "/".join(path.rsplit("/", 2)[-2:])  # (its end stays when it is shortened)
    out = []
    for lab in dlg.findChildren(QLabel):
        text = lab.text()
        for mark in (LRI, PDI, FSI, "\u200b"):
            text = text.replace(mark, "")
        if lab.isVisible() and tail in text:
            out.append(lab)
    return out


import pytest  # noqa: E402


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_settings_paths_stay_whole_and_left_to_right(qtbot, qapp, tmp_path, demo_library,
                                                     isolated, monkeypatch, lang):
    """Each path on a line of its own, one line, left to right inside an isolate, shortened
    in its middle when too long, the full path in the tooltip, the accessible name and Copy.
    (In Arabic the sentence wrapped in the middle of a path.)"""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QContextMenuEvent, QGuiApplication
    from PySide6.QtWidgets import QApplication

    from backupgui.device.settings import settings_file
    from backupgui.ui.language import install_language
    from backupgui.ui.logging_setup import log_file

    deep = tmp_path / ("إعدادات-النسخ-الاحتياطي-" + "a" * 40) / ("subfolder-" + "b" * 40) / "config"
    monkeypatch.setenv("BACKUPGUI_CONFIG_DIR", str(deep))
    install_language(lang, qapp)
    w = open_window(qtbot, make_ctx(demo_library, isolated))
    dlg = w.open_settings()
    qtbot.waitUntil(dlg.isVisible)
    assert dlg.isRightToLeft() == (lang == "ar")
    _grab(dlg, f"s18-4-settings-{lang}")
    for path in (str(settings_file()), str(log_file().parent)):
        labels = _path_labels(dlg, path)
        assert len(labels) == 1, [lab.text() for lab in labels]
        lab = labels[0]
        text = lab.text()
        assert not lab.wordWrap(), path
        assert text.startswith(LRI) and text.endswith(PDI), repr(text)
        shown = text[1:-1]
        assert "\u200b" not in shown and "\n" not in shown
        assert shown == path or ("…" in shown and path.startswith(shown.split("…")[0])
                                 and path.endswith(shown.split("…")[-1])), shown
        assert lab.fontMetrics().horizontalAdvance(shown) <= lab.contentsRect().width()
        assert lab.height() < 2 * lab.fontMetrics().lineSpacing()  # one line
        assert lab.geometry().right() <= lab.parentWidget().width()
        assert path in lab.toolTip() and lab.accessibleName() == path
        assert lab.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
        side = Qt.AlignmentFlag.AlignRight if lang == "ar" else Qt.AlignmentFlag.AlignLeft
        assert lab.alignment() & side  # beside its label, where the window's text starts
        QGuiApplication.clipboard().clear()
        lab.setFocus()
        qtbot.keyClick(lab, "c", Qt.KeyboardModifier.ControlModifier)
        assert QGuiApplication.clipboard().text() == path
        QGuiApplication.clipboard().clear()
        QApplication.sendEvent(lab, QContextMenuEvent(QContextMenuEvent.Reason.Mouse,
                                                      QPoint(5, 5), lab.mapToGlobal(QPoint(5, 5))))
        (action,) = lab.menu.actions()
        assert action.text() == {"ar": "نسخ المسار (&ن)", "en": "&Copy path"}[lang]
        action.trigger()
        assert QGuiApplication.clipboard().text() == path
        lab.menu.close()
    assert "…" in _path_labels(dlg, str(settings_file()))[0].text()  # this one is too long
    dlg.reject()
