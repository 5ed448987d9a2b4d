"""Round 25X (docs/truth-review.md): a child forked by hand inside a multiprocessing child's run() leaves through
its copy of Process._bootstrap: one process.exit, the one _bootstrap's return gives, not a second for the
os._exit (fork, forkserver) or sys.exit (spawn) that multiprocessing calls after it."""
import textwrap
import unittest
from mpt_helper import TraceCase

FORK_IN_RUN = textwrap.dedent('''
    import multiprocessing as mp
    import os
    import sys
    def child(how):
        pid = os.fork()
        if pid == 0:
            if how == "exit":
                sys.exit("grandchild: config missing")
            return
        _, status = os.waitpid(pid, 0)
        print("grandchild status", os.waitstatus_to_exitcode(status), flush=True)
    if __name__ == "__main__":
        mp.set_start_method(sys.argv[1])
        for how in ("exit", "return"):
            p = mp.Process(target=child, args=(how,))
            p.start()
            p.join()
''')


class HandForkInsideRun(TraceCase):
    def check(self, method):
        r = self.traced(FORK_IN_RUN, method, args=(method,))
        self.assertEqual((r.rc, r.stdout), (0, "grandchild status 1\ngrandchild status 0\n"), r.dump())
        grandchildren = [e['child_pid'] for e in r.of('process.spawn') if e.get('os_fork')]
        self.assertEqual(len(grandchildren), 2, r.dump())
        for pid, code in zip(grandchildren, (1, 0)):
            exits = [e for e in r.of('process.exit') if e['pid'] == pid]
            self.assertEqual([(e['exitcode'], e.get('via')) for e in exits], [(code, None)], r.dump())

    def test_fork(self):
        self.check('fork')

    def test_spawn(self):
        self.check('spawn')

    def test_forkserver(self):
        self.check('forkserver')


# A child puts the exception it caught; its class's __init__ takes two arguments, so the parent's get() reads the
# bytes off the pipe and unpickling them raises TypeError: the item is taken, the get raised.
UNREADABLE_ITEM = textwrap.dedent('''
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
        q = mp.Queue()
        p = mp.Process(target=child, args=(q,))
        p.start()
        for timeout in (None, 10):
            try:
                print("got", q.get(timeout=timeout))
            except TypeError as exc:
                print("TypeError", flush=True)
        p.join()
''')


class GetThatCannotUnpickle(TraceCase):
    def test_the_get_is_recorded_with_the_error_and_the_item_taken(self):
        r = self.traced(UNREADABLE_ITEM, 'fork', args=('fork',))
        self.assertEqual((r.rc, r.stdout), (0, "TypeError\ngot done\n"), r.dump())
        gets = r.of('queue.get')
        self.assertEqual(len(gets), 2, r.dump())
        self.assertIn("TypeError: QuotaError.__init__() missing 1 required positional argument: 'limit'",
                      gets[0].get('unpickle_error', ''), r.dump())
        self.assertRegex(gets[0]['item'], r'^<\d+ pickled bytes>$')
        self.assertEqual((gets[1]['item'], gets[1].get('unpickle_error')), ("'done'", None))
        self.assertEqual(r.of('queue.error'), [])


if __name__ == '__main__':
    unittest.main()
