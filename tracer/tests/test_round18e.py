"""Round 18E of the truth review (docs/truth-review.md): programs that go wrong, as learners meet them."""
import textwrap
import unittest
from mpt_helper import METHODS, TraceCase

WRAPS = textwrap.dedent('''
    import multiprocessing as mp
    import ctypes
    def bump(counter, small, cells, real):
        with counter.get_lock():
            counter.value += 1                  # 2147483647 + 1 does not fit a c_int
        small.value = 256                       # nor 256 a c_ubyte
        cells[0] = 2 ** 33 + 5                  # the low 32 bits: 5
        cells[1:3] = [2 ** 32 - 1, 7]           # -1, 7
        real.value = 3                          # a c_double holds 3.0
    if __name__ == "__main__":
        counter, small = mp.Value('i', 2 ** 31 - 1), mp.Value('B', 255)
        cells, real = mp.Array('i', 3), mp.Value('d', 0.5)
        p = mp.Process(target=bump, args=(counter, small, cells, real))
        p.start()
        p.join()
        print(counter.value, small.value, list(cells), real.value, flush=True)
''')


class StoredValues(TraceCase):
    def test_a_write_that_does_not_fit_is_recorded_as_stored(self):
        """r18e_value_overflow_wraps: "wrote 2147483648 to Value#1.value", then every read of it gave -2147483648:
        ctypes keeps the low bits without an error, and the write was recorded with the int the program computed."""
        for method in METHODS:
            with self.subTest(method=method):
                r = self.traced(WRAPS, method)
                self.assertEqual((r.rc, r.stdout), (0, "-2147483648 0 [5, -1, 7] 3.0\n"), r.dump())
                writes = [(e['attr'], e['value']) for e in r.of('shared.write')]
                self.assertEqual(writes, [('value', '-2147483648'), ('value', '0'), ('[0]', '5'), ('[1:3]', '[-1, 7]'),
                                          ('value', '3.0')], r.dump())


JOIN_RUNNING = textwrap.dedent('''
    import multiprocessing as mp
    if __name__ == "__main__":
        pool = mp.Pool(1)
        try:
            pool.join()                         # not closed: raises before it waits
        except ValueError as e:
            print("raised:", e, flush=True)
        pool.close()
        pool.join()
        print("joined", flush=True)
''')


class JoinOfARunningPool(TraceCase):
    def test_a_running_pools_join_raises_without_a_wait(self):
        """r18e_pool_join_not_closed: "waits in Pool#1.join() for the pool to finish", then the hang report's "waits in
        join() … since 2.011 s": the join() had raised ValueError at once (Pool is still running)."""
        for method in METHODS:
            with self.subTest(method=method):
                r = self.traced(JOIN_RUNNING, method)
                self.assertEqual((r.rc, r.stdout), (0, "raised: Pool is still running\njoined\n"), r.dump())
                waits = [e for e in r.of('pool.wait') if e.get('call') == 'join()']
                refusals = r.of('pool.refused')
                self.assertEqual(len(waits), 1, r.dump())       # the second join()'s only
                self.assertEqual([(e['method'], e['state'], e['error'], 'job' in e) for e in refusals],
                                 [('join', 'RUN', 'ValueError: Pool is still running', False)], r.dump())
                self.assertLess(refusals[0]['t'], waits[0]['t'])
                self.assertEqual(len(r.of('pool.join')), 1)


if __name__ == '__main__':
    unittest.main()
