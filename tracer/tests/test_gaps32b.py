"""Gaps 32B: the atexit handlers' runs (`process.atexit.run`, atexit_runs.py), in the order Python runs them, with
atexit.register()/unregister() untouched: register() returns the function itself, unregister() still finds it."""
import unittest
from mpt_helper import TraceCase

JANITOR = '''
import atexit, functools, multiprocessing as mp, sys, time

def janitor():
    time.sleep(30)

def report(tag):
    print("report", tag, flush=True)

def dropped():
    print("dropped ran")

class Keeper:
    def close(self):
        print("keeper closed", flush=True)

if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1])
    r = atexit.register(report, "first")
    print("same", r is report, atexit.register(dropped) is dropped)
    atexit.unregister(dropped)
    atexit.register(functools.partial(print, "partial ran"))    # a C function: not seen
    ctx.Process(target=janitor, name="janitor", daemon=True).start()
    atexit.register(Keeper().close)
    print("main done", flush=True)
'''


class AtexitRuns(TraceCase):
    def check(self, method):
        r = self.traced(JANITOR, method, args=(method,))
        self.assertEqual(r.rc, 0, r.dump())
        self.assertEqual(r.stdout, 'same True True\nmain done\nkeeper closed\npartial ran\nreport first\n', r.dump())
        main = r.procs[r.main_pid]
        runs = [(e['function'], e['order'], e['registered_by']) for e in main if e['kind'] == 'process.atexit.run']
        self.assertEqual(runs, [('Keeper.close', 1, 'program'), ('_exit_function', 2, 'multiprocessing'),
                                ('report', 3, 'program')], r.dump())
        order = [e.get('function') or e.get('text') or e['kind'] for e in sorted(main, key=lambda e: e['n'])
                 if e['kind'] in ('process.atexit.run', 'process.terminate', 'print')]
        self.assertEqual(order[1:], ['main done', 'Keeper.close', 'keeper closed', '_exit_function', 'process.terminate',
                                     'partial ran', 'report', 'report first'], r.dump())
        self.assertTrue(r.one('process.terminate')['at_exit'], r.dump())

    def test_fork(self):
        self.check('fork')

    def test_spawn(self):
        self.check('spawn')


if __name__ == '__main__':
    unittest.main()
