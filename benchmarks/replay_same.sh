#!/bin/bash
# Replays every committed transcript (corpus/transcripts, transcripts) with BINARY, `--full --width 200 --no-pager`,
# in English, and every tenth also with `--lang zh`, into OUTDIR: run it with the binary before and after a change to
# the replay's speed, then `diff -r` the two directories (the output must stay byte-for-byte the same).
#   benchmarks/replay_same.sh BINARY OUTDIR
set -e
BIN=$(realpath "$1"); OUT=$2; mkdir -p "$OUT"
cd "$(dirname "$0")/.."
ls corpus/transcripts/*.jsonl transcripts/*.jsonl > "$OUT/.list"
while read -r f; do echo "$f" "$OUT/$(echo "$f" | tr '/' '_')"; done < "$OUT/.list" |
  xargs -P 2 -n 2 sh -c '"$0" replay "$1" --full --width 200 --no-pager > "$2.en" 2>&1; echo "rc=$?" >> "$2.en"' "$BIN"
awk 'NR%10==0' "$OUT/.list" | while read -r f; do echo "$f" "$OUT/$(echo "$f" | tr '/' '_')"; done |
  xargs -P 2 -n 2 sh -c '"$0" replay "$1" --full --width 200 --no-pager --lang zh > "$2.zh" 2>&1; echo "rc=$?" >> "$2.zh"' "$BIN"
ls "$OUT" | wc -l
