"""Gaps 30C (docs/truth-review.md): the tracer stays transparent and records what it claims.  A child's recursion
reaches the depth it reaches untraced (the tracer's wrapper frames below the target are given back to the thread that
runs it, recursion_depth.py)."""
import textwrap
import unittest
from mpt_helper import TraceCase, run


# Each line: where, and the depth a recursion reached there before RecursionError.  A thread of the child and a target
# that raised the limit itself must also reach what they reach untraced (only the target's thread is given the
# tracer's frames, and the program's own setrecursionlimit keeps them).
DEPTHS = textwrap.dedent('''
    import multiprocessing as mp, sys, threading
    from concurrent.futures import ProcessPoolExecutor
    def down(n):
        try:
            return down(n + 1)
        except RecursionError:
            return n
    def where(tag):
        return "%s %d" % (tag, down(0))
    def child(q):
        q.put(where("process-target"))
        out = []
        t = threading.Thread(target=lambda: out.append(where("child-thread")))
        t.start(); t.join()
        q.put(out[0])
        q.put("limit-read %d" % sys.getrecursionlimit())
        sys.setrecursionlimit(1500)
        q.put(where("raised-limit"))
    class Sub(mp.Process):
        def run(self):
            self._q.put(where("subclass-run"))
    if __name__ == "__main__":
        method = sys.argv[1]
        mp.set_start_method(method)
        print(where("main"))
        q = mp.Queue()
        p = mp.Process(target=child, args=(q,)); p.start()
        for _ in range(4):
            print(q.get())
        p.join()
        s = Sub(); s._q = q; s.start(); print(q.get()); s.join()
        with mp.Pool(1) as pool:
            print(pool.apply(where, ("pool-apply",)))
            print(pool.map(where, ["pool-map"])[0])
        with ProcessPoolExecutor(1, mp_context=mp.get_context(method)) as ex:
            print(ex.submit(where, "executor-submit").result())
        print("exitcodes", p.exitcode, s.exitcode)
''')


class RecursionDepthGivenBack(TraceCase):
    def check(self, method):
        plain = run(DEPTHS, method, trace=False, args=(method,))
        r = self.traced(DEPTHS, method, args=(method,))
        self.assertEqual(plain.rc, 0, plain.stderr)
        self.assertEqual(len(plain.stdout.splitlines()), 10, plain.stdout)
        self.assertEqual(r.stdout, plain.stdout, r.dump())
        self.assertEqual(r.rc, 0)

    def test_fork(self):
        self.check('fork')

    def test_spawn(self):
        self.check('spawn')

    def test_forkserver(self):
        self.check('forkserver')


if __name__ == '__main__':
    unittest.main()
