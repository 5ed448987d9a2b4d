"""Gaps 22B (docs/truth-review.md): tracer-side leftovers of round 20 and gaps 21B."""
import textwrap
import unittest
from mpt_helper import TraceCase

# A child's feeder writes an item bigger than the pipe: it holds the queue's shared write lock until someone reads.
# The parent waits (public API only) until bytes are in the pipe, so the child's feeder holds the lock, then puts.
HELD_BY_CHILD = textwrap.dedent('''
    import multiprocessing as mp
    import sys
    import time
    def writer(q):
        q.put(b"x" * 1_000_000)
        time.sleep(60)
    if __name__ == "__main__":
        ctx = mp.get_context(sys.argv[1])
        q = ctx.Queue()
        p = ctx.Process(target=writer, args=(q,), name="writer")
        p.start()
        while q.empty():
            time.sleep(0.02)
        MODE
''')

FREED = '''q.put("hello")
    time.sleep(0.3)
    print(len(q.get()), q.get(), flush=True)
    p.terminate()
    p.join()'''

KILLED = '''p.kill()
    p.join()
    q.put("hello")
    time.sleep(0.5)
    q.cancel_join_thread()
    print("exitcode", p.exitcode, flush=True)'''


class FeederWriteLock(TraceCase):
    def test_a_feeder_that_waits_for_the_write_lock_says_so_and_when_it_got_it(self):
        for method in ('fork', 'spawn'):
            with self.subTest(method=method):
                r = self.traced(HELD_BY_CHILD.replace('MODE', FREED), method, args=(method,))
                self.assertEqual((r.rc, r.stdout), (0, "1000000 hello\n"), r.dump())
                wait = r.one('queue.wlock.wait')
                self.assertEqual((wait['pid'], wait['by']), (r.main_pid, 'feeder'), r.dump())
                self.assertEqual(wait['object'], r.one('queue.create', pid=r.main_pid)['object'])
                self.assertEqual(r.thread_name(r.main_pid, wait['tid']), 'QueueFeederThread')
                waited = r.one('queue.wlock.waited')
                self.assertEqual((waited['pid'], waited['tid'], waited['object']), (wait['pid'], wait['tid'], wait['object']))
                self.assertEqual(waited['waited_ns'], waited['t'] - wait['t'])
                self.assertLess(wait['t'], r.of('queue.get', pid=r.main_pid)[0]['t'])   # the lock freed only once read

    def test_a_lock_left_held_by_a_killed_process_leaves_the_wait_unfinished(self):
        r = self.traced(HELD_BY_CHILD.replace('MODE', KILLED), 'fork', args=('fork',))
        self.assertEqual((r.rc, r.stdout), (0, "exitcode -9\n"), r.dump())
        wait = r.one('queue.wlock.wait')
        self.assertEqual((wait['pid'], wait['by']), (r.main_pid, 'feeder'), r.dump())
        self.assertEqual(r.of('queue.wlock.waited'), [], r.dump())

    def test_a_free_lock_writes_no_wait(self):
        code = textwrap.dedent('''
            import multiprocessing as mp
            import sys
            def echo(q, out):
                for _ in range(50):
                    out.put(q.get())
            if __name__ == "__main__":
                ctx = mp.get_context(sys.argv[1])
                q, out = ctx.Queue(), ctx.Queue()
                p = ctx.Process(target=echo, args=(q, out))
                p.start()
                for i in range(50):
                    q.put(i)
                print(sum(out.get() for _ in range(50)), flush=True)
                p.join()
        ''')
        r = self.traced(code, 'fork', args=('fork',))
        self.assertEqual((r.rc, r.stdout), (0, "1225\n"), r.dump())
        self.assertEqual(r.of('queue.wlock.wait') + r.of('queue.wlock.waited'), [], r.dump())


if __name__ == '__main__':
    unittest.main()


IMPORT_AT_FORK = textwrap.dedent('''
    MP
    import os
    import sys
    import tempfile
    import threading
    import time
    d = tempfile.mkdtemp()
    with open(os.path.join(d, "slowmod.py"), "w") as f:
        f.write("import time\\ntime.sleep(1.5)\\n")
    sys.path.insert(0, d)
    begun = threading.Event()
    def load():
        begun.set()
        import slowmod
    t = threading.Thread(target=load, name="importer")
    t.start()
    begun.wait()
    time.sleep(0.4)
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    os.waitpid(pid, 0)
    t.join()
    print("done", flush=True)
''')


class HandForkImportLock(TraceCase):
    def test_a_hand_forked_child_records_an_import_lock_another_thread_held(self):
        """Round 20: import.lock.held was recorded for multiprocessing's fork children, not for os.fork()'s."""
        for mp in ('import multiprocessing', 'pass'):
            with self.subTest(mp=mp):
                r = self.traced(IMPORT_AT_FORK.replace('MP', mp))
                self.assertEqual((r.rc, r.stdout), (0, "done\n"), r.dump())
                start = r.one('process.start', role='child')
                held = r.one('import.lock.held')
                self.assertEqual((held['pid'], held['module'], held['holder']), (start['pid'], 'slowmod', 'importer'), r.dump())
                self.assertLess(start['n'], held['n'])
