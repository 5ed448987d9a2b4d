import unittest
from mpt_helper import TraceCase

BREAKS = '''
import multiprocessing as mp, sys, time
def slow(x):
    time.sleep(0.1)
    return x * 2
if __name__ == "__main__":
    with mp.Pool(2) as pool:
        for i, r in enumerate(pool.imap(slow, range(12))):
            if i == 2:
                break
    with mp.Pool(2) as pool:
        it = pool.imap_unordered(slow, range(12), chunksize=5)
        first = next(it)
        time.sleep(0.5)
    with mp.Pool(2) as pool:
        print(sum(pool.imap(slow, range(3))), pool.map(slow, range(2)))
'''


class ImapCounts(TraceCase):
    def test_what_an_imap_was_given_and_left_unread(self):
        """Gaps 10A: the summary never said how many items an imap was given, nor what a break left unread."""
        r = self.traced(BREAKS, 'fork')
        self.assertEqual((r.rc, r.stdout), (0, "6 [0, 2]\n"), r.dump())
        given = r.of('pool.imap.given')
        # map() sends its chunks the same way: no pool.imap.given for it
        self.assertEqual([(e['chunks'], e['items']) for e in given], [(12, 12), (3, 12), (3, 3)], r.dump())
        unread = {e['object']: e for e in r.of('pool.imap.unread')}
        # the third imap's result, read to its end by sum() and let go, is not asked at its pool's end
        self.assertEqual(len(unread), 2, r.dump())
        a, b = (unread[k] for k in sorted(unread))
        self.assertGreaterEqual(a['unread'], 0)
        # the second pool: both chunks beyond the first had time to come back, and only one was read
        self.assertGreaterEqual(b['unread'], 1, r.dump())


if __name__ == '__main__':
    unittest.main()
