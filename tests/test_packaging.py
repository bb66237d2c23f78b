"""Packaging: desktop entry, AppStream metainfo, icons, bundle metadata and the self-test.

The fast tests always run. The full Linux package test (PyInstaller bundle, .deb, dpkg -i,
installed self-test, GUI under Xvfb, purge) runs only with BACKUPGUI_PACKAGING_TEST=1, as root,
through packaging/linux/ci-package-test.sh (10-20 minutes).
"""

from __future__ import annotations

import configparser
import os
import plistlib
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import backupgui

REPO = Path(__file__).resolve().parent.parent
PACKAGING = REPO / "packaging"
LINUX = PACKAGING / "linux"
ICONS = REPO / "resources" / "icons"
APP_ID = backupgui.APP_ID
APP_NAME = backupgui.APP_NAME
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def _desktop_entry() -> configparser.SectionProxy:
    cp = configparser.ConfigParser(interpolation=None, strict=True)
    cp.optionxform = str  # keys are case-sensitive
    cp.read(DESKTOP, encoding="utf-8")
    return cp["Desktop Entry"]


# -- desktop entry ------------------------------------------------------------------------------
def test_desktop_entry_validates():
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate is not installed (apt-get install desktop-file-utils)")
    r = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True)
    assert r.returncode == 0 and not r.stdout.strip(), r.stdout + r.stderr


def test_desktop_entry_names_the_app():
    e = _desktop_entry()
    assert e["Type"] == "Application"
    assert e["Name"] == APP_NAME
    assert e["Icon"] == APP_ID  # themed icon name, installed in hicolor by build-deb.sh
    assert e["Exec"].split()[0] == f"/opt/{APP_NAME}/{APP_NAME}"
    assert e["TryExec"] == e["Exec"].split()[0]
    assert e["Terminal"] == "false"
    assert "Utility" in e["Categories"].split(";")
    # X11 WM_CLASS class = QCoreApplication.applicationName(), which app.py sets to APP_NAME.
    assert e["StartupWMClass"] == APP_NAME


def test_app_sets_the_names_the_desktop_entry_relies_on():
    """StartupWMClass (X11) and the Wayland app id come from what app.py tells Qt."""
    source = (REPO / "backupgui" / "app.py").read_text(encoding="utf-8")
    assert "setApplicationName(APP_NAME)" in source
    assert "setDesktopFileName(APP_ID)" in source
    assert DESKTOP.stem == APP_ID  # Wayland app id == desktop file name without .desktop


# -- AppStream ---------------------------------------------------------------------------------
def test_metainfo_is_well_formed_with_the_right_id():
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == APP_NAME
    launch = root.find("launchable")
    assert launch is not None and launch.text == f"{APP_ID}.desktop"
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.find("description/p") is not None
    releases = [r.get("version") for r in root.iter("release")]
    assert releases and releases[0] == backupgui.__version__, (
        "add a <release> for the new version at the top of the metainfo's <releases>")


def test_metainfo_validates_with_appstreamcli():
    tool = shutil.which("appstreamcli")
    if tool is None:
        pytest.skip("appstreamcli is not installed (apt-get install appstream)")
    r = subprocess.run([tool, "validate", "--no-net", str(METAINFO)], capture_output=True,
                       text=True)
    assert r.returncode == 0, r.stdout + r.stderr


# -- icons and bundle metadata -----------------------------------------------------------------
def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", head[16:24])


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512, 1024])
def test_hicolor_pngs_have_their_size(size):
    assert _png_size(ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png") == (size, size)


def test_ico_icns_and_window_icon():
    ico = (ICONS / "backupgui.ico").read_bytes()
    assert ico[:4] == b"\x00\x00\x01\x00" and struct.unpack("<H", ico[4:6])[0] >= 6
    icns = (ICONS / "backupgui.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    for t in (b"ic08", b"ic09", b"ic10"):  # 256, 512, 1024 px
        assert t in icns
    src = REPO / "resources" / "backupgui.svg"
    app_icons = REPO / "backupgui" / "resources" / "icons"
    assert (app_icons / "backupgui.svg").read_bytes() == src.read_bytes()
    assert (ICONS / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").read_bytes() == src.read_bytes()
    assert (app_icons / "backupgui-256.png").read_bytes() == (
        ICONS / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png").read_bytes()
    ET.parse(src)  # well-formed SVG


def test_macos_info_plist():
    info = plistlib.loads((PACKAGING / "macos" / "Info.plist").read_bytes())
    assert info["CFBundleIdentifier"] == APP_ID
    assert info["CFBundleName"] == APP_NAME
    assert info["CFBundlePackageType"] == "APPL"
    assert info["NSHighResolutionCapable"] is True
    plistlib.loads((PACKAGING / "macos" / "entitlements.plist").read_bytes())


def test_inno_setup_script_matches_the_app():
    iss = (PACKAGING / "windows" / "backupgui.iss").read_text(encoding="utf-8")
    assert f'#define AppName "{APP_NAME}"' in iss
    assert f'#define AppUserModelId "{APP_ID}"' in iss
    assert "..\\..\\resources\\icons\\backupgui.ico" in iss
    assert "desktopicon" in iss and "{autoprograms}" in iss


def test_pyinstaller_spec_compiles():
    spec = PACKAGING / "pyinstaller" / "backupgui.spec"
    compile(spec.read_text(encoding="utf-8"), str(spec), "exec")


def test_build_outputs_are_ignored():
    ignored = (PACKAGING / ".gitignore").read_text(encoding="utf-8").split()
    for pattern in ("build/", "dist/", "*.deb"):
        assert pattern in ignored


# -- self-test ---------------------------------------------------------------------------------
def _selftest_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["BACKUPGUI_CONFIG_DIR"] = str(tmp_path / "config")
    env["BACKUPGUI_SELFTEST_TRACEBACK"] = "1"
    return env


def _check_selftest_output(r: subprocess.CompletedProcess) -> None:
    out = r.stdout
    assert r.returncode == 0, out + r.stderr
    lines = out.strip().splitlines()
    assert lines[-1].startswith("OK   self-test passed"), out
    for name in ("qt", "keyring", "google", "crypto", "roundtrip"):
        assert any(ln.split()[:2] in (["OK", name], ["WARN", name]) for ln in lines), (name, out)
    assert not any(ln.startswith("FAIL") for ln in lines), out


@pytest.mark.timeout(300)
def test_backupgui_self_test_from_source_tree(tmp_path):
    """`backupgui --self-test`, through app.py's argument parsing like the installed app."""
    code = "import sys; from backupgui.app import main; sys.exit(main(['--self-test']))"
    r = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=_selftest_env(tmp_path),
                       capture_output=True, text=True, timeout=280)
    _check_selftest_output(r)


@pytest.mark.timeout(300)
def test_selftest_module_runs(tmp_path):
    r = subprocess.run([sys.executable, "-m", "backupgui.selftest"], cwd=tmp_path,
                       env=_selftest_env(tmp_path), capture_output=True, text=True, timeout=280)
    _check_selftest_output(r)


@pytest.mark.timeout(300)
def test_selftest_reports_a_failure(tmp_path):
    code = ("import sys; from backupgui import selftest\n"
            "def broken(o):\n"
            "    raise selftest.CheckFailed('simulated breakage')\n"
            "selftest.check_google = broken\n"
            "sys.exit(selftest.main([]))\n")
    r = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=_selftest_env(tmp_path),
                       capture_output=True, text=True, timeout=280)
    assert r.returncode == 1, r.stdout + r.stderr
    assert "FAIL google    simulated breakage" in r.stdout
    assert r.stdout.strip().splitlines()[-1].startswith("FAIL self-test: 1 of"), r.stdout


# -- the full Linux package test ---------------------------------------------------------------
@pytest.mark.timeout(2700)
@pytest.mark.skipif(os.environ.get("BACKUPGUI_PACKAGING_TEST") != "1",
                    reason="set BACKUPGUI_PACKAGING_TEST=1 to build, install and run the .deb")
def test_linux_package_builds_installs_and_starts():
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("needs Linux and root (apt-get, dpkg -i)")
    r = subprocess.run(["bash", str(LINUX / "ci-package-test.sh")], cwd=REPO,
                       capture_output=True, text=True, timeout=2600)
    assert r.returncode == 0, r.stdout[-6000:] + r.stderr[-6000:]
    assert "packaging test passed" in r.stdout
