#!/bin/sh
# Benchmark: jiujin's drain of ~1 MB (8 records with a 100 KB scan each) on plain loopback, then
# through a 1 Mbit/s token bucket (tc tbf), inside a private network namespace; prints a table with
# the bound (bytes at 1 Mbit/s) and the ratio. Not a ctest: the numbers are for a person to read.
# usage: tests/sync/bench-bandwidth.sh [BUILD_DIR]   (default build/dev)
set -e
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build/dev}
export QT_QPA_PLATFORM=offscreen TZ=Asia/Shanghai LC_ALL=C.UTF-8
exec unshare -Urn "$here/netns.sh" "$(command -v ip || echo /usr/sbin/ip)" \
    "$build/tests/sync/jiujin-sync-tests" "[.sync-bench]"
