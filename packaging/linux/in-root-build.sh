#!/bin/sh
# Runs inside the Debian 11 build root (packaging/linux/build-deb.sh starts it): installs the
# locked dependencies into a venv of the root's Python 3.11, then backupgui, then runs
# PyInstaller. /src is a copy of the source tree, /out the output folder on the host.
# SOURCE_DATE_EPOCH and PYTHONHASHSEED come from build-deb.sh (reproducible builds).
set -eu
req=/src/packaging/requirements
venv=/opt/venv
key="$(cat "$req/app.txt" "$req/build.txt" /opt/python/lib/libpython3.11.so.1.0 | sha256sum | cut -c1-16)"
if [ "$(cat "$venv/.lock-key" 2>/dev/null)" != "$key" ]; then
  echo "in-root: new venv for the locked dependencies ($key)"
  rm -rf "$venv"
  /opt/python/bin/python3.11 -m venv --without-pip "$venv"
  /opt/python/bin/python3.11 /src/packaging/linux/bootstrap_pip.py "$req/build.txt" "$venv/bin/python"
  # Exactly the locked files (hash-checked), nothing resolved at build time.
  "$venv/bin/pip" install -q --disable-pip-version-check --no-deps --require-hashes \
    -r "$req/build.txt" -r "$req/app.txt"
  echo "$key" >"$venv/.lock-key"
fi
"$venv/bin/pip" check
# backupgui itself, from the copied tree (its package data included, generated files too).
"$venv/bin/pip" install -q --disable-pip-version-check --no-deps --no-build-isolation \
  --no-cache-dir --force-reinstall /src
# pip's in-tree build leftovers would shadow the installed metadata during the analysis.
rm -rf /src/build /src/backupgui.egg-info
cd /src
"$venv/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath /out/dist --workpath /out/pyinstaller packaging/pyinstaller/backupgui.spec
# The Python distributions that went into the bundle, for the copyright file.
"$venv/bin/python" /src/packaging/linux/copyright.py --bundle /out/dist/backupgui \
  --python-license /opt/python/lib/python3.11/LICENSE.txt >/out/copyright
