#!/usr/bin/env python3
"""CPU time the step view uses until it is ready, per binary, interleaved.

    python3 benchmarks/step_cpu.py FILE ROUNDS BINARY [BINARY...]

Each round starts `BINARY replay --step FILE` in a 120x40 tmux pane (scale.py's Pane, on a tmux server of
its own), waits until the process has used no CPU for 1 s (its loading, checkpoints, notes and search index
are done) and prints the user + system time of all its threads (from /proc) and the wall time to that moment.
CPU time is the steadier figure on a shared machine; the 1-minute load average is printed beside it.
"""
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import scale  # noqa: E402


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    path, rounds, binaries = sys.argv[1], int(sys.argv[2]), [os.path.abspath(b) for b in sys.argv[3:]]
    tick = os.sysconf('SC_CLK_TCK')
    try:
        for _ in range(rounds):
            for binary in binaries:
                pane = scale.Pane([binary, 'replay', '--step', path], 'stepcpu-%d' % os.getpid())
                try:
                    time.sleep(0.3)
                    pid = pane.binary_pid(binary)
                    if pid is None:
                        print('%s: no process found' % binary)
                        continue
                    start = time.monotonic()
                    idle = scale.wait_idle(pid, 300, quiet=1.0)
                    ticks = scale.cpu_ticks(pid)
                    ready = '-' if idle is None else '%.2f s' % (idle - start + 0.3)
                    print('%-40s cpu %.2f s  ready %s  load %.1f' % (binary, ticks / tick, ready, os.getloadavg()[0]), flush=True)
                    pane.keys('q')
                finally:
                    pane.close()
    finally:
        subprocess.run(scale.TMUX + ['kill-server'], stderr=subprocess.DEVNULL)


if __name__ == '__main__':
    main()
