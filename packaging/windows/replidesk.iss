; Inno Setup script for the Windows installer: a per-user install (no administrator rights),
; a Start-menu entry, an optional desktop icon, and an uninstaller. Built by the release workflow:
;   iscc /DAppVersion=0.1.0 /DSourceDir=..\..\dist\Replidesk /DOutputDir=..\..\dist packaging\windows\replidesk.iss

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\Replidesk"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
AppId={{6F0C2D8E-4B1A-4E55-9D3A-3C1E2B7A9F10}
AppName=Replidesk
AppVersion={#AppVersion}
AppVerName=Replidesk {#AppVersion}
AppPublisher=Replidesk developers
AppComments=Run AI models hosted on Replicate. Replidesk is independent of Replicate, Inc.
DefaultDirName={autopf}\Replidesk
DefaultGroupName=Replidesk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=Replidesk-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\replidesk.ico
UninstallDisplayIcon={app}\Replidesk.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Replidesk"; Filename: "{app}\Replidesk.exe"
Name: "{autodesktop}\Replidesk"; Filename: "{app}\Replidesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\Replidesk.exe"; Description: "{cm:LaunchProgram,Replidesk}"; Flags: nowait postinstall skipifsilent
