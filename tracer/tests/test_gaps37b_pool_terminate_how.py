"""Gaps 37B (docs/truth-review.md): who called a Pool's terminate().  The SIGTERM notes said "the program called
terminate(), or left a with-block, which calls it" for every pool.terminate the program did not leave to the Pool's
finalizer: a Pool left by an ExitStack, closed by an ExitStack's close(), or taken with TestCase.enterContext() (or
handed to addCleanup(pool.terminate)) fits neither.  Recorded as the manager's shutdown is (`how`, round 36T): `with`,
`stack_with`, `stack_close`, `cleanup`; the program's own call keeps the plain shape."""
import unittest
from mpt_helper import TraceCase


TERMINATES = '''
import contextlib, multiprocessing as mp, sys, unittest

def sq(x):
    return x * x

class T(unittest.TestCase):
    def test_entered(self):
        pool = self.enterContext(mp.Pool(1))
        self.assertEqual(pool.map(sq, [2]), [4])

    def test_added(self):
        pool = mp.Pool(1)
        self.addCleanup(pool.terminate)
        self.assertEqual(pool.map(sq, [3]), [9])

if __name__ == "__main__":
    p = mp.Pool(1)
    p.map(sq, [1])
    p.terminate()
    with mp.Pool(1) as a:
        a.map(sq, [1])
    with contextlib.ExitStack() as stack:
        stack.enter_context(mp.Pool(1)).map(sq, [1])
    stack = contextlib.ExitStack()
    stack.enter_context(mp.Pool(1)).map(sq, [1])
    stack.close()
    with contextlib.ExitStack() as stack:
        q = mp.Pool(1)
        stack.callback(q.terminate)
        q.map(sq, [1])
    result = unittest.main(argv=[sys.argv[0]], exit=False).result
    print("ok", result.wasSuccessful(), flush=True)
'''


class PoolTerminateHow(TraceCase):
    def test_who_terminated_each_pool(self):
        from mpt_helper import run
        plain = run(TERMINATES, 'fork', trace=False)
        r = self.traced(TERMINATES, 'fork')
        self.assertEqual((r.rc, r.stdout), (plain.rc, plain.stdout), r.dump())
        self.assertEqual(r.stdout, "ok True\n", r.dump())
        hows = [(d['object'], d.get('how'), d.get('by')) for d in r.of('pool.terminate')]
        # unittest runs test_added before test_entered (alphabetical)
        self.assertEqual([h[1:] for h in hows], [(None, None), ('with', None), ('stack_with', None), ('stack_close', None),
                                                  ('stack_with', None), ('cleanup', None), ('cleanup', None)], r.dump())
        self.assertEqual(len({h[0] for h in hows}), 7, r.dump())


if __name__ == '__main__':
    unittest.main()
