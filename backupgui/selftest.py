"""``backupgui --self-test``: a headless check that this installation can really work.

Run by the installed app (``backupgui --self-test``, dispatched from ``app.py``) or from a source
tree (``python -m backupgui.selftest``). It checks, one line each with OK/WARN/FAIL:

* qt        - Qt loads, a QApplication starts (the offscreen platform when there is no display)
              and renders a widget with text and the app icon; the image-format plugins load.
* fonts     - sample text in Latin, Cyrillic, Arabic, Devanagari, CJK and an emoji is laid out
              and drawn: every character has a glyph (no boxes) and the emoji is in colour.
* qt-xcb    - (Linux) the xcb platform plugin and the system libraries it needs can be loaded.
* children  - programs the app starts (subprocess, QProcess, and on a real display
              QDesktopServices.openUrl through a stand-in xdg-open) get the user's environment,
              not the bundle's LD_LIBRARY_PATH (backupgui.process.childenv).
* keyring   - the keyring backends this OS needs are bundled and load; which ones are usable.
              No working keyring service (e.g. no Secret Service) is a warning, not a failure.
* google    - the Drive v3 client is built offline from the bundled discovery document; the
              OAuth and TLS certificate bundles are present.
* crypto    - AES-256-GCM, HKDF-SHA256 and Argon2id give their published test vectors; zstd
              round-trips; rbcl (ristretto255, key vault client) imports and works.
* roundtrip - a small demo library is backed up to a temporary folder with a new key, verified,
              restored into an empty library and compared chat by chat, message by message,
              media file by media file.

Exit status 0 when nothing failed, 1 otherwise (the failing checks are named on the last line).
Nothing here touches the user's library, settings, keyring entries or the network.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

OK, WARN, FAIL = "OK", "WARN", "FAIL"


class CheckFailed(Exception):
    """A check found a problem; the message says what, for the user."""


@dataclass
class Outcome:
    name: str
    status: str = OK
    detail: str = ""
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0


class Report:
    """Collects outcomes and prints one line per check as soon as it is known."""

    def __init__(self, out) -> None:
        self.out = out
        self.outcomes: list[Outcome] = []

    def line(self, text: str) -> None:
        print(text, file=self.out, flush=True)

    def run(self, name: str, fn: Callable[[Outcome], str], *, timeout: float | None = None) -> None:
        o = Outcome(name)
        t0 = time.monotonic()
        try:
            if timeout is None:
                o.detail = fn(o)
            else:
                o.detail = _with_timeout(fn, o, timeout)
            if o.warnings:
                o.status = WARN
        except CheckFailed as exc:
            o.status, o.detail = FAIL, str(exc)
        except Exception as exc:  # noqa: BLE001 - any crash is a failed check, with its cause
            o.status = FAIL
            o.detail = f"{type(exc).__name__}: {exc}"
            if os.environ.get("BACKUPGUI_SELFTEST_TRACEBACK"):
                o.detail += "\n" + traceback.format_exc()
        o.seconds = time.monotonic() - t0
        self.outcomes.append(o)
        detail = o.detail
        if o.warnings:
            detail += ("; " if detail else "") + "; ".join(f"warning: {w}" for w in o.warnings)
        self.line(f"{o.status:<4} {name:<9} {detail} ({o.seconds:.1f} s)")

    @property
    def failed(self) -> list[str]:
        return [o.name for o in self.outcomes if o.status == FAIL]


def _with_timeout(fn: Callable[[Outcome], str], o: Outcome, timeout: float) -> str:
    """Run ``fn`` in a daemon thread (for calls that may block on D-Bus and the like)."""
    box: dict[str, object] = {}

    def target() -> None:
        try:
            box["value"] = fn(o)
        except BaseException as exc:  # noqa: BLE001 - re-raised in the caller's thread
            box["error"] = exc

    t = threading.Thread(target=target, name="selftest", daemon=True)
    t.start()
    t.join(timeout)
    if t.is_alive():
        raise CheckFailed(f"did not finish within {timeout:.0f} s")
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return str(box.get("value", ""))


# -- Qt ----------------------------------------------------------------------------------------
def _choose_qt_platform() -> str | None:
    """Use the offscreen platform when nothing says otherwise and there is no display."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return None
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return "offscreen"
    return None


def _icon_path(name: str) -> Path:
    from importlib import resources

    return Path(str(resources.files("backupgui.resources") / "icons" / name))


def check_qt(o: Outcome) -> str:
    _choose_qt_platform()
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import QLibraryInfo, Qt
    from PySide6.QtGui import QFontDatabase, QGuiApplication, QIcon, QImageReader
    from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QWidget

    from .ui import qt_messages

    qt_messages.install()  # (offscreen: without its one harmless line)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "backupgui"])
    platform_name = QGuiApplication.platformName()

    formats = {bytes(f).decode() for f in QImageReader.supportedImageFormats()}
    missing = {"png", "svg"} - formats
    if missing:
        raise CheckFailed(f"image formats missing: {', '.join(sorted(missing))} "
                          f"(Qt plugins in {QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)})")

    icon = QIcon(str(_icon_path("backupgui.svg")))
    if icon.pixmap(64, 64).isNull():
        raise CheckFailed("the app icon (SVG) does not render: the Qt SVG icon engine is missing")
    png = QIcon(str(_icon_path("backupgui-256.png")))
    if png.pixmap(256, 256).isNull():
        raise CheckFailed("the app icon (PNG) does not load")

    w = QWidget()
    w.setWindowTitle("backupgui self-test")
    row = QHBoxLayout(w)
    pic = QLabel()
    pic.setPixmap(icon.pixmap(64, 64))
    text = QLabel("Self-test: chats are backed up end-to-end encrypted.")
    row.addWidget(pic)
    row.addWidget(text)
    w.resize(420, 100)
    w.show()
    app.processEvents()
    img = w.grab().toImage()
    w.close()
    w.deleteLater()
    app.processEvents()
    if img.isNull() or img.width() < 100:
        raise CheckFailed("rendering a widget gave no image")
    colours = {img.pixel(x, y) for x in range(0, img.width(), 7) for y in range(0, img.height(), 7)}
    if len(colours) < 3:
        raise CheckFailed("a rendered widget came out blank")

    families = QFontDatabase.families()
    if not families:
        raise CheckFailed("no fonts found: text would not show (install fontconfig and fonts)")
    del Qt
    return (f"PySide6 {pyside_version}, platform {platform_name}, widget rendered "
            f"{img.width()}x{img.height()}, image formats png+svg, {len(families)} font families")


#: One sample per script the app must show (chat names and messages come in any of them).
FONT_SAMPLES = {
    "Latin": "Backup \u00c4\u00d6\u00dc \u00f1 \u00e7 \u0153",
    "Cyrillic": "\u0420\u0435\u0437\u0435\u0440\u0432\u043d\u0430\u044f \u043a\u043e\u043f\u0438\u044f",
    "Arabic": "\u0646\u0633\u062e\u0629 \u0627\u062d\u062a\u064a\u0627\u0637\u064a\u0629",
    "Devanagari": "\u092c\u0948\u0915\u0905\u092a \u0938\u0902\u0926\u0947\u0936",
    "CJK": "\u804a\u5929\u5907\u4efd \u30c1\u30e3\u30c3\u30c8 \ubc31\uc5c5",
    "emoji": "\U0001f600",
}


def _missing_glyphs(text: str, font) -> tuple[list[str], list[str]]:
    """(characters drawn as the missing-glyph box, fonts used) for ``text`` laid out by Qt
    with its normal font fallback."""
    from PySide6.QtGui import QTextLayout

    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100000)
    layout.endLayout()
    runs = layout.glyphRuns()
    used = sorted({r.rawFont().familyName() for r in runs})
    if not runs:
        return [text], used
    missing = []
    for run in runs:
        if 0 in list(run.glyphIndexes()):  # glyph 0 is .notdef: the box
            missing.append(run.rawFont().familyName())
    return ([text] if missing else []), used


def _coloured_pixels(text: str, font) -> int:
    """How many pixels of ``text`` drawn black on white come out in colour (a colour emoji)."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    img = QImage(96, 96, QImage.Format.Format_ARGB32)
    img.fill(QColor("white"))
    f = QFont(font)
    f.setPixelSize(48)
    p = QPainter(img)
    p.setFont(f)
    p.setPen(QColor("black"))
    p.drawText(QPointF(8, 70), text)
    p.end()
    n = 0
    for x in range(0, 96, 2):
        for y in range(0, 96, 2):
            c = img.pixelColor(x, y)
            if max(c.red(), c.green(), c.blue()) - min(c.red(), c.green(), c.blue()) > 60:
                n += 1
    return n


def check_fonts(o: Outcome) -> str:
    """Every script in FONT_SAMPLES has glyphs, and the emoji is a colour one."""
    _choose_qt_platform()
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "backupgui"])
    font = QFont()
    boxes, fonts = [], set()
    for script, text in FONT_SAMPLES.items():
        missing, used = _missing_glyphs(text, font)
        fonts.update(used)
        if missing:
            boxes.append(f"{script} ({', '.join(used) or 'no font'})")
    if boxes:
        raise CheckFailed("no glyphs for " + "; ".join(boxes) + ": install fontconfig and fonts "
                          "covering these scripts (Debian: fonts-noto-core, fonts-noto-cjk, "
                          "fonts-noto-color-emoji)")
    if _coloured_pixels(FONT_SAMPLES["emoji"], font) < 20:
        raise CheckFailed("emoji are drawn without colour: install a colour emoji font "
                          "(Debian: fonts-noto-color-emoji)")
    return (f"{', '.join(FONT_SAMPLES)}: every character has a glyph, emoji in colour "
            f"({len(fonts)} fonts: {', '.join(sorted(fonts))})")


def check_qt_xcb(o: Outcome) -> str:
    """Whether the window system plugin a Linux desktop needs can be loaded at all."""
    import ctypes

    from PySide6.QtCore import QLibraryInfo

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    found = sorted(p.name for p in plugins.glob("libq*.so")) if plugins.is_dir() else []
    xcb = plugins / "libqxcb.so"
    if not xcb.is_file():
        raise CheckFailed(f"the xcb platform plugin is missing from {plugins}")
    try:
        ctypes.CDLL(str(xcb))
    except OSError as exc:
        # The offscreen self-test still works, but double-clicking the app would not.
        o.warnings.append(f"the xcb plugin cannot load ({exc}); install the libxcb/xkbcommon "
                          "libraries the package depends on")
    names = ", ".join(n.removeprefix("libq").removesuffix(".so") for n in found)
    return f"platform plugins: {names}"


# -- child processes --------------------------------------------------------------------------
_ENV_PROBE = """#!/bin/sh
# backupgui self-test: stands in for xdg-open and records the environment it was started with.
env > "$0.env.tmp" && mv "$0.env.tmp" "$0.env"
"""


def _parse_env(text: str) -> dict[str, str]:
    env = {}
    for line in text.splitlines():
        name, sep, value = line.partition("=")
        if sep and name.replace("_", "").isalnum():
            env[name] = value
    return env


def _env_problems(env: dict[str, str], expected: dict[str, str]) -> list[str]:
    """What in a child's environment still comes from the bundle rather than the user."""
    from .process.childenv import LIBRARY_PATH_VARS, bundle_dir

    problems = []
    for var in LIBRARY_PATH_VARS:
        if env.get(var) != expected.get(var):
            problems.append(f"{var}={env.get(var)!r} (the user's: {expected.get(var)!r})")
    root = bundle_dir()
    if root:
        for name, value in env.items():
            if root in value.split(os.pathsep) or any(
                    p.startswith(root + os.sep) for p in value.split(os.pathsep)):
                if name not in ("_", "PWD", "OLDPWD") and not name.startswith("BACKUPGUI_"):
                    problems.append(f"{name} points into the bundle ({value[:80]})")
    return problems


def check_children(o: Outcome) -> str:
    """Children started through subprocess, QProcess and QDesktopServices.openUrl get the
    user's environment (the LD_LIBRARY_PATH from before the bundle, or none)."""
    import shutil
    import subprocess

    from .process import childenv

    childenv.apply()
    expected = childenv.user_environment()
    env_tool = shutil.which("env")
    if env_tool is None:
        raise CheckFailed("no 'env' program to start")
    ways = []
    r = subprocess.run([env_tool], capture_output=True, text=True, timeout=30, check=True)
    problems = [f"subprocess: {p}" for p in _env_problems(_parse_env(r.stdout), expected)]
    ways.append("subprocess")

    _choose_qt_platform()
    from PySide6.QtCore import QProcess, QUrl
    from PySide6.QtGui import QDesktopServices, QGuiApplication
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "backupgui"])
    proc = QProcess()
    proc.start(env_tool, [])
    if not proc.waitForFinished(30000):
        raise CheckFailed("QProcess could not run 'env'")
    out = bytes(proc.readAllStandardOutput()).decode("utf-8", "replace")
    problems += [f"QProcess: {p}" for p in _env_problems(_parse_env(out), expected)]
    ways.append("QProcess")

    if sys.platform.startswith("linux") and QGuiApplication.platformName() not in (
            "offscreen", "minimal"):
        # Qt opens files and URLs with the first xdg-open on PATH: put a stand-in first for
        # the duration of this check (the user's PATH comes back afterwards).
        with tempfile.TemporaryDirectory(prefix="backupgui-selftest-") as tmp:
            probe = Path(tmp) / "xdg-open"
            probe.write_text(_ENV_PROBE, encoding="utf-8")
            probe.chmod(0o700)
            old_path = os.environ.get("PATH", "")
            os.environ["PATH"] = tmp + os.pathsep + old_path
            try:
                if not QDesktopServices.openUrl(QUrl.fromLocalFile(tmp)):
                    raise CheckFailed("QDesktopServices.openUrl did not start xdg-open")
                result = Path(str(probe) + ".env")
                deadline = time.monotonic() + 30
                while not result.exists() and time.monotonic() < deadline:
                    app.processEvents()
                    time.sleep(0.05)
                if not result.exists():
                    raise CheckFailed("the program QDesktopServices.openUrl started never ran")
                seen = _parse_env(result.read_text(encoding="utf-8", errors="replace"))
            finally:
                os.environ["PATH"] = old_path
        problems += [f"openUrl: {p}" for p in _env_problems(seen, expected)]
        ways.append("QDesktopServices.openUrl")
    else:
        o.warnings.append(f"QDesktopServices.openUrl not checked on the "
                          f"{QGuiApplication.platformName()} platform (needs a display)")
    if problems:
        raise CheckFailed("; ".join(problems))
    lib = expected.get("LD_LIBRARY_PATH")
    bundle_value = childenv.replaced().get("LD_LIBRARY_PATH")
    was = f", not the bundle's {bundle_value!r}" if bundle_value else ""
    return (f"{', '.join(ways)}: children get the user's environment "
            f"(LD_LIBRARY_PATH {'unset' if lib is None else repr(lib)}{was})")


# -- keyring -----------------------------------------------------------------------------------
#: The keyring backend each OS needs (entry-point names of the ``keyring`` package).
NATIVE_KEYRING = {"linux": "SecretService", "win32": "Windows", "darwin": "macOS"}


def check_keyring(o: Outcome) -> str:
    from importlib import metadata

    import keyring
    import keyring.backend

    from .device.keystore import KeyStore

    eps = {ep.name: ep for ep in metadata.entry_points(group="keyring.backends")}
    if not eps:
        raise CheckFailed("keyring has no backends (its package metadata was not bundled)")
    loaded, broken = [], []
    for name, ep in sorted(eps.items()):
        try:
            ep.load()
            loaded.append(name)
        except Exception as exc:  # noqa: BLE001 - report which backend and why
            broken.append(f"{name} ({type(exc).__name__}: {exc})")
    key = "linux" if sys.platform.startswith("linux") else sys.platform
    native = NATIVE_KEYRING.get(key)
    if native and native not in loaded:
        why = next((b for b in broken if b.startswith(native)), "not bundled")
        raise CheckFailed(f"the {native} keyring backend does not load: {why}")
    viable = []
    for b in keyring.backend.get_all_keyring():
        try:
            prio = float(b.priority)
        except Exception:  # noqa: BLE001 - some backends compute priority lazily
            continue
        if prio > 0 and type(b).__module__ not in ("keyring.backends.fail",
                                                   "keyring.backends.chainer"):
            viable.append(f"{type(b).__module__.rsplit('.', 1)[-1]}.{type(b).__name__}")
    status = KeyStore().status()
    if not status.available:
        o.warnings.append(f"no usable keyring ({status.reason}); the app will ask for the "
                          "password or key at each backup")
    text = f"backends loaded: {', '.join(loaded)}; working: {', '.join(viable) or 'none'}; "
    in_use = keyring.get_keyring()
    text += f"in use: {type(in_use).__module__.rsplit('.', 1)[-1]}.{type(in_use).__name__}"
    text += "" if status.available else " (not usable)"
    if broken:
        text += f"; not loaded: {', '.join(broken)}"
    return text


# -- Google client ----------------------------------------------------------------------------
def check_google(o: Outcome) -> str:
    from importlib import resources

    import google_auth_httplib2  # noqa: F401 - the transport the Drive client uses
    import google_auth_oauthlib.flow  # noqa: F401 - the sign-in flow
    import httplib2
    import httplib2.certs

    from .destinations.gdrive import build_service

    doc = resources.files("googleapiclient") / "discovery_cache" / "documents" / "drive.v3.json"
    if not doc.is_file():
        raise CheckFailed("googleapiclient's discovery document drive.v3.json is not bundled")
    service = build_service("https://www.googleapis.com/", httplib2.Http())
    req = service.files().list(pageSize=1, fields="files(id)")  # built, never executed
    if not req.uri.startswith("https://www.googleapis.com/drive/v3/files"):
        raise CheckFailed(f"the Drive client builds unexpected requests ({req.uri})")
    cas = httplib2.certs.where()
    if not os.path.isfile(cas):
        raise CheckFailed(f"httplib2's CA certificates are missing ({cas})")
    try:
        import certifi

        if not os.path.isfile(certifi.where()):
            raise CheckFailed(f"certifi's CA certificates are missing ({certifi.where()})")
    except ImportError:
        pass
    try:
        import backupgui.destinations.google_auth  # noqa: F401 - sign-in module, if present
    except ModuleNotFoundError as exc:
        if exc.name != "backupgui.destinations.google_auth":
            raise
    from googleapiclient.version import __version__ as gac_version

    return (f"google-api-python-client {gac_version}: Drive v3 built offline from the bundled "
            "discovery document; OAuth flow and CA certificates present")


# -- crypto ------------------------------------------------------------------------------------
def check_crypto(o: Outcome) -> str:
    import cryptography
    import zstandard
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    from .format.compress import compress, decompress

    # AES-256-GCM, test case 14 of the GCM specification (McGrew & Viega).
    ct = AESGCM(bytes(32)).encrypt(bytes(12), bytes(16), None)
    if ct.hex() != "cea7403d4d606b6e074ec5d3baf39d18d0d1c8a799996bf0265b98b5d48ab919":
        raise CheckFailed("AES-256-GCM gives a wrong result")
    if AESGCM(bytes(32)).decrypt(bytes(12), ct, None) != bytes(16):
        raise CheckFailed("AES-256-GCM does not decrypt")
    # HKDF-SHA256, RFC 5869 test case 1.
    okm = HKDF(hashes.SHA256(), 42, bytes(range(13)), bytes(range(0xF0, 0xFA))).derive(b"\x0b" * 22)
    if okm.hex() != ("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf"
                     "34007208d5b887185865"):
        raise CheckFailed("HKDF-SHA256 gives a wrong result")
    # Argon2id, RFC 9106 section 5.3.
    tag = Argon2id(salt=b"\x02" * 16, length=32, iterations=3, lanes=4, memory_cost=32,
                   ad=b"\x04" * 12, secret=b"\x03" * 8).derive(b"\x01" * 32)
    if tag.hex() != "0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659":
        raise CheckFailed("Argon2id gives a wrong result")
    data = b"backupgui self-test " * 4096
    packed = compress(data)
    if decompress(packed, len(data)) != data or len(packed) >= len(data) // 10:
        raise CheckFailed("zstd does not round-trip")
    parts = [f"cryptography {cryptography.__version__}: AES-256-GCM, HKDF-SHA256, Argon2id "
             f"match test vectors; zstd {zstandard.__version__} round-trips"]
    from .format.canonical import match_canonical_blob

    # RE2 (compiled code in the bundle) checks message blobs, UTF-8 included.
    blob = (b'{"chat":"c","messages":[{"id":"a","kind":"text","sender":null,"text":"%s",'
            b'"ts":1}],"month":"2020-01","v":1}')
    if match_canonical_blob(blob % "\u00e9\U0001f600".encode()) != ("c", 1) or (
            match_canonical_blob(blob % b"\xc3") is not None):
        raise CheckFailed("the message blob check (RE2) gives a wrong result")
    parts.append("RE2 blob check ok")
    try:
        from .vault import sodium

        rbcl = sodium.load()
    except ModuleNotFoundError:
        o.warnings.append("rbcl is not installed (the key vault mode is unavailable)")
    except ImportError as exc:  # installed, but libsodium cannot be loaded from any place
        o.warnings.append(f"{exc} (the key vault mode is unavailable)")
    else:
        from .vault import oprf

        s = oprf.random_scalar()
        point = oprf.scalar_mult_base(s)
        if not rbcl.crypto_core_ristretto255_is_valid_point(point):
            raise CheckFailed("rbcl's ristretto255 gives invalid points")
        parts.append("rbcl ristretto255 ok")
    return "; ".join(parts)


# -- backup round trip -------------------------------------------------------------------------
def _library_digest(root: Path) -> tuple[int, int, int, str]:
    """(chats, messages, media files, sha256 over everything a restore must reproduce)."""
    from .library.store import Library

    h = hashlib.sha256()
    n_msgs = n_media = 0
    with Library(root, create=False) as lib:
        ids = lib.chat_ids()
        for cid in ids:
            h.update(repr(lib.chat(cid)).encode())
            for m in lib.messages(cid):
                n_msgs += 1
                h.update(repr(m).encode())
                for r in m.media:
                    p = lib.media_path(r.sha256)
                    if not p.is_file():
                        raise CheckFailed(f"media file {r.sha256[:12]} is missing in {root.name}")
                    got = hashlib.sha256(p.read_bytes()).hexdigest()
                    h.update(got.encode())
                    n_media += 1
    return len(ids), n_msgs, n_media, h.hexdigest()


def check_roundtrip(o: Outcome) -> str:
    from .crypto.keys import generate_key
    from .crypto.material import RawKey
    from .destinations.folder import FolderDestination
    from .engine import BackupRequest, RestoreRequest, VerifyRequest, backup, restore, verify
    from .library.demo import create_demo_library

    with tempfile.TemporaryDirectory(prefix="backupgui-selftest-") as tmp:
        root = Path(tmp)
        src, dst, out = root / "library", root / "destination", root / "restored"
        create_demo_library(src, chats=2, media_mb=0.2)
        key = RawKey(generate_key())
        b = backup(BackupRequest(src, FolderDestination(dst), key, device_name="self-test"))
        v = verify(VerifyRequest(FolderDestination(dst), key))
        restore(RestoreRequest(FolderDestination(dst), out, key))
        before, after = _library_digest(src), _library_digest(out)
        if before != after:
            raise CheckFailed(f"the restored library differs from the original "
                              f"(chats/messages/media {before[:3]} vs {after[:3]})")
        stored = b"".join(p.read_bytes()[:4096] for p in dst.rglob("*") if p.is_file())
        if b"Self-test" in stored or not stored:
            raise CheckFailed("the destination does not look encrypted")
    return (f"{before[0]} chats, {before[1]} messages, {before[2]} media files: backup "
            f"{b.snapshot_id} ({b.uploaded_bytes // 1024} KiB) -> verify {v.packs} packs "
            f"-> restore -> identical")


# -- entry point -------------------------------------------------------------------------------
def _output():
    """stdout, or a file in the log directory for a windowed app without a console."""
    if sys.stdout is not None:
        return sys.stdout, None
    from .device.settings import log_dir

    path = log_dir() / "selftest.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    return open(path, "w", encoding="utf-8"), path  # noqa: SIM115 - closed in run()


def run(out=None) -> int:
    from . import APP_ID, APP_NAME, __version__

    report = Report(out or sys.stdout)
    frozen = "installed bundle" if getattr(sys, "frozen", False) else "Python environment"
    report.line(f"{APP_NAME} {__version__} ({APP_ID}) self-test: {frozen} at "
                f"{Path(sys.executable).parent}; Python {platform.python_version()}, "
                f"{platform.system()} {platform.machine()}")
    report.run("qt", check_qt)
    report.run("fonts", check_fonts)
    if sys.platform.startswith("linux"):
        report.run("qt-xcb", check_qt_xcb)
    if os.name == "posix":
        report.run("children", check_children)
    report.run("keyring", check_keyring, timeout=30)
    report.run("google", check_google)
    report.run("crypto", check_crypto)
    report.run("roundtrip", check_roundtrip)
    warned = sum(o.status == WARN for o in report.outcomes)
    if report.failed:
        report.line(f"FAIL self-test: {len(report.failed)} of {len(report.outcomes)} checks "
                    f"failed: {', '.join(report.failed)}")
        return 1
    report.line(f"OK   self-test passed: {len(report.outcomes)} checks"
                + (f", {warned} with warnings" if warned else ""))
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run every check; 0 if all passed (warnings allowed), 1 if any failed."""
    parser = argparse.ArgumentParser(prog="backupgui --self-test", description=__doc__.split("\n")[0])
    parser.add_argument("--self-test", action="store_true", help=argparse.SUPPRESS)
    parser.parse_known_args(sys.argv[1:] if argv is None else argv)
    out, path = _output()
    try:
        return run(out)
    finally:
        if path is not None:
            out.close()


if __name__ == "__main__":
    sys.exit(main())
