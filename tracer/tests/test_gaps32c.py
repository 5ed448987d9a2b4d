"""Gaps 32C (docs/truth-review.md): a started thread renamed by a library (here a module under a `site-packages`
directory) is recorded as the program's renames are, its `site` the library's line; multiprocessing's own renames (the
manager server's handler threads) still are not.  A thread renamed several times has one `thread.rename` per change, in
order, each `old` the name before it.  A Process subclass whose run() calls `super().run()` reaches, in its target,
the recursion depth it reaches untraced (the base run()'s wrapper frame is given back too, recursion_depth.py)."""
import textwrap
import unittest
from mpt_helper import TraceCase, run

RENAMES = textwrap.dedent('''
    import multiprocessing as mp, os, sys, tempfile, threading, time
    LIB = "import threading\\ndef tag(label):\\n    threading.current_thread().name = 'lib-' + label\\n"
    def loop(lib):
        lib.tag("poller")          # the library renames the thread running it
        time.sleep(0.2)
    if __name__ == "__main__":
        mp.set_start_method(sys.argv[1])
        where = os.path.join(tempfile.mkdtemp(), "site-packages")
        os.mkdir(where)
        with open(os.path.join(where, "libnamer.py"), "w") as f:
            f.write(LIB)
        sys.path.insert(0, where)
        import libnamer
        t = threading.Thread(target=loop, args=(libnamer,))
        t.start(); time.sleep(0.05)
        t.name = "poller-a"
        t.name = "poller-b"
        t.join()
        with mp.Manager() as m:
            m.list([1]).append(2)
        print(t.name)
''')


class LibraryAndRepeatedRenames(TraceCase):
    def check(self, method):
        r = self.traced(RENAMES, method, args=(method,))
        u = run(RENAMES, start_method=method, trace=False, args=(method,))
        self.assertEqual((r.rc, r.stdout), (u.rc, u.stdout))
        got = [(e['old'], e['name'], e['site'].split(':')[0].rsplit('/', 1)[-1]) for e in r.of('thread.rename')]
        self.assertEqual(got, [('Thread-1 (loop)', 'lib-poller', 'libnamer.py'), ('lib-poller', 'poller-a', 'script.py'),
                               ('poller-a', 'poller-b', 'script.py')])
        tids = {(e['pid'], e['thread_tid']) for e in r.of('thread.rename')}
        self.assertEqual(len(tids), 1)
        start = [s for s in r.of('thread.start') if (s['pid'], s['thread_tid']) in tids]
        self.assertEqual([s['name'] for s in start], ['Thread-1 (loop)'])

    def test_fork(self):
        self.check('fork')

    def test_spawn(self):
        self.check('spawn')


SUPER_RUN = textwrap.dedent('''
    import multiprocessing as mp, sys
    def down(n):
        try:
            return down(n + 1)
        except RecursionError:
            return n
    def work(q, tag):
        q.put("%s %d" % (tag, down(0)))
    class Logged(mp.Process):
        def run(self):
            super().run()
    class Twice(Logged):
        def run(self):
            super().run()
    if __name__ == "__main__":
        mp.set_start_method(sys.argv[1])
        q = mp.Queue()
        for cls in (mp.Process, Logged, Twice):
            p = cls(target=work, args=(q, cls.__name__)); p.start(); print(q.get()); p.join()
''')


class SuperRunDepth(TraceCase):
    def check(self, method):
        plain = run(SUPER_RUN, method, trace=False, args=(method,))
        r = self.traced(SUPER_RUN, method, args=(method,))
        self.assertEqual(plain.rc, 0, plain.stderr)
        self.assertEqual(len(plain.stdout.splitlines()), 3, plain.stdout)
        self.assertEqual(r.stdout, plain.stdout, r.dump())

    def test_fork(self):
        self.check('fork')

    def test_spawn(self):
        self.check('spawn')

    def test_forkserver(self):
        self.check('forkserver')


if __name__ == '__main__':
    unittest.main()
