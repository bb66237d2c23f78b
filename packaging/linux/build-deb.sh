#!/usr/bin/env bash
# Build the Linux bundle on the Debian 11 baseline and wrap it in a .deb.
#
#   packaging/linux/build-deb.sh [--skip-bundle] [--out DIR]
#
# Runs as root on a Debian/Ubuntu host with debootstrap, dpkg-dev and binutils:
#  1. packaging/linux/buildroot.sh: the cached Debian 11 root with Python 3.11 (built there);
#  2. inside it (packaging/linux/in-root-build.sh): the locked dependencies
#     (packaging/requirements/app.txt + build.txt, hash-checked), backupgui, PyInstaller;
#  3. checks that no bundled file needs more than glibc 2.31 / GLIBCXX 3.4.28 (check-symbols.sh);
#  4. stages the package, works out Depends with dpkg-shlibdeps in the root (minimum versions
#     from Debian 11's symbols files) plus fontconfig and the fonts, writes the DEP-5 copyright,
#     changelogs and man pages, and builds the .deb with xz.
# --skip-bundle reuses the bundle of the previous run; --out puts the .deb elsewhere (default
# packaging/dist). SOURCE_DATE_EPOCH defaults to the last commit's time: two builds of the same
# commit give the same .deb (CI compares them).
#
# The .deb installs
#   /opt/backupgui/                          the bundle (backupgui; backupgui-cli -> backupgui)
#   /usr/bin/backupgui, /usr/bin/backupgui-cli   symlinks into /opt/backupgui
#   /usr/share/applications/io.github.backupgui.BackupGUI.desktop
#   /usr/share/metainfo/io.github.backupgui.BackupGUI.metainfo.xml
#   /usr/share/icons/hicolor/{16..512}/apps/io.github.backupgui.BackupGUI.png (+ scalable SVG)
#   /usr/share/doc/backupgui/{copyright,changelog.gz,changelog.Debian.gz}, /usr/share/man/man1
# Removing it deletes these files and the users' autostart entries for it (postrm); the users'
# chat libraries, settings, logs and keyring entries are never touched.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
packaging="$(dirname "$here")"
repo="$(dirname "$packaging")"
cd "$repo"
. "$here/roots.sh"

skip_bundle=0
dist="$packaging/dist"
while [ "$#" -gt 0 ]; do
  case "$1" in
    --skip-bundle) skip_bundle=1 ;;
    --out) dist="$(mkdir -p "$2" && cd "$2" && pwd)"; shift ;;
    -h|--help) sed -n '2,28p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
  shift
done

t0=$(date +%s)
log() { echo "build-deb [$(( $(date +%s) - t0 ))s]: $*"; }
APP_NAME=backupgui
APP_ID=io.github.backupgui.BackupGUI
VERSION="$(sed -n 's/^version = "\(.*\)"$/\1/p' pyproject.toml | head -n1)"
[ -n "$VERSION" ] || { echo "no version in pyproject.toml" >&2; exit 1; }
DEB_VERSION="${VERSION//-/\~}-1"
ARCH=amd64
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}"
work="$packaging/build/linux"
bundle="$work/dist/$APP_NAME"
stage="$work/deb"
deb="$dist/${APP_NAME}_${DEB_VERSION}_${ARCH}.deb"

# -- 1-2. the bundle, built in the Debian 11 root -------------------------------------------
root="$("$here/buildroot.sh")"
if [ "$skip_bundle" = 0 ] || [ ! -x "$bundle/$APP_NAME" ]; then
  # BACKUPGUI_GOOGLE_CLIENT_ID/_SECRET -> backupgui/resources/google-oauth-client.json, which
  # the copy below and the bundle (pyproject's package-data) then carry.
  python3 "$packaging/embed_google_client.py"
  log "copying the source tree into $root/src"
  rm -rf "$root/src" "$work"
  mkdir -p "$root/src" "$work" "$CACHE/pip"
  # The package as it is on disk (generated resources under backupgui/ included), without
  # caches and build outputs; every file dated SOURCE_DATE_EPOCH.
  tar -c --exclude=__pycache__ --exclude='*.pyc' --exclude='*.egg-info' \
    --exclude=packaging/build --exclude=packaging/dist \
    pyproject.toml README.md LICENSE CHANGELOG.md backupgui resources packaging \
    | tar -x -C "$root/src"
  find "$root/src" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
  passthrough=""
  while IFS='=' read -r name _; do  # build-time settings such as the OAuth client (ux)
    case "$name" in BACKUPGUI_*) passthrough+=" $name=${!name}" ;; esac
  done < <(env)
  log "PyInstaller in the Debian 11 root"
  IN_ROOT_BINDS="$work:/out $CACHE/pip:/root/.cache/pip" \
    IN_ROOT_ENV="SOURCE_DATE_EPOCH=$SOURCE_DATE_EPOCH PYTHONHASHSEED=0$passthrough" \
    in_root "$root" /src/packaging/linux/in-root-build.sh
fi
[ -x "$bundle/$APP_NAME" ] || { echo "no bundle at $bundle" >&2; exit 1; }

# -- 3. symbol versions -----------------------------------------------------------------------
log "checking symbol versions"
"$here/check-symbols.sh" "$bundle"
# No Qt TLS backend: the app's HTTPS is Python's ssl (packaging/pyinstaller/backupgui.spec).
tls="$(find "$bundle" -path '*/plugins/tls*' -print)"
[ -z "$tls" ] || { echo "the bundle carries Qt TLS plugins: $tls" >&2; exit 1; }

# -- 4. the file tree -------------------------------------------------------------------------
log "staging $stage"
rm -rf "$stage"
pkgroot="$stage/debian/$APP_NAME"  # the layout dpkg-shlibdeps expects
doc="$pkgroot/usr/share/doc/$APP_NAME"
mkdir -p "$pkgroot/DEBIAN" "$pkgroot/opt" "$pkgroot/usr/bin" "$pkgroot/usr/share/applications" \
  "$pkgroot/usr/share/metainfo" "$pkgroot/usr/share/man/man1" "$doc" \
  "$pkgroot/usr/share/lintian/overrides"
cp -a "$bundle" "$pkgroot/opt/$APP_NAME"
ln -s "/opt/$APP_NAME/$APP_NAME" "$pkgroot/usr/bin/$APP_NAME"
ln -s "/opt/$APP_NAME/$APP_NAME-cli" "$pkgroot/usr/bin/$APP_NAME-cli"
install -m 0644 "$here/$APP_ID.desktop" "$pkgroot/usr/share/applications/$APP_ID.desktop"
install -m 0644 "$here/$APP_ID.metainfo.xml" "$pkgroot/usr/share/metainfo/$APP_ID.metainfo.xml"
for size in 16 24 32 48 64 128 256 512; do
  install -D -m 0644 "$repo/resources/icons/hicolor/${size}x${size}/apps/$APP_ID.png" \
    "$pkgroot/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
install -D -m 0644 "$repo/resources/icons/hicolor/scalable/apps/$APP_ID.svg" \
  "$pkgroot/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
install -m 0644 "$work/copyright" "$doc/copyright"
gz() { gzip -9 -n -c "$1" >"$2"; chmod 0644 "$2"; }  # -n: no name or time in the header
gz "$repo/CHANGELOG.md" "$doc/changelog.gz"
python3 "$here/debian_changelog.py" "$repo/CHANGELOG.md" "$DEB_VERSION" >"$work/changelog.Debian"
gz "$work/changelog.Debian" "$doc/changelog.Debian.gz"
for page in "$here"/man/*.1; do
  gz "$page" "$pkgroot/usr/share/man/man1/$(basename "$page").gz"
done
install -m 0644 "$here/lintian-overrides" "$pkgroot/usr/share/lintian/overrides/$APP_NAME"

# -- 5. dependencies: dpkg-shlibdeps in the Debian 11 root -----------------------------------
log "dpkg-shlibdeps in the Debian 11 root"
mkdir -p "$stage/debian"
printf 'Source: %s\n\nPackage: %s\nArchitecture: any\n' "$APP_NAME" "$APP_NAME" \
  >"$stage/debian/control"
# Every ELF file of the bundle; libraries the bundle carries are private (-l), the rest must
# come from Debian 11 packages, whose symbols files give the minimum versions.
IN_ROOT_BINDS="$stage:/stage" in_root "$root" sh -ec '
  cd /stage
  internal=/stage/debian/backupgui/opt/backupgui/_internal  # absolute: -l paths are from /
  dirs=$(find "$internal" -name "*.so*" -type f -printf "%h\n" | sort -u | sed "s/^/-l/" | tr "\n" " ")
  find /stage/debian/backupgui/opt -type f \( -name "*.so*" -o -perm -u+x \) | while read -r f; do
    [ "$(head -c4 "$f" | od -An -c | tr -d " ")" = "177ELF" ] && echo "$f"
  done >/tmp/elf.txt
  # The libraries the bundle carries are provided by this package itself (shlibs.local maps
  # their sonames to "backupgui", -x drops that): otherwise dpkg-shlibdeps would fall back to
  # the root'"'"'s copies and make e.g. libssl1.1, which newer releases lack, a dependency.
  for f in $(cat /tmp/elf.txt); do
    objdump -p "$f" 2>/dev/null | awk "/^ *SONAME /{print \$2}"
  done | sort -u | while read -r so; do
    case "$so" in *.so.*) echo "${so%%.so.*} ${so#*.so.} backupgui" ;; esac
  done >debian/shlibs.local
  # shellcheck disable=SC2086
  dpkg-shlibdeps -O --warnings=0 -xbackupgui $dirs $(cat /tmp/elf.txt) 2>/stage/shlibdeps.err
' >"$work/shlibdeps.txt" || { cat "$stage/shlibdeps.err" >&2; exit 1; }
shlibs="$(sed -n 's/^shlibs:Depends=//p' "$work/shlibdeps.txt")"
[ -n "$shlibs" ] || { echo "dpkg-shlibdeps found no dependencies" >&2; exit 1; }
# The C library at least as new as the build baseline's (Debian 11: 2.31), even where the
# symbols used would allow older: nothing older is tested.
shlibs="$(sed -E 's/libc6 \(>= [0-9.]+\)/libc6 (>= 2.31)/' <<<"$shlibs")"
grep -q 'libc6 (>= 2.31)' <<<"$shlibs" || { echo "no libc6 dependency: $shlibs" >&2; exit 1; }
# libx11-xcb1 has no symbols file, so dpkg-shlibdeps takes its shlibs version, which is Debian
# 11's own package version (2:1.7.2): Ubuntu 20.04 (2:1.6.9) could not install the package.
# Qt's xcb library uses the only two functions libX11-xcb has (XGetXCBConnection,
# XSetEventQueueOwner), which are far older; the install test runs on Ubuntu 20.04.
shlibs="$(sed -E 's/libx11-xcb1 \(>= [^)]*\)/libx11-xcb1 (>= 2:1.6.9)/' <<<"$shlibs")"
rm -rf "$stage/debian/control" "$stage/debian/shlibs.local" "$stage/shlibdeps.err"
# Beyond what is linked: fontconfig and fonts for every script the app shows (Latin,
# Cyrillic, Arabic, Devanagari: Noto; Chinese/Japanese/Korean: Noto CJK or WenQuanYi) and
# colour emoji; without them every character is a box on a minimal system.
# hicolor-icon-theme: its index.theme lists the size folders; without it (a minimal system)
# the menu entry's icon is not found in them.
depends="$shlibs, fontconfig, fonts-noto-core, fonts-noto-cjk | fonts-wqy-microhei, fonts-noto-color-emoji, hicolor-icon-theme"
log "Depends: $depends"

# -- 6. control and maintainer scripts --------------------------------------------------------
installed_kb="$(du -sk --apparent-size --exclude=DEBIAN "$pkgroot" | cut -f1)"
cat >"$pkgroot/DEBIAN/control" <<EOF
Package: $APP_NAME
Version: $DEB_VERSION
Architecture: $ARCH
Maintainer: The backupgui developers <backupgui@users.noreply.github.com>
Installed-Size: $installed_kb
Depends: $depends
Recommends: gnome-keyring | kwalletmanager | keepassxc, xdg-utils
Section: utils
Priority: optional
Homepage: https://github.com/backupgui/backupgui
Description: end-to-end encrypted backups of your chats
 backupgui backs up chats, with their photos, voice messages and videos, to
 Google Drive or a folder. Everything is encrypted on this computer first; only
 the user's password or 64-digit key opens a backup.
 .
 This package installs a self-contained build under /opt/$APP_NAME. Removing it
 leaves the user's chat library, settings, logs and keyring entries alone.
EOF
install -m 0755 "$here/postinst" "$pkgroot/DEBIAN/postinst"
install -m 0755 "$here/postrm" "$pkgroot/DEBIAN/postrm"

# -- 7. normalise and build -------------------------------------------------------------------
# Normal permissions whatever the umask was; every file dated SOURCE_DATE_EPOCH; md5sums.
find "$pkgroot" -type d -exec chmod 0755 {} +
find "$pkgroot" -type f ! -path '*/DEBIAN/*' -exec chmod go-w,a+r {} +
# Shared objects are loaded, never run: not executable (lintian: shared-library-is-executable).
find "$pkgroot/opt" -type f -name '*.so*' -exec chmod 0644 {} +
(cd "$pkgroot" && find . -type f ! -path './DEBIAN/*' -printf '%P\0' | LC_ALL=C sort -z \
  | xargs -0 md5sum >DEBIAN/md5sums)
chmod 0644 "$pkgroot/DEBIAN/md5sums" "$pkgroot/DEBIAN/control"
find "$pkgroot" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
mkdir -p "$dist"
rm -f "$deb"
# xz: what every dpkg reads and lintian accepts (zstd members are "malformed" to it).
dpkg-deb --root-owner-group -Zxz -z6 --build "$pkgroot" "$deb" >/dev/null
deb_bytes=$(stat -c %s "$deb")
log "wrote $deb: $((deb_bytes / 1024 / 1024)) MiB ($deb_bytes bytes), installs $((installed_kb / 1024)) MiB; sha256 $(sha256sum "$deb" | cut -c1-64)"
