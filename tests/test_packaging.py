"""Packaging: desktop entry, AppStream metainfo, icons, bundle metadata and the self-test.

The fast tests always run. The full Linux package test (PyInstaller bundle, .deb, apt install
in clean Debian 11/12/13 and Ubuntu 20.04/24.04 roots, ELF needs against Depends, installed self-test
as a normal user, GUI under Xvfb with a window manager, purge) runs only with
BACKUPGUI_PACKAGING_TEST=1, as root, through packaging/linux/ci-package-test.sh (25-50 minutes).
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


def test_metainfo_has_what_software_centres_show():
    root = ET.parse(METAINFO).getroot()
    summary = root.findtext("summary")
    assert summary and len(summary) <= 35, summary  # GNOME Software / KDE Discover cut longer
    assert root.find("content_rating").get("type") == "oars-1.1"
    assert root.findtext("developer/name") and root.find("developer").get("id")
    shots = root.findall("screenshots/screenshot")
    assert len(shots) >= 3 and sum(s.get("type") == "default" for s in shots) == 1
    prefix = "https://raw.githubusercontent.com/backupgui/backupgui/main/"
    for shot in shots:
        assert shot.findtext("caption")
        url = shot.findtext("image")
        assert url.startswith(prefix), url
        assert (REPO / url[len(prefix):]).is_file(), f"{url} is not in the repository"
    for rel in root.iter("release"):
        assert rel.find("description/p") is not None, rel.get("version")


def test_metainfo_releases_follow_the_changelog():
    import re

    changelog = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    documented = re.findall(r"^## \[([^\]]+)\] - (\d{4}-\d{2}-\d{2})", changelog, re.M)
    root = ET.parse(METAINFO).getroot()
    released = [(r.get("version"), r.get("date")) for r in root.iter("release")]
    assert released == documented, "releases in the metainfo and CHANGELOG.md differ"
    assert documented[0][0] == backupgui.__version__


def test_metainfo_validates_with_appstreamcli():
    tool = shutil.which("appstreamcli")
    if tool is None:
        pytest.skip("appstreamcli is not installed (apt-get install appstream)")
    r = subprocess.run([tool, "validate", "--no-net", str(METAINFO)], capture_output=True,
                       text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_installed_tree_validates_with_appstreamcli(tmp_path):
    """The files where build-deb.sh installs them (metainfo, desktop entry, hicolor icons), as
    a software centre finds them: ``validate-tree`` also checks that the metainfo's
    ``launchable`` desktop id is installed (a renamed desktop entry fails here)."""
    tool = shutil.which("appstreamcli")
    if tool is None:
        pytest.skip("appstreamcli is not installed (apt-get install appstream)")
    build = (LINUX / "build-deb.sh").read_text(encoding="utf-8")
    share = tmp_path / "usr" / "share"
    for src, folder, suffix in ((DESKTOP, "applications", "desktop"),
                                (METAINFO, "metainfo", "metainfo.xml")):
        assert f'"$pkgroot/usr/share/{folder}/$APP_ID.{suffix}"' in build, folder
        rel = f"{folder}/{APP_ID}.{suffix}"
        (share / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(src, share / rel)
    shutil.copytree(ICONS / "hicolor", share / "icons" / "hicolor")
    r = subprocess.run([tool, "validate-tree", "--no-net", str(tmp_path)], capture_output=True,
                       text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    (share / "applications" / f"{APP_ID}.desktop").unlink()
    r = subprocess.run([tool, "validate-tree", "--no-net", str(tmp_path)], capture_output=True,
                       text=True)
    assert r.returncode != 0 and "desktop-file-not-found" in r.stdout, r.stdout


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


def _locked(name: str, lock: str = "app.txt") -> str:
    import re

    text = (PACKAGING / "requirements" / lock).read_text(encoding="utf-8")
    m = re.search(rf"^{re.escape(name)}==([^ ;\\\n]+)", text, re.M | re.I)
    assert m, f"{name} is not in packaging/requirements/{lock}"
    return m.group(1)


def test_macos_info_plist():
    info = plistlib.loads((PACKAGING / "macos" / "Info.plist").read_bytes())
    assert info["CFBundleIdentifier"] == APP_ID
    assert info["CFBundleName"] == APP_NAME
    assert info["CFBundlePackageType"] == "APPL"
    assert info["NSHighResolutionCapable"] is True
    # The newest minimum of what the bundle carries: Qt 6.9 needs macOS 12 (6.10+: 13), the
    # google-re2 wheels of the lock macOS 13 (its wheel tags; build-dmg.sh checks every Mach-O).
    qt = tuple(int(x) for x in _locked("pyside6-essentials").split(".")[:2])
    re2 = _locked("google-re2")
    assert re2.startswith("1.1.2025"), f"check google-re2 {re2}'s macOS wheel tags, then this"
    assert info["LSMinimumSystemVersion"] == "13.0", (qt, re2)
    ent = plistlib.loads((PACKAGING / "macos" / "entitlements.plist").read_bytes())
    # Hardened runtime: only what ctypes/cffi callbacks need, nothing that weakens it more.
    assert ent.get("com.apple.security.cs.allow-unsigned-executable-memory") is True
    for weak in ("com.apple.security.cs.disable-library-validation",
                 "com.apple.security.cs.allow-dyld-environment-variables",
                 "com.apple.security.get-task-allow"):
        assert weak not in ent, weak
    sign = (PACKAGING / "macos" / "build-dmg.sh").read_text(encoding="utf-8")
    # Signed inside out; --deep only to verify, never to sign.
    assert all("--verify" in ln for ln in sign.splitlines()
               if "--deep" in ln and not ln.lstrip().startswith("#"))
    assert "--options runtime" in sign and "spctl" in sign and "stapler staple" in sign


def test_inno_setup_script_matches_the_app():
    iss = (PACKAGING / "windows" / "backupgui.iss").read_text(encoding="utf-8")
    assert f'#define AppName "{APP_NAME}"' in iss
    assert f'#define AppUserModelId "{APP_ID}"' in iss
    assert "..\\..\\resources\\icons\\backupgui.ico" in iss
    assert "desktopicon" in iss and "{autoprograms}" in iss
    # The AppId never changes (upgrades find the installed copy by it).
    assert "AppId={{6F0D3C52-7B8E-4C1B-9A57-3E2B8D1C4A90}" in iss
    assert "PrivilegesRequired=lowest" in iss  # per-user install by default
    assert "SignTool=" in iss and "SignedUninstaller=yes" in iss
    # Uninstalling removes the "start at login" value the app may have written.
    assert ('Root: HKCU; Subkey: "Software\\Microsoft\\Windows\\CurrentVersion\\Run"; '
            'ValueType: none; ValueName: "{#AppName}"; Flags: uninsdeletevalue') in iss
    from backupgui.automation import autostart

    assert autostart.RUN_KEY == "Software\\Microsoft\\Windows\\CurrentVersion\\Run"


def test_desktop_ci_workflow_builds_signs_and_tests_windows_and_macos():
    wf = (REPO / ".github" / "workflows" / "desktop.yml").read_text(encoding="utf-8")
    for needed in ("windows-", "macos-", "packaging/requirements/app.txt", "--require-hashes",
                   "signtool", "notarytool", "build-dmg.sh", "build.ps1", "spctl", "--self-test",
                   "secrets.WINDOWS_CERTIFICATE", "secrets.APPLE_TEAM_ID"):
        assert needed in wf, needed
    assert "python-version: \"3.11\"" in wf


# -- licence, metadata, locks ------------------------------------------------------------------
def test_license_is_mit_and_pyproject_says_so():
    import tomllib

    text = (REPO / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License") and "Permission is hereby granted" in text
    meta = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert meta["license"] == "MIT" and meta["license-files"] == ["LICENSE"]
    assert {"Homepage", "Source", "Issues"} <= set(meta["urls"])
    assert any(c.startswith("Topic :: System :: Archiving :: Backup") for c in meta["classifiers"])
    assert not any(c.startswith("License ::") for c in meta["classifiers"])  # SPDX instead


def _requirement_names(reqs: list[str]) -> set[str]:
    import re

    out = set()
    for r in reqs:
        name = re.match(r"[A-Za-z0-9._-]+", r).group(0).lower().replace("_", "-")
        if name != "backupgui":
            out.add(name)
    return out


def test_locks_pin_every_dependency_with_hashes():
    """packaging/requirements/*.txt hold every dependency of pyproject.toml, each with hashes
    (after changing dependencies: pip install uv && packaging/requirements/update.sh)."""
    import re
    import tomllib

    meta = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = meta["optional-dependencies"]
    wanted = {
        "app.txt": _requirement_names(meta["dependencies"]),
        "ci.txt": _requirement_names(meta["dependencies"] + extras["vault-server"]
                                     + extras["test"]),
        "build.txt": {"pyinstaller", "setuptools", "wheel"},
    }
    for lock, names in wanted.items():
        text = (PACKAGING / "requirements" / lock).read_text(encoding="utf-8")
        pins = dict(re.findall(r"^([a-z0-9._-]+)==(\S+)", text, re.M))
        missing = names - set(pins)
        assert not missing, f"{lock} lacks {sorted(missing)}: run packaging/requirements/update.sh"
        for block in re.split(r"\n(?=[a-z0-9])", text.split("\n", 2)[2]):
            if block.strip() and not block.startswith("#"):
                assert "--hash=sha256:" in block, block.splitlines()[0]
    assert _locked("pyinstaller", "build.txt") == re.search(
        r"pyinstaller==([\d.]+)", str(extras["packaging"])).group(1)


def test_desktop_bundle_carries_no_server_dependencies():
    text = (PACKAGING / "requirements" / "app.txt").read_text(encoding="utf-8").lower()
    for server_only in ("aiohttp==", "python-pkcs11==", "yarl==", "multidict==", "psycopg=="):
        assert f"\n{server_only}" not in text, server_only
    spec = (PACKAGING / "pyinstaller" / "backupgui.spec").read_text(encoding="utf-8")
    assert '"backupgui.services.vault_server"' in spec and '"aiohttp"' in spec


def test_vault_server_says_which_extra_it_needs(monkeypatch, capsys):
    import importlib.util

    from backupgui.services import vault_server

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "aiohttp" else real(name, *a))
    assert vault_server.main(["serve", "--help"]) == 2
    err = capsys.readouterr().err
    assert "pip install 'backupgui[vault-server]'" in err and "aiohttp" in err


def test_pyinstaller_spec_compiles():
    spec = PACKAGING / "pyinstaller" / "backupgui.spec"
    compile(spec.read_text(encoding="utf-8"), str(spec), "exec")


def _spec_functions(*names: str) -> dict:
    """The spec's Qt file selection (constants and pure functions), run outside PyInstaller."""
    import ast
    import re

    spec = PACKAGING / "pyinstaller" / "backupgui.spec"
    wanted = {"QT_PLUGINS", "QT_DATA_DIR", *names}
    ns: dict = {"re": re, "REPO": REPO}
    for node in ast.parse(spec.read_text(encoding="utf-8")).body:
        name = (node.name if isinstance(node, ast.FunctionDef) else
                getattr(node.targets[0], "id", "") if isinstance(node, ast.Assign) else "")
        if name in wanted:
            exec(compile(ast.Module([node], []), str(spec), "exec"), ns)
    missing = wanted - set(ns)
    assert not missing, f"{sorted(missing)} not in the spec"
    return ns


# Where PyInstaller puts PySide6's plugins and translations (PyInstaller.utils.hooks.qt:
# qt_rel_dir is PySide6 on Windows, PySide6/Qt elsewhere) and what Qt 6.9's wheels hold there.
_QT_LAYOUT = {
    "linux": ("PySide6/Qt", "lib{}.so"),
    "win32": ("PySide6", "{}.dll"),
    "darwin": ("PySide6/Qt", "lib{}.dylib"),
}
_QT_USED = {  # what each OS must keep: its window system, offscreen (self-test), SVG icons
    "linux": ["platforms/qxcb", "platforms/qwayland-generic", "platforms/qoffscreen",
              "platformthemes/qxdgdesktopportal", "networkinformation/qnetworkmanager",
              "networkinformation/qglib", "xcbglintegrations/qxcb-egl-integration",
              "wayland-shell-integration/xdg-shell", "platforminputcontexts/composeplatforminputcontextplugin",
              "iconengines/qsvgicon", "imageformats/qsvg", "imageformats/qjpeg"],
    "win32": ["platforms/qwindows", "platforms/qoffscreen", "iconengines/qsvgicon",
              "networkinformation/qnetworklistmanager", "imageformats/qsvg", "imageformats/qico"],
    "darwin": ["platforms/qcocoa", "platforms/qoffscreen", "iconengines/qsvgicon",
               "networkinformation/qscnetworkreachability", "imageformats/qsvg"],
}
_QT_UNUSED = {  # TLS backends (no Qt TLS in the app), styles (always Fusion), the rest
    "linux": ["tls/qopensslbackend", "tls/qcertonlybackend", "platforms/qeglfs",
              "platforms/qvnc", "platforms/qlinuxfb", "platforms/qminimal",
              "platformthemes/qgtk3", "sqldrivers/qsqlite", "generic/qevdevkeyboardplugin",
              "egldeviceintegrations/qeglfs-kms-integration", "imageformats/qtiff"],
    "win32": ["tls/qschannelbackend", "tls/qopensslbackend", "tls/qcertonlybackend",
              "styles/qmodernwindowsstyle", "styles/qwindowsvistastyle", "platforms/qminimal",
              "platforms/qdirect2d", "sqldrivers/qsqlite", "imageformats/qtiff",
              "generic/qtuiotouchplugin"],
    "darwin": ["tls/qsecuretransportbackend", "tls/qopensslbackend", "tls/qcertonlybackend",
               "styles/qmacstyle", "platforms/qminimal", "sqldrivers/qsqlite",
               "imageformats/qmacheif", "imageformats/qtiff"],
}


@pytest.mark.parametrize("os_name", sorted(_QT_LAYOUT))
def test_bundle_keeps_the_qt_plugins_each_os_needs_and_no_tls(os_name):
    """One spec, three layouts: on each OS the window-system plugin the app needs stays in and
    Qt's TLS backends and style plugins stay out (the macOS bundle once lost its Cocoa plugin:
    the selection only knew Linux's libq*.so names; Windows kept everything, TLS included)."""
    keep = _spec_functions("_keep_qt_plugin", "_keep_qt_file")["_keep_qt_file"]
    prefix, file = _QT_LAYOUT[os_name]
    langs = {"de", "ar", "pt_BR"}

    def plugin(rel):
        kind, name = rel.split("/")
        return f"{prefix}/plugins/{kind}/{file.format(name)}"

    for rel in _QT_USED[os_name]:
        assert keep(plugin(rel), langs), (os_name, rel)
    for rel in _QT_UNUSED[os_name]:
        assert not keep(plugin(rel), langs), (os_name, rel)
    tr = f"{prefix}/translations"
    assert keep(f"{tr}/qtbase_de.qm", langs) and keep(f"{tr}/qt_pt_BR.qm", langs)
    assert not keep(f"{tr}/qtbase_ja.qm", langs) and not keep(f"{tr}/qtmultimedia_de.qm", langs)
    # Files outside Qt's plugin and translation folders are not this selection's business.
    assert keep(f"{prefix}/{file.format('Qt6Core')}", langs) and keep("backupgui/i18n/de.qm", langs)
    if os_name == "win32":
        assert keep("PySide6\\plugins\\platforms\\qwindows.dll", langs)
        assert not keep("PySide6\\plugins\\tls\\qschannelbackend.dll", langs)


def test_bundle_leaves_out_qt_tls_plugins():
    """Qt's TLS backends stay out of every bundle; the Linux build also fails if one is there."""
    spec = (PACKAGING / "pyinstaller" / "backupgui.spec").read_text(encoding="utf-8")
    assert "tls" not in _spec_functions()["QT_PLUGINS"]
    # PyInstaller's own QtNetwork hook loads the TLS plugin to look for OpenSSL (the build's
    # "qt.tlsbackend.ossl: Incompatible version" line): ours, on the spec's hookspath, does not,
    # on every OS (the hook path is not platform-specific).
    assert 'hookspath=[str(HERE / "hooks")]' in spec
    hook = (PACKAGING / "pyinstaller" / "hooks" / "hook-PySide6.QtNetwork.py").read_text("utf-8")
    assert "add_qt6_dependencies(__file__)" in hook
    assert "collect_qtnetwork_files()" not in hook
    assert "plugins/tls" in (LINUX / "build-deb.sh").read_text(encoding="utf-8")
    # The Windows and macOS builds fail the same way if a TLS plugin got into the bundle.
    ps1 = (PACKAGING / "windows" / "build.ps1").read_text(encoding="utf-8")
    assert "_internal\\PySide6\\plugins" in ps1 and 'Test-Path "$Plugins\\tls"' in ps1
    assert "plugins/tls" in (PACKAGING / "macos" / "build-dmg.sh").read_text(encoding="utf-8")


def test_the_app_uses_fusion_so_no_style_plugin_is_needed():
    style = (REPO / "backupgui" / "ui" / "widgets" / "style.py").read_text(encoding="utf-8")
    assert 'app.setStyle("Fusion")' in style
    assert "styles" not in _spec_functions()["QT_PLUGINS"]


def test_the_app_uses_no_qt_tls():
    """What makes leaving Qt's TLS out safe: no Qt class that speaks TLS or HTTP is used;
    QtNetwork serves only the single-instance socket and the network state."""
    import re

    qt_tls = re.compile(r"\bQ(Ssl\w*|Dtls\w*|NetworkAccessManager|NetworkRequest|NetworkReply"
                        r"|RestAccessManager|RestReply|Http\w+|TcpSocket|TcpServer|UdpSocket"
                        r"|OcspResponse|AbstractSocket)\b")
    names = re.compile(r"from PySide6\.QtNetwork import (?:\(([^)]*)\)|([\w ,]+))")
    used: set[str] = set()
    for path in (REPO / "backupgui").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not qt_tls.search(text), (path, qt_tls.search(text).group(0))
        for m in names.finditer(text):
            used |= {n.strip() for n in (m.group(1) or m.group(2)).split(",") if n.strip()}
    assert used == {"QLocalServer", "QLocalSocket", "QNetworkInformation"}, used


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
    for name in ("qt", "fonts", "children", "keyring", "google", "crypto", "roundtrip"):
        assert any(ln.split()[:2] in (["OK", name], ["WARN", name]) for ln in lines), (name, out)
    assert not any(ln.startswith("FAIL") for ln in lines), out


@pytest.mark.timeout(300)
def test_backupgui_self_test_from_source_tree(tmp_path):
    """`backupgui --self-test`, through app.py's argument parsing like the installed app."""
    code = "import sys; from backupgui.app import main; sys.exit(main(['--self-test']))"
    r = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=_selftest_env(tmp_path),
                       capture_output=True, text=True, timeout=280)
    _check_selftest_output(r)
    # (offscreen, Qt said it at each window: known and harmless, so left out)
    assert "propagateSizeHints" not in r.stderr, r.stderr


_QT_MESSAGES = """
import sys
from PySide6.QtCore import qWarning
from PySide6.QtWidgets import QApplication, QWidget
from backupgui.ui import qt_messages
qt_messages.install()
app = QApplication([sys.argv[0]])
w = QWidget()
w.setMinimumSize(200, 100)
w.show()
app.processEvents()
w.setFixedSize(300, 150)  # (the offscreen platform says it here)
app.processEvents()
qWarning("This plugin does not support propagateSizeHints()")
qWarning("This plugin does not support propagateSizeHints(), and more")
qWarning("another message from Qt")
"""


@pytest.mark.timeout(120)
@pytest.mark.parametrize("platform", ["offscreen", "minimal"])
def test_qt_message_filter_drops_only_the_offscreen_line(tmp_path, platform):
    """Only that exact line, only on the offscreen platform; every other message is printed
    as Qt prints it (QT_MESSAGE_PATTERN honoured)."""
    env = {**_selftest_env(tmp_path), "QT_QPA_PLATFORM": platform,
           "QT_MESSAGE_PATTERN": "qt[%{type}] %{message}"}
    r = subprocess.run([sys.executable, "-c", _QT_MESSAGES], cwd=tmp_path, env=env,
                       capture_output=True, text=True, timeout=100)
    assert r.returncode == 0, r.stderr
    lines = r.stderr.splitlines()
    assert "qt[warning] another message from Qt" in lines, r.stderr
    assert ("qt[warning] This plugin does not support propagateSizeHints(), and more"
            in lines), r.stderr
    exact = [ln for ln in lines if ln.endswith("This plugin does not support propagateSizeHints()")]
    assert (exact == []) == (platform == "offscreen"), r.stderr


@pytest.mark.timeout(120)
def test_qt_message_filter_survives_qt_logging_at_exit(tmp_path):
    """Qt logs while the QApplication is torn down, after Python finalized: the filter's Python
    handler must be gone by then (it crashed the process with SIGSEGV, exit status 139)."""
    env = {**_selftest_env(tmp_path), "QT_LOGGING_RULES": "qt.*.debug=true"}
    r = subprocess.run([sys.executable, "-c", _QT_MESSAGES], cwd=tmp_path, env=env,
                       capture_output=True, text=True, timeout=100)
    assert r.returncode == 0, r.stderr[-3000:]
    assert "unloaded library" in r.stderr  # Qt's teardown logging did happen, after the handler


def _verdict(tmp_path: Path, name: str, r: subprocess.CompletedProcess) -> subprocess.CompletedProcess:
    (tmp_path / f"{name}.txt").write_text(r.stdout)
    (tmp_path / f"{name}.err").write_text(r.stderr)
    return subprocess.run(["bash", str(LINUX / "selftest-verdict.sh"), str(tmp_path / f"{name}.txt"),
                           str(r.returncode), str(tmp_path / f"{name}.err")],
                          capture_output=True, text=True, timeout=30)


@pytest.mark.timeout(400)
def test_selftest_verdict_judges_the_result_not_stderr(tmp_path):
    """The install test's judge (selftest-verdict.sh) on real self-test runs: Qt's debug output
    on stderr (about a thousand lines) is not a failure; a start that cannot reach its display
    (Qt aborts) and a failed check are."""
    noisy = subprocess.run(
        [sys.executable, "-m", "backupgui.selftest"], cwd=tmp_path, timeout=280,
        env={**_selftest_env(tmp_path), "QT_LOGGING_RULES": "qt.*.debug=true"},
        capture_output=True, text=True)
    assert noisy.stderr.count("\n") > 100, noisy.stderr
    v = _verdict(tmp_path, "noisy", noisy)
    assert v.returncode == 0 and v.stdout.startswith("self-test verdict: passed"), (
        v.stdout + noisy.stdout + noisy.stderr[-2000:])

    env = {**_selftest_env(tmp_path), "QT_QPA_PLATFORM": "xcb", "DISPLAY": ":1999"}
    env.pop("WAYLAND_DISPLAY", None)
    no_display = subprocess.run([sys.executable, "-m", "backupgui.selftest"], cwd=tmp_path,
                                env=env, capture_output=True, text=True, timeout=280)
    v = _verdict(tmp_path, "nodisplay", no_display)
    assert v.returncode == 1 and "FAIL" in v.stdout, v.stdout

    broken = no_display.stdout or "x"
    good = noisy.stdout.replace("OK   google", "FAIL google", 1)
    for name, text, rc in (("failed-check", good, 0), ("no-verdict", broken, 0),
                           ("status", noisy.stdout, 1)):
        r = subprocess.CompletedProcess([], rc, text, "")
        v = _verdict(tmp_path, name, r)
        assert v.returncode == 1 and v.stdout.startswith("self-test verdict: FAIL"), (name, v.stdout)


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


def test_install_test_judges_by_the_verdict_and_checks_the_depends():
    """The install test's decisions, read from the scripts (the run itself needs root and
    minutes: BACKUPGUI_PACKAGING_TEST=1)."""
    text = (LINUX / "install-test.sh").read_text(encoding="utf-8")
    assert '"$here/selftest-verdict.sh"' in text and '"$here/check-depends.sh" "$root"' in text
    # stdout (the report) and stderr (Qt's messages) are kept apart; no `2>&1` into a report.
    assert "--self-test \\\n    >\"$art/selftest-$name.txt\" 2>\"$art/selftest-$name.stderr.txt\"" in text
    assert "2>&1" not in "".join(ln for ln in text.splitlines(True) if "--self-test" in ln)
    assert "setpriv" in text and "openbox" in text and "desktop-file-validate" in text
    ci = (LINUX / "ci-package-test.sh").read_text(encoding="utf-8")
    for suite in ("bullseye", "bookworm", "trixie", "focal", "noble"):
        assert suite in ci.split("for suite in", 1)[1].splitlines()[0], suite
    for tool in ("openbox", "desktop-file-utils", "binutils", "curl", "gnupg"):
        assert tool in ci, tool
    deb = (LINUX / "build-deb.sh").read_text(encoding="utf-8")
    assert "hicolor-icon-theme" in deb.split('depends="$shlibs, ', 1)[1].splitlines()[0]


def test_depends_allow_ubuntu_20_04_libx11_xcb(tmp_path):
    """dpkg-shlibdeps on Debian 11 asks for libx11-xcb1 (>= 2:1.7.2) (no symbols file: the
    package's own version), which Ubuntu 20.04 (2:1.6.9) lacks: build-deb.sh lowers it."""
    import re

    deb = (LINUX / "build-deb.sh").read_text(encoding="utf-8")
    line = next(ln for ln in deb.splitlines() if "libx11-xcb1" in ln and "sed -E" in ln)
    script = line.split("$(", 1)[1].rsplit(")", 1)[0].replace('<<<"$shlibs"', "")
    given = "libx11-6, libx11-xcb1 (>= 2:1.7.2), libxcb-cursor0 (>= 0.0.99)"
    r = subprocess.run(["bash", "-c", script], input=given, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "libx11-6, libx11-xcb1 (>= 2:1.6.9), libxcb-cursor0 (>= 0.0.99)"
    assert re.search(r"focal", (LINUX / "ci-package-test.sh").read_text(encoding="utf-8"))


# -- the full Linux package test ---------------------------------------------------------------
@pytest.mark.timeout(4200)
@pytest.mark.skipif(os.environ.get("BACKUPGUI_PACKAGING_TEST") != "1",
                    reason="set BACKUPGUI_PACKAGING_TEST=1 to build, install and run the .deb")
def test_linux_package_builds_installs_and_starts():
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("needs Linux and root (apt-get, dpkg -i)")
    r = subprocess.run(["bash", str(LINUX / "ci-package-test.sh")], cwd=REPO,
                       capture_output=True, text=True, timeout=4000)
    assert r.returncode == 0, r.stdout[-6000:] + r.stderr[-6000:]
    assert "packaging test passed" in r.stdout


# -- autostart entries and the .deb's postrm ---------------------------------------------------
def test_autostart_entry_has_tryexec_and_the_uninstall_marker():
    from backupgui.automation import autostart

    text = autostart.desktop_entry(["/opt/backupgui/backupgui", "--minimized"])
    lines = text.splitlines()
    assert "TryExec=/opt/backupgui/backupgui" in lines  # skipped by the session once uninstalled
    assert autostart.AUTOSTART_MARKER in lines
    postrm = (LINUX / "postrm").read_text(encoding="utf-8")
    assert autostart.AUTOSTART_MARKER in postrm and autostart.desktop_file(Path("/h")).name in postrm


@pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0 or not shutil.which("setpriv"),
                    reason="the postrm drops to the entry owner's uid with setpriv (needs root)")
@pytest.mark.parametrize("action, removed", [("remove", True), ("purge", True),
                                             ("upgrade", False)])
def test_postrm_removes_only_marked_autostart_entries(tmp_path, action, removed):
    from backupgui.automation import autostart

    homes = {}
    for user in ("alice", "bob", "carol"):
        home = tmp_path / user
        (home / ".config" / "autostart").mkdir(parents=True)
        (home / ".local" / "share" / "backupgui").mkdir(parents=True)
        (home / ".local" / "share" / "backupgui" / "library.db").write_text("chats")
        homes[user] = home
    name = autostart.desktop_file(Path("/h")).name
    ours = autostart.desktop_entry(["/opt/backupgui/backupgui", "--minimized"])
    (homes["alice"] / ".config" / "autostart" / name).write_text(ours)
    (homes["bob"] / ".config" / "autostart" / name).write_text(  # not written by the app
        "[Desktop Entry]\nType=Application\nName=mine\nExec=/usr/bin/true\n")
    victim = tmp_path / "victim.desktop"
    victim.write_text(ours)
    (homes["carol"] / ".config" / "autostart" / name).symlink_to(victim)
    fakebin = tmp_path / "bin"
    fakebin.mkdir()
    passwd = "".join(f"{u}:x:{1000 + i}:{1000 + i}::{h}:/bin/sh\\n" for i, (u, h) in
                     enumerate(homes.items()))
    # Every fake user maps to root's uid for setpriv: ownership is not what is tested here.
    passwd = passwd.replace(":1000:1000:", ":0:0:").replace(":1001:1001:", ":0:0:").replace(
        ":1002:1002:", ":0:0:")
    (fakebin / "getent").write_text(f"#!/bin/sh\nprintf '{passwd}'\n")
    (fakebin / "getent").chmod(0o755)
    env = dict(os.environ, PATH=f"{fakebin}:{os.environ['PATH']}")
    r = subprocess.run(["sh", str(LINUX / "postrm"), action], env=env, capture_output=True,
                       text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert (homes["alice"] / ".config" / "autostart" / name).exists() is not removed
    assert (homes["bob"] / ".config" / "autostart" / name).exists()
    assert victim.exists() and (homes["carol"] / ".config" / "autostart" / name).is_symlink()
    for home in homes.values():
        assert (home / ".local" / "share" / "backupgui" / "library.db").read_text() == "chats"


# -- the symbol-version check of the Linux bundle ------------------------------------------------
@pytest.mark.skipif(not sys.platform.startswith("linux") or not shutil.which("readelf"),
                    reason="needs Linux and binutils' readelf")
def test_check_symbols_fails_above_the_baseline(tmp_path):
    """check-symbols.sh reads each ELF file's version needs: a program built on this machine
    needs what its glibc offers; the check passes or fails against the baseline given."""
    import re

    exe = Path(shutil.which("ls")).resolve()
    shutil.copy(exe, tmp_path / "prog")
    needs = subprocess.run(["readelf", "-V", "--wide", str(exe)], capture_output=True,
                           text=True).stdout
    top = max((tuple(int(x) for x in v.split(".")) for v in
               re.findall(r"Name: GLIBC_([0-9.]+)", needs)), default=None)
    assert top, "ls needs no versioned glibc symbol?"
    script = str(LINUX / "check-symbols.sh")
    top_s = ".".join(map(str, top))
    ok = subprocess.run(["bash", script, str(tmp_path), "--max-glibc", top_s],
                        capture_output=True, text=True)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert f"GLIBC_{top_s} is the highest needed" in ok.stdout
    below = ".".join(map(str, (top[0], top[1] - 1))) if top[1] else "1.0"
    bad = subprocess.run(["bash", script, str(tmp_path), "--max-glibc", below],
                         capture_output=True, text=True)
    assert bad.returncode == 1 and f"FAIL GLIBC_{top_s} needed (baseline {below}) by prog" in (
        bad.stdout), bad.stdout


def test_copyright_refers_to_common_licences_instead_of_repeating_them():
    sys.path.insert(0, str(LINUX))
    try:
        import copyright as dep5
    finally:
        sys.path.remove(str(LINUX))
    gpl = "\t\t    GNU GENERAL PUBLIC LICENSE\n\t\t       Version 2, June 1991\n\n Preamble ..."
    apache = "                                 Apache License\n           Version 2.0, January 2004\n"
    text = "Bootloader exception: you may ...\n\n" + gpl + "\n" * 50 + apache + "TERMS ..."
    out = dep5.shorten(text)
    assert out.startswith("Bootloader exception: you may ...")
    assert "Preamble" not in out and "TERMS" not in out
    assert "/usr/share/common-licenses/GPL-2" in out and "/usr/share/common-licenses/Apache-2.0" in out
    assert dep5.shorten("MIT License\n\nPermission is hereby granted") == (
        "MIT License\n\nPermission is hereby granted")


def test_autostart_tryexec_is_the_plain_path():
    from backupgui.automation import autostart

    lines = autostart.desktop_entry(["/opt/my apps/100%/backupgui", "--minimized"]).splitlines()
    assert "TryExec=/opt/my apps/100%/backupgui" in lines
