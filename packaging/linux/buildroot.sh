#!/usr/bin/env bash
# The Linux build baseline: a Debian 11 (bullseye, glibc 2.31) root made with debootstrap, with a
# Python 3.11 built inside it from Debian's own python3.11 source package (bookworm's).
#
#   packaging/linux/buildroot.sh            # print the root's path, creating it when needed
#   packaging/linux/buildroot.sh --rebuild  # throw the cached root away and make it again
#
# Everything bundled into the .deb is built or taken from this root, so no bundled library
# needs a newer glibc than 2.31 (packaging/linux/check-symbols.sh checks it). The root is kept
# in $BACKUPGUI_PACKAGING_CACHE (default /var/cache/backupgui-packaging) and reused while the
# recipe below is unchanged: its SHA-256 is written to the root's stamp file last, so an
# interrupted build is never taken for a finished one. A lock keeps two builds apart.
#
# Python is built without PGO/LTO (--enable-optimizations would run the test suite three
# times: about an hour here instead of 4 minutes) with parallel make. readline, curses, dbm and
# tkinter are not built: the app imports none of them, and readline would put GPL code into
# the bundle. libmpdec is Python's own copy (built in); expat, OpenSSL 1.1.1, libffi, SQLite,
# zlib, bzip2, xz and uuid are bullseye's (Debian LTS keeps them patched).
# Needs root, debootstrap and a Debian mirror (DEBIAN_MIRROR, default deb.debian.org).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
. "$here/roots.sh"

rebuild=0
case "${1:-}" in
  --rebuild) rebuild=1 ;;
  "") ;;
  -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
  *) echo "unknown option: $1" >&2; exit 2 ;;
esac

# -- the recipe (its hash is the cache key) -------------------------------------------------
PACKAGES="build-essential dpkg-dev binutils file ca-certificates xz-utils patchelf pkg-config
  libexpat1-dev libssl-dev libffi-dev zlib1g-dev libbz2-dev liblzma-dev libsqlite3-dev uuid-dev
  libsodium23
  libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0
  libegl1 libgl1 libopengl0 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
  libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xkb1
  libxcb-sync1 libxcb-xfixes0 libxcb-shm0 libxcb-render0 libxcb-util1 libwayland-client0
  libwayland-cursor0 libwayland-egl1 libxrender1 libsm6 libice6"
CONFIGURE="--prefix=/opt/python --enable-shared --with-ensurepip=no --with-system-expat
  --without-system-libmpdec --with-lto=no LDFLAGS=-Wl,-rpath,/opt/python/lib"
PYTHON_SOURCE=python3.11
# Debian's patches build pyexpat from Debian's own Setup file; a plain configure builds it with
# setup.py, which lacks the Py_BUILD_CORE_MODULE its 3.11 source needs: Setup.local says so.
BUILD='
  cd /build/python3.11-*/
  IFS="$(printf "\037")"; set -- $CONFIGURE_FLAGS; unset IFS
  printf "*shared*\npyexpat pyexpat.c -DPy_BUILD_CORE_MODULE -lexpat\n" \
    >Modules/Setup.local
  ./configure -q "$@" >/dev/null
  make -s -j"$(nproc)" >/build/make.log 2>&1 || { tail -50 /build/make.log; exit 1; }
  if grep -q "Failed to build these modules" /build/make.log; then
    grep -A3 "Failed to build these modules" /build/make.log; exit 1
  fi
  make -s install >/build/install.log 2>&1 || { tail -50 /build/install.log; exit 1; }
  /opt/python/bin/python3.11 -c "import ssl, ctypes, sqlite3, lzma, bz2, zlib, uuid, decimal, pyexpat, hashlib, sys; print(\"built Python\", sys.version.split()[0], ssl.OPENSSL_VERSION, \"SQLite\", sqlite3.sqlite_version, pyexpat.EXPAT_VERSION)"
  cd / && rm -rf /build
'
BASE="bullseye|$PACKAGES|$(roots_key)"
RECIPE="$BASE|$PYTHON_SOURCE|$CONFIGURE|$BUILD"

root="$CACHE/roots/bullseye-build"
key="$(printf '%s' "$RECIPE" | sha256sum | cut -c1-16)"
stamp="$root/.backupgui-buildroot"
mkdir -p "$CACHE/roots"
exec 9>"$CACHE/roots/.bullseye-build.lock"
flock 9
if [ "$rebuild" = 0 ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$key" ]; then
  echo "$root"
  exit 0
fi

t0=$(date +%s)
log() { echo "buildroot [$(( $(date +%s) - t0 ))s]: $*" >&2; }
base_key="$(printf '%s' "$BASE" | sha256sum | cut -c1-16)"
if [ "$rebuild" = 0 ] && [ "$(cat "$root/.backupgui-base" 2>/dev/null)" = "$base_key" ]; then
  log "reusing the debootstrapped root (only the Python build changed)"
  rm -rf "$root/opt/python" "$root/build" "$stamp"
else
  log "debootstrap bullseye -> $root"
  # shellcheck disable=SC2086 # one word per package
  make_root bullseye "$root" $PACKAGES
  echo "$base_key" >"$root/.backupgui-base"
fi

# Debian's python3.11 source package from bookworm (bullseye has 3.9): only its source is
# fetched (apt-get source unpacks it with Debian's patches applied); bullseye's toolchain
# builds it.
src_list="$root/etc/apt/sources.list.d/bookworm-src.list"
printf 'deb-src %s bookworm main\ndeb-src %s bookworm-updates main\ndeb-src %s bookworm-security main\n' \
  "$DEBIAN_MIRROR" "$DEBIAN_MIRROR" "$DEBIAN_SECURITY" >"$src_list"
log "apt-get source $PYTHON_SOURCE (bookworm)"
fetch_source="apt-get update -qq && rm -rf /build && mkdir -p /build && cd /build &&
  apt-get source -qq $PYTHON_SOURCE >/build/source.log 2>&1 && ls -d /build/$PYTHON_SOURCE-*/"
if ! in_root "$root" sh -ec "$fetch_source" >&2; then
  # Some mirrors carry the security archive's binary packages only: take the newest point
  # release's source then (bookworm + bookworm-updates).
  log "the bookworm-security source is not reachable here; using bookworm's point release"
  sed -i '/-security/d' "$src_list"
  in_root "$root" sh -ec "$fetch_source" >&2
fi

log "building Python (no PGO/LTO, make -j$(nproc))"
# shellcheck disable=SC2086 # CONFIGURE is a list of words
IN_ROOT_ENV="CONFIGURE_FLAGS=$(echo $CONFIGURE | tr ' ' '\037')" in_root "$root" sh -ec "$BUILD" >&2
echo "$key" >"$stamp"
log "done"
echo "$root"
