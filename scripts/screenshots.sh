#!/usr/bin/env bash
# Takes the docs' screenshots on a virtual X display with a window manager (openbox, installed
# if missing), into docs/: nangoqt-demo (Widgets face light and dark, its OAuth modal, the QML
# face and its AuthWindow) and every credentials form state of both faces, light and dark
# (docs/form-*.png), and both faces' OAuth window in its connecting state
# (docs/modal-connecting-*.png), and the native Connect UI of both faces on its picker, a schema
# form, success, error and the close question, light and dark (docs/connectui-<face>-<screen>-<theme>.png),
# and "Continue in your browser" (a flow waiting in the system browser) under both faces' connect
# button and on their Connect UI, light and dark (docs/browserwait-<face>-<button|connectui>-<theme>.png).
#   scripts/screenshots.sh [BUILD_DIR [demo|forms|schema|connecting|connectui|browserwait ...]]   (default: build, all sets; "schema":
#   a provider schema form, docs/form-*-schema-*.png, also part of "forms")
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
if ! command -v openbox >/dev/null; then
    sudo_cmd=()
    [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y --no-install-recommends openbox
fi
shift || true
# Window frames and focus as a person sees them: openbox runs on the display first.
xvfb-run -a -s "-screen 0 1280x860x24" sh -c 'openbox >/dev/null 2>&1 & sleep 1; exec "$@"' sh \
    "$build/demo/nangoqt-demo-screenshots" docs "$@"
