"""Gaps 33B (docs/truth-review.md): a program that took select.poll into a name of its own before
multiprocessing.connection was imported (`from select import poll` above `import multiprocessing`, or `p = select.poll`)
waits in the tracer's stand-in all the same: its waits are recorded as gaps 29D's are; what the program sees is the same
traced and untraced (an early epoll type is left as it is: test_gaps30c)."""
import textwrap
import unittest
from mpt_helper import TraceCase


TAKEN_FIRST = textwrap.dedent('''
    from select import poll, POLLIN
    import select
    make_poll = select.poll
    import multiprocessing as mp, sys, time
    def child(conn):
        time.sleep(0.6)
        conn.send("ready")
    if __name__ == "__main__":
        mp.set_start_method(sys.argv[1])
        r, w = mp.Pipe(duplex=False)
        p = mp.Process(target=child, args=(w,), name="kid")
        p.start()
        print("same", poll is select.poll, make_poll is poll, type(poll()) is type(make_poll()), flush=True)
        po = poll()
        po.register(r, POLLIN)
        print("poll", [fd == r.fileno() for fd, _ in po.poll(5000)], r.recv(), flush=True)
        po2 = make_poll()
        po2.register(p.sentinel, POLLIN)
        print("sentinel", [fd == p.sentinel for fd, _ in po2.poll()], flush=True)
        p.join()
''')


class TakenBeforeMultiprocessing(TraceCase):
    def check(self, method):
        from mpt_helper import run
        plain = run(TAKEN_FIRST, method, trace=False, args=(method,))
        r = self.traced(TAKEN_FIRST, method, args=(method,))
        self.assertEqual((r.rc, r.stdout), (plain.rc, plain.stdout), r.dump())
        self.assertIn("same True True True\npoll [True] ready\nsentinel [True]\n", r.stdout, r.dump())
        polls = [e for e in r.events if e.get('call') == 'poll.poll()']
        # the first poll waited for the message; the second for the child's end, or found it ended at once
        self.assertEqual([e['kind'] for e in polls[:2]], ['connection.wait', 'connection.waited'], r.dump())
        self.assertEqual((polls[0]['objects'], polls[0]['pipes'], polls[1]['ready']), (1, 1, 1), r.dump())
        self.assertIn([e['kind'] for e in polls[2:]], (['connection.wait', 'connection.waited'], ['connection.ready']), r.dump())
        self.assertEqual(polls[2]['what'], ['sentinel:kid'], r.dump())

    def test_fork(self):
        self.check('fork')

    def test_spawn(self):
        self.check('spawn')


if __name__ == '__main__':
    unittest.main()
