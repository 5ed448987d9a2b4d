"""Executor.map()'s iterator closed early (gaps 28A): its finally cancels the Futures left; a running item's cancel()
returns False.  The tracer wrote only map()'s cancels that succeeded, so the failed ones had no row."""
import unittest
from mpt_helper import TraceCase

CLOSED = '''
import sys, time, multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor
def slow(x):
    time.sleep(0.3 if x else 0.05)
    return x
if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2, mp_context=mp.get_context(sys.argv[1])) as ex:
        it = ex.map(slow, range(8))
        print("first", next(it))
        it.close()
        print("closed")
'''


class MapCancels(TraceCase):
    def test_maps_failed_cancel_of_a_running_item_is_written(self):
        r = self.traced(CLOSED, 'fork', args=('fork',))
        self.assertEqual(r.rc, 0, r.dump())
        self.assertEqual(r.stdout.splitlines(), ['first 0', 'closed'], r.dump())
        by_map = [e for e in r.of('future.cancel') if e['call'] == 'map()']
        failed = [e for e in by_map if not e['ok']]
        # work item 1 was running in a worker when the iterator closed: its cancel() returned False
        self.assertIn(1, [e['work'] for e in failed], r.dump())
        self.assertTrue(all(e['state'] == 'running' for e in failed), r.dump())
        # the ones still pending were cancelled, as before
        self.assertTrue(any(e['ok'] and e['state'] == 'pending' for e in by_map), r.dump())


if __name__ == '__main__':
    unittest.main()
