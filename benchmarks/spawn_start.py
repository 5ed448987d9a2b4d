#!/usr/bin/env python3
"""Start-up time of one spawn (or forkserver) child, untraced and traced.

    python3 benchmarks/spawn_start.py [--runs 40] [--warmup 3] [--pin CPUS] [--goal 5] [--method spawn] [--tracer DIR ...]
    python3 benchmarks/spawn_start.py --callgrind [--parent] [--split] [--tracer DIR ...] [--keep DIR]

Each run is a fresh `python3` that times `Process(target=noop).start(); join()` for one child of
the given start method.  Traced runs are set up as mp-tutor sets them up: the tracer's files
copied into a fresh scratch folder, its boot zip (sitecustomize.py alone) first on PYTHONPATH
(an older tracer: the folder), MPTUTOR_TRACE_DIR set and PYTHONDONTWRITEBYTECODE=1.  Warm-up rounds first (not
counted), then rounds that run each side once in ABBA order (reversed every other round).  Printed: each side's
median, min and IQR (wall and the child's own CPU); per tracer the added cost per round (paired), the 95% bootstrap
interval of its median and the verdict against --goal (the wall interval wholly at or under it: "shown met"; wholly
over it: "shown not met"; else "not decidable"); and what else ran (load averages, other processes' CPU time from
/proc/stat).  --pin CPUS runs every process under `taskset -c CPUS`.

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

import spawn_stats

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


def run(work, method, tracer, wrapper=None, keep=None, parts=1, prefix=()):
    env, scratch = run_env(work, tracer, counted=bool(wrapper))
    p = subprocess.run(list(prefix) + [sys.executable, os.path.join(work, 'program.py'), method] + ([wrapper] if wrapper else []),
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


def timed(work, opts, tracers):
    """Wall time of start()+join() and the child's own CPU, untraced and with each tracer: opts.warmup rounds not
    counted, then opts.runs rounds, each running every side once in ABBA order (spawn_stats).  Printed per side:
    median, min and IQR; per tracer: the added cost per round (paired) with the bootstrap interval of its median,
    and the verdict against opts.goal.  Also what else ran: load averages, and the CPU time of the whole machine
    beside the benchmark's own (Linux: the orphaned resource trackers are reaped here, PR_SET_CHILD_SUBREAPER)."""
    prefix = pin_prefix(opts.pin)
    subreaper = set_subreaper()
    sides = [None] + tracers
    rows = {s: [] for s in sides}
    load0, busy0, t0 = os.getloadavg(), spawn_stats.busy_jiffies(), time.monotonic()
    own0 = own_cpu()
    for i in range(opts.warmup + opts.runs):
        got = {}
        for side in spawn_stats.abba_order(sides, i):
            got[side] = run(work, opts.method, side, prefix=prefix)
            reap_orphans(subreaper)
        if i >= opts.warmup:
            for side in sides:
                rows[side].append(got[side])
    reap_orphans(subreaper, wait=5.0)
    elapsed, load1, busy1, own = time.monotonic() - t0, os.getloadavg(), spawn_stats.busy_jiffies(), own_cpu() - own0
    print('python %s, %s child start()+join(), %d rounds after %d warm-up, ABBA order, paired; %s'
          % (sys.version.split()[0], opts.method, opts.runs, opts.warmup,
             'pinned to CPUs %s' % opts.pin if opts.pin else 'not pinned'))
    print('wall: the start()+join() window; child cpu: user+system time of the child itself (reaped by join(); %s)'
          % ('a forkserver child is forked from the server, so most of its start is the server\'s'
             if opts.method == 'forkserver' else 'the resource tracker started beside it is not counted'))
    print('what else ran: load average %.2f at the start, %.2f at the end over %.0f s%s'
          % (load0[0], load1[0], elapsed, others(busy0, busy1, own, elapsed, subreaper)))
    print('%-9s %28s   %28s' % ('', 'wall ms: median    min   IQR', 'child cpu ms: median    min   IQR'))
    for side in sides:
        print('%-9s %s   %s%s' % ('untraced' if side is None else 'traced', spread([r[0] for r in rows[side]]),
                                  spread([r[1] for r in rows[side]]), '' if side is None else '   (%s)' % side))
    for t in tracers:
        print('added by %s, per round (traced minus untraced of the same round), median [95%% bootstrap interval]:' % t)
        for k, what in ((0, 'wall'), (1, 'child cpu')):
            diffs = [a[k] - b[k] for a, b in zip(rows[t], rows[None])]
            low, high = spawn_stats.bootstrap_median(diffs)
            print('  %-9s %+6.1f ms [%+.1f, %+.1f]  (difference of medians %+.1f)%s' % (
                what, statistics.median(diffs), low, high,
                statistics.median(r[k] for r in rows[t]) - statistics.median(r[k] for r in rows[None]),
                '   goal <= %.1f ms: %s' % (opts.goal, spawn_stats.verdict(low, high, opts.goal).upper())
                if k == 0 else ''))


def spread(values):
    median, low, q1, q3 = spawn_stats.summary(values)
    return '%19.1f %6.1f %5.1f' % (median, low, q3 - q1)


def pin_prefix(cpus):
    """The command prefix that pins every process of a run to cpus: taskset when there is one, else none (and the
    benchmark itself is pinned with sched_setaffinity, which its children inherit)."""
    if not cpus:
        return ()
    if shutil.which('taskset'):
        return ('taskset', '-c', cpus)
    os.sched_setaffinity(0, {int(c) for c in cpus.split(',')})
    return ()


def set_subreaper():
    """Makes this process the reaper of its orphaned descendants (the resource tracker outlives its parent), so
    that their CPU time is counted as the benchmark's own.  False where it cannot (not Linux)."""
    try:
        import ctypes
        return ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0) == 0     # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        return False


def reap_orphans(subreaper, wait=0.0):
    deadline = time.monotonic() + wait
    while subreaper:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            if time.monotonic() >= deadline:
                return
            time.sleep(0.05)


def own_cpu():
    import resource
    r, c = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime + c.ru_utime + c.ru_stime


def others(busy0, busy1, own, elapsed, subreaper):
    """', other processes used X CPU-seconds (Y% of the machine)' from /proc/stat minus the benchmark's own."""
    if not busy0 or not busy1:
        return ''
    hz = os.sysconf('SC_CLK_TCK')
    busy, total = (busy1[0] - busy0[0]) / hz, (busy1[1] - busy0[1]) / hz
    other = max(busy - own, 0.0)
    return ('; the benchmark used %.1f CPU-s%s, other processes %.1f CPU-s (%.0f%% of the %d CPUs\' time)'
            % (own, '' if subreaper else ' (its resource trackers not counted)', other,
               100 * other / total if total else 0, os.cpu_count() or 1))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--runs', type=int, default=40, help='counted rounds (each runs every side once, ABBA)')
    ap.add_argument('--warmup', type=int, default=3, help='rounds run first and not counted')
    ap.add_argument('--goal', type=float, default=5.0, help='the bound on the added wall time, ms (issue 12)')
    ap.add_argument('--pin', metavar='CPUS', help='run every process on these CPUs (taskset -c CPUS, e.g. 0,1)')
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
        return timed(work, opts, tracers)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == '__main__':
    main()
