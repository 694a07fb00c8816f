#!/usr/bin/env bash
# Installs the Debian 12 packages NangoQt builds and tests with — only those that are missing.
set -euo pipefail
packages=(
  cmake ninja-build g++ qt6-base-dev qt6-websockets-dev qt6-webengine-dev qt6-declarative-dev
  qt6-declarative-dev-tools qt6-httpserver-dev qml6-module-qtwebengine qml6-module-qtquick
  qml6-module-qtquick-controls qml6-module-qtquick-layouts qml6-module-qtquick-window
  qml6-module-qtquick-templates qml6-module-qttest qml6-module-qtqml
  qml6-module-qtqml-workerscript qml6-module-qtqml-models xvfb xauth openssl
  qt6-svg-dev libqt6svg6  # issue 15: the Connect UI's SVG logos (the image plugin)
  clang libclang-rt-14-dev  # scripts/ci-fuzz.sh: libFuzzer and the sanitizer runtimes for clang 14
  qt6-tools-dev qt6-l10n-tools  # issue 16: Qt6LinguistTools (qt_add_translations, lupdate, lrelease)
  doxygen doxyqml  # issue 16: the API documentation (the docs target; doxyqml reads the .qml files)
  dpkg-dev  # issue 16: cpack's Debian packages (dpkg-shlibdeps) and the package test (dpkg-deb -x)
)
missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
fi
