#!/usr/bin/env python3
"""The tracer's cost per operation in user-space instructions (callgrind): load-independent.

    python3 benchmarks/tracer_instructions.py [--only lock,thread-lock,event] [--ops 2000] [--tracer DIR ...] [--main-thread] [--repeat R]

Wall and CPU times swing by 30% and more when the machine is shared (tracer_overhead.py says the
load); the number of instructions a loop executes does not.  Each workload runs under
`valgrind --tool=callgrind` (every thread of the process counted) with n = --ops/4 and with
n = --ops + --ops/4 operations, untraced and with each tracer folder; the difference of the two
totals divided by --ops is the cost of one operation, start-up and exit cancelled out.  It prints
instructions per operation untraced, traced, added, and added per event.  Every process of a run
is counted (a fork Pool's two workers too: the Pool rows are a task's whole cost, but for the one thread below).  Needs
valgrind; slow (a few seconds of CPU per run, two runs per workload and tracer).  The Queue row moves by
about 2k instructions from run to run (how the feeder thread interleaves): --repeat R runs R
interleaved rounds and prints medians, with the spread of the untraced and traced figures.  The Pool is closed and joined, not terminated: a worker
killed by SIGTERM at a random point of its exit would count a random share of that exit.
`print-child` prints in a forked child with PYTHONUNBUFFERED (as mp-tutor runs programs): the side slot's cost;
`print` is the main process's, buffered.

The Pool rows leave one thread out: the parent's Pool worker handler (`_handle_workers`, the first
thread Pool.__init__ starts; callgrind --separate-threads tells the threads apart).  It waits on the
result queue's reader besides the workers' sentinels, so while a result sits unread it loops, about
40k instructions a turn, a number of turns set only by how the threads interleave: 30k to 60k per
task, untraced as traced, which made the Pool rows move by thousands per event between runs.  The
tracer runs no code in that thread; its figure is printed on a `handler` line below the row
(untraced, then each tracer), so nothing is hidden.

queue-settled and bounded-settled (tracer 28): the put+get loop with a wait between put and get (a select.poll object's
poll() on the queue's reader: a C type the tracer does not wrap, the same code traced and untraced) until the item is
whole in the pipe.  In the plain loop a get finds its item in flight (put, not yet written by the feeder thread) or
whole as the threads happen to run, and a traced loop finds it in flight more often (its `queue.wait` line, its read
in the library's frames): part of what that row adds is the program's changed timing.  The settled rows hold the
in-flight share at 0 on both sides: what they add is the tracer's own work (2 events a round).  The put+get rows print
the traced runs' in-flight waits a get.

--main-thread counts only each process's main thread (callgrind --separate-threads): for a Queue,
whose events the tracer writes in the calling thread, that is the tracer's own share, without
the feeder thread's extra wake-ups (a slower main thread finds the feeder asleep more often:
wait/notify/GIL hand-overs that the untraced loop partly avoids).
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TRACER = os.path.join(os.path.dirname(HERE), 'tracer')

WORKLOAD = r'''
import select
# the C select.poll, taken before multiprocessing's patch puts the tracer's stand-in in (gaps 30C) and kept in a tuple
# (since gaps 33B a main-module name bound to it gets the stand-in): else the settled rows' own poll is recorded
C_POLL = (select.poll,)
import multiprocessing as mp, sys
def prints(n):
    out = sys.stdout
    for i in range(n): print(i, file=out)
def main(kind, n):
    if kind == 'lock':
        l = mp.Lock(); a, r = l.acquire, l.release
        for _ in range(n): a(); r()
    elif kind == 'with-rlock':
        l = mp.RLock()
        for _ in range(n):
            with l: pass
    elif kind == 'thread-lock':     # threading.Lock in a with-statement (tracer_overhead.py's thread-lock)
        import threading
        l = threading.Lock()
        for _ in range(n):
            with l: pass
    elif kind == 'event':
        e = mp.Event(); e.set(); w = e.wait
        for _ in range(n): w()
    elif kind == 'pipe':
        a, b = mp.Pipe(); s, r = a.send, b.recv
        for i in range(n): s(i); r()
    elif kind == 'pipe-forked':     # ends a forked child also held: each recv() asks the kernel (FIONREAD)
        a, b = mp.Pipe(); s, r = a.send, b.recv
        c = mp.get_context('fork').Process(target=abs, args=(0,)); c.start(); c.join()
        for i in range(n): s(i); r()
    elif kind == 'queue':
        q = mp.Queue(); p, g = q.put, q.get
        for i in range(n): p(i); g()
    elif kind in ('queue-settled', 'bounded-settled'):   # tracer 28: each put's item waited for in the pipe
        import select       # (a select.poll object: a C type the tracer does not wrap), the same code traced and
        q = mp.Queue(4) if kind[0] == 'b' else mp.Queue(); p, g = q.put, q.get     # untraced: no get finds its item in
        po = C_POLL[0](); po.register(q._reader.fileno(), select.POLLIN); w = po.poll     # flight, so the
        for i in range(n): p(i); w(); g()       # in-flight share is 0 on both sides: the tracer's own work alone
    elif kind == 'queue-batch':     # tracer_overhead.py's: 100 put() then 100 get()
        q = mp.Queue(); p, g = q.put, q.get
        for i in range(n // 100):
            for j in range(100): p(j)
            for j in range(100): g()
    elif kind == 'bounded-queue':   # tracer_overhead.py's Queue(4)
        q = mp.Queue(4); p, g = q.put, q.get
        for i in range(n): p(i); g()
    elif kind == 'simplequeue':     # gaps 24C: a traced put() tries the write lock first
        q = mp.SimpleQueue(); p, g = q.put, q.get
        for i in range(n): p(i); g()
    elif kind == 'print':
        out = sys.stdout
        for i in range(n): print(i, file=out)
    elif kind == 'print-child':     # a forked child's print (run with PYTHONUNBUFFERED, as mp-tutor runs programs)
        p = mp.get_context('fork').Process(target=prints, args=(n,))
        p.start()
        p.join()
    elif kind == 'value':
        v = mp.Value('i', 0)
        for _ in range(n): v.value += 1
    elif kind == 'executor-submit':     # gaps 33A: a ThreadPoolExecutor's submit() + result(), each Future made in submit()
        import concurrent.futures as cf
        with cf.ThreadPoolExecutor(1) as ex:
            s = ex.submit
            for i in range(n): s(abs, i).result()
    elif kind == 'bare-future':     # gaps 33A: a Future the program makes, sets and reads (future.create, future.set)
        import concurrent.futures as cf
        F = cf.Future
        for i in range(n):
            f = F(); f.set_result(i); f.result()
    elif kind in ('pool-apply', 'pool-map'):
        pool = mp.get_context('fork').Pool(2)
        pool.map(abs, range(4))
        if kind == 'pool-map':
            pool.map(abs, range(n), chunksize=1)
        else:
            for r in [pool.apply_async(abs, (i,)) for i in range(n)]:
                r.get()
        pool.close()    # not terminate() (`with` does that): a worker killed by SIGTERM
        pool.join()     # at a random point of its exit would count a random share of it
if __name__ == '__main__':
    main(sys.argv[1], int(sys.argv[2]))
'''
KINDS = ['lock', 'with-rlock', 'thread-lock', 'event', 'pipe', 'pipe-forked', 'queue', 'queue-settled', 'queue-batch', 'bounded-queue', 'bounded-settled', 'simplequeue', 'print', 'print-child', 'value', 'pool-apply', 'pool-map', 'executor-submit', 'bare-future']


def install(source, dest):
    os.makedirs(dest, mode=0o700)
    shutil.copy(os.path.join(source, 'sitecustomize.py'), dest)
    shutil.copytree(os.path.join(source, 'mptutor_trace'), os.path.join(dest, 'mptutor_trace'),
                    ignore=shutil.ignore_patterns('__pycache__'))
    os.chmod(os.path.join(dest, 'mptutor_trace'), 0o700)


def run(work, kind, n, lib, main_thread=False):
    """(instructions counted, events written, instructions of the Pool's worker handler left out, in-flight waits)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith('MPTUTOR_')}
    env['PYTHONHASHSEED'] = '0'
    env['PYTHONDONTWRITEBYTECODE'] = '1'
    if kind == 'print-child':       # unbuffered, as mp-tutor runs programs: the child's prints keep the side slot
        env['PYTHONUNBUFFERED'] = '1'
    events = in_flight = 0
    trace = None
    if lib:
        trace = tempfile.mkdtemp(dir=work)
        env['PYTHONPATH'] = lib
        env['MPTUTOR_TRACE_DIR'] = trace
    outs = os.path.join(work, 'cg')
    os.mkdir(outs)
    pool = kind.startswith('pool')
    p = subprocess.Popen(['valgrind', '-q', '--tool=callgrind', '--trace-children=yes',
                          '--separate-threads=%s' % ('yes' if main_thread or pool else 'no'),
                          '--callgrind-out-file=' + os.path.join(outs, '%p.out'), sys.executable,
                          os.path.join(work, 'w.py'), kind, str(n)], env=env,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if p.wait():
        raise subprocess.CalledProcessError(p.returncode, p.args)
    total = handler = 0
    for name in os.listdir(outs):       # every process of the run (a Pool's workers)
        if main_thread and not name.endswith('-01'):
            continue
        with open(os.path.join(outs, name)) as f:
            for line in f:
                if line.startswith('totals:') or line.startswith('summary:'):
                    count = int(line.split()[1])
                    # The parent's first thread is the Pool's worker handler (Pool.__init__ starts it
                    # first): it waits on the result queue's reader too, so it loops for as long as a
                    # result sits unread there, as many turns as the threads' interleaving makes.
                    # The tracer runs no code there (the docstring).
                    if pool and not main_thread and name == '%d.out-02' % p.pid:
                        handler = count
                    else:
                        total += count
                    break
    shutil.rmtree(outs)
    if trace:
        for name in os.listdir(trace):
            if not name.endswith('.jsonl'):     # output.py's side slot (.jsonl.pending) holds no event
                continue
            with open(os.path.join(trace, name)) as f:
                for line in f:
                    if line.strip('\0\n'):
                        events += 1
                        in_flight += line.startswith('~w') or '"in_flight":true' in line
        shutil.rmtree(trace)
    return total, events, handler, in_flight


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--only')
    ap.add_argument('--ops', type=int, default=2000)
    ap.add_argument('--tracer', action='append')
    ap.add_argument('--main-thread', action='store_true', help="count each process's main thread only")
    ap.add_argument('--repeat', type=int, default=1, help='R interleaved rounds, medians printed (the Pool rows vary by about 2k a run)')
    opts = ap.parse_args()
    tracers = [os.path.abspath(t) for t in opts.tracer or [TRACER]]
    work = tempfile.mkdtemp(prefix='mpt-instr-')
    try:
        with open(os.path.join(work, 'w.py'), 'w') as f:
            f.write(WORKLOAD)
        libs = []
        for i, t in enumerate(tracers):
            lib = os.path.join(work, 'lib%d' % i)
            install(t, lib)
            run(work, 'lock', 1, lib)       # the first traced interpreter writes the bytecode cache
            libs.append(lib)
        n1, n2 = opts.ops // 4, opts.ops + opts.ops // 4
        print('python %s, user-space instructions per operation (callgrind, %s), n = %d and %d'
              % (sys.version.split()[0], 'main threads only' if opts.main_thread else 'every thread', n1, n2))
        print('%-11s %9s' % ('workload', 'untraced') + ''.join('  | %9s %9s %7s' % ('traced', 'added', '/event')
                                                            for _ in libs))
        for kind in KINDS:
            if opts.only and kind not in opts.only.split(','):
                continue
            mt = opts.main_thread
            bases, pers, handlers = [], [[] for _ in libs], [[] for _ in range(len(libs) + 1)]
            for _ in range(opts.repeat):        # interleaved: untraced, then each tracer, R times
                (a, _, ha, _), (b, _, hb, _) = run(work, kind, n1, None, mt), run(work, kind, n2, None, mt)
                bases.append((b - a) / opts.ops)
                handlers[0].append((hb - ha) / opts.ops)
                for i, lib in enumerate(libs):
                    (a, ea, ha, fa), (b, eb, hb, fb) = run(work, kind, n1, lib, mt), run(work, kind, n2, lib, mt)
                    pers[i].append(((b - a) / opts.ops, (eb - ea) / opts.ops, (fb - fa) / opts.ops))
                    handlers[i + 1].append((hb - ha) / opts.ops)
            base = statistics.median(bases)
            row = '%-11s %9.0f' % (kind, base)
            spread, flights = [], []
            for runs in pers:
                per = statistics.median(p for p, _, _ in runs)
                ev = statistics.median(e for _, e, _ in runs)
                flights.append(statistics.median(f for _, _, f in runs))
                row += '  | %9.0f %9.0f %7.0f' % (per, per - base, (per - base) / ev if ev else float('nan'))
                spread.append('%.0f to %.0f' % (min(p for p, _, _ in runs), max(p for p, _, _ in runs)))
            if opts.repeat > 1:
                row += '   (medians of %d; untraced %.0f to %.0f; traced %s)' % (
                    opts.repeat, min(bases), max(bases), ', '.join(spread))
            if kind in ('queue', 'bounded-queue'):      # the race's share (the settled rows hold it at 0)
                row += '   (in flight %s a get)' % ', '.join('%.2f' % f for f in flights)
            print(row, flush=True)
            if kind.startswith('pool') and not mt:
                print('%-11s %9.0f' % ('  handler', statistics.median(handlers[0])) +
                      ''.join('  | %9.0f %9s %7s' % (statistics.median(h), '', '') for h in handlers[1:]) +
                      '   left out (medians; %s)' % ', '.join('%.0f to %.0f' % (min(h), max(h)) for h in handlers), flush=True)
        print('tracers: ' + ', '.join('%d = %s' % (i, t) for i, t in enumerate(tracers)))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == '__main__':
    main()
