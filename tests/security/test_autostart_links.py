"""Start at login: the autostart entry is written without following a planted link
(docs/SECURITY.md 2.18). ``~/.config/autostart`` (or ``~/Library/LaunchAgents``) is a
folder other programs of this user write in too; a symlink at ``<name>.tmp`` made the old
``write_bytes`` write the entry into whatever file it named (here: a file standing for the
user's shell profile), and the entry came out with the umask's mode."""

from __future__ import annotations

import os
import stat

import pytest

from backupgui.automation import autostart

pytestmark = pytest.mark.skipif(os.name != "posix", reason="symlinks and modes: POSIX")
COMMAND = ["/usr/bin/backupgui", autostart.MINIMIZED]


@pytest.mark.parametrize("platform", ["linux", "darwin"])
def test_a_link_planted_at_the_tmp_name_is_not_followed(tmp_path, platform):
    home = tmp_path / "home"
    target = (autostart.launch_agent_file(home) if platform == "darwin"
              else autostart.desktop_file(home))
    target.parent.mkdir(parents=True)
    victim = tmp_path / "profile"
    victim.write_text("the user's own file\n")
    tmp = target.with_name(target.name + ".tmp")
    tmp.symlink_to(victim)

    path = autostart.enable(COMMAND, platform=platform, home=home)

    assert victim.read_text() == "the user's own file\n"
    assert not tmp.exists() and not tmp.is_symlink()
    assert path == target and not target.is_symlink() and autostart.is_enabled(
        platform=platform, home=home)
    assert b"/usr/bin/backupgui" in target.read_bytes()


def test_a_link_at_the_final_name_is_replaced_not_written_through(tmp_path):
    home = tmp_path / "home"
    target = autostart.desktop_file(home)
    target.parent.mkdir(parents=True)
    victim = tmp_path / "profile"
    victim.write_text("the user's own file\n")
    target.symlink_to(victim)

    autostart.enable(COMMAND, platform="linux", home=home)

    assert victim.read_text() == "the user's own file\n"
    assert not target.is_symlink() and autostart.AUTOSTART_MARKER in target.read_text()


def test_the_entry_and_the_folder_it_makes_are_owner_only(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    old = os.umask(0o022)
    try:
        path = autostart.enable(COMMAND, platform="linux", home=home)
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(path.parent).st_mode) == 0o700  # (autostart, made now)
    assert stat.S_IMODE(os.stat(home / ".config").st_mode) == 0o700
    autostart.disable(platform="linux", home=home)
    assert not autostart.is_enabled(platform="linux", home=home)
