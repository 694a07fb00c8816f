#!/usr/bin/env bash
# First look at NangoQt with no Nango account: install what the build needs, build the demo and
# open it on the bundled dev server. Arguments go to nangoqt-demo, e.g.
#   bash scripts/demo.sh --qml                                        # the QML face
#   bash scripts/demo.sh --host https://api.nango.dev --integration github   # a real Nango
#     (with NANGO_CONNECT_SESSION_TOKEN or --public-key)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j2 --target nangoqt-demo

if [ "$(id -u)" = 0 ]; then
    export QTWEBENGINE_DISABLE_SANDBOX=1 # Chromium's sandbox refuses to run as root
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "No display: run this in a desktop session (or try: xvfb-run -a bash scripts/demo.sh)." >&2
    exit 1
fi
exec build/demo/nangoqt-demo "$@"
