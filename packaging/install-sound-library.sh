#!/usr/bin/env bash
# Installs the sound library retrieval draws on (issue 6): Debian's freely licensed sound-effect packages
# (../shared/DATA.md; about 455 MB of .deb downloads, 81 MB of 16 kHz WAV after conversion) fetched with
# `apt-get download` into data/debs and converted once into data/sound-library/debian (manifest.csv + clips).
# Idempotent: an existing library is kept. The .deb files can be deleted afterwards (`rm -r data/debs`).
# Add your own sounds next to it:  foleyforge-train corpus --folder MY_SOUNDS --out data/sound-library/my-sounds
set -euo pipefail
cd "$(dirname "$0")/.."
TRAIN=${FOLEYFORGE_TRAIN:-build/release/app/foleyforge-train}
LIBRARY=data/sound-library/debian
if [[ -f "$LIBRARY/manifest.csv" ]]; then
  echo "sound library present: $LIBRARY ($(($(wc -l < "$LIBRARY/manifest.csv") - 1)) recordings)"
  exit 0
fi
if [[ ! -x "$TRAIN" ]]; then
  echo "error: $TRAIN is not built (cmake --build --preset release --target foleyforge-train)" >&2
  exit 1
fi
sh packaging/fetch-sound-packages.sh data/debs
"$TRAIN" corpus --debian-dir data/debs --out "$LIBRARY"
du -sh "$LIBRARY"
