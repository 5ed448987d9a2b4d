#!/usr/bin/env python3
"""Scale benchmark: mp-tutor on 10k / 100k / 1M-event transcripts of four event mixes, in one run.

    python3 benchmarks/scale.py [--binary .build/release/mp-tutor] [--compare OTHER_BINARY]
                                [--sizes 10000,100000,1000000] [--mixes pool_map,lock_heavy,...]
                                [--record] [--no-step] [--no-replay] [--out /tmp/mp-tutor-scale]

Seeds.  Each mix starts from a real recording of a small program in benchmarks/scale_programs/
(`mp-tutor trace --record`; the recordings are kept in benchmarks/scale_seeds/, `--record` makes
them again with --binary).  A seed is cut in three: the prologue (up to the first event of the mix's
own kinds), the body (from there to the last such event) and the epilogue.  The synthesised
transcript is the prologue, the body repeated until the size is reached, and the epilogue.  Copies
after the first leave out process.* and thread.* events (a process starts once), and are renumbered
consistently: seq runs on, t is shifted by the body's length per copy, pool job ids are shifted per
copy (an executor's work item ids likewise; pool_map: the copies are more chunks of the seed's one map, their `index` shifted and
the submit's `chunks` grown to match), and every object created inside the body (`Type#n`, with its `key`) gets a fresh number per
copy.  The same processes (pids) do the work for longer, as in a long real run; the header is the
seed's and the trailer counts what the file holds.

Timed, each in a fresh process, on the same file:
  python   python3 reading the file and json.loads on every line (the anchor)
  replay   `mp-tutor replay FILE` to /dev/null (the printed timeline)
  step     `mp-tutor replay --step FILE` in a 120x40 tmux pane: time to the first step screen
           ("page": a long file opens on its first page while the rest is read), then to the screen
           of the whole run ("step 1/N" with N the file's events: "whole", counted from the start).
           "G0" is `G` sent the moment the whole run shows, while the view still prepares its states
           and search index in the background: the time to the last step's screen ("+" after it: a
           progress line was seen meanwhile, where the view would otherwise have frozen).  Then the
           view is left until it is ready ("ready", counted from the start: the process has used no
           CPU for 0.5 s, so every background thread is done), and from step 1 each jump is timed on
           its own: `G` (the last step), a step number (`:` is not a key: the digits then Enter) to
           the middle, and `/` find: each the time from sending the keys to the screen showing the
           answer (polled every 5 ms, so figures under ~10 ms are at the polling's resolution);
           "again" is the same find repeated from step 1.  "F0" is that find sent from step 1 right after
           G0 answered, before the view is ready (the find before the search index is ready): the time to
           the match; "F0 line" the time to the first screen that answers it, the match or the key line of
           a find still waiting for the index ("finding 'exit': N of M steps put in words so far"); "F0 cpu" the CPU
           time the view's main thread (which does the find; the index is built on another) used meanwhile, to the
           clock tick: the find's own cost, which a loaded machine stretches less than its wall time.
CPU time (user + system, from os.wait4) is printed beside wall time: on a shared machine it is the
steadier figure ("cpu xp" is replay's CPU time over python's, "load" the 1-minute load average after the row).
Peak memory is the child's ru_maxrss (os.wait4); tmux-driven runs report the peak read from
/proc/<pid>/status (VmHWM) just before quitting.

With --compare, every command runs with both binaries one after the other (interleaved), so both
columns see the same load.  Figures taken on a loaded machine say so: the load average is printed.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PROGRAMS = os.path.join(HERE, 'scale_programs')
SEEDS = os.path.join(HERE, 'scale_seeds')

# The kinds that make up each mix's repeated body.
MIXES = {
    # One map over a long list: the copies are more chunks of the same job (their `index` runs on).
    'pool_map': ('pool.task.start', 'pool.task.end', 'pool.result'),
    'lock_heavy': ('lock.wait', 'lock.acquire', 'lock.release'),
    'apply_async_callback': ('pool.submit', 'pool.task.start', 'pool.task.end', 'pool.result',
                             'pool.callback', 'pool.callback.end', 'pool.get'),
    'queue_heavy': ('queue.put', 'queue.get', 'queue.feed'),
    # Rows the step view's byte writer did not write before issue 12's round 10 (each a real program's seed too).
    'pool_get': ('pool.submit', 'pool.task.start', 'pool.task.end', 'pool.result', 'pool.wait', 'pool.get'),
    'print_heavy': ('print',),
    'futures': ('future.submit', 'future.start', 'future.end', 'future.result', 'future.wait', 'future.waited'),
    'pipe_heavy': ('pipe.send', 'pipe.recv', 'pipe.wait'),
    'event_condition': ('event.set', 'event.clear', 'event.wait', 'event.wake', 'condition.wait', 'condition.notify',
                        'condition.wake', 'lock.wait', 'lock.acquire', 'lock.release'),
}
LABEL = re.compile(r'^([A-Za-z_.]+)#(\d+)$')


def record(binary, mix):
    os.makedirs(SEEDS, exist_ok=True)
    out = os.path.join(SEEDS, mix + '.jsonl')
    subprocess.run([binary, 'trace', '--record', out, os.path.join(PROGRAMS, mix + '.py')],
                   check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
    return out


def read_seed(path):
    with open(path) as f:
        rows = [json.loads(line) for line in f if line.strip()]
    header, trailer = rows[0], rows[-1] if rows[-1].get('trailer') else None
    events = rows[1:-1] if trailer else rows[1:]
    return header, events, trailer


def synthesise(seed, mix, size, path):
    header, events, trailer = read_seed(seed)
    kinds = MIXES[mix]
    body_idx = [i for i, e in enumerate(events) if e['kind'] in kinds]
    first, last = body_idx[0], body_idx[-1]
    prologue, body, epilogue = events[:first], events[first:last + 1], events[last + 1:]
    repeat_body = [e for e in body if not e['kind'].startswith(('process.', 'thread.'))]
    span_t = body[-1]['t'] - body[0]['t'] + 1000
    jobs = [e['job'] for e in events if isinstance(e.get('job'), int)]
    job_span = (max(jobs) + 1) if jobs else 0
    works = [e['work'] for e in events if isinstance(e.get('work'), int)]
    work_span = (max(works) + 1) if works else 0
    created = {}  # label -> (type, n) of objects created inside the body
    for e in repeat_body:
        if e['kind'].endswith('.create') and e.get('object') and LABEL.match(e['object']):
            m = LABEL.match(e['object'])
            created[e['object']] = (m.group(1), int(m.group(2)))
    top = {}
    for e in events:
        m = LABEL.match(e.get('object') or '')
        if m:
            top[m.group(1)] = max(top.get(m.group(1), 0), int(m.group(2)))
    fixed = len(prologue) + len(body) + len(epilogue)
    copies = max(0, (size - fixed + len(repeat_body) - 1) // len(repeat_body)) if repeat_body else 0
    submit = next((e for e in prologue if e['kind'] == 'pool.submit'), None)
    chunks = submit.get('chunks', 1) if submit else 1
    if mix == 'pool_map' and submit:
        submit['chunks'] = chunks * (copies + 1)
    counts = {}
    seq = 0
    with open(path, 'w') as out:
        def emit(e):
            nonlocal seq
            seq += 1
            e['seq'] = seq
            counts[e['kind']] = counts.get(e['kind'], 0) + 1
            out.write(json.dumps(e, separators=(',', ':')) + '\n')
        out.write(json.dumps(header, separators=(',', ':')) + '\n')
        for e in prologue + body:
            emit(dict(e))
        for k in range(1, copies + 1):
            for e in repeat_body:
                c = dict(e)
                c['t'] = e['t'] + k * span_t
                if mix == 'pool_map' and isinstance(c.get('index'), int):
                    c['index'] = e['index'] + k * chunks
                elif isinstance(c.get('job'), int):
                    c['job'] = e['job'] + k * job_span
                if isinstance(c.get('work'), int):
                    c['work'] = e['work'] + k * work_span
                label = c.get('object')
                if label in created:
                    typ, n = created[label]
                    c['object'] = '%s#%d' % (typ, n + k * max(1, top.get(typ, 0)))
                    if isinstance(c.get('key'), str):
                        c['key'] = '%s-c%d' % (c['key'], k)
                emit(c)
        for e in epilogue:
            c = dict(e)
            c['t'] = e['t'] + copies * span_t
            emit(c)
        tr = dict(trailer or {'trailer': True, 'complete': True, 'lost_events': 0, 'silent_processes': [], 'run': {}})
        tr['event_count'] = seq
        tr['counts'] = counts
        if isinstance(tr.get('run'), dict) and isinstance(tr['run'].get('duration_ns'), int):
            tr['run']['duration_ns'] += copies * span_t
        out.write(json.dumps(tr, separators=(',', ':')) + '\n')
    return seq


def timed(argv, timeout=None, **kw):
    """Wall time, peak RSS (MB), why it failed (or None) and CPU seconds (user + system) of one child;
    (None, None, why, None) when it fails or outlives `timeout`."""
    start = time.monotonic()
    p = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kw)
    while True:
        pid, status, usage = os.wait4(p.pid, os.WNOHANG)
        if pid:
            break
        if timeout and time.monotonic() - start > timeout:
            p.kill()
            os.wait4(p.pid, 0)
            p.stderr.close()
            return None, None, 'killed after %.0f s' % timeout, None
        time.sleep(0.01)
    wall = time.monotonic() - start
    err = p.stderr.read().decode(errors='replace')
    p.stderr.close()
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode != 0:
        return None, None, 'exit %d: %s' % (p.returncode, err.strip()[:200]), None
    return wall, usage.ru_maxrss / 1024.0, None, usage.ru_utime + usage.ru_stime


# A tmux server of our own (one per benchmark process: two engineers' runs at once shared one server and
# one's session start failed), so other tmux users on the machine are neither seen nor disturbed.
TMUX = ['tmux', '-L', 'mptutor-scale-%d' % os.getpid()]

PY_JSON = 'import json,sys\nfor line in open(sys.argv[1], "rb"):\n    json.loads(line)\n'


class Pane:
    """mp-tutor --step in a detached tmux session."""

    def __init__(self, argv, session):
        self.session = session
        subprocess.run(TMUX + ['kill-session', '-t', session], stderr=subprocess.DEVNULL)
        cmd = ' '.join("'%s'" % a for a in argv) + '; sleep 30'
        subprocess.run(TMUX + ['new-session', '-d', '-s', session, '-x', '120', '-y', '40', cmd], check=True)
        self.pid = int(subprocess.run(TMUX + ['display', '-p', '-t', session, '#{pane_pid}'],
                                      capture_output=True, text=True).stdout.strip())

    def screen(self):
        return subprocess.run(TMUX + ['capture-pane', '-p', '-t', self.session],
                              capture_output=True, text=True).stdout

    def wait_for(self, pattern, timeout, seen=None):
        """Seconds until the screen matches `pattern` (None after `timeout`); `seen` collects the screens."""
        start = time.monotonic()
        rx = re.compile(pattern)
        # When each screen in `seen` was read (from this call's first).
        self.seen_at = []
        while time.monotonic() - start < timeout:
            screen = self.screen()
            if seen is not None:
                seen.append(screen)
                self.seen_at.append(time.monotonic())
            if rx.search(screen):
                return time.monotonic() - start
            time.sleep(0.005)
        return None

    def keys(self, *keys):
        subprocess.run(TMUX + ['send-keys', '-t', self.session] + list(keys), check=True)

    def binary_pid(self, binary):
        """The pid of `binary` in the pane: it runs `sh -c '<binary> ...; sleep 30'`, the shell's child."""
        try:
            kids = open('/proc/%d/task/%d/children' % (self.pid, self.pid)).read().split()
            for kid in kids + [str(self.pid)]:
                if os.path.realpath('/proc/%s/exe' % kid) == os.path.realpath(binary):
                    return int(kid)
        except OSError:
            pass
        return None

    def peak_mb(self, binary):
        pid = self.binary_pid(binary)
        try:
            status = open('/proc/%d/status' % pid).read()
            return int(re.search(r'VmHWM:\s+(\d+)', status).group(1)) / 1024.0
        except (OSError, AttributeError, TypeError):
            return None

    def close(self):
        subprocess.run(TMUX + ['kill-session', '-t', self.session], stderr=subprocess.DEVNULL)


def cpu_ticks(pid):
    """The process's user + system clock ticks so far (all its threads), or None when it is gone."""
    try:
        fields = open('/proc/%d/stat' % pid).read().rsplit(')', 1)[1].split()
        return int(fields[11]) + int(fields[12])
    except (OSError, IndexError, ValueError):
        return None


def thread_ticks(pid):
    """The user + system clock ticks of `pid`'s main thread so far, or None when it is gone."""
    try:
        fields = open('/proc/%d/task/%d/stat' % (pid, pid)).read().rsplit(')', 1)[1].split()
        return int(fields[11]) + int(fields[12])
    except (OSError, IndexError, ValueError, TypeError):
        return None


def wait_idle(pid, timeout, quiet=0.5):
    """The monotonic time of `pid`'s last CPU use once it has used none for `quiet` seconds (its background
    work is done), measured to the clock tick and the 50 ms poll; None after `timeout`."""
    start = time.monotonic()
    last, since = cpu_ticks(pid), time.monotonic()
    while time.monotonic() - start < timeout:
        time.sleep(0.05)
        now = cpu_ticks(pid)
        if now != last:
            last, since = now, time.monotonic()
        elif time.monotonic() - since >= quiet:
            return since
    return None


PROGRESS = re.compile(r'preparing|正在准备')
# The key line of a find waiting for the search index (Phrase.stepFinding).
FINDING = re.compile(r"finding '|正在查找")


def step_figures(binary, path, events, timeout):
    pane = Pane([binary, 'replay', '--step', path], 'mptutor-scale-%d' % os.getpid())
    try:
        started = time.monotonic()
        # The first step screen: on a long file, the view over its first page while the rest is read.
        page = pane.wait_for(r'step 1/\d+\b', timeout)
        if page is None:
            return {'page': None, 'error': 'no step screen within %d s' % timeout}
        whole = pane.wait_for(r'step 1/%d\b' % events, timeout)
        if whole is None:
            return {'page': page, 'error': 'no screen of the whole run within %d s' % timeout}
        out = {'page': page, 'first': page + whole}
        # G at once, while the background preparation runs: does the view answer, or say how far it is?
        pane.keys('G')
        seen = []
        out['G0'] = pane.wait_for(r'step %d/%d\b' % (events, events), timeout, seen=seen)
        out['G0 progress'] = any(PROGRESS.search(screen) for screen in seen)
        # Then find at once from step 1, still before the background work is done ("F0"; a find waiting for
        # the search index always said so on its key line).
        pane.keys('g')
        pane.wait_for(r'step 1/%d\b' % events, timeout)
        # The view's own thread (its main thread) does the find: its CPU time during it is the find's cost, which a
        # loaded machine does not stretch as it does the wall time ("F0 cpu", to the clock tick).
        pid = pane.binary_pid(binary)
        before = thread_ticks(pid)
        pane.keys('/', *list('exit'), 'Enter')
        # "F0 line": the first screen that answers, with the match or with the key line saying how far the find
        # has come (a find waiting for the search index); "F0": the match itself.
        sent, seen = time.monotonic(), []
        out['F0'] = pane.wait_for(r'step (?!1/)\d+/%d\b' % events, timeout, seen=seen)
        after = thread_ticks(pid)
        out['F0 cpu'] = None if before is None or after is None else (after - before) / os.sysconf('SC_CLK_TCK')
        first = next((i for i, screen in enumerate(seen) if FINDING.search(screen) or re.search(r'step (?!1/)\d+/%d\b' % events, screen)), None)
        out['F0 line'] = None if first is None else pane.seen_at[first] - sent
        idle = wait_idle(pid, timeout) if pid else None
        out['ready'] = None if idle is None else idle - started
        # Each jump from step 1, now that the view is ready.
        def from_start(*keys, pattern):
            pane.keys('g')
            pane.wait_for(r'step 1/%d\b' % events, timeout)
            pane.keys(*keys)
            return pane.wait_for(pattern, timeout)
        out['G'] = from_start('G', pattern=r'step %d/%d\b' % (events, events))
        middle = events // 2
        out['number'] = from_start(*list(str(middle)), 'Enter', pattern=r'step %d/%d\b' % (middle, events))
        out['find'] = from_start('/', *list('exit'), 'Enter', pattern=r'step (?!1/)\d+/%d\b' % events)
        if out['find'] is not None:
            out['again'] = from_start('/', 'Enter', pattern=r'step (?!1/)\d+/%d\b' % events)
        out['peak'] = pane.peak_mb(binary)
        pane.keys('q')
        return out
    finally:
        pane.close()


def fmt(x, unit=''):
    return '-' if x is None else ('%.3f%s' % (x, unit) if x < 10 else '%.1f%s' % (x, unit))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--binary', default=os.path.join(ROOT, '.build', 'release', 'mp-tutor'))
    ap.add_argument('--compare', help='a second binary (e.g. the build before a change), timed interleaved')
    ap.add_argument('--sizes', default='10000,100000,1000000')
    ap.add_argument('--mixes', default=','.join(MIXES))
    ap.add_argument('--record', action='store_true', help='record the seeds again with --binary')
    ap.add_argument('--no-step', action='store_true', help='skip the tmux-driven --step figures')
    ap.add_argument('--no-replay', action='store_true', help='skip the printed replay (only python and --step)')
    ap.add_argument('--timeout', type=float, default=300)
    ap.add_argument('--repeat', type=int, default=1, help='time python and replay this many times, interleaved; the row keeps the best, a line under it gives every run (each against the python run of its round)')
    ap.add_argument('--out', default='/tmp/mp-tutor-scale')
    args = ap.parse_args()
    binaries = [('new', os.path.abspath(args.binary))]
    if args.compare:
        binaries.append(('cmp', os.path.abspath(args.compare)))
    os.makedirs(args.out, exist_ok=True)
    print('load average at start: %.2f %.2f %.2f on %d cores' % (os.getloadavg() + (os.cpu_count(),)))
    for label, b in binaries:
        print('%s = %s' % (label, b))
    print('%-22s %8s %5s %8s | %-3s %8s %6s %7s %8s | %6s %6s %6s %8s | %7s %7s %8s %7s %7s %7s %7s %7s %7s %7s %7s %7s %5s' % (
        'mix', 'events', 'MB', 'py s', 'bin', 'replay s', 'x py', 'peak MB', 'ns/event',
        'py cpu', 'cpu s', 'cpu xp', 'cpu ns/e', 'page', 'whole', 'G0', 'F0 line', 'F0', 'F0 cpu', 'ready', 'G', 'number', 'find', 'again', 'stepMB', 'load'))
    for mix in args.mixes.split(','):
        seed = record(binaries[0][1], mix) if args.record else os.path.join(SEEDS, mix + '.jsonl')
        for size in [int(s) for s in args.sizes.split(',')]:
            path = os.path.join(args.out, '%s-%d.jsonl' % (mix, size))
            events = synthesise(seed, mix, size, path)
            mb = os.path.getsize(path) / 1e6
            # Each repetition times python, then each binary's replay, one after the other: every run of a
            # round sees the same load (all of python's runs first, then all of a binary's, did not).
            py_runs, bin_runs = [], {label: [] for label, _ in binaries}
            for _ in range(args.repeat):
                py_runs.append(timed([sys.executable, '-c', PY_JSON, path]))
                for label, b in binaries:
                    bin_runs[label].append((None, None, None, None) if args.no_replay
                                           else timed([b, 'replay', path], timeout=args.timeout, cwd=ROOT))
            py, py_cpu = min(r[0] for r in py_runs), min(r[3] for r in py_runs)
            for label, b in binaries:
                runs = bin_runs[label]
                wall, peak, err, cpu = min(runs, key=lambda r: r[0] if r[0] is not None else float('inf'))
                step = {} if args.no_step or not shutil.which('tmux') else step_figures(b, path, events, args.timeout)
                print('%-22s %8d %5.0f %8s | %-3s %8s %6s %7s %8s | %6s %6s %6s %8s | %7s %7s %8s %7s %7s %7s %7s %7s %7s %7s %7s %7s %5.1f%s' % (
                    mix, events, mb, fmt(py), label, fmt(wall), fmt(wall / py if wall else None),
                    fmt(peak), fmt(wall / events * 1e9 if wall else None),
                    fmt(py_cpu), fmt(cpu), fmt(cpu / py_cpu if cpu and py_cpu else None),
                    fmt(cpu / events * 1e9 if cpu else None),
                    fmt(step.get('page')), fmt(step.get('first')),
                    fmt(step.get('G0')) + ('+' if step.get('G0 progress') else ''), fmt(step.get('F0 line')), fmt(step.get('F0')), fmt(step.get('F0 cpu')), fmt(step.get('ready')), fmt(step.get('G')), fmt(step.get('number')), fmt(step.get('find')), fmt(step.get('again')),
                    fmt(step.get('peak')), os.getloadavg()[0], ('  ' + (err or step.get('error') or '')) if err or step.get('error') else ''))
                if args.repeat > 1 and not args.no_replay:
                    # Every run, not only the best: a figure that moves between runs must show it.
                    print('    %s runs: %s' % (label, '; '.join(
                        '%s s (%s x py), cpu %s s (%s x py cpu)' % (
                            fmt(r[0]), fmt(r[0] / p[0] if r[0] and p[0] else None), fmt(r[3]),
                            fmt(r[3] / p[3] if r[3] and p[3] else None)) for r, p in zip(runs, py_runs))))
                sys.stdout.flush()
    print('load average at end: %.2f %.2f %.2f' % os.getloadavg())
    subprocess.run(TMUX + ['kill-server'], stderr=subprocess.DEVNULL)


if __name__ == '__main__':
    main()
