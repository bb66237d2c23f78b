"""No text is cut off or spills out of its widget, on every main screen, in every shipped
language, at the normal and at a large system text size (and at 200 % display scaling).

The check (tests/ui/checks.py) compares the width QFontMetrics gives each label, button,
check box, combo box, group box title, placeholder and table header with the room the style
gives it, and wrapped text with the widget's height.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from backupgui import i18n

from .checks import overflows
from .screens import iter_screens, make_env, themed

LARGE = 1.6  # 9 pt -> 14.4 pt: what "Large text" does to a desktop's default size


@pytest.mark.parametrize("scale", [1.0, LARGE], ids=["normal-text", "large-text"])
@pytest.mark.parametrize("code", i18n.CODES)
def test_no_text_is_cut_off(code, scale, qtbot, qapp, tmp_path, demo_template):
    problems = []
    seen = []
    with themed(qapp, code, scale=scale):
        env = make_env(tmp_path, demo_template)
        for name, window in iter_screens(qtbot, env):
            seen.append(name)
            problems += [f"{name}: {p}" for p in overflows(window)]
    assert len(seen) >= 20, seen
    assert problems == [], f"{code} at {scale}x text:\n" + "\n".join(problems)


@pytest.mark.skipif(os.environ.get("BACKUPGUI_SCALED_RUN") == "1", reason="is the scaled run")
def test_no_text_is_cut_off_at_200_percent_display_scaling(tmp_path):
    """QT_SCALE_FACTOR=2 must be set before Qt starts: the same check in a fresh process,
    English and Arabic (the longest script and the mirrored layout)."""
    repo = Path(__file__).resolve().parents[2]
    env = dict(os.environ, QT_SCALE_FACTOR="2", BACKUPGUI_SCALED_RUN="1",
               QT_QPA_PLATFORM="offscreen")
    r = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                        f"{Path(__file__).relative_to(repo)}::test_no_text_is_cut_off[en-normal-text]",
                        f"{Path(__file__).relative_to(repo)}::test_no_text_is_cut_off[ar-normal-text]",
                        "--basetemp", str(tmp_path / "t")],
                       cwd=repo, env=env, capture_output=True, text=True, timeout=900)
    assert r.returncode == 0, r.stdout[-4000:] + r.stderr[-2000:]
    assert "2 passed" in r.stdout, r.stdout[-2000:]


def test_the_check_finds_cut_off_text(qtbot):
    """The check is not blind: a squeezed label and button are reported, roomy ones are not."""
    w = QWidget()
    lay = QVBoxLayout(w)
    small = QLabel("A rather long label that cannot fit")
    small.setFixedWidth(60)
    wrapped = QLabel("Wrapped words in a box that is far too short for them all")
    wrapped.setWordWrap(True)
    wrapped.setFixedSize(120, 16)
    button = QPushButton("A button with a long text")
    button.setFixedWidth(50)
    fine = QLabel("OK")
    for x in (small, wrapped, button, fine):
        lay.addWidget(x)
    qtbot.addWidget(w)
    w.show()
    qtbot.wait(10)
    found = overflows(w)
    assert any("A rather long label" in p for p in found)
    assert any("Wrapped words" in p for p in found)
    assert any("A button with" in p for p in found)
    assert not any("'OK'" in p for p in found)


@pytest.mark.parametrize("code", ["en", "ar", "de", "es", "hi", "tr"])
def test_no_text_is_cut_off_at_the_smallest_window_size(code, qtbot, qapp, tmp_path,
                                                         demo_template):
    """Each screen made as small as it lets a person make it: nothing cut off or overlapping
    there either (German at the main window's minimum, during a backup: the card's folder path
    ran into the next row). ``resize(1, 1)`` is what dragging the corner gets, Qt clamps it to
    the window's minimum: an explicit minimum width can be under ``minimumSizeHint`` (the main
    window at 880 pixels cut off German text the size hint's 911 did not)."""
    from .screens import settle

    problems = []
    with themed(qapp, code):
        env = make_env(tmp_path, demo_template)
        for name, window in iter_screens(qtbot, env):
            size = window.size()
            window.resize(1, 1)
            settle(qtbot, 60)
            problems += [f"{name}: {p}" for p in overflows(window)]
            window.resize(size)
            settle(qtbot)
    assert problems == [], f"{code} at the smallest size:\n" + "\n".join(problems)
