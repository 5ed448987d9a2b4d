"""A Queue's feeder thread pickles through the tracer's ForkingPickler only while an object put() noted (one that can
change) waits to be pickled: ints and strings cost the feeder no frame of ours, and queue.put.changed is still said."""
import unittest
from mpt_helper import TraceCase

SWAPS = '''
import multiprocessing as mp, multiprocessing.queues as mq, multiprocessing.reduction as mr
seen = []
def ours():
    return mq._ForkingPickler is not mr.ForkingPickler
class Box:
    def __reduce__(self):           # runs in the feeder thread, as it pickles
        seen.append(ours())
        return (Box, ())
if __name__ == "__main__":
    q = mp.Queue()
    seen.append(ours())
    for i in range(3):
        q.put(i)
        q.get()
    seen.append(ours())             # ints only: the queues' own pickler
    q.put(Box())
    q.get()                         # pickled through ours (seen in __reduce__)
    box = [1]
    q.put(box)
    box.append(2)
    print(q.get())
    q.put("end")
    q.get()
    seen.append(ours())             # nothing waits: the queues' own again
    print(seen)
'''

MANY_THREADS = '''
import multiprocessing as mp, threading
def putter(q, k):
    for i in range(200):
        item = [k, i]
        q.put(item)
        item.append("x")
if __name__ == "__main__":
    q = mp.Queue()
    ts = [threading.Thread(target=putter, args=(q, k)) for k in range(3)]
    for t in ts:
        t.start()
    got = [q.get() for _ in range(600)]
    for t in ts:
        t.join()
    print(sum(1 for g in got if len(g) == 3))
'''


class FeederPickler(TraceCase):
    def test_the_tracers_pickler_only_while_an_object_waits(self):
        r = self.traced(SWAPS, 'fork')
        self.assertEqual(r.rc, 0, r.dump())
        got, seen = r.stdout.splitlines()
        self.assertEqual(seen, '[False, False, True, False]', r.dump())
        # the list is said changed when the feeder pickled it after append(2) (almost always: put() returns first)
        changed = [(e['item'], e['sent']) for e in r.of('queue.put.changed')]
        self.assertEqual(changed, [('[1]', '[1, 2]')] if got == '[1, 2]' else [], r.dump())

    def test_every_changed_object_is_said_while_threads_put_at_once(self):
        """Three threads put lists and change each after put(), while the feeder swaps the pickler back and forth:
        every list pickled after its change has its queue.put.changed (none is lost to a swap)."""
        r = self.traced(MANY_THREADS, 'fork')
        self.assertEqual(r.rc, 0, r.dump())
        changed = len(r.of('queue.put.changed'))
        self.assertEqual(changed, int(r.stdout.strip()), r.dump())


if __name__ == '__main__':
    unittest.main()
