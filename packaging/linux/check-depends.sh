#!/usr/bin/env bash
# Check an installed package's ELF dependencies against its declared Depends.
#
#   packaging/linux/check-depends.sh ROOT          (ROOT: a Debian root with backupgui installed)
#
# Reads every ELF file under ROOT/opt/backupgui with readelf (on the host): each library it
# needs (DT_NEEDED) must be one the bundle carries or one that a package named directly in
# backupgui's Depends installed in ROOT (found with dpkg -S there), and ldd in ROOT must
# resolve everything. The libraries Qt needs that a minimal system lacks (xcb-cursor,
# libxkbcommon-x11, libEGL) are named, and fontconfig must find fonts for the scripts of the
# shipped languages that Latin-only systems lack (Arabic, Devanagari, Cyrillic).
# Prints one line per finding and "check-depends: OK ..." at the end; exits 1 on any problem.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
. "$here/roots.sh"
root="$(readlink -f "${1:?root}")"
bundle="$root/opt/backupgui"
[ -d "$bundle" ] || { echo "check-depends: no $bundle" >&2; exit 1; }
bad=0
problem() { echo "check-depends: FAIL $*"; bad=1; }

depends="$(in_root "$root" dpkg-query -W -f '${Depends}' backupgui)"
# Package names in Depends (every alternative counts), without versions.
declared="$(tr ',|' '\n\n' <<<"$depends" | sed -E 's/\(.*\)//; s/[[:space:]]//g' | sort -u)"

elves=()
while IFS= read -r -d '' f; do
  [ "$(head -c4 "$f" | od -An -c | tr -d ' ')" = "177ELF" ] && elves+=("$f")
done < <(find "$bundle" -type f -print0)
[ "${#elves[@]}" -gt 0 ] || { echo "check-depends: no ELF file in $bundle" >&2; exit 1; }

# What the bundle provides itself: its files' names and sonames.
provided="$(
  for f in "${elves[@]}"; do
    basename "$f"
    readelf -d "$f" 2>/dev/null | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p'
  done | sort -u)"
needed="$(
  for f in "${elves[@]}"; do
    readelf -d "$f" 2>/dev/null | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'
  done | sort -u)"
external="$(comm -23 <(echo "$needed") <(echo "$provided"))"

# Each external soname -> the file in ROOT (its linker cache) -> the package owning it there.
cache="$(in_root "$root" ldconfig -p)"
: >"$root/tmp/check-depends-paths.txt"
for so in $external; do
  path="$(awk -v so="$so" '$1 == so && /x86-64/ {print $NF; exit}' <<<"$cache")"
  [ -n "$path" ] || { problem "$so is needed but no installed package provides it"; continue; }
  echo "$so $path" >>"$root/tmp/check-depends-paths.txt"
done
# The owner and the names it provides (the 64-bit time_t renames of Debian 13 and Ubuntu 24.04,
# e.g. libglib2.0-0t64, provide the old names that Depends, worked out on Debian 11, uses).
owned="$(in_root "$root" sh -c '
  while read -r so path; do
    owner="$(dpkg -S "$path" 2>/dev/null || dpkg -S "$(readlink -f "$path")" 2>/dev/null || true)"
    owner="${owner%%:*}"
    provides=""
    [ -n "$owner" ] && provides="$(dpkg-query -W -f "\${Provides}" "$owner" \
      | tr "," "\n" | sed -E "s/\(.*\)//; s/:any//; s/[[:space:]]//g" | tr "\n" " ")"
    echo "$so $path $owner $provides"
  done </tmp/check-depends-paths.txt')"
rm -f "$root/tmp/check-depends-paths.txt"
owners=""
while read -r so path owner provides; do
  [ -n "$so" ] || continue
  [ -n "$owner" ] || { problem "$so ($path) belongs to no package"; continue; }
  owners+="$owner"$'\n'
  ok=0
  for name in $owner $provides; do grep -qxF "$name" <<<"$declared" && ok=1; done
  [ "$ok" = 1 ] || problem "$so comes from $owner, which Depends does not name"
done <<<"$owned"
echo "check-depends: ${#elves[@]} ELF files need $(wc -w <<<"$external") system libraries from" \
  "$(sort -u <<<"$owners" | sed '/^$/d' | wc -l) packages:" $(sort -u <<<"$owners")

# The libraries Qt's xcb and EGL integrations need that minimal systems lack.
for pkg in libxcb-cursor0 libxkbcommon-x11-0 libegl1 fontconfig hicolor-icon-theme; do
  grep -qxF "$pkg" <<<"$declared" || problem "Depends lacks $pkg"
done

# ldd in the root: nothing unresolved (the real loader's view, RPATHs included), with the
# library path the bundle's bootloader sets (its _internal folder) and nothing else.
printf '%s\n' "${elves[@]#"$root"}" >"$root/tmp/check-depends-elves.txt"
unresolved="$(in_root "$root" sh -c '
  while read -r f; do
    LD_LIBRARY_PATH=/opt/backupgui/_internal ldd "$f" 2>/dev/null | sed -n "s|.*not found.*|$f: &|p"
  done </tmp/check-depends-elves.txt' | sort -u)"
rm -f "$root/tmp/check-depends-elves.txt"
[ -z "$unresolved" ] || problem "ldd finds unresolved libraries:"$'\n'"$unresolved"

# Fonts for the scripts of the shipped languages (ar, hi, ru) must be installed.
for lang in ar hi ru; do
  n="$(in_root "$root" fc-list ":lang=$lang" family | sort -u | wc -l)"
  [ "$n" -gt 0 ] || problem "fontconfig finds no font for $lang"
  echo "check-depends: fonts for $lang: $n"
done
[ "$bad" = 0 ] || exit 1
echo "check-depends: OK"
