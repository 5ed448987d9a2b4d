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


# select.select() by the program over a Pipe end and a child's sentinel (gaps 26B): recorded as a wait with call
# "select.select()"; a select over a plain socketpair is not; results, identity and errors are the original's.
DIRECT_SELECT = textwrap.dedent('''
    import multiprocessing as mp
    import select
    import socket
    import sys
    import time
    def child(w):
        time.sleep(0.2)
        w.send("hi")
        time.sleep(0.5)
    if __name__ == "__main__":
        mp.set_start_method(sys.argv[1])
        r, w = mp.Pipe(duplex=False)
        p = mp.Process(target=child, args=(w,), name="kid")
        p.start()
        rl, wl, xl = select.select([r, p.sentinel], [], [], 10)
        print("ready", [o is r for o in rl], wl, xl, flush=True)
        print("got", r.recv(), flush=True)
        p.join()
        rl, _, _ = select.select([r, p.sentinel], [], [])
        print("at once", len(rl), rl[-1] == p.sentinel, flush=True)
        a, b = socket.socketpair()
        b.send(b"x")
        print("socket", select.select([a], [], [], 1)[0] == [a], flush=True)
        try:
            select.select([r], [], [], -1)
        except ValueError as e:
            print("ValueError", e, flush=True)
        try:
            select.select([r], [], [], timeout=1)
        except TypeError as e:
            print("TypeError", e, flush=True)
''')


class DirectSelect(TraceCase):
    def test_a_select_on_a_connection_and_a_sentinel_is_a_wait_and_transparent(self):
        from mpt_helper import run
        plain = run(DIRECT_SELECT, 'fork', trace=False, args=('fork',))
        r = self.traced(DIRECT_SELECT, 'fork', args=('fork',))
        self.assertEqual((r.rc, r.stdout), (plain.rc, plain.stdout), r.dump())
        self.assertIn("ready [True] [] []", r.stdout)
        calls = [e for e in r.events if e.get('call') == 'select.select()']
        kinds = [e['kind'] for e in calls]
        self.assertEqual(kinds, ['connection.wait', 'connection.waited', 'connection.ready'], r.dump())
        self.assertEqual(calls[0]['objects'], 2, r.dump())
        self.assertEqual(calls[0]['pipes'], 1, r.dump())
        self.assertEqual(calls[0]['what'][1], 'sentinel:kid', r.dump())
        self.assertEqual(calls[1]['ready'], 1, r.dump())


if __name__ == '__main__':
    unittest.main()
