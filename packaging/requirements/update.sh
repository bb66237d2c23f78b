#!/usr/bin/env bash
# Regenerate the lock files (exact versions + SHA-256 of every file on PyPI) from pyproject.toml:
#
#   pip install uv && packaging/requirements/update.sh
#
#   app.txt    the desktop app's dependencies: what the installers bundle (Linux, Windows, macOS)
#   ci.txt     app + the vault-server and test extras: what .ci/run installs before the tests
#   build.txt  PyInstaller and the build backend (build.in)
#   patroni.txt  the Patroni the vault's cluster tests run in its own venv (patroni.in, .ci/run;
#              Linux x86-64 only: the machines CI runs on)
#
# Each file is universal (markers for every OS) for Python 3.11, the interpreter the
# installers ship. Run it after changing dependencies in pyproject.toml; the packaging tests
# fail while a dependency is missing from the locks. Commit the result.
set -euo pipefail
cd "$(dirname "$0")"
pyproject=../../pyproject.toml
compile() {  # every lock honours the baseline constraints
  uv pip compile --quiet --universal --python-version 3.11 --generate-hashes \
    --no-emit-package backupgui -c baseline.txt --custom-compile-command "packaging/requirements/update.sh" "$@"
}
compile "$pyproject" -o app.txt
compile "$pyproject" --extra vault-server --extra test -o ci.txt
compile build.in -o build.txt
uv pip compile --quiet --python-version 3.11 --python-platform x86_64-unknown-linux-gnu \
  --generate-hashes --custom-compile-command "packaging/requirements/update.sh" patroni.in -o patroni.txt
# uv writes the paths it was given into the "via" comments: keep them independent of the
# working directory.
sed -i 's|\.\./\.\./pyproject\.toml|pyproject.toml|g' app.txt ci.txt
echo "updated: $(grep -c '^[a-z0-9]' app.txt) app, $(grep -c '^[a-z0-9]' ci.txt) ci, $(grep -c '^[a-z0-9]' build.txt) build packages"
