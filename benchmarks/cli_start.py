#!/usr/bin/env python3
"""Start-up cost of mp-tutor's commands: `list` (and others) against `--version`, interleaved.

    python3 benchmarks/cli_start.py [--binary .build/release/mp-tutor] [--compare OLD_BINARY]
                                    [--runs 20] [--where checkout|embedded] [--command list ...]

Each round runs every (binary, command) once, in a fresh process, output to /dev/null, so every
column sees the same load; the figures are medians over the rounds (ms) of wall time and of CPU time
(user + system, from wait4).  `--where
embedded` runs from an empty temporary folder with MP_TUTOR_HOME unset (the lessons carried in the
binary, written once to the cache folder, which the first untimed run warms); `checkout` (the
default) runs from the repository root (the lessons on disk).  The goal of issue 12: `list` within
10 ms of `--version`.  The load average is printed: on a shared machine, say so with the figures.
"""
import argparse
import os
import statistics
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def timed(argv, cwd, env):
    """Wall and CPU (user + system, from wait4) milliseconds, and the exit status."""
    start = time.perf_counter()
    child = subprocess.Popen(argv, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = (time.perf_counter() - start) * 1000
    child.returncode = os.waitstatus_to_exitcode(status)
    return elapsed, (usage.ru_utime + usage.ru_stime) * 1000, child.returncode


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--binary', default=os.path.join(ROOT, '.build/release/mp-tutor'))
    parser.add_argument('--compare', action='append', default=[], help='another binary, run in the same rounds')
    parser.add_argument('--runs', type=int, default=20)
    parser.add_argument('--where', choices=['checkout', 'embedded'], default='checkout')
    parser.add_argument('--command', action='append', default=[],
                        help='a command line to time against --version (default: list); repeatable, e.g. "progress"')
    args = parser.parse_args()
    binaries = [os.path.abspath(b) for b in args.compare + [args.binary]]
    commands = [['--version']] + [c.split() for c in (args.command or ['list'])]
    env = {k: v for k, v in os.environ.items() if k not in ('MP_TUTOR_HOME', 'MP_TUTOR_LESSONS')}
    with tempfile.TemporaryDirectory() as empty:
        cwd = ROOT if args.where == 'checkout' else empty
        for binary in binaries:   # warm: the embedded lessons are written once, the page cache filled
            for command in commands:
                timed([binary] + command, cwd, env)
        times = {(b, tuple(c)): [] for b in binaries for c in commands}
        cpu = {(b, tuple(c)): [] for b in binaries for c in commands}
        statuses = {}
        for _ in range(args.runs):
            for binary in binaries:
                for command in commands:
                    ms, cpu_ms, status = timed([binary] + command, cwd, env)
                    times[(binary, tuple(command))].append(ms)
                    cpu[(binary, tuple(command))].append(cpu_ms)
                    statuses[(binary, tuple(command))] = status
    print(f'load average {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}; '
          f'{args.runs} interleaved rounds, lessons from the {args.where}; medians (ms), min in brackets;')
    print('CPU = user + system time of the process (wait4): what the load inflates least')
    for binary in binaries:
        version = statistics.median(times[(binary, ('--version',))])
        version_cpu = statistics.median(cpu[(binary, ('--version',))])
        print(f'{binary}')
        for command in commands:
            series = times[(binary, tuple(command))]
            median = statistics.median(series)
            cpu_median = statistics.median(cpu[(binary, tuple(command))])
            extra = '' if command == ['--version'] else \
                f'   {median - version:+.1f} wall, {cpu_median - version_cpu:+.1f} CPU over --version'
            status = statuses[(binary, tuple(command))]
            print(f'  {" ".join(command):<20} wall {median:7.1f} [{min(series):6.1f}]  CPU {cpu_median:6.1f}  '
                  f'exit {status}{extra}')


if __name__ == '__main__':
    main()
