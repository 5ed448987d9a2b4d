"""Round 34: a Pool map() of a generator lists it in the caller's thread before the task exists; its pool.submit (stamped
when the list is complete) says how long that took (`listed_ns`).  What the program sees is unchanged."""
import unittest
from mpt_helper import TraceCase, run

MAP_GENERATOR = '''
import multiprocessing as mp, time
def lines():
    for i in range(4):
        time.sleep(0.05)
        yield i
def double(x):
    return 2 * x
if __name__ == "__main__":
    with mp.Pool(1) as pool:
        print(pool.map(double, lines()))
        print(pool.map(double, [1, 2]))
        print(list(pool.imap(double, lines())))
'''


class Round34(TraceCase):
    def test_a_map_of_a_generator_says_how_long_its_list_took(self):
        r = self.traced(MAP_GENERATOR)
        self.assertEqual(r.stdout, run(MAP_GENERATOR, trace=False).stdout, r.dump())
        submits = r.of('pool.submit')
        self.assertEqual([e['method'] for e in submits], ['map', 'map', 'imap'], r.dump())
        listed = [e.get('listed_ns') for e in submits]
        self.assertIsNone(listed[1], r.dump())      # a list: nothing to make
        self.assertIsNone(listed[2], r.dump())      # imap takes items as it sends them
        self.assertGreaterEqual(listed[0], 4 * 50_000_000, r.dump())     # four sleeps of 50 ms, inside map()
        self.assertLess(listed[0], 5_000_000_000, r.dump())


if __name__ == '__main__':
    unittest.main()
