#!/usr/bin/env python3
"""Start-up time of one spawn (or forkserver) child, untraced and traced.

    python3 benchmarks/spawn_start.py [--runs 20] [--method spawn] [--tracer DIR ...]
    python3 benchmarks/spawn_start.py --callgrind [--parent] [--split] [--tracer DIR ...] [--keep DIR]

Each run is a fresh `python3` that times `Process(target=noop).start(); join()` for one child of
the given start method.  Traced runs are set up as mp-tutor sets them up: the tracer's files
copied into a fresh scratch folder, its boot zip (sitecustomize.py alone) first on PYTHONPATH
(an older tracer: the folder), MPTUTOR_TRACE_DIR set and PYTHONDONTWRITEBYTECODE=1.  Untraced and traced runs alternate; the median of each is printed.

--tracer (repeatable) names a folder holding sitecustomize.py and the tracer (the package
mptutor_trace/ or, for an old checkout, mptutor_trace.py); default: this checkout's tracer/.
Several folders are measured in the same interleaved rounds, to compare two versions.

--callgrind: the load-independent measure instead.  The spawn child alone runs under
`valgrind --tool=callgrind` (multiprocessing.set_executable names a wrapper script; the parent
runs natively, PYTHONHASHSEED=0) and its user-space instructions are printed, untraced and with
each tracer folder (the first traced run, which writes the bytecode cache, is not counted).  The
resource tracker the parent starts inside start() runs the same executable: its instructions
(its whole life, most of it its start, at the same moment as the child's) are printed beside.
--callgrind --parent: also the PARENT's share of the window, its own instructions in start()+join():
the parent under callgrind (the children native) with, minus without, the start()+join() lines.
--callgrind --split: each process's instructions before Py_FinalizeEx (its start, and the tracker's wait for the
parent's end) apart from those of its exit (--dump-before=Py_FinalizeEx).
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
TRACER = os.path.join(os.path.dirname(HERE), 'tracer')

PROGRAM = r'''
import multiprocessing as mp, resource, sys, time
def cpu_of_children():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime
def noop():
    pass
if __name__ == '__main__':
    ctx = mp.get_context(sys.argv[1])
    if len(sys.argv) > 2 and sys.argv[2] != '-':
        mp.set_executable(sys.argv[2])       # --callgrind: the child under valgrind
    if sys.argv[1] == 'forkserver':
        ctx.set_forkserver_preload([])
    p = ctx.Process(target=noop)
    mode = sys.argv[3] if len(sys.argv) > 3 else 'timed'    # --parent: 'with' and 'without' the window
    if mode != 'without':
        c0 = cpu_of_children()
        t0 = time.monotonic_ns()
        p.start()
        p.join()                # reaps the child: its CPU time is now the children's
        t1 = time.monotonic_ns()
        if mode == 'timed':     # (a traced write is an output event: not in the --parent figures)
            sys.stderr.write('%d %d\n' % (t1 - t0, (cpu_of_children() - c0) * 1e9))
'''


def install_tracer(source, dest):
    """Copies the tracer as mp-tutor installs it: sitecustomize.py and the tracer beside it, in
    folders no other user may write to (else the tracer writes no bytecode cache), and
    sitecustomize.py alone in mptutor-boot.zip beside them when the tracer boots from one.
    Returns what goes on PYTHONPATH: that zip, or (an older tracer) the folder."""
    os.makedirs(dest, mode=0o700)
    for name in sorted(os.listdir(source)):
        src = os.path.join(source, name)
        if name in ('sitecustomize.py', 'mptutor_trace.py'):
            shutil.copy(src, dest)
        elif os.path.isdir(src) and os.path.isfile(os.path.join(src, '__init__.py')) and name != 'tests':
            shutil.copytree(src, os.path.join(dest, name), ignore=shutil.ignore_patterns('__pycache__'))
            os.chmod(os.path.join(dest, name), 0o700)
    site = os.path.join(dest, 'sitecustomize.py')
    if not os.path.isfile(site):
        return dest
    with open(site) as f:
        if BOOT_ZIP not in f.read():
            return dest
    boot = os.path.join(dest, BOOT_ZIP)
    with zipfile.ZipFile(boot, 'w', zipfile.ZIP_STORED) as z:
        z.write(site, 'sitecustomize.py')
    return boot


BOOT_ZIP = 'mptutor-boot.zip'


def run_env(work, tracer, counted):
    """(env, scratch folder or None) for one run: the tracer installed in a scratch folder of work, or none.  A
    counted run (callgrind) has a fixed hash seed, and its tracer's bytecode cache written beforehand by an
    interpreter that is not counted (the first traced interpreter writes it)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith('MPTUTOR_')}
    env['PYTHONDONTWRITEBYTECODE'] = '1'
    if counted:
        env['PYTHONHASHSEED'] = '0'
    scratch = None
    if tracer:
        scratch = tempfile.mkdtemp(prefix='run-', dir=work)
        env['PYTHONPATH'] = install_tracer(tracer, os.path.join(scratch, 'tracer'))
        os.mkdir(os.path.join(scratch, 'events'))
        env['MPTUTOR_TRACE_DIR'] = os.path.join(scratch, 'events')
        if counted:
            subprocess.run([sys.executable, '-c', 'pass'], env=env, check=True)
    return env, scratch


def run(work, method, tracer, wrapper=None, keep=None, parts=1):
    env, scratch = run_env(work, tracer, counted=bool(wrapper))
    p = subprocess.run([sys.executable, os.path.join(work, 'program.py'), method] + ([wrapper] if wrapper else []),
                       env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True)
    if scratch:
        shutil.rmtree(scratch)
    if wrapper:
        return instructions(os.path.join(work, 'cg'), keep, parts)
    wall, cpu = p.stderr.split()[-2:]
    return int(wall) / 1e6, int(cpu) / 1e6     # milliseconds


def instructions(folder, keep=None, parts=1):
    """(child, resource tracker): the totals of the spawn child's and the resource tracker's callgrind
    outputs in folder, each a list of its parts' (--split: before Py_FinalizeEx, then the exit); every
    output is then removed (kept in keep: the child's as keep, the tracker's as keep with 'tracker-'
    before its name; a part's with its .N).  The resource tracker ends when the parent has ended, after
    it: its output is waited for (up to 5 minutes)."""
    totals = {}
    for _ in range(1500):
        totals = {name: _total(os.path.join(folder, name)) for name in os.listdir(folder)}
        if len(totals) >= 2 * parts and all(n is not None for n, _ in totals.values()):
            break
        time.sleep(0.2)
    found = {'child': [0] * parts, 'tracker': [0] * parts}
    for name, (n, cmd) in totals.items():
        role = 'child' if '--multiprocessing-fork' in cmd else 'tracker' if 'resource_tracker' in cmd else None
        suffix = name.rpartition('.out')[2]     # '' (the last part) or '.N'
        if role is not None:
            found[role][int(suffix[1:]) - 1 if suffix else parts - 1] = n
            if keep:
                folder_of, base = os.path.split(keep)
                shutil.move(os.path.join(folder, name), os.path.join(
                    folder_of, ('tracker-' if role == 'tracker' else '') + base + suffix))
                continue
        os.unlink(os.path.join(folder, name))
    return found['child'], found['tracker']


def _total(path):
    """(instructions, command line) of one callgrind output; (None, '') while it is being written."""
    cmd = ''
    with open(path) as f:
        for line in f:
            if line.startswith('cmd:'):
                cmd = line
            elif line.startswith('totals:') or line.startswith('summary:'):
                return int(line.split()[1]), cmd
    return None, cmd


def parent_window(work, method, tracer):
    """The parent's own instructions in start()+join(): callgrind of the parent (children native)
    running the program with the window, minus the same program ending just before it."""
    counts = []
    for without in (False, True):
        out = os.path.join(work, 'parent.out')
        env, scratch = run_env(work, tracer, counted=True)
        subprocess.run(['valgrind', '-q', '--tool=callgrind', '--callgrind-out-file=' + out, sys.executable,
                        os.path.join(work, 'program.py'), method, '-', 'without' if without else 'with'],
                       env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        counts.append(_total(out)[0])
        os.unlink(out)
        if scratch:
            shutil.rmtree(scratch, ignore_errors=True)
    return counts[0] - counts[1]


def callgrind(work, method, tracers, keep=None, parent=False, split=False):
    """Instructions of the spawn child alone: untraced, then each tracer (--keep DIR: each child's
    callgrind output kept there as untraced.out, traced1.out..., the tracker's as tracker-untraced.out...,
    for callgrind_annotate); beside it the resource tracker's, and with parent the parent's own share of
    the window.  split: each process's instructions also told apart before Py_FinalizeEx (its start and
    life: the tracker's life is a wait for the parent's end) and after (its exit, atexit handlers first)."""
    os.mkdir(os.path.join(work, 'cg'))
    wrapper = os.path.join(work, 'valgrind-python')
    with open(wrapper, 'w') as f:
        f.write('#!/bin/sh\nexec valgrind -q --tool=callgrind %s--callgrind-out-file=%s/%%p.out %s "$@"\n'
                % ('--dump-before=Py_FinalizeEx ' if split else '', os.path.join(work, 'cg'), sys.executable))
    os.chmod(wrapper, 0o700)
    parts = 2 if split else 1
    base, base_rt = run(work, method, None, wrapper, keep and os.path.join(keep, 'untraced.out'), parts)
    base_p = parent_window(work, method, None) if parent else None
    print('python %s, %s child, user-space instructions (callgrind, PYTHONHASHSEED=0)' % (sys.version.split()[0], method))
    print('child: the spawn child; tracker: the resource tracker started in start() (its whole life)'
          + ('; parent: its own start()+join()' if parent else ''))
    if split:
        print('each split: before Py_FinalizeEx (start and life) / from it on (exit, atexit handlers first)')
    print('untraced child %12d                      tracker %12d' % (sum(base), sum(base_rt))
          + ('                 parent %11d' % base_p if parent else ''))
    if split:
        print('         split %12d / %-10d          split %12d / %d' % (base[0], base[1], base_rt[0], base_rt[1]))
    for i, t in enumerate(tracers, 1):
        n, rt = run(work, method, t, wrapper, keep and os.path.join(keep, 'traced%d.out' % i), parts)
        line = 'traced   child %12d  added %10d   tracker %12d  added %10d' % (
            sum(n), sum(n) - sum(base), sum(rt), sum(rt) - sum(base_rt))
        if parent:
            p = parent_window(work, method, t)
            line += '   parent %11d  added %9d' % (p, p - base_p)
        print(line + '   (%s)' % t)
        if split:
            print('   added split %12d / %-10d          split %12d / %d' % (
                n[0] - base[0], n[1] - base[1], rt[0] - base_rt[0], rt[1] - base_rt[1]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--runs', type=int, default=20)
    ap.add_argument('--method', default='spawn', choices=['spawn', 'forkserver', 'fork'])
    ap.add_argument('--tracer', action='append', help='folder with sitecustomize.py and the tracer')
    ap.add_argument('--callgrind', action='store_true', help='instructions of the child instead of times')
    ap.add_argument('--keep', metavar='DIR', help='--callgrind: keep each child\'s callgrind output in DIR')
    ap.add_argument('--parent', action='store_true', help='--callgrind: also the parent\'s own start()+join()')
    ap.add_argument('--split', action='store_true', help='--callgrind: each process\'s start and life apart from its exit')
    opts = ap.parse_args()
    tracers = [os.path.abspath(t) for t in opts.tracer or [TRACER]]
    work = tempfile.mkdtemp(prefix='mpt-spawn-')
    try:
        with open(os.path.join(work, 'program.py'), 'w') as f:
            f.write(PROGRAM)
        if opts.callgrind:
            if opts.keep:
                os.makedirs(opts.keep, exist_ok=True)
            return callgrind(work, opts.method, tracers, opts.keep and os.path.abspath(opts.keep), opts.parent,
                             opts.split)
        plain, traced = [], {t: [] for t in tracers}
        for _ in range(opts.runs):
            plain.append(run(work, opts.method, None))
            for t in tracers:
                traced[t].append(run(work, opts.method, t))
        mp = statistics.median(r[0] for r in plain)
        mc = statistics.median(r[1] for r in plain)
        print('python %s, %s child start()+join(), median of %d runs each, interleaved, load average %.1f'
              % (sys.version.split()[0], opts.method, opts.runs, os.getloadavg()[0]))
        print('wall: the start()+join() window; child cpu: user+system time of the child itself (reaped by')
        print('join(); %s)' % ('a forkserver child is forked from the server, so most of its start is the server\'s'
                                 if opts.method == 'forkserver' else 'the resource tracker started beside it is not counted'))
        print('untraced wall %7.1f ms               child cpu %6.1f ms' % (mp, mc))
        for t in tracers:
            mt = statistics.median(r[0] for r in traced[t])
            ct = statistics.median(r[1] for r in traced[t])
            print('traced   wall %7.1f ms  added %5.1f  child cpu %6.1f ms  added %5.1f   (%s)'
                  % (mt, mt - mp, ct, ct - mc, t))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == '__main__':
    main()
