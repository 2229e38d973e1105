#!/usr/bin/env bash
# Fresh Debian 12 machine → dependencies, release build, the whole CTest suite (headless).
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
cmake --preset release
cmake --build --preset release
ctest --preset release --output-on-failure --timeout 900
