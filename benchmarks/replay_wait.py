#!/usr/bin/env python3
"""Where a replay's wall time goes, run by run: on the CPU, or waiting for one.

    python3 benchmarks/replay_wait.py FILE RUNS BINARY [BINARY...]

Each round times python3's json.loads over FILE (scale.py's anchor), then `BINARY replay FILE` to /dev/null
for each binary, interleaved.  For every replay it prints the wall time, the CPU time (user + system, from
os.wait4), the time its threads spent runnable but waiting for a CPU (the kernel's run-queue delay, the
second field of /proc/<pid>/task/<tid>/schedstat, read every 5 ms until the process ends), its page
faults, and the machine's CPU pressure over the run (/proc/pressure/cpu "some": the share of the run's
wall time in which some task on the machine waited for a CPU).  A run whose wall time is long because
the machine was busy shows it in the run-queue delay; a run that did more work shows it in CPU time.
"""
import os
import subprocess
import sys
import time

PY_JSON = 'import json,sys\nfor line in open(sys.argv[1], "rb"):\n    json.loads(line)\n'


def pressure_us():
    """Microseconds in which some task waited for a CPU, since boot (None without PSI)."""
    try:
        for line in open('/proc/pressure/cpu'):
            if line.startswith('some'):
                return int(line.split('total=')[1])
    except (OSError, IndexError, ValueError):
        return None
    return None


def run(argv, with_usage=False):
    """Wall s, CPU s, run-queue delay s (summed over threads), minor faults, CPU pressure share of the wall (and the
    child's rusage after them, with_usage)."""
    seen = {}
    p0, start = pressure_us(), time.monotonic()
    p = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while True:
        pid, status, usage = os.wait4(p.pid, os.WNOHANG)
        if pid:
            break
        try:
            for tid in os.listdir('/proc/%d/task' % p.pid):
                try:
                    fields = open('/proc/%d/task/%s/schedstat' % (p.pid, tid)).read().split()
                    seen[tid] = int(fields[1])
                except (OSError, IndexError, ValueError):
                    pass
        except OSError:
            pass
        time.sleep(0.005)
    wall = time.monotonic() - start
    p1 = pressure_us()
    share = None if p0 is None or p1 is None else (p1 - p0) / 1e6 / wall
    figures = wall, usage.ru_utime + usage.ru_stime, sum(seen.values()) / 1e9, usage.ru_minflt, share
    return figures + (usage,) if with_usage else figures


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    path, rounds, binaries = sys.argv[1], int(sys.argv[2]), [os.path.abspath(b) for b in sys.argv[3:]]
    print('load average at start: %.2f %.2f %.2f on %d cores' % (os.getloadavg() + (os.cpu_count(),)))
    print('%-5s %-40s %7s %7s %7s %8s %8s %9s %6s' % ('round', 'binary', 'wall s', 'x py', 'cpu s', 'waited s', 'faults', 'pressure', 'load'))
    for r in range(rounds):
        py = run([sys.executable, '-c', PY_JSON, path])
        print('%-5d %-40s %7.3f %7s %7.3f %8.3f %8d %8.0f%% %6.1f' % (r + 1, 'python3 json', py[0], '', py[1], py[2], py[3], (py[4] or 0) * 100, os.getloadavg()[0]))
        for b in binaries:
            wall, cpu, waited, faults, share = run([b, 'replay', path])
            print('%-5d %-40s %7.3f %7.3f %7.3f %8.3f %8d %8.0f%% %6.1f' % (r + 1, b[-40:], wall, wall / py[0], cpu, waited, faults, (share or 0) * 100, os.getloadavg()[0]), flush=True)
    print('load average at end: %.2f %.2f %.2f' % os.getloadavg())


if __name__ == '__main__':
    main()
