"""Perf 37S (docs/truth-review.md, issue 12): the C module _ctypes, which the depth a child's run() is given back needs
(recursion_depth.py), is loaded from the file the run's first interpreter's import found (mptutor_trace.extension(), its
path in the first group's cache file), past importlib's search of sys.path: about 0.14M instructions less in each spawn
child's start.  Seen by the program: an audit hook of its own no longer sees an `import _ctypes` the program never
made (untraced it sees none), under every start method, and the depth reached is still the untraced one."""
import textwrap
import unittest
from mpt_helper import TraceCase, run


PROGRAM = textwrap.dedent('''
    import multiprocessing as mp, sys
    SEEN = []
    class Spy:      # the program's own finder, first on sys.meta_path: every search of an import not yet loaded
        def find_spec(self, name, path=None, target=None):
            if name in ("ctypes", "_ctypes") and name not in SEEN:
                SEEN.append(name)
            return None
    sys.meta_path.insert(0, Spy())
    def down(n):
        try:
            return down(n + 1)
        except RecursionError:
            return n
    def child(q):
        depth = down(0)
        q.put("child depth %d, imports seen: %s" % (depth, SEEN))
    if __name__ == "__main__":
        mp.set_start_method(sys.argv[1])
        q = mp.Queue()
        p = mp.Process(target=child, args=(q,))
        p.start()
        print(q.get())
        p.join()
        print("parent: imports seen:", SEEN, p.exitcode)
''')


class CtypesPastTheSearch(TraceCase):
    def check(self, method):
        plain = run(PROGRAM, method, trace=False, args=(method,))
        r = self.traced(PROGRAM, method, args=(method,))
        self.assertEqual(plain.rc, 0, plain.stderr)
        self.assertIn("imports seen: []", plain.stdout)
        self.assertEqual((r.rc, r.stdout), (plain.rc, plain.stdout), r.dump())

    def test_fork(self):
        self.check('fork')

    def test_spawn(self):
        self.check('spawn')

    def test_forkserver(self):
        self.check('forkserver')


if __name__ == '__main__':
    unittest.main()
