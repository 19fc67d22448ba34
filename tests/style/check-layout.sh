#!/bin/sh
# Fails, naming each one, when a folder of the tree is missing from the README's "Layout" section:
# every top-level folder and every folder one level below it that git tracks files in (hidden
# ones such as .ci/ left out). Skipped (77) outside a git checkout.
#
# In the section's code block an entry starts at the line's first column ("kiosk/core/  ...") and
# runs to the next one. A top-level folder X is there when an entry is named X/ or X/...; X/Y when
# the block names X/Y/ as a word anywhere, or X's own entry names Y/ as a word ("seed/", "(unit/"),
# not inside another path ("/console/").
set -eu
src=$1
git -C "$src" rev-parse --git-dir >/dev/null 2>&1 || { echo "not a git checkout: skipped"; exit 77; }
readme=$src/README.md
[ -f "$readme" ] || { echo "no README.md in $src" >&2; exit 1; }

folders=$(git -C "$src" ls-files | awk -F/ '
    $1 ~ /^\./ { next }
    NF > 1 { print $1 }
    NF > 2 { print $1 "/" $2 }' | sort -u)

missing=$(echo "$folders" | awk -v readme="$readme" '
    BEGIN {
        while ((getline line < readme) > 0) {
            if (line ~ /^## /) { inSection = (line == "## Layout"); continue }
            if (!inSection) continue
            if (line ~ /^```/) { if (inBlock) break; inBlock = 1; continue }
            if (!inBlock) continue
            block = block "\n " line
            if (line ~ /^[^ ]/) { split(line, w, " "); entry = w[1]; names[entry] = 1 }
            if (entry != "") text[entry] = text[entry] " " line
        }
    }
    # Whether hay names folder y as a word: "y/" after a space, a bracket or a separator.
    function word(hay, y,    rest, at, before) {
        rest = hay
        while ((at = index(rest, y "/")) > 0) {
            before = at == 1 ? " " : substr(rest, at - 1, 1)
            if (before ~ /[ (,;:]/) return 1
            rest = substr(rest, at + 1)
        }
        return 0
    }
    {
        n = split($0, part, "/")
        found = 0
        if (n == 1) {
            for (e in names) if (index(e, $0 "/") == 1) found = 1
        } else {
            if (word(block, $0)) found = 1
            else if ((part[1] "/") in text && word(text[part[1] "/"], part[2])) found = 1
        }
        if (!found) print $0 "/"
    }')

if [ -n "$missing" ]; then
    echo "README.md's Layout section does not name these folders of the tree:" >&2
    echo "$missing" | sed 's/^/  /' >&2
    exit 1
fi
echo "$(echo "$folders" | wc -l) folders, each named in README.md's Layout section"
