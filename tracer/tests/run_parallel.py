"""Run the tracer's unittests (every tracer/tests/test_*.py) in N worker processes, one module at a time each.

Each test runs its own traced Python programs in fresh processes and temporary folders, so modules are independent:
on 2 cores two at once halve the suite's wall time, most of which is spent starting Pythons and waiting for them.
Modules are taken from one queue, longest first (the seconds each took in a timed run, module_seconds.tsv; a module
not in it first of all, as it may be slow), so that no slow module is left for last and the workers end close together.
The summary ends like unittest's ("Ran N tests", then "OK" or "FAILED"), with each failed module's whole report before
it and the slowest modules' times (for CI's log). SIGTERM or SIGINT ends the modules under way (CI runs this beside
`swift test` and ends it if that fails). Usage: python3 run_parallel.py [--jobs N] [--write-times] [module ...]
(--write-times rewrites module_seconds.tsv with this run's times: after adding modules, on an idle machine).
"""
import os
import re
import signal
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TIMES = os.path.join(HERE, 'module_seconds.tsv')
TIMEOUT = 900                   # seconds one module may take: past it, it is killed and reported FAILED


def known_seconds():
    """module → seconds of the last timed run (lines `module<TAB>seconds`, `#` comments)."""
    seconds = {}
    try:
        with open(TIMES, encoding='utf-8') as f:
            for line in f:
                parts = line.split('\t')
                if len(parts) == 2 and not line.startswith('#'):
                    seconds[parts[0]] = float(parts[1])
    except (OSError, ValueError):
        pass
    return seconds


def modules():
    names = sorted(n[:-3] for n in os.listdir(HERE) if n.startswith('test_') and n.endswith('.py'))
    seconds = known_seconds()
    return sorted(names, key=lambda n: -seconds.get(n, float('inf')))


def write_times(results, jobs):
    with open(TIMES, 'w', encoding='utf-8') as f:
        f.write('# seconds each module took in one run of all (`run_parallel.py --write-times`, %d at once, load %.1f):\n' % (jobs, os.getloadavg()[0]))
        f.write('# only the order matters: run_parallel.py starts them longest first\n')
        for name, _, seconds, _, _ in sorted(results, key=lambda r: (-r[2], r[0])):
            f.write('%s\t%.1f\n' % (name, seconds))


def main(argv):
    jobs, write = 2, False
    while argv[:1] in (['--jobs'], ['--write-times']):
        if argv[0] == '--jobs':
            jobs, argv = max(1, int(argv[1])), argv[2:]
        else:
            write, argv = True, argv[1:]
    queue = argv or modules()
    lock = threading.Lock()
    results = []                # (module, returncode, seconds, tests run, report)
    running = set()
    stopping = []

    def stop(signum, _frame):
        with lock:
            stopping.append(signum)
            queue.clear()
            for child in running:
                child.kill()

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGTERM, signal.SIGINT)}

    def worker():
        while True:
            with lock:
                if not queue:
                    return
                name = queue.pop(0)
                began = time.monotonic()
                child = subprocess.Popen([sys.executable, '-m', 'unittest', name], cwd=HERE, stdin=subprocess.DEVNULL,
                                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
                running.add(child)
            try:
                out, _ = child.communicate(timeout=TIMEOUT)
            except subprocess.TimeoutExpired:
                child.kill()
                out, _ = child.communicate()
            report = out.decode('utf-8', 'replace')
            ran = re.search(r'^Ran (\d+) tests?', report, re.M)
            with lock:
                running.discard(child)
                results.append((name, child.returncode, time.monotonic() - began, int(ran.group(1)) if ran else 0, report))

    began = time.monotonic()
    threads = [threading.Thread(target=worker) for _ in range(jobs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for sig, handler in previous.items():
        signal.signal(sig, handler)
    if stopping:
        sys.stderr.write('stopped by signal %d (%d modules ran or were cut short)\nFAILED (stopped)\n' % (stopping[0], len(results)))
        return 1
    failed = [r for r in results if r[1] != 0 or not re.search(r'^OK', r[4], re.M)]
    for name, code, _, _, report in failed:
        sys.stderr.write('==== %s (exit %d)\n%s\n' % (name, code, report))
    slowest = sorted(results, key=lambda r: -r[2])[:8]
    sys.stderr.write('slowest modules: %s\n' % ', '.join('%s %.1f s' % (r[0], r[2]) for r in slowest))
    if write and not failed and not argv:      # a run of every module only: a subset would drop the others' times
        write_times(results, jobs)
    total = sum(r[3] for r in results)
    sys.stderr.write('%s\nRan %d tests in %.3fs (%d modules, %d at once)\n\n' % ('-' * 70, total, time.monotonic() - began,
                                                                             len(results), jobs))
    sys.stderr.write('FAILED (modules: %s)\n' % ', '.join(r[0] for r in failed) if failed else 'OK\n')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
