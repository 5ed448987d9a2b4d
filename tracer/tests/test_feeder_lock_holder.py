"""Under spawn the feeder-join row said "still has to write the item it is writing" when another process's feeder held
the queue's write lock (r9a_logging_pool_initializer): the lock is shared by every process using the queue. The tracer
now says whose it is: `writing` only when this process holds it, `lock_elsewhere` otherwise (gaps 10B)."""
import unittest
from mpt_helper import TraceCase

OTHER_HOLDS = '''
import multiprocessing as mp, sys, threading, time
def child(q):
    q.put("x")          # the feeder takes it off its buffer, then waits for the write lock the parent holds
    time.sleep(0.2)
if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1])
    q = ctx.Queue()
    q._wlock.acquire()      # as another process's feeder would, while it writes
    p = ctx.Process(target=child, args=(q,))
    p.start()
    time.sleep(2.5)     # the child's put, its run() and its exit come meanwhile
    q._wlock.release()
    print(q.get(timeout=5))
    p.join()
'''

SELF_WRITES = '''
import multiprocessing as mp, sys, threading, time
if __name__ == "__main__":
    q = mp.get_context(sys.argv[1]).Queue()
    q.put(b"x" * 1_000_000)     # bigger than the pipe: this feeder holds the write lock until it is read
    while q._buffer:            # the feeder has taken it (under load it may not have before the exit's join: CI trial 14)
        time.sleep(0.01)
    time.sleep(0.2)             # and is writing it, under the write lock
    threading.Thread(target=lambda: (time.sleep(0.5), q.get()), daemon=True).start()
'''


class FeederLockHolder(TraceCase):
    def test_a_lock_held_by_another_process_is_not_this_feeder_writing(self):
        r = self.traced(OTHER_HOLDS, args=('spawn',))
        self.assertEqual((r.rc, r.stdout), (0, "x\n"), r.dump())
        waits = r.of('queue.feeder.wait')
        self.assertTrue(waits, r.dump())
        w = waits[0]
        self.assertEqual((w['writing'], w['lock_elsewhere'], w['left']), (False, True, 0), r.dump())

    def test_this_feeders_own_write_is_writing(self):
        r = self.traced(SELF_WRITES, args=('fork',))
        self.assertEqual(r.rc, 0, r.dump())
        w = r.one('queue.feeder.wait')
        self.assertEqual((w['writing'], w['lock_elsewhere']), (True, False), r.dump())


if __name__ == '__main__':
    unittest.main()
