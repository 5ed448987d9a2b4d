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


# The lead, after gaps 30A: the register's `made_in` walk found concurrent.futures' folder by importing it, so a
# spawn program that made a Queue found concurrent.futures (and logging, which it imports) in sys.modules traced and
# not untraced.  Nothing the program did not import may be in sys.modules because a semaphore was registered.
IMPORTS = '''
import multiprocessing as mp, sys
if __name__ == "__main__":
    q = mp.get_context("spawn").Queue()
    print("imported", "concurrent.futures" in sys.modules, "logging" in sys.modules, flush=True)
'''


class TrackerCallsImportNothing(TraceCase):
    def test_a_registered_semaphore_imports_nothing_the_program_did_not(self):
        r = self.traced(IMPORTS, 'spawn')
        self.assertEqual(r.rc, 0, r.dump())
        self.assertIn('imported False False', r.stdout, r.dump())
        self.assertTrue(any(e['kind'] == 'tracker.register' for e in r.events), r.dump())


if __name__ == '__main__':
    unittest.main()
