#!/usr/bin/env bash
# Fresh Debian 12 machine → dependencies, release build, then the main job on the bundled demo project:
#   with a display: the FoleyForge editor on resources/demo/demo.foley;
#   without one:    a headless render of the demo to out/demo.mp4 through foleyforge-cli.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
cmake --preset release
cmake --build --preset release --target foleyforge foleyforge-cli foleyforge-train
# The sound library retrieval draws on (Debian's sound-effect packages, ~455 MB download once, 81 MB of WAV). Without it the
# default pack still generates, from noise, and says so.
bash packaging/install-sound-library.sh || echo "warning: no sound library installed; generation runs without reference recordings"

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
# Generate a take with the default model pack (resources/models/default) from the project's caption, onsets and
# mask, then mux it into the video (stream copy).
if "$BIN/foleyforge-cli" generate "$DEMO" --out out/demo-take.wav > out/demo-generate.json; then
  echo "take:    out/demo-take.wav ($(grep -o '"retrieval": "[^"]*"' out/demo-generate.json))"
  "$BIN/foleyforge-cli" export "$DEMO" --audio out/demo-take.wav --out out/demo.mp4
else
  echo "generation failed (see above); exporting the demo's own scratch sound instead"
  "$BIN/foleyforge-cli" export "$DEMO" --audio resources/demo/demo.mp4 --out out/demo.mp4
fi
echo "export:  $(pwd)/out/demo.mp4"
