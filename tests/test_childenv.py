"""Children of the installed app get the user's environment, not the bundle's
(backupgui.process.childenv).

The unit tests give user_environment() a bundle folder explicitly; the process tests run a real
Python child that pretends to be the frozen bundle (sys.frozen, sys._MEIPASS and the
LD_LIBRARY_PATH the PyInstaller bootloader sets), applies the module as app.main does, and
then starts real grandchildren through subprocess and QProcess, whose environment is checked.
The installed .deb is checked the same way by `backupgui --self-test` (check "children", with
QDesktopServices.openUrl under Xvfb) in packaging/linux/ci-package-test.sh.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from backupgui.process import childenv


def test_library_path_comes_back_from_orig(tmp_path):
    bundle = str(tmp_path / "bundle")
    env = {"LD_LIBRARY_PATH": f"{bundle}:/usr/local/lib", "LD_LIBRARY_PATH_ORIG": "/usr/local/lib",
           "HOME": "/home/u"}
    out = childenv.user_environment(env, bundle=bundle)
    assert out == {"LD_LIBRARY_PATH": "/usr/local/lib", "HOME": "/home/u"}


def test_library_path_removed_when_the_user_had_none(tmp_path):
    bundle = str(tmp_path / "bundle")
    out = childenv.user_environment({"LD_LIBRARY_PATH": bundle, "PATH": "/usr/bin"},
                                    bundle=bundle)
    assert "LD_LIBRARY_PATH" not in out and out["PATH"] == "/usr/bin"


def test_empty_original_value_is_kept_as_empty(tmp_path):
    bundle = str(tmp_path / "b")
    out = childenv.user_environment({"LD_LIBRARY_PATH": bundle, "LD_LIBRARY_PATH_ORIG": ""},
                                    bundle=bundle)
    assert out == {"LD_LIBRARY_PATH": ""}


def test_bundle_entries_leave_other_path_lists(tmp_path):
    bundle = tmp_path / "bundle"
    (bundle / "PySide6" / "plugins").mkdir(parents=True)
    env = {
        "QT_PLUGIN_PATH": f"{bundle}/PySide6/plugins:/usr/lib/qt6/plugins",
        "GIO_MODULE_DIR": f"{bundle}/gio",
        "XDG_DATA_DIRS": "/usr/share:/usr/local/share",
        "SSL_CERT_FILE": "/etc/ssl/certs/ca-certificates.crt",
        "_PYI_APPLICATION_HOME_DIR": str(bundle), "_MEIPASS2": str(bundle),
    }
    out = childenv.user_environment(env, bundle=str(bundle))
    assert out == {"QT_PLUGIN_PATH": "/usr/lib/qt6/plugins",
                   "XDG_DATA_DIRS": "/usr/share:/usr/local/share",
                   "SSL_CERT_FILE": "/etc/ssl/certs/ca-certificates.crt"}


def test_a_prefix_of_the_bundle_name_is_not_inside_it(tmp_path):
    bundle = tmp_path / "app"
    other = tmp_path / "app-data"
    out = childenv.user_environment({"QT_PLUGIN_PATH": str(other)}, bundle=str(bundle))
    assert out == {"QT_PLUGIN_PATH": str(other)}


def test_nothing_changes_outside_a_bundle(monkeypatch):
    monkeypatch.delattr(sys, "frozen", raising=False)
    env = {"LD_LIBRARY_PATH": "/opt/x/lib", "LD_LIBRARY_PATH_ORIG": "/y", "QT_PLUGIN_PATH": "/q"}
    assert childenv.user_environment(env) == env
    assert childenv.bundle_dir() is None


_CHILD = textwrap.dedent("""
    import json, os, sys
    sys.frozen = True
    sys._MEIPASS = os.environ["FAKE_BUNDLE"]
    from backupgui.process import childenv
    changed = childenv.apply()
    assert childenv.apply() is changed  # idempotent
    import subprocess
    seen = {}
    out = subprocess.run(["env"], capture_output=True, text=True, check=True).stdout
    seen["subprocess"] = dict(l.split("=", 1) for l in out.splitlines() if "=" in l)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QProcess
    app = QCoreApplication([])
    p = QProcess()
    p.start("env", [])
    assert p.waitForFinished(30000)
    out = bytes(p.readAllStandardOutput()).decode()
    seen["QProcess"] = dict(l.split("=", 1) for l in out.splitlines() if "=" in l)
    print(json.dumps(seen))
""")


def _run_frozen_child(tmp_path: Path, extra: dict[str, str]) -> dict[str, dict[str, str]]:
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("LD_LIBRARY_PATH")}
    env.update({"FAKE_BUNDLE": str(bundle), "QT_QPA_PLATFORM": "offscreen"})
    env.update({k: v.replace("{bundle}", str(bundle)) for k, v in extra.items()})
    r = subprocess.run([sys.executable, "-c", _CHILD], env=env, capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr
    return json.loads(r.stdout.strip().splitlines()[-1])


@pytest.mark.timeout(180)
def test_children_of_the_bundle_get_the_users_library_path(tmp_path):
    seen = _run_frozen_child(tmp_path, {
        "LD_LIBRARY_PATH": "{bundle}:/home/u/lib", "LD_LIBRARY_PATH_ORIG": "/home/u/lib",
        "QT_PLUGIN_PATH": "{bundle}/PySide6/Qt/plugins"})
    for way in ("subprocess", "QProcess"):
        env = seen[way]
        assert env.get("LD_LIBRARY_PATH") == "/home/u/lib", (way, env.get("LD_LIBRARY_PATH"))
        assert "LD_LIBRARY_PATH_ORIG" not in env and "QT_PLUGIN_PATH" not in env, way
        assert not any(str(tmp_path / "bundle") in v for k, v in env.items() if k != "FAKE_BUNDLE"), way


@pytest.mark.timeout(180)
def test_children_of_the_bundle_get_no_library_path_if_the_user_had_none(tmp_path):
    seen = _run_frozen_child(tmp_path, {"LD_LIBRARY_PATH": "{bundle}"})
    for way in ("subprocess", "QProcess"):
        assert "LD_LIBRARY_PATH" not in seen[way], (way, seen[way].get("LD_LIBRARY_PATH"))


def test_app_and_cli_apply_it_first():
    """app.main and cli.main restore the environment before anything can start a child."""
    root = Path(__file__).resolve().parent.parent / "backupgui"
    for name, func in (("app.py", "def main("), ("cli.py", "def main(")):
        src = (root / name).read_text(encoding="utf-8")
        body = src[src.index(func):]
        body = body[:body.index("\ndef ", 1)] if "\ndef " in body[1:] else body
        first_call = body.index("restore_user_environment()")
        assert "parse" not in body[:first_call] and "QApplication" not in body[:first_call], name


def test_after_apply_the_environment_is_the_users(monkeypatch, tmp_path):
    """What the self-test compares children against: os.environ once apply() ran."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setenv("LD_LIBRARY_PATH", f"{tmp_path}:/home/u/lib")
    monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", "/home/u/lib")
    monkeypatch.setattr(childenv, "_applied", None)
    monkeypatch.setattr(childenv, "_replaced", {})
    try:
        childenv.apply()
        assert os.environ["LD_LIBRARY_PATH"] == "/home/u/lib"
        assert childenv.user_environment()["LD_LIBRARY_PATH"] == "/home/u/lib"
        assert childenv.replaced()["LD_LIBRARY_PATH"] == f"{tmp_path}:/home/u/lib"
    finally:
        childenv._applied = None
