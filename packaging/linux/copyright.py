"""Write the .deb's machine-readable (DEP-5) copyright file for a PyInstaller bundle.

    python copyright.py --bundle DIST/backupgui --python-license LICENSE.txt > copyright

Run with the interpreter whose environment built the bundle (packaging/linux/in-root-build.sh
does, inside the Debian 11 build root): every Python distribution whose code went into the
bundle gets a stanza with its licence from its metadata and the full text of its licence files;
Qt for Python (LGPL-3.0), the Python interpreter (PSF-2.0), PyInstaller's bootloader (GPL-2.0+
with the bootloader exception) and each Debian library copied into the bundle (with the text of
its Debian copyright file) follow. Paths are relative to the package root (opt/backupgui/...).
"""

from __future__ import annotations

import argparse
import importlib.metadata as md
import re
import subprocess
import sys
from pathlib import Path

INSTALL = "opt/backupgui"
#: Licence names (DEP-5 short names) of the Debian packages whose libraries may be bundled.
DEBIAN_LIBS = {
    "libssl1.1": "OpenSSL", "libffi7": "Expat", "libsqlite3-0": "public-domain",
    "libbz2-1.0": "BSD-variant", "liblzma5": "public-domain", "libmpdec3": "BSD-2-clause",
    "libcrypt1": "LGPL-2.1+", "libsodium23": "ISC", "libkrb5-3": "MIT-krb5",
    "libgssapi-krb5-2": "MIT-krb5", "libk5crypto3": "MIT-krb5", "libkrb5support0": "MIT-krb5",
    "libcom-err2": "MIT", "libkeyutils1": "LGPL-2+", "libnsl2": "LGPL-2.1+", "libtirpc3": "BSD-3-clause",
}
LICENSE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)[^/]*$", re.I)


def indent(text: str) -> str:
    """Text as a DEP-5 continuation block (blank lines become ' .')."""
    lines = text.replace("\t", "    ").rstrip().splitlines()
    return "\n".join(" " + ln.rstrip() if ln.strip() else " ." for ln in lines)


def short_license(dist: md.Distribution) -> str:
    meta = dist.metadata
    expr = meta.get("License-Expression")
    if expr:
        return expr.strip()
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::") and "OSI Approved" in c and c.count("::") >= 2]
    names = {
        "MIT License": "MIT", "BSD License": "BSD-3-clause", "Apache Software License": "Apache-2.0",
        "Python Software Foundation License": "PSF-2.0",
        "Mozilla Public License 2.0 (MPL 2.0)": "MPL-2.0", "ISC License (ISCL)": "ISC",
        "GNU Lesser General Public License v3 (LGPLv3)": "LGPL-3.0-only",
    }
    mapped = [names.get(c, c) for c in classifiers]
    if mapped:
        return " or ".join(dict.fromkeys(mapped))
    lic = (meta.get("License") or "").strip()
    return lic.splitlines()[0][:60] if lic and len(lic) < 200 else "other"


#: Licences whose full text Debian keeps in /usr/share/common-licenses: a copyright file names
#: the file instead of repeating the text (lintian: copyright-file-contains-full-*-license).
COMMON_LICENSES = [
    (re.compile(r"^\s*Apache License\s*\n\s*Version 2\.0, January 2004", re.M), "Apache-2.0"),
    (re.compile(r"^\s*GNU LESSER GENERAL PUBLIC LICENSE\s*\n\s*Version 3", re.M), "LGPL-3"),
    (re.compile(r"^\s*GNU LESSER GENERAL PUBLIC LICENSE\s*\n\s*Version 2\.1", re.M), "LGPL-2.1"),
    (re.compile(r"^\s*GNU GENERAL PUBLIC LICENSE\s*\n\s*Version 3", re.M), "GPL-3"),
    (re.compile(r"^\s*GNU GENERAL PUBLIC LICENSE\s*\n\s*Version 2", re.M), "GPL-2"),
    (re.compile(r"^\s*Mozilla Public License Version 2\.0", re.M), "MPL-2.0"),
]


def shorten(text: str) -> str:
    """Replace the first full common licence text in ``text`` (and everything after it, which
    may hold more of them) by Debian's references to /usr/share/common-licenses."""
    found = [(m.start(), name) for pattern, name in COMMON_LICENSES
             for m in [pattern.search(text)] if m]
    if not found:
        return text
    start = min(pos for pos, _ in found)
    names = sorted({name for _, name in found})
    refs = ", ".join(f"/usr/share/common-licenses/{n}" for n in names)
    return (text[:start].rstrip() + f"\n\nOn Debian systems, the complete text of the "
            f"licences named here ({', '.join(names)}) is in {refs}.\n")


def license_texts(dist: md.Distribution) -> str:
    texts = []
    for f in dist.files or []:
        s = str(f)
        if ".dist-info/" in s and LICENSE_FILE.search(s.rsplit("/", 1)[-1]):
            try:
                texts.append(f"--- {s.split('.dist-info/', 1)[1]} ---\n" + shorten(
                    Path(str(dist.locate_file(f))).read_text("utf-8", "replace")))
            except OSError:
                continue
    return "\n".join(texts)


def top_levels(dist: md.Distribution) -> set[str]:
    names = set()
    for f in dist.files or []:
        first = str(f).split("/", 1)[0]
        if first.endswith((".dist-info", ".egg-info")) or first in ("..", "__pycache__"):
            continue
        names.add(first.removesuffix(".py"))
    return names


def stanza(files: list[str], copyright_: str, license_: str, text: str, comment: str = "") -> str:
    out = [f"Files: {' '.join(files)}", f"Copyright: {copyright_}"]
    out.append(f"License: {license_}" + ("\n" + indent(text) if text.strip() else ""))
    if comment:
        out.append("Comment: " + comment)
    return "\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--bundle", type=Path, required=True)
    ap.add_argument("--python-license", type=Path, required=True)
    args = ap.parse_args()
    internal = args.bundle / "_internal"
    on_disk = {p.name for p in internal.iterdir()}

    parts = [
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        "Upstream-Name: backupgui\n"
        "Upstream-Contact: https://github.com/backupgui/backupgui/issues\n"
        "Source: https://github.com/backupgui/backupgui\n"
        "Comment: /opt/backupgui is a self-contained build made with PyInstaller. It bundles\n"
        " the Python interpreter, Qt for Python and the Python packages listed below (their\n"
        " pure-Python code sits in the archive inside the executable, their compiled parts\n"
        " under _internal), and libraries of Debian 11 the interpreter links. Each stanza\n"
        " carries its licence text.",
        stanza(["*"], "2026 The backupgui developers", "MIT",
               Path(__file__).resolve().parents[2].joinpath("LICENSE").read_text("utf-8")),
        stanza([f"{INSTALL}/_internal/libpython3.11.so.1.0", f"{INSTALL}/_internal/base_library.zip",
                f"{INSTALL}/_internal/lib-dynload/*"],
               "2001-2023 Python Software Foundation", "PSF-2.0",
               args.python_license.read_text("utf-8", "replace"),
               "Python 3.11 built from Debian's python3.11 source package."),
    ]
    try:
        pyi = md.distribution("pyinstaller")
        parts.append(stanza([f"{INSTALL}/backupgui"], "2005-2026 PyInstaller Development Team",
                            "GPL-2.0+ with PyInstaller bootloader exception", license_texts(pyi),
                            "The executable's bootloader; the exception allows distributing "
                            "it with any program."))
    except md.PackageNotFoundError:
        pass

    seen = set()
    dists = sorted(md.distributions(), key=lambda d: (d.metadata["Name"] or "").lower())
    for dist in dists:
        name = dist.metadata["Name"]
        key = (name or "").lower().replace("_", "-")
        if not name or key in seen or key in ("pip", "setuptools", "wheel", "pyinstaller",
                                              "pyinstaller-hooks-contrib", "altgraph",
                                              "packaging", "backupgui"):
            continue
        seen.add(key)
        tops = top_levels(dist)
        files = []
        for top in sorted(tops):
            for cand in (top, f"{top}.libs"):
                if cand in on_disk:
                    files.append(f"{INSTALL}/_internal/{cand}" + ("/*" if (internal / cand).is_dir()
                                                                   else ""))
        for extra in sorted(on_disk):  # e.g. google_re2.libs for the distribution google-re2
            if extra.endswith(".libs") and extra[:-5].replace("_", "-").lower() == key:
                files.append(f"{INSTALL}/_internal/{extra}/*")
        comment = f"{name} {dist.version}"
        if not files:
            files = [f"{INSTALL}/backupgui"]
            comment += " (pure Python, in the executable's archive)"
        author = dist.metadata.get("Author") or dist.metadata.get("Author-email") or ""
        author = author.splitlines()[0] if author else f"the {name} authors"
        lic = short_license(dist)
        text = license_texts(dist)
        if key in ("pyside6-essentials", "shiboken6"):
            lic = "LGPL-3.0-only"
            comment += ("; Qt and Qt for Python under the LGPL-3.0: the full text is in "
                        "/usr/share/common-licenses/LGPL-3; Qt's third-party parts: "
                        "https://doc.qt.io/qt-6/licenses-used-in-qt.html")
        parts.append(stanza(sorted(dict.fromkeys(files)), author, lic, text, comment))

    # Debian libraries copied from the build root (top-level lib*.so* not from a wheel).
    owned = {}
    for p in sorted(internal.glob("lib*.so*")):
        if p.name.startswith("libpython"):
            continue
        r = subprocess.run(["dpkg", "-S", f"*/{p.name}"], capture_output=True, text=True)
        if r.returncode == 0 and r.stdout:
            pkg = r.stdout.split(":", 1)[0].split(",")[0].strip()
            owned.setdefault(pkg, []).append(p.name)
    for pkg, libs in sorted(owned.items()):
        ver = subprocess.run(["dpkg-query", "-W", "-f=${Version}", pkg], capture_output=True,
                             text=True).stdout.strip()
        cfile = Path("/usr/share/doc") / pkg / "copyright"
        text = shorten(cfile.read_text("utf-8", "replace")) if cfile.is_file() else ""
        parts.append(stanza([f"{INSTALL}/_internal/{n}" for n in libs],
                            f"see the Debian copyright file of {pkg} below",
                            DEBIAN_LIBS.get(pkg, "other"), text,
                            f"from the Debian 11 package {pkg} {ver}"))
    sys.stdout.write("\n\n".join(parts) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
