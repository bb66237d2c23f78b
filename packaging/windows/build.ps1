# Build the Windows installer: PyInstaller bundle -> self-test -> Inno Setup.
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# Needs Python 3.11 (x64) with backupgui installed (pip install -e .) and Inno Setup 6
# (iscc.exe on PATH or in its default folder). Output: packaging\dist\backupgui-X.Y.Z-setup.exe
$ErrorActionPreference = "Stop"
$Repo = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $Repo
$PyInstallerVersion = if ($env:PYINSTALLER_VERSION) { $env:PYINSTALLER_VERSION } else { "6.22.3" }

python -m pip install -q "pyinstaller==$PyInstallerVersion"
$Version = (python -c "import backupgui; print(backupgui.__version__)").Trim()
Write-Host "backupgui $Version"

python packaging\embed_google_client.py  # BACKUPGUI_GOOGLE_CLIENT_ID/_SECRET -> resource
if ($LASTEXITCODE -ne 0) { throw "embedding the Google OAuth client failed" }
python -m PyInstaller --noconfirm --clean --log-level WARN `
  --distpath packaging\dist --workpath packaging\build\pyinstaller `
  packaging\pyinstaller\backupgui.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

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
& $Iscc "/DAppVersion=$Version" packaging\windows\backupgui.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Write-Host "wrote packaging\dist\backupgui-$Version-setup.exe"
