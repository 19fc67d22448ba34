#!/bin/sh
# Fails, naming each file and line, when C++ under the source tree is not as .clang-format says
# (clang-format --dry-run -Werror). Fix with: clang-format -i FILE...
set -eu
src=$1
cd "$src"
files=$(find common db kiosk sync tests -name '*.cpp' -o -name '*.h' | grep -v '/corpus/' | sort)
[ -n "$files" ] || { echo "no C++ files under $src" >&2; exit 1; }
# shellcheck disable=SC2086 # word splitting is wanted: paths have no spaces
clang-format --dry-run -Werror $files
echo "$(echo "$files" | wc -l) files formatted as .clang-format says"
