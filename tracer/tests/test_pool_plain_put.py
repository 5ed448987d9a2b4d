"""Tracer21P: a process pool worker sends each task's result as CPython's SimpleQueue.put does (pickle, then send_bytes
under the queue's write lock) from its own put spy, the pickled size in hand: its result queue's writer no longer gets a
send_bytes watch of its own (a Python frame per result), and results, their events and an unpicklable result's
MaybeEncodingError are as before (test_pool_result_sent checks a slow send's size)."""
import unittest
from mpt_helper import TraceCase

PROGRAM = '''
import gc, multiprocessing as mp, sys, threading
from multiprocessing import connection
def watched(x):
    return x, sorted(type(c).__name__ for c in gc.get_objects()
                     if isinstance(c, connection._ConnectionBase) and 'send_bytes' in vars(c))
def lock():
    return threading.Lock()
if __name__ == "__main__":
    with mp.get_context(sys.argv[1]).Pool(1) as pool:
        print(pool.apply(watched, (1,)), pool.map(watched, [2, 3]))
        try:
            pool.apply(lock)
        except Exception as e:
            print(type(e).__name__)
'''


class PoolPlainPut(TraceCase):
    def check(self, method):
        r = self.traced(PROGRAM, method, args=(method,))
        self.assertEqual((r.rc, r.stdout), (0, "(1, []) [(2, []), (3, [])]\nMaybeEncodingError\n"), r.dump())
        r.one('pool.task.end', job=0)
        r.one('pool.result', job=0)
        self.assertEqual(sorted(e['index'] for e in r.of('pool.task.end', job=1)), [0, 1], r.dump())
        self.assertEqual(sorted(e['index'] for e in r.of('pool.result', job=1)), [0, 1], r.dump())
        self.assertEqual(r.one('pool.result', job=2)['error'], 'MaybeEncodingError', r.dump())

    def test_fork(self):
        self.check('fork')

    def test_spawn(self):
        self.check('spawn')


if __name__ == '__main__':
    unittest.main()
