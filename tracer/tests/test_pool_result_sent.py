"""A Pool task's huge result (r5a_pool_huge_result): the worker's put() of it onto the result queue takes visible time
(a pickle bigger than the pipe's buffer is written only as the parent's result handler reads it); `pool.task.sent`
says how long and how many pickled bytes (gaps 10B)."""
import unittest
from mpt_helper import TraceCase

HUGE = '''
import multiprocessing as mp
def big(n):
    return b"x" * n
if __name__ == "__main__":
    with mp.Pool(2) as pool:
        rs = [pool.apply_async(big, (20_000_000,)), pool.apply_async(big, (10,))]
        print([len(r.get()) for r in rs])
'''


class PoolResultSent(TraceCase):
    def test_a_huge_results_send_has_its_size_and_time(self):
        r = self.traced(HUGE, 'fork')
        self.assertEqual((r.rc, r.stdout), (0, "[20000000, 10]\n"), r.dump())
        # (the small result's put can take a millisecond too: it waits for the result queue's write lock while the
        # other worker writes the huge one, and is then recorded as well)
        sent = r.one('pool.task.sent', job=0)
        self.assertEqual((sent['job'], sent['index']), (0, 0), r.dump())
        self.assertGreater(sent['size'], 20_000_000, r.dump())
        self.assertLess(sent['size'], 20_000_100, r.dump())
        self.assertGreaterEqual(sent['took_ns'], 1_000_000, r.dump())
        end = r.one('pool.task.end', job=0)
        self.assertLessEqual(end['t'], sent['t'], r.dump())


if __name__ == '__main__':
    unittest.main()
