"""Tracer 31 (docs/truth-review.md): a child's start without the ctypes package.  The depth a child's run() is given
back (gaps 30C, recursion_depth.py) needs three ctypes types; the tracer makes them from the C module _ctypes instead of
importing the ctypes package (about 6M instructions in every spawn child).  An audit hook of the program's sees every
fresh import: traced, the package is never imported, and the depth reached is still the untraced one."""
import textwrap
import unittest
from mpt_helper import TraceCase, run


# The hook is the program's own, installed as its module runs: in the main process (a fork child inherits it) and,
# under spawn and forkserver, in the child as it imports the program as __mp_main__, before run() is called.
PROGRAM = textwrap.dedent('''
    import multiprocessing as mp, sys
    SEEN = []
    def hook(event, args):
        if event == "import" and args[0] in ("ctypes", "_ctypes") and args[0] not in SEEN:
            SEEN.append(args[0])
    sys.addaudithook(hook)
    def down(n):
        try:
            return down(n + 1)
        except RecursionError:
            return n
    def child(q):
        depth = down(0)
        q.put("child depth %d, the ctypes package imported: %s" % (depth, "ctypes" in SEEN))
    if __name__ == "__main__":
        mp.set_start_method(sys.argv[1])
        q = mp.Queue()
        p = mp.Process(target=child, args=(q,))
        p.start()
        print(q.get())
        p.join()
        print("parent: the ctypes package imported:", "ctypes" in SEEN, "ctypes" in sys.modules, p.exitcode)
''')


class NoCtypesPackage(TraceCase):
    def check(self, method):
        plain = run(PROGRAM, method, trace=False, args=(method,))
        r = self.traced(PROGRAM, method, args=(method,))
        self.assertEqual(plain.rc, 0, plain.stderr)
        self.assertIn("the ctypes package imported: False", plain.stdout)
        self.assertEqual((r.rc, r.stdout), (plain.rc, plain.stdout), r.dump())

    def test_fork(self):
        self.check('fork')

    def test_spawn(self):
        self.check('spawn')

    def test_forkserver(self):
        self.check('forkserver')


if __name__ == '__main__':
    unittest.main()
