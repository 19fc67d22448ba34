#!/bin/sh
# Runs a command inside the new network namespace `unshare -Urn` made: brings its loopback up and
# tells the tests they may change its firewall (nft) and queueing (tc).
# usage: unshare -Urn netns.sh /path/to/ip COMMAND [ARGS...]
set -e
ip="$1"
shift
"$ip" link set lo up
JIUJIN_NETNS=1 exec "$@"
