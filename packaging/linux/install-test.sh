#!/usr/bin/env bash
# Install the .deb into a clean Debian root and check that the app really works there.
#
#   packaging/linux/install-test.sh SUITE DEB ARTIFACTS_DIR     (SUITE: bullseye|bookworm|trixie)
#
# The root is `debootstrap --variant=minbase SUITE` (cached as a tarball in
# $BACKUPGUI_PACKAGING_CACHE/roots, unpacked fresh for every run) plus exactly what apt installs
# for the .deb's declared Depends - no recommends, nothing else. In it:
#  1. `apt-get install ./backupgui.deb`;
#  2. `backupgui --self-test` offscreen, with a user LD_LIBRARY_PATH the children must get back;
#  3. the same under Xvfb (xcb platform: QDesktopServices.openUrl's child is checked too);
#  4. the GUI started as the desktop entry says, under Xvfb (the X server runs on the host, its
#     socket is mounted into the root): a window with the right WM_CLASS and title appears; a
#     screenshot of it must not be blank, and OCR (tesseract, on the host) must read its text,
#     so glyphs are not boxes;
#  5. a "start at login" entry the app would write, then `apt-get purge`: the package's files
#     and that entry are gone, the user's chat library stays.
# Needs root, debootstrap, Xvfb, xdotool, x11-utils, imagemagick and tesseract-ocr on the host.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
. "$here/roots.sh"
suite="${1:?suite}" deb="$(readlink -f "${2:?deb}")" art="${3:?artifacts dir}/$suite"
APP=backupgui APP_ID=io.github.backupgui.BackupGUI
mkdir -p "$art" "$CACHE/roots" "$CACHE/debs/$suite"
t0=$(date +%s)
log() { echo "install-test $suite [$(( $(date +%s) - t0 ))s]: $*"; }
fail() { echo "install-test $suite: FAIL: $*" >&2; exit 1; }

# -- the clean root ---------------------------------------------------------------------------
tarball="$CACHE/roots/$suite-minbase.tar"
key="$(roots_key | sha256sum | cut -c1-16)"
exec 9>"$CACHE/roots/.$suite-minbase.lock"
flock 9
if [ "$(cat "$tarball.key" 2>/dev/null)" != "$key" ] || [ ! -s "$tarball" ]; then
  log "debootstrap --variant=minbase $suite (cached afterwards)"
  tmp="$(mktemp -d "$CACHE/roots/.$suite.XXXXXX")"
  make_root "$suite" "$tmp/root"
  tar -C "$tmp/root" -cf "$tarball.new" .
  mv "$tarball.new" "$tarball"
  echo "$key" >"$tarball.key"
  rm -rf "$tmp"
fi
flock -u 9
root="$(mktemp -d /tmp/backupgui-$suite-root.XXXXXX)"
xvfb_pid="" app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill -9 "$(cat "$root/tmp/app.pid" 2>/dev/null)" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$root"
}
trap cleanup EXIT
tar -C "$root" -xf "$tarball"
cp "$deb" "$root/tmp/$APP.deb"
before="$(in_root "$root" dpkg-query -W -f '${Package}\n' | wc -l)"
run() {  # run in the root, with the apt cache and the X socket of the host mounted
  IN_ROOT_BINDS="$CACHE/debs/$suite:/var/cache/apt/archives /tmp/.X11-unix:/tmp/.X11-unix" \
    in_root "$root" "$@"
}

# -- 1. install with apt: the package's declared dependencies and nothing else ---------------
log "apt-get install ./$APP.deb"
run sh -ec 'apt-get update -qq && apt-get install -y -qq /tmp/backupgui.deb >/tmp/apt.log 2>&1 \
  || { tail -30 /tmp/apt.log; exit 1; }'
after="$(in_root "$root" dpkg-query -W -f '${Package}\n' | wc -l)"
log "installed with $((after - before - 1)) dependencies ($before packages in minbase)"
in_root "$root" dpkg-query -W -f '${Package} ${Version}\n' >"$art/packages.txt"
for f in "/opt/$APP/$APP" "/usr/bin/$APP" "/usr/bin/$APP-cli" \
  "/usr/share/applications/$APP_ID.desktop" "/usr/share/doc/$APP/copyright"; do
  [ -e "$root$f" ] || [ -L "$root$f" ] || fail "the package did not install $f"
done
version="$(dpkg-deb -f "$deb" Version)"
out="$(run "/usr/bin/$APP-cli" --version 2>&1)" || fail "$APP-cli --version: $out"
grep -qF "${version%-*}" <<<"$out" || fail "$APP-cli --version says \"$out\""

# A clean user: its own HOME and XDG dirs, no session bus (so no Secret Service: a warning),
# and an LD_LIBRARY_PATH of its own that every child of the app must get back.
user_env=(env HOME=/tmp/home LANG=C.UTF-8 XDG_CONFIG_HOME=/tmp/home/.config
  XDG_DATA_HOME=/tmp/home/.local/share XDG_STATE_HOME=/tmp/home/.local/state
  XDG_CACHE_HOME=/tmp/home/.cache XDG_RUNTIME_DIR=/tmp/home/run
  LD_LIBRARY_PATH=/usr/local/lib/user-marker BACKUPGUI_SELFTEST_TRACEBACK=1)
in_root "$root" sh -c 'mkdir -p /tmp/home/run && chmod 700 /tmp/home/run'

# -- 2. self-test offscreen ---------------------------------------------------------------------
log "backupgui --self-test (offscreen)"
run "${user_env[@]}" QT_QPA_PLATFORM=offscreen timeout 300 "/usr/bin/$APP" --self-test \
  >"$art/selftest-offscreen.txt" 2>&1 || { cat "$art/selftest-offscreen.txt"; fail "self-test"; }
grep -q "^OK   self-test passed" "$art/selftest-offscreen.txt" || fail "no self-test verdict"
grep -q "^OK   fonts" "$art/selftest-offscreen.txt" || fail "fonts"

# -- 3 and 4: under Xvfb ------------------------------------------------------------------------
display=""
for n in $(seq 91 140); do
  [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || { display=":$n"; break; }
done
[ -n "$display" ] || fail "no free X display number"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$art/xvfb.txt" 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do xdpyinfo -display "$display" >/dev/null 2>&1 && break; sleep 0.2; done
xdpyinfo -display "$display" >/dev/null 2>&1 || fail "Xvfb did not start"

log "backupgui --self-test (Xvfb, xcb)"
run "${user_env[@]}" DISPLAY="$display" timeout 300 "/usr/bin/$APP" --self-test \
  >"$art/selftest-xcb.txt" 2>&1 || { cat "$art/selftest-xcb.txt"; fail "self-test under X"; }
grep -q "^OK   children  .*QDesktopServices.openUrl.*'/usr/local/lib/user-marker'" \
  "$art/selftest-xcb.txt" || { cat "$art/selftest-xcb.txt"; fail "children check under X"; }

log "starting the GUI from the desktop entry"
desktop="$root/usr/share/applications/$APP_ID.desktop"
exec_line="$(sed -n 's/^Exec=//p' "$desktop" | head -n1 | sed 's/ %[a-zA-Z]//g')"
wm_class="$(sed -n 's/^StartupWMClass=//p' "$desktop" | head -n1)"
read -r -a cmd <<<"$exec_line"
# in_root execs all the way down (no pid namespace): the pid the root's shell writes is the
# app's own pid on the host.
run "${user_env[@]}" DISPLAY="$display" sh -c 'echo $$ >/tmp/app.pid; exec "$@"' app \
  "${cmd[@]}" >"$art/app-output.txt" 2>&1 &
app_pid=$!
win=""
for _ in $(seq 120); do
  kill -0 "$app_pid" 2>/dev/null || { cat "$art/app-output.txt"; fail "the app exited early"; }
  win="$(DISPLAY="$display" xdotool search --onlyvisible --class "^${wm_class}\$" 2>/dev/null \
    | head -n1 || true)"
  [ -n "$win" ] && break
  sleep 0.5
done
[ -n "$win" ] || { cat "$art/app-output.txt"; fail "no window with class $wm_class in 60 s"; }
sleep 3  # let it finish painting
title="$(DISPLAY="$display" xdotool getwindowname "$win")"
grep -qi "$APP" <<<"$title" || fail "unexpected window title \"$title\""
DISPLAY="$display" import -window root "$art/screenshot.png"
colours="$(identify -format '%k' "$art/screenshot.png")"
[ "$colours" -gt 50 ] || fail "the screenshot is (nearly) blank ($colours colours)"
# Boxes instead of glyphs would make the text unreadable: OCR must find the window's words.
convert "$art/screenshot.png" -resize 200% -colorspace Gray "$art/ocr-input.png"
tesseract "$art/ocr-input.png" "$art/ocr" >/dev/null 2>&1 || fail "tesseract failed"
words="$(tr 'A-Z' 'a-z' <"$art/ocr.txt" | grep -oE 'chats|backup|backed|restore|import|library|sample' \
  | sort -u | paste -sd' ' -)"
[ "$(wc -w <<<"$words")" -ge 3 ] || { cat "$art/ocr.txt"; fail "the window's text is not readable (OCR found: $words)"; }
log "window \"$title\", $colours colours, OCR read: $words"
kill "$(cat "$root/tmp/app.pid")" 2>/dev/null || true
for _ in $(seq 20); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.5; done
kill -9 "$(cat "$root/tmp/app.pid")" 2>/dev/null || true
wait "$app_pid" 2>/dev/null || true
app_pid=""

# -- 5. uninstall: the autostart entry goes, the user's data stays ---------------------------
log "apt-get purge"
in_root "$root" sh -ec '
  mkdir -p /root/.config/autostart /root/.local/share/backupgui/library
  printf "[Desktop Entry]\nType=Application\nName=backupgui\nTryExec=/opt/backupgui/backupgui\nExec=/opt/backupgui/backupgui --minimized\nX-backupgui-Autostart=true\n" \
    >/root/.config/autostart/io.github.backupgui.BackupGUI.desktop
  echo keep >/root/.local/share/backupgui/library/marker
  apt-get purge -y -qq backupgui >/dev/null
  test ! -e /opt/backupgui && test ! -e /usr/bin/backupgui
  test ! -e /root/.config/autostart/io.github.backupgui.BackupGUI.desktop
  test "$(cat /root/.local/share/backupgui/library/marker)" = keep
' || fail "purge left files behind, kept the autostart entry or touched user data"
log "passed"
