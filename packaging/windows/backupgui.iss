; Inno Setup 6 script of backupgui for Windows (x64): installs the PyInstaller one-folder bundle
; from packaging\dist\backupgui, a Start-menu shortcut, an optional desktop shortcut and an
; uninstaller (Settings > Apps). Build it on Windows with packaging\windows\build.ps1, or:
;
;   iscc /DAppVersion=0.1.0 packaging\windows\backupgui.iss
;
; -> packaging\dist\backupgui-0.1.0-setup.exe. AppVersion must be backupgui.__version__
; (build.ps1 reads it from the package metadata).
;
; Signing: with a code-signing certificate, define the sign tool when compiling, e.g.
;   iscc /DAppVersion=0.1.0 "/Ssigntool=signtool.exe sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /f cert.pfx /p PASSWORD $f" backupgui.iss
; (build.ps1 does this from WINDOWS_CERTIFICATE_FILE / WINDOWS_CERTIFICATE_PASSWORD). Inno Setup
; then signs the setup .exe and the uninstaller; build.ps1 signs the bundle's executables
; before. Without /DSign the script compiles unsigned (local test builds).
;
; Uninstalling removes what this installer put in {app}, the shortcuts and the "start at login"
; value the app may have written (HKCU\...\Run\backupgui). The user's chat library
; (%LOCALAPPDATA%\backupgui), settings (%LOCALAPPDATA%\backupgui or BACKUPGUI_CONFIG_DIR),
; logs (%LOCALAPPDATA%\backupgui\Logs) and the keys and tokens in Windows Credential Manager
; are left alone.

#define AppName "backupgui"
#define AppUserModelId "io.github.backupgui.BackupGUI"
#define AppExe "backupgui.exe"
#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z backupgui.iss
#endif

[Setup]
#ifdef Sign
SignTool=signtool
SignedUninstaller=yes
#endif
; A stable AppId keeps upgrades in place; never change it ({{ escapes the brace).
AppId={{6F0D3C52-7B8E-4C1B-9A57-3E2B8D1C4A90}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The backupgui developers
AppPublisherURL=https://github.com/backupgui/backupgui
AppSupportURL=https://github.com/backupgui/backupgui/issues
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user install by default (no admin prompt); the user may choose all users instead.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
OutputDir=..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\backupgui.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
ChangesAssociations=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\dist\{#AppName}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundle's _internal folder whole, so no stale module of an older
; version is left next to the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; AppUserModelID: "{#AppUserModelId}"; Comment: "End-to-end encrypted backups of your chats"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; AppUserModelID: "{#AppUserModelId}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Registry]
; The app writes this value itself when "start at login" is on (backupgui/automation/
; autostart.py); the installer never creates it (ValueType: none) but deletes it on uninstall,
; so Windows does not try to start a program that is gone.
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: none; ValueName: "{#AppName}"; Flags: uninsdeletevalue

; No [UninstallDelete] for user folders: the chat library, settings, logs and keyring entries
; belong to the user and survive an uninstall (and a reinstall finds them again).
