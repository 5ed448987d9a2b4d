"""A ThreadPoolExecutor work item's end is stamped when its function returns (round 9A of the truth review,
docs/truth-review.md): before, it was stamped after Future.set_result() had run the done-callbacks and woken the
waiters, so `✓ work item 0 → 'io done'` came below the callbacks and below the main thread's print of that result."""
import unittest
from mpt_helper import TraceCase

ORDER = '''
import concurrent.futures as cf, time
def work():
    time.sleep(0.1)
    return "io done"
def slow_callback(fut):
    time.sleep(0.1)
if __name__ == "__main__":
    with cf.ThreadPoolExecutor(1) as ex:
        fut = ex.submit(work)
        fut.add_done_callback(slow_callback)
        print(fut.result())
        bad = ex.submit(int, "x")
        print(type(bad.exception()).__name__)
'''


class ThreadWorkItemOrder(TraceCase):
    def test_the_end_of_a_thread_work_item_comes_before_its_callbacks_and_its_waiters(self):
        r = self.traced(ORDER, 'fork')
        self.assertEqual((r.rc, r.stdout), (0, "io done\nValueError\n"), r.dump())
        ends = r.of('future.end')
        self.assertEqual([e['ok'] for e in ends], [True, False], r.dump())
        run = r.one('future.callback.run')
        printed = [e for e in r.events if e['kind'] == 'print' and e['text'] == 'io done'][0]
        self.assertLess(ends[0]['t'], run['t'], r.dump())
        self.assertLess(ends[0]['t'], printed['t'], r.dump())
        # the exception's traceback as the program sees it holds no frame of ours
        self.assertNotIn('mptutor_trace', r.stderr, r.dump())


if __name__ == '__main__':
    unittest.main()
