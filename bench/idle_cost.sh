#!/bin/sh
# The listener's CPU while N traced processes idle (issue: at most 2% of a
# core for 1,000).  Starts `iomon listen`, N traced `identity idle 1`
# processes, waits until every one is idle, then reads the listener's CPU
# time (utime + stime, /proc/PID/stat) over SECONDS.
#   bench/idle_cost.sh [N] [SECONDS]      (after `scons -Q -j2 test`)
set -eu
cd "$(dirname "$0")/.."
n=${1:-1000}
secs=${2:-10}
build=${IOMON_BUILD:-build}
dir=$(mktemp -d)
trap 'kill $pids 2>/dev/null || true; kill -INT $l 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$dir"' EXIT
"$build/iomon" listen --queue "$dir/q" --format summary -o "$dir/sum" 2>"$dir/err" &
l=$!
sleep 0.3
pids=""
i=0
while [ "$i" -lt "$n" ]; do
    MESSAGE_QUEUE_PATH="$dir/q" LD_PRELOAD="$(realpath "$build/libiomon.so")" \
        "$build/tests/identity" idle 1 >"$dir/o$i" &
    pids="$pids $!"
    i=$((i + 1))
done
while [ "$(grep -l idle "$dir"/o* 2>/dev/null | wc -l)" -lt "$n" ]; do
    sleep 0.2
done
sleep 1 # the last batches taken, the scans at rest
cpu() { awk '{ print $14 + $15 }' "/proc/$l/stat"; }
t0=$(cpu)
sleep "$secs"
t1=$(cpu)
hz=$(getconf CLK_TCK)
echo "$n idle traced processes: listener CPU $(( (t1 - t0) * 1000 / hz )) ms in ${secs} s" \
     "= $(awk -v a="$t0" -v b="$t1" -v h="$hz" -v s="$secs" 'BEGIN { printf "%.2f", (b - a) / h / s * 100 }')% of a core"
