#!/usr/bin/env bash
# Fresh Debian 12 machine → dependencies, release build, then the main job on the bundled demo project:
#   with a display: the FoleyForge editor on resources/demo/demo.foley;
#   without one:    a headless render of the demo to out/demo.mp4 through foleyforge-cli.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
cmake --preset release
cmake --build --preset release --target foleyforge foleyforge-cli

BIN=build/release/app
DEMO=resources/demo/demo.foley
if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
  exec "$BIN/foleyforge" "$DEMO"
fi

mkdir -p out
echo "No display: rendering the demo headless."
"$BIN/foleyforge-cli" probe resources/demo/demo.mp4 > out/demo-probe.json
echo "probe:   out/demo-probe.json"
if "$BIN/foleyforge-cli" onsets resources/demo/demo.mp4 --source video --out out/demo-onsets.csv 2>/dev/null; then
  echo "onsets:  out/demo-onsets.csv (proposed from the picture)"
fi
# Until the default model pack lands there is no generated take: the export muxes the demo's own scratch sound
# (any audio file works as --audio) so what this shows is the stream-copy export path.
"$BIN/foleyforge-cli" export "$DEMO" --audio resources/demo/demo.mp4 --out out/demo.mp4
echo "export:  $(pwd)/out/demo.mp4"
