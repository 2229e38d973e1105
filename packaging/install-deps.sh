#!/usr/bin/env bash
# Installs exactly the Debian 12 packages FoleyForge needs that are missing.
# Idempotent and non-interactive; works as root or through sudo.
set -euo pipefail

PACKAGES=(
  # build
  cmake ninja-build g++ pkg-config
  # Qt 6 + plotting
  qt6-base-dev qt6-multimedia-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
  libqcustomplot-dev
  # the sound-library index (Qt SQL's SQLite driver, with FTS5)
  libqt6sql6-sqlite
  # inference
  libtorch-dev libopenblas0-openmp nlohmann-json3-dev
  # media and DSP
  libavformat-dev libavcodec-dev libavutil-dev libswresample-dev libswscale-dev
  libfftw3-dev
  # playback backend of Qt Multimedia (QMediaPlayer crashes without these)
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-libav
  # headless GUI, test media and reference tools
  xvfb xauth ffmpeg aubio-tools
  # Debian package (packaging/cpack): every build makes its man pages and PNG icons, cpack computes the
  # dependencies with dpkg-shlibdeps, packaging/check-deb.sh validates the desktop entry and the metainfo
  help2man librsvg2-bin dpkg-dev desktop-file-utils appstream
)

missing=()
for p in "${PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "error: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  SUDO="sudo"
fi

echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
