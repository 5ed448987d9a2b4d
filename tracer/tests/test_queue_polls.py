"""q.empty(), q.qsize() and q.full() on a multiprocessing Queue (gaps 9: r7a_queue_empty_polling's loop turned on
empty() and nothing recorded it)."""
import unittest
from mpt_helper import TraceCase

POLLING = '''
import multiprocessing as mp, time

if __name__ == "__main__":
    q = mp.Queue(maxsize=3)
    print(q.empty(), q.qsize(), q.full())
    q.put(1)
    q._reader.poll(5)     # the feeder thread has written it (an untraced look): empty() now says False
    while not q.empty():
        q.get()
    print(q.empty(), q.empty(), q.qsize())
'''


class QueuePollTests(TraceCase):
    def test_each_answer_is_recorded_and_a_repeated_one_once(self):
        r = self.traced(POLLING, 'fork')
        self.assertEqual((r.rc, r.stdout), (0, "True 0 False\nTrue True 0\n"), r.dump())
        polls = [(p['call'], p['result']) for p in r.of('queue.poll')]
        # empty() True, qsize() 0, full() False; then empty() False (the put), True (after the get), the repeated
        # True not again; qsize() 0 again: recorded (a different call from the last one)
        self.assertEqual(polls, [('empty()', True), ('qsize()', 0), ('full()', False), ('empty()', False),
                                 ('empty()', True), ('qsize()', 0)], r.dump())


if __name__ == '__main__':
    unittest.main()
