#!/usr/bin/env bash
# Fresh Debian 12 machine → dependencies, release build, the whole CTest suite (headless).
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
cmake --preset release
cmake --build --preset release
# The Debian package from the same build (CPack reuses it), checked by the check_deb test below.
bash packaging/build-deb.sh build/release
ctest --preset release --output-on-failure --timeout 900
