"""Homes and locales as users have them: a home folder with spaces and non-ASCII letters, a
read-only home, XDG folders set elsewhere or (invalid) relative, no XDG_RUNTIME_DIR, the C and
POSIX locales with non-ASCII file names, a language the app does not ship, QT_SCALE_FACTOR=2.

Each starts the app as ``backupgui`` does (``tests/platform_probe.py`` calls
``backupgui.app.main`` and reports), offscreen, in a child with a clean environment; the C
locale case also runs the command line over non-ASCII names.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PROBE = Path(__file__).resolve().parent / "platform_probe.py"
MAIN_TITLE = "backupgui — Chat backup"


def _env(home: Path, **extra: str) -> dict[str, str]:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home),
           "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    env.update(extra)
    return {k: v for k, v in env.items() if v is not None}


def _probe(env: dict[str, str], *args: str, cwd: Path | None = None, wrap: list[str] = (),
           timeout: float = 120) -> tuple[dict, subprocess.CompletedProcess]:
    r = subprocess.run([*wrap, sys.executable, str(PROBE), *args], env=env, cwd=cwd or REPO,
                       capture_output=True, text=True, timeout=timeout)
    lines = [ln for ln in r.stdout.splitlines() if ln.startswith("PROBE ")]
    assert lines, f"the app did not come up (exit {r.returncode}):\n{r.stdout}\n{r.stderr[-3000:]}"
    return json.loads(lines[-1][6:]), r


def _files(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


def test_a_home_with_spaces_and_non_ascii_letters(tmp_path):
    home = tmp_path / "Jürgen Müller's home — ملف"
    home.mkdir()
    info, r = _probe(_env(home))
    assert r.returncode == 0, r.stderr[-3000:]
    assert info["windows"] == [MAIN_TITLE], info
    for key, rel in (("config", ".config/backupgui"), ("log", ".local/state/backupgui/log"),
                     ("library", ".local/share/backupgui/library")):
        assert info[key] == str(home / rel), (key, info[key])
    log = (home / ".local/state/backupgui/log/backupgui.log").read_text(encoding="utf-8")
    assert "starting (logs in " + str(home) in log


def _read_only(folder: Path) -> list[str]:
    """A command prefix that runs its command with ``folder`` mounted read-only (a private
    mount namespace: root ignores permission bits, not a read-only mount)."""
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        pytest.skip("needs root and unshare for a read-only mount")
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("unshare -m is not allowed here")
    q = str(folder).replace("'", "'\\''")
    return ["unshare", "-m", "sh", "-c",
            f"mount --bind '{q}' '{q}' && mount -o remount,bind,ro '{q}' && exec \"$@\"", "sh"]


def test_a_read_only_home_says_so_and_changes_nothing(tmp_path):
    """Before: a traceback on stderr (private_dir's OSError from load_settings) and no
    window; started from the menu, nothing at all."""
    home = tmp_path / "home"
    home.mkdir()
    (home / "keep.txt").write_text("x")
    before = _files(home)
    info, r = _probe(_env(home, LANG="de_DE.UTF-8"), wrap=_read_only(home))
    assert r.returncode == 1, (r.returncode, r.stderr[-2000:])
    assert "Traceback" not in r.stderr, r.stderr[-3000:]
    assert info["windows"] == ["backupgui kann nicht starten"], info
    text = info["box"][0]
    assert str(home / ".config/backupgui") in text and "schreibgeschützt" in text, text
    assert "BACKUPGUI_CONFIG_DIR" in r.stderr  # (the terminal also gets the way around it)
    assert _files(home) == before


def test_a_read_only_library_folder_says_so(tmp_path):
    """Settings writable, but the chat library's folder (here: the data home) is not."""
    home, data = tmp_path / "home", tmp_path / "data"
    home.mkdir()
    data.mkdir()
    info, r = _probe(_env(home, XDG_DATA_HOME=str(data)), wrap=_read_only(data))
    assert r.returncode == 1 and info["windows"] == ["backupgui cannot start"], info
    assert str(data / "backupgui/library") in info["box"][0] and "read-only" in info["box"][0]


def test_xdg_folders_set_elsewhere_are_used(tmp_path):
    home, xdg = tmp_path / "home", tmp_path / "xdg"
    home.mkdir()
    env = _env(home, XDG_CONFIG_HOME=str(xdg / "config"), XDG_DATA_HOME=str(xdg / "data"),
               XDG_STATE_HOME=str(xdg / "state"), XDG_CACHE_HOME=str(xdg / "cache"))
    info, r = _probe(env)
    assert r.returncode == 0 and info["windows"] == [MAIN_TITLE], (info, r.stderr[-2000:])
    assert info["config"] == str(xdg / "config/backupgui")
    assert info["log"] == str(xdg / "state/backupgui/log")
    assert info["library"] == str(xdg / "data/backupgui/library")
    assert (xdg / "state/backupgui/log/backupgui.log").is_file()
    assert not (home / ".config").exists() and not (home / ".local").exists()


def test_relative_xdg_folders_are_ignored(tmp_path):
    """The XDG spec: a relative path is invalid and ignored. Before: platformdirs took it
    relative to the folder the app was started in."""
    home, cwd = tmp_path / "home", tmp_path / "started-here"
    home.mkdir()
    cwd.mkdir()
    env = _env(home, XDG_CONFIG_HOME="rel/config", XDG_DATA_HOME="rel/data",
               XDG_STATE_HOME="rel/state", XDG_CACHE_HOME="rel/cache")
    info, r = _probe(env, cwd=cwd)
    assert r.returncode == 0 and info["windows"] == [MAIN_TITLE], (info, r.stderr[-2000:])
    assert info["config"] == str(home / ".config/backupgui")
    assert info["log"] == str(home / ".local/state/backupgui/log")
    assert info["library"] == str(home / ".local/share/backupgui/library")
    assert set(info["env"].values()) == {None}
    assert _files(cwd) == []


def test_drop_relative_xdg_keeps_absolute_entries():
    from backupgui.device.homes import drop_relative_xdg

    env = {"XDG_CONFIG_HOME": "/abs", "XDG_DATA_HOME": "rel", "XDG_CACHE_HOME": "",
           "XDG_DATA_DIRS": "/usr/local/share:share:/usr/share", "XDG_CONFIG_DIRS": "etc/xdg",
           "XDG_RUNTIME_DIR": "./run"}
    assert sorted(drop_relative_xdg(env)) == ["XDG_CONFIG_DIRS", "XDG_DATA_DIRS",
                                              "XDG_DATA_HOME", "XDG_RUNTIME_DIR"]
    assert env == {"XDG_CONFIG_HOME": "/abs", "XDG_CACHE_HOME": "",
                   "XDG_DATA_DIRS": "/usr/local/share:/usr/share"}


def test_without_xdg_runtime_dir_a_second_start_still_hands_over():
    """No XDG_RUNTIME_DIR (a su/sudo shell, some minimal sessions): the single-instance socket
    goes to a private folder of the config dir; a second start finds the first."""
    home = Path(tempfile.mkdtemp(prefix="bg-", dir="/tmp"))  # short: a socket path <= 100 bytes
    try:
        env = _env(home, PROBE_MS="20000")
        first = subprocess.Popen([sys.executable, str(PROBE)], env=env, cwd=REPO,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            sock_dir = home / ".config/backupgui/run"
            deadline = time.monotonic() + 60
            while not any(sock_dir.glob("*.sock")) and time.monotonic() < deadline:
                assert first.poll() is None, first.communicate()
                time.sleep(0.1)
            socks = list(sock_dir.glob("*.sock"))
            assert socks, "the first start made no single-instance socket"
            assert (sock_dir.stat().st_mode & 0o777) == 0o700
            second = subprocess.run([sys.executable, "-m", "backupgui"], env=env, cwd=REPO,
                                    capture_output=True, text=True, timeout=120)
            assert second.returncode == 0 and "already running" in second.stderr, second.stderr
        finally:
            first.terminate()
            out, err = first.communicate(timeout=30)
        assert "Traceback" not in err, err[-3000:]
    finally:
        shutil.rmtree(home, ignore_errors=True)


@pytest.mark.parametrize("locale_env", [{"LANG": "C"}, {"LANG": "C", "LC_ALL": "POSIX"}])
def test_c_and_posix_locales_keep_non_ascii_file_names(tmp_path, locale_env):
    home = tmp_path / "home"
    home.mkdir()
    env = _env(home, **locale_env)
    env.pop("LANG") if "LANG" not in locale_env else None
    lib = tmp_path / "Bibliothèque 日本"
    export = tmp_path / "WhatsApp Chat mit Jürgen 日本.txt"
    export.write_text("12/01/2024, 10:00 - Jürgen: Grüße aus Köln 日本\n"
                      "12/01/2024, 10:01 - Ana: ¡Olé!\n", encoding="utf-8")

    def cli(*args: str) -> subprocess.CompletedProcess:
        r = subprocess.run([sys.executable, "-m", "backupgui.cli", *args], env=env, cwd=REPO,
                           capture_output=True, timeout=300)
        assert r.returncode == 0, (args, r.stdout[-2000:], r.stderr[-2000:])
        return r

    cli("import", "--library", str(lib), str(export))
    key = cli("key", "generate").stdout.strip()
    (tmp_path / "schlüssel.txt").write_bytes(key)
    dest = tmp_path / "Sicherung – é"
    cli("backup", "--library", str(lib), "--dest", str(dest), "--key-file",
        str(tmp_path / "schlüssel.txt"), "-q")
    new = tmp_path / "Neue Bibliothek ü"
    cli("restore", "--dest", str(dest), "--library", str(new), "--key-file",
        str(tmp_path / "schlüssel.txt"), "-q")
    assert "Jürgen" in cli("chats", "--library", str(new)).stdout.decode("utf-8")
    # The app opens that library under the same locale
    info, r = _probe(env, "--library", str(new))
    assert r.returncode == 0 and info["windows"] == [MAIN_TITLE], (info, r.stderr[-2000:])
    assert info["fs_encoding"] == "utf-8"


def test_a_language_the_app_does_not_ship_falls_back_to_english_in_the_users_locale(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    info, r = _probe(_env(home, LANG="fr_FR.UTF-8"))
    assert r.returncode == 0 and info["windows"] == [MAIN_TITLE], (info, r.stderr[-2000:])
    assert info["quit"] == "&Quit"  # English words
    assert info["locale"] == "fr_FR"  # French numbers and dates
    assert info["number"] in ("1\u202f234\u202f567", "1\u00a0234\u00a0567"), info["number"]


def test_qt_scale_factor_2(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    info, r = _probe(_env(home, QT_SCALE_FACTOR="2"))
    assert r.returncode == 0 and info["windows"] == [MAIN_TITLE], (info, r.stderr[-2000:])
    assert info["ratio"] == 2.0
    assert "Traceback" not in r.stderr
