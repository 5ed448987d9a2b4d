"""Gaps 24C (docs/truth-review.md): a ProcessPoolExecutor's replacement worker names its executor."""
import textwrap
import unittest
from mpt_helper import TraceCase

# max_tasks_per_child=1, one worker: after the first item the worker leaves, and the executor's manager thread starts
# its replacement (_adjust_process_count) while the main thread sleeps, outside any submit().
REPLACED = textwrap.dedent('''
    import multiprocessing as mp
    import os
    import sys
    import time
    from concurrent.futures import ProcessPoolExecutor
    def pid(_):
        return os.getpid()
    if __name__ == "__main__":
        ex = ProcessPoolExecutor(max_workers=1, mp_context=mp.get_context(sys.argv[1]), max_tasks_per_child=1)
        a = ex.submit(pid, 0).result()
        time.sleep(1.0)
        b = ex.submit(pid, 1).result()
        ex.shutdown()
        print("two workers:", a != b, flush=True)
''')

# A thread's put of 1 MB holds the SimpleQueue's write lock while nobody reads; the main thread's put then waits for
# the lock until a reader (a timer thread) takes the big item.
PUT_WAITS_FOR_WLOCK = textwrap.dedent('''
    import multiprocessing as mp
    import sys
    import threading
    import time
    if __name__ == "__main__":
        q = mp.get_context(sys.argv[1]).SimpleQueue()
        big = threading.Thread(target=q.put, args=(b"x" * 1000000,), name="big")
        big.start()
        time.sleep(0.3)
        reader = threading.Timer(0.5, lambda: print(len(q.get()), len(q.get()), flush=True))
        reader.start()
        q.put(b"small")
        big.join()
        reader.join()
''')


class SimpleQueuePutWriteLock(TraceCase):
    def test_a_put_that_finds_the_write_lock_taken_records_its_wait(self):
        r = self.traced(PUT_WAITS_FOR_WLOCK, 'fork', args=('fork',))
        self.assertEqual((r.rc, r.stdout), (0, "1000000 5\n"), r.dump())
        wait = r.one('queue.wlock.wait')
        self.assertEqual((wait['by'], r.thread_name(r.main_pid, wait['tid'])), ('put', 'MainThread'))
        waited = r.one('queue.wlock.waited')
        self.assertEqual((waited['object'], waited['tid']), (wait['object'], wait['tid']))
        self.assertGreater(waited['waited_ns'], 200_000_000)       # until the reader took the big item, 0.5 s later
        puts = r.of('queue.put')
        self.assertEqual(len(puts), 2, r.dump())
        small = next(e for e in puts if e['tid'] == wait['tid'])
        self.assertLess(waited['t'], small['t'])


class ReplacementWorker(TraceCase):
    def test_a_worker_started_by_the_manager_thread_names_its_executor(self):
        for method in ('spawn', 'forkserver'):
            with self.subTest(method=method):
                r = self.traced(REPLACED, method, args=(method,))
                self.assertEqual((r.rc, r.stdout), (0, "two workers: True\n"), r.dump())
                key = r.one('executor.create')['object']
                spawns = r.of('process.spawn')
                self.assertGreaterEqual(len(spawns), 2, r.dump())
                threads = [r.thread_name(r.main_pid, e['tid']) for e in spawns]
                self.assertIn('MainThread', threads)
                self.assertTrue(any(t != 'MainThread' for t in threads), threads)   # the manager thread's replacement
                self.assertEqual([e['executor'] for e in spawns], [key] * len(spawns), r.dump())


if __name__ == '__main__':
    unittest.main()
