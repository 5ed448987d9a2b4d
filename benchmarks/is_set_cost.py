#!/usr/bin/env python3
"""What one Event.is_set() costs, untraced and traced (gaps 13A: the tracer counts a program's polls).

    python3 benchmarks/is_set_cost.py [--compare OLD_TRACER_DIR] [--rounds 3]

A program run by the tracer tests' helper (tracer/tests/mpt_helper.py, as mp-tutor runs it, fork) times
`ev.is_set()` with timeit (the best of 5 repeats of 200,000 calls) for a program's threading.Event, a
multiprocessing.Event, and the standard library's own threading Event that Thread.is_alive() polls
(Thread._started), which the tracer never records.  Runs: untraced, traced with this checkout's tracer, and with
--compare, traced with another tracer directory (e.g. main's: `git archive main tracer | tar -x -C /tmp/main`,
then --compare /tmp/main/tracer), one after the other in each round so that they see the same load; the median
of the rounds is printed with the load average, which moves these figures a lot on a busy machine.
"""
import argparse
import os
import statistics
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'tracer', 'tests'))
import mpt_helper  # noqa: E402

PROGRAM = '''
import multiprocessing as mp, threading, timeit
ev, mev = threading.Event(), mp.Event()
inner = threading.current_thread()._started
for f in (ev.is_set, mev.is_set, inner.is_set):
    print(min(timeit.repeat(f, number=200000, repeat=5)) / 200000 * 1e9)
'''
NAMES = ("a program's threading.Event", "multiprocessing.Event", "threading's own (Thread._started)")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--compare', help='another tracer directory (its mptutor_trace and sitecustomize.py)')
    ap.add_argument('--rounds', type=int, default=3)
    a = ap.parse_args()
    own = mpt_helper.TRACER_DIR
    runs = [('untraced', None, False), ('traced (this tracer)', own, True)]
    if a.compare:
        runs.append(('traced (' + a.compare + ')', os.path.abspath(a.compare), True))
    figures = {label: [] for label, _, _ in runs}
    for _ in range(a.rounds):
        for label, tracer, trace in runs:
            mpt_helper.TRACER_DIR = tracer or own
            r = mpt_helper.run(PROGRAM, 'fork', trace=trace)
            if r.rc != 0:
                sys.exit(label + ' failed:\n' + r.stderr)
            figures[label].append([float(x) for x in r.stdout.split()])
    print('load average: %.1f %.1f %.1f' % os.getloadavg())
    for label, _, _ in runs:
        cols = zip(*figures[label])
        print(label + ': ' + ', '.join('%s %.0f ns' % (n, statistics.median(c)) for n, c in zip(NAMES, cols)))


if __name__ == '__main__':
    main()
