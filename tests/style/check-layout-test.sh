#!/bin/sh
# check-layout.sh on a scratch repository: a README naming every folder passes; a new folder (top
# level or one below) that it does not name fails and is named; a word that only looks like the
# folder ("/src/" inside a path) does not count.
set -eu
check=$(cd "$(dirname "$0")" && pwd)/check-layout.sh
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
repo=$scratch/repo
mkdir -p "$repo/app/core" "$repo/app/ui" "$repo/db/seed" "$repo/.ci"
touch "$repo/app/core/a.cpp" "$repo/app/ui/b.cpp" "$repo/db/seed/c.json" "$repo/db/d.cpp" \
    "$repo/.ci/run"
cat >"$repo/README.md" <<'README'
# Scratch

## Layout

```
app/core/    the core
app/ui/      the screens, served at /db/src/
db/          the database, seed/ (the search index)
```

## Next
README
g() { git -C "$repo" -c user.name=t -c user.email=t@example.invalid "$@"; }
g init -q
g add -A
"$check" "$repo" >/dev/null || { echo "FAIL: a README naming every folder refused" >&2; exit 1; }

mkdir -p "$repo/db/src" "$repo/docs"
touch "$repo/db/src/e.cpp" "$repo/docs/f.md"
g add -A
if "$check" "$repo" 2>"$scratch/err" >/dev/null; then
    echo "FAIL: folders missing from the README passed" >&2
    exit 1
fi
for folder in db/src/ docs/; do
    grep -qx "  $folder" "$scratch/err" ||
        { echo "FAIL: $folder is not named:" >&2; cat "$scratch/err" >&2; exit 1; }
done
if grep -q "app/\|seed/\|\.ci" "$scratch/err"; then
    echo "FAIL: a folder the README names was reported:" >&2
    cat "$scratch/err" >&2
    exit 1
fi
echo "check-layout.sh finds the folders a README leaves out"
