"""Gaps 31B (docs/truth-review.md): a ThreadPoolExecutor broken by its worker thread's initializer is recorded.

3.11's thread.py breaks the pool in the worker thread (`_initializer_failed()`), which the tracer did not see: no
`executor.broken` was written, so nothing on the screen said the pool broke.  Now that thread writes one, before the
queued items are failed (their waiters' rows come after it), once (a second worker's failure breaks nothing new), and
the program sees the same outcome traced and untraced."""
import textwrap
import unittest
from mpt_helper import TraceCase, run


BREAKS = textwrap.dedent('''
    import concurrent.futures as cf, threading, time
    gate = threading.Event()
    def bad():
        gate.wait(10)
        raise OSError("no config")
    def work(x):
        return x
    if __name__ == "__main__":
        pool = cf.ThreadPoolExecutor(max_workers=2, initializer=bad)
        items = [pool.submit(work, i) for i in range(4)]
        time.sleep(0.2)     # both worker threads wait in bad(): all four items stay queued
        gate.set()
        print([type(f.exception(10)).__name__ for f in items])
        try:
            pool.submit(work, 9)
        except cf.thread.BrokenThreadPool as e:
            print("refused", e)
        pool.shutdown()
''')


class ThreadPoolBrokenByInitializer(TraceCase):
    def test_the_break_is_recorded_once_in_the_worker_thread(self):
        plain = run(BREAKS, trace=False)
        r = self.traced(BREAKS)
        self.assertEqual(r.rc, 0, r.stderr)
        self.assertEqual(r.stdout, plain.stdout)
        self.assertIn("['BrokenThreadPool', 'BrokenThreadPool', 'BrokenThreadPool', 'BrokenThreadPool']", r.stdout)
        broken = [e for e in r.events if e['kind'] == 'executor.broken']
        self.assertEqual(len(broken), 1, broken)
        b = broken[0]
        self.assertEqual(b['pending'], 4)
        self.assertEqual(b['error'], 'A thread initializer failed, the thread pool is not usable anymore')
        create = [e for e in r.events if e['kind'] == 'executor.create']
        self.assertEqual(b['object'], create[0]['object'])
        self.assertNotEqual(b['tid'], create[0]['tid'])     # in the worker thread, not the program's
        # after its thread's failed initializer, before any waiter saw BrokenThreadPool
        ends = [e for e in r.events if e['kind'] == 'executor.init.end' and e['tid'] == b['tid']]
        self.assertEqual([e['ok'] for e in ends], [False])
        self.assertLess(ends[0]['t'], b['t'])
        reads = [e for e in r.events if e['kind'] in ('future.read', 'future.waited')]
        self.assertTrue(reads and all(e['t'] > b['t'] for e in reads), reads)


if __name__ == '__main__':
    unittest.main()
