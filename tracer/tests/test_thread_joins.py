import unittest
from mpt_helper import TraceCase

POLLED = '''
import threading, time
def work(s):
    time.sleep(s)
if __name__ == "__main__":
    t = threading.Thread(target=work, args=(0.35,), name="Polled")
    t.start()
    polls = 0
    while t.is_alive():
        polls += 1
        t.join(0.1)
    u = threading.Thread(target=work, args=(0.05,), name="Plain")
    u.start()
    u.join()
    v = threading.Thread(target=work, args=(0.0,), name="Done")
    v.start()
    time.sleep(0.1)
    v.join()
    v.join(0)
    print("polls > 1:", polls > 1)
'''


class ThreadJoins(TraceCase):
    def test_the_programs_joins_are_waits_and_a_timed_out_join_says_so(self):
        """Gaps 10A: a polling loop's join(0.1) and a plain join() of a threading.Thread had no wait event."""
        r = self.traced(POLLED, 'fork')
        self.assertEqual((r.rc, r.stdout), (0, "polls > 1: True\n"), r.dump())
        waits = r.of('thread.join.wait', name='Polled')
        joins = r.of('thread.join', name='Polled')
        self.assertGreaterEqual(len(waits), 2, r.dump())
        self.assertEqual(len(waits), len(joins), r.dump())
        for w, j in zip(waits, joins):
            self.assertEqual((w['timeout'], j['timeout']), (0.1, 0.1))
            self.assertLessEqual(w['t'], j['t'])
        self.assertTrue(all(j['timed_out'] for j in joins[:-1]), r.dump())
        self.assertGreaterEqual(joins[0]['waited_ns'], 90_000_000)
        plain = r.one('thread.join', name='Plain')
        self.assertIs(plain['timed_out'], False)
        self.assertIsNone(plain['timeout'])
        r.one('thread.join.wait', name='Plain')
        # a join of a thread that had already ended does not block: nothing recorded
        self.assertEqual(r.of('thread.join.wait', name='Done'), [], r.dump())
        # multiprocessing's and threading's own joins (none here) and the join at exit are not the program's
        self.assertEqual({e['name'] for e in r.of('thread.join')}, {'Polled', 'Plain'}, r.dump())


if __name__ == '__main__':
    unittest.main()
