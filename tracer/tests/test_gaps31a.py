"""Gaps 31A (docs/truth-review.md): a thread renamed after its start is recorded (`thread.rename`) and keeps the name it
started with on its `thread` line and its `thread.start`; a rename before start(), an unchanged name and the manager
server's own renames are not recorded.  A spawn/forkserver child started while the parent's recursion limit is not the
default says so on its `process.spawn` (`recursion_limit`); sys.setrecursionlimit stays the interpreter's own."""
import re
import textwrap
import unittest
from mpt_helper import TraceCase, run

RENAMES = textwrap.dedent('''
    import multiprocessing as mp, sys, threading, time
    def work(n):
        threading.current_thread().name = "worker-%d" % n
        time.sleep(0.05)
        threading.current_thread().name = "worker-%d" % n      # unchanged: nothing
    def child():
        t = threading.Thread(target=time.sleep, args=(0.3,))
        t.start(); time.sleep(0.05)
        t.name = "sleeper"
        t.join()
        t.name = "after-end"                                     # ended: nothing
        print("child", t.name)
    if __name__ == "__main__":
        mp.set_start_method(sys.argv[1])
        threading.current_thread().name = "Boss"
        early = threading.Thread(target=time.sleep, args=(0.01,)); early.name = "early"; early.start(); early.join()
        ts = [threading.Thread(target=work, args=(i,)) for i in range(2)]
        for t in ts: t.start()
        for t in ts: t.join()
        with mp.Manager() as m:
            m.list([1]).append(2)
        p = mp.Process(target=child); p.start(); p.join()
        print([t.name for t in ts], threading.current_thread().name, p.exitcode)
''')

LIMIT = textwrap.dedent('''
    import multiprocessing as mp, sys
    def depth(n):
        return n if n == 0 else 1 + depth(n - 1)
    def work(n):
        print("child limit", sys.getrecursionlimit(), flush=True)
    if __name__ == "__main__":
        mp.set_start_method(sys.argv[1])
        f = sys.setrecursionlimit
        print("same", f is sys.setrecursionlimit, type(f).__name__, f.__module__)
        p = mp.Process(target=work, args=(1,)); p.start(); p.join()
        sys.setrecursionlimit(5000)
        print("parent", depth(3000))
        p = mp.Process(target=work, args=(3000,)); p.start(); p.join()
''')


class ThreadRenames(TraceCase):
    def check(self, method):
        r = self.traced(RENAMES, method, args=(method,))
        u = run(RENAMES, start_method=method, trace=False, args=(method,))
        self.assertEqual((r.rc, r.stdout), (u.rc, u.stdout))
        got = sorted((e['name'], re.sub(r'-\d+ ', '-N ', e['old'])) for e in r.of('thread.rename'))
        self.assertEqual(got, [('Boss', 'MainThread'), ('sleeper', 'Thread-N (sleep)'),
                               ('worker-0', 'Thread-N (work)'), ('worker-1', 'Thread-N (work)')])
        for e in r.of('thread.rename'):
            self.assertTrue(e['site'].split(':')[0].endswith('.py'), e)
            if e['name'] == 'Boss':     # the main thread, renamed by itself
                self.assertEqual(e['thread_tid'], e['tid'])
                continue
            start = [s for s in r.of('thread.start') if s['thread_tid'] == e['thread_tid'] and s['pid'] == e['pid']][-1]
            self.assertEqual(start['name'], e['old'])       # the start row names the thread as start() was called
            lines = [t for t in r.procs[e['pid']] if t['kind'] == 'thread' and t['tid'] == e['thread_tid']]
            line = min(lines, key=lambda t: abs(t['n'] - start['n']))     # idents are reused: the line nearest its start
            self.assertEqual(line['name'], e['old'])     # and so does its lane
        self.assertEqual([s['name'] for s in r.of('thread.start') if s['name'] == 'early'], ['early'])

    def test_fork(self):
        self.check('fork')

    def test_spawn(self):
        self.check('spawn')


class RecursionLimitAtStart(TraceCase):
    def check(self, method):
        r = self.traced(LIMIT, method, args=(method,))
        u = run(LIMIT, start_method=method, trace=False, args=(method,))
        self.assertEqual((r.rc, r.stdout), (u.rc, u.stdout))
        self.assertIn('same True builtin_function_or_method sys', r.stdout)
        limits = [e.get('recursion_limit') for e in r.of('process.spawn')]
        self.assertEqual(limits, [None, None] if method == 'fork' else [None, 5000])

    def test_fork(self):
        self.check('fork')

    def test_spawn(self):
        self.check('spawn')

    def test_forkserver(self):
        self.check('forkserver')


if __name__ == '__main__':
    unittest.main()
