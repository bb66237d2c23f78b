#!/usr/bin/env bash
# Build, sign, notarize and check backupgui.app and a drag-to-Applications .dmg on macOS.
#
#   packaging/macos/build-dmg.sh
#
# Needs macOS 13+ with Xcode command line tools, Python 3.11 (python.org universal2 or the
# runner's) and the locked dependencies: pip install --require-hashes -r
# packaging/requirements/build.txt -r packaging/requirements/app.txt && pip install --no-deps .
# Output: packaging/dist/backupgui.app and packaging/dist/backupgui-X.Y.Z.dmg, for the
# machine's architecture (arm64 or x86_64).
#
# Environment (all optional; without them the app is signed ad hoc and runs only locally):
#   CODESIGN_IDENTITY   "Developer ID Application: NAME (TEAMID)" in the keychain
#   APPLE_TEAM_ID       the team id: fills keychain-access-groups in entitlements.plist
#   MACOS_PROVISIONING_PROFILE  Developer ID provisioning profile embedded for that entitlement
#   NOTARY_PROFILE      a profile stored with `xcrun notarytool store-credentials`: the app and
#                       the .dmg are notarized, stapled and assessed by Gatekeeper (spctl)
# Signing goes inside out (every Mach-O file, then the bundle), never with --deep, each with
# the hardened runtime and a secure timestamp; only the two executables get entitlements.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
packaging="$(dirname "$here")"
repo="$(dirname "$packaging")"
cd "$repo"
PY="${PYTHON:-python3}"
read -r APP_NAME VERSION < <("$PY" -c 'import backupgui as b; print(b.APP_NAME, b.__version__)')
dist="$packaging/dist"
app="$dist/$APP_NAME.app"
dmg="$dist/$APP_NAME-$VERSION.dmg"
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct)}"

"$PY" "$packaging/embed_google_client.py"  # BACKUPGUI_GOOGLE_CLIENT_ID/_SECRET -> resource
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN --distpath "$dist" \
  --workpath "$packaging/build/pyinstaller" "$packaging/pyinstaller/backupgui.spec"
/usr/libexec/PlistBuddy -c "Print :CFBundleIdentifier" "$app/Contents/Info.plist"
# The spec's Qt selection (backupgui.spec, QT_PLUGINS): the Cocoa platform plugin is in, Qt's
# TLS backends (Secure Transport, OpenSSL, certificate-only) are not: the app's HTTPS is Python's ssl.
[ -n "$(find "$app/Contents" -path '*/plugins/platforms/libqcocoa.dylib' -print -quit)" ] \
  || { echo "the bundle lacks Qt's Cocoa platform plugin"; exit 1; }
tls="$(find "$app/Contents" -path '*/plugins/tls*' -print)"
[ -z "$tls" ] || { echo "the bundle carries Qt TLS plugins: $tls"; exit 1; }
min_os="$(/usr/libexec/PlistBuddy -c "Print :LSMinimumSystemVersion" "$app/Contents/Info.plist")"
# No Mach-O file in the bundle may need a newer macOS than Info.plist promises.
too_new="$(find "$app/Contents" -type f \( -name '*.so' -o -name '*.dylib' -o -perm -u+x \) \
  -exec sh -c 'vtool -show-build "$1" 2>/dev/null | awk -v f="$1" "/minos/ {print \$2, f}"' _ {} \; \
  | sort -V | awk -v min="$min_os" '{split($1, a, "."); split(min, b, ".");
      if (a[1] > b[1] || (a[1] == b[1] && a[2] > b[2])) print}')"
[ -z "$too_new" ] || { echo "needs a newer macOS than $min_os:"; echo "$too_new"; exit 1; }

# -- entitlements and provisioning profile ----------------------------------------------------
ent="$packaging/build/entitlements.plist"
mkdir -p "$packaging/build"
cp "$here/entitlements.plist" "$ent"
if [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${MACOS_PROVISIONING_PROFILE:-}" ]; then
  sed -i '' "s/TEAMID\./${APPLE_TEAM_ID}./" "$ent"
  cp "$MACOS_PROVISIONING_PROFILE" "$app/Contents/embedded.provisionprofile"
else
  /usr/libexec/PlistBuddy -c "Delete :keychain-access-groups" "$ent"
fi

# -- sign inside out --------------------------------------------------------------------------
identity="${CODESIGN_IDENTITY:--}"
opts=(--force --options runtime --sign "$identity")
[ "$identity" != "-" ] && opts+=(--timestamp)  # ad-hoc signatures carry no timestamp
find "$app/Contents" -type f \( -name '*.so' -o -name '*.dylib' -o -perm -u+x \) -print0 \
  | while IFS= read -r -d '' f; do
      if file -b "$f" | grep -q 'Mach-O'; then
        case "$f" in */Contents/MacOS/"$APP_NAME"|*/Contents/MacOS/"$APP_NAME"-cli) ;;
          *) codesign "${opts[@]}" "$f" ;;
        esac
      fi
    done
# Framework bundles inside the app (Qt) are signed as bundles, then the executables, then the app.
find "$app/Contents" -type d -name '*.framework' -prune -print0 \
  | while IFS= read -r -d '' fw; do codesign "${opts[@]}" "$fw"; done
codesign "${opts[@]}" --entitlements "$ent" "$app/Contents/MacOS/$APP_NAME-cli"
codesign "${opts[@]}" --entitlements "$ent" "$app/Contents/MacOS/$APP_NAME"
codesign "${opts[@]}" --entitlements "$ent" "$app"
codesign --verify --deep --strict --verbose=2 "$app"
codesign -d --entitlements - --xml "$app" >/dev/null

# The self-test of the signed bundle (windowed: the report goes to ~/Library/Logs/backupgui).
QT_QPA_PLATFORM=offscreen "$app/Contents/MacOS/$APP_NAME" --self-test \
  || { cat "$HOME/Library/Logs/$APP_NAME/selftest.txt" 2>/dev/null; exit 1; }

notarize() {  # submit, wait, fail on anything but Accepted
  xcrun notarytool submit "$1" --keychain-profile "$NOTARY_PROFILE" --wait --timeout 1h \
    | tee "$packaging/build/notary.txt"
  grep -q "status: Accepted" "$packaging/build/notary.txt"
}
if [ -n "${NOTARY_PROFILE:-}" ]; then
  ditto -c -k --keepParent "$app" "$packaging/build/$APP_NAME.zip"
  notarize "$packaging/build/$APP_NAME.zip"
  xcrun stapler staple "$app"
  xcrun stapler validate "$app"
  spctl --assess --type execute --verbose=2 "$app"
fi

# -- the .dmg ---------------------------------------------------------------------------------
stage="$packaging/build/dmg"
rm -rf "$stage" "$dmg"
mkdir -p "$stage"
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
hdiutil create -volname "$APP_NAME $VERSION" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$dmg"
if [ "$identity" != "-" ]; then
  codesign --force --timestamp --sign "$identity" "$dmg"
fi
if [ -n "${NOTARY_PROFILE:-}" ]; then
  notarize "$dmg"
  xcrun stapler staple "$dmg"
  spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
fi
echo "wrote $dmg"
