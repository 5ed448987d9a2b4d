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
