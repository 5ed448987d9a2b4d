"""Keys of locks made after a fork (truth review round 10A: lesson demos changed as learners change them)."""
import unittest
from mpt_helper import TraceCase

LOCK_PER_CHILD = '''
import multiprocessing as mp
import time
def work(shared):
    own = mp.Lock()             # a new lock in every child: the same address in each forked copy
    with own:
        time.sleep(0.1)
    with shared:
        pass
if __name__ == "__main__":
    shared = mp.Lock()
    ps = [mp.Process(target=work, args=(shared,)) for _ in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
'''


class SemlockKeys(TraceCase):
    def test_locks_made_in_forked_children_are_three_locks(self):
        """r10a_lock_made_in_child: three children each made a Lock; all had the same handle, so the
        transcript had one key for three semaphores: "acquired Lock#3" in a process that made Lock#2,
        and the summary "Lock#3: 2 acquisitions"."""
        r = self.traced(LOCK_PER_CHILD, 'fork')
        self.assertEqual(r.rc, 0, r.dump())
        creates = [e for e in r.events if e['kind'] == 'lock.create']
        made_by = {e['object']: e['pid'] for e in creates}
        self.assertEqual(len(made_by), 4, r.dump())          # the parent's lock and one per child, four keys
        shared = next(e['object'] for e in creates if e["pid"] == r.main_pid)
        for e in r.events:
            if e['kind'] in ('lock.acquire', 'lock.release'):
                # each child acquires its own lock (made in that child) and the parent's one (inherited)
                self.assertIn(made_by[e['object']], (e['pid'], made_by[shared]), r.dump())
        acquires = [e['object'] for e in r.events if e['kind'] == 'lock.acquire']
        self.assertEqual(acquires.count(shared), 3, r.dump())
        self.assertEqual(len(set(acquires)), 4, r.dump())


if __name__ == '__main__':
    unittest.main()
