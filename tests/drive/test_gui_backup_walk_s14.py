"""The backup-side walk of s14 (docs/GUI.md, "Walkthrough log"), against the Drive emulator
through the real widgets: what the progress shows while the last packs are still uploading."""

from __future__ import annotations

from backupgui.library.demo import create_demo_library
from backupgui.services.drive_emulator import Fault
from tests.drive.test_gui_drive import gui  # noqa: F401 - fixture

PASSWORD = "drive backup password 7"


def _signed_in_window(qtbot, emulator, tmp_path, ring):
    from tests.ui.helpers import make_ctx, open_window, sign_in_to_emulator

    create_demo_library(tmp_path / "lib", chats=3, seed=51, media_mb=1.5)
    w = open_window(qtbot, make_ctx(tmp_path / "lib", ring))
    sign_in_to_emulator(qtbot, w, emulator.root_url)
    return w


def _watch_panel(w) -> list[tuple[str, str, str, int, int]]:
    """(core phase, phase shown, figures shown, bar value, bar maximum) after each progress."""
    seen: list = []
    panel = w.panel.progress
    w.controller.progressed.connect(lambda p: seen.append(
        (p.phase, panel.phase.text(), panel.figures.text(), panel.bar.value(),
         panel.bar.maximum())))
    return seen


def test_the_last_uploads_show_as_uploading_not_as_a_full_bar(qtbot, emulator, tmp_path, gui):  # noqa: F811
    """With a slow Drive, the packs are encrypted long before they are uploaded. The card
    showed "Encrypting and uploading 1.5 MB of 1.5 MB" (a full bar), then "Packing messages
    3 of 3 chats", and nothing more while every pack was still being sent: a backup that
    looked done was not. The last stretch now says "Uploading", with the bytes sent."""
    from tests.ui.helpers import click, set_password_in_dialog, wait_dialog, wait_for, watch_backups

    ring, _browser = gui
    w = _signed_in_window(qtbot, emulator, tmp_path, ring)
    emulator.add_faults(Fault("slow", match="upload", count=1000, delay=0.5))
    seen = _watch_panel(w)
    done = watch_backups(w)
    click(qtbot, w.panel.backup_button)
    set_password_in_dialog(qtbot, wait_dialog(qtbot, w.controller), PASSWORD)
    kind, outcome = wait_for(qtbot, done, timeout=120_000)
    assert kind == "ok", outcome
    uploading = [s for s in seen if s[0] == "Uploading"]
    assert uploading, sorted({s[0] for s in seen})
    # Shown as a bar that is not full yet, with "… of …" bytes.
    assert any(value < maximum for _ph, _shown, _fig, value, maximum in uploading)
    assert all(shown == "Uploading" and " of " in fig for _ph, shown, fig, _v, _m in uploading)


def test_stop_while_the_last_packs_upload_stops_the_backup(qtbot, emulator, tmp_path, gui):  # noqa: F811
    """Stop in that last stretch was not looked at until every pack had been sent, and the
    backup then finished as if Stop had not been pressed."""
    from tests.ui.helpers import click, set_password_in_dialog, wait_dialog, wait_for, watch_backups

    ring, _browser = gui
    w = _signed_in_window(qtbot, emulator, tmp_path, ring)
    emulator.add_faults(Fault("slow", match="upload", count=1000, delay=0.5))
    seen = _watch_panel(w)
    done = watch_backups(w)
    click(qtbot, w.panel.backup_button)
    set_password_in_dialog(qtbot, wait_dialog(qtbot, w.controller), PASSWORD)
    qtbot.waitUntil(lambda: done or any(s[0] == "Uploading" for s in seen), timeout=60_000)
    assert not done, "finished before its last uploads were shown"
    click(qtbot, w.panel.progress.cancel_button)
    kind, _payload = wait_for(qtbot, done, timeout=60_000)
    assert kind == "cancelled"
    assert w.ctx.settings.last_backup_result == "cancelled"


def test_a_network_drop_says_drive_cannot_be_reached_not_the_old_speed(
        qtbot, emulator, tmp_path, gui):  # noqa: F811
    """Every request reset for seconds in the middle of the upload: the card went on showing
    "1.6 MB of 25.9 MB · 450 kB/s · about 54 s left" as if the upload went on. It says that
    Google Drive cannot be reached and that it tries again; once Drive answers, the backup
    finishes."""
    from tests.ui.helpers import click, set_password_in_dialog, wait_dialog, wait_for, watch_backups

    ring, _browser = gui
    w = _signed_in_window(qtbot, emulator, tmp_path, ring)
    emulator.add_faults(Fault("slow", match="upload", count=1000, delay=0.5))
    seen = _watch_panel(w)
    done = watch_backups(w)
    click(qtbot, w.panel.backup_button)
    set_password_in_dialog(qtbot, wait_dialog(qtbot, w.controller), PASSWORD)
    qtbot.waitUntil(lambda: done or any(s[0] == "Uploading" for s in seen), timeout=60_000)
    assert not done
    emulator.faults.clear()
    emulator.add_faults(Fault("reset-request", match="any", count=100_000, cut=0.1))
    figures = w.panel.progress.figures
    qtbot.waitUntil(lambda: "cannot be reached" in figures.text(), timeout=30_000)
    assert "kB/s" not in figures.text() and "left" not in figures.text()
    # The sentence is whole on the card (German cut it off after "Neu"), and the card kept
    # its width.
    qtbot.wait(100)
    assert figures.wordWrap() or figures.fontMetrics().horizontalAdvance(
        figures.text()) <= figures.contentsRect().width()
    assert figures.height() >= figures.heightForWidth(figures.width())
    assert w.panel.width() <= w.panel.maximumWidth()
    emulator.faults.clear()
    kind, outcome = wait_for(qtbot, done, timeout=120_000)
    assert kind == "ok", outcome
    assert not w.panel.progress.isVisible() and w.panel.backup_button.isVisible()
