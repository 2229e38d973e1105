#!/usr/bin/env bash
# Builds the parsers' libFuzzer harnesses (CMake preset `fuzz`: clang, -fsanitize=fuzzer,address,undefined; parser
# libraries only, no libtorch) and runs each for SECONDS (default 60), starting from the committed seed corpus
# tests/fuzz/corpus/<name>/ (copied to build/fuzz/corpus/, which keeps growing between runs) with the dictionaries of
# tests/fuzz/dictionaries/. Prints the executions per harness. A crash, leak, timeout or a rejection without a
# message stops with exit 1 and names the input; fix the code, then copy the input to tests/fuzz/findings/<name>/
# so tst_fuzzreplay replays it in the normal suite.
# Usage: bash packaging/run-fuzz.sh [SECONDS] [NAME...]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-60}
shift || true

# clang and libFuzzer are needed here only (CI and install-deps.sh do without them).
PACKAGES=(clang libclang-rt-14-dev)
missing=()
for p in "${PACKAGES[@]}"; do
  [[ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)" == "install ok installed" ]] || missing+=("$p")
done
if ((${#missing[@]} > 0)); then
  SUDO=""
  [[ $(id -u) -eq 0 ]] || SUDO="sudo"
  echo "run-fuzz: installing ${missing[*]}"
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
bash packaging/install-deps.sh

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake --preset fuzz "${launcher[@]}" > /dev/null
cmake --build --preset fuzz

names=("$@")
if ((${#names[@]} == 0)); then  # every harness built (the list lives in tests/fuzz/CMakeLists.txt)
  for exe in build/fuzz/tests/fuzz/fuzz_*; do names+=("${exe##*/fuzz_}"); done
fi

json_targets=" project caption_sidecar chat_answer model_json "
csv_targets=" onset_csv audacity_labels library_manifest reaper_markers batch_manifest "
status=0
summary=()
for name in "${names[@]}"; do
  work=build/fuzz/corpus/$name
  artifacts=build/fuzz/findings/$name
  mkdir -p "$work" "$artifacts"
  cp -n tests/fuzz/corpus/"$name"/* "$work"/ 2>/dev/null || true
  dict=()
  if [[ -f tests/fuzz/dictionaries/$name.dict ]]; then dict=("-dict=tests/fuzz/dictionaries/$name.dict"); fi
  if [[ $json_targets == *" $name "* ]]; then
    cat tests/fuzz/dictionaries/json.dict > build/fuzz/"$name".dict
    [[ ! -f tests/fuzz/dictionaries/$name.dict ]] || cat tests/fuzz/dictionaries/"$name".dict >> build/fuzz/"$name".dict
    dict=("-dict=build/fuzz/$name.dict")
  elif [[ $csv_targets == *" $name "* ]]; then
    dict=("-dict=tests/fuzz/dictionaries/csv.dict")
  fi
  log=build/fuzz/$name.log
  echo "run-fuzz: fuzz_$name for ${SECONDS_EACH} s"
  if ! ASAN_OPTIONS=detect_leaks=1 build/fuzz/tests/fuzz/fuzz_"$name" -max_total_time="$SECONDS_EACH" -timeout=10 \
      -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 -artifact_prefix="$artifacts/" "${dict[@]}" \
      "$work" > "$log" 2>&1; then
    status=1
    echo "run-fuzz: fuzz_$name FOUND A PROBLEM (log: $log; input: $(ls -t "$artifacts" | head -1 | sed "s#^#$artifacts/#"))" >&2
    grep -m3 -E "ERROR|SUMMARY|rejected" "$log" >&2 || true
  fi
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  summary+=("$(printf '%-18s %12s executions' "$name" "${execs:-?}")")
done
echo
echo "run-fuzz: executions per harness (${SECONDS_EACH} s each)"
printf '  %s\n' "${summary[@]}"
exit $status
