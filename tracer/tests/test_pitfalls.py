"""The pitfalls of the multiprocessing docs' programming guidelines, as learners hit them (truth review round 9B)."""
import unittest
from mpt_helper import TraceCase

PUT_THEN_CHANGE = '''
import multiprocessing as mp
def reader(q):
    for _ in range(3):
        print(q.get())
if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=reader, args=(q,))
    p.start()
    batch = []
    for i in range(3):
        batch.append(i)
        q.put(batch)
        batch.append(i * 10)
    q.put("end")
    q.put((1, 2))
    p.join()
'''


class Pitfalls(TraceCase):
    def test_an_object_changed_after_put_is_said_when_the_feeder_pickles_it(self):
        """r9b_queue_put_then_mutate: the put rows said [0], [0, 0, 1], ... and the reader got the list as it was when
        the feeder thread pickled it, later; nothing said the two differ."""
        r = self.traced(PUT_THEN_CHANGE, 'fork')
        self.assertEqual(r.rc, 0, r.dump())
        put_events = [e for e in r.events if e['kind'] == 'queue.put']
        puts = [e['item'] for e in put_events]
        self.assertEqual(puts[:3], ['[0]', '[0, 0, 1]', '[0, 0, 1, 10, 2]'], r.dump())
        changed = [e for e in r.events if e['kind'] == 'queue.put.changed']
        # what the reader printed is what was pickled; the unchanged str and tuple say nothing
        got = r.stdout.splitlines()
        self.assertEqual([(e['item'], e['sent']) for e in changed], list(zip(puts[:3], got)), r.dump())
        self.assertTrue(all(r.thread_name(e['pid'], e['tid']) == 'QueueFeederThread' and e['object'] == put_events[0]['object'] for e in changed), r.dump())
        self.assertTrue(all(e['since_put_ns'] is None or e['since_put_ns'] >= 0 for e in changed), r.dump())


if __name__ == '__main__':
    unittest.main()
