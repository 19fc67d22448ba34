#!/bin/sh
# Runs a command inside the new network namespace `unshare -Urn` made: brings its loopback up and
# tells the tests they may change its firewall (nft) and queueing (tc).
# usage: unshare -Urn netns.sh /path/to/ip COMMAND [ARGS...]
set -e
ip="$1"
shift
# An Ethernet-sized MTU: tbf drops any packet larger than its burst, and lo's 64 KB segments are.
"$ip" link set lo mtu 1500 up
JIUJIN_NETNS=1 exec "$@"
