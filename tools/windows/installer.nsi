; The Windows installer: ucd-desktop-setup-<version>.exe from the PyInstaller folder.
;
;   makensis -INPUTCHARSET UTF8 -DVERSION=0.1.0 -DDIST=dist/ucd-desktop \
;            -DOUTFILE=ucd-desktop-setup-0.1.0.exe -DICON=resources/icons/ucd-desktop.ico \
;            tools/windows/installer.nsi             (tools/windows/check.sh does this)
;
; - Per user, no administrator rights: installs into %LOCALAPPDATA%\Programs\ucd-desktop,
;   writes only under HKEY_CURRENT_USER.
; - Start-menu and desktop shortcuts named "Soạn thảo Thông báo kết luận", with the icon.
; - .ucd files open in the app (double-click opens the draft).
; - The uninstaller removes only what was installed: drafts, the user's templates, settings
;   and logs (%LOCALAPPDATA%\ucd-desktop, %APPDATA%\ucd-desktop, Documents) stay.
; - For IT, silent mode:  ucd-desktop-setup-0.1.0.exe /S [/SHARED=\\server\mau] [/D=folder]
;   (/D last, without quotes). /SHARED names the office's shared template folder(s),
;   separated by ";", stored in HKCU\Software\ucd-desktop\SharedTemplates.

; 64-bit installer (the app is 64-bit; Wine here has no 32-bit side either).
Target amd64-unicode
SetCompressor /SOLID lzma
RequestExecutionLevel user

!ifndef VERSION
  !error "-DVERSION=... is required"
!endif
!ifndef DIST
  !error "-DDIST=... (the PyInstaller folder) is required"
!endif
!ifndef OUTFILE
  !define OUTFILE "ucd-desktop-setup-${VERSION}.exe"
!endif

!define APP "ucd-desktop"
!define NAME_VI "Soạn thảo Thông báo kết luận"
!define EXE "ucd-desktop.exe"
!define PROGID "ucd-desktop.draft"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\ucd-desktop"
!define SETTINGS_KEY "Software\ucd-desktop"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"

Name "${NAME_VI}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${SETTINGS_KEY}" "InstallDir"
BrandingText "${APP} ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1066 "ProductName" "${NAME_VI}"
VIAddVersionKey /LANG=1066 "FileDescription" "Cài đặt ${NAME_VI}"
VIAddVersionKey /LANG=1066 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1066 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1066 "LegalCopyright" "MIT License"

!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Vietnamese"
!insertmacro MUI_LANGUAGE "English"

Section "install"
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  File /r "${DIST}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortCut "$SMPROGRAMS\${NAME_VI}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
  CreateShortCut "$DESKTOP\${NAME_VI}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0

  ; .ucd -> the app (per user: HKCU\Software\Classes)
  WriteRegStr HKCU "Software\Classes\.ucd" "" "${PROGID}"
  WriteRegStr HKCU "Software\Classes\${PROGID}" "" "Bản nháp thông báo kết luận"
  WriteRegStr HKCU "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  WriteRegStr HKCU "${SETTINGS_KEY}" "InstallDir" "$INSTDIR"
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/SHARED=" $R1
  ${IfNot} ${Errors}
  ${AndIf} $R1 != ""
    WriteRegStr HKCU "${SETTINGS_KEY}" "SharedTemplates" "$R1"
  ${EndIf}

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${NAME_VI}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "ucd-desktop"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  ; Only what the installer put there: a user who chose a folder holding other files
  ; (or saved drafts beside the program) keeps them.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\ucd-desktop-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${NAME_VI}.lnk"
  Delete "$DESKTOP\${NAME_VI}.lnk"
  ReadRegStr $R0 HKCU "Software\Classes\.ucd" ""
  ${If} $R0 == "${PROGID}"
    DeleteRegKey HKCU "Software\Classes\.ucd"
  ${EndIf}
  DeleteRegKey HKCU "Software\Classes\${PROGID}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  ; The shared-template setting is IT's: kept for a reinstall. Only the folder goes.
  DeleteRegValue HKCU "${SETTINGS_KEY}" "InstallDir"
SectionEnd
