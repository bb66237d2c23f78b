"""The README's Debian line installs every system library Qt's X11 platform needs, also for
someone who keeps KWallet instead of gnome-keyring (as the README allows): each library the
installed PySide6 links (``ldd`` on its xcb platform plugin and Qt libraries, those not
shipped inside PySide6) belongs to a package in what the line's packages pull in (``apt-cache
depends --recurse``). On Debian and its kin only, with the libraries installed (CI's machine);
elsewhere it skips, saying why."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[1] / "README.md"
#: What the README lets a user leave out: "KDE users can keep KWallet instead of gnome-keyring".
OPTIONAL = {"gnome-keyring"}
#: PySide6's files whose libraries the app loads to open a window on X11.
QT_FILES = ("plugins/platforms/libqxcb.so", "lib/libQt6XcbQpa.so.6", "lib/libQt6Gui.so.6",
            "lib/libQt6Core.so.6", "lib/libQt6DBus.so.6", "lib/libQt6Widgets.so.6")


def readme_debian_packages() -> list[str]:
    row = re.search(r"^\| Debian, Ubuntu \| `sudo apt install ([^`]+)` \|$",
                    README.read_text(encoding="utf-8"), re.M)
    assert row, "README.md has no Debian row in its system packages table"
    return row.group(1).split()


def _closure(packages: list[str]) -> set[str]:
    out = subprocess.run(
        ["apt-cache", "depends", "--recurse", "--no-recommends", "--no-suggests",
         "--no-conflicts", "--no-breaks", "--no-replaces", "--no-enhances", *packages],
        capture_output=True, text=True, timeout=120, check=True).stdout
    return {line.strip("<>") for line in out.splitlines() if line and not line[0].isspace()}


def _owners(libs: set[Path]) -> dict[str, str | None]:
    """The Debian package of each library file, by its name (tried as linked and resolved,
    with and without /usr: merged /usr), in one ``dpkg -S``."""
    paths: set[str] = set()
    for lib in libs:
        for s in (str(lib), str(lib.resolve())):
            paths |= {s, s.removeprefix("/usr") if s.startswith("/usr/") else "/usr" + s}
    out = subprocess.run(["dpkg", "-S", *sorted(paths)], capture_output=True, text=True,
                         timeout=120).stdout  # (exit 1: some of the spellings are not known)
    by_path: dict[str, str] = {}
    for line in out.splitlines():
        package, _, path = line.partition(": ")
        by_path[path.strip()] = package.split(":")[0].strip()
    owners: dict[str, str | None] = {}
    for lib in libs:
        spellings = {str(lib), str(lib.resolve())}
        spellings |= {s.removeprefix("/usr") if s.startswith("/usr/") else "/usr" + s
                      for s in list(spellings)}
        owners[lib.name] = next((by_path[s] for s in sorted(spellings) if s in by_path), None)
    return owners


def _needed_libraries(qt: Path) -> tuple[set[Path], list[str]]:
    libs: set[Path] = set()
    missing: list[str] = []
    for rel in QT_FILES:
        f = qt / rel
        if not f.exists():
            continue
        for line in subprocess.run(["ldd", str(f)], capture_output=True, text=True,
                                   timeout=30).stdout.splitlines():
            m = re.match(r"\s*(\S+) => (\S+|not found)", line)
            if not m:
                continue
            if m.group(2) == "not found":
                missing.append(m.group(1))
            elif not Path(m.group(2)).resolve().is_relative_to(qt.resolve().parent):
                libs.add(Path(m.group(2)))  # (one PySide6 ships itself is not the system's)
    return libs, missing


def test_the_readme_debian_line_pulls_in_every_library_qt_links():
    if not (shutil.which("dpkg") and shutil.which("apt-cache") and shutil.which("ldd")):
        pytest.skip("not a Debian system (dpkg, apt-cache, ldd)")
    pyside = pytest.importorskip("PySide6")
    qt = Path(pyside.__file__).parent / "Qt"
    libs, missing = _needed_libraries(qt)
    if missing:
        pytest.skip(f"Qt's X11 libraries are not all installed here: {sorted(set(missing))}")
    packages = [p for p in readme_debian_packages() if p not in OPTIONAL]
    closure = _closure(packages)
    owners = _owners(libs)
    unknown = sorted(name for name, owner in owners.items() if owner is None)
    assert not unknown, f"no Debian package owns {unknown}"
    # libc and friends come with every Debian system (Essential: yes / Priority: required)
    base = set(subprocess.run(
        ["dpkg-query", "-W", "-f", "${Package} ${Essential} ${Priority}\n"],
        capture_output=True, text=True, timeout=60).stdout.splitlines())
    base_names = {b.split()[0] for b in base if " yes " in b or b.endswith(" required")}
    lacking = sorted({owner for owner in owners.values()
                      if owner not in closure and owner not in base_names})
    assert not lacking, (f"README.md's Debian line (without {sorted(OPTIONAL)}) does not pull "
                         f"in {lacking}, which PySide6's Qt links")
