"""Gaps 16B of the truth review (docs/truth-review.md): what rounds 15 and 15H saw and did not fix."""
import unittest
from mpt_helper import TraceCase
from test_round15h import BARRIER_DEFAULT_TIMEOUT


class BarrierTimeoutSource(TraceCase):
    def test_a_wait_under_the_barriers_own_timeout_says_whose_timeout_it_is(self):
        """r15h_barrier_default_timeout: the program wrote wait() and the timeout was Barrier(3, timeout=1.0)'s; the
        row said "wait(timeout) at Barrier#1 ran out". `barrier_timeout` marks a limit that came from the Barrier."""
        for method in ('fork', 'spawn'):
            with self.subTest(method=method):
                r = self.traced(BARRIER_DEFAULT_TIMEOUT, method)
                self.assertEqual((r.rc, r.stdout), (0, "ok\n"), r.dump())
                children = [e['child_pid'] for e in r.of('process.spawn')]
                waits = [r.one('barrier.wait', pid=pid) for pid in children]
                self.assertEqual([w.get('barrier_timeout') for w in waits], [True, True], r.dump())
                main = [e for e in r.of('barrier.wait') if e['pid'] == r.main_pid]
                # threading.Barrier(2, timeout=0.25).wait(); Barrier(1).wait(); threading.Barrier(1).wait(timeout=2)
                self.assertEqual([e.get('barrier_timeout', 'absent') for e in main], [True, 'absent', 'absent'], r.dump())


if __name__ == '__main__':
    unittest.main()
