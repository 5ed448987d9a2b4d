"""Gaps 34A (docs/truth-review.md): a child's run() ended by a KeyboardInterrupt, or by a SystemExit raised while
handling one, says so on its process.run.end: `context` (the exception being handled when run() raised) and
`interrupt` ("signal": Python's SIGINT handler raised it where the main thread was; "raise": a raise statement).
What the program sees is the same traced and untraced."""
import textwrap
import unittest
from mpt_helper import TraceCase


INTERRUPTED = textwrap.dedent('''
    import multiprocessing as mp, os, signal, sys, time
    def caught(ready):
        ready.set()
        try:
            while True:
                time.sleep(0.05)
        except KeyboardInterrupt:
            sys.exit(130)
    def uncaught(ready):
        ready.set()
        while True:
            time.sleep(0.05)
    def raised(ready):
        ready.set()
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt:
            raise ValueError("after")
    if __name__ == "__main__":
        ctx = mp.get_context(sys.argv[1])
        out = []
        for f in (caught, uncaught, raised):
            ready = ctx.Event()
            p = ctx.Process(target=f, args=(ready,), name=f.__name__)
            p.start()
            ready.wait(10)
            time.sleep(0.2)
            if f is not raised:
                os.kill(p.pid, signal.SIGINT)
            p.join()
            out.append((f.__name__, p.exitcode))
        print(out, flush=True)
''')


class RunEndInterrupt(TraceCase):
    def check(self, method):
        from mpt_helper import run
        plain = run(INTERRUPTED, method, trace=False, args=(method,))
        r = self.traced(INTERRUPTED, method, args=(method,))
        self.assertEqual((r.rc, r.stdout), (plain.rc, plain.stdout), r.dump())
        self.assertIn("[('caught', 130), ('uncaught', 1), ('raised', 1)]", r.stdout, r.dump())
        ends = {e['name']: e for e in r.events if e['kind'] == 'process.run.end'}
        got = {n: (ends[n]['raised'], ends[n].get('context'), ends[n].get('interrupt')) for n in ('caught', 'uncaught', 'raised')}
        self.assertEqual(got, {'caught': ('SystemExit', 'KeyboardInterrupt', 'signal'),
                               'uncaught': ('KeyboardInterrupt', None, 'signal'),
                               'raised': ('ValueError', 'KeyboardInterrupt', 'raise')}, r.dump())

    def test_fork(self):
        self.check('fork')

    def test_spawn(self):
        self.check('spawn')

    def test_forkserver(self):
        self.check('forkserver')


if __name__ == '__main__':
    unittest.main()
