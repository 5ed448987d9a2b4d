"""imap/imap_unordered results read by iterating (dict(), list(), a for loop) rather than by next() (gaps 9: rows
said "waits in next()" where the program wrote no next())."""
import unittest
from mpt_helper import TraceCase

ITERATED = '''
import multiprocessing as mp, time

def slow(x):
    time.sleep(0.2)   # long enough that each read below waits, even on a loaded machine
    return x, x * x

if __name__ == "__main__":
    with mp.Pool(2) as pool:
        d = dict(pool.imap_unordered(slow, range(3)))
        for item in pool.imap(slow, range(2)):
            pass
        it = pool.imap(slow, range(2))
        first = next(it)
        second = it.next(timeout=5)
    print(sorted(d), first, second)
'''


class ImapIterationTests(TraceCase):
    def test_a_wait_reached_by_iterating_says_so_and_one_by_next_does_not(self):
        r = self.traced(ITERATED, 'fork')
        self.assertEqual((r.rc, r.stdout), (0, "[0, 1, 2] (0, 0) (1, 1)\n"), r.dump())
        jobs = [e['job'] for e in r.of('pool.submit')]
        self.assertEqual(len(jobs), 3, r.dump())
        calls = {j: {(w['call'], w.get('iterated')) for w in r.of('pool.wait') if w['job'] == j} for j in jobs}
        # each job's first read waits (its tasks take 200 ms): dict() and the for loop iterate, next(it) does not
        self.assertEqual([calls[j] for j in jobs], [{('next()', True)}, {('next()', True)}, {('next()', None)}], r.dump())
        waited = [w for w in r.of('pool.waited') if w['job'] in jobs[:2]]
        self.assertTrue(waited and all(w.get('iterated') is True for w in waited), r.dump())


if __name__ == '__main__':
    unittest.main()
