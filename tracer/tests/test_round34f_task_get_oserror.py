"""Round 34F: a Pool worker whose next task cannot be unpickled because of an OSError (a Manager proxy among its
arguments whose server has shut down: RebuildProxy's connect raises FileNotFoundError or ConnectionRefusedError) leaves
its loop as for a closed pipe (pool.py worker(): `except (EOFError, OSError): break`), and the task it took is lost.
The record had no event of that take (the spy left out every EOFError and OSError, as if each were the pipe's end);
it now writes pool.task.get.error, as for a task whose function is not in the worker. A pipe closed under a waiting
worker (terminate()) still writes none."""
import unittest
from mpt_helper import TraceCase

PROGRAM = '''
import multiprocessing as mp, sys
if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1])
    pool = ctx.Pool(1)
    manager = ctx.Manager()
    d = manager.dict()
    manager.shutdown()
    r = pool.apply_async(len, (d,))
    try:
        r.get(timeout=2)
    except mp.TimeoutError:
        print("timed out")
    pool.terminate()
    pool.join()
'''


class TaskGetOSError(TraceCase):
    def check(self, method):
        r = self.traced(PROGRAM, method, args=(method,))
        self.assertEqual((r.rc, r.stdout), (0, "timed out\n"), r.dump())
        errors = r.of('pool.task.get.error')
        self.assertEqual(len(errors), 1, r.dump())
        self.assertRegex(errors[0]['error'], r'^(FileNotFoundError|ConnectionRefusedError)', r.dump())
        self.assertEqual(r.of('pool.task.start'), [], r.dump())

    def test_fork(self):
        self.check('fork')

    def test_spawn(self):
        self.check('spawn')


if __name__ == '__main__':
    unittest.main()
