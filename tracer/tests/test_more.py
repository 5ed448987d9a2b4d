import unittest
from mpt_helper import TraceCase

THREADPOOL = '''
from multiprocessing.pool import ThreadPool
import multiprocessing as mp
def add(a, b):
    return a + b
if __name__ == "__main__":
    with ThreadPool(2) as tp:
        print(tp.starmap(add, [(1, 2), (3, 4)]))
        print(sorted(tp.imap_unordered(abs, [-1, -2])))
        print(tp.starmap_async(add, [(5, 6)]).get())
'''

DEAD_READER = '''
import multiprocessing as mp, os, queue, signal, time
def reader(q):
    q.get()                 # blocks holding the queue's read lock
if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=reader, args=(q,)); p.start()
    time.sleep(0.3)
    os.kill(p.pid, signal.SIGKILL); p.join()     # dies holding the read lock
    q.put("x")
    time.sleep(0.1)
    try:
        q.get(timeout=0.2)
    except queue.Empty:
        print("empty")
'''

SIGNALS = '''
import multiprocessing as mp, signal, sys
hits = []
def on_alarm(signum, frame):
    hits.append(1)
    print("tick", len(hits))            # emits from inside a signal handler
signal.signal(signal.SIGALRM, on_alarm)
signal.setitimer(signal.ITIMER_REAL, 0.0005, 0.0005)
lock = mp.Lock()
for i in range(30000):
    with lock:
        pass
    if len(hits) > 40:
        break
signal.setitimer(signal.ITIMER_REAL, 0)
print("done", len(hits) > 0)
'''

IDENTS = '''
import threading
for name in ("first", "second", "third"):
    t = threading.Thread(target=print, args=(name,), name=name)
    t.start(); t.join()
'''


VALUE = '''
import multiprocessing as mp
def inc(v):
    with v.get_lock():
        v.value += 1
if __name__ == "__main__":
    v = mp.Value("i", 0)
    done = mp.Event()                        # its internal lock/semaphore: not traced
    ps = [mp.Process(target=inc, args=(v,)) for _ in range(2)]
    for p in ps: p.start()
    for p in ps: p.join()
    print(v.value)
'''


class More(TraceCase):
    def test_value_lock_is_the_programs(self):
        for method in ('fork', 'spawn'):
            with self.subTest(method=method):
                r = self.traced(VALUE, method)
                self.assertEqual((r.rc, r.stdout), (0, "2\n"), r.dump())
                create = r.one('lock.create')
                self.assertEqual(create['type'], 'RLock')
                self.assertTrue(create['site'].endswith('script.py:7'))
                children = {e['child_pid'] for e in r.of('process.spawn')}
                # per child: get_lock() once, then .value read and write (recursive RLock)
                for c in children:
                    self.assertEqual(len(r.of('lock.acquire', pid=c, object=create['object'])), 3)

    def test_thread_pool_in_one_process(self):
        r = self.traced(THREADPOOL, 'spawn')
        self.assertEqual((r.rc, r.stdout), (0, "[3, 7]\n[1, 2]\n[11]\n"), r.dump())
        # no process but the resource tracker (Pool's own notifier queue has named semlocks)
        self.assertEqual({h[0]['role'] for p, h in r.procs.items() if p != r.main_pid},
                         {'resource_tracker'})
        self.assertEqual(r.of('process.spawn'), [])
        self.assertEqual([e['method'] for e in r.of('pool.submit')],
                         ['starmap', 'imap_unordered', 'starmap_async'])
        self.assertEqual(r.of('pool.submit', method='starmap')[0]['func'], 'add')
        starts = r.of('pool.task.start')
        self.assertEqual(len(starts), 5)
        for e in starts:
            self.assertTrue(r.thread_name(r.main_pid, e['tid']).startswith('Thread-'), e)
            self.assertNotEqual(e['tid'], r.header(r.main_pid)['tid'])

    def test_signal_handler_printing_during_tracing(self):
        for writer in ('mmap', 'write'):
            with self.subTest(writer=writer):
                r = self.traced(SIGNALS, env_extra={'MPTUTOR_TRACE_WRITER': writer}, timeout=60)
                self.assertEqual(r.rc, 0, r.stderr)
                self.assertTrue(r.stdout.endswith("done True\n"))
                # a tick printed while this thread was inside its own write is written
                # right after it: never deadlocked or lost.  (A handler that runs between
                # print's two writes makes one line hold two ticks, on stdout as here.)
                ticks = sum(e['text'].count('tick') for e in r.of('print'))
                self.assertEqual(ticks, r.stdout.count('tick'))
                self.assertEqual(len(r.of('lock.acquire')), len(r.of('lock.release')))

    def test_get_blocked_by_a_dead_readers_lock_says_it_waits(self):
        r = self.traced(DEAD_READER, 'fork')
        self.assertEqual(r.stdout, 'empty\n', r.dump())
        main = r.main_pid
        timeout = r.one('queue.timeout', op='get')
        self.assertEqual(timeout['pid'], main)
        waits = [e for e in r.of('queue.wait', op='get') if e['pid'] == main]
        self.assertEqual(len(waits), 1, r.dump())
        self.assertLess(waits[0]['t'], timeout['t'])

    def test_reused_thread_idents_are_renamed(self):
        r = self.traced(IDENTS)
        for name in ("first", "second", "third"):
            e = r.one('print', text=name)
            self.assertEqual(r.thread_name_at(e), name)


def thread_name_at(self, event):
    """Name of the thread line for event's tid that precedes it (idents are reused)."""
    name = None
    for e in sorted(self.procs[event['pid']], key=lambda e: e['n']):
        if e['n'] > event['n']:
            break
        if e['kind'] == 'thread' and e['tid'] == event['tid']:
            name = e['name']
    return name


import mpt_helper  # noqa: E402
mpt_helper.Run.thread_name_at = thread_name_at

if __name__ == '__main__':
    unittest.main()
