#!/usr/bin/env bash
# Build the Linux one-folder bundle with PyInstaller and wrap it in a .deb.
#
#   packaging/linux/build-deb.sh [--skip-bundle]
#
# Needs: an environment with backupgui installed (pip install -e . or .), pyinstaller, dpkg-deb
# (dpkg), ldd and dpkg -S to work out the package's dependencies from the bundle itself.
# --skip-bundle reuses packaging/dist/backupgui from an earlier run.
#
# The .deb installs
#   /opt/backupgui/                          the PyInstaller bundle (backupgui, backupgui-cli)
#   /usr/bin/backupgui, /usr/bin/backupgui-cli   symlinks into /opt/backupgui
#   /usr/share/applications/io.github.backupgui.BackupGUI.desktop
#   /usr/share/metainfo/io.github.backupgui.BackupGUI.metainfo.xml
#   /usr/share/icons/hicolor/{16..512}/apps/io.github.backupgui.BackupGUI.png (+ scalable SVG)
#   /usr/share/doc/backupgui/copyright
# Removing or purging it deletes only these files: the user's chat library, settings, logs and
# keyring entries (all under the user's home) are never touched.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
packaging="$(dirname "$here")"
repo="$(dirname "$packaging")"
cd "$repo"

skip_bundle=0
for arg in "$@"; do
  case "$arg" in
    --skip-bundle) skip_bundle=1 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

PY="${PYTHON:-python3}"
read -r APP_NAME APP_ID VERSION < <("$PY" -c \
  'import backupgui as b; print(b.APP_NAME, b.APP_ID, b.__version__)')
ARCH="$(dpkg --print-architecture)"
# Debian versions may not contain "-" without a revision, nor "+local"-style oddities unescaped.
DEB_VERSION="${VERSION//-/\~}-1"
dist="$packaging/dist"
bundle="$dist/$APP_NAME"
stage="$packaging/build/deb/${APP_NAME}_${DEB_VERSION}_${ARCH}"
deb="$dist/${APP_NAME}_${DEB_VERSION}_${ARCH}.deb"

log() { echo "build-deb: $*"; }

# -- 1. the bundle ---------------------------------------------------------------------------
if [ "$skip_bundle" = 0 ] || [ ! -x "$bundle/$APP_NAME" ]; then
  "$PY" "$packaging/embed_google_client.py"  # BACKUPGUI_GOOGLE_CLIENT_ID/_SECRET -> resource
  log "PyInstaller $("$PY" -m PyInstaller --version) -> $bundle"
  "$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$dist" --workpath "$packaging/build/pyinstaller" \
    "$packaging/pyinstaller/backupgui.spec"
fi
[ -x "$bundle/$APP_NAME" ] || { echo "no bundle at $bundle" >&2; exit 1; }

# -- 2. the file tree ------------------------------------------------------------------------
log "staging $stage"
rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
  "$stage/usr/share/metainfo" "$stage/usr/share/icons/hicolor" "$stage/usr/share/doc/$APP_NAME"
cp -a "$bundle" "$stage/opt/$APP_NAME"
ln -s "/opt/$APP_NAME/$APP_NAME" "$stage/usr/bin/$APP_NAME"
ln -s "/opt/$APP_NAME/$APP_NAME-cli" "$stage/usr/bin/$APP_NAME-cli"
install -m 0644 "$here/$APP_ID.desktop" "$stage/usr/share/applications/$APP_ID.desktop"
install -m 0644 "$here/$APP_ID.metainfo.xml" "$stage/usr/share/metainfo/$APP_ID.metainfo.xml"
for size in 16 24 32 48 64 128 256 512; do
  d="usr/share/icons/hicolor/${size}x${size}/apps"
  install -D -m 0644 "$repo/resources/icons/hicolor/${size}x${size}/apps/$APP_ID.png" \
    "$stage/$d/$APP_ID.png"
done
install -D -m 0644 "$repo/resources/icons/hicolor/scalable/apps/$APP_ID.svg" \
  "$stage/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
cat > "$stage/usr/share/doc/$APP_NAME/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: $APP_NAME
Comment: /opt/$APP_NAME bundles Python, Qt (LGPL-3.0, via PySide6) and the Python packages
 listed in /opt/$APP_NAME/_internal/*.dist-info, each under its own license.

Files: *
Copyright: the backupgui developers
License: MIT
EOF
# Normal permissions whatever the umask was: directories and executables 755, files 644.
find "$stage" -type d -exec chmod 0755 {} +
find "$stage" -type f ! -path '*/DEBIAN/*' -exec chmod go-w,a+r {} +

# -- 3. dependencies, from what the bundle's ELF files need and do not carry -----------------
# Like dpkg-shlibdeps: ldd every ELF file (with the bundle's own library folders on the path,
# as the PyInstaller bootloader sets them), map each system library to its Debian package.
log "working out dependencies"
internal="$stage/opt/$APP_NAME/_internal"
libpath="$internal:$internal/PySide6/Qt/lib"
declare -A pkgs=() missing=()
owner() {  # the package owning a library path (merged /usr makes /lib and /usr/lib aliases)
  local p="$1" alt
  for alt in "$p" "$(readlink -f "$p")" "${p#/usr}" "/usr$p"; do
    dpkg -S "$alt" 2>/dev/null | head -n1 | cut -d: -f1 && return 0
  done
  return 1
}
while IFS= read -r -d '' f; do
  head -c4 "$f" | grep -q $'\x7fELF' || continue
  while read -r name arrow path _; do
    if [ "$arrow" = "=>" ] && [ "$path" = "not" ]; then
      missing["$name"]="${f#"$stage"}"
    elif [ "$arrow" = "=>" ] && [ -n "$path" ] && [[ "$path" != "$stage"* ]]; then
      pkgs["$path"]=1
    fi
  done < <(LD_LIBRARY_PATH="$libpath" ldd "$f" 2>/dev/null || true)
done < <(find "$stage/opt" -type f \( -name '*.so*' -o -perm -u+x \) -print0)

declare -A deps=()
for path in "${!pkgs[@]}"; do
  if p="$(owner "$path")"; then deps["$p"]=1; else log "warning: no package owns $path"; fi
done
# Only optional Qt plugins (eglfs, vnc, vulkan ...) may miss libraries on this machine.
for name in "${!missing[@]}"; do
  where="${missing[$name]}"
  case "$where" in
    */platforms/libqxcb.so|*/libQt6XcbQpa.so*|*/platforms/libqwayland*|*/libQt6Gui.so*|*/libQt6Widgets.so*|*/libQt6Core.so*)
      echo "build-deb: $where needs $name, which is not installed here" >&2; exit 1 ;;
    *) log "note: optional $where needs $name (not on this machine, not a dependency)" ;;
  esac
done
depends="$(printf '%s\n' "${!deps[@]}" | sort | paste -sd, | sed 's/,/, /g')"
log "Depends: $depends"

installed_kb="$(du -sk --exclude=DEBIAN "$stage" | cut -f1)"
cat > "$stage/DEBIAN/control" <<EOF
Package: $APP_NAME
Version: $DEB_VERSION
Architecture: $ARCH
Maintainer: The backupgui developers <backupgui@users.noreply.github.com>
Installed-Size: $installed_kb
Depends: $depends
Recommends: gnome-keyring | kwalletmanager | keepassxc
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

# Menus and icon caches: Debian's triggers cover these on current systems; these calls help on
# older ones and do nothing harmful elsewhere. Nothing touches any user's home directory.
cat > "$stage/DEBIAN/postinst" <<'EOF'
#!/bin/sh
set -e
if [ "$1" = "configure" ]; then
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q /usr/share/applications || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true
fi
exit 0
EOF
cat > "$stage/DEBIAN/postrm" <<'EOF'
#!/bin/sh
# Runs on remove and purge. Only the package's own files go (dpkg removes them); the users'
# chat libraries, settings, logs and keyring entries stay where they are.
set -e
case "$1" in
  remove|purge)
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q /usr/share/applications || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true
    ;;
esac
exit 0
EOF
chmod 0755 "$stage/DEBIAN/postinst" "$stage/DEBIAN/postrm"

# -- 4. the package --------------------------------------------------------------------------
mkdir -p "$dist"
rm -f "$deb"
# zstd -3 by default: ~10 s here where gzip takes minutes and xz far longer on two busy cores,
# for about the same size as gzip. It needs dpkg >= 1.21.18 (Debian 12, Ubuntu 21.10 and
# later), which the bundle's glibc needs anyway; set BACKUPGUI_DEB_COMPRESSION=gzip (or xz)
# for older dpkg.
compression="${BACKUPGUI_DEB_COMPRESSION:-zstd}"
level=(); [ "$compression" = zstd ] && level=(-z3)
dpkg-deb --root-owner-group -Z"$compression" "${level[@]}" --build "$stage" "$deb" >/dev/null
log "wrote $deb ($(du -h "$deb" | cut -f1), installs $((installed_kb / 1024)) MB)"
