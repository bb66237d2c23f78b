# Shared by the Linux packaging scripts (sourced): Debian roots made with debootstrap, cached.
#
#   CACHE                   $BACKUPGUI_PACKAGING_CACHE or /var/cache/backupgui-packaging
#   make_root SUITE DIR [PKG...]   debootstrap --variant=minbase SUITE into DIR (+ packages);
#                                  the downloaded .debs are kept in $CACHE/debs/SUITE
#   in_root DIR CMD...             run CMD in DIR as root, in a private mount namespace with
#                                  /proc, /dev and the apt cache mounted (gone when CMD ends);
#                                  IN_ROOT_BINDS="HOSTPATH:ROOTPATH ..." adds bind mounts.
# DEBIAN_MIRROR / DEBIAN_SECURITY choose the mirror (default deb.debian.org).
CACHE="${BACKUPGUI_PACKAGING_CACHE:-/var/cache/backupgui-packaging}"
DEBIAN_MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
DEBIAN_SECURITY="${DEBIAN_SECURITY:-http://deb.debian.org/debian-security}"

write_sources() {  # SUITE DIR: main + updates + security, nothing else
  local suite="$1" dir="$2"
  {
    echo "deb $DEBIAN_MIRROR $suite main"
    echo "deb $DEBIAN_MIRROR $suite-updates main"
    echo "deb $DEBIAN_SECURITY $suite-security main"
  } >"$dir/etc/apt/sources.list"
}

make_root() {
  local suite="$1" dir="$2"; shift 2
  local include=""
  [ "$#" -gt 0 ] && include="--include=$(IFS=,; echo "$*")"
  mkdir -p "$CACHE/debs/$suite"
  rm -rf "$dir"
  debootstrap --variant=minbase --cache-dir="$CACHE/debs/$suite" $include \
    "$suite" "$dir" "$DEBIAN_MIRROR" >"$dir.debootstrap.log" 2>&1 \
    || { tail -30 "$dir.debootstrap.log" >&2; return 1; }
  rm -f "$dir.debootstrap.log"
  write_sources "$suite" "$dir"
  # No recommends, no documentation or man pages (smaller roots, same behaviour).
  printf 'APT::Install-Recommends "false";\nAPT::Install-Suggests "false";\n' \
    >"$dir/etc/apt/apt.conf.d/90backupgui"
  in_root "$dir" sh -c 'apt-get update -qq && apt-get -y -qq upgrade >/dev/null' >&2
}

# What a root is made of (make_root and write_sources): the cache key of cached roots.
roots_key() { declare -f make_root write_sources; }

in_root() {
  local dir="$1"; shift
  cp -L /etc/resolv.conf "$dir/etc/resolv.conf" 2>/dev/null || true
  # HTTPS from inside (pip) trusts what the host trusts (e.g. a proxy's own CA).
  local ca=""
  if [ -f /etc/ssl/certs/ca-certificates.crt ] && [ -d "$dir/etc/ssl" ]; then
    cp -L /etc/ssl/certs/ca-certificates.crt "$dir/etc/ssl/host-ca-certificates.crt"
    ca="SSL_CERT_FILE=/etc/ssl/host-ca-certificates.crt PIP_CERT=/etc/ssl/host-ca-certificates.crt"
  fi
  IN_ROOT_CA="$ca" unshare --mount --propagation private -- /bin/sh -ec '
    r="$1"; shift
    mount -t proc proc "$r/proc"
    mount --rbind /dev "$r/dev"
    for b in $IN_ROOT_BINDS; do
      mkdir -p "$r${b#*:}"
      mount --bind "${b%%:*}" "$r${b#*:}"
    done
    exec chroot "$r" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
      HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive TERM=dumb \
      $IN_ROOT_CA ${IN_ROOT_ENV:-} "$@"
  ' in_root "$dir" "$@"
}

# -- Ubuntu roots (focal, jammy, noble) ---------------------------------------------------------
# The archive's signing key is pinned by fingerprint: the keyring package is fetched over plain
# HTTP, and only the key with this fingerprint is taken from it ("Ubuntu Archive Automatic
# Signing Key (2018)", which signs focal's to noble's Release files), so debootstrap and apt in
# the root verify everything else against it.
UBUNTU_MIRROR="${UBUNTU_MIRROR:-http://archive.ubuntu.com/ubuntu}"
UBUNTU_SECURITY="${UBUNTU_SECURITY:-http://security.ubuntu.com/ubuntu}"
UBUNTU_ARCHIVE_KEY=F6ECB3762474EDA9D21B7022871920D1991BC93C
UBUNTU_KEYRING_DEB=pool/main/u/ubuntu-keyring/ubuntu-keyring_2023.11.28.1_all.deb

is_ubuntu() { case "$1" in focal|jammy|noble) return 0 ;; *) return 1 ;; esac; }

ubuntu_keyring() {  # prints the path of a keyring holding only the pinned archive key
  local out="$CACHE/ubuntu-archive-$UBUNTU_ARCHIVE_KEY.gpg" tmp
  if [ ! -s "$out" ]; then
    tmp="$(mktemp -d)"
    curl -fsS -m 120 -o "$tmp/k.deb" "$UBUNTU_MIRROR/$UBUNTU_KEYRING_DEB" >&2
    dpkg-deb --fsys-tarfile "$tmp/k.deb" \
      | tar -xO ./usr/share/keyrings/ubuntu-archive-keyring.gpg >"$tmp/all.gpg"
    mkdir -m 700 "$tmp/gnupg"
    gpg -q --homedir "$tmp/gnupg" --import "$tmp/all.gpg" 2>/dev/null
    gpg -q --homedir "$tmp/gnupg" --export "$UBUNTU_ARCHIVE_KEY" >"$tmp/pinned.gpg"
    gpg --show-keys --with-colons "$tmp/pinned.gpg" 2>/dev/null \
      | grep -qx "fpr:::::::::$UBUNTU_ARCHIVE_KEY:" \
      || { echo "the Ubuntu keyring lacks key $UBUNTU_ARCHIVE_KEY" >&2; rm -rf "$tmp"; return 1; }
    mv "$tmp/pinned.gpg" "$out"
    rm -rf "$tmp"
  fi
  echo "$out"
}

write_ubuntu_sources() {  # SUITE DIR: main and universe (libxcb-cursor0 is in universe)
  local suite="$1" dir="$2"
  {
    echo "deb $UBUNTU_MIRROR $suite main universe"
    echo "deb $UBUNTU_MIRROR $suite-updates main universe"
    echo "deb $UBUNTU_SECURITY $suite-security main universe"
  } >"$dir/etc/apt/sources.list"
}

make_ubuntu_root() {  # SUITE DIR: like make_root, from Ubuntu's archive
  local suite="$1" dir="$2" keyring script=""
  keyring="$(ubuntu_keyring)"
  # debootstrap releases older than the suite lack its script; every Ubuntu suite since 7.10
  # uses the same one.
  [ -e "/usr/share/debootstrap/scripts/$suite" ] || script=/usr/share/debootstrap/scripts/gutsy
  mkdir -p "$CACHE/debs/$suite"
  rm -rf "$dir"
  debootstrap --variant=minbase --keyring="$keyring" --components=main,universe \
    --cache-dir="$CACHE/debs/$suite" "$suite" "$dir" "$UBUNTU_MIRROR" $script \
    >"$dir.debootstrap.log" 2>&1 || { tail -30 "$dir.debootstrap.log" >&2; return 1; }
  rm -f "$dir.debootstrap.log"
  write_ubuntu_sources "$suite" "$dir"
  printf 'APT::Install-Recommends "false";\nAPT::Install-Suggests "false";\n' \
    >"$dir/etc/apt/apt.conf.d/90backupgui"
  in_root "$dir" sh -c 'apt-get update -qq && apt-get -y -qq upgrade >/dev/null' >&2
}

ubuntu_roots_key() { declare -f make_ubuntu_root write_ubuntu_sources ubuntu_keyring; }
