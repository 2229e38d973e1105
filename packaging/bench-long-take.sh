#!/usr/bin/env bash
# Measures a long take end to end through the command line: peak memory (target: a 60-minute take under 2 GB,
# streamed to disk) and time. Makes a MINUTES-long 30 fps video with FFmpeg's test source and an onset every
# 0.3-0.9 s, runs `foleyforge-cli generate VIDEO --caption TEXT --onsets CSV --out TAKE.wav` under /usr/bin/time,
# checks the take's length with ffprobe and prints peak RSS, wall time, the report's stages and its onset F1.
# Usage: bash packaging/bench-long-take.sh [MINUTES] [CAPTION]   (after a release build and install-sound-library.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
MINUTES=${1:-60}
CAPTION=${2:-footsteps on gravel}
BIN=${FOLEYFORGE_BIN:-build/release/app}
WORK=out/bench-long-take
[[ -x "$BIN/foleyforge-cli" ]] || { echo "error: $BIN/foleyforge-cli is not built (cmake --build --preset release)" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "error: /usr/bin/time missing (apt-get install time)" >&2; exit 1; }
mkdir -p "$WORK"
video="$WORK/long-$MINUTES.mp4"
onsets="$WORK/long-$MINUTES.csv"
[[ -f "$video" ]] || ffmpeg -loglevel error -y -f lavfi -i "testsrc2=s=320x180:r=30" -t $((MINUTES * 60)) \
  -c:v libx264 -preset ultrafast -crf 40 "$video"
awk -v end=$((MINUTES * 60)) 'BEGIN { srand(1); print "time,strength"; for (t = 0.3; t < end - 0.5; t += 0.3 + 0.6 * rand())
  printf "%.3f,%.2f\n", t, 0.4 + 0.6 * rand() }' > "$onsets"
/usr/bin/time -v "$BIN/foleyforge-cli" generate "$video" --caption "$CAPTION" --onsets "$onsets" \
  --out "$WORK/take.wav" > "$WORK/generate.json" 2> "$WORK/time.txt" || { cat "$WORK/time.txt" >&2; exit 1; }
peak_kb=$(awk -F': ' '/Maximum resident/ { print $2 }' "$WORK/time.txt")
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { print $2 }' "$WORK/time.txt")
length=$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$WORK/take.wav")
echo "take:      $WORK/take.wav, ${length} s ($(wc -l < "$onsets") onsets requested)"
echo "peak RSS:  $((peak_kb / 1024)) MiB (target for 60 minutes: < 2000 MB)"
echo "wall:      $wall"
/usr/bin/python3 -c 'import json, sys; r = json.load(open(sys.argv[1]))
print("stages:   ", ", ".join(f"{k} {v / 1000:.1f} s" for k, v in r["stages"].items()))
print("onset F1: ", r.get("metrics", {}).get("onsetF1"), "(our detector, against the requested onsets)")' "$WORK/generate.json"
