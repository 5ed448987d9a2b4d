import unittest
from mpt_helper import METHODS, TraceCase

POOL = '''
import multiprocessing as mp, os
def square(x):
    print("square", x)
    return x * x
def boom(x):
    raise ValueError("no")
def on_result(v):
    print("callback got", v)
def on_error(e):
    print("error callback", type(e).__name__)
if __name__ == "__main__":
    with mp.Pool(2) as pool:
        r = pool.apply_async(square, (7,), callback=on_result)
        print("get", r.get(timeout=20))
        e = pool.apply_async(boom, (1,), error_callback=on_error)
        e.wait(20)
        print("map", pool.map(square, [1, 2, 3], chunksize=2))
        print("imap", list(pool.imap(square, [4, 5])))
        print("apply", pool.apply(square, (6,)))
        pool.close()
        pool.join()
'''


FIRST_THEN_TERMINATE = '''
import multiprocessing as mp
def echo(x):
    return x
if __name__ == "__main__":
    pool = mp.Pool(1)
    print("first", next(pool.imap(echo, range(3))))
    pool.terminate()
    pool.join()
'''


class PoolEvents(TraceCase):
    def test_end_is_recorded_before_the_result_goes_out(self):
        # The parent terminates the worker as soon as it has the first result: the worker's end of that
        # task must already be in the record (it was written after put() and lost).
        for method in METHODS:
            with self.subTest(method=method):
                r = self.traced(FIRST_THEN_TERMINATE, method)
                self.assertEqual(r.rc, 0, r.dump())
                self.assertIn("first 0\n", r.stdout)
                job = r.one('pool.submit', method='imap')['job']
                end = r.one('pool.task.end', job=job, index=0)
                res = r.one('pool.result', job=job, index=0)
                self.assertLessEqual(end['t'], res['t'])

    def test_apply_async_callback_map(self):
        for method in METHODS:
            with self.subTest(method=method):
                r = self.traced(POOL, method)
                self.assertEqual(r.rc, 0, r.dump())
                self.assertIn("get 49\n", r.stdout)
                main = r.main_pid
                create = r.one('pool.create', pid=main)
                self.assertEqual(create['processes'], 2)
                self.assertTrue(create['site'].endswith('script.py:13'), create)
                pool = create['object']
                workers = {e['child_pid'] for e in r.of('process.spawn', pid=main)}
                self.assertEqual(len(workers), 2)
                sub = r.one('pool.submit', pid=main, func='square', method='apply_async')
                self.assertEqual((sub['object'], sub['args'], sub['chunks']), (pool, '(7,)', 1))
                job = sub['job']
                start = r.one('pool.task.start', job=job)
                self.assertIn(start['pid'], workers)
                self.assertEqual((start['func'], start['args'], start['index']), ('square', '(7,)', 0))
                end = r.one('pool.task.end', job=job)
                self.assertEqual((end['pid'], end['ok'], end['result']), (start['pid'], True, '49'))
                res = r.one('pool.result', job=job)
                self.assertEqual((res['pid'], res['ok'], res['object']), (main, True, pool))
                cb = r.one('pool.callback', job=job)
                cbend = r.one('pool.callback.end', job=job)
                self.assertEqual((cb['func'], cb['error']), ('on_result', False))
                for e in (res, cb, cbend):
                    self.assertEqual(e['pid'], main)
                    self.assertTrue(r.thread_name(main, e['tid']).endswith('(_handle_results)'))
                printed = r.one('print', text='callback got 49')
                self.assertEqual((printed['pid'], printed['tid']), (main, cb['tid']))
                order = [sub, start, end, res, cb, printed, cbend]
                self.assertEqual([e['t'] for e in order], sorted(e['t'] for e in order))
                # the error path
                esub = r.one('pool.submit', func='boom')
                eend = r.one('pool.task.end', job=esub['job'])
                self.assertFalse(eend['ok'])
                # the exception the worker raised, not the pool's ExceptionWithTraceback wrapper
                self.assertEqual(eend['result'], 'ValueError: no')
                self.assertFalse(r.one('pool.result', job=esub['job'])['ok'])
                self.assertTrue(r.one('pool.callback', job=esub['job'])['error'])
                # map: 3 items in chunks of 2 -> 2 tasks
                msub = r.one('pool.submit', method='map')
                self.assertEqual(msub['chunks'], 2)
                self.assertEqual(sorted(e['index'] for e in r.of('pool.task.start', job=msub['job'])), [0, 1])
                self.assertEqual(len(r.of('pool.result', job=msub['job'])), 2)
                self.assertEqual(r.one('pool.task.start', job=msub['job'], index=0)['args'], '(1, 2)')
                r.one('pool.submit', method='imap')
                r.one('pool.submit', method='apply', args='(6,)')
                r.one('pool.close', object=pool)
                self.assertGreaterEqual(r.one('pool.join', object=pool)['waited_ns'], 0)
                r.one('pool.terminate', object=pool)      # __exit__
                # a Pool's own queues and locks are not traced
                self.assertEqual(r.of('queue.create') + r.of('lock.create'), [])


QUEUE = '''
import multiprocessing as mp
def producer(q, jq):
    q.put("hello")
    q.put([1, 2, 3])
    jq.put(42)
if __name__ == "__main__":
    q = mp.Queue(3)
    jq = mp.JoinableQueue()
    sq = mp.SimpleQueue()
    p = mp.Process(target=producer, args=(q, jq))
    p.start()
    print(q.get(), q.get(), jq.get())
    sq.put(None); print(sq.get())
    p.join()
'''


class QueueEvents(TraceCase):
    def test_put_get_across_processes(self):
        for method in METHODS:
            with self.subTest(method=method):
                r = self.traced(QUEUE, method)
                self.assertEqual((r.rc, r.stdout), (0, "hello [1, 2, 3] 42\nNone\n"), r.dump())
                main = r.main_pid
                creates = {e['type']: e for e in r.of('queue.create')}
                self.assertEqual(sorted(creates), ['JoinableQueue', 'Queue', 'SimpleQueue'])
                self.assertEqual(creates['Queue']['maxsize'], 3)
                self.assertTrue(creates['Queue']['site'].endswith('script.py:8'))
                self.assertEqual(len({e['object'] for e in creates.values()}), 3)
                key = creates['Queue']['object']
                child = r.one('process.spawn')['child_pid']
                puts = r.of('queue.put', object=key)
                gets = r.of('queue.get', object=key)
                self.assertEqual([(e['pid'], e['item']) for e in puts], [(child, "'hello'"), (child, '[1, 2, 3]')])
                self.assertEqual([(e['pid'], e['item']) for e in gets], [(main, "'hello'"), (main, '[1, 2, 3]')])
                self.assertLess(puts[0]['t'], gets[0]['t'])
                jkey = creates['JoinableQueue']['object']
                self.assertEqual(r.one('queue.put', object=jkey)['pid'], child)
                self.assertEqual(r.one('queue.get', object=jkey)['item'], '42')
                skey = creates['SimpleQueue']['object']
                self.assertEqual(r.one('queue.get', object=skey)['item'], 'None')
                self.assertEqual(r.of('lock.create'), [])     # the queues' own locks


LOCK = '''
import multiprocessing as mp, time
def holder(lock, has_it):
    with lock:
        has_it.set()
        time.sleep(0.3)
if __name__ == "__main__":
    lock = mp.Lock()
    print(lock.acquire(), flush=True)          # free: no wait
    lock.release()
    has_it = mp.Event()
    p = mp.Process(target=holder, args=(lock, has_it))
    p.start()
    has_it.wait()
    print(lock.acquire(False))                 # held: no event at all
    t0 = time.monotonic()
    print(lock.acquire(timeout=0.05), time.monotonic() - t0 >= 0.05)   # held: wait, no acquire
    print(lock.acquire(True))                  # waits ~0.25 s
    lock.release()
    p.join()
    rl = mp.RLock(); rl.acquire(); rl.acquire(); rl.release(); rl.release()
    s = mp.BoundedSemaphore(2)
    with s:
        pass
    try:
        s.release()
    except ValueError:
        print("over-release refused")
'''


class LockEvents(TraceCase):
    def test_contention(self):
        for method in METHODS:
            with self.subTest(method=method):
                r = self.traced(LOCK, method)
                self.assertEqual((r.rc, r.stdout), (0, "True\nFalse\nFalse True\nTrue\nover-release refused\n"),
                                 r.dump())
                main = r.main_pid
                creates = {e['type']: e for e in r.of('lock.create')}
                self.assertEqual(sorted(creates), ['BoundedSemaphore', 'Lock', 'RLock'])  # not the Event's
                self.assertEqual(creates['BoundedSemaphore']['value'], 2)
                key = creates['Lock']['object']
                self.assertTrue(key.startswith('h' if method == 'fork' else 'n/mp-'), key)
                child = r.one('process.spawn')['child_pid']
                acq = r.of('lock.acquire', object=key)
                self.assertEqual([(e['pid'], e['waited_ns'] == 0) for e in acq],
                                 [(main, True), (child, True), (main, False)])
                waits = r.of('lock.wait', object=key)
                self.assertEqual([e['pid'] for e in waits], [main, main])   # timeout one + blocking one
                gave_up = r.one('lock.timeout', object=key)                  # the timed one gave up
                self.assertEqual((gave_up['pid'], gave_up['timeout']), (main, 0.05))
                self.assertGreaterEqual(gave_up['waited_ns'], 50_000_000)
                self.assertTrue(waits[0]['t'] < gave_up['t'] < waits[1]['t'])
                rel = r.of('lock.release', object=key)
                self.assertEqual([e['pid'] for e in rel], [main, child, main])
                self.assertGreater(acq[2]['waited_ns'], 100_000_000)
                self.assertLess(rel[1]['t'], acq[2]['t'])                     # child released first
                self.assertLess(waits[1]['t'], rel[1]['t'])
                rkey = creates['RLock']['object']
                self.assertEqual(len(r.of('lock.acquire', object=rkey)), 2)
                self.assertEqual(len(r.of('lock.release', object=rkey)), 2)
                bkey = creates['BoundedSemaphore']['object']
                self.assertEqual(len(r.of('lock.release', object=bkey)), 1)  # the refused one isn't


PRINTS = '''
import multiprocessing as mp, sys, threading
def child():
    print("from child")
    sys.stderr.write("err line\\n")
if __name__ == "__main__":
    sys.stdout.write("par"); sys.stdout.write("tial\\nsecond ")
    print("line")
    t = threading.Thread(target=print, args=("from thread",), name="Printer")
    t.start(); t.join()
    p = mp.Process(target=child); p.start(); p.join()
    print("no newline at end", end="")
'''

FLUSHED = '''
import sys, time
for i in range(3):
    print(i, end=" ", flush=True)
    time.sleep(0.05)
print()
print("a", "b")
'''


class PrintEvents(TraceCase):
    def test_attribution(self):
        for method in METHODS:
            with self.subTest(method=method):
                r = self.traced(PRINTS, method)
                self.assertEqual(r.rc, 0, r.dump())
                self.assertEqual(r.stdout, "partial\nsecond line\nfrom thread\nfrom child\nno newline at end")
                self.assertEqual(r.stderr, "err line\n")
                main, child = r.main_pid, r.one('process.spawn')['child_pid']
                texts = [(e['pid'], e['stream'], e['text']) for e in r.of('print')]
                self.assertEqual(texts, [(main, 'stdout', 'partial'), (main, 'stdout', 'second line'),
                                         (main, 'stdout', 'from thread'), (child, 'stdout', 'from child'),
                                         (child, 'stderr', 'err line'), (main, 'stdout', 'no newline at end')])
                # the last output never got its newline: recorded at exit, marked partial, not lost
                self.assertEqual([e.get('partial') for e in r.of('print')], [None] * 5 + [True])
                th = r.one('print', text='from thread')
                self.assertEqual(r.thread_name(main, th['tid']), 'Printer')
                self.assertEqual(r.thread_name(main, r.one('print', text='partial')['tid']), 'MainThread')

    def test_flushed_partial_lines_are_stamped_when_written(self):
        r = self.traced(FLUSHED, 'fork')
        self.assertEqual(r.stdout, "0 1 2 \na b\n")
        prints = r.of('print')
        self.assertEqual([(e['text'], e.get('partial', False)) for e in prints],
                         [('0 ', True), ('1 ', True), ('2 ', True), ('a b', False)])
        # each number is stamped when it was flushed, about 50 ms apart, not all at the newline
        self.assertGreater(prints[2]['t'] - prints[0]['t'], 80_000_000)

    def test_unfinished_lines(self):
        # a thread's and a child's last output without "\n", and a final write("x") in the main
        # process: each is a print marked partial, in its own process and thread; the main
        # process's unfinished "a" before the fork stays the main process's
        src = (
            "import multiprocessing as mp, sys, threading\n"
            "def child():\n    print('child', end='')\n"
            "def worker():\n    sys.stdout.write('thread')\n"
            "if __name__ == '__main__':\n"
            "    print('a', end='')\n"
            "    p = mp.Process(target=child); p.start(); p.join()\n"
            "    t = threading.Thread(target=worker, name='W'); t.start(); t.join()\n"
            "    sys.stdout.write('x')\n")
        for method in METHODS:
            with self.subTest(method=method):
                r = self.traced(src, method)
                self.assertEqual(r.rc, 0, r.dump())
                main, child = r.main_pid, r.one('process.spawn')['child_pid']
                # a part flushed before the fork ('a': multiprocessing flushes stdout) is recorded when it was
                # flushed; the rest at exit: per process and thread, the parts still read 'ax'
                joined = {}
                for e in r.of('print'):
                    self.assertTrue(e.get('partial'), e)
                    joined[(e['pid'], e['text'] == 'thread')] = joined.get((e['pid'], e['text'] == 'thread'), '') + e['text']
                self.assertEqual(sorted(joined.values()), sorted(['ax', 'thread', 'child']))
                self.assertEqual(r.thread_name(main, r.one('print', text='thread')['tid']), 'W')


if __name__ == '__main__':
    unittest.main()
