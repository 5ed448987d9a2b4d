"""Gaps 19A (docs/truth-review.md): round 18E's leftovers that need the tracer."""
import textwrap
import unittest
from mpt_helper import METHODS, TraceCase

RESET = textwrap.dedent('''
    import multiprocessing as mp, time
    from threading import BrokenBarrierError
    def party(b):
        try:
            b.wait(timeout=5)
        except BrokenBarrierError:
            print("broken", flush=True)
        b.wait(timeout=5)
    if __name__ == "__main__":
        b = mp.Barrier(2)
        p = mp.Process(target=party, args=(b,))
        p.start()
        while b.n_waiting < 1:
            time.sleep(0.02)
        b.reset()
        b.wait(timeout=5)                       # usable again: the second round passes
        p.join()
        print("broken after?", b.broken, p.exitcode, flush=True)
''')


class BarrierReset(TraceCase):
    def test_reset_is_recorded_before_the_waiter_it_wakes(self):
        """r18e_barrier_reset_waiters: the parent's reset() had no row, and the waiter's wake read "Barrier#1 broken"."""
        for method in METHODS:
            with self.subTest(method=method):
                r = self.traced(RESET, method)
                self.assertEqual((r.rc, r.stdout), (0, "broken\nbroken after? False 0\n"), r.dump())
                resets = r.of('barrier.reset')
                self.assertEqual(len(resets), 1, r.dump())
                broken = r.one('barrier.wake', broken=True)
                self.assertEqual(resets[0]['object'], broken['object'])
                self.assertLess(resets[0]['t'], broken['t'])
                self.assertEqual((resets[0]['pid'], broken['pid'] != r.main_pid), (r.main_pid, True))


if __name__ == '__main__':
    unittest.main()
