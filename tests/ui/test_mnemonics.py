"""Keyboard shortcuts (the underlined letter, Alt+letter) are distinct within Settings in every
shipped language: a shared letter makes the second control need a second press, and a
translator cannot see which other texts share the window (the Arabic Settings had four on one
letter, found by a new user's walkthrough)."""

from __future__ import annotations

import pytest

from backupgui.i18n import LANGUAGES

from .checks import mnemonic_clashes
from .screens import iter_screens, make_env, themed

#: The screens checked so far (the others still have clashes: docs/GUI.md, walkthrough log).
SCREENS = ("settings", "settings-drive")


@pytest.mark.parametrize("code", [lang.code for lang in LANGUAGES])
def test_no_two_controls_of_settings_share_a_keyboard_shortcut(code, qtbot, qapp, tmp_path,
                                                               demo_template):
    problems, seen = [], []
    with themed(qapp, code):
        env = make_env(tmp_path, demo_template)
        for name, window in iter_screens(qtbot, env, with_restore=False):
            if name in SCREENS:
                seen.append(name)
                problems += [f"{name}: {p}" for p in mnemonic_clashes(window)]
            if len(seen) == len(SCREENS):
                break
    assert seen == list(SCREENS)
    assert problems == [], "\n".join(problems)
