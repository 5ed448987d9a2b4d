"""Round 17 of the truth review (docs/truth-review.md): the questions learners ask on forums, as programs."""
import unittest
from mpt_helper import TraceCase

MAP_TWO_LISTS = '''
import multiprocessing as mp
def power(b, e):
    return b ** e
if __name__ == "__main__":
    with mp.Pool(1) as pool:
        for call in (lambda: pool.map(power, [2, 3], [5, 2]), lambda: pool.map(power, 5)):
            try:
                call()
            except TypeError as e:
                print(type(e).__name__)
        print(pool.starmap(power, [(2, 5)]))
    pool = mp.Pool(1)
    pool.close()
    try:
        pool.map(power, [1])
    except ValueError:
        print("closed")
    pool.join()
'''

EMPTY_AFTER_PUT = '''
import multiprocessing as mp, queue, time
class Slow:
    def __reduce__(self):       # the feeder thread pickles it: 0.5 s in flight, whatever the machine's load
        time.sleep(0.5)
        return (str, ("first",))
if __name__ == "__main__":
    q = mp.Queue()
    q.put(Slow())
    try:
        q.get_nowait()
    except queue.Empty:
        print("empty")
    print(q.get(timeout=5))
    time.sleep(0.2)
    try:
        q.get_nowait()
    except queue.Empty:
        print("empty")
'''


class PoolCallsThatRaiseInTheCaller(TraceCase):
    def test_a_running_pools_call_that_raised_is_recorded_with_the_job_it_left(self):
        """r17_pool_map_two_iterables: pool.map(power, bases, exponents) raised TypeError in the caller (the
        exponents became the chunksize) and nothing was recorded; its MapResult had taken job 0 and stayed in the
        pool's cache. A non-iterable map() input raises before any job exists; a closed pool's refusal stays as it was."""
        for method in ('fork', 'spawn'):
            with self.subTest(method=method):
                r = self.traced(MAP_TWO_LISTS, method)
                self.assertEqual((r.rc, r.stdout), (0, "TypeError\nTypeError\n[32]\nclosed\n"), r.dump())
                refused = r.of('pool.refused')
                self.assertEqual([(e['method'], e['state'], e.get('job')) for e in refused],
                                 [('map', 'RUN', 0), ('map', 'RUN', None), ('map', 'CLOSE', None)], r.dump())
                self.assertTrue(refused[0]['error'].startswith("TypeError: '<=' not supported"), r.dump())
                self.assertTrue(refused[1]['error'].startswith("TypeError: 'int' object is not iterable"), r.dump())
                self.assertEqual([e['job'] for e in r.of('pool.submit')], [1], r.dump())


class NonBlockingGetsInFlight(TraceCase):
    def test_a_get_nowait_empty_while_the_put_item_is_not_in_the_pipe_says_so(self):
        """r17_queue_empty_after_put: get_nowait() right after put() raised Empty; the row did not say the item was
        put and on its way (its feeder thread had not written it yet; here its pickling takes 0.5 s). 0.2 s after the queue
        was emptied: plain."""
        r = self.traced(EMPTY_AFTER_PUT, 'fork')
        self.assertEqual((r.rc, r.stdout), (0, "empty\nfirst\nempty\n"), r.dump())
        self.assertEqual([e.get('in_flight') for e in r.of('queue.empty')], [True, None], r.dump())


if __name__ == '__main__':
    unittest.main()
