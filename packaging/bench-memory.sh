#!/usr/bin/env bash
# Peak memory of every stage a user goes through on a long video: makes a MINUTES-long (default 60) 1080p 25 fps video
# with a soundtrack (one minute encoded at a low bitrate, then repeated without re-encoding), then
#   1-3. bench_memory: the offscreen editor opens it and computes its spectrogram, then detects onsets from the sound
#        and from the picture;
#   4.   foleyforge-cli generate: a take as long as the video, written as it renders;
#   5.   foleyforge-cli export: the take muxed with the video (video stream copied);
#   6.   bench_memory: 10 generations of 8 s in one process as the editor makes them (from the sound library's
#        recordings when one is installed), RSS after each (must not grow).
# and prints peak RSS per stage (target: under 2.5 GB). Stages 4-5 run under /usr/bin/time (peak RSS of the process).
# Usage: bash packaging/bench-memory.sh [MINUTES]   (after a release build; the take draws on the installed sound
# library, see install-sound-library.sh, or on $FOLEYFORGE_SOUND_LIBRARY)
set -euo pipefail
cd "$(dirname "$0")/.."
MINUTES=${1:-60}
BIN=${FOLEYFORGE_BIN:-build/release}
WORK=out/bench-memory
[[ -x /usr/bin/time ]] || { echo "error: /usr/bin/time missing (apt-get install time)" >&2; exit 1; }
cmake --build "$BIN" --target foleyforge-cli bench_memory > /dev/null
mkdir -p "$WORK"
video="$WORK/long-$MINUTES-1080p.mp4"
if [[ ! -f "$video" ]]; then
  ffmpeg -loglevel error -y -f lavfi -i "testsrc2=s=1920x1080:r=25" -f lavfi -i "sine=frequency=220:beep_factor=6" -t 60 \
    -c:v libx264 -preset ultrafast -crf 45 -g 250 -pix_fmt yuv420p -c:a aac -b:a 64k "$WORK/minute.mp4"
  ffmpeg -loglevel error -y -stream_loop $((MINUTES - 1)) -i "$WORK/minute.mp4" -c copy -t $((MINUTES * 60)) "$video"
fi
echo "video: $video ($(du -h "$video" | cut -f1), $(ffprobe -v error -show_entries format=duration -of csv=p=0 "$video") s)"

peak() {  # STAGE LOGFILE: the peak RSS /usr/bin/time measured
  printf '%-34s peak RSS %7d MiB   wall %s\n' "$1" $(($(awk -F': ' '/Maximum resident/ { print $2 }' "$2") / 1024)) \
    "$(awk -F': ' '/Elapsed \(wall clock\)/ { print $2 }' "$2")"
}

QT_QPA_PLATFORM=offscreen "$BIN/tests/bench/bench_memory" "$video" --generations 0
awk -v end=$((MINUTES * 60)) 'BEGIN { srand(1); print "time,strength"; for (t = 0.3; t < end - 0.5; t += 0.3 + 0.6 * rand())
  printf "%.3f,%.2f\n", t, 0.4 + 0.6 * rand() }' > "$WORK/onsets.csv"
/usr/bin/time -v "$BIN/app/foleyforge-cli" generate "$video" --caption "footsteps on gravel" --onsets "$WORK/onsets.csv" \
  --out "$WORK/take.wav" > "$WORK/generate.json" 2> "$WORK/generate.time" || { tail -5 "$WORK/generate.time" >&2; exit 1; }
peak "cli: generate ${MINUTES}-minute take" "$WORK/generate.time"
/usr/bin/time -v "$BIN/app/foleyforge-cli" export "$video" --audio "$WORK/take.wav" --out "$WORK/final.mp4" \
  > /dev/null 2> "$WORK/export.time" || { tail -5 "$WORK/export.time" >&2; exit 1; }
peak "cli: export" "$WORK/export.time"
QT_QPA_PLATFORM=offscreen "$BIN/tests/bench/bench_memory" "$WORK/minute.mp4" --generations 10 | grep "generation"
