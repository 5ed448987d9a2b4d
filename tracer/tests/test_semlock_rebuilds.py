import unittest
from mpt_helper import TraceCase

# Gaps 29B: a Lock passed to a spawn child is rebuilt there from its pickle (SemLock.__setstate__): the same named
# semaphore.  The child's first row was its first acquire(); `lock.unpickled` now says it got the parent's object.
PROGRAM = '''
import multiprocessing as mp
def f(lock):
    with lock:
        print("in", flush=True)
if __name__ == "__main__":
    lock = mp.Lock()
    p = mp.Process(target=f, args=(lock,))
    p.start(); p.join()
'''


class SemLockRebuilds(TraceCase):
    def test_a_spawn_child_records_the_lock_it_rebuilt(self):
        r = self.traced(PROGRAM, 'spawn')
        self.assertEqual(r.rc, 0, r.dump())
        made = r.of('lock.create')
        rebuilt = r.of('lock.unpickled')
        self.assertEqual(len(made), 1, r.dump())
        self.assertEqual([(e['object'], 'n' + e['name']) for e in rebuilt], [(made[0]['object'], made[0]['object'])], r.dump())
        self.assertNotEqual(rebuilt[0]['pid'], made[0]['pid'])

    def test_a_fork_child_rebuilds_nothing(self):
        r = self.traced(PROGRAM, 'fork')
        self.assertEqual(r.rc, 0, r.dump())
        self.assertEqual(r.of('lock.unpickled'), [], r.dump())


if __name__ == '__main__':
    unittest.main()
