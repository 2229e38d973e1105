#!/usr/bin/env bash
# Checks a built foleyforge .deb without installing it: control fields, the exact file list (unpacked with dpkg -x
# into a scratch root), the desktop files (desktop-file-validate, appstreamcli) and that the unpacked programs work
# from another folder with the installed layout: foleyforge-cli generates the demo with the packaged model pack and
# looks for the sound library in the user's data folder.
# Usage: bash packaging/check-deb.sh [--skip-unless-newer-than FILE] DEB
#   --skip-unless-newer-than FILE: exit 77 (CTest: skipped) when DEB is missing or older than FILE (the build's
#   programs), so the check runs on packages built from the current build only.
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/.." && pwd)
app_id=org.foleyforge.FoleyForge
programs=(foleyforge foleyforge-cli foleyforge-train foleyforge-install-sound-library)

newer_than=""
if [[ ${1:-} == --skip-unless-newer-than ]]; then
    newer_than=$2
    shift 2
fi
[[ $# -eq 1 ]] || { echo "usage: $0 [--skip-unless-newer-than FILE] DEB" >&2; exit 2; }
deb=$1
if [[ -n $newer_than ]]; then
    [[ -f $deb ]] || { echo "SKIPPED: $deb not built (bash packaging/build-deb.sh BUILD_DIR builds it)"; exit 77; }
    [[ $deb -nt $newer_than ]] || { echo "SKIPPED: $deb is older than $newer_than (rebuild it with packaging/build-deb.sh)"; exit 77; }
fi

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok:   $*"; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
root="$scratch/root"

check_control() {
    local field
    [[ $(dpkg-deb -f "$deb" Package) == foleyforge ]] || fail "Package is not foleyforge"
    local version
    version=$(sed -n 's/^project(FoleyForge VERSION \([0-9.]*\) .*/\1/p' "$source_dir/CMakeLists.txt")
    [[ $(dpkg-deb -f "$deb" Version) == "$version" ]] || fail "Version $(dpkg-deb -f "$deb" Version) is not the project's $version"
    for field in Maintainer Section Homepage Description; do
        [[ -n $(dpkg-deb -f "$deb" "$field") ]] || fail "no $field field"
    done
    (($(dpkg-deb -f "$deb" Description | wc -l) > 5)) || fail "no long description"
    ! dpkg-deb -f "$deb" Description | grep -q '&[a-z]*;' || fail "Description holds XML entities"
    local depends
    depends=$(dpkg-deb -f "$deb" Depends)
    # From dpkg-shlibdeps (the programs' libraries) and from Packaging.cmake (loaded at run time).
    for field in libtorch libqt6widgets6 libqt6multimedia6 libavformat libfftw3 libc6 gstreamer1.0-plugins-good; do
        grep -q "$field" <<<"$depends" || fail "Depends lacks $field: $depends"
    done
    pass "control fields (version $version, $(tr ',' '\n' <<<"$depends" | wc -l) dependencies)"
}

# Every path the package may hold, and nothing else; the model pack must be the repository's, byte for byte.
expected_files() {
    local program size file
    for program in "${programs[@]}"; do
        echo "usr/bin/$program"
        echo "usr/share/man/man1/$program.1.gz"
    done
    (cd "$source_dir/resources" && find models/default -type f) | sed 's|^|usr/share/foleyforge/|'
    for file in demo.foley demo.mp4 demo-onsets.csv README.md; do echo "usr/share/foleyforge/demo/$file"; done
    echo usr/share/foleyforge/fetch-sound-packages.sh
    for file in ucs-catids.csv README.md; do echo "usr/share/foleyforge/library/$file"; done
    echo "usr/share/applications/$app_id.desktop"
    echo "usr/share/metainfo/$app_id.metainfo.xml"
    echo "usr/share/mime/packages/$app_id.xml"
    echo "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    for size in 48 128 256; do echo "usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"; done
    echo usr/share/doc/foleyforge/copyright
    echo usr/share/doc/foleyforge/changelog.gz
}

check_file_list() {
    dpkg -x "$deb" "$root"
    if diff <(expected_files | sort) <(cd "$root" && find . ! -type d | sed 's|^\./||' | sort) > "$scratch/files.diff"; then
        pass "file list ($(expected_files | wc -l) files, $(du -sh "$root" | cut -f1))"
    else
        fail "file list differs (< expected, > in the package):$(echo; cat "$scratch/files.diff")"
    fi
    (cd "$source_dir/resources/models/default" && find . -type f) | while read -r file; do
        cmp -s "$source_dir/resources/models/default/$file" "$root/usr/share/foleyforge/models/default/$file" \
            || echo "$file"
    done > "$scratch/changed"
    [[ ! -s $scratch/changed ]] || fail "model pack files differ from the repository's: $(cat "$scratch/changed")"
    # Ownership root:root, directories 0755, files 0644 or (programs) 0755.
    dpkg-deb -c "$deb" | awk '$2 != "root/root" || ($1 !~ /^(drwxr-xr-x|-rw-r--r--|-rwxr-xr-x)$/) {print}' \
        > "$scratch/perms"
    [[ ! -s $scratch/perms ]] || fail "unexpected owner or mode: $(cat "$scratch/perms")"
}

check_programs() {
    local program
    for program in foleyforge foleyforge-cli foleyforge-train; do
        file "$root/usr/bin/$program" | grep -q 'ELF.*, stripped' || fail "$program is not a stripped ELF program"
        ! readelf -d "$root/usr/bin/$program" | grep -Eq 'RPATH|RUNPATH' || fail "$program has an RPATH"
    done
    for program in "${programs[@]}"; do
        zcat "$root/usr/share/man/man1/$program.1.gz" | grep -q "^\.SH DESCRIPTION" \
            || fail "man page of $program has no DESCRIPTION"
    done
    for program in foleyforge-cli:generate foleyforge-train:corpus; do
        zcat "$root/usr/share/man/man1/${program%%:*}.1.gz" | grep -q "^\.SS ${program#*:}$" \
            || fail "man ${program%%:*} has no section for its command ${program#*:}"
    done
    ! zcat "$root"/usr/share/man/man1/*.1.gz | grep -q "$source_dir\|/build/" || fail "a man page names the build folder"
    pass "programs stripped without RPATH; man pages of ${#programs[@]} programs"
}

check_desktop_files() {
    local share="$root/usr/share" size
    desktop-file-validate "$share/applications/$app_id.desktop" || fail "desktop-file-validate"
    appstreamcli validate --no-net "$share/metainfo/$app_id.metainfo.xml" > "$scratch/appstream" \
        || fail "appstreamcli validate: $(cat "$scratch/appstream")"
    grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$share/metainfo/$app_id.metainfo.xml" \
        || fail "metainfo does not launch $app_id.desktop"
    grep -q "^Icon=$app_id$" "$share/applications/$app_id.desktop" || fail "desktop entry's Icon is not $app_id"
    grep -q '^MimeType=application/x-foleyforge-project;' "$share/applications/$app_id.desktop" \
        || fail "desktop entry does not open application/x-foleyforge-project"
    grep -q '<mime-type type="application/x-foleyforge-project">' "$share/mime/packages/$app_id.xml" \
        || fail "MIME package does not define application/x-foleyforge-project"
    grep -q '<glob pattern="\*.foley"/>' "$share/mime/packages/$app_id.xml" || fail "MIME type has no *.foley glob"
    for size in 48 128 256; do
        file "$share/icons/hicolor/${size}x${size}/apps/$app_id.png" | grep -q "PNG image data, $size x $size" \
            || fail "icon ${size}x${size} is not a $size px PNG"
    done
    # model.json names each training package once, as "package": "NAME".
    local package
    grep -o '"package": "[^"]*"' "$share/foleyforge/models/default/model.json" | cut -d'"' -f4 > "$scratch/packages"
    [[ -s $scratch/packages ]] || fail "model.json names no training package"
    while read -r package; do
        grep -q "^  $package " "$root/usr/share/doc/foleyforge/copyright" || fail "copyright does not list $package"
    done < "$scratch/packages"
    pass "desktop entry, metainfo, MIME type, icons, copyright"
}

# The unpacked programs, run from a folder with spaces as a user with an empty data folder: foleyforge-train puts a
# small library of that user's own recordings (made with ffmpeg) where installed programs look for it, and
# foleyforge-cli makes the take of them with the packaged pack. (The library folder is only chosen so when the
# program finds its resources installed beside it, not in the source tree.)
check_installed_layout() {
    local work="$scratch/some dir with spaces" data="$scratch/home/data" sounds="$scratch/my sounds/footstep" i report
    mkdir -p "$work" "$sounds"
    for i in 1 2 3; do
        ffmpeg -nostdin -hide_banner -loglevel error -f lavfi \
            -i "aevalsrc=0.8*exp(-$((20 + 10 * i))*t)*(random(0)*2-1):s=48000:d=0.5" "$sounds/step $i.wav"
    done
    cp "$root/usr/share/foleyforge/demo/demo.mp4" "$work/"
    local user=(env -u FOLEYFORGE_SOUND_LIBRARY -u FOLEY_RESOURCES HOME="$scratch/home" XDG_DATA_HOME="$data")
    report=$(cd "$work" && "${user[@]}" "$root/usr/bin/foleyforge-train" corpus --folder "$scratch/my sounds" \
        --out "$data/foleyforge/sound-library/mine" 2>&1) || fail "foleyforge-train corpus: $report"
    report=$(cd "$work" && "${user[@]}" "$root/usr/bin/foleyforge-cli" generate demo.mp4 \
        --caption "footsteps on a wooden floor" --onsets "$root/usr/share/foleyforge/demo/demo-onsets.csv" \
        --out "take one.wav" 2>&1) || fail "foleyforge-cli generate from the unpacked package: $report"
    [[ -s "$work/take one.wav" ]] || fail "no take written: $report"
    grep -q "\"file\": \"$data/foleyforge/sound-library/mine/" <<<"$report" \
        || fail "the take is not made of the user's library in $data/foleyforge/sound-library: $report"
    "$root/usr/bin/foleyforge-install-sound-library" --help | grep -q 'foleyforge/sound-library' \
        || fail "foleyforge-install-sound-library --help"
    pass "unpacked programs from '$work': a take of the user's library in \$XDG_DATA_HOME/foleyforge"
}

check_control
check_file_list
check_programs
check_desktop_files
check_installed_layout
if ((failures)); then
    echo "check-deb: $failures check(s) failed for $deb"
    exit 1
fi
echo "check-deb: $deb passes"
