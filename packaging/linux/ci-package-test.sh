#!/usr/bin/env bash
# CI for the Linux package: build the bundle and the .deb, install it for real, check it.
#
#   packaging/linux/ci-package-test.sh
#
# 1. installs its own tools (apt: xvfb, xdotool, imagemagick, x11-utils, dpkg-dev, fakeroot,
#    desktop-file-utils, appstream; pip: pyinstaller) and backupgui itself (pip install -e .)
# 2. validates the desktop entry and the AppStream metainfo
# 3. builds the PyInstaller bundle and the .deb (packaging/linux/build-deb.sh)
# 4. installs the .deb with dpkg -i (after apt-get installing its declared Depends)
# 5. runs the installed `backupgui --self-test` with QT_QPA_PLATFORM=offscreen
# 6. starts the GUI through the installed desktop entry's Exec line under Xvfb, waits for a
#    window whose WM_CLASS matches StartupWMClass, checks its title, saves a screenshot
# 7. purges the package and checks that the user's data, settings and logs are still there
# Artifacts (self-test output, app log, screenshot) go to packaging/build/ci/. Runs as root
# (dpkg -i) on Debian/Ubuntu. Every step runs in a throw-away HOME, never the real one.
set -euo pipefail
t_start=$(date +%s)
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
cd "$repo"
export DEBIAN_FRONTEND=noninteractive PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_ROOT_USER_ACTION=ignore
PYINSTALLER_VERSION="${PYINSTALLER_VERSION:-6.22.3}"
APP_ID="io.github.backupgui.BackupGUI"
art="$repo/packaging/build/ci"
rm -rf "$art"
mkdir -p "$art"

step() { echo "== [$(( $(date +%s) - t_start ))s] $*"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

xvfb_pid="" app_pid="" home=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  [ -n "$home" ] && rm -rf "$home" || true
}
trap cleanup EXIT

[ "$(id -u)" = 0 ] || fail "run as root (it installs packages and the .deb)"

# -- 1. tools ------------------------------------------------------------------------------
step "installing tools"
apt-get update -qq
apt-get install -y -qq --no-install-recommends \
  xvfb xauth xdotool x11-utils imagemagick dpkg-dev fakeroot desktop-file-utils appstream \
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0 \
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 \
  libxcb-render-util0 libxcb-image0 fonts-dejavu-core >/dev/null
python3 -m pip install -q "pyinstaller==$PYINSTALLER_VERSION"
python3 -m pip install -q -e .
read -r APP_NAME VERSION < <(python3 -c 'import backupgui as b; print(b.APP_NAME, b.__version__)')
echo "backupgui $VERSION, PyInstaller $(python3 -m PyInstaller --version)"

# -- 2. metadata files ---------------------------------------------------------------------
step "validating the desktop entry and the metainfo"
desktop_src="$here/$APP_ID.desktop"
desktop-file-validate "$desktop_src"
appstreamcli validate --no-net --pedantic "$here/$APP_ID.metainfo.xml" >"$art/appstream.txt" 2>&1 \
  || { cat "$art/appstream.txt"; fail "the metainfo does not validate"; }

# -- 3. build -------------------------------------------------------------------------------
step "building the bundle and the .deb"
t_build=$(date +%s)
packaging/linux/build-deb.sh
deb="$(ls -t packaging/dist/"${APP_NAME}"_*.deb | head -n1)"
echo "built $deb in $(( $(date +%s) - t_build ))s"

# -- 4. install -----------------------------------------------------------------------------
step "installing $deb with dpkg -i"
depends="$(dpkg-deb -f "$deb" Depends | sed 's/([^)]*)//g; s/,/ /g')"
# shellcheck disable=SC2086 # one word per package
apt-get install -y -qq --no-install-recommends $depends >/dev/null
dpkg -i "$deb"
dpkg -s "$APP_NAME" | grep -q '^Status: install ok installed' || fail "dpkg did not install it"
for f in "/opt/$APP_NAME/$APP_NAME" "/opt/$APP_NAME/$APP_NAME-cli" "/usr/bin/$APP_NAME" \
  "/usr/share/applications/$APP_ID.desktop" "/usr/share/metainfo/$APP_ID.metainfo.xml" \
  "/usr/share/icons/hicolor/256x256/apps/$APP_ID.png" \
  "/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"; do
  [ -e "$f" ] || fail "the package did not install $f"
done
for exe in "$APP_NAME" "$APP_NAME-cli"; do
  out="$("/usr/bin/$exe" --version 2>&1)" || fail "$exe --version failed: $out"
  grep -qF "$VERSION" <<<"$out" || fail "$exe --version says \"$out\", not $VERSION"
done

# A clean user: its own HOME and XDG dirs, no session bus (so no Secret Service: a warning).
home="$(mktemp -d /tmp/backupgui-ci-home.XXXXXX)"
user_env=(env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
  HOME="$home" LANG=C.UTF-8 XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share"
  XDG_STATE_HOME="$home/.local/state" XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/run")
mkdir -p "$home/run" && chmod 700 "$home/run"

# -- 5. self-test ---------------------------------------------------------------------------
step "running the installed backupgui --self-test (offscreen)"
set +e
"${user_env[@]}" QT_QPA_PLATFORM=offscreen timeout 300 "/usr/bin/$APP_NAME" --self-test \
  >"$art/selftest.txt" 2>"$art/selftest-stderr.txt"
rc=$?
set -e
cat "$art/selftest.txt"
[ "$rc" = 0 ] || { cat "$art/selftest-stderr.txt"; fail "the installed self-test exited $rc"; }
grep -q "^OK   self-test passed" "$art/selftest.txt" || fail "the self-test printed no verdict"

# -- 6. the GUI through the desktop entry ---------------------------------------------------
step "starting the GUI from the desktop entry under Xvfb"
desktop="/usr/share/applications/$APP_ID.desktop"
exec_line="$(sed -n 's/^Exec=//p' "$desktop" | head -n1)"
wm_class="$(sed -n 's/^StartupWMClass=//p' "$desktop" | head -n1)"
[ -n "$exec_line" ] && [ -n "$wm_class" ] || fail "the desktop entry lacks Exec or StartupWMClass"
# Field codes (%f %U ...) expand to nothing when no file is given.
read -r -a cmd <<<"$(sed 's/ %[a-zA-Z]//g' <<<"$exec_line")"
echo "Exec: ${cmd[*]}; StartupWMClass: $wm_class"

display=""
for n in $(seq 91 120); do
  [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || { display=":$n"; break; }
done
[ -n "$display" ] || fail "no free X display number"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$art/xvfb.txt" 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do xdpyinfo -display "$display" >/dev/null 2>&1 && break; sleep 0.2; done
xdpyinfo -display "$display" >/dev/null 2>&1 || fail "Xvfb did not start"

"${user_env[@]}" DISPLAY="$display" "${cmd[@]}" >"$art/app-stdout.txt" 2>"$art/app-stderr.txt" &
app_pid=$!
win=""
for _ in $(seq 120); do
  kill -0 "$app_pid" 2>/dev/null || { cat "$art/app-stderr.txt"; fail "the app exited early"; }
  win="$(DISPLAY="$display" xdotool search --onlyvisible --class "^${wm_class}\$" 2>/dev/null \
    | head -n1 || true)"
  [ -n "$win" ] && break
  sleep 0.5
done
[ -n "$win" ] || { cat "$art/app-stderr.txt"; fail "no visible window with class $wm_class in 60 s"; }
sleep 3  # let it finish painting
wm_prop="$(DISPLAY="$display" xprop -id "$win" WM_CLASS)"
title="$(DISPLAY="$display" xdotool getwindowname "$win")"
geometry="$(DISPLAY="$display" xdotool getwindowgeometry "$win" | sed -n 's/.*Geometry: //p')"
echo "window $win: $wm_prop; title \"$title\"; size $geometry"
grep -qF "\"$wm_class\"" <<<"$wm_prop" || fail "WM_CLASS does not contain $wm_class"
grep -qi "backupgui" <<<"$title" || fail "unexpected window title \"$title\""
DISPLAY="$display" xprop -id "$win" _NET_WM_ICON >"$art/wm-icon.txt" 2>&1 || true
grep -q '^_NET_WM_ICON(CARDINAL) =' "$art/wm-icon.txt" || fail "the window has no icon (_NET_WM_ICON)"
DISPLAY="$display" import -window root "$art/screenshot.png"
colours="$(identify -format '%k' "$art/screenshot.png")"
echo "screenshot: $art/screenshot.png ($colours colours)"
[ "$colours" -gt 50 ] || fail "the screenshot is (nearly) blank"
kill -0 "$app_pid" 2>/dev/null || fail "the app died after showing its window"
kill "$app_pid"
for _ in $(seq 20); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.5; done
kill -9 "$app_pid" 2>/dev/null || true
app_pid=""
kill "$xvfb_pid" 2>/dev/null || true
xvfb_pid=""

# -- 7. uninstall leaves the user's data -----------------------------------------------------
step "purging the package; the user's files must stay"
data_dir="$home/.local/share/$APP_NAME"
mkdir -p "$data_dir/library"
echo "keep me" >"$data_dir/library/ci-marker.txt"
find "$home" -type f | sed "s|^$home|~|" | sort >"$art/user-files-before.txt"
dpkg --purge "$APP_NAME"
for f in "/opt/$APP_NAME" "/usr/bin/$APP_NAME" "/usr/share/applications/$APP_ID.desktop"; do
  [ ! -e "$f" ] || fail "$f is still there after purge"
done
find "$home" -type f | sed "s|^$home|~|" | sort >"$art/user-files-after.txt"
diff "$art/user-files-before.txt" "$art/user-files-after.txt" || fail "purge changed user files"
[ -s "$art/user-files-after.txt" ] || fail "no user files to compare"
echo "user files kept: $(wc -l <"$art/user-files-after.txt")"

step "packaging test passed in $(( $(date +%s) - t_start ))s"
