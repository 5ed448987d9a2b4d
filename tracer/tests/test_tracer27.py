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
        first_print = r.of('print')[0]['t']
        self.assertEqual([w for w in r.of('queue.wait') if w['t'] < first_print], [], r.dump())

    def test_the_same_output_untraced(self):
        u = run(PROGRAM, 'fork', trace=False, args=('fork',))
        self.assertEqual((u.rc, u.stdout), (0, OUT % 'untraced'), u.stderr)


if __name__ == '__main__':
    unittest.main()
