#!/usr/bin/env bash
# Installs the sound library takes are made of: Debian's freely licensed sound-effect packages (about 455 MB of .deb
# downloads) fetched with `apt-get download` into data/debs and converted once into data/sound-library/debian:
# manifest.csv, native/ (each recording at its own rate and channel count, 224 MB: what takes are rendered from) and
# clips/ (16 kHz mono, 81 MB: what the model learns from and hears).
# Idempotent: a current library is kept; one installed before native copies existed (16 kHz only) is rebuilt.
# The .deb files can be deleted afterwards (`rm -r data/debs`).
# Add your own sounds next to it:  foleyforge-train corpus --folder MY_SOUNDS --out data/sound-library/my-sounds
set -euo pipefail
cd "$(dirname "$0")/.."
TRAIN=${FOLEYFORGE_TRAIN:-build/release/app/foleyforge-train}
LIBRARY=data/sound-library/debian
if [[ -f "$LIBRARY/manifest.csv" ]]; then
  if head -1 "$LIBRARY/manifest.csv" | grep -q ',hf_attacks_per_s'; then
    echo "sound library present: $LIBRARY ($(($(wc -l < "$LIBRARY/manifest.csv") - 1)) recordings)"
    exit 0
  fi
  echo "sound library at $LIBRARY predates full-quality copies: rebuilding it"
fi
if [[ ! -x "$TRAIN" ]]; then
  echo "error: $TRAIN is not built (cmake --build --preset release --target foleyforge-train)" >&2
  exit 1
fi
sh packaging/fetch-sound-packages.sh data/debs
"$TRAIN" corpus --debian-dir data/debs --out "$LIBRARY"
du -sh "$LIBRARY"
