"""Tracer 26 (docs/truth-review.md): a traced Queue's get reads its item under the read lock with os.read straight,
not through the library's `Connection._recv` (one Python frame and a BytesIO less, twice a get), and reads the same
items: small ones, items bigger than a pipe holds at once (short reads finished as `_recv` finishes them), an item a
child writes while the get waits for it."""
import textwrap
import unittest
from mpt_helper import TraceCase, run

PROGRAM = textwrap.dedent('''
    import multiprocessing as mp
    import os
    import sys
    import time
    calls = [0]
    def count(frame, event, arg):
        if event == 'call' and frame.f_code.co_name == '_recv' and frame.f_code.co_filename.endswith('connection.py'):
            calls[0] += 1
    def late(q, item):
        time.sleep(0.3)
        q.put(item)
    if __name__ == "__main__":
        ctx = mp.get_context(sys.argv[1])
        q = ctx.Queue()
        p = ctx.Process(target=os.getpid)   # the pipe is held by a child since: every get asks FIONREAD
        p.start()
        p.join()
        items = [5, 'x' * 10, b'y' * 60000, list(range(1000))]     # each whole in the pipe before its get
        for x in items:
            q.put(x)
        time.sleep(0.5)     # the feeder has written every item
        sys.settrace(count)
        got = [q.get() for _ in items]
        sys.settrace(None)
        print(got == items, calls[0] if os.environ.get('MPTUTOR_TRACE_DIR') else 'untraced', flush=True)
        big = [b'z' * 65536, b'v' * (3 << 20), 7]     # bigger than the pipe holds: the get finds part of it
        for x in big:
            q.put(x)
        print([q.get() for _ in big] == big, flush=True)
        c = ctx.Process(target=late, args=(q, b'w' * (1 << 20)))
        c.start()
        print(len(q.get()), flush=True)     # waits for the child's item, bigger than the pipe
        c.join()
''')


class DirectReads(TraceCase):
    def test_a_get_reads_its_item_without_the_librarys_recv(self):
        r = self.traced(PROGRAM, 'fork', args=('fork',))
        self.assertEqual((r.rc, r.stdout), (0, 'True 0\nTrue\n1048576\n'), r.dump())
        gets = r.of('queue.get')
        self.assertEqual(len(gets), 8, r.dump())
        self.assertEqual(gets[0]['item'], '5')

    def test_the_same_items_and_output_untraced(self):
        u = run(PROGRAM, 'fork', trace=False, args=('fork',))
        self.assertEqual((u.rc, u.stdout), (0, 'True untraced\nTrue\n1048576\n'), u.stderr)


if __name__ == '__main__':
    unittest.main()
