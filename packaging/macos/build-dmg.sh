#!/usr/bin/env bash
# Build backupgui.app and a drag-to-Applications .dmg on macOS.
#
#   packaging/macos/build-dmg.sh
#
# Needs Python 3.11 with backupgui installed (pip install -e .), Xcode command line tools
# (codesign, hdiutil). Output: packaging/dist/backupgui.app and packaging/dist/backupgui-X.Y.Z.dmg
# Signing: CODESIGN_IDENTITY="Developer ID Application: ..." signs with the hardened runtime
# (default: ad-hoc "-", enough to run locally). Notarization: set NOTARY_PROFILE to a profile
# stored with `xcrun notarytool store-credentials` and the .dmg is notarized and stapled.
# The bundle is built for the machine's architecture (arm64 or x86_64).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
packaging="$(dirname "$here")"
repo="$(dirname "$packaging")"
cd "$repo"
PY="${PYTHON:-python3}"
"$PY" -m pip install -q "pyinstaller==${PYINSTALLER_VERSION:-6.22.3}"
read -r APP_NAME VERSION < <("$PY" -c 'import backupgui as b; print(b.APP_NAME, b.__version__)')
dist="$packaging/dist"
app="$dist/$APP_NAME.app"
dmg="$dist/$APP_NAME-$VERSION.dmg"

"$PY" "$packaging/embed_google_client.py"  # BACKUPGUI_GOOGLE_CLIENT_ID/_SECRET -> resource
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN --distpath "$dist" \
  --workpath "$packaging/build/pyinstaller" "$packaging/pyinstaller/backupgui.spec"
/usr/libexec/PlistBuddy -c "Print :CFBundleIdentifier" "$app/Contents/Info.plist"
/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" "$app/Contents/Info.plist"

identity="${CODESIGN_IDENTITY:--}"
ts=(); [ "$identity" != "-" ] && ts=(--timestamp)  # ad-hoc signatures carry no timestamp
codesign --force --deep ${ts[@]+"${ts[@]}"} --options runtime --entitlements "$here/entitlements.plist" \
  --sign "$identity" "$app"
codesign --verify --deep --strict "$app"

# The self-test of the signed bundle (windowed: the report may go to ~/Library/Logs/backupgui).
QT_QPA_PLATFORM=offscreen "$app/Contents/MacOS/$APP_NAME" --self-test \
  || { cat "$HOME/Library/Logs/$APP_NAME/selftest.txt" 2>/dev/null; exit 1; }

stage="$packaging/build/dmg"
rm -rf "$stage" "$dmg"
mkdir -p "$stage"
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
hdiutil create -volname "$APP_NAME $VERSION" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$dmg"
if [ -n "${NOTARY_PROFILE:-}" ]; then
  codesign --force --sign "${CODESIGN_IDENTITY:?}" --timestamp "$dmg"
  xcrun notarytool submit "$dmg" --keychain-profile "$NOTARY_PROFILE" --wait
  xcrun stapler staple "$dmg"
fi
echo "wrote $dmg"
