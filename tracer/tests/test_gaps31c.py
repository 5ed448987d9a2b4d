"""Gaps 31C (docs/truth-review.md): a Pool() that raised while being made writes `pool.create.error` (its site, the
exception, whether the calling process is daemonic, the workers it had started), once, and never a `pool.create`; a
queue's reader or a Pipe end given to a poll, select or connection.wait() as a bare fd is recorded and named as itself
(fd_owners.py), while an fd that is no traced end's is not."""
import textwrap
import unittest
from mpt_helper import TraceCase, run


POOLS = textwrap.dedent('''
    import multiprocessing as mp, sys
    from multiprocessing.pool import ThreadPool
    class Once:
        sent = 0
        def __reduce__(self):
            Once.sent += 1
            if Once.sent > 1:
                raise TypeError("sent once")
            return (Once, ())
    def square(x):
        return x * x
    def setup(token):
        pass
    def keeper(method):
        try:
            pool = mp.get_context(method).Pool(2)
        except AssertionError as e:
            print("daemon:", e, flush=True)
    if __name__ == "__main__":
        method = sys.argv[1]
        ctx = mp.get_context(method)
        d = ctx.Process(target=keeper, args=(method,), daemon=True)
        d.start(); d.join()
        for make in (lambda: ctx.Pool(0), lambda: ThreadPool(processes=-1), lambda: ctx.Pool(1, initializer=3)):
            try:
                make()
            except (ValueError, TypeError) as e:
                print(type(e).__name__, e)
        try:
            bad = ctx.Pool(3, initializer=setup, initargs=(Once(),))
            print("made", bad.map(square, [2]))
            bad.close(); bad.join()
        except TypeError as e:
            print("token:", e)
        print("left", len(mp.active_children()))
''')


class PoolCreateErrors(TraceCase):
    def check(self, method):
        plain = run(POOLS, method, trace=False, args=(method,))
        r = self.traced(POOLS, method, args=(method,))
        self.assertEqual((r.rc, r.stdout), (plain.rc, plain.stdout), r.dump())
        errors = [e for e in r.events if e['kind'] == 'pool.create.error']
        self.assertEqual(len([e for e in r.events if e['kind'] == 'pool.create']), 1 if method == 'fork' else 0, r.dump())
        daemon = errors[0]
        self.assertEqual((daemon['type'], daemon['processes'], daemon['daemon'], daemon['started']),
                         ('Pool', 2, True, 0), daemon)
        self.assertEqual(daemon['error'], 'AssertionError: daemonic processes are not allowed to have children')
        self.assertTrue(daemon['site'].endswith(':17'), daemon)
        main = [(e['type'], e.get('processes', 'absent'), e['daemon'], e['started'], e['error'].split(':')[0]) for e in errors[1:]]
        expected = [('Pool', 0, False, 0, 'ValueError'), ('ThreadPool', -1, False, 0, 'ValueError'),
                    ('Pool', 1, False, 0, 'TypeError')]
        if method != 'fork':      # the second worker's start could not pickle the token: the first was started
            expected.append(('Pool', 3, False, 1, 'TypeError'))
        self.assertEqual(main, expected, r.dump())
        if method != 'fork':
            self.assertEqual(errors[-1].get('var'), 'bad', errors[-1])

    def test_fork(self):
        self.check('fork')

    def test_spawn(self):
        self.check('spawn')


FDS = textwrap.dedent('''
    import multiprocessing as mp, os, select, sys, time
    from multiprocessing.connection import wait
    def put_later(q):
        time.sleep(0.3); q.put("x")
    def send_later(c):
        time.sleep(0.3); c.send("y")
    if __name__ == "__main__":
        ctx = mp.get_context(sys.argv[1])
        q = ctx.Queue()
        p = ctx.Process(target=put_later, args=(q,)); p.start()
        poller = select.poll(); poller.register(q._reader.fileno(), select.POLLIN)
        print("poll", len(poller.poll(10000)), q.get())
        r, w = ctx.Pipe(duplex=False)
        s = ctx.Process(target=send_later, args=(w,)); s.start()
        print("select", len(select.select([r.fileno()], [], [], 10)[0]), r.recv())
        p2 = ctx.Process(target=put_later, args=(q,)); p2.start()
        print("wait", len(wait([q._reader.fileno()], 10)), q.get())
        a, b = os.pipe()
        print("plain", select.select([a], [], [], 0.05)[0])
        for x in (p, s, p2):
            x.join()
''')


class WaitsOnFds(TraceCase):
    def check(self, method):
        plain = run(FDS, method, trace=False, args=(method,))
        r = self.traced(FDS, method, args=(method,))
        self.assertEqual((r.rc, r.stdout), (plain.rc, plain.stdout), r.dump())
        queue = [e['object'] for e in r.events if e['kind'] == 'queue.create']
        pipe = [e['object'] for e in r.events if e['kind'] == 'pipe.create']
        self.assertEqual((len(queue), len(pipe)), (1, 1), r.dump())
        waits = [e for e in r.events if e['kind'] in ('connection.wait', 'connection.ready')]
        self.assertEqual([(e.get('call'), e['what'], e['ends']) for e in waits],
                         [('poll.poll()', queue, ['reader']), ('select.select()', pipe, ['A']), (None, queue, ['reader'])],
                         r.dump())
        # a Pipe end given by its fd counts among the wait's pipes, as the end itself does (a wait found ready at
        # once on a loaded machine has no count)
        self.assertEqual([e['pipes'] for e in waits if e['kind'] == 'connection.wait'],
                         [n for e, n in zip(waits, (0, 1, 0)) if e['kind'] == 'connection.wait'], r.dump())

    def test_fork(self):
        self.check('fork')

    def test_spawn(self):
        self.check('spawn')


if __name__ == '__main__':
    unittest.main()
