#!/usr/bin/env bash
# Rebuilds the default model pack from a clean clone: Debian's sound-effect packages -> corpus ->
# vocoder + generator training (resumable) -> evaluation on held-out scenes -> resources/models/default.
# Each training run stops at its --minutes budget with a checkpoint; running this script again resumes every run
# where it stopped (a finished run is skipped), so the whole recipe can be spread over several sessions.
# Figures of the committed pack: resources/models/default/MODEL-CARD.md.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
cmake --preset release
cmake --build --preset release --target foleyforge-train foleyforge-cli
bash packaging/install-sound-library.sh
TRAIN=build/release/app/foleyforge-train
CORPUS=data/sound-library/debian
WORK=data/train
mkdir -p "$WORK"
export OMP_WAIT_POLICY=PASSIVE

# Recordings of the packages reserved for evaluation (never trained on): the evaluation's class judge learns from
# them as well as from the test split (~240 MB of .deb, 235 clips).
RESERVED=data/sound-library/reserved
if [[ ! -f "$RESERVED/manifest.csv" ]]; then
  sh packaging/fetch-sound-packages.sh data/debs-reserved --reserved-only
  "$TRAIN" corpus --debian-dir data/debs-reserved --out "$RESERVED"
fi

# The vocoder (one thread, ~45-60 min) and the generator (two threads, ~80-105 min) train side by side on the two
# cores; each run stops at its budget (under 2 hours) with a checkpoint.
"$TRAIN" vocoder --corpus "$CORPUS" --checkpoint "$WORK/vocoder" --size default --steps 6000 --batch 16 \
  --minutes 110 --threads 1 --seed 1 | tee -a "$WORK/vocoder.log" &
"$TRAIN" generator --corpus "$CORPUS" --checkpoint "$WORK/generator" --size default --steps 5000 --batch 16 \
  --minutes 110 --threads 2 --seed 1 | tee -a "$WORK/generator.log"
wait

# A run that stopped at its budget (a slow or busy machine) is resumed by running this script again; only a
# finished model is evaluated and packed.
steps_done() { awk '/^step /{print $2}' "$1/state.txt" 2>/dev/null || echo 0; }
if [[ "$(steps_done "$WORK/vocoder")" -lt 6000 || "$(steps_done "$WORK/generator")" -lt 5000 ]]; then
  echo "training not finished (vocoder $(steps_done "$WORK/vocoder")/6000, generator $(steps_done "$WORK/generator")/5000 steps):" \
       "run $0 again to resume"
  exit 3
fi

"$TRAIN" pack --generator "$WORK/generator" --vocoder "$WORK/vocoder" --out "$WORK/pack" \
  --card resources/models/default-card.json
"$TRAIN" eval --pack "$WORK/pack" --corpus "$CORPUS" --held-out "$RESERVED" --out "$WORK/metrics.json" \
  --work out/eval --scenes 4
"$TRAIN" pack --generator "$WORK/generator" --vocoder "$WORK/vocoder" --out resources/models/default \
  --card resources/models/default-card.json --metrics "$WORK/metrics.json"
cp "$WORK/generator/loss.csv" resources/models/default/generator-loss.csv
cp "$WORK/generator/loss.png" resources/models/default/generator-loss.png
cp "$WORK/vocoder/loss.csv" resources/models/default/vocoder-loss.csv
cp "$WORK/vocoder/loss.png" resources/models/default/vocoder-loss.png
cp "$CORPUS/manifest.csv" resources/models/default/corpus-manifest.csv
echo "default pack: resources/models/default (evaluation: $WORK/metrics.json, generated takes: out/eval)"
