"""Tracer 27 (docs/truth-review.md): a traced Queue's put that finds a slot free runs Queue.put's code in the
wrapper's frame (no library put, no `with self._notempty`), and a blocking get whose item waits whole in the pipe (counted by the
feeder's send, the read lock free) does Queue.get's work in the wrapper's own frame: no library `get` frame, no
`with self._rlock` (SemLock.__enter__/__exit__), no recv_bytes closure; the same items, the same depth, and an item
that fails to unpickle fails in the library's get (the same traceback, and `queue.get` with `unpickle_error`)."""
import textwrap
import unittest
from mpt_helper import TraceCase, run

PROGRAM = textwrap.dedent('''
    import multiprocessing as mp
    import os
    import sys
    import time
    import traceback
    frames = []
    def count(frame, event, arg):
        c = frame.f_code
        if event == 'call' and os.sep + 'multiprocessing' + os.sep in c.co_filename:
            frames.append(c.co_name)
    class Bad:
        def __reduce__(self):
            return (int, ('x',))
    if __name__ == "__main__":
        ctx = mp.get_context(sys.argv[1])
        q, b = ctx.Queue(), ctx.Queue(3)
        items = [5, 'x' * 10, b'y' * 60000, list(range(1000)), None]
        q.put(0), b.put(0)      # the feeder threads started (Queue._start_thread)
        q.get(), b.get()
        sys.settrace(count)
        for x in items:
            q.put(x)
        b.put(1), b.put(2), b.put(3)
        time.sleep(0.5)     # the feeders have written every item
        got = [q.get() for _ in items]
        got_b = [b.get(), b.get()]
        sys.settrace(None)
        traced = os.environ.get('MPTUTOR_TRACE_DIR')
        print(got == items, got_b, b.qsize(), sorted(set(frames)) if traced else 'untraced', flush=True)
        b.put(4)    # a slot freed by the gets above: no wait
        print(b.get(), b.get(), flush=True)
        q.put(Bad())
        time.sleep(0.3)
        try:
            q.get()
        except ValueError:
            tb = traceback.format_exc()
            print(tb.count('File '), 'queues.py", line' in tb, 'return _ForkingPickler.loads(res)' in tb,
                  'mptutor' in tb, flush=True)
        q.put(6)
        print(q.get(timeout=5), flush=True)
''')
OUT = "True [1, 2] 1 %s\n3 4\n2 True True False\n6\n"


class OneFrameGet(TraceCase):
    def test_a_whole_item_is_read_in_the_wrappers_frame(self):
        r = self.traced(PROGRAM, 'fork', args=('fork',))
        self.assertEqual((r.rc, r.stdout), (0, OUT % '[]'), r.dump())
        gets = r.of('queue.get')[2:]    # (the two warm-up gets)
        self.assertEqual([g['item'] for g in gets[:7]], ['5', "'xxxxxxxxxx'", gets[2]['item'], gets[3]['item'], 'None',
                                                         '1', '2'], r.dump())
        self.assertEqual([g.get('depth') for g in gets[:7]], [4, 3, 2, 1, 0, 2, 1], r.dump())
        self.assertEqual(gets[9].get('unpickle_error'), "ValueError: invalid literal for int() with base 10: 'x'")
        self.assertEqual(gets[10]['item'], '6')
        first_print, warm = r.of('print')[0]['t'], r.of('queue.get')[1]['t']     # (after the warm-up gets)
        self.assertEqual([w for w in r.of('queue.wait') if warm < w['t'] < first_print], [], r.dump())

    def test_the_same_output_untraced(self):
        u = run(PROGRAM, 'fork', trace=False, args=('fork',))
        self.assertEqual((u.rc, u.stdout), (0, OUT % 'untraced'), u.stderr)


if __name__ == '__main__':
    unittest.main()


POOL = textwrap.dedent('''
    import multiprocessing as mp
    import os
    import sys
    import time
    calls = [0]
    def count(frame, event, arg):
        if event == 'call' and frame.f_code.co_name == '_recv' and frame.f_code.co_filename.endswith('connection.py'):
            calls[0] += 1
    def start():
        sys.settrace(count)
    def task(x):
        if x == 0:
            time.sleep(0.5)     # meanwhile the other tasks are written whole to the pipe
        return calls[0]
    def size(b):
        return len(b)
    if __name__ == "__main__":
        ctx = mp.get_context(sys.argv[1])
        with ctx.Pool(1, start) as pool:
            rs = [pool.apply_async(task, (i,)) for i in range(5)]
            seen = [r.get() for r in rs][1:]
            steps = {b - a for a, b in zip(seen, seen[1:])}
            print(steps if os.environ.get("MPTUTOR_TRACE_DIR") else ("untraced", steps), flush=True)
            print(pool.map(size, [b'x' * 300000, b'y', 'z' * 70000], chunksize=1), flush=True)
''')


class OneFrameTaskTake(TraceCase):
    def test_a_worker_reads_a_task_that_waits_whole_without_the_librarys_recv(self):
        r = self.traced(POOL, 'fork', args=('fork',))
        self.assertEqual((r.rc, r.stdout), (0, '{0}\n[300000, 1, 70000]\n'), r.dump())
        self.assertEqual(len(r.of('pool.task.start')), 8, r.dump())

    def test_the_same_output_untraced(self):
        u = run(POOL, 'fork', trace=False, args=('fork',))
        self.assertEqual((u.rc, u.stdout), (0, "('untraced', {2})\n[300000, 1, 70000]\n"), u.stderr)    # 2 _recv a task


UNPICKLABLE_TASK = textwrap.dedent('''
    import multiprocessing as mp
    import sys
    import time
    class Bad:
        def __reduce__(self):
            return (int, ('x',))
    def slow(x):
        time.sleep(0.5)     # meanwhile the next task waits whole in the pipe: read in one frame, then not unpickled
        return x
    if __name__ == "__main__":
        pool = mp.get_context(sys.argv[1]).Pool(1)
        a, b = pool.apply_async(slow, (1,)), pool.apply_async(slow, (Bad(),))
        print(a.get(), flush=True)
        try:
            b.get(timeout=1.5)
        except mp.TimeoutError:
            print('lost', flush=True)
        pool.terminate()
''')


class UnpicklableTask(TraceCase):
    def test_the_workers_traceback_and_record_are_the_librarys(self):
        r = self.traced(UNPICKLABLE_TASK, 'fork', args=('fork',))
        u = run(UNPICKLABLE_TASK, 'fork', trace=False, args=('fork',))
        self.assertEqual((r.rc, r.stdout), (0, '1\nlost\n'), r.dump())
        self.assertEqual((r.rc, r.stdout, r.stderr.replace(r.tmp, '') if hasattr(r, 'tmp') else r.stderr),
                         (u.rc, u.stdout, u.stderr), r.dump())
        self.assertIn('queues.py", line', r.stderr)
        self.assertNotIn('mptutor', r.stderr)
        self.assertEqual([e['error'] for e in r.of('pool.task.get.error')],
                         ["ValueError: invalid literal for int() with base 10: 'x'"], r.dump())
