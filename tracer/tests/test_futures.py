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
        it = pool.imap(slow, [5])
        try:
            it.next(0.01)
        except mp.TimeoutError:
            print("not yet")
        print(it.next())
'''

MANY_WAITS = '''
import concurrent.futures as cf, multiprocessing as mp, sys, time
def nap(x):
    time.sleep(0.05 * x)
    return x
if __name__ == "__main__":
    with cf.ProcessPoolExecutor(max_workers=2, mp_context=mp.get_context(sys.argv[1])) as ex:
        fs = [ex.submit(nap, x) for x in (1, 2, 3)]
        print(sorted(f.result() for f in cf.as_completed(fs)))
        done, not_done = cf.wait([ex.submit(nap, 4)], timeout=0.01)
        print(len(done), len(not_done))
        print(list(ex.map(nap, [1, 2])))
        ex.submit(nap, 2)
    with cf.ThreadPoolExecutor(2) as tx:
        print(list(tx.map(nap, [1])))
'''

TWO_EXECUTORS_WAIT = '''
import concurrent.futures as cf, threading
gate = threading.Event()
def slow(x):
    gate.wait(5)
    return x
if __name__ == "__main__":
    with cf.ThreadPoolExecutor(max_workers=1) as a, cf.ThreadPoolExecutor(max_workers=1) as b:
        fs = [a.submit(slow, 1), b.submit(slow, 2)]
        done, left = cf.wait(fs, timeout=0.05)
        print(len(done), len(left))
        gate.set()
'''

MANAGER_VALUES = '''
import multiprocessing as mp
if __name__ == "__main__":
    with mp.Manager() as m:
        d, v, ns, q, lock = m.dict(n=0), m.Value('i', 5), m.Namespace(), m.Queue(), m.Lock()
        d["n"] += 1
        v.value += 1
        ns.x = 7
        print(d.get("n"), v.value, ns.x, q.get(False) if not q.empty() else "empty")
        q.put("a"); q.get(); q.get(block=False) if q.qsize() else None
        with lock:
            pass
        lock.acquire(False); lock.release()
'''

MANAGER_RAISES = '''
import multiprocessing as mp
if __name__ == "__main__":
    with mp.Manager() as m:
        lst = m.list([1, 2])
        try:
            lst[5]
        except IndexError as e:
            print("IndexError", e)
        print(list(lst))
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
        # shutdown() at the with-block's end joined the worker threads: it is stamped when it returned, after them
        shutdown = r.one('executor.shutdown')
        exits = [e for e in r.of('thread.exit') if e['name'].startswith('ThreadPoolExecutor')]
        self.assertTrue(exits, r.dump())
        self.assertTrue(all(e['t'] <= shutdown['t'] for e in exits), r.dump())
        self.assertTrue(all(e['tid'] != r.one('executor.create')['tid'] for e in ends), 'work items run on worker threads')

    def test_waits_on_several_work_items_and_map_iteration(self):
        for method in METHODS:
            with self.subTest(method=method):
                r = self.traced(MANY_WAITS, method, args=(method,))
                self.assertEqual(r.rc, 0, r.dump())
                self.assertEqual(r.stdout.split('\n')[:3], ['[1, 2, 3]', '0 1', '[1, 2]'])
                waits, ends = r.of('executor.wait'), r.of('executor.waited')
                calls = [w['call'] for w in waits]
                self.assertIn('as_completed()', calls)
                self.assertIn('wait()', calls)
                self.assertEqual(calls.count('shutdown()'), 2, r.dump())    # both with-blocks had work or workers left
                self.assertEqual(len(waits), len(ends), 'every wait on several items ends')
                first = waits[0]
                self.assertEqual((first['call'], first['pending'], first['works']), ('as_completed()', 3, [0, 1, 2]))
                timed = r.one('executor.waited', call='wait()')
                self.assertEqual((timed['ok'], timed['pending']), (False, 1))
                self.assertEqual(r.one('executor.wait', call='wait()')['timeout'], 0.01)
                maps = [w for w in r.of('future.wait') if w['call'] == 'map()']
                self.assertGreaterEqual(len(maps), 2, 'iterating map() waits are named map()')
                self.assertFalse([w for w in r.of('future.wait') if w['call'] == 'result()' and w['work'] in (5, 6)])

    def test_a_wait_on_futures_of_two_executors_names_each_items_executor(self):
        r = self.traced(TWO_EXECUTORS_WAIT, 'fork')
        self.assertEqual((r.rc, r.stdout.split('\n')[0]), (0, '0 2'), r.dump())
        w = r.one('executor.wait', call='wait()')
        submitted = sorted((e['object'], e['work']) for e in r.of('future.submit'))
        self.assertEqual(len({o for o, _ in submitted}), 2, r.dump())
        self.assertIsNone(w['object'], 'futures of two executors: no one object')
        self.assertEqual(sorted(zip(w['executors'], w['works'])), submitted, r.dump())
        self.assertTrue(all(e['executors'] is None for e in r.of('executor.wait', call='shutdown()')))

    def test_manager_calls_carry_values_and_blocking_calls_wait_first(self):
        r = self.traced(MANAGER_VALUES, 'fork')
        self.assertEqual(r.rc, 0, r.dump())
        self.assertEqual(r.stdout.split('\n')[0], '1 6 7 empty')
        reads = [(e['type'], e['key'], e['value']) for e in r.of('manager.call', access='read')]
        writes = [(e['type'], e['key'], e['value']) for e in r.of('manager.call', access='write')]
        self.assertIn(('dict', "'n'", '0'), reads)
        self.assertIn(('dict', "'n'", '1'), writes)
        self.assertIn(('dict', "'n'", '1'), reads)        # d.get("n")
        self.assertIn(('Value', None, '5'), reads)
        self.assertIn(('Value', None, '6'), writes)
        self.assertIn(('Namespace', "'x'", '7'), writes)
        waits = [(e['type'], e['method']) for e in r.of('manager.wait')]
        self.assertIn(('Queue', 'get'), waits)
        self.assertIn(('Queue', 'put'), waits)
        self.assertEqual(waits.count(('Lock', 'acquire')), 1, 'with lock: waits; acquire(False) does not')
        self.assertEqual(waits.count(('Queue', 'get')), 1, 'get(False) and get(block=False) do not wait')
        waited = r.of('manager.call', waited=True)
        self.assertEqual(len(waited), len(waits))
        self.assertFalse([e for e in r.of('manager.call') if 'error' in e], 'no call raised: no error field')

    def test_a_proxy_call_that_raised_names_the_exception_the_program_got(self):
        r = self.traced(MANAGER_RAISES, 'fork')
        self.assertEqual((r.rc, r.stdout.split('\n')[:2]), (0, ['IndexError list index out of range', '[1, 2]']), r.dump())
        failed = [(e['method'], e['args'], e['error']) for e in r.of('manager.call', ok=False)]
        # lst[5], then list(lst) (which stops at the IndexError of __getitem__(2))
        self.assertEqual(failed, [('__getitem__', '(5,)', 'IndexError'), ('__getitem__', '(2,)', 'IndexError')], r.dump())


class PoolWaits(TraceCase):
    def test_wait_map_and_next_are_recorded_before_they_block(self):
        r = self.traced(POOL_WAITS, 'fork')
        self.assertEqual(r.rc, 0, r.dump())
        calls = [e['call'] for e in r.of('pool.wait')]
        self.assertIn('wait()', calls)
        self.assertIn('map()', calls)
        self.assertIn('next()', calls)
        self.assertEqual(calls.count('wait()'), 1, 'get() waits through wait(): not a second wait')
        nexts = [e for e in r.of('pool.waited') if e['call'] == 'next()']
        gave_up = [e for e in nexts if not e['ok']]
        self.assertEqual([e['error'] for e in gave_up], ['TimeoutError'], r.dump())   # next(0.01) raised, did not return
        self.assertTrue(all(e['error'] is None for e in nexts if e['ok']))
        starts = r.of('pool.task.start')
        chunk = [s for s in starts if s['items'] is not None]
        self.assertTrue(chunk and all(s['call'] is False for s in chunk))
        self.assertTrue(any(s['call'] is True and s['items'] is None for s in starts))


if __name__ == '__main__':
    unittest.main()
