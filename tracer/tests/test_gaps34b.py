"""Gaps 34B (docs/truth-review.md): a program that took select.epoll into a name of its own before
multiprocessing.connection was imported (`from select import epoll` above `import multiprocessing`, or
`E = select.epoll`) makes the tracer's stand-in through that name all the same, so its waits are recorded as gaps 29D's
are (gaps 33B did this for poll; epoll was left as the C type, its waits unrecorded and nothing said so).  What the
program sees is the same traced and untraced: the name is the stand-in, which `select.epoll` is too, and an epoll made
before the import still counts as an instance of it."""
import textwrap
import unittest
from mpt_helper import TraceCase, run


TAKEN_FIRST = textwrap.dedent('''
    from select import epoll, EPOLLIN
    import select
    make_epoll = select.epoll
    early = epoll()
    import multiprocessing as mp, sys, time
    def child(conn):
        time.sleep(0.6)
        conn.send("ready")
    if __name__ == "__main__":
        mp.set_start_method(sys.argv[1])
        r, w = mp.Pipe(duplex=False)
        p = mp.Process(target=child, args=(w,), name="kid")
        p.start()
        ep = epoll()
        print("same", epoll is select.epoll, make_epoll is epoll, ep.__class__ is epoll, isinstance(ep, epoll),
              isinstance(early, epoll), isinstance(ep, make_epoll), flush=True)
        ep.register(r, EPOLLIN)
        print("epoll", [fd == r.fileno() for fd, _ in ep.poll(5)], r.recv(), flush=True)
        with make_epoll() as ep2:
            ep2.register(p.sentinel, EPOLLIN)
            print("sentinel", [fd == p.sentinel for fd, _ in ep2.poll()], flush=True)
        p.join()
        ep.close()
        early.close()
''')


class EpollTakenBeforeMultiprocessing(TraceCase):
    def check(self, method):
        plain = run(TAKEN_FIRST, method, trace=False, args=(method,))
        r = self.traced(TAKEN_FIRST, method, args=(method,))
        self.assertEqual((r.rc, r.stdout), (plain.rc, plain.stdout), r.dump())
        self.assertIn("same True True True True True True\nepoll [True] ready\nsentinel [True]\n", r.stdout, r.dump())
        polls = [e for e in r.events if e.get('call') == 'epoll.poll()']
        # the first poll waited for the message; the second for the child's end, or found it ended at once
        self.assertEqual([e['kind'] for e in polls[:2]], ['connection.wait', 'connection.waited'], r.dump())
        self.assertEqual((polls[0]['objects'], polls[0]['pipes'], polls[1]['ready']), (1, 1, 1), r.dump())
        self.assertIn([e['kind'] for e in polls[2:]], (['connection.wait', 'connection.waited'], ['connection.ready']), r.dump())
        self.assertEqual(polls[2]['what'], ['sentinel:kid'], r.dump())

    def test_fork(self):
        self.check('fork')

    def test_spawn(self):
        self.check('spawn')

    def test_forkserver(self):
        self.check('forkserver')


# A Pool task whose value (a lock) the worker cannot pickle, one whose exception cannot be (a class made inside the
# function), and a map whose second item returns a lock: the parent's pool.result says MaybeEncodingError and, now,
# the reason the worker's pickle gave (CPython keeps it as the repr() of that error).
UNPICKLABLE = textwrap.dedent('''
    import multiprocessing as mp, sys, threading
    def lock(x):
        return threading.Lock() if x else x
    def local_error(x):
        class Local(Exception):
            pass
        raise Local("made inside")
    if __name__ == "__main__":
        mp.set_start_method(sys.argv[1])
        with mp.Pool(1) as pool:
            for fn, arg in ((lock, 1), (local_error, 0)):
                try:
                    pool.apply(fn, (arg,))
                except Exception as e:
                    print(type(e).__name__, e.exc[:40], flush=True)
            try:
                pool.map(lock, [0, 1, 0])
            except Exception as e:
                print("map", type(e).__name__, flush=True)
''')


class MaybeEncodingReason(TraceCase):
    def check(self, method):
        plain = run(UNPICKLABLE, method, trace=False, args=(method,))
        r = self.traced(UNPICKLABLE, method, args=(method,))
        self.assertEqual((r.rc, r.stdout), (plain.rc, plain.stdout), r.dump())
        bad = [e for e in r.events if e['kind'] == 'pool.result' and not e.get('ok', True)]
        self.assertEqual([e.get('error') for e in bad], ['MaybeEncodingError'] * 3, r.dump())
        self.assertEqual(bad[0].get('reason'), 'TypeError("cannot pickle \'_thread.lock\' object")', r.dump())
        self.assertIn("Can't pickle local object", bad[1].get('reason', ''), r.dump())
        self.assertEqual((bad[2]['index'], bad[2].get('reason')), (1, bad[0]['reason']), r.dump())     # chunk 1 of 3

    def test_fork(self):
        self.check('fork')

    def test_spawn(self):
        self.check('spawn')


if __name__ == '__main__':
    unittest.main()
