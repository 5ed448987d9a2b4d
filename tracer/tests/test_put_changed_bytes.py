"""queue.put.changed compares what was pickled, not shortened reprs (gaps 10B): a change beyond the part a shortened
repr shows is seen, and an object whose repr changes while its pickle does not says nothing."""
import unittest
from mpt_helper import TraceCase

CHANGES = '''
import multiprocessing as mp, time
class Slow:
    """Takes 0.3 s to pickle: the feeder is still busy with it when the list below is changed."""
    def __reduce__(self):
        time.sleep(0.3)
        return (Slow, ())
class Counted:
    """Its repr changes each time it is asked; its pickle (the state below) does not."""
    asked = 0
    def __init__(self):
        self.value = 7
    def __repr__(self):
        Counted.asked += 1
        return "Counted(asked %d)" % Counted.asked
def reader(q):
    q.get(); a = q.get(); b = q.get()
    print(a[-1], b.value)
if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=reader, args=(q,))
    p.start()
    big = list(range(200))
    q.put(Slow())
    q.put(big)
    big[-1] = -1
    q.put(Counted())
    p.join()
'''


class PutChangedBytes(TraceCase):
    def test_a_change_beyond_the_shortened_repr_is_seen_and_a_new_repr_alone_is_not(self):
        r = self.traced(CHANGES, 'fork')
        self.assertEqual((r.rc, r.stdout), (0, "-1 7\n"), r.dump())
        changed = r.of('queue.put.changed')
        self.assertEqual([e['item'][:8] for e in changed], ['[0, 1, 2'], r.dump())


if __name__ == '__main__':
    unittest.main()
