#!/usr/bin/env bash
# Install the .deb into a clean Debian root and check that the app really works there.
#
#   packaging/linux/install-test.sh SUITE DEB ARTIFACTS_DIR
#       SUITE: bullseye|bookworm|trixie (Debian 11-13) or focal|jammy|noble (Ubuntu 20.04-24.04)
#
# The root is `debootstrap --variant=minbase SUITE` (cached as a tarball in
# $BACKUPGUI_PACKAGING_CACHE/roots, unpacked fresh for every run) plus exactly what apt installs
# for the .deb's declared Depends - no recommends, nothing else. In it:
#  1. `apt-get install ./backupgui.deb`; the installed desktop entry validates
#     (desktop-file-validate), its icon resolves in hicolor (every size the package installs is
#     a folder of the theme's index), `backupgui-cli --version` and `--help` work;
#  2. check-depends.sh: every library the bundle's ELF files need is bundled or comes from a
#     package Depends names (readelf, dpkg -S, ldd), fonts for Arabic, Devanagari and Cyrillic;
#  3. as a normal user with a fresh HOME (no session bus, so no Secret Service: a warning),
#     `backupgui --self-test` offscreen, with a user LD_LIBRARY_PATH the children must get back;
#  4. the same under Xvfb with a window manager (openbox) and Qt's platform logging on: the run
#     is judged by the self-test's own result (selftest-verdict.sh), never by stderr being
#     empty; a start without a reachable display must be judged a failure;
#  5. the GUI started as the desktop entry says, as that user: a window with the right WM_CLASS
#     and title appears within 60 s (the time is logged), gets the focus from the window
#     manager and fits on the 1280x800 screen; a screenshot of it must not be blank, and OCR
#     (tesseract, on the host) must read its text, so glyphs are not boxes;
#  6. a "start at login" entry the app would write, then `apt-get purge`: that entry and every
#     file the package brought are gone (the file tree is compared with the one before the
#     install: what is new must belong to a dependency), the user's data stays.
# Needs root, debootstrap, Xvfb, openbox, xdotool, x11-utils, imagemagick, tesseract-ocr,
# binutils and desktop-file-utils on the host.
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
maker=make_root
key="$(roots_key | sha256sum | cut -c1-16)"
if is_ubuntu "$suite"; then
  maker=make_ubuntu_root
  key="$(ubuntu_roots_key | sha256sum | cut -c1-16)"
fi
exec 9>"$CACHE/roots/.$suite-minbase.lock"
flock 9
if [ "$(cat "$tarball.key" 2>/dev/null)" != "$key" ] || [ ! -s "$tarball" ]; then
  log "debootstrap --variant=minbase $suite (cached afterwards)"
  tmp="$(mktemp -d "$CACHE/roots/.$suite.XXXXXX")"
  "$maker" "$suite" "$tmp/root"
  tar -C "$tmp/root" -cf "$tarball.new" .
  mv "$tarball.new" "$tarball"
  echo "$key" >"$tarball.key"
  rm -rf "$tmp"
fi
flock -u 9
root="$(mktemp -d /tmp/backupgui-$suite-root.XXXXXX)"
xvfb_pid="" wm_pid="" app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill -9 "$(cat "$root/tmp/app.pid" 2>/dev/null)" 2>/dev/null || true
  [ -n "$wm_pid" ] && kill "$wm_pid" 2>/dev/null || true
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
# The file tree, without what changes anyway (kernel file systems, temporary files, apt's and
# dpkg's state, logs, caches) and the user's home: compared before and after (step 6).
tree() {
  (cd "$root" && find . -xdev \( -path ./proc -o -path ./dev -o -path ./sys -o -path ./tmp \
    -o -path ./run -o -path ./home -o -path ./root -o -path ./var/lib/apt -o -path ./var/lib/dpkg \
    -o -path ./var/lib/ucf \
    -o -path ./var/cache -o -path ./var/log -o -path ./etc/ld.so.cache \) -prune -o -print) \
    | sed 's|^\.||' | LC_ALL=C sort
}
# A normal user with a fresh home, made before the install (as on any desktop).
USER_UID=4242
in_root "$root" useradd --create-home --uid "$USER_UID" --shell /bin/sh alice
tree >"$art/tree-before.txt"

# -- 1. install with apt: the package's declared dependencies and nothing else ---------------
log "apt-get install ./$APP.deb"
# The suite's .deb cache is shared with other install tests of the same suite: one apt at a time.
exec 8>"$CACHE/debs/.$suite.apt.lock"
flock 8
run sh -ec 'apt-get update -qq && apt-get install -y -qq /tmp/backupgui.deb >/tmp/apt.log 2>&1 \
  || { tail -30 /tmp/apt.log; exit 1; }'
flock -u 8
after="$(in_root "$root" dpkg-query -W -f '${Package}\n' | wc -l)"
log "installed with $((after - before - 1)) dependencies ($before packages in minbase)"
in_root "$root" dpkg-query -W -f '${Package} ${Version}\n' >"$art/packages.txt"
for f in "/opt/$APP/$APP" "/usr/bin/$APP" "/usr/bin/$APP-cli" \
  "/usr/share/applications/$APP_ID.desktop" "/usr/share/doc/$APP/copyright"; do
  [ -e "$root$f" ] || [ -L "$root$f" ] || fail "the package did not install $f"
done
desktop="$root/usr/share/applications/$APP_ID.desktop"
desktop-file-validate "$desktop" || fail "the installed desktop entry does not validate"
# The icon resolves: the entry's Icon= in hicolor, in folders the theme's index lists (an icon
# in a folder index.theme does not name is never found by GTK or Qt).
icon="$(sed -n 's/^Icon=//p' "$desktop" | head -n1)"
index="$root/usr/share/icons/hicolor/index.theme"
[ -f "$index" ] || fail "no hicolor index.theme (hicolor-icon-theme is not installed)"
dirs="$(sed -n 's/^Directories=//p' "$index" | tr ',' '\n')"
icons="$(in_root "$root" dpkg -L "$APP" | grep "^/usr/share/icons/hicolor/.*/apps/$icon\.\(png\|svg\)$")"
[ "$(wc -l <<<"$icons")" -ge 8 ] || fail "the package installs only these icons: $icons"
for f in $icons; do
  d="${f#/usr/share/icons/hicolor/}"; d="${d%/*}"
  grep -qxF "$d" <<<"$dirs" || fail "hicolor's index.theme does not list $d ($f)"
done
log "desktop entry valid; icon $icon in $(wc -l <<<"$icons") hicolor folders of the theme's index"
version="$(dpkg-deb -f "$deb" Version)"
out="$(run "/usr/bin/$APP-cli" --version 2>&1)" || fail "$APP-cli --version: $out"
grep -qF "${version%-*}" <<<"$out" || fail "$APP-cli --version says \"$out\""
out="$(run "/usr/bin/$APP" --version 2>&1)" || fail "$APP --version: $out"
grep -qF "${version%-*}" <<<"$out" || fail "$APP --version says \"$out\""
run "/usr/bin/$APP-cli" --help >"$art/cli-help.txt" 2>&1 || { cat "$art/cli-help.txt"; fail "$APP-cli --help"; }

# -- 2. the bundle's ELF dependencies against Depends ------------------------------------------
log "check-depends.sh"
"$here/check-depends.sh" "$root" >"$art/check-depends.txt" 2>&1 \
  || { cat "$art/check-depends.txt"; fail "the bundle needs libraries Depends does not bring"; }
tail -n1 "$art/check-depends.txt"

# The user, as a desktop session would start the app: own uid and HOME, no session bus, and an
# LD_LIBRARY_PATH of its own that every child of the app must get back.
in_root "$root" sh -c "mkdir -p /tmp/run-$USER_UID && chown $USER_UID:$USER_UID /tmp/run-$USER_UID \
  && chmod 700 /tmp/run-$USER_UID"
user_env=(setpriv "--reuid=$USER_UID" "--regid=$USER_UID" --init-groups
  env HOME=/home/alice USER=alice LOGNAME=alice LANG=C.UTF-8 XDG_RUNTIME_DIR=/tmp/run-$USER_UID
  LD_LIBRARY_PATH=/usr/local/lib/user-marker BACKUPGUI_SELFTEST_TRACEBACK=1)
selftest() {  # NAME ENV...: the self-test as the user; stdout and stderr kept apart, judged
  local name="$1" rc=0; shift
  run "${user_env[@]}" "$@" timeout 300 "/usr/bin/$APP" --self-test \
    >"$art/selftest-$name.txt" 2>"$art/selftest-$name.stderr.txt" || rc=$?
  "$here/selftest-verdict.sh" "$art/selftest-$name.txt" "$rc" "$art/selftest-$name.stderr.txt"
}

# -- 3. self-test offscreen ---------------------------------------------------------------------
log "backupgui --self-test (offscreen)"
selftest offscreen QT_QPA_PLATFORM=offscreen \
  || { cat "$art/selftest-offscreen.txt" "$art/selftest-offscreen.stderr.txt"; fail "self-test"; }
grep -q "^OK   fonts" "$art/selftest-offscreen.txt" || fail "fonts"

# -- 4 and 5: under Xvfb with a window manager -------------------------------------------------
# Xvfb picks a free display number itself (-displayfd): install tests may run side by side.
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$art/display.txt" >"$art/xvfb.txt" 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do [ -s "$art/display.txt" ] && break; sleep 0.2; done
display=":$(head -n1 "$art/display.txt" 2>/dev/null)"
[ "$display" != ":" ] || fail "Xvfb did not start"
for _ in $(seq 50); do xdpyinfo -display "$display" >/dev/null 2>&1 && break; sleep 0.2; done
xdpyinfo -display "$display" >/dev/null 2>&1 || fail "Xvfb did not start"
DISPLAY="$display" openbox --sm-disable >"$art/openbox.txt" 2>&1 &
wm_pid=$!
for _ in $(seq 50); do
  DISPLAY="$display" xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q 'window id' && break
  sleep 0.2
done
DISPLAY="$display" xprop -root _NET_SUPPORTING_WM_CHECK | grep -q 'window id' \
  || fail "the window manager did not start"

log "backupgui --self-test (Xvfb, xcb, Qt's platform logging on)"
# Qt's xcb/input logging fills stderr with harmless lines: the verdict must not care.
selftest xcb DISPLAY="$display" QT_LOGGING_RULES="qt.qpa.*=true" \
  || { cat "$art/selftest-xcb.txt"; fail "self-test under X"; }
grep -q "^OK   children  .*QDesktopServices.openUrl.*'/usr/local/lib/user-marker'" \
  "$art/selftest-xcb.txt" || { cat "$art/selftest-xcb.txt"; fail "children check under X"; }
[ -s "$art/selftest-xcb.stderr.txt" ] || fail "Qt's platform logging printed nothing (the noise case did not happen)"
# A real start failure (xcb with no X server to reach) must be judged as one.
log "backupgui --self-test with no reachable display: must be judged a failure"
if selftest nodisplay DISPLAY=:1999 QT_QPA_PLATFORM=xcb; then
  fail "a self-test without a reachable display was judged a success"
fi

log "starting the GUI from the desktop entry"
exec_line="$(sed -n 's/^Exec=//p' "$desktop" | head -n1 | sed 's/ %[a-zA-Z]//g')"
wm_class="$(sed -n 's/^StartupWMClass=//p' "$desktop" | head -n1)"
read -r -a cmd <<<"$exec_line"
# in_root and setpriv exec all the way down (no pid namespace): the pid the root's shell
# writes is the app's own pid on the host.
t_launch=$(date +%s%N)
run "${user_env[@]}" DISPLAY="$display" sh -c 'echo $$ >/tmp/app.pid; exec "$@"' app \
  "${cmd[@]}" >"$art/app-output.txt" 2>&1 &
app_pid=$!
win=""
for _ in $(seq 600); do
  kill -0 "$app_pid" 2>/dev/null || { cat "$art/app-output.txt"; fail "the app exited early"; }
  win="$(DISPLAY="$display" xdotool search --onlyvisible --class "^${wm_class}\$" 2>/dev/null \
    | head -n1 || true)"
  [ -n "$win" ] && break
  sleep 0.1
done
[ -n "$win" ] || { cat "$art/app-output.txt"; fail "no window with class $wm_class in 60 s"; }
first_ms=$(( ($(date +%s%N) - t_launch) / 1000000 ))
echo "$first_ms" >"$art/first-start-ms.txt"
log "first start (fresh HOME): window visible after $first_ms ms"
sleep 3  # let it finish painting
title="$(DISPLAY="$display" xdotool getwindowname "$win")"
grep -qi "$APP" <<<"$title" || fail "unexpected window title \"$title\""
# Usable: the window manager gave it the focus, and it fits on the screen.
active="$(DISPLAY="$display" xdotool getactivewindow 2>/dev/null || true)"
[ "$active" = "$win" ] || fail "the window manager did not focus the window ($active, not $win)"
eval "$(DISPLAY="$display" xdotool getwindowgeometry --shell "$win")"
[ "$WIDTH" -le 1280 ] && [ "$HEIGHT" -le 800 ] || fail "the window (${WIDTH}x$HEIGHT) does not fit 1280x800"
DISPLAY="$display" import -window root "$art/screenshot.png"
colours="$(identify -format '%k' "$art/screenshot.png")"
[ "$colours" -gt 50 ] || fail "the screenshot is (nearly) blank ($colours colours)"
# Boxes instead of glyphs would make the text unreadable: OCR must find the window's words.
convert "$art/screenshot.png" -resize 200% -colorspace Gray "$art/ocr-input.png"
tesseract "$art/ocr-input.png" "$art/ocr" >/dev/null 2>&1 || fail "tesseract failed"
words="$(tr 'A-Z' 'a-z' <"$art/ocr.txt" | grep -oE 'chats|backup|backed|restore|import|library|sample' \
  | sort -u | paste -sd' ' -)"
[ "$(wc -w <<<"$words")" -ge 3 ] || { cat "$art/ocr.txt"; fail "the window's text is not readable (OCR found: $words)"; }
log "window \"$title\" ${WIDTH}x$HEIGHT, focused, $colours colours, OCR read: $words"
kill "$(cat "$root/tmp/app.pid")" 2>/dev/null || true
for _ in $(seq 20); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.5; done
kill -9 "$(cat "$root/tmp/app.pid")" 2>/dev/null || true
wait "$app_pid" 2>/dev/null || true
app_pid=""

# -- start time: cold (the bundle's files dropped from the page cache) and warm ----------------
# From the start command to a visible window (polled every 50 ms), as the user, HOME no longer
# fresh; the system's own libraries stay cached either way. Medians of START_RUNS (default 3).
starts() {  # KIND: one start, prints its milliseconds
  [ "$1" = cold ] && python3 - "$root/opt/$APP" <<'PY'
import os, sys
for d, _, files in os.walk(sys.argv[1]):
    for f in files:
        p = os.path.join(d, f)
        if os.path.islink(p):
            continue
        fd = os.open(p, os.O_RDONLY)
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)
PY
  local t0 w="" pid
  t0=$(date +%s%N)
  run "${user_env[@]}" DISPLAY="$display" sh -c 'echo $$ >/tmp/app.pid; exec "$@"' app \
    "${cmd[@]}" >>"$art/app-output.txt" 2>&1 &
  pid=$!
  for _ in $(seq 1200); do
    w="$(DISPLAY="$display" xdotool search --onlyvisible --class "^${wm_class}\$" 2>/dev/null \
      | head -n1 || true)"
    [ -n "$w" ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
  done
  local ms=$(( ($(date +%s%N) - t0) / 1000000 )) cpu=0 stat
  # The app's own CPU time (user + system) until then: steadier than the wall clock on a
  # shared machine.
  stat="$(cat "/proc/$(cat "$root/tmp/app.pid")/stat" 2>/dev/null || true)"
  # (utime and stime are fields 14 and 15: 12 and 13 after the ") " that ends the name)
  [ -n "$stat" ] && cpu=$(( $(awk '{print $12 + $13}' <<<"${stat##*) }") * 1000 / $(getconf CLK_TCK) ))
  kill "$(cat "$root/tmp/app.pid")" 2>/dev/null || true
  for _ in $(seq 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  kill -9 "$(cat "$root/tmp/app.pid")" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  [ -n "$w" ] || fail "no window in the $1 start"
  echo "$ms/$cpu"
}
median() {  # FIELD (1: wall ms, 2: CPU ms) of "wall/cpu" pairs
  tr ' ' '\n' | sed '/^$/d' | cut -d/ -f"$1" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}
cold="" warm=""
for _ in $(seq "${START_RUNS:-3}"); do
  cold+=" $(starts cold)"
  warm+=" $(starts warm)"
done
{
  echo "first start (fresh HOME): $first_ms ms"
  echo "cold starts (wall/CPU ms):$cold; median $(median 1 <<<"$cold") ms, CPU $(median 2 <<<"$cold") ms"
  echo "warm starts (wall/CPU ms):$warm; median $(median 1 <<<"$warm") ms, CPU $(median 2 <<<"$warm") ms"
  echo "load: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
} >"$art/start-time.txt"
log "start time: $(tr '\n' ' ' <"$art/start-time.txt")"

# -- 6. uninstall: the package's files and the autostart entry go, the user's data stays -------
log "apt-get purge"
in_root "$root" setpriv "--reuid=$USER_UID" "--regid=$USER_UID" --init-groups sh -ec '
  mkdir -p /home/alice/.config/autostart /home/alice/.local/share/backupgui/library
  printf "[Desktop Entry]\nType=Application\nName=backupgui\nTryExec=/opt/backupgui/backupgui\nExec=/opt/backupgui/backupgui --minimized\nX-backupgui-Autostart=true\n" \
    >/home/alice/.config/autostart/io.github.backupgui.BackupGUI.desktop
  echo keep >/home/alice/.local/share/backupgui/library/marker'
in_root "$root" sh -ec '
  apt-get purge -y -qq backupgui >/dev/null
  test ! -e /opt/backupgui && test ! -e /usr/bin/backupgui
  test ! -e /home/alice/.config/autostart/io.github.backupgui.BackupGUI.desktop
  test "$(cat /home/alice/.local/share/backupgui/library/marker)" = keep
' || fail "purge kept the autostart entry or touched user data"
# Every file that is new since before the install must belong to a package still installed
# (the dependencies), else the package left it behind.
tree >"$art/tree-after.txt"
# dpkg records /lib/... where merged-/usr roots have the file in /usr/lib/...: both count.
in_root "$root" sh -c 'dpkg-query -W -f "\${Package}\n" | xargs dpkg-query -L 2>/dev/null' \
  | sed -E 'p; s#^/(lib|lib64|bin|sbin)/#/usr/\1/#' | LC_ALL=C sort -u >"$art/owned.txt"
# Made by the dependencies' maintainer scripts, not owned by any package: the alternatives,
# fontconfig-config's configuration links and its /usr/local/share/fonts, and the .uuid file
# fontconfig 2.13 (Debian 11) writes into each font folder when root builds its cache.
left="$(LC_ALL=C comm -13 "$art/tree-before.txt" "$art/tree-after.txt" \
  | LC_ALL=C comm -23 - "$art/owned.txt" \
  | grep -vE '^/etc/alternatives/|^/etc/fonts/conf\.d/[^/]+\.conf$|^/usr/local/share/fonts$' \
  | grep -vE '^/usr(/local)?/share/fonts(/[^/]+)*/\.uuid$' || true)"
[ -z "$left" ] || fail "the purge left files behind:"$'\n'"$left"
log "passed"
