#!/bin/bash
# Run from the repository after `swift build`.
# Drives one full `present pool-async` session (live run) in tmux and writes every screen.
OUT=$1
S=presentdoc
tmux kill-session -t $S 2>/dev/null
tmux new-session -d -s $S -x 100 -y 30 "cd \"$PWD\" && stty -a > /tmp/pd-before.txt; .build/debug/mp-tutor present pool-async --speed 8; echo \"exit status \$?\"; stty -a > /tmp/pd-after.txt; sleep 600"
{ echo "# One full \`mp-tutor present pool-async\` session (live run), captured with tmux capture-pane"; echo
  echo "Recorded $(date -u +%Y-%m-%d) at 100x30 by \`bash scripts/capture-present-session.sh docs/present-session.txt\`"
  echo "(colours are not captured)."; echo; } > $OUT
shot() { sleep ${2:-0.6}; { echo "──── $1"; echo '```'; tmux capture-pane -p -t $S; echo '```'; echo; } >> $OUT; }
key() { tmux send-keys -t $S "$@"; }
sleep 1.5
shot "mp-tutor present pool-async: page 1 of the lesson text"
key Space; shot "→ : page 2"
key Left; shot "← : back to page 1"
key Space; key Space; shot "Space Space: page 3"
key Space; shot "Space: question 1, before the run"
key 3; shot "3: the class picks 3"
key Space; key 2; shot "Space, 2: question 2, the class picks ForkPoolWorker-1"
key Space; key 3; shot "Space, 3: question 3 has no choices; the class types 3"
key Enter; shot "Enter: the run starts live; the screen follows it at 8 events per second" 2.5
for i in 1 2 3 4 5 6; do
  if tmux capture-pane -p -t $S | grep -q "stopped at a note"; then break; fi; sleep 1
done
shot "the playback stopped at note ①: the teacher explains" 0.2
key +; shot "+ : faster (16 events/s)" 0.3
key Space; shot "Space: plays on, to the next note" 2
key Left; shot "← : one event back (paused)" 0.3
key p; shot "p : plays again" 1.5
key -; shot "- : slower" 0.3
for i in $(seq 1 40); do
  if tmux capture-pane -p -t $S | grep -q "the run is over"; then break; fi
  if tmux capture-pane -p -t $S | grep -q "stopped at a note"; then key Space; fi
  sleep 1
done
shot "the whole run has been played: Space reveals the answers" 0.2
key Space; shot "Answer 1: revealed from this run's events"
key Space; shot "Answer 2"
key Space; shot "Answer 3"
key Space; shot "the final screen: the score, the summary and what the run proved"
key Space; shot "page 2 of the final screen"
key q; shot "q : the terminal is back as it was" 1
diff /tmp/pd-before.txt /tmp/pd-after.txt > /dev/null && echo "stty -a before and after: identical" >> $OUT || echo "stty -a differs" >> $OUT
tmux kill-session -t $S
