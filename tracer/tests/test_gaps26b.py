"""Gaps 26B (docs/truth-review.md): SimpleQueue.get() whose item cannot be unpickled is recorded as Queue.get's is
(round 25X: queue.get with unpickle_error)."""
import textwrap
import unittest
from mpt_helper import TraceCase

# A child puts an exception whose __init__ takes two arguments: the parent's SimpleQueue.get() reads the bytes and
# unpickling them raises TypeError; the item is taken and the next get() takes "done".
SIMPLE_UNREADABLE = textwrap.dedent('''
    import multiprocessing as mp
    import sys
    class QuotaError(Exception):
        def __init__(self, user, limit):
            super().__init__(f"{user} is over {limit} MB")
    def child(q):
        q.put(QuotaError("ana", 50))
        q.put("done")
    if __name__ == "__main__":
        mp.set_start_method(sys.argv[1])
        q = mp.SimpleQueue()
        p = mp.Process(target=child, args=(q,))
        p.start()
        for _ in range(2):
            try:
                print("got", q.get())
            except TypeError as exc:
                print("TypeError", flush=True)
        p.join()
''')


class SimpleQueueGetThatCannotUnpickle(TraceCase):
    def check(self, method):
        r = self.traced(SIMPLE_UNREADABLE, method, args=(method,))
        self.assertEqual((r.rc, r.stdout), (0, "TypeError\ngot done\n"), r.dump())
        gets = r.of('queue.get')
        self.assertEqual(len(gets), 2, r.dump())
        self.assertIn("TypeError: QuotaError.__init__() missing 1 required positional argument: 'limit'",
                      gets[0].get('unpickle_error', ''), r.dump())
        self.assertRegex(gets[0]['item'], r'^<\d+ pickled bytes>$')
        self.assertEqual((gets[1]['item'], gets[1].get('unpickle_error')), ("'done'", None))
        self.assertEqual(r.of('queue.error'), [])

    def test_fork(self):
        self.check('fork')

    def test_spawn(self):
        self.check('spawn')


if __name__ == '__main__':
    unittest.main()
