#!/bin/sh
# What help2man reads for a FoleyForge program (packaging/cpack/DesktopAssets.cmake). Programs with commands
# (foleyforge-cli, foleyforge-train) list them one a line in --help, which help2man's paragraph rules would run
# together, so:
#   FOLEY_MAN_PROGRAM=PROGRAM man-help.sh --help   PROGRAM's --help without the list (help2man runs this)
#   man-help.sh --commands PROGRAM OUT.h2m          a help2man include: one subsection per command, its own --help
#                                                   verbatim (commands without --help, like `version`, are left out)
set -eu

if [ "$1" = --help ]; then
    "$FOLEY_MAN_PROGRAM" --help | sed '/^commands:$/,/^$/d'
    exit 0
fi
if [ "$1" != --commands ] || [ $# -ne 3 ]; then
    echo "usage: $0 --help | --commands PROGRAM OUT.h2m" >&2
    exit 2
fi
program=$2
name=$(basename "$program")
{
    echo "[COMMANDS]"
    "$program" --help | sed -n '/^commands:$/,/^$/s/^  \([a-z-]*\) .*/\1/p' | while read -r command; do
        "$program" "$command" --help > "$3.part" 2>/dev/null || continue
        echo ".SS $command"
        echo ".nf"
        # Roff: backslashes are escaped, a leading dot or quote is not a request; the usage line names the
        # program, not the build folder it ran from.
        sed -e "s|^Usage: [^ ]*$name |Usage: $name $command |" -e 's/\\/\\e/g' -e "s/^\([.']\)/\\\\\&\1/" "$3.part"
        echo ".fi"
    done
} > "$3"
rm -f "$3.part"
