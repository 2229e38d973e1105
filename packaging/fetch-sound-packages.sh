#!/bin/sh
# Downloads the Debian packages the sound corpus is built from into DEST.
# Usage: packaging/fetch-sound-packages.sh DEST [--with-reserved | --reserved-only] [PACKAGE...]
# (--reserved-only: just the packages reserved for evaluation, whose recordings only the evaluation's judge hears)
# No root needed: `apt-get download` only fetches the .deb files (run `apt-get update` first on a fresh system).
# Idempotent: a package whose .deb is already in DEST is skipped. Then build the corpus with
#   foleyforge-train corpus --debian-dir DEST --out data/corpus
set -eu

if [ $# -lt 1 ] || [ "$1" = "-h" ] || [ "$1" = "--help" ]; then
    echo "usage: $0 DEST [--with-reserved | --reserved-only] [PACKAGE...]" >&2
    exit 2
fi
dest=$1
shift
with_reserved=no
reserved_only=no
if [ $# -gt 0 ] && [ "$1" = "--with-reserved" ]; then
    with_reserved=yes
    shift
elif [ $# -gt 0 ] && [ "$1" = "--reserved-only" ]; then
    reserved_only=yes
    shift
fi

# Packages trained on by default: freely licensed sound effects in containers the corpus reader extracts
# (plain files, zip/pk3, c4group, WAD lumps).
default_packages="minetest-data ufoai-sound openclonk-data bucklespring-data sonic-pi-samples lugaru-data
wesnoth-1.16-data scorched3d-data lincity-ng-data freedoom openarena-data"
# Packages reserved for independent evaluation: their clips get split=reserved and are never trained on.
reserved_packages="openttd-opensfx scratch gcompris-qt-data tuxpaint-stamps-default"
if [ $# -gt 0 ]; then packages=$*; else packages=$default_packages; fi
if [ "$with_reserved" = yes ]; then packages="$packages $reserved_packages"; fi
if [ "$reserved_only" = yes ]; then packages=$reserved_packages; fi

mkdir -p "$dest"
cd "$dest"
missing=""
for package in $packages; do
    if ls "${package}"_*.deb >/dev/null 2>&1; then
        echo "present: $package"
    else
        missing="$missing $package"
    fi
done
if [ -z "$missing" ]; then
    echo "all packages present in $dest"
    exit 0
fi
echo "downloading:$missing"
# shellcheck disable=SC2086  # word splitting of the package list is intended
apt-get download $missing
