#!/usr/bin/env python3
"""What `mp-tutor trace --record` costs beyond the traced program's own run, on a lock-heavy program.

    python3 benchmarks/record_cost.py [--binary .build/release/mp-tutor] [--compare OLD_BINARY]
                                      [--runs 5] [--rounds 12000] [--python PATH]

The program is benchmarks/record_programs/lock_bench.py: two processes taking one Lock in turns,
ROUNDS `with lock:` each, about 4 events per round pair (--rounds 12000: about 48,000 events).
Each run is `BINARY trace --python PYTHON --record FILE lock_bench.py ROUNDS`, its timeline sent to
/dev/null.  PYTHON is the real interpreter (this script's `sys.executable`, symbolic links resolved),
not a `python3` found on PATH: a pyenv shim there is a bash script that takes tens of milliseconds
before python starts, and that time is neither the program's nor mp-tutor's.

Two measures, both printed:
- wall: the run timed from outside; the program's run time is the trailer's `run.duration_ns` (from
  the spawn of python to the main process's end, as mp-tutor saw it); mp-tutor's own time is the
  rest: its start, the tracer's installation, reading the per-process logs, merging, writing the
  transcript, building and printing the timeline.
- CPU (Linux): the benchmark waits for mp-tutor with WNOWAIT, so that its `/proc/PID/stat` still
  holds its final counters, and reads utime+stime (mp-tutor's own threads only) and cutime+cstime
  (the processes it waited for: the traced python and, through it, its children).  This split is
  exact and much less disturbed by other load than wall time.
The goal of issue 12: mp-tutor's own time at most the program's run time.  The untraced program
(`PYTHON lock_bench.py ROUNDS`) is timed in the same rounds, for reference.  With --compare, every
binary runs in every round, one after the other, so they see the same load; medians are printed with
the load average.
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
TICK = os.sysconf('SC_CLK_TCK') if hasattr(os, 'sysconf') else 100


def run_timed(argv, **kwargs):
    """Wall seconds and (own CPU, waited-for children's CPU) in seconds; CPU is None where /proc is missing."""
    start = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, **kwargs)
    cpu = None
    if os.path.exists(f'/proc/{child.pid}/stat'):
        # Wait without reaping: the zombie's stat holds its final counters until it is reaped.
        os.waitid(os.P_PID, child.pid, os.WEXITED | os.WNOWAIT)
        with open(f'/proc/{child.pid}/stat') as f:
            fields = f.read().rsplit(')', 1)[1].split()
        # Fields 14 to 17 of stat(5) (utime, stime, cutime, cstime) are 12 to 15 after the name.
        utime, stime, cutime, cstime = (int(x) / TICK for x in fields[11:15])
        cpu = (utime + stime, cutime + cstime)
    status = child.wait()
    seconds = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f'{argv[0]} exited with {status}')
    return seconds, cpu


def record(binary, python, rounds, out):
    seconds, cpu = run_timed([binary, 'trace', '--python', python, '--record', out, PROGRAM, str(rounds)], cwd=ROOT)
    with open(out, 'rb') as f:
        f.seek(max(0, os.path.getsize(out) - 4096))
        trailer = json.loads(f.read().splitlines()[-1])
    return seconds, trailer['run']['duration_ns'] / 1e9, trailer['event_count'], cpu


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--binary', default=os.path.join(ROOT, '.build/release/mp-tutor'))
    parser.add_argument('--compare', action='append', default=[], help='another binary, run in the same rounds')
    parser.add_argument('--runs', type=int, default=5)
    parser.add_argument('--rounds', type=int, default=12000, help='`with lock:` per process')
    parser.add_argument('--python', default=os.path.realpath(sys.executable),
                        help='the interpreter to trace (default: this one, the real binary rather than a shim)')
    args = parser.parse_args()
    binaries = [os.path.abspath(b) for b in args.compare + [args.binary]]
    rows = {b: [] for b in binaries}
    untraced = []
    loads = []
    with tempfile.TemporaryDirectory() as scratch:
        for _ in range(args.runs):
            loads.append(os.getloadavg()[0])
            untraced.append(run_timed([args.python, PROGRAM, str(args.rounds)]))
            for index, binary in enumerate(binaries):
                rows[binary].append(record(binary, args.python, args.rounds, os.path.join(scratch, f'{index}.jsonl')))
    print(f'load average {min(loads):.1f} to {max(loads):.1f} (1 min); {args.runs} interleaved runs; medians, seconds')
    print(f'python: {args.python}')
    cpu = [c for _, c in untraced if c]
    print(f'untraced program: wall {statistics.median(s for s, _ in untraced):.3f}'
          + (f', CPU {statistics.median(own + kids for own, kids in cpu):.3f}' if cpu else ''))
    print(f'{"binary":<36} {"events":>7} {"wall":>7} {"program":>8} {"mp-tutor":>9} {"ratio":>6}'
          f' | {"CPU: program":>12} {"mp-tutor":>9} {"÷run":>5} {"÷CPU":>5}')
    for binary in binaries:
        series = rows[binary]
        total = statistics.median(s[0] for s in series)
        program = statistics.median(s[1] for s in series)
        own = statistics.median(s[0] - s[1] for s in series)
        events = series[-1][2]
        line = f'{binary[-36:]:<36} {events:>7} {total:7.3f} {program:8.3f} {own:9.3f} {own / program:6.2f}'
        if all(s[3] for s in series):
            cpu_own = statistics.median(s[3][0] for s in series)
            cpu_program = statistics.median(s[3][1] for s in series)
            line += f' | {cpu_program:12.3f} {cpu_own:9.3f} {cpu_own / program:5.2f} {cpu_own / cpu_program:5.2f}'
        print(line)
    print('wall: mp-tutor = wall - program (its own start, reading the logs, merging, writing, the timeline); '
          'ratio = mp-tutor / program (goal: at most 1)')
    print("CPU: program = the traced processes (user + system), mp-tutor = its own threads (user + system); "
          "÷run = mp-tutor's CPU / the program's run time (wall), ÷CPU = mp-tutor's CPU / the program's CPU")


if __name__ == '__main__':
    main()
