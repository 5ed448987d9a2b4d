import unittest
from mpt_helper import TraceCase, METHODS

# The fix of r11_pipe_eof_parent_copy_hang: the parent closes its copy of the write end after start(), the child
# closes its own when done, so recv() raises EOFError. A second pipe's write end is dropped (del) unclosed.
CLOSED = '''
import multiprocessing as mp, sys
def producer(w):
    for line in ("alpha", "beta"):
        w.send(line)
    w.close()
if __name__ == "__main__":
    mp.set_start_method(sys.argv[1])
    r, w = mp.Pipe(duplex=False)
    p = mp.Process(target=producer, args=(w,))
    p.start()
    w.close()
    got = []
    while True:
        try:
            got.append(r.recv())
        except EOFError:
            break
    p.join()
    r2, w2 = mp.Pipe()
    del w2
    with r2:
        pass
    print(got)
'''


class PipeClose(TraceCase):
    def test_closes_of_pipe_ends_are_recorded_where_they_happen(self):
        """Round 11: a hang in recv() could not say that the waiting process still held the other end, since no close()
        was recorded."""
        for method in METHODS:
            with self.subTest(method=method):
                r = self.traced(CLOSED, method, args=(method,))
                self.assertEqual((r.rc, r.stdout), (0, "['alpha', 'beta']\n"), r.dump())
                closes = r.of('pipe.close')
                main = r.one('process.start', role='main')['pid']
                pipes = [e['object'] for e in r.of('pipe.create')]
                self.assertEqual(len(pipes), 2, r.dump())
                mine = sorted((e['object'] == pipes[0], e['end'], e['dropped'], e['pid'] == main) for e in closes)
                self.assertEqual(mine, [(False, 'A', False, True), (False, 'B', True, True),
                                        (True, 'B', False, False), (True, 'B', False, True)], r.dump())
                # the parent's close came before the EOFError its recv() raised
                eof = r.one('pipe.recv', error='EOFError')
                self.assertTrue(all(e['t'] < eof['t'] for e in closes if e['object'] == pipes[0]), r.dump())


if __name__ == '__main__':
    unittest.main()
