#!/usr/bin/env bash
# Installs a built foleyforge .deb on this machine with apt-get, uses it as a user would, and purges it again:
# foleyforge-cli generates a take for a video in a folder with spaces, the editor starts under Xvfb and saves a
# screenshot with the demo project open, and after `apt-get remove --purge` none of its files, nor any path naming
# foleyforge, is left in /usr (and, when apt-get installed no dependency with it, /usr holds exactly the paths it held
# before). Changes the system (root needed), so it is run by hand, not by CTest (packaging/check-deb.sh is).
# Usage: sudo bash packaging/check-deb-install.sh DEB [SCREENSHOT.png]
set -euo pipefail
[[ $# -ge 1 && -f $1 ]] || { echo "usage: $0 DEB [SCREENSHOT.png]" >&2; exit 2; }
deb=$(readlink -f "$1")
shot=${2:-$(mktemp -u --suffix=.png)}
! dpkg-query -W foleyforge >/dev/null 2>&1 || { echo "error: foleyforge is installed already; purge it first" >&2; exit 1; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

find /usr -xdev | sort > "$scratch/usr-before"
dpkg-query -W -f '${Package}\n' | sort > "$scratch/packages-before"
apt-get install -y -qq "$deb" > "$scratch/apt.log" 2>&1 || { cat "$scratch/apt.log"; exit 1; }
added=$(dpkg-query -W -f '${Package}\n' | sort | comm -13 "$scratch/packages-before" - | grep -vx foleyforge || true)

work="$scratch/some dir with spaces"
mkdir -p "$work" "$scratch/home"
cp /usr/share/foleyforge/demo/demo.mp4 "$work/my clip.mp4"
cp -r /usr/share/foleyforge/demo "$work/demo project"
(cd "$work" && HOME="$scratch/home" foleyforge-cli generate "my clip.mp4" \
    --caption "a ball bounces on a wooden floor" --onsets "demo project/demo-onsets.csv" --out "take one.wav" \
    > "$scratch/report.json")
[[ -s "$work/take one.wav" ]] || { echo "FAIL: no take written"; exit 1; }
echo "ok:   foleyforge-cli generate from '$work' ($(stat -c %s "$work/take one.wav") bytes)"

(cd "$work" && HOME="$scratch/home" timeout 120 xvfb-run -a -s "-screen 0 1400x900x24" \
    foleyforge --screenshot "$shot" --screenshot-delay 4000 "demo project/demo.foley" > "$scratch/gui.log" 2>&1) \
    || { cat "$scratch/gui.log"; echo "FAIL: foleyforge under Xvfb"; exit 1; }
echo "ok:   foleyforge started under Xvfb with the demo project: $shot"

apt-get remove --purge -y -qq foleyforge > "$scratch/apt.log" 2>&1 || { cat "$scratch/apt.log"; exit 1; }
dpkg-deb -c "$deb" | awk '$1 !~ /^d/ {print substr($6, 2)}' | while read -r path; do
    [[ ! -e $path ]] || echo "FAIL: $path is left after the purge"
done | tee "$scratch/left"
find /usr -xdev -iname '*foleyforge*' | tee -a "$scratch/left"
{ grep -l -i foleyforge /usr/share/applications/mimeinfo.cache /usr/share/mime/globs2 2>/dev/null || true; } | tee -a "$scratch/left"
[[ ! -s $scratch/left ]] || exit 1
if [[ -z $added ]]; then
    find /usr -xdev | sort > "$scratch/usr-after"
    diff "$scratch/usr-before" "$scratch/usr-after" || { echo "FAIL: /usr differs after the purge"; exit 1; }
    echo "ok:   apt-get remove --purge foleyforge left /usr exactly as it was"
else
    echo "ok:   apt-get remove --purge foleyforge left none of its files (dependencies it pulled in stay: ${added//$'\n'/ })"
fi
