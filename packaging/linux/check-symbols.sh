#!/usr/bin/env bash
# List the highest GLIBC / GLIBCXX / CXXABI symbol versions any ELF file in a folder needs, and
# fail when one is above the build baseline (Debian 11: glibc 2.31, GCC 10's libstdc++).
#
#   packaging/linux/check-symbols.sh DIR [--max-glibc 2.31] [--max-glibcxx 3.4.28]
#
# Reads each file's version needs (.gnu.version_r, `readelf -V`): what the dynamic loader
# demands of the system's libraries when the file is loaded. Versions a library defines itself
# do not count. Prints the top versions with the files that need them.
set -euo pipefail
dir="${1:?usage: check-symbols.sh DIR [--max-glibc X.Y] [--max-glibcxx X.Y.Z]}"
shift
max_glibc=2.31 max_glibcxx=3.4.28 max_cxxabi=1.3.12
while [ "$#" -gt 0 ]; do
  case "$1" in
    --max-glibc) max_glibc="$2"; shift ;;
    --max-glibcxx) max_glibcxx="$2"; shift ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
  shift
done
needs="$(mktemp)"
trap 'rm -f "$needs"' EXIT
n=0
while IFS= read -r -d '' f; do
  [ "$(head -c4 "$f" | od -An -c | tr -d ' ')" = "177ELF" ] || continue
  n=$((n + 1))
  # Only the "Version needs" section: lines "Name: GLIBC_2.14  Flags: ..." after its header.
  readelf -V --wide "$f" 2>/dev/null | awk -v f="${f#"$dir"/}" '
    /^Version needs section/ {inneed=1; next}
    /^Version (definition|symbols) section/ {inneed=0}
    inneed && match($0, /Name: (GLIBC|GLIBCXX|CXXABI)_[0-9.]+/) {
      v=substr($0, RSTART+6, RLENGTH-6); print v "\t" f }' >>"$needs"
done < <(find "$dir" -type f \( -name '*.so*' -o -perm -u+x \) -print0)
[ "$n" -gt 0 ] || { echo "check-symbols: no ELF files in $dir" >&2; exit 1; }

status=0
for fam in GLIBC GLIBCXX CXXABI; do
  case $fam in GLIBC) max=$max_glibc ;; GLIBCXX) max=$max_glibcxx ;; CXXABI) max=$max_cxxabi ;; esac
  top="$(awk -F'\t' -v fam="$fam" 'index($1, fam "_") == 1 && substr($1, length(fam) + 2) ~ /^[0-9.]+$/ {print substr($1, length(fam) + 2)}' "$needs" \
    | sort -V -u | tail -n1)"
  if [ -z "$top" ]; then
    echo "check-symbols: $fam: not needed"
    continue
  fi
  who="$(awk -F'\t' -v v="${fam}_$top" '$1 == v {print $2}' "$needs" | sort -u | head -n3 | paste -sd, -)"
  if [ "$(printf '%s\n%s\n' "$top" "$max" | sort -V | tail -n1)" != "$max" ]; then
    echo "check-symbols: FAIL ${fam}_$top needed (baseline $max) by $who"
    awk -F'\t' -v fam="$fam" -v max="$max" 'index($1, fam "_") == 1 {print}' "$needs" \
      | sort -u | while IFS=$'\t' read -r v f; do
        [ "$(printf '%s\n%s\n' "${v#"${fam}"_}" "$max" | sort -V | tail -n1)" != "$max" ] && echo "  $v  $f"
      done | head -n 20
    status=1
  else
    echo "check-symbols: ${fam}_$top is the highest needed (baseline $max), e.g. by $who"
  fi
done
echo "check-symbols: $n ELF files checked"
exit $status
