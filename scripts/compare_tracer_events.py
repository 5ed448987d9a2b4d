#!/usr/bin/env python3
"""Do two tracers write the same events for the same programs?  (issue 12: a speed change must not change the
transcript.)

    python3 scripts/compare_tracer_events.py --base DIR [--tracer tracer] [--methods fork,spawn] NAME ...

Runs each corpus program (corpus/NAME.py METHOD) once with each tracer folder (PYTHONPATH and MPTUTOR_TRACE_DIR, as
mp-tutor runs it), reads every per-process event file, puts each compact line back as its JSON line (this branch's
mptutor_trace.compact_lines.expand: the reader's rule, which CompactLineTests holds the Swift reader to), and compares
the two runs' events as multisets, less what differs between any two runs of one program: `t`, `n`, `tid`, pids,
`*_ns`, `thread_tid`, and the digits of every string (queue keys hold a semaphore's address and a pid).  Prints the
kinds whose events differ (counts on each side) and exits 1 if any did.  Timing can move events of some kinds
(`queue.wait`, `pool.wait`, `pool.task.sent`, ...): read the kinds, run twice, before calling a difference a change.
"""
import argparse
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, 'tracer'))
from mptutor_trace.compact_lines import expand  # noqa: E402

DROP = {'t', 'n', 'tid', 'pid', 'ppid', 'child_pid', 'parent_pid', 'thread_tid', 'reaped_by'}
DIGITS = re.compile(r'\d+')


def masked(value):
    if isinstance(value, str):
        return DIGITS.sub('#', value)
    if isinstance(value, list):
        return [masked(v) for v in value]
    if isinstance(value, dict):
        return {k: masked(v) for k, v in value.items()}
    return value


def events(folder):
    """Every event of a run, as a comparable key, and the number of compact lines read."""
    out, compact = collections.Counter(), 0
    for name in sorted(os.listdir(folder)):
        if not name.endswith('.jsonl'):
            continue
        with open(os.path.join(folder, name), 'rb') as f:
            for line in f.read().split(b'\n'):
                line = line.strip(b'\0')
                if not line:
                    continue
                compact += line.startswith(b'~')
                record = json.loads(expand(line))
                kept = {k: masked(v) for k, v in record.items() if k not in DROP and not k.endswith('_ns')}
                out[json.dumps(kept, sort_keys=True)] += 1
    return out, compact


def run(tracer, program, method, work, timeout):
    trace = tempfile.mkdtemp(dir=work)
    env = {k: v for k, v in os.environ.items() if not k.startswith('MPTUTOR_')}
    env.update(PYTHONPATH=tracer, MPTUTOR_TRACE_DIR=trace, MPTUTOR_START_METHOD=method, PYTHONDONTWRITEBYTECODE='1')
    try:
        subprocess.run([sys.executable, program, method], env=env, cwd=os.path.join(ROOT, 'corpus'), timeout=timeout,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        pass        # a program that hangs on purpose: its events so far
    return events(trace)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--base', required=True, help="the tracer folder before the change (a copy of main's tracer)")
    ap.add_argument('--tracer', default=os.path.join(ROOT, 'tracer'))
    ap.add_argument('--methods', default='fork')
    ap.add_argument('--timeout', type=float, default=30)
    ap.add_argument('--show', action='store_true', help='print the differing events themselves')
    ap.add_argument('names', nargs='+')
    opts = ap.parse_args()
    work = tempfile.mkdtemp(prefix='mpt-compare-')
    differing = 0
    try:
        for name in opts.names:
            program = os.path.join(ROOT, 'corpus', name + '.py')
            for method in opts.methods.split(','):
                (a, ca), (b, cb) = (run(os.path.abspath(t), program, method, work, opts.timeout)
                                    for t in (opts.base, opts.tracer))
                kinds = collections.defaultdict(lambda: [0, 0])
                for key, count in (a - b).items():
                    kinds[json.loads(key)['kind']][0] += count
                for key, count in (b - a).items():
                    kinds[json.loads(key)['kind']][1] += count
                print('%-40s %-10s events %5d / %5d, compact lines %d / %d%s' % (
                    name, method, sum(a.values()), sum(b.values()), ca, cb,
                    '' if not kinds else '; differ (base only / tracer only): ' +
                    ', '.join('%s %d/%d' % (k, x, y) for k, (x, y) in sorted(kinds.items()))))
                differing += bool(kinds)
                if opts.show:
                    for sign, side in (('-', a - b), ('+', b - a)):
                        for key, count in sorted(side.items()):
                            print('   %s %d %s' % (sign, count, key))
    finally:
        shutil.rmtree(work)
    return 1 if differing else 0


if __name__ == '__main__':
    sys.exit(main())
