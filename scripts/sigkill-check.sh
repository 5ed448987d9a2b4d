#!/bin/bash
# Measures the lifeline: SIGKILLs mp-tutor DELAY seconds into a run and counts, by a marker in
# their environment, the processes of the run still alive afterwards, and the mp-tutor-run-*
# folders left in $TMPDIR (use a private one: TMPDIR=$(mktemp -d) scripts/sigkill-check.sh 2 lesson pool-async).
# usage: scripts/sigkill-check.sh DELAY mp-tutor-args...   SIGKILLs mp-tutor after DELAY s, then counts what of its run is left
delay=$1; shift
M=${MPTUTOR:-$(cd "$(dirname "$0")/.." && pwd)/.build/debug/mp-tutor}
mark=KT$RANDOM$RANDOM
count() { grep -l -a -F "KILLTEST_MARK=$mark" /proc/[0-9]*/environ 2>/dev/null | grep -v "^/proc/$pid/" | wc -l; }
folders() { ls -d $TMPDIR/mp-tutor-run-* 2>/dev/null | wc -l; }
env KILLTEST_MARK=$mark $M "$@" >/dev/null 2>&1 &
pid=$!
sleep "$delay"
alive=$(count); during=$(folders)
kill -KILL $pid; wait $pid 2>/dev/null
start=$(date +%s%N); gone=
for i in $(seq 1 100); do
  if [ "$(count)" = 0 ] && [ -z "$gone" ]; then gone=$(( ($(date +%s%N) - start) / 1000000 )); fi
  [ -n "$gone" ] && [ "$(folders)" = 0 ] && break
  sleep 0.05
done
sleep 3
echo "run processes before SIGKILL: $alive, 3 s after: $(count) (all gone after ${gone:-never} ms); scratch folders during: $during, after: $(folders)"
