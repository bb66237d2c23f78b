# Build the Windows installer: locked dependencies -> PyInstaller bundle -> sign -> self-test ->
# Inno Setup (signed setup and uninstaller).
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# Needs Python 3.11 (x64), Inno Setup 6 (iscc.exe on PATH or in its default folder) and, to sign,
# the Windows SDK's signtool.exe with:
#   WINDOWS_CERTIFICATE_FILE      a code-signing certificate (.pfx)
#   WINDOWS_CERTIFICATE_PASSWORD  its password
#   WINDOWS_TIMESTAMP_URL         RFC 3161 time-stamping server (default DigiCert's)
# Output: packaging\dist\backupgui-X.Y.Z-setup.exe. Cannot run on the Linux CI: the GitHub
# Actions workflow .github/workflows/desktop.yml runs it on windows-latest.
$ErrorActionPreference = "Stop"
$Repo = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $Repo
if (-not $env:SOURCE_DATE_EPOCH) { $env:SOURCE_DATE_EPOCH = (git log -1 --format=%ct) }
$env:PYTHONHASHSEED = "0"

# Exactly the locked, hash-checked dependencies, then backupgui itself without resolving.
python -m pip install -q --require-hashes --no-deps -r packaging\requirements\build.txt -r packaging\requirements\app.txt
if ($LASTEXITCODE -ne 0) { throw "pip install of the locked dependencies failed" }
python -m pip install -q --no-deps --no-build-isolation .
if ($LASTEXITCODE -ne 0) { throw "pip install of backupgui failed" }
$Version = (python -c "import backupgui; print(backupgui.__version__)").Trim()
Write-Host "backupgui $Version"

python packaging\embed_google_client.py  # BACKUPGUI_GOOGLE_CLIENT_ID/_SECRET -> resource
if ($LASTEXITCODE -ne 0) { throw "embedding the Google OAuth client failed" }
python -m PyInstaller --noconfirm --clean --log-level WARN `
  --distpath packaging\dist --workpath packaging\build\pyinstaller `
  packaging\pyinstaller\backupgui.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
# The spec's Qt selection (backupgui.spec, QT_PLUGINS): the Windows platform plugin is in, Qt's
# TLS backends (Schannel, OpenSSL, certificate-only) are not: the app's HTTPS is Python's ssl.
$Plugins = "packaging\dist\backupgui\_internal\PySide6\plugins"
if (-not (Test-Path "$Plugins\platforms\qwindows.dll")) { throw "the bundle lacks $Plugins\platforms\qwindows.dll" }
if (Test-Path "$Plugins\tls") { throw "the bundle carries Qt TLS plugins: $Plugins\tls" }

$Sign = [bool]$env:WINDOWS_CERTIFICATE_FILE
$Ts = if ($env:WINDOWS_TIMESTAMP_URL) { $env:WINDOWS_TIMESTAMP_URL } else { "http://timestamp.digicert.com" }
if ($Sign) {
  $SignTool = (Get-Command signtool.exe -ErrorAction SilentlyContinue).Source
  if (-not $SignTool) {
    $SignTool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
      Sort-Object FullName | Select-Object -Last 1 -ExpandProperty FullName
  }
  $SignArgs = @("sign", "/fd", "sha256", "/tr", $Ts, "/td", "sha256",
                "/f", $env:WINDOWS_CERTIFICATE_FILE, "/p", $env:WINDOWS_CERTIFICATE_PASSWORD)
  # The two executables and every DLL/PYD the bundle carries unsigned.
  Get-ChildItem packaging\dist\backupgui -Recurse -Include *.exe, *.dll, *.pyd | ForEach-Object {
    $sig = Get-AuthenticodeSignature $_.FullName
    if ($sig.Status -ne "Valid") {
      & $SignTool @SignArgs $_.FullName
      if ($LASTEXITCODE -ne 0) { throw "signing $($_.FullName) failed" }
    }
  }
}

# The GUI exe is windowed (no console), so the self-test writes its report to
# %LOCALAPPDATA%\backupgui\Logs\selftest.txt; its exit code is the verdict.
$env:QT_QPA_PLATFORM = "offscreen"
$p = Start-Process -FilePath "packaging\dist\backupgui\backupgui.exe" -ArgumentList "--self-test" `
  -Wait -PassThru -NoNewWindow
Remove-Item Env:QT_QPA_PLATFORM
$Report = Join-Path $env:LOCALAPPDATA "backupgui\Logs\selftest.txt"
if (Test-Path $Report) { Get-Content $Report }
if ($p.ExitCode -ne 0) { throw "the bundle's self-test failed ($($p.ExitCode))" }

$Iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $Iscc) { $Iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
$IsccArgs = @("/DAppVersion=$Version")
if ($Sign) {
  $IsccArgs += "/DSign"
  $IsccArgs += "/Ssigntool=`"$SignTool`" sign /fd sha256 /tr $Ts /td sha256 /f `"$($env:WINDOWS_CERTIFICATE_FILE)`" /p $($env:WINDOWS_CERTIFICATE_PASSWORD) `$f"
}
& $Iscc @IsccArgs packaging\windows\backupgui.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
$Setup = "packaging\dist\backupgui-$Version-setup.exe"
if ($Sign) {
  $sig = Get-AuthenticodeSignature $Setup
  if ($sig.Status -ne "Valid") { throw "the setup is not validly signed: $($sig.Status)" }
}
Write-Host "wrote $Setup"
