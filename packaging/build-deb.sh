#!/usr/bin/env bash
# Builds the Debian package: a Release build (in build/deb, or the build folder given), then CPack's DEB generator
# (packaging/cpack/Packaging.cmake). Everything goes to stderr except the last line: the path of the .deb.
# Usage: bash packaging/build-deb.sh [BUILD_DIR]   (run-tests.sh passes build/release to reuse its build)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/deb}
{
    bash packaging/install-deps.sh
    # The same settings as the release preset (CMakePresets.json), so an existing preset build is reused as is.
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DFOLEY_WERROR=ON
    cmake --build "$build" -j2
} >&2
log=$(cd "$build" && cpack -G DEB 2>&1) || { echo "$log" >&2; exit 1; }
echo "$log" >&2
deb=$(sed -n 's/^CPack: - package: \(.*\.deb\) generated\.$/\1/p' <<<"$log")
[[ -f $deb ]] || { echo "error: cpack named no .deb" >&2; exit 1; }
echo "$deb"
