"""On a real X server with a window manager (Xvfb + openbox), as on a desktop: a window stays
inside the screen's free area when it opens and when it grows (the phone import once a backup
is opened, the chat viewer's first size), at a laptop's 1366x768 and at 150 % there (910x512
px: the main window's card, Settings, the encryption dialog, the phone import and the restore
wizard scroll their bodies there), for every screen of tests/ui/screens.py, in ar and de.
BACKUPGUI_SHOTS=folder saves each screen as a PNG.

Offscreen there is no window manager, no frame and no placement, so these run in a child
pytest on the X server; they skip, saying so, where Xvfb or openbox is not installed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .checks import layout_faults, off_screen
from .screens import PHONE_KEY, _phone_backup, iter_screens, make_env, settle, themed

CHILD = "BACKUPGUI_DESKTOP_CHILD"
REPO = Path(__file__).resolve().parents[2]


def shot(window, name: str) -> None:
    """The whole screen as a PNG in $BACKUPGUI_SHOTS, to look at (the window as placed)."""
    out = os.environ.get("BACKUPGUI_SHOTS")
    if out:
        window.screen().grabWindow(0).save(str(Path(out) / name))


@pytest.fixture(scope="module")
def desktop():
    """DISPLAY of a fresh Xvfb at 1366x768 with openbox managing it."""
    missing = [b for b in ("Xvfb", "openbox") if shutil.which(b) is None]
    if missing:
        pytest.skip(f"needs {' and '.join(missing)} (a real X server with a window manager)")
    read, write = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24",
                             "-nolisten", "tcp"], pass_fds=(write,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as f:
        display = ":" + f.readline().strip()
    wm = subprocess.Popen(["openbox"], env={**os.environ, "DISPLAY": display},
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        yield display
    finally:
        for p in (wm, xvfb):
            p.terminate()
            p.wait(10)


@pytest.mark.parametrize(("scale", "code"), [
    ("1", "ar"), ("1", "de"), ("1.5", "ar"),  # at 150 % the screen has 910x512 px
    ("1.5", "de")])
def test_windows_stay_on_a_laptop_screen(desktop, scale, code, tmp_path):
    env = {**os.environ, "DISPLAY": desktop, "QT_QPA_PLATFORM": "xcb", "QT_SCALE_FACTOR": scale,
           CHILD: "1", "PYTHONPATH": str(REPO)}
    env.pop("WAYLAND_DISPLAY", None)
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                          "--basetemp", str(tmp_path / "child"),
                          f"{Path(__file__).resolve()}::test_child[{code}]"],
                         cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-3000:]
    assert "1 passed" in run.stdout, run.stdout[-3000:]


@pytest.mark.parametrize("code", ["ar", "de"])
def test_child(code, qtbot, qapp, tmp_path, demo_template):
    """The main window, the phone import over it (empty, then a backup opened: it grows),
    the chat viewer and Settings, then every screen of tests/ui/screens.py (the encryption
    dialog's pages, the restore wizard's, the errors), each inside the screen and none
    squeezed below its layout."""
    if os.environ.get(CHILD) != "1":
        pytest.skip("runs on the X server started by test_windows_stay_on_a_laptop_screen")
    from backupgui.ui.chats.import_dialog import ImportDialog

    from .helpers import make_ctx, open_window
    from .screens import MemoryKeyring

    def placed(w) -> None:
        """Shown, and framed by the window manager (its frame around the window): Qt learns
        the frame's size a moment after the window is shown. A window left without a frame
        (the error box, at times the phone import) is checked as it is after 10 s."""
        qtbot.waitUntil(w.isVisible, timeout=10_000)
        deadline = time.monotonic() + 10
        while (w.frameGeometry().height() <= w.geometry().height()
               and time.monotonic() < deadline):
            qtbot.wait(50)
        settle(qtbot, 200)

    import shutil as sh
    with themed(qapp, code):
        lib = tmp_path / "library"
        sh.copytree(demo_template, lib)
        win = open_window(qtbot, make_ctx(lib, MemoryKeyring()))
        placed(win)
        problems = off_screen(win)
        imp = ImportDialog(tmp_path / "import-library", [], win)
        qtbot.addWidget(imp)
        imp.show()
        placed(imp)
        phone = imp.open_phone_import()
        placed(phone)
        problems += off_screen(phone) + layout_faults(phone)
        phone.set_path(str(_phone_backup(tmp_path)))
        qtbot.waitUntil(lambda: phone.kind == "android", timeout=10_000)
        phone.key_field.setText(PHONE_KEY.hex())
        phone.start_preview()
        qtbot.waitUntil(lambda: phone.task is None and phone.preview is not None,
                        timeout=20_000)
        settle(qtbot, 300)
        problems += [f"opened: {p}" for p in off_screen(phone) + layout_faults(phone)]
        phone.reject()
        imp.reject()
        chat_id = max(win.model.chats(), key=lambda c: c.media_count).id
        viewer = win.open_chat(chat_id)
        placed(viewer)
        problems += off_screen(viewer)
        viewer.close()
        # Settings is taller than 1366x768 leaves (its body scrolls; Save stays on screen)
        win.open_settings()
        settings = win.settings_dialog
        placed(settings)
        problems += [f"settings: {p}" for p in off_screen(settings) + layout_faults(settings)]
        assert settings.save_button.isVisible()
        settings.reject()
        win.close()
        # every screen tests/ui/screens.py shows: the encryption dialog's pages, the restore
        # wizard's, the errors; each inside the screen and none squeezed below its layout
        env = make_env(tmp_path / "walk", demo_template)
        seen = []
        for name, window in iter_screens(qtbot, env):
            seen.append(name)
            top = window.window()
            placed(top)
            shot(top, f"{name}-{code}.png")
            problems += [f"{name}: {p}" for p in off_screen(top) + layout_faults(top)]
    assert {"encryption-choose-vault", "encryption-recovery-code", "import-phone-chats",
            "backup-in-progress", "main-window-reminder", "empty-state"} <= set(seen), seen
    assert sum(name.startswith("restore-") for name in seen) >= 10, seen
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("scale", ["1", "1.5"])
def test_main_window_fits_a_laptop_in_every_language(desktop, scale, tmp_path):
    """The main window in every shipped language at 1366x768: at 100 % its backup card
    beside the chat list, as before; at 150 % (911 px of screen) the card goes below the
    list where the two side by side are wider than the screen (German, Spanish, Portuguese,
    Russian needed 931-985 px), and no window's edge is off the screen."""
    env = {**os.environ, "DISPLAY": desktop, "QT_QPA_PLATFORM": "xcb", "QT_SCALE_FACTOR": scale,
           CHILD: "1", "PYTHONPATH": str(REPO)}
    env.pop("WAYLAND_DISPLAY", None)
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-s",
                          "--basetemp", str(tmp_path / "child"),
                          f"{Path(__file__).resolve()}::test_child_main_window"],
                         cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-3000:]
    assert "1 passed" in run.stdout, run.stdout[-3000:]
    stacked = {line.split()[1] for line in run.stdout.splitlines()
               if line.startswith("STACKED ")}
    if scale == "1":
        assert stacked == set(), stacked  # the wide layout is left as it was
    else:
        assert {"de", "es", "ru"} <= stacked, stacked


def test_child_main_window(qtbot, qapp, tmp_path, demo_template):
    """The main window in each language, as placed on the X server: inside the screen, no
    layout fault; the card below the list exactly when the two side by side do not fit."""
    if os.environ.get(CHILD) != "1":
        pytest.skip("runs on the X server started by test_main_window_fits_a_laptop_...")
    import shutil as sh

    from backupgui.i18n import LANGUAGES

    from .helpers import make_ctx, open_window
    from .screens import MemoryKeyring

    problems = []
    for lang in LANGUAGES:
        with themed(qapp, lang.code):
            lib = tmp_path / lang.code
            sh.copytree(demo_template, lib)
            win = open_window(qtbot, make_ctx(lib, MemoryKeyring()))
            qtbot.waitUntil(lambda w=win: w.frameGeometry().width() > w.width(),
                            timeout=10_000)
            settle(qtbot, 300)
            area = win.screen().availableGeometry()
            side = win.side_by_side_width() + win.frameGeometry().width() - win.width()
            if win.stacked != (side > area.width()):
                problems.append(f"{lang.code}: stacked={win.stacked}, side by side {side} px "
                                f"on {area.width()}")
            table, card = win.table, win.panel_scroll
            below = card.mapTo(win, card.rect().topLeft()).y() >= \
                table.mapTo(win, table.rect().bottomLeft()).y()
            if below != win.stacked:
                problems.append(f"{lang.code}: card below the list {below}, "
                                f"stacked {win.stacked}")
            if win.stacked:
                print(f"STACKED {lang.code} {side} {area.width()}")
            problems += [f"{lang.code}: {p}" for p in off_screen(win) + layout_faults(win)]
            win.close()
    assert problems == [], "\n".join(problems)
