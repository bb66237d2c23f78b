"""Install the locked pip into a venv that has none, checking the wheel's SHA-256 first.

    python bootstrap_pip.py packaging/requirements/build.txt VENV_PYTHON

The build root's Python has no ensurepip (Debian's source drops the bundled wheels), so the
exact pip of build.txt is fetched from the package index's simple page (PIP_INDEX_URL, default
PyPI), refused unless its SHA-256 is one the lock lists, and installed from that file.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request


def main(lock: str, python: str) -> int:
    text = open(lock, encoding="utf-8").read()
    m = re.search(r"^pip==(\S+)((?:\s*\\\n\s+--hash=sha256:[0-9a-f]{64})+)", text, re.M)
    if not m:
        raise SystemExit(f"{lock} does not pin pip with hashes")
    version, hashes = m.group(1), set(re.findall(r"[0-9a-f]{64}", m.group(2)))
    index = os.environ.get("PIP_INDEX_URL", "https://pypi.org/simple").rstrip("/")
    page = urllib.request.urlopen(f"{index}/pip/", timeout=120).read().decode("utf-8")
    name = f"pip-{version}-py3-none-any.whl"
    for href in re.findall(r'href="([^"]+)"', page):
        url = urllib.parse.urljoin(f"{index}/pip/", href.replace("&amp;", "&"))
        if urllib.parse.urlparse(url).path.endswith("/" + name):
            break
    else:
        raise SystemExit(f"{name} is not on {index}/pip/")
    data = urllib.request.urlopen(url.split("#")[0], timeout=300).read()
    digest = hashlib.sha256(data).hexdigest()
    if digest not in hashes:
        raise SystemExit(f"{name}: SHA-256 {digest} is not one the lock lists")
    with tempfile.TemporaryDirectory() as tmp:
        wheel = os.path.join(tmp, name)
        with open(wheel, "wb") as fh:
            fh.write(data)
        subprocess.run([python, os.path.join(wheel, "pip"), "install", "-q", "--no-index",
                        "--no-deps", "--disable-pip-version-check", wheel], check=True)
    print(f"bootstrap_pip: pip {version} ({digest[:16]}...) installed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
