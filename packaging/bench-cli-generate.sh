#!/usr/bin/env bash
# Measures the default pack against its timing and speed targets (onset F1 >= 0.9 at +-50 ms, 8 s of audio in
# <= 3 s; resources/models/default/MODEL-CARD.md), end to end through the command line a user has: renders held-out
# test scenes (8-second videos whose visible events cause the sounds, made from test-split recordings the model never
# trained on), runs `foleyforge-cli generate VIDEO --caption TEXT --onsets CSV` on each with the default model pack,
# times every call (process start, pack load and video decode included), and scores each take's onsets against the
# CSV with Debian's aubioonset (F1 at +-50 ms) and with our detector.
# Usage: bash packaging/bench-cli-generate.sh [COUNT] [SECONDS]   (after a release build and install-sound-library.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=${1:-16}
SECONDS_PER_SCENE=${2:-8}
BIN=${FOLEYFORGE_BIN:-build/release/app}
CORPUS=data/sound-library/debian
WORK=out/bench-cli-generate
for tool in "$BIN/foleyforge-cli" "$BIN/foleyforge-train"; do
  [[ -x "$tool" ]] || { echo "error: $tool is not built (cmake --build --preset release)" >&2; exit 1; }
done
[[ -f "$CORPUS/manifest.csv" ]] || { echo "error: no sound library (bash packaging/install-sound-library.sh)" >&2; exit 1; }
command -v aubioonset >/dev/null || { echo "error: aubioonset missing (apt-get install aubio-tools)" >&2; exit 1; }

rm -rf "$WORK" && mkdir -p "$WORK"
"$BIN/foleyforge-train" scenes --corpus "$CORPUS" --split test --out "$WORK" --count "$COUNT" \
  --seconds "$SECONDS_PER_SCENE" --size 128 --seed 9001 > "$WORK/scenes.txt"

f1() { grep -o '"f1": [0-9.e+-]*' | head -1 | awk '{print $2}'; }
printf '%-28s %8s %9s %8s\n' scene seconds F1_aubio F1_ours
while IFS= read -r line; do
  name=${line%%:*}
  caption=${line#*: }
  video="$WORK/$name.mp4"
  [[ -f "$video" ]] || { echo "error: $video was not rendered (ffmpeg)" >&2; exit 1; }
  start=$(date +%s.%N)
  "$BIN/foleyforge-cli" generate "$video" --caption "$caption" --onsets "$WORK/$name-onsets.csv" \
    --out "$WORK/$name-take.wav" > "$WORK/$name-generate.json"
  end=$(date +%s.%N)
  elapsed=$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')
  if [[ $(wc -l < "$WORK/$name-onsets.csv") -le 1 ]]; then
    # A texture under a mask (rain, water, fire): no onsets were requested, so there is no timing to score.
    printf '%-28s %8.2f %9s %8s\n' "$name" "$elapsed" - -
    continue
  fi
  aubio=$("$BIN/foleyforge-cli" eval-onsets --audio "$WORK/$name-take.wav" --onsets "$WORK/$name-onsets.csv" --detector aubioonset | f1)
  ours=$("$BIN/foleyforge-cli" eval-onsets --audio "$WORK/$name-take.wav" --onsets "$WORK/$name-onsets.csv" | f1)
  printf '%-28s %8.2f %9.3f %8.3f\n' "$name" "$elapsed" "$aubio" "$ours"
done < "$WORK/scenes.txt" | tee "$WORK/results.txt"

awk '{ n++; t += $2; if ($2 > max) max = $2; if ($3 != "-") { k++; a += $3; o += $4 } }
     END { printf "mean over %d scenes of %s s: %.2f s per generate call (max %.2f s); over the %d with onsets: F1 aubioonset %.3f, F1 ours %.3f\n",
           n, '"$SECONDS_PER_SCENE"', t / n, max, k, a / k, o / k }' "$WORK/results.txt"
echo "takes and onsets: $WORK"
