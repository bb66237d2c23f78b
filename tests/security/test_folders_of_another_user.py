"""The app's folders owned by another user are refused at start, never written in
(docs/SECURITY.md 2.18).

``sudo backupgui`` once leaves ``~/.config/backupgui`` (or the library, the logs, the cache)
owned by root; ``BACKUPGUI_CONFIG_DIR`` can name a folder someone else made under /tmp. Before,
``fileperms.private_dir`` narrowed only folders it owned and used another user's as it was:
the settings, the history and the chat library went into a folder whose owner can read and
change them. Now the app's start (a box that says which folder, whose, and what to do) and the
CLI (the same in English) refuse it before anything is made in it. Real folders chowned to
``nobody`` (needs root: CI runs as root), and a real process of ``nobody`` facing a folder of
root's (a normal user after ``sudo backupgui``).
"""

from __future__ import annotations

import json
import os
import pwd
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from backupgui.device import fileperms, homes

from ..test_platform_homes import _env, _files, _probe

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0,
                                reason="folders of another user: needs root to make them")


def _nobody() -> int:
    try:
        return pwd.getpwnam("nobody").pw_uid
    except KeyError:
        pytest.skip("no user 'nobody'")


def _plain(text: str) -> str:
    """A box's text without the isolates around names (FSI ... PDI)."""
    return text.replace("\u2068", "").replace("\u2069", "")


def _theirs(folder: Path) -> Path:
    """``folder`` made, with a file in it, and given to ``nobody`` (mode 0755)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "theirs.txt").write_text("x")
    os.chmod(folder, 0o755)
    os.chown(folder, _nobody(), -1)
    return folder


def test_private_dir_refuses_a_folder_of_another_user_and_leaves_it_as_it_is(tmp_path):
    folder = _theirs(tmp_path / "config" / "backupgui")
    with pytest.raises(fileperms.NotOurFolder) as err:
        fileperms.private_dir(folder)
    assert err.value.folder == folder and err.value.owner == "nobody"
    assert isinstance(err.value, PermissionError)  # (every "no permission" handler holds)
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o755  # (not narrowed, not taken over)
    assert sorted(p.name for p in folder.iterdir()) == ["theirs.txt"]
    link = tmp_path / "mine"
    link.symlink_to(folder)  # a link of ours to their folder: the folder counts
    with pytest.raises(fileperms.NotOurFolder):
        fileperms.private_dir(link)
    mine = fileperms.private_dir(tmp_path / "config" / "mine")  # ours: as before
    assert stat.S_IMODE(os.stat(mine).st_mode) == 0o700


def test_nothing_is_made_inside_a_folder_of_another_user(tmp_path):
    """A missing folder of the app's whose parent is another user's (``sudo backupgui``
    making ``~user/.config/backupgui``): refused, not made; a parent of root's (as /tmp) may
    hold it."""
    theirs = _theirs(tmp_path / "theirs")
    with pytest.raises(fileperms.NotOurFolder) as err:
        fileperms.private_dir(theirs / "backupgui" / "run")
    assert err.value.folder == theirs and not (theirs / "backupgui").exists()
    assert homes.unwritable([], [theirs / "backupgui"]) is not None
    assert sorted(p.name for p in theirs.iterdir()) == ["theirs.txt"]


@pytest.mark.parametrize("which", ["settings", "library"])
def test_the_start_check_refuses_it_before_writing(tmp_path, which):
    folder = _theirs(tmp_path / which)
    private, later = ([folder], []) if which == "settings" else ([], [folder])
    trouble = homes.unwritable(private, later)
    assert trouble is not None and isinstance(trouble[1], fileperms.NotOurFolder), trouble
    assert sorted(p.name for p in folder.iterdir()) == ["theirs.txt"]  # (no write test in it)
    other = homes.not_ours([tmp_path / "missing", folder])
    assert isinstance(other, fileperms.NotOurFolder) and other.folder == folder


def test_the_app_says_which_folder_whose_and_what_to_do(tmp_path):
    home = tmp_path / "home"
    config = _theirs(home / ".config" / "backupgui")  # as `sudo -E backupgui` leaves it
    before = _files(home)
    info, r = _probe(_env(home, LANG="de_DE.UTF-8"))
    assert r.returncode == 1, (r.returncode, r.stderr[-2000:])
    assert "Traceback" not in r.stderr, r.stderr[-3000:]
    assert info["windows"] == ["backupgui kann nicht starten"], info
    text = _plain(info["box"][0])
    assert str(config) in text and "nobody" in text and "anderen Benutzer" in text, text
    assert "root" in text.split("\n", 1)[1], text  # (this process is root: what root does)
    assert "belongs to another user (nobody)" in r.stderr, r.stderr
    assert _files(home) == before  # (nothing made: not the library, not the logs)


@pytest.mark.parametrize("which", ["library", "logs", "cache"])
def test_each_of_the_app_s_folders_is_checked_at_start(tmp_path, which):
    home = tmp_path / "home"
    folder = _theirs(home / {"library": ".local/share/backupgui/library",
                             "logs": ".local/state/backupgui/log",
                             "cache": ".cache/backupgui"}[which])
    info, r = _probe(_env(home))
    assert r.returncode == 1 and info["windows"] == ["backupgui cannot start"], info
    text = _plain(info["box"][0])
    assert str(folder) in text and "another user (nobody)" in text, text
    assert not (home / ".config" / "backupgui" / "backupgui.ini").exists()  # (before settings)


def test_the_cli_says_the_same_in_english_and_writes_nothing(tmp_path):
    config = _theirs(tmp_path / "shared-config")  # BACKUPGUI_CONFIG_DIR=someone else's
    home = tmp_path / "home"
    home.mkdir()
    env = _env(home, BACKUPGUI_CONFIG_DIR=str(config))
    r = subprocess.run([sys.executable, "-m", "backupgui.cli", "chats", "--library",
                        str(tmp_path / "lib")], env=env, cwd=REPO, capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 1, (r.returncode, r.stderr)
    assert f"error: {config} belongs to another user (nobody)" in r.stderr, r.stderr
    assert "running as root" in r.stderr and "without sudo" in r.stderr, r.stderr
    assert sorted(p.name for p in config.iterdir()) == ["theirs.txt"]
    assert not (tmp_path / "lib").exists()


CHILD = r"""
import json, os, sys
sys.path.insert(0, sys.argv[1])
from backupgui.device import fileperms, homes
folder = sys.argv[2]
out = {"uid": os.getuid()}
try:
    fileperms.private_dir(folder)
except fileperms.NotOurFolder as exc:
    out["refused"] = exc.owner
    out["text"], out["hint"] = homes.not_ours_text(exc)
trouble = homes.unwritable([], [__import__("pathlib").Path(folder)])
out["start"] = type(trouble[1]).__name__ if trouble else None
print(json.dumps(out))
"""


@pytest.fixture
def open_tmp():
    """A folder under the temp folder that every user may enter (pytest's is root's only)."""
    base = Path(tempfile.mkdtemp())
    os.chmod(base, 0o755)
    try:
        yield base
    finally:
        shutil.rmtree(base)


def test_a_folder_of_root_s_is_refused_to_a_normal_user(open_tmp):
    """After `sudo backupgui`: the user's own process faces a folder of root's (a real
    process of `nobody`; the system Python: the stdlib is all these modules need)."""
    _nobody()
    folder = open_tmp / "backupgui"
    folder.mkdir(mode=0o755)  # root's, as `sudo backupgui` leaves it
    (folder / "library.db").write_text("root's")
    python = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else None
    if python is None:
        pytest.skip("no system Python for a process of nobody")
    r = subprocess.run([python, "-c", CHILD, str(REPO), str(folder)], user="nobody",
                       capture_output=True, text=True, timeout=60, cwd="/",
                       env={"PATH": "/usr/bin:/bin", "HOME": "/nonexistent"})
    assert r.returncode == 0, r.stderr[-2000:]
    out = json.loads(r.stdout)
    assert out["uid"] == _nobody() and out["refused"] == "root", out
    assert out["start"] == "NotOurFolder", out
    assert "sudo chown -R nobody " + str(folder) in out["hint"], out
    assert sorted(p.name for p in folder.iterdir()) == ["library.db"]
