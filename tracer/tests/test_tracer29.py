"""Tracer 29 (docs/truth-review.md): a Pool's map of one item a chunk writes its workers' start and end as the compact
lines C and F and its results as D (read back as the JSON lines the tracer wrote before); the parent's apply_async,
ApplyResult._set and a library Event's __init__ run the library's code in the wrapper's one frame.  The same events,
the same output, the library's own traceback for a pool that is not running."""
import re
import sys
import textwrap
import unittest
from mpt_helper import TraceCase, run

MAP = textwrap.dedent('''
    import multiprocessing as mp
    def f(x):
        return x
    if __name__ == "__main__":
        items = [0, 5, -1, 2**63 - 1, -(2**63 - 1), 2**63, -2**70, True, "a"]
        with mp.get_context("fork").Pool(2) as pool:
            print(pool.map(f, items, chunksize=1), pool.map(f, range(4), chunksize=2), flush=True)
''')

# Counts, in the main thread and the result handler thread, the library's frames the one-frame paths save (a
# sys.setprofile counter set before the Pool exists), and the tracer's own frames an apply_async makes.
FRAMES = textwrap.dedent('''
    import collections, multiprocessing as mp, sys, threading
    seen = collections.Counter()
    on = [False]
    def prof(frame, event, arg):
        if on[0] and event == 'call':
            c = frame.f_code
            if c.co_filename.endswith('multiprocessing/pool.py') and c.co_name in ('apply_async', '_check_running', '_set'):
                seen[c.co_name] += 1
            elif 'mptutor_trace' in c.co_filename and c.co_name == '__init__':
                seen['tracer __init__'] += 1
    threading.setprofile(prof)
    if __name__ == "__main__":
        sys.setprofile(prof)
        pool = mp.get_context("fork").Pool(2)
        pool.map(abs, range(4))
        on[0] = True
        got = [r.get() for r in [pool.apply_async(abs, (-i,)) for i in range(50)]]
        on[0] = False
        print(sum(got), sorted(seen.items()), flush=True)
        pool.close()
        pool.join()
        pool.apply_async(abs, (1,))     # not running: the library's ValueError, from its own frames
''')

# A Pipe end's recv() of a message this process sent (its count says it waits whole): the library's recv frames counted
# around the loop (sys.setprofile), items of each kind and both pipe kinds; then one that fails to unpickle (its traceback).
PIPE = textwrap.dedent('''
    import collections, multiprocessing as mp, sys
    def boom(x):
        raise ValueError("cannot load %s" % x)
    class Bad:
        def __reduce__(self):
            return (boom, (7,))
    seen = collections.Counter()
    def prof(frame, event, arg):
        if event == "call" and frame.f_code.co_filename.endswith("multiprocessing/connection.py"):
            seen[frame.f_code.co_name] += 1
    if __name__ == "__main__":
        for duplex in (True, False):
            a, b = mp.Pipe(duplex)
            s, r = (a, b) if duplex else (b, a)
            sys.setprofile(prof)
            for item in (0, -5, 2**63 - 1, 2**64, "x" * 50000, b"", None, [1, 2]):
                s.send(item)
                assert r.recv() == item
            sys.setprofile(None)
        print(seen["recv"], seen["_recv"], seen["send"], flush=True)
        a, b = mp.Pipe()
        a.send(Bad())
        try:
            b.recv()
        except ValueError as e:
            print("caught", e, e.__context__, flush=True)
        a.send(Bad())
        b.recv()
''')


class MapChunkOfOneIsCompact(TraceCase):
    def test_a_chunk_of_one_int_is_C_and_F_and_reads_as_its_json_lines(self):
        r = self.traced(MAP, 'fork')
        u = run(MAP, 'fork', trace=False)
        self.assertEqual((r.rc, r.stdout), (0, u.stdout), r.dump())
        self.assertTrue({'C', 'F', 'D'} <= r.compact_letters, r.compact_letters)
        starts = sorted((e['job'], e['index'], e['args'], e['items'], e['call'], e['func']) for e in r.of('pool.task.start'))
        self.assertEqual(starts, [(0, 0, '(0,)', 1, False, 'f'), (0, 1, '(5,)', 1, False, 'f'), (0, 2, '(-1,)', 1, False, 'f'),
                                  (0, 3, '(9223372036854775807,)', 1, False, 'f'), (0, 4, '(-9223372036854775807,)', 1, False, 'f'),
                                  (0, 5, '(9223372036854775808,)', 1, False, 'f'), (0, 6, '(-1180591620717411303424,)', 1, False, 'f'),
                                  (0, 7, '(True,)', 1, False, 'f'), (0, 8, "('a',)", 1, False, 'f'),
                                  (1, 0, '(0, 1)', 2, False, 'f'), (1, 1, '(2, 3)', 2, False, 'f')])
        ends = sorted((e['job'], e['index'], e['ok'], e['result']) for e in r.of('pool.task.end'))
        self.assertEqual(ends, [(0, 0, True, '[0]'), (0, 1, True, '[5]'), (0, 2, True, '[-1]'), (0, 3, True, '[9223372036854775807]'),
                                (0, 4, True, '[-9223372036854775807]'), (0, 5, True, '[9223372036854775808]'),
                                (0, 6, True, '[-1180591620717411303424]'), (0, 7, True, '[True]'), (0, 8, True, "['a']"),
                                (1, 0, True, '[0, 1]'), (1, 1, True, '[2, 3]')])
        for e in r.of('pool.task.start'):
            self.assertEqual(list(e), ['kind', 't', 'n', 'tid', 'job', 'index', 'func', 'args', 'items', 'call', 'pid'], e)
        for e in r.of('pool.task.end'):
            self.assertEqual(list(e), ['kind', 't', 'n', 'tid', 'job', 'index', 'ok', 'result', 'pid'], e)
        results = sorted((e['job'], e['index'], e['ok']) for e in r.of('pool.result'))
        self.assertEqual(results, [(0, i, True) for i in range(9)] + [(1, 0, True), (1, 1, True)])
        for e in r.of('pool.result'):
            self.assertEqual(list(e), ['kind', 't', 'n', 'tid', 'object', 'job', 'index', 'ok', 'pid'], e)


class ParentOneFrame(TraceCase):
    def test_apply_async_set_and_the_event_run_in_the_wrappers_frame(self):
        r = self.traced(FRAMES, 'fork')
        u = run(FRAMES, 'fork', trace=False)
        # untraced: each apply_async calls the library's apply_async, _check_running, and the result handler its _set
        self.assertEqual(u.stdout, "1225 [('_check_running', 50), ('_set', 50), ('apply_async', 50)]\n", u.stderr)
        # traced: none of them; the tracer's frames named __init__ are the Event's stub alone, one a task (3.13: its
        # Lock is a class, so the Event's own __init__ runs and its Condition's stub is a second frame, as before)
        inits = 50 if sys.version_info < (3, 13) else 100
        self.assertEqual(r.stdout, "1225 [('tracer __init__', %d)]\n" % inits, r.dump())
        self.assertEqual(re.sub('mpt-test-[^/]+', 'T', r.stderr), re.sub('mpt-test-[^/]+', 'T', u.stderr))
        self.assertIn('ValueError: Pool not running', r.stderr)
        self.assertIn('in _check_running', r.stderr)
        self.assertEqual(len(r.of('pool.submit')), 51)
        self.assertEqual(len(r.of('pool.result')), 54)
        self.assertEqual(len(r.of('pool.get')), 51)     # map()'s own get too


class PipeRecvOneFrame(TraceCase):
    def test_a_message_known_to_wait_is_read_without_the_librarys_recv_frames(self):
        r = self.traced(PIPE, 'fork')
        u = run(PIPE, 'fork', trace=False)
        self.assertEqual(u.stdout, '16 32 16\ncaught cannot load 7 None\n', u.stderr)
        self.assertEqual(r.stdout, '0 0 16\ncaught cannot load 7 None\n', r.dump())
        self.assertEqual(re.sub('mpt-test-[^/]+', 'T', r.stderr), re.sub('mpt-test-[^/]+', 'T', u.stderr))
        self.assertIn('line 251, in recv' if sys.version_info[:2] == (3, 11) else ', in recv', r.stderr)
        recvs = r.of('pipe.recv')
        self.assertEqual(len(recvs), 18)
        self.assertEqual([e['item'] for e in recvs[:16]], [e['item'] for e in r.of('pipe.send')[:16]])
        self.assertEqual([e['item'] for e in recvs[:4]], ['0', '-5', '9223372036854775807', '18446744073709551616'])
        self.assertEqual([e.get('error') for e in recvs[-2:]], ['ValueError: cannot load 7'] * 2)
        self.assertEqual(r.of('pipe.wait'), [])


if __name__ == '__main__':
    unittest.main()
