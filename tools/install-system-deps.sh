#!/usr/bin/env bash
# Debian packages the tests need: LibreOffice (render checks), fonts-liberation2 (Liberation
# Serif with every Vietnamese letter; the older fonts-liberation lacks many, and LibreOffice
# would fall back to another font), poppler-utils (PDF to PNG for looking at output),
# tesseract-ocr with its Vietnamese model (importing scanned notices), Xvfb and the xcb
# libraries a real Qt window needs (screenshots); and for the Windows check
# (tools/windows/check.sh): Wine (64-bit), mingw-w64 (a stub DLL), osslsigncode (Python's
# signatures), NSIS (the installer), xdotool, ImageMagick and x11-utils (waiting for and
# photographing a window), locales. Does nothing when all are there.
set -euo pipefail
packages=(libreoffice-writer-nogui fonts-liberation2 poppler-utils tesseract-ocr tesseract-ocr-vie
          xvfb xauth
          libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
          libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0
          libegl1 libgl1 libfontconfig1 libdbus-1-3
          wine wine64 gcc-mingw-w64-x86-64-win32 osslsigncode nsis xdotool imagemagick
          x11-utils locales bsdutils ca-certificates)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Please install: ${missing[*]} (Debian/Ubuntu package names)" >&2
  exit 1
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "Installing: ${missing[*]}"
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
