#!/bin/sh
# Central's SQL lives in its storage implementations only (sync/gateway/storage/<engine>/): the
# services see CentralStorage and its record interfaces, so each engine (SQLite, PostgreSQL) keeps
# its SQL in its own folder; storage/opencentralstorage.cpp only picks one. Fails naming every
# line that breaks this.
set -eu
root=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
cd "$root/sync/gateway"
found=$(find . -name '*.h' -o -name '*.cpp' |
    grep -vE '^\./storage/(sqlite|postgres)/|^\./storage/opencentralstorage\.cpp$' | sort |
    xargs grep -nE '#include "(database|sqlite[a-z]*)\.h"|\b(Database|Statement|CachedStatement|Transaction)\b *[&(*:]|"(SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|PRAGMA|BEGIN) ' || true)
if [ -n "$found" ]; then
    echo "SQL or a database handle outside sync/gateway/storage/<engine>/:"
    echo "$found"
    exit 1
fi
echo "central's SQL is confined to its storage implementations"
