#!/usr/bin/env python3
"""Two versions of the tracer compared on its hot paths, by CPU time.

    python3 benchmarks/tracer_ab.py OLD_DIR NEW_DIR [ROUNDS]     (ONLY=lock,value to pick workloads)

OLD_DIR and NEW_DIR each hold sitecustomize.py and the tracer (mptutor_trace/ or, for an old
checkout, mptutor_trace.py), e.g. from `git archive <commit> tracer | tar -x -C /tmp/old`.  Each
workload runs untraced, with OLD and with NEW in the same rounds; the best CPU time
(time.process_time_ns of the timed loop) of each is kept, and the added cost per operation is
printed.  CPU time is less disturbed by other work on the machine than wall time.
"""
import os, subprocess, sys, tempfile, shutil
W = r'''
import multiprocessing as mp, threading, sys, time
def main(kind, n):
    pt = time.process_time_ns
    if kind == 'lock':
        l = mp.Lock(); a, r = l.acquire, l.release
        t0 = pt()
        for _ in range(n): a(); r()
    elif kind == 'with-rlock':
        l = mp.RLock(); t0 = pt()
        for _ in range(n):
            with l: pass
    elif kind == 'thread-lock':
        l = threading.Lock(); t0 = pt()
        for _ in range(n):
            with l: pass
    elif kind == 'value':
        v = mp.Value('i', 0); t0 = pt()
        for _ in range(n): v.value += 1
    elif kind == 'event':
        e = mp.Event(); e.set(); w = e.wait; t0 = pt()
        for _ in range(n): w()
    elif kind == 'pipe':
        a, b = mp.Pipe(); s, r = a.send, b.recv; t0 = pt()
        for i in range(n): s(i); r()
    elif kind == 'print':
        t0 = pt()
        for i in range(n): print(i)          # stdout goes to /dev/null
    t1 = pt()
    sys.__stderr__.write('%d\n' % (t1 - t0))
if __name__ == '__main__':
    main(sys.argv[1], int(sys.argv[2]))
'''
work = tempfile.mkdtemp()
open(work + '/w.py', 'w').write(W)
libs = {'old': sys.argv[1], 'new': sys.argv[2]}
N = int(sys.argv[3]) if len(sys.argv) > 3 else 7
def run(kind, n, lib):
    env = {k: v for k, v in os.environ.items() if not k.startswith('MPTUTOR')}
    if lib:
        d = tempfile.mkdtemp(dir=work)
        shutil.copytree(lib, d + '/lib', ignore=shutil.ignore_patterns('__pycache__', 'tests', '*.json', 'run_cpython_suite.py'))
        os.mkdir(d + '/ev'); env['PYTHONPATH'] = d + '/lib'; env['MPTUTOR_TRACE_DIR'] = d + '/ev'
    p = subprocess.run([sys.executable, work + '/w.py', kind, str(n)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True)
    return int(p.stderr.split()[-1]) / 1e6
print('%-12s %8s %9s %9s %9s %9s' % ('workload', 'plain ms', 'old ms', 'new ms', 'old us/op', 'new us/op'))
ONLY = os.environ.get('ONLY'); WL = [('lock', 20000), ('with-rlock', 20000), ('thread-lock', 20000), ('value', 10000), ('event', 20000), ('pipe', 10000), ('print', 20000)]
for kind, n in [w for w in WL if not ONLY or w[0] in ONLY.split(',')]:
    res = {'plain': [], 'old': [], 'new': []}
    for _ in range(N):
        res['plain'].append(run(kind, n, None))
        for k in ('old', 'new'):
            res[k].append(run(kind, n, libs[k]))
    b = {k: min(v) for k, v in res.items()}
    print('%-12s %8.1f %9.1f %9.1f %9.2f %9.2f' % (kind, b['plain'], b['old'], b['new'], (b['old'] - b['plain']) * 1e3 / n, (b['new'] - b['plain']) * 1e3 / n))
shutil.rmtree(work)
