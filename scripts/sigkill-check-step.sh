#!/bin/bash
# The lifeline under a live --step view: runs mp-tutor ARGS (with --step) in a tmux pane, SIGKILLs it
# after DELAY s, and counts the run's processes and mp-tutor-run-* folders in $TMPDIR 3 s later.
# usage: TMPDIR=$(mktemp -d) scripts/sigkill-check-step.sh 2.5 lesson pool-async --step

delay=${1:-2}; shift; args="$*"
M=${MPTUTOR:-$(cd "$(dirname "$0")/.." && pwd)/.build/debug/mp-tutor}
mark=KS$RANDOM$RANDOM
sock=killstep$$
cd "$(dirname "$0")/.."
tmux -L $sock -f /dev/null new-session -d -x 120 -y 40 "env TMPDIR=$TMPDIR KILLTEST_MARK=$mark $M $args; sleep 30"
sleep "$delay"
pid=$(for f in $(grep -l -a -F "KILLTEST_MARK=$mark" /proc/[0-9]*/environ 2>/dev/null); do p=${f#/proc/}; p=${p%/environ}; [ "$(cat /proc/$p/comm)" = mp-tutor ] && echo $p; done)
count() { grep -l -a -F "KILLTEST_MARK=$mark" /proc/[0-9]*/environ 2>/dev/null | grep -v "^/proc/$pid/" | wc -l; }
folders() { ls -d $TMPDIR/mp-tutor-run-* 2>/dev/null | wc -l; }
alive=$(count); during=$(folders)
tmux -L $sock capture-pane -p | head -3
kill -KILL $pid
sleep 3
echo "live --step ($args): run processes before SIGKILL of mp-tutor (pid $pid): $alive, 3 s after: $(count); scratch folders during: $during, after: $(folders)"
tmux -L $sock kill-server
