"""concurrent.futures: executors traced first class, under every start method; and the Pool waits."""
import unittest
from mpt_helper import TraceCase, METHODS

EXECUTOR = '''
import concurrent.futures as cf, multiprocessing as mp, sys, time
def cube(x):
    time.sleep(0.02)
    if x == 2:
        raise ValueError("two")
    return x ** 3
if __name__ == "__main__":
    with cf.ProcessPoolExecutor(max_workers=2, mp_context=mp.get_context(sys.argv[1])) as ex:
        fs = [ex.submit(cube, x) for x in range(4)]
        for f in fs:
            try:
                print(f.result())
            except ValueError as e:
                print("raised", e)
        print(list(ex.map(cube, [5, 6], chunksize=2)))
'''

BROKEN = '''
import concurrent.futures as cf, os, time
def die(x):
    time.sleep(0.05)
    if x == 1:
        os._exit(3)
    return x
if __name__ == "__main__":
    ex = cf.ProcessPoolExecutor(max_workers=2)
    fs = [ex.submit(die, x) for x in range(3)]
    for f in fs:
        try:
            f.result()
        except cf.process.BrokenProcessPool:
            print("broken")
    ex.shutdown()
'''

THREADS = '''
import concurrent.futures as cf
def half(x):
    if x < 0:
        raise KeyError(x)
    return x / 2
if __name__ == "__main__":
    with cf.ThreadPoolExecutor(2) as ex:
        fs = [ex.submit(half, x) for x in (4, -1)]
        print(fs[0].result(), type(fs[1].exception()).__name__)
'''

POOL_WAITS = '''
import multiprocessing as mp, time
def slow(x):
    time.sleep(0.1)
    return x
if __name__ == "__main__":
    with mp.Pool(2) as pool:
        r = pool.apply_async(slow, (1,))
        r.wait()
        print(pool.map(slow, [1, 2]))
        print(list(pool.imap(slow, [3, 4])))
'''


class Executors(TraceCase):
    def test_submit_work_items_results_and_an_exception(self):
        for method in METHODS:
            with self.subTest(method=method):
                r = self.traced(EXECUTOR, method, args=(method,))
                self.assertEqual(r.rc, 0, r.dump())
                self.assertEqual(r.stdout.split('\n')[:4], ['0', '1', 'raised two', '27'])
                create = r.one('executor.create')
                self.assertEqual((create['type'], create['max_workers']), ('ProcessPoolExecutor', 2))
                submits = r.of('future.submit')
                self.assertEqual([s['work'] for s in submits], [0, 1, 2, 3, 4])
                self.assertEqual(submits[4]['method'], 'map')
                self.assertEqual(submits[4]['items'], 2)          # one chunk of two items
                starts = r.of('future.start')
                self.assertEqual(sorted(s['work'] for s in starts), [0, 1, 2, 3, 4])
                self.assertTrue(all(s['pid'] != r.main_pid for s in starts), 'work items run in the workers')
                failed = r.one('future.end', ok=False)
                self.assertEqual(failed['work'], 2)
                self.assertIn('ValueError', failed['result'])
                results = r.of('future.result')
                self.assertEqual(len(results), 5)
                self.assertTrue(all(e['pid'] == r.main_pid for e in results))
                self.assertEqual(r.one('future.result', ok=False)['error'], 'ValueError')
                self.assertTrue(r.of('executor.shutdown'))

    def test_a_dead_worker_breaks_the_pool(self):
        r = self.traced(BROKEN, 'fork')
        self.assertEqual(r.rc, 0, r.dump())
        self.assertIn('broken', r.stdout)
        broken = r.one('executor.broken')
        self.assertGreaterEqual(broken['pending'], 1)
        # A result() call that had to wait ended with the pool's error (a Future already failed needs no wait).
        waited = [e for e in r.of('future.waited') if not e['ok']]
        self.assertTrue(all(e['error'] == 'BrokenProcessPool' for e in waited), r.dump())
        self.assertIn(r.stdout.count('broken'), (2, 3), r.dump())   # item 0 may finish before the break is seen, or not

    def test_thread_pool_executor(self):
        r = self.traced(THREADS, 'fork')
        self.assertEqual(r.rc, 0, r.dump())
        self.assertEqual(r.stdout.strip(), '2.0 KeyError')
        self.assertEqual(r.one('executor.create')['type'], 'ThreadPoolExecutor')
        ends = r.of('future.end')
        self.assertEqual(sorted(e['ok'] for e in ends), [False, True])
        self.assertTrue(all(e['tid'] != r.one('executor.create')['tid'] for e in ends), 'work items run on worker threads')


class PoolWaits(TraceCase):
    def test_wait_map_and_next_are_recorded_before_they_block(self):
        r = self.traced(POOL_WAITS, 'fork')
        self.assertEqual(r.rc, 0, r.dump())
        calls = [e['call'] for e in r.of('pool.wait')]
        self.assertIn('wait()', calls)
        self.assertIn('map()', calls)
        self.assertIn('next()', calls)
        self.assertEqual(calls.count('wait()'), 1, 'get() waits through wait(): not a second wait')
        starts = r.of('pool.task.start')
        chunk = [s for s in starts if s['items'] is not None]
        self.assertTrue(chunk and all(s['call'] is False for s in chunk))
        self.assertTrue(any(s['call'] is True and s['items'] is None for s in starts))


if __name__ == '__main__':
    unittest.main()
