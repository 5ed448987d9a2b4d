"""Round 15H of the truth review (docs/truth-review.md): programs that fail and hang, as real users write them."""
import unittest
from mpt_helper import TraceCase

BARRIER_DEFAULT_TIMEOUT = '''
import multiprocessing as mp, threading
def worker(b):
    try:
        b.wait()
    except threading.BrokenBarrierError:
        pass
if __name__ == "__main__":
    b = mp.Barrier(3, timeout=0.5)
    ps = [mp.Process(target=worker, args=(b,)) for _ in range(2)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    t = threading.Barrier(2, timeout=0.25)
    try:
        t.wait()
    except threading.BrokenBarrierError:
        pass
    try:
        mp.Barrier(1).wait()
        threading.Barrier(1).wait(timeout=2)
    except threading.BrokenBarrierError:
        pass
    print("ok")
'''


class BarrierTimeouts(TraceCase):
    def test_a_wait_under_the_barriers_own_timeout_records_it(self):
        """r15h_barrier_default_timeout: Barrier(3, timeout=1.0) and wait() with no argument: the hang said "a
        Barrier's wait() without a timeout", and the wait whose timeout broke the barrier was not told apart."""
        for method in ('fork', 'spawn'):
            with self.subTest(method=method):
                r = self.traced(BARRIER_DEFAULT_TIMEOUT, method)
                self.assertEqual((r.rc, r.stdout), (0, "ok\n"), r.dump())
                children = [e['child_pid'] for e in r.of('process.spawn')]
                waits = [r.one('barrier.wait', pid=pid) for pid in children]
                self.assertEqual([w.get('timeout') for w in waits], [0.5, 0.5], r.dump())
                wakes = [r.one('barrier.wake', pid=pid) for pid in children]
                self.assertTrue(all(w['broken'] for w in wakes), r.dump())
                self.assertIn(True, [w.get('timed_out') for w in wakes], r.dump())
                main = [e for e in r.of('barrier.wait') if e['pid'] == r.main_pid]
                self.assertEqual([e.get('timeout', 'absent') for e in main], [0.25, 'absent', 2], r.dump())


if __name__ == '__main__':
    unittest.main()
