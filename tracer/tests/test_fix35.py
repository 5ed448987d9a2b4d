"""Fix 35 (docs/truth-review.md): the tracer's run() wrapper and its lazily wrapped Future setters, made safe.

1. What a process.run.end says of the exception run() raised (interrupts.py) is loaded only once run() has raised: a
   load that fails there (a program that shadowed the module, a MemoryError, a KeyboardInterrupt arriving at that
   moment) must never put the tracer's exception in place of the program's: the child's traceback and exit code are
   those of the untraced run.
2. The setters are wrapped by the first thread that makes a Future of the program's own: every other thread making
   its first Future at the same moment must find them wrapped before its Future is tagged (no future.set lost, none
   written twice)."""
import textwrap
import unittest
from mpt_helper import TraceCase, run


# The area's load made to fail as a broken install or a shadowing program would: mptutor_trace.interrupts replaced in
# sys.modules by an object without run_end_fields (an AttributeError), or the package's area() raising (MemoryError,
# KeyboardInterrupt).  Untraced, the program finds no tracer package: it does nothing.
SHADOWED = textwrap.dedent('''
    import multiprocessing as mp, sys
    def breaker(how):
        package = sys.modules.get("mptutor_trace")
        if package is None:
            return
        if how == "shadow":
            sys.modules["mptutor_trace.interrupts"] = object()
        else:
            sys.modules.pop("mptutor_trace.interrupts", None)
            def area(name, alone=False, _area=package.area):
                if name == "interrupts":
                    raise {"memory": MemoryError, "interrupt": KeyboardInterrupt}[how]()
                return _area(name, alone)
            package.area = area
    def work(how, end):
        breaker(how)
        if end == "exit":
            try:
                raise KeyboardInterrupt
            except KeyboardInterrupt:
                sys.exit(130)
        raise ValueError("the program's own, " + how)
    if __name__ == "__main__":
        ctx = mp.get_context(sys.argv[1])
        for how in ("shadow", "memory", "interrupt"):
            for end in ("raise", "exit"):
                p = ctx.Process(target=work, args=(how, end), name=how + "-" + end)
                p.start()
                p.join()
                print(p.name, p.exitcode, flush=True)
''')


def tracebacks(stderr):
    """stderr's lines without the file paths' folders (the traced and untraced runs run from different folders)."""
    import re
    return [re.sub(r'File "[^"]*/', 'File "', line) for line in stderr.splitlines()]


# Each child: THREADS threads pass a Barrier together and each makes its first Future and sets it at once; the
# setters are wrapped by whichever thread comes first.  The switch interval made tiny so that threads change hands
# inside the wrapping (about one child in three lost a future.set before fix 35 at 1 µs).
FIRST_FUTURES = textwrap.dedent('''
    import concurrent.futures as cf, multiprocessing as mp, sys, threading
    THREADS = 8
    def first(barrier, i, out):
        barrier.wait()
        f = cf.Future()
        f.set_result(i)
        out.append(f.result())
    def child():
        sys.setswitchinterval(1e-6)
        barrier, out = threading.Barrier(THREADS), []
        ts = [threading.Thread(target=first, args=(barrier, i, out)) for i in range(THREADS)]
        for t in ts: t.start()
        for t in ts: t.join()
        assert sorted(out) == list(range(THREADS)), out
    if __name__ == "__main__":
        ctx = mp.get_context(sys.argv[1])
        codes = []
        for _ in range(int(sys.argv[2])):
            p = ctx.Process(target=child)
            p.start()
            p.join()
            codes.append(p.exitcode)
        print(codes.count(0), "children ended 0 of", len(codes), flush=True)
''')


class FirstFuturesAtOnce(TraceCase):
    def test_no_future_set_lost_or_doubled_when_threads_make_their_first_future_together(self):
        children = 40
        r = self.traced(FIRST_FUTURES, 'fork', args=('fork', str(children)), timeout=240)
        self.assertEqual(r.rc, 0, r.stderr)
        self.assertIn('%d children ended 0 of %d' % (children, children), r.stdout)
        per_child = {}
        for e in r.events:
            if e['kind'] in ('future.create', 'future.set') and e['pid'] != r.main_pid:
                made, set_ = per_child.setdefault(e['pid'], (set(), []))
                (made.add if e['kind'] == 'future.create' else set_.append)(e['object'])
        self.assertEqual(len(per_child), children)
        wrong = {pid: (len(made), sorted(set_)) for pid, (made, set_) in per_child.items()
                 if len(made) != 8 or sorted(set_) != sorted(made)}
        self.assertEqual(wrong, {}, 'children whose future.set lines are not one per Future made')


class RunEndLoadFails(TraceCase):
    def check(self, method):
        plain = run(SHADOWED, method, trace=False, args=(method,))
        r = self.traced(SHADOWED, method, args=(method,))
        self.assertEqual((r.rc, r.stdout), (plain.rc, plain.stdout), r.dump())
        self.assertIn('shadow-raise 1\nshadow-exit 130\nmemory-raise 1\nmemory-exit 130\ninterrupt-raise 1\n'
                      'interrupt-exit 130\n', r.stdout)
        self.assertEqual(tracebacks(r.stderr), tracebacks(plain.stderr), r.dump())
        self.assertEqual(r.stderr.count("ValueError: the program's own"), 3, r.stderr)
        ends = {e['name']: (e['raised'], e['exitcode']) for e in r.events if e['kind'] == 'process.run.end'}
        self.assertEqual(ends, {'shadow-raise': ('ValueError', 1), 'shadow-exit': ('SystemExit', 130),
                                'memory-raise': ('ValueError', 1), 'memory-exit': ('SystemExit', 130),
                                'interrupt-raise': ('ValueError', 1), 'interrupt-exit': ('SystemExit', 130)}, r.dump())

    def test_fork(self):
        self.check('fork')

    def test_spawn(self):
        self.check('spawn')


if __name__ == '__main__':
    unittest.main()
