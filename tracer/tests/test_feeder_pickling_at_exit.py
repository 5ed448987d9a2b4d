"""A child that put() a big item and returned at once: at its exit the feeder thread was still pickling the item (taken
off its buffer, the write lock not yet taken), so the exit's join of the feeder wrote no queue.feeder.wait and the
child's lane showed nothing for the seconds it waited for a reader (round 28S, r28s_join_first_watchdog). The join now
waits briefly for the feeder to take the lock (or end) and then says what it waits for."""
import unittest
from mpt_helper import TraceCase

PICKLING_AT_EXIT = '''
import multiprocessing as mp, sys, time

class SlowToPickle:
    def __reduce__(self):
        time.sleep(0.5)                         # the feeder is pickling while the child's exit joins it
        return (bytes, (b"x" * 1_000_000,))     # bigger than the pipe: then written under the write lock

def child(q):
    q.put(SlowToPickle())
    while q._buffer:                            # the feeder has taken it off its buffer and is pickling it
        time.sleep(0.01)

if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1])
    q = ctx.Queue()
    p = ctx.Process(target=child, args=(q,))
    p.start()
    p.join(2)                                   # the child cannot end: its feeder waits for a reader
    print(p.exitcode, len(q.get(timeout=10)))
    p.join()
    print(p.exitcode)
'''


class FeederPicklingAtExit(TraceCase):
    def test_the_exit_join_of_a_feeder_still_pickling_is_recorded(self):
        r = self.traced(PICKLING_AT_EXIT, args=('fork',))
        self.assertEqual((r.rc, r.stdout), (0, "None 1000000\n0\n"), r.dump())
        w = r.one('queue.feeder.wait')
        self.assertEqual((w['left'], w['writing'], w['at_exit'], w['lock_elsewhere']), (0, True, True, False), r.dump())
        done = r.one('queue.feeder.waited')
        self.assertGreater(done['waited_ns'], 1_000_000_000, r.dump())     # from the join's start to the parent's get


if __name__ == '__main__':
    unittest.main()
