"""What round 4 of the truth review left open (docs/truth-review.md, "left"): cancel(), a Pool's initializer,
a task_done() one too many, a release by a non-owner.  Each was recorded not at all."""
import ast
import unittest
from mpt_helper import TraceCase

CANCEL = '''
import concurrent.futures as cf, time
def nap(x):
    time.sleep(1.0)          # long enough that item 0 cannot end before shutdown() cancels, even under load
    return x
def report(f):
    print("callback", "cancelled" if f.cancelled() else f.result(), flush=True)
if __name__ == "__main__":
    with cf.ProcessPoolExecutor(max_workers=1) as ex:
        fs = [ex.submit(nap, i) for i in range(5)]
        fs[4].add_done_callback(report)
        time.sleep(0.1)
        print([f.cancel() for f in (fs[0], fs[4])], flush=True)
        ex.shutdown(wait=True, cancel_futures=True)
    print(sorted(i for i, f in enumerate(fs) if f.cancelled()))
'''

THREAD_CANCEL = '''
import concurrent.futures as cf, time
def nap(x):
    time.sleep(1.0)          # item 0 still runs when shutdown() cancels the rest, even under load
    return x
if __name__ == "__main__":
    ex = cf.ThreadPoolExecutor(max_workers=1)
    fs = [ex.submit(nap, i) for i in range(4)]
    time.sleep(0.05)
    print(fs[3].cancel(), flush=True)
    ex.shutdown(wait=True, cancel_futures=True)
    print([f.cancelled() for f in fs])
'''

MAP_RESULTS = '''
import concurrent.futures as cf
if __name__ == "__main__":
    with cf.ThreadPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(abs, range(-3, 0))))
'''

INIT = '''
import multiprocessing as mp
TAG = None
def init(tag):
    global TAG
    TAG = tag
def tag(x):
    return TAG
if __name__ == "__main__":
    with mp.Pool(2, initializer=init, initargs=("ok",)) as pool:
        print(pool.map(tag, range(4)))
'''

INIT_RAISES = '''
import multiprocessing as mp, time
def init():
    raise RuntimeError("no database")
if __name__ == "__main__":
    pool = mp.Pool(1, initializer=init)
    time.sleep(1.0)              # the pool replaces its dying worker meanwhile (it looks every 0.1 s)
    pool.terminate()
    print("terminated")
'''

EXECUTOR_INIT = '''
import concurrent.futures as cf, sys
TAG = None
def init(tag):
    global TAG
    if tag == "bad":
        raise RuntimeError("bad tag")
    TAG = tag
def tag(x):
    return TAG
if __name__ == "__main__":
    with cf.ProcessPoolExecutor(max_workers=1, initializer=init, initargs=("ok",)) as ex:
        print(list(ex.map(tag, range(2))), flush=True)
    try:
        with cf.ProcessPoolExecutor(max_workers=1, initializer=init, initargs=("bad",)) as ex:
            ex.submit(tag, 0).result()
    except cf.process.BrokenProcessPool:
        print("broken", flush=True)
'''

THREAD_INIT = '''
import concurrent.futures as cf, threading
def init(tag):
    if tag == "bad":
        raise RuntimeError("bad tag")
    threading.current_thread().tag = tag
def tag(x):
    return threading.current_thread().tag
if __name__ == "__main__":
    with cf.ThreadPoolExecutor(max_workers=1, initializer=init, initargs=("ok",)) as ex:
        print(list(ex.map(tag, range(2))), flush=True)
    try:
        with cf.ThreadPoolExecutor(max_workers=1, initializer=init, initargs=("bad",)) as ex:
            ex.submit(tag, 0).result()
    except cf.thread.BrokenThreadPool:
        print("broken", flush=True)
'''

TASK_DONE_TWICE = '''
import multiprocessing as mp
if __name__ == "__main__":
    q = mp.JoinableQueue()
    q.put(1)
    q.get()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    q.join()
    print("joined")
'''

RELEASE_BY_OTHER = '''
import multiprocessing as mp, threading
def other(rlock):
    try:
        rlock.release()
    except AssertionError as e:
        print("AssertionError:", e, flush=True)
if __name__ == "__main__":
    rlock = mp.RLock()
    rlock.acquire()
    p = mp.Process(target=other, args=(rlock,))
    p.start()
    p.join()
    rlock.release()
    t = threading.RLock()
    t.acquire()
    def thief():
        try:
            t.release()
        except RuntimeError as e:
            print("RuntimeError:", e, flush=True)
    th = threading.Thread(target=thief)
    th.start()
    th.join()
    t.release()
    print("done")
'''


class Round4Gaps(TraceCase):
    def test_cancel_calls_are_recorded_with_what_they_returned_and_who_called(self):
        """r4_futures_cancel_callbacks, r4_futures_map_timeout_cancel: cancel() had no event."""
        for method in ('fork', 'spawn'):
            with self.subTest(method=method):
                r = self.traced(CANCEL, method)
                # one worker: the call queue holds max_workers + 1 items, so items 0 and 1 are handed over at once;
                # item 2 too when the worker took item 0 off it before shutdown() (it depends on the start's speed)
                self.assertEqual(r.rc, 0, r.dump())
                cancelled = ast.literal_eval(r.stdout.splitlines()[-1])
                self.assertIn(cancelled, ([2, 3, 4], [3, 4]), r.dump())
                cancels = r.of('future.cancel')
                by_program = [c for c in cancels if c['call'] == 'cancel()']
                self.assertEqual([(c['work'], c['ok'], c['state']) for c in by_program],
                                 [(0, False, 'running'), (4, True, 'pending')], r.dump())
                by_shutdown = sorted(c['work'] for c in cancels if c['call'] == 'shutdown()')
                self.assertEqual(by_shutdown, [w for w in cancelled if w != 4], r.dump())
                self.assertTrue(all(c['ok'] for c in cancels if c['call'] == 'shutdown()'))
                key = r.one('executor.create')['object']
                self.assertEqual({c['object'] for c in cancels}, {key})
                # stamped when cancel() was called: before the done-callback it ran printed
                callback = next(e for e in r.of('print') if e['text'] == 'callback cancelled')
                self.assertLess(next(c for c in by_program if c['work'] == 4)['t'], callback['t'])
                self.assertEqual(sorted(e['work'] for e in r.of('future.start')),
                                 [w for w in range(5) if w not in cancelled], r.dump())

    def test_a_thread_pools_cancelled_items_are_recorded_and_never_started(self):
        r = self.traced(THREAD_CANCEL)
        self.assertEqual((r.rc, r.stdout), (0, "True\n[False, True, True, True]\n"), r.dump())
        got = sorted((c['work'], c['call'], c['ok']) for c in r.of('future.cancel'))
        works = sorted(e['work'] for e in r.of('future.submit'))
        self.assertEqual(got, [(works[1], 'shutdown()', True), (works[2], 'shutdown()', True), (works[3], 'cancel()', True)], r.dump())
        # the cancelled items a worker thread took off the queue did not start
        self.assertEqual([e['work'] for e in r.of('future.start')], [works[0]], r.dump())

    def test_maps_own_cancel_of_each_finished_future_is_not_an_event(self):
        r = self.traced(MAP_RESULTS)
        self.assertEqual((r.rc, r.stdout), (0, "[3, 2, 1]\n"), r.dump())
        self.assertEqual(r.of('future.cancel'), [])

    def test_each_pool_worker_records_its_initializer(self):
        """r4_pool_initializer: no row showed the initializer running in each worker."""
        for method in ('fork', 'spawn'):
            with self.subTest(method=method):
                r = self.traced(INIT, method)
                self.assertEqual((r.rc, r.stdout), (0, "['ok', 'ok', 'ok', 'ok']\n"), r.dump())
                workers = {e['child_pid'] for e in r.of('process.spawn')}
                inits = r.of('pool.init')
                # every worker that ran a task ran the initializer first (under spawn the second worker may be
                # terminated by the with-block before it got that far)
                ran = {e['pid'] for e in r.of('pool.task.start')}
                self.assertTrue(ran and ran <= {e['pid'] for e in inits} <= workers, r.dump())
                self.assertEqual({(e['func'], e['args']) for e in inits}, {('init', "('ok',)")})
                # (a worker that ran no task may be terminated by the with-block inside its initializer: no end)
                self.assertEqual({(e['ok'], e['error']) for e in r.of('pool.init.end')}, {(True, None)}, r.dump())
                for pid in ran:
                    end = r.one('pool.init.end', pid=pid)
                    self.assertLess(end['t'], min(t['t'] for t in r.of('pool.task.start', pid=pid)))

    def test_an_initializer_that_raises_is_recorded_and_the_traceback_is_the_programs(self):
        """r4_pool_initializer_raises: the hang was explained only as a wait in map()."""
        r = self.traced(INIT_RAISES, 'fork')
        self.assertEqual((r.rc, r.stdout), (0, "terminated\n"), r.dump())
        ends = r.of('pool.init.end')
        self.assertGreaterEqual(len(ends), 2, r.dump())       # the first worker and at least one replacement
        self.assertEqual({(e['ok'], e['error']) for e in ends}, {(False, 'RuntimeError: no database')})
        self.assertEqual(r.of('pool.task.start'), [])
        self.assertNotIn('mptutor', r.stderr)
        self.assertIn('initializer(*initargs)', r.stderr)

    def test_a_process_pool_executors_initializer_is_recorded_in_each_worker(self):
        """r4_futures_max_tasks_hang: ProcessPoolExecutor(initializer=) ran it in each worker with no event."""
        r = self.traced(EXECUTOR_INIT, 'spawn')
        self.assertEqual((r.rc, r.stdout), (0, "['ok', 'ok']\nbroken\n"), r.dump())
        self.assertEqual([(e['func'], e['args']) for e in r.of('executor.init')], [('init', "('ok',)"), ('init', "('bad',)")], r.dump())
        self.assertEqual([(e['ok'], e['error']) for e in r.of('executor.init.end')],
                         [(True, None), (False, 'RuntimeError: bad tag')], r.dump())
        self.assertEqual(r.of('pool.init'), [])
        self.assertIn('Exception in initializer:', r.stderr)
        self.assertNotIn('mptutor', r.stderr)

    def test_a_thread_pool_executors_initializer_is_recorded_in_its_worker_thread(self):
        r = self.traced(THREAD_INIT)
        self.assertEqual((r.rc, r.stdout), (0, "['ok', 'ok']\nbroken\n"), r.dump())
        inits, ends = r.of('executor.init'), r.of('executor.init.end')
        self.assertEqual([(e['func'], e['args']) for e in inits], [('init', "('ok',)"), ('init', "('bad',)")], r.dump())
        self.assertEqual([(e['ok'], e['error']) for e in ends], [(True, None), (False, 'RuntimeError: bad tag')], r.dump())
        self.assertTrue(all(e['tid'] != r.one('executor.create', object=r.of('executor.create')[0]['object'])['tid'] for e in inits))
        self.assertIn('Exception in initializer:', r.stderr)
        self.assertNotIn('mptutor', r.stderr)

    def test_a_task_done_too_many_is_recorded_and_changes_nothing(self):
        """r4_joinable_task_done_twice: the ValueError had no row."""
        r = self.traced(TASK_DONE_TWICE, 'fork')
        self.assertEqual((r.rc, r.stdout), (0, "ValueError: task_done() called too many times\njoined\n"), r.dump())
        self.assertEqual(len(r.of('queue.task_done')), 1, r.dump())
        err = r.one('queue.task_done.error')
        self.assertEqual(err['error'], 'ValueError: task_done() called too many times')
        self.assertEqual(err['object'], r.one('queue.create')['object'])

    def test_a_release_by_a_thread_or_process_that_does_not_own_the_rlock_is_recorded(self):
        """r4_lock_released_by_other: the RLock's AssertionError had no row; threading's RLock raises RuntimeError."""
        for method in ('fork', 'spawn'):
            with self.subTest(method=method):
                r = self.traced(RELEASE_BY_OTHER, method)
                self.assertEqual(r.rc, 0, r.dump())
                self.assertIn("AssertionError: attempt to release recursive lock not owned by thread", r.stdout)
                self.assertIn("RuntimeError: cannot release un-acquired lock", r.stdout)
                child = r.one('process.spawn')['child_pid']
                mp_err = r.one('lock.release.error', pid=child)
                self.assertEqual(mp_err['error'], 'AssertionError: attempt to release recursive lock not owned by thread')
                keys = [e['object'] for e in r.of('lock.create')]
                self.assertEqual(mp_err['object'], keys[0])
                th_err = r.one('lock.release.error', pid=r.main_pid)
                self.assertEqual((th_err['object'], th_err['error']), (keys[1], 'RuntimeError: cannot release un-acquired lock'))
                # the failed releases released nothing: each lock has one acquire and one release, by its owner
                self.assertEqual(sorted(e['pid'] for e in r.of('lock.release')), [r.main_pid, r.main_pid], r.dump())


if __name__ == '__main__':
    unittest.main()
