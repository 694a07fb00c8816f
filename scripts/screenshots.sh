#!/usr/bin/env bash
# Takes the README's screenshots of nangoqt-demo (Widgets face light and dark, its OAuth modal,
# the QML face and its AuthWindow, both windows in their connecting state) on a virtual X display,
# into docs/. With openbox installed it runs as the window manager (windows get title bars).
#   scripts/screenshots.sh [BUILD_DIR] [--only connecting]   (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
build=build
if [ $# -gt 0 ] && [ "${1#--}" = "$1" ]; then build="$1"; shift; fi
bash scripts/install-deps.sh
if [ ! -x "$build/demo/nangoqt-demo-screenshots" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build" -j2 --target nangoqt-demo-screenshots
export QTWEBENGINE_DISABLE_SANDBOX=1 # root (CI, containers); harmless otherwise
unset QT_QPA_PLATFORM                # a real (virtual) X display, not offscreen
xvfb-run -a -s "-screen 0 1280x860x24" bash -c '
    if command -v openbox >/dev/null; then openbox >/dev/null 2>&1 & wm=$!; sleep 1; fi
    "$0" docs "$@"; rc=$?
    [ -n "${wm:-}" ] && kill "$wm"
    exit $rc' "$build/demo/nangoqt-demo-screenshots" "$@"
