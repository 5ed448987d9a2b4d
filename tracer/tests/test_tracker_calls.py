import unittest
from mpt_helper import TraceCase

# Gaps 29B: what the resource tracker is told.  A Lock made in a child under spawn registers its named semaphore
# there, and the child's exit cleanup unregisters it; a SharedMemory registers when created (and attached) and its
# unlink() unregisters it.  Under fork a Lock's semaphore has no name: nothing is registered.
PROGRAM = '''
import multiprocessing as mp
from multiprocessing import shared_memory
def child():
    lock = mp.Lock()
if __name__ == "__main__":
    p = mp.Process(target=child)
    p.start(); p.join()
    block = shared_memory.SharedMemory(create=True, size=8)
    block.close(); block.unlink()
    print("ok", flush=True)
'''


class TrackerCalls(TraceCase):
    def calls(self, r):
        return [(e['kind'], e['rtype'], e['name'][:4]) for e in r.events if e['kind'].startswith('tracker.')]

    def test_spawn_registers_the_childs_semaphore_and_the_segment(self):
        r = self.traced(PROGRAM, 'spawn')
        self.assertEqual(r.rc, 0, r.dump())
        self.assertEqual(self.calls(r), [('tracker.register', 'semaphore', '/mp-'), ('tracker.unregister', 'semaphore', '/mp-'),
                                         ('tracker.register', 'shared_memory', '/psm'), ('tracker.unregister', 'shared_memory', '/psm')],
                         r.dump())

    def test_fork_registers_only_the_segment(self):
        r = self.traced(PROGRAM, 'fork')
        self.assertEqual(r.rc, 0, r.dump())
        self.assertEqual(self.calls(r), [('tracker.register', 'shared_memory', '/psm'), ('tracker.unregister', 'shared_memory', '/psm')],
                         r.dump())


if __name__ == '__main__':
    unittest.main()
