"""Gaps 30C (docs/truth-review.md): the tracer stays transparent and records what it claims.  A child's recursion
reaches the depth it reaches untraced (the tracer's wrapper frames below the target are given back to the thread that
runs it, recursion_depth.py).  A poll, epoll or select over a traced queue's reader alone is recorded and names the
queue (its key, end "reader"); the poll/epoll stand-ins pass isinstance() for the C types the program took untraced."""
import textwrap
import unittest
from mpt_helper import TraceCase, run


# Each line: where, and the depth a recursion reached there before RecursionError.  A thread of the child and a target
# that raised the limit itself must also reach what they reach untraced (only the target's thread is given the
# tracer's frames, and the program's own setrecursionlimit keeps them).
DEPTHS = textwrap.dedent('''
    import multiprocessing as mp, sys, threading
    from concurrent.futures import ProcessPoolExecutor
    def down(n):
        try:
            return down(n + 1)
        except RecursionError:
            return n
    def where(tag):
        return "%s %d" % (tag, down(0))
    def child(q):
        q.put(where("process-target"))
        out = []
        t = threading.Thread(target=lambda: out.append(where("child-thread")))
        t.start(); t.join()
        q.put(out[0])
        q.put("limit-read %d" % sys.getrecursionlimit())
        sys.setrecursionlimit(1500)
        q.put(where("raised-limit"))
    class Sub(mp.Process):
        def run(self):
            self._q.put(where("subclass-run"))
    if __name__ == "__main__":
        method = sys.argv[1]
        mp.set_start_method(method)
        print(where("main"))
        q = mp.Queue()
        p = mp.Process(target=child, args=(q,)); p.start()
        for _ in range(4):
            print(q.get())
        p.join()
        s = Sub(); s._q = q; s.start(); print(q.get()); s.join()
        with mp.Pool(1) as pool:
            print(pool.apply(where, ("pool-apply",)))
            print(pool.map(where, ["pool-map"])[0])
        with ProcessPoolExecutor(1, mp_context=mp.get_context(method)) as ex:
            print(ex.submit(where, "executor-submit").result())
        print("exitcodes", p.exitcode, s.exitcode)
        print("ctypes loaded", "ctypes" in sys.modules, "_ctypes" in sys.modules)
''')


class RecursionDepthGivenBack(TraceCase):
    def check(self, method):
        plain = run(DEPTHS, method, trace=False, args=(method,))
        r = self.traced(DEPTHS, method, args=(method,))
        self.assertEqual(plain.rc, 0, plain.stderr)
        self.assertEqual(len(plain.stdout.splitlines()), 11, plain.stdout)
        self.assertEqual(r.stdout, plain.stdout, r.dump())
        self.assertEqual(r.rc, 0)

    def test_fork(self):
        self.check('fork')

    def test_spawn(self):
        self.check('spawn')

    def test_forkserver(self):
        self.check('forkserver')


# A select.poll(), select.epoll() and select.select() over a queue's reader alone; a connection.wait() over the reader
# and a sentinel.  The C types taken before multiprocessing was imported (before the tracer put its stand-ins in).
QUEUE_READERS = textwrap.dedent('''
    import select, sys
    from select import epoll as EarlyEpoll
    PollType = type(select.poll())
    import multiprocessing as mp
    from multiprocessing.connection import wait
    import time
    def child(q):
        time.sleep(0.6)
        q.put("one")
        time.sleep(0.6)
        q.put("two")
        time.sleep(0.6)
        q.put("three")
    if __name__ == "__main__":
        mp.set_start_method(sys.argv[1])
        q = mp.Queue()
        p = mp.Process(target=child, args=(q,), name="kid")
        p.start()
        po, ep = select.poll(), select.epoll()
        print("types", isinstance(po, PollType), po.__class__ is PollType, isinstance(ep, EarlyEpoll),
              isinstance(ep, select.epoll), ep.__class__ is EarlyEpoll, flush=True)
        po.register(q._reader, select.POLLIN)
        print("poll", [fd == q._reader.fileno() for fd, _ in po.poll(5000)], q.get(), flush=True)
        ep.register(q._reader, select.EPOLLIN)
        print("epoll", [fd == q._reader.fileno() for fd, _ in ep.poll(5)], q.get(), flush=True)
        r, _, _ = select.select([q._reader], [], [], 5)
        print("select", r == [q._reader], q.get(), flush=True)
        print("wait", wait([q._reader, p.sentinel], 5) == [p.sentinel], flush=True)
        p.join()
        ep.close()
''')


class QueueReaders(TraceCase):
    def check(self, method):
        plain = run(QUEUE_READERS, method, trace=False, args=(method,))
        r = self.traced(QUEUE_READERS, method, args=(method,))
        self.assertIn("types True True True True True\n", plain.stdout)
        self.assertEqual((r.rc, r.stdout), (plain.rc, plain.stdout), r.dump())
        key = [e['object'] for e in r.events if e['kind'] == 'queue.create']
        self.assertEqual(len(key), 1, r.dump())
        waits = [e for e in r.events if e['kind'] == 'connection.wait']
        self.assertEqual([e.get('call') for e in waits[:3]], ['poll.poll()', 'epoll.poll()', 'select.select()'], r.dump())
        for e in waits[:3]:
            self.assertEqual((e['what'], e['ends'], e['pipes']), (key, ['reader'], 0), e)
        # the connection.wait() over reader and sentinel: a wait, or ready at once when the child had already ended
        # (a loaded machine); the reader named either way when it is among the named ones
        last = [e for e in r.events if e['kind'] in ('connection.wait', 'connection.ready') and 'call' not in e]
        self.assertEqual(len(last), 1, r.dump())
        if last[0]['kind'] == 'connection.wait':
            self.assertEqual((last[0]['what'], last[0]['ends']), ([key[0], 'sentinel:kid'], ['reader', None]), last[0])
        waited = [e for e in r.events if e['kind'] == 'connection.waited']
        self.assertEqual([(e['ready'], e['what']) for e in waited[:3]], [(1, key)] * 3, r.dump())

    def test_fork(self):
        self.check('fork')

    def test_spawn(self):
        self.check('spawn')


if __name__ == '__main__':
    unittest.main()
