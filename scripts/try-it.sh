#!/usr/bin/env bash
# First look at NangoQt with no Nango account: build, start the bundled dev server, and connect
# an API-key integration through NangoQt with the nango-connect CLI. (The demo app, with the
# embedded OAuth modal, replaces this script when it lands.)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNANGOQT_BUILD_TESTS=OFF
cmake --build build -j2

log=$(mktemp)
build/devserver/nango-dev-server --port 0 --era current > "$log" &
server=$!
trap 'kill $server 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 50); do grep -q '^session token:' "$log" && break; sleep 0.1; done
url=$(sed -n 's/^Listening on //p' "$log")
token=$(sed -n 's/^session token: //p' "$log")
echo "Dev server at $url"
echo "Connecting the sample API-key integration 'stripe-dev' through NangoQt:"
printf '%s\n' "sk_test_demo+key#1" | NANGO_CONNECT_SESSION_TOKEN="$token" \
  build/demo/nango-connect --host "$url" --api-key-stdin --param "account=acme+co" --json stripe-dev
