"""Round 24S (service-shaped programs): a blocking get that waits because another reader holds the Queue's read lock,
while items are there, says so (`reader_busy`, `depth`); the replay said "(empty)" for it (r24s_farm_sigterm_drain)."""
import unittest
from mpt_helper import TraceCase

BUSY = '''
import multiprocessing as mp, threading, time
def reader(q, out):
    out.append(q.get())
if __name__ == "__main__":
    q = mp.JoinableQueue()
    q.put("a")
    q.put("b")
    time.sleep(0.3)             # the feeder wrote both
    q._rlock.acquire()          # as another get() would hold it while it reads
    out = []
    t = threading.Thread(target=reader, args=(q, out))
    t.start()
    time.sleep(0.3)
    q._rlock.release()
    t.join()
    e = mp.Queue()
    t = threading.Thread(target=reader, args=(e, out))
    t.start()
    time.sleep(0.3)
    e.put("c")                  # this wait was for a put: empty
    t.join()
    print(out, flush=True)
'''


class Round24S(TraceCase):
    def test_a_get_waiting_for_the_read_lock_of_a_queue_with_items_says_so(self):
        for method in ('fork', 'spawn'):
            with self.subTest(method=method):
                r = self.traced(BUSY, method)
                self.assertEqual((r.rc, r.stdout), (0, "['a', 'c']\n"), r.dump())
                waits = [(w['op'], w.get('reader_busy'), w.get('depth')) for w in r.of('queue.wait')]
                self.assertEqual(waits, [('get', True, 2), ('get', None, None)], r.dump())


if __name__ == '__main__':
    unittest.main()
