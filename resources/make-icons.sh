#!/usr/bin/env bash
# Render every icon the packages need from resources/backupgui.svg.
#   resources/icons/hicolor/NxN/apps/<APP_ID>.png   Linux (freedesktop hicolor theme layout)
#   resources/icons/hicolor/scalable/apps/<APP_ID>.svg
#   resources/icons/backupgui.ico                     Windows (16..256, PNG-compressed 256)
#   resources/icons/backupgui.icns                    macOS (16..1024)
#   backupgui/resources/icons/backupgui{.svg,-256.png} the running app's window icon
# Needs rsvg-convert (librsvg2-bin), convert (imagemagick) and png2icns (icnsutils).
# The outputs are committed, so builds do not need these tools; rerun after editing the SVG.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
APP_ID="io.github.backupgui.BackupGUI"
svg="$here/backupgui.svg"
out="$here/icons"
for tool in rsvg-convert convert png2icns; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install librsvg2-bin imagemagick icnsutils)" >&2; exit 1; }
done

mkdir -p "$out/hicolor/scalable/apps"
cp "$svg" "$out/hicolor/scalable/apps/$APP_ID.svg"
for s in 16 24 32 48 64 128 256 512 1024; do
  d="$out/hicolor/${s}x${s}/apps"
  mkdir -p "$d"
  rsvg-convert -w "$s" -h "$s" "$svg" -o "$d/$APP_ID.png"
done
png() { echo "$out/hicolor/${1}x${1}/apps/$APP_ID.png"; }

# Windows .ico: the usual sizes; ImageMagick stores the 256 px entry as PNG.
convert "$(png 16)" "$(png 24)" "$(png 32)" "$(png 48)" "$(png 64)" "$(png 128)" "$(png 256)" \
  "$out/backupgui.ico"

# macOS .icns: png2icns picks the icon type from each PNG's size.
png2icns "$out/backupgui.icns" "$(png 16)" "$(png 32)" "$(png 48)" "$(png 128)" "$(png 256)" \
  "$(png 512)" "$(png 1024)" >/dev/null

# The running app's window icon (package data).
mkdir -p "$repo/backupgui/resources/icons"
cp "$svg" "$repo/backupgui/resources/icons/backupgui.svg"
cp "$(png 256)" "$repo/backupgui/resources/icons/backupgui-256.png"
echo "icons written to $out and backupgui/resources/icons/"
