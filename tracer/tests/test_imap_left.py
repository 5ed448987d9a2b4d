"""Gaps 14A: what became of an imap result's unread results after its pool's end (pool.imap.left).

Round 13 found that results unread at a pool's end may still be read after it (`sum(Pool(2).imap(...))`), so the rows
stopped saying "never read", even where it was true (a break with the imap result still held).  The later count
tells the two apart."""
import unittest
from mpt_helper import TraceCase

HELD = '''
import gc, multiprocessing as mp, sys, time
def slow(x):
    time.sleep(0.05)
    return x * 2
if __name__ == "__main__":
    mp.set_start_method(sys.argv[1])
    with mp.Pool(2) as pool:                      # pool 1: two read, the rest never, the result dropped
        it = pool.imap(slow, range(8))
        got = [next(it), next(it)]
        while len(it._items) < 6:                 # every result is back (a test may peek)
            time.sleep(0.02)
    del it
    gc.collect()                                  # (it and its pool hold each other)
    print("dropped", got, flush=True)
    it = mp.Pool(2).imap(slow, range(6))          # pool 2: collected at its last result (on its result handler)
    while it._pool is not None:                   # let go of at the last result
        time.sleep(0.02)
    print(sum(it), flush=True)                    # ... and read after its end
    del it
    with mp.Pool(2) as pool:                      # pool 3: one read after the pool's end, the rest held to the exit
        kept = pool.imap_unordered(slow, range(5))
        while len(kept._items) < 5:
            time.sleep(0.02)
    print("after", next(kept) in (0, 2, 4, 6, 8), flush=True)
'''


class ImapLeft(TraceCase):
    def test_results_read_after_the_pools_end_or_never(self):
        for method in ('fork', 'spawn'):
            with self.subTest(method=method):
                r = self.traced(HELD, args=(method,))
                self.assertEqual((r.rc, r.stdout), (0, "dropped [0, 2]\n30\nafter True\n"), r.dump())
                unread = {e['object']: e['unread'] for e in r.of('pool.imap.unread')}
                left = {e['object']: e for e in r.of('pool.imap.left')}
                pools = sorted(unread)
                self.assertEqual(len(pools), 3, r.dump())
                first, second, third = pools
                self.assertEqual(unread[first], 6, r.dump())
                self.assertEqual((left[first]['read'], left[first]['unread'], left[first]['at']), (0, 6, 'collected'),
                                 r.dump())
                # the unnamed pool is collected on its result handler at the last result, whose finalizer never
                # returns before the exit: counted at once (every result set), then read after its end
                self.assertEqual(unread[second], 6, r.dump())
                self.assertEqual((left[second]['read'], left[second]['unread'], left[second]['at']), (6, 0, 'collected'),
                                 r.dump())
                self.assertEqual(unread[third], 5, r.dump())
                self.assertEqual((left[third]['read'], left[third]['unread'], left[third]['at']), (1, 4, 'exit'),
                                 r.dump())
                main = [e for e in r.events if e['kind'] == 'pool.imap.left']
                self.assertTrue(all(e['pid'] == r.main_pid for e in main), r.dump())


if __name__ == '__main__':
    unittest.main()
