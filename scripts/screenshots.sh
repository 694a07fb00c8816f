#!/usr/bin/env bash
# Takes the README's screenshots of nangoqt-demo (Widgets face light and dark, its OAuth modal,
# the QML face and its AuthWindow) on a virtual X display, into docs/.
#   scripts/screenshots.sh [BUILD_DIR]   (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
bash scripts/install-deps.sh
if [ ! -x "$build/demo/nangoqt-demo-screenshots" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build" -j2 --target nangoqt-demo-screenshots
export QTWEBENGINE_DISABLE_SANDBOX=1 # root (CI, containers); harmless otherwise
unset QT_QPA_PLATFORM                # a real (virtual) X display, not offscreen
xvfb-run -a -s "-screen 0 1280x860x24" "$build/demo/nangoqt-demo-screenshots" docs
