#!/usr/bin/env bash
# CI for the Linux package: build it on the Debian 11 baseline (twice, to compare), check it,
# install it into clean Debian 11, 12, 13 and Ubuntu 20.04, 24.04 roots and run it there.
#
#   packaging/linux/ci-package-test.sh            (as root on Debian/Ubuntu; .ci/run calls it)
#
# 1. host tools (apt): debootstrap, dpkg-dev, binutils, lintian, desktop-file-utils, appstream,
#    Xvfb, openbox, xdotool, x11-utils, imagemagick, tesseract-ocr
# 2. validates the desktop entry and the AppStream metainfo
# 3. builds the .deb (build-deb.sh: Debian 11 root, locked dependencies, PyInstaller, symbol
#    version check, dpkg-shlibdeps) and builds it again from scratch: the two must be
#    byte-identical (SOURCE_DATE_EPOCH); what differs is listed otherwise
# 4. lintian: no errors (overrides in packaging/linux/lintian-overrides say why)
# 5. size: the .deb <= 60 MB, installed <= 170 MB
# 6. install-test.sh in clean minbase roots of Debian 11, 12, 13, Ubuntu 20.04 and 24.04: apt install
#    with only the declared dependencies, the desktop entry and icon, the bundle's ELF needs
#    against Depends (check-depends.sh), as a normal user --self-test offscreen and under Xvfb
#    with a window manager (judged by its verdict, not stderr), the GUI from the desktop entry
#    (focus, screenshot, OCR, start times), purge (nothing left but the user's data)
# Artifacts go to packaging/build/ci/. Caches (build root, minbase roots, .debs, pip) live in
# $BACKUPGUI_PACKAGING_CACHE (default /var/cache/backupgui-packaging) and make later runs faster.
set -euo pipefail
t_start=$(date +%s)
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
cd "$repo"
export DEBIAN_FRONTEND=noninteractive
art="$repo/packaging/build/ci"
rm -rf "$art"
mkdir -p "$art"
timings=()
step() { echo "== [$(( $(date +%s) - t_start ))s] $*"; }
timed() {  # timed NAME CMD...: run CMD, remember how long it took, return its status
  local name="$1" t rc=0
  t=$(date +%s)
  shift
  "$@" || rc=$?
  timings+=("$name: $(( $(date +%s) - t ))s")
  return "$rc"
}
fail() { echo "FAIL: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || fail "run as root (debootstrap, chroot)"

step "installing tools"
timed tools sh -c 'apt-get update -qq && apt-get install -y -qq --no-install-recommends \
  debootstrap curl gnupg dpkg-dev binutils file fakeroot lintian desktop-file-utils appstream xvfb xauth \
  xdotool x11-utils openbox imagemagick tesseract-ocr tesseract-ocr-eng python3 ca-certificates \
  >/dev/null'

step "validating the desktop entry and the metainfo"
desktop-file-validate "$here/io.github.backupgui.BackupGUI.desktop"
appstreamcli validate --no-net --pedantic "$here/io.github.backupgui.BackupGUI.metainfo.xml" \
  >"$art/appstream.txt" 2>&1 || { cat "$art/appstream.txt"; fail "the metainfo does not validate"; }

step "the Debian 11 build root (cached)"
timed buildroot "$here/buildroot.sh" >/dev/null

step "building the .deb"
timed build-1 "$here/build-deb.sh" --out "$art/first" > >(tee "$art/build-1.txt")
deb1="$(ls "$art"/first/*.deb)"
step "building it again from scratch (reproducibility)"
timed build-2 "$here/build-deb.sh" --out "$art/second" > >(tee "$art/build-2.txt")
deb2="$(ls "$art"/second/*.deb)"
sum1="$(sha256sum "$deb1" | cut -c1-64)" sum2="$(sha256sum "$deb2" | cut -c1-64)"
echo "sha256 first:  $sum1"
echo "sha256 second: $sum2"
if [ "$sum1" != "$sum2" ]; then
  # What differs, file by file, for the report (then fail: the builds must be reproducible).
  for n in 1 2; do
    d="$art/unpacked-$n"; mkdir -p "$d"
    deb="$deb1"; [ "$n" = 2 ] && deb="$deb2"
    dpkg-deb -R "$deb" "$d"
    (cd "$d" && find . -type f -printf '%P\0' | sort -z | xargs -0 sha256sum) >"$art/files-$n.txt"
  done
  diff "$art/files-1.txt" "$art/files-2.txt" | grep '^[<>]' | head -50 || true
  fail "two builds of the same source differ"
fi
echo "reproducible: both builds are byte-identical"
deb="$deb1"
mkdir -p "$repo/packaging/dist"
cp "$deb" "$repo/packaging/dist/"

step "lintian"
timed lintian sh -c "lintian --fail-on error --no-tag-display-limit --display-info '$deb' \
  >'$art/lintian.txt' 2>&1" || { cat "$art/lintian.txt"; fail "lintian reports errors"; }
grep -c '^[EWI]:' "$art/lintian.txt" | sed 's/^/lintian tags (errors, warnings, infos): /' || true
grep '^[EW]:' "$art/lintian.txt" || echo "lintian: no errors, no warnings"

step "size"
deb_bytes=$(stat -c %s "$deb")
inst_kb=$(dpkg-deb -f "$deb" Installed-Size)
echo "size: .deb $deb_bytes bytes ($((deb_bytes / 1048576)) MiB), installed $inst_kb KiB ($((inst_kb / 1024)) MiB)"
[ "$deb_bytes" -le $((60 * 1048576)) ] || fail "the .deb is over 60 MiB"
[ "$inst_kb" -le $((170 * 1024)) ] || fail "the installed size is over 170 MiB"
echo "Depends: $(dpkg-deb -f "$deb" Depends)"

for suite in bullseye bookworm trixie focal noble; do
  step "install test in a clean $suite root"
  timed "install-$suite" "$here/install-test.sh" "$suite" "$deb" "$art"
done

printf '%s\n' "${timings[@]}" | sed 's/^/time: /'
step "packaging test passed in $(( $(date +%s) - t_start ))s"
