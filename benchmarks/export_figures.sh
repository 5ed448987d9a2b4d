#!/usr/bin/env bash
# Export figures on synthesized runs (benchmarks/synth_transcript.py): a 1M-event run to Perfetto, a 100k one
# checked by the strict reader, and 9k/10k-event runs to HTML measured in headless Chromium (9k: every element
# in the DOM; 10k+: drawn in view). Build first: swift build -c release
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.build/release/mp-tutor
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 benchmarks/synth_transcript.py 1000000 "$tmp/1m.jsonl"
/usr/bin/time -f "export --perfetto, 1M events: %e s wall, %U s user, %S s system, %M KB max RSS" \
  "$bin" export "$tmp/1m.jsonl" --perfetto "$tmp/1m.json" >/dev/null
ls -l "$tmp/1m.json" | awk '{print "trace size: " $5 " bytes"}'
python3 benchmarks/synth_transcript.py 100000 "$tmp/100k.jsonl"
"$bin" export "$tmp/100k.jsonl" --perfetto "$tmp/100k.json" >/dev/null
python3 scripts/check_trace_events.py "$tmp/100k.json"
for n in 9000 10000; do
  python3 benchmarks/synth_transcript.py "$n" "$tmp/$n.jsonl"
  /usr/bin/time -f "export --html, $n events: %e s wall, %U s user, %M KB max RSS" \
    "$bin" export "$tmp/$n.jsonl" --html "$tmp/$n.html" >/dev/null
  ls -l "$tmp/$n.html" | awk '{print "page size: " $5 " bytes"}'
  python3 scripts/browser_check.py --measure "$tmp/$n.html"
done
