"""Tracer 25 (docs/truth-review.md): a Queue's put/get of an int item and the Pool's apply_async lines are written as
compact lines (compact_lines.py), and say what the JSON lines said: the same items, arguments and results at the edges
of the compact range (ints beyond it, and other items, keep the JSON lines), nothing lost at os._exit."""
import textwrap
import unittest
from mpt_helper import TraceCase

EDGES = [0, 5, -7, 2**63 - 1, -(2**63 - 1), 2**63, -(2**63), 2**70, 's', None, True]
ARGS = [0, 4, -2, 2**62, 2**63 - 1, 2**63]

PROGRAM = textwrap.dedent('''
    import multiprocessing as mp
    import os
    import sys
    def triple(x):
        return 3 * x
    if __name__ == "__main__":
        ctx = mp.get_context(sys.argv[1])
        for q in (ctx.Queue(), ctx.Queue(3)):
            for x in %r:
                q.put(x)
                assert q.get() == x
        with ctx.Pool(2) as pool:
            rs = [pool.apply_async(triple, (x,)) for x in %r]
            print([r.get() == 3 * x for r, x in zip(rs, %r)], flush=True)
        q = ctx.Queue()
        for i in range(5):
            q.put(i)
            q.get()
        sys.stdout.flush()
        os._exit(0)     # no exit handler, no flush of ours: every line already in the mapping
''' % (EDGES, ARGS, ARGS))


def shown(x):
    """A queue item as the JSON lines always wrote it: an int as its decimal text in a JSON string, else its repr."""
    return str(x) if type(x) is int else {'s': "'s'", None: 'None', True: 'True'}[x]


class CompactQueueAndPoolLines(TraceCase):
    def test_the_hot_lines_are_compact_and_say_what_the_json_lines_said(self):
        run = self.traced(PROGRAM, 'fork', args=('fork',))
        self.assertEqual((run.rc, run.stdout), (0, '[True, True, True, True, True, True]\n'), run.dump())
        for kind in ('queue.put', 'queue.get'):
            want = [shown(x) for x in EDGES] * 2 + [str(i) for i in range(5)]
            self.assertEqual([e['item'] for e in run.of(kind)], want, kind)
            self.assertEqual([e['depth'] for e in run.of(kind)], [1 if kind == 'queue.put' else 0] * len(want), kind)
        self.assertEqual([e['args'] for e in run.of('pool.submit')], ['(%d,)' % x for x in ARGS])
        self.assertEqual(sorted(e['args'] for e in run.of('pool.task.start')), sorted('(%d,)' % x for x in ARGS))
        self.assertEqual(sorted(e['result'] for e in run.of('pool.task.end')), sorted(str(3 * x) for x in ARGS))
        jobs = sorted(e['job'] for e in run.of('pool.submit'))
        self.assertEqual(sorted(e['job'] for e in run.of('pool.get') if e['ok']), jobs)
        self.assertEqual(sorted(e['job'] for e in run.of('pool.result') if e['ok']), jobs)
        for e in run.of('pool.submit'):
            self.assertEqual((e['func'], e['chunks'], e['method']), ('triple', 1, 'apply_async'))
        self.assertTrue(all(e['call'] is True and e['items'] is None for e in run.of('pool.task.start')))
        # the files held compact lines of every new shape (what the test read above was put back from them)
        self.assertLessEqual(set('qgABEG'), run.compact_letters, run.compact_letters)


if __name__ == '__main__':
    unittest.main()
