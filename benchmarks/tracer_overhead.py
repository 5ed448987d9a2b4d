#!/usr/bin/env python3
"""Tracer overhead: the same workloads untraced and traced, in one run.

    python3 benchmarks/tracer_overhead.py [--repeat 5] [--scale 1.0]

Both writers are measured: the default mmap writer and MPTUTOR_TRACE_WRITER=write.

Each workload runs in a fresh `python3` subprocess, once without and once with the tracer
(the tracer folder first on PYTHONPATH and MPTUTOR_TRACE_DIR set, as mp-tutor does), the
two alternating `--repeat` times; the best time of each is kept.  The workload reports the
CLOCK_MONOTONIC window of its timed loop; the events written by any process of the traced
run inside that window are counted, and

    added cost per event = (best traced time - best untraced time) / events in the window

Pool workloads run in several processes at once, so their figure is wall-clock time added
per event, not CPU time.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TRACER = os.path.join(os.path.dirname(HERE), 'tracer')

WORKLOAD = r'''
import multiprocessing as mp, sys, time
def square(x):
    return x * x
def main(kind, n):
    if kind == 'lock':
        lock = mp.Lock()
        acq, rel = lock.acquire, lock.release
        t0 = time.monotonic_ns()
        for _ in range(n):
            acq(); rel()
        t1 = time.monotonic_ns()
    elif kind == 'with-lock':
        lock = mp.RLock()
        t0 = time.monotonic_ns()
        for _ in range(n):
            with lock:
                pass
        t1 = time.monotonic_ns()
    elif kind == 'queue':
        q = mp.Queue()
        put, get = q.put, q.get
        t0 = time.monotonic_ns()
        for i in range(n):
            put(i); get()
        t1 = time.monotonic_ns()
    elif kind == 'pool':
        with mp.Pool(2) as pool:
            pool.map(square, range(4))          # workers up and running
            t0 = time.monotonic_ns()
            rs = [pool.apply_async(square, (i,)) for i in range(n)]
            for r in rs:
                r.get()
            t1 = time.monotonic_ns()
    elif kind == 'queue-batch':
        q = mp.Queue()
        put, get = q.put, q.get
        t0 = time.monotonic_ns()
        for i in range(n // 100):
            for j in range(100):
                put(j)
            for j in range(100):
                get()
        t1 = time.monotonic_ns()
    elif kind == 'queue-busy':              # control: untraced, ~1.5 us of work per round
        q = mp.Queue()
        put, get = q.put, q.get
        t0 = time.monotonic_ns()
        for i in range(n):
            put(i); get()
            for _ in range(100):
                pass
        t1 = time.monotonic_ns()
    elif kind == 'bounded-queue':
        q = mp.Queue(4)
        put, get = q.put, q.get
        t0 = time.monotonic_ns()
        for i in range(n):
            put(i); get()
        t1 = time.monotonic_ns()
    elif kind == 'pipe':
        a, b = mp.Pipe()
        send, recv = a.send, b.recv
        t0 = time.monotonic_ns()
        for i in range(n):
            send(i); recv()
        t1 = time.monotonic_ns()
    elif kind == 'event':
        ev = mp.Event()
        ev.set()
        wait = ev.wait
        t0 = time.monotonic_ns()
        for i in range(n):
            wait()
        t1 = time.monotonic_ns()
    elif kind == 'thread-lock':
        import threading
        lock = threading.Lock()
        t0 = time.monotonic_ns()
        for _ in range(n):
            with lock:
                pass
        t1 = time.monotonic_ns()
    elif kind == 'pool-map':
        with mp.Pool(2) as pool:
            pool.map(square, range(4))
            t0 = time.monotonic_ns()
            pool.map(square, range(n), chunksize=1)
            t1 = time.monotonic_ns()
    elif kind == 'value':
        v = mp.Value('i', 0)
        t0 = time.monotonic_ns()
        for _ in range(n):
            v.value += 1                        # a read and a write, each under v's lock
        t1 = time.monotonic_ns()
    elif kind == 'array':
        a = mp.Array('i', 8)
        t0 = time.monotonic_ns()
        for i in range(n):
            a[i % 8] = a[(i + 1) % 8] + 1
        t1 = time.monotonic_ns()
    elif kind == 'print':
        out = sys.stdout
        t0 = time.monotonic_ns()
        for i in range(n):
            print(i, file=out)
        t1 = time.monotonic_ns()
    sys.__stderr__.write('%d %d\n' % (t0, t1))
if __name__ == '__main__':
    main(sys.argv[1], int(sys.argv[2]))
'''

WORKLOADS = [('lock', 'Lock acquire()+release()', 20000),
             ('with-lock', 'RLock with-statement', 20000),
             ('queue', 'Queue put()+get()', 5000),
             ('queue-batch', 'Queue 100 put() 100 get()', 5000),
             ('bounded-queue', 'Queue(4) put()+get()', 5000),
             ('pipe', 'Pipe send()+recv()', 10000),
             ('event', 'Event wait() (set)', 20000),
             ('thread-lock', 'threading.Lock with', 20000),
             ('pool', 'Pool apply_async+get', 1000),
             ('pool-map', 'Pool map chunksize=1', 5000),
             ('value', 'Value v.value += 1', 10000),
             ('array', 'Array a[i] = a[j] + 1', 10000),
             ('print', 'print() to stdout', 20000)]


def run(work, kind, n, traced, writer='mmap'):
    env = {k: v for k, v in os.environ.items() if not k.startswith('MPTUTOR_')}
    trace_dir = None
    if traced:
        env['MPTUTOR_TRACE_WRITER'] = writer
        trace_dir = tempfile.mkdtemp(prefix='trace-', dir=work)
        env['PYTHONPATH'] = os.path.join(work, 'lib')
        env['MPTUTOR_TRACE_DIR'] = trace_dir
    p = subprocess.run([sys.executable, os.path.join(work, 'workload.py'), kind, str(n)],
                       env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True)
    t0, t1 = map(int, p.stderr.split()[-2:])
    events = 0
    if trace_dir:
        import json
        for name in os.listdir(trace_dir):
            with open(os.path.join(trace_dir, name)) as f:
                for line in f:
                    line = line.strip('\0')
                    if line and t0 <= json.loads(line)['t'] <= t1:
                        events += 1
        shutil.rmtree(trace_dir)
    return (t1 - t0) / 1e3, events     # microseconds


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--repeat', type=int, default=5)
    ap.add_argument('--scale', type=float, default=1.0)
    ap.add_argument('--only', help='comma-separated workload names (lock, queue, pool, ...)')
    opts = ap.parse_args()
    work = tempfile.mkdtemp(prefix='mpt-bench-')
    try:
        os.mkdir(os.path.join(work, 'lib'))
        shutil.copy(os.path.join(TRACER, 'sitecustomize.py'), os.path.join(work, 'lib'))
        shutil.copytree(os.path.join(TRACER, 'mptutor_trace'), os.path.join(work, 'lib', 'mptutor_trace'),
                        ignore=shutil.ignore_patterns('__pycache__'))
        with open(os.path.join(work, 'workload.py'), 'w') as f:
            f.write(WORKLOAD)
        print('python %s, %d CPUs, best of %d runs each' % (sys.version.split()[0], os.cpu_count(), opts.repeat))
        print()
        head = '%-26s %6s %10s %10s %10s %7s %9s %9s' % (
            'workload', 'ops', 'plain ms', 'mmap ms', 'write ms', 'events', 'us/ev mmap', 'us/ev write')
        print(head)
        print('-' * len(head))
        tot = {'mmap': 0.0, 'write': 0.0}
        tot_events = 0
        for kind, label, n in WORKLOADS:
            if opts.only and kind not in opts.only.split(','):
                continue
            n = max(1, int(n * opts.scale))
            plain, traced, events = [], {'mmap': [], 'write': []}, 0
            for _ in range(opts.repeat):
                plain.append(run(work, kind, n, False)[0])
                for writer in ('mmap', 'write'):
                    us, events = run(work, kind, n, True, writer)
                    traced[writer].append(us)
            best = {w: min(v) for w, v in traced.items()}
            per = {w: (best[w] - min(plain)) / events if events else float('nan') for w in best}
            for w in tot:
                tot[w] += best[w] - min(plain)
            tot_events += events
            print('%-26s %6d %10.1f %10.1f %10.1f %7d %9.2f %9.2f' % (
                label, n, min(plain) / 1e3, best['mmap'] / 1e3, best['write'] / 1e3, events,
                per['mmap'], per['write']))
        print('-' * len(head))
        print('%-26s %6s %10s %10s %10s %7d %9.2f %9.2f' % (
            'overall', '', '', '', '', tot_events, tot['mmap'] / tot_events, tot['write'] / tot_events))
        print()
        print('us/ev = (best traced - best untraced) / events written inside the timed window;')
        print('mmap is the default writer, write = MPTUTOR_TRACE_WRITER=write (one os.write per event).')
        if not opts.only or 'queue' in opts.only.split(','):
            n = max(1, int(5000 * opts.scale))
            plain = min(run(work, 'queue', n, False)[0] for _ in range(opts.repeat))
            busy = min(run(work, 'queue-busy', n, False)[0] for _ in range(opts.repeat))
            print()
            print('Control, untraced: Queue put()+get() with an empty 100-step loop (about 1.5 us of')
            print('the program\'s own work) after each get: %.1f ms instead of %.1f ms, %+.2f us per round.'
                  % (busy / 1e3, plain / 1e3, (busy - plain) / n))
            print('When this grows by much more than 1.5 us per round, the put()/get() ping-pong is on a')
            print('scheduling cliff (seen with both CPUs busy, or pinned to one): any work between rounds')
            print('lets the feeder thread fall asleep, and waking it costs thread switches; the traced')
            print('figure for that row then measures the cliff more than the tracer.')
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == '__main__':
    main()
