import unittest
from mpt_helper import TraceCase

# A Condition's wait_for(predicate, timeout): round 14's r14_condition_notify_unlocked showed the wait inside it
# ("woke after 1.509 s (timed out)") and never what wait_for() returned: True, since it checks the predicate once
# more after the timeout. multiprocessing's Condition in a child, threading's in a thread of the main process; a
# wait_for() that times out with the predicate false; one without a timeout whose predicate already held is written
# too, `timeout` null (round 29: before, it wrote nothing, and r29_ring_buffer_condition's consumers that found items
# without waiting left no trace of their check).
PROGRAM = '''
import multiprocessing as mp, sys, threading, time
def child(cond, flag, ready):
    with cond:
        ready.set()
        print("mp", cond.wait_for(lambda: flag.value == 1, timeout=0.5), flush=True)
        print("mp none", cond.wait_for(lambda: 7, timeout=None), flush=True)
def setter(flag, ready):
    ready.wait()
    time.sleep(0.2)
    flag.value = 1
if __name__ == "__main__":
    cond, flag, ready = mp.Condition(), mp.Value("i", 0, lock=False), mp.Event()
    p = mp.Process(target=child, args=(cond, flag, ready))
    p.start()
    setter(flag, ready)
    p.join()
    tc, box = threading.Condition(), []
    with tc:
        print("th", tc.wait_for(lambda: len(box), timeout=0.2), flush=True)
'''


class ConditionWaitFor(TraceCase):
    def test_wait_for_records_what_it_returned(self):
        for method in ('fork', 'spawn'):
            with self.subTest(method=method):
                r = self.traced(PROGRAM, method)
                self.assertEqual(r.rc, 0, r.dump())
                self.assertIn("mp True", r.stdout, r.dump())
                self.assertIn("th 0", r.stdout, r.dump())
                got = [(e['result'], e['held'], e['timeout']) for e in r.of('condition.wait_for')]
                self.assertEqual(got, [('True', True, 0.5), ('7', True, None), ('0', False, 0.2)], r.dump())
                # the wait inside the multiprocessing one timed out (nobody notified), and it is still recorded
                wakes = [e['outcome'] for e in r.of('condition.wake')]
                self.assertEqual(wakes[0], False, r.dump())
                for e in r.of('condition.wait_for'):
                    if e['timeout'] is None:
                        self.assertLess(e['waited_ns'], 150_000_000, r.dump())     # the predicate held: no wait
                        continue
                    self.assertGreaterEqual(e['waited_ns'], 150_000_000, r.dump())


if __name__ == '__main__':
    unittest.main()
