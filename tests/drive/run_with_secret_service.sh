#!/usr/bin/env bash
# Run a command (default: the Drive tests) inside a private D-Bus session with an unlocked
# gnome-keyring login keyring, so keyring tests hit a real Secret Service.
#   tests/drive/run_with_secret_service.sh                      # python3 -m pytest tests/drive
#   tests/drive/run_with_secret_service.sh python3 -m pytest -k keyring tests/drive
# Needs: apt-get install dbus gnome-keyring (libsecret-tools for secret-tool, optional).
# The pytest fixture starts its own bus when none is usable, so this script is optional; it is
# the way to run the tests against a desktop-like session (and how to debug with secret-tool).
set -euo pipefail
if [ "$#" -eq 0 ]; then set -- python3 -m pytest tests/drive; fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -m 700 "$tmp/run"
export HOME_FOR_KEYRING="$tmp/home" XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$HOME_FOR_KEYRING"
exec dbus-run-session -- bash -c '
  printf "test-login-password" | HOME="$HOME_FOR_KEYRING" XDG_DATA_HOME="$HOME_FOR_KEYRING/.local/share" \
    gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec "$@"' bash "$@"
