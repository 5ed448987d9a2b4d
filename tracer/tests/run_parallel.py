"""Run the tracer's unittests (every tracer/tests/test_*.py) in N worker processes, one module at a time each.

Each test runs its own traced Python programs in fresh processes and temporary folders, so modules are independent:
on 2 cores two at once halve the suite's wall time, most of which is spent starting Pythons and waiting for them.
Modules are taken from one queue, slowest known first (SLOW), so the two workers end close together. The summary
ends like unittest's ("Ran N tests", then "OK" or "FAILED"), with each failed module's whole report before it and the
slowest modules' times (for CI's log). Usage: python3 run_parallel.py [--jobs N] [module ...]
"""
import os
import re
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))

# The slowest modules of a timed sample (CI 27, alone at load 23: test_futures 33 s, test_forks6 20 s, test_pitfalls
# 17 s, test_gaps22b 16 s, test_reprs 16 s, test_round4 13 s), then the ones with the most runs and sleeps in their
# source: started first, so that no slow one is left for last.
SLOW = ['test_futures', 'test_forks6', 'test_pitfalls', 'test_gaps22b', 'test_reprs', 'test_round4', 'test_coverage',
        'test_signal_groups', 'test_tracebacks', 'test_threading_prims', 'test_gaps19a', 'test_processes']


def modules():
    names = sorted(n[:-3] for n in os.listdir(HERE) if n.startswith('test_') and n.endswith('.py'))
    return [n for n in SLOW if n in names] + [n for n in names if n not in SLOW]


def main(argv):
    jobs = 2
    if argv[:1] == ['--jobs']:
        jobs, argv = max(1, int(argv[1])), argv[2:]
    queue = argv or modules()
    lock = threading.Lock()
    results = []                # (module, returncode, seconds, tests run, report)

    def worker():
        while True:
            with lock:
                if not queue:
                    return
                name = queue.pop(0)
            began = time.monotonic()
            done = subprocess.run([sys.executable, '-m', 'unittest', name], cwd=HERE, stdin=subprocess.DEVNULL,
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=900)
            report = done.stdout.decode('utf-8', 'replace')
            ran = re.search(r'^Ran (\d+) tests?', report, re.M)
            with lock:
                results.append((name, done.returncode, time.monotonic() - began, int(ran.group(1)) if ran else 0, report))

    began = time.monotonic()
    threads = [threading.Thread(target=worker) for _ in range(jobs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    failed = [r for r in results if r[1] != 0 or not re.search(r'^OK', r[4], re.M)]
    for name, code, _, _, report in failed:
        sys.stderr.write('==== %s (exit %d)\n%s\n' % (name, code, report))
    slowest = sorted(results, key=lambda r: -r[2])[:8]
    sys.stderr.write('slowest modules: %s\n' % ', '.join('%s %.1f s' % (r[0], r[2]) for r in slowest))
    total = sum(r[3] for r in results)
    sys.stderr.write('%s\nRan %d tests in %.3fs (%d modules, %d at once)\n\n' % ('-' * 70, total, time.monotonic() - began,
                                                                             len(results), jobs))
    sys.stderr.write('FAILED (modules: %s)\n' % ', '.join(r[0] for r in failed) if failed else 'OK\n')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
