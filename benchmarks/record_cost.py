#!/usr/bin/env python3
"""What `mp-tutor trace --record` costs beyond the traced program's own run, on a lock-heavy program.

    python3 benchmarks/record_cost.py [--binary .build/release/mp-tutor] [--compare OLD_BINARY]
                                      [--runs 5] [--rounds 12000]

The program is benchmarks/record_programs/lock_bench.py: two processes taking one Lock in turns,
ROUNDS `with lock:` each, about 4 events per round pair (--rounds 12000: about 48,000 events).
Each run is `BINARY trace --record FILE lock_bench.py ROUNDS`, its timeline sent to /dev/null, timed
from outside (wall).  The program's run time is the trailer's `run.duration_ns` (from the spawn of
python3 to the main process's end, as mp-tutor saw it); mp-tutor's own time is the rest of the wall
time: its start, the tracer's installation, reading the per-process logs, merging, writing the
transcript, building and printing the timeline.  The goal of issue 12: mp-tutor's own time at most
the program's run time.  The untraced program (`python3 lock_bench.py ROUNDS`) is timed in the same
rounds, for reference.  With --compare, both binaries run in every round, one after the other, so they
see the same load; medians are printed with the load average.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PROGRAM = os.path.join(HERE, 'record_programs', 'lock_bench.py')


def wall(argv, **kwargs):
    start = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, **kwargs)
    return time.perf_counter() - start


def record(binary, rounds, out):
    seconds = wall([binary, 'trace', '--record', out, PROGRAM, str(rounds)], cwd=ROOT)
    with open(out, 'rb') as f:
        f.seek(max(0, os.path.getsize(out) - 4096))
        trailer = json.loads(f.read().splitlines()[-1])
    return seconds, trailer['run']['duration_ns'] / 1e9, trailer['event_count']


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--binary', default=os.path.join(ROOT, '.build/release/mp-tutor'))
    parser.add_argument('--compare', action='append', default=[], help='another binary, run in the same rounds')
    parser.add_argument('--runs', type=int, default=5)
    parser.add_argument('--rounds', type=int, default=12000, help='`with lock:` per process')
    args = parser.parse_args()
    binaries = [os.path.abspath(b) for b in args.compare + [args.binary]]
    rows = {b: [] for b in binaries}
    untraced = []
    loads = []
    with tempfile.TemporaryDirectory() as scratch:
        for _ in range(args.runs):
            loads.append(os.getloadavg()[0])
            untraced.append(wall([sys.executable, PROGRAM, str(args.rounds)]))
            for index, binary in enumerate(binaries):
                rows[binary].append(record(binary, args.rounds, os.path.join(scratch, f'{index}.jsonl')))
    print(f'load average {min(loads):.1f} to {max(loads):.1f} (1 min); {args.runs} interleaved runs; medians, seconds')
    print(f'untraced program: {statistics.median(untraced):.3f}')
    print(f'{"binary":<44} {"events":>7} {"wall":>7} {"program":>8} {"mp-tutor":>9} {"ratio":>6}')
    for binary in binaries:
        series = rows[binary]
        total = statistics.median(s for s, _, _ in series)
        program = statistics.median(p for _, p, _ in series)
        own = statistics.median(s - p for s, p, _ in series)
        events = series[-1][2]
        print(f'{binary[-44:]:<44} {events:>7} {total:7.3f} {program:8.3f} {own:9.3f} {own / program:6.2f}')
    print('mp-tutor = wall - program (its own start, reading the logs, merging, writing, the timeline); '
          'ratio = mp-tutor / program (goal: at most 1)')


if __name__ == '__main__':
    main()
