#!/usr/bin/env bash
# Build the ucd-desktop folder from build.spec, run its smoke mode, build the bare-window
# baseline the same way and compare the two sizes (docs/building.md explains the figures).
#
#   bash tools/build_bundle.sh                 # app + smoke + baseline + size report
#   bash tools/build_bundle.sh --no-baseline   # app + smoke only
#   bash tools/build_bundle.sh --clean-baseline
#       also builds the baseline in a fresh venv holding only PySide6-Essentials (needs
#       the network once); without it the baseline is built in this environment and
#       tools/bundle_size.py leaves out the QtPdf files PySide6-Pdf adds to any Qt build.
#
# Needs the build extra: pip install -e '.[build]'. Output: dist/ucd-desktop/ and
# dist/bare-window/; work files in build/pyinstaller*/. Exit status: non-zero when the
# build, the smoke test or the size target fails.
set -euo pipefail
cd "$(dirname "$0")/.."

PY="${PYTHON:-python}"
BASELINE=yes
CLEAN_BASELINE=no
for arg in "$@"; do
  case "$arg" in
    --no-baseline) BASELINE=no ;;
    --clean-baseline) CLEAN_BASELINE=yes ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

if ! "$PY" -m PyInstaller --version >/dev/null 2>&1; then
  echo "PyInstaller is missing: pip install -e '.[build]'" >&2
  exit 2
fi

echo "== building dist/ucd-desktop from build.spec"
start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller build.spec
echo "   built in $(( $(date +%s) - start )) s"

echo "== smoke test of the frozen app"
smoke_args=(--smoke-test)
if command -v soffice >/dev/null 2>&1 || [ -n "${UCD_DESKTOP_SOFFICE:-}" ]; then
  smoke_args+=(--require-pdf)
fi
# No display here: Qt draws offscreen (the smoke mode does this itself when DISPLAY is unset).
smoke_home="$(mktemp -d)"
trap 'rm -rf "$smoke_home"' EXIT
UCD_DESKTOP_HOME="$smoke_home" dist/ucd-desktop/ucd-desktop-cli "${smoke_args[@]}"
UCD_DESKTOP_HOME="$smoke_home" dist/ucd-desktop/ucd-desktop --version

if [ "$BASELINE" = no ]; then
  exit 0
fi

echo "== building the baseline: a bare PySide6 window (tools/bare_window.spec)"
BASE_PY="$PY"
if [ "$CLEAN_BASELINE" = yes ]; then
  venv=build/baseline-venv
  versions=$("$PY" - <<'EOF'
from importlib.metadata import version
print(" ".join(f"{p}=={version(p)}" for p in (
    "PySide6-Essentials", "pyinstaller", "pyinstaller-hooks-contrib")))
EOF
)
  "$PY" -m venv --clear "$venv"
  # shellcheck disable=SC2086  # the versions are separate arguments
  "$venv/bin/pip" install -q $versions
  BASE_PY="$venv/bin/python"
fi
"$BASE_PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller-bare tools/bare_window.spec
QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" dist/bare-window/bare-window --quit

echo "== sizes"
"$PY" tools/bundle_size.py dist/ucd-desktop dist/bare-window --markdown
