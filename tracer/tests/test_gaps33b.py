"""Gaps 33B (docs/truth-review.md): a program that took select.poll / select.epoll into a name of its own before
multiprocessing.connection was imported (`from select import poll` above `import multiprocessing`) waits in the tracer's
stand-in all the same: its waits are recorded as gaps 29D's are; what the program sees is the same traced and untraced."""
import textwrap
import unittest
from mpt_helper import TraceCase


TAKEN_FIRST = textwrap.dedent('''
    from select import poll, POLLIN
    import select
    ep_type = select.epoll
    import multiprocessing as mp, sys, time
    def child(conn):
        time.sleep(0.6)
        conn.send("ready")
    if __name__ == "__main__":
        mp.set_start_method(sys.argv[1])
        r, w = mp.Pipe(duplex=False)
        p = mp.Process(target=child, args=(w,), name="kid")
        p.start()
        print("same", poll is select.poll, ep_type is select.epoll, flush=True)
        po = poll()
        po.register(r, POLLIN)
        print("poll", [fd == r.fileno() for fd, _ in po.poll(5000)], r.recv(), flush=True)
        ep = ep_type()
        ep.register(p.sentinel, select.EPOLLIN)
        print("epoll", [fd == p.sentinel for fd, _ in ep.poll(5)], flush=True)
        ep.close()
        p.join()
''')


class TakenBeforeMultiprocessing(TraceCase):
    def check(self, method):
        from mpt_helper import run
        plain = run(TAKEN_FIRST, method, trace=False, args=(method,))
        r = self.traced(TAKEN_FIRST, method, args=(method,))
        self.assertEqual((r.rc, r.stdout), (plain.rc, plain.stdout), r.dump())
        self.assertIn("same True True\npoll [True] ready\nepoll [True]\n", r.stdout, r.dump())
        polls = [e for e in r.events if e.get('call') == 'poll.poll()']
        self.assertEqual([e['kind'] for e in polls], ['connection.wait', 'connection.waited'], r.dump())
        self.assertEqual((polls[0]['objects'], polls[0]['pipes'], polls[1]['ready']), (1, 1, 1), r.dump())
        epolls = [e for e in r.events if e.get('call') == 'epoll.poll()']
        self.assertEqual([e['kind'] for e in epolls], ['connection.wait', 'connection.waited'], r.dump())
        self.assertEqual(epolls[0]['what'][0], 'sentinel:kid', r.dump())

    def test_fork(self):
        self.check('fork')

    def test_spawn(self):
        self.check('spawn')


if __name__ == '__main__':
    unittest.main()
