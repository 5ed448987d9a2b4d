"""Round 36T (docs/truth-review.md): a manager shut down by a context manager's __exit__ that no with-statement of the
program ran.  An ExitStack leaving its own with-block (`stack_with`), an ExitStack's close() (`stack_close`) and
unittest's cleanups after a test that took the manager with TestCase.enterContext() (`cleanup`) are not "leaving the
with-block" of the manager; a `with mp.Manager() as m:` still is (`with`)."""
import unittest
from mpt_helper import TraceCase


SHUTDOWNS = '''
import contextlib, multiprocessing as mp, sys, unittest

class T(unittest.TestCase):
    def test_dict(self):
        m = self.enterContext(mp.Manager())
        d = m.dict()
        d["a"] = 1
        self.assertEqual(d["a"], 1)

if __name__ == "__main__":
    with mp.Manager() as a:
        a.list()
    with contextlib.ExitStack() as stack:
        stack.enter_context(mp.Manager()).list()
    stack = contextlib.ExitStack()
    stack.enter_context(mp.Manager()).list()
    stack.close()
    result = unittest.main(argv=[sys.argv[0]], exit=False).result
    print("ok", result.wasSuccessful(), flush=True)
'''


class ShutdownHow(TraceCase):
    def test_who_left_the_managers_context(self):
        from mpt_helper import run
        plain = run(SHUTDOWNS, 'fork', trace=False)
        r = self.traced(SHUTDOWNS, 'fork')
        self.assertEqual((r.rc, r.stdout), (plain.rc, plain.stdout), r.dump())
        self.assertEqual(r.stdout, "ok True\n", r.dump())
        self.assertEqual([d['how'] for d in r.of('manager.shutdown')], ['with', 'stack_with', 'stack_close', 'cleanup'], r.dump())


if __name__ == '__main__':
    unittest.main()
