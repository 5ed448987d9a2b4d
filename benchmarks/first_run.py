#!/usr/bin/env python3
"""The first replay after a pause against the same replay run again at once (perf 34).

    python3 benchmarks/first_run.py FILE [--pause 30] [--rounds 3] [--runs 2] BINARY [BINARY...]

Each round, for each binary: sleep PAUSE seconds (nothing of ours runs), then `BINARY replay FILE` to /dev/null
RUNS times in a row.  Every run prints its wall time, user and system CPU (os.wait4), the time its threads spent
runnable but waiting for a CPU (replay_wait.py's schedstat reading: what a busy machine adds to the wall), its
minor page faults, its peak memory, the machine's transparent huge pages handed out meanwhile (`thp_fault_alloc`
in /proc/vmstat: the whole machine's, so other processes' too) and the 1-minute load average.

Why: scale.py's interleaved pairs found the binary placed first in each pair slower whichever it was.  On this
virtual machine a 2 MB huge page that a process takes after a pause cost ~8 ms of system time to clear, one a
run had just freed ~0.2 ms; 4 KB pages cost the same either way.  A binary name given as `thp-off:PATH` runs PATH
with transparent huge pages off for that process (prctl PR_SET_THP_DISABLE, kept across exec), which shows what
a build that asks for none would do.
"""
import argparse
import ctypes
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from replay_wait import run  # noqa: E402

PR_SET_THP_DISABLE = 41


def thp_faults():
    """The machine's huge pages handed out at a fault so far (None where /proc/vmstat does not say)."""
    try:
        for line in open('/proc/vmstat'):
            if line.startswith('thp_fault_alloc '):
                return int(line.split()[1])
    except (OSError, ValueError):
        return None
    return None


def argv_for(binary, path):
    """The command line of one replay; `thp-off:PATH` goes through this script's --exec-thp-off."""
    if binary.startswith('thp-off:'):
        return [sys.executable, os.path.abspath(__file__), '--exec-thp-off', os.path.abspath(binary[8:]), 'replay', path]
    return [os.path.abspath(binary), 'replay', path]


def exec_thp_off(argv):
    """Turns transparent huge pages off for this process, then becomes `argv` (the setting is kept across exec)."""
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_THP_DISABLE, 1, 0, 0, 0) != 0:
        sys.exit('prctl(PR_SET_THP_DISABLE) failed: errno %d' % ctypes.get_errno())
    os.execv(argv[0], argv)


def main():
    if len(sys.argv) > 2 and sys.argv[1] == '--exec-thp-off':
        exec_thp_off(sys.argv[2:])
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('file')
    ap.add_argument('binaries', nargs='+')
    ap.add_argument('--pause', type=float, default=30, help='seconds of nothing before each binary\'s first run')
    ap.add_argument('--rounds', type=int, default=3)
    ap.add_argument('--runs', type=int, default=2, help='runs in a row after each pause')
    args = ap.parse_args()
    print('load average at start: %.2f %.2f %.2f on %d cores' % (os.getloadavg() + (os.cpu_count(),)))
    print('%-5s %-36s %-5s %7s %7s %7s %8s %8s %8s %5s %6s' % (
        'round', 'binary', 'run', 'wall s', 'user s', 'sys s', 'waited s', 'faults', 'peak MB', 'thp', 'load'))
    for r in range(args.rounds):
        for b in args.binaries:
            time.sleep(args.pause)
            for k in range(args.runs):
                t0 = thp_faults()
                wall, _, waited, faults, _, usage = run(argv_for(b, args.file), with_usage=True)
                t1 = thp_faults()
                print('%-5d %-36s %-5s %7.3f %7.3f %7.3f %8.3f %8d %8.1f %5s %6.1f' % (
                    r + 1, b[-36:], 'first' if k == 0 else 'again', wall, usage.ru_utime, usage.ru_stime, waited, faults,
                    usage.ru_maxrss / 1024.0, '-' if t0 is None or t1 is None else t1 - t0, os.getloadavg()[0]), flush=True)
    print('load average at end: %.2f %.2f %.2f' % os.getloadavg())


if __name__ == '__main__':
    main()
