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


if __name__ == '__main__':
    unittest.main()
