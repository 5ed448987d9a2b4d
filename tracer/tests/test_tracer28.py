"""Tracer 28 (docs/truth-review.md): a Queue get that finds its item put but not yet written by the putter's feeder
thread says `queue.wait` with `in_flight` as the compact line `w` (compact_lines.py), which the readers put back as
the JSON line the tracer wrote before: the same kind, object, op and flag, in the same place among the get's lines."""
import textwrap
import unittest
from mpt_helper import TraceCase, run

# Slow's pickling (in the feeder thread) sleeps: each get below finds its item still in flight, whatever the load.
PROGRAM = textwrap.dedent('''
    import multiprocessing as mp
    import sys
    import time
    class Slow:
        def __reduce__(self):
            time.sleep(0.05)
            return (int, (7,))
    if __name__ == "__main__":
        ctx = mp.get_context(sys.argv[1])
        early = ctx.Queue()
        p = ctx.Process(target=abs, args=(0,))
        p.start()
        p.join()        # a fork since `early` was made: its reads ask the kernel (FIONREAD), not the feeder's count
        for q in (ctx.Queue(), ctx.Queue(3), early):
            for _ in range(3):
                q.put(Slow())
                assert q.get() == 7
        print("ok", flush=True)
''')


class InFlightWaitIsCompact(TraceCase):
    def test_each_in_flight_wait_is_a_compact_line_read_as_its_json_line(self):
        r = self.traced(PROGRAM, 'fork', args=('fork',))
        self.assertEqual((r.rc, r.stdout), (0, 'ok\n'), r.dump())
        self.assertIn('w', r.compact_letters, r.compact_letters)
        main = [e for e in r.events if e['pid'] == r.of('queue.put')[0]['pid']]
        keys = []
        for e in r.of('queue.put'):
            if e['object'] not in keys:
                keys.append(e['object'])
        self.assertEqual(len(keys), 3, r.dump())
        for key in keys:
            lines = [(e['kind'], e.get('op'), e.get('in_flight')) for e in main
                     if e.get('object') == key and e['kind'] in ('queue.put', 'queue.wait', 'queue.get')]
            self.assertEqual(lines, [('queue.put', None, None), ('queue.wait', 'get', True), ('queue.get', None, None)] * 3,
                             key)
        for w in r.of('queue.wait'):
            self.assertEqual(sorted(w), sorted(['kind', 't', 'n', 'tid', 'object', 'op', 'in_flight', 'pid']), w)

    def test_the_same_output_untraced(self):
        u = run(PROGRAM, 'fork', trace=False, args=('fork',))
        self.assertEqual((u.rc, u.stdout), (0, 'ok\n'), u.stderr)


if __name__ == '__main__':
    unittest.main()
