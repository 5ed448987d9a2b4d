"""Calls that failed or succeeded quietly and left no record (gaps 13A): a submission a closed or terminated Pool
refused, a successful Process.close() and the closed object's later calls, a Process() constructor that raised, and a
thread's exception handed to the program's own threading.excepthook.  What the program sees is unchanged."""
import unittest
from mpt_helper import TraceCase

POOL = '''
import multiprocessing as mp
def sq(x):
    return x * x
if __name__ == "__main__":
    pool = mp.Pool(1)
    pool.close()
    for call in (lambda: pool.apply_async(sq, (1,)), lambda: pool.map(sq, [1]), lambda: pool.starmap(pow, [(2, 3)]),
                 lambda: pool.imap(sq, [1])):
        try:
            call()
        except ValueError as e:
            print("refused:", e)
    pool.join()
    p2 = mp.Pool(1)
    p2.terminate()
    try:
        p2.imap_unordered(sq, [1])
    except ValueError as e:
        print("refused:", e)
    p2.join()
'''

PROCESS = '''
import multiprocessing as mp
def nap():
    pass
if __name__ == "__main__":
    try:
        mp.Process(target=nap, args=5)
    except TypeError as e:
        print("ctor:", e)
    p = mp.Process(target=nap)
    print(p.name)
    p.start(); p.join()
    p.close(); p.close()
    for what, call in (("is_alive", p.is_alive), ("join", p.join), ("exitcode", lambda: p.exitcode),
                       ("pid", lambda: p.pid), ("terminate", p.terminate)):
        try:
            call()
        except ValueError as e:
            print(what, e)
'''

HOOK = '''
import sys, threading
def fails():
    raise ValueError("bad row 7")
def quits():
    sys.exit(4)
def log_it(args):
    print("hooked", args.exc_type.__name__)
if __name__ == "__main__":
    t = threading.Thread(target=fails, name="T-default"); t.start(); t.join()
    threading.excepthook = log_it
    for name, f in (("T-hooked", fails), ("T-exit", quits)):
        t = threading.Thread(target=f, name=name); t.start(); t.join()
'''


class Gaps13A(TraceCase):
    def test_a_closed_or_terminated_pools_refusals_are_recorded(self):
        for method in ('fork', 'spawn'):
            r = self.traced(POOL, method)
            self.assertEqual((r.rc, r.stdout.count('refused: Pool not running')), (0, 5), r.dump())
            refused = r.of('pool.refused')
            self.assertEqual([(e['method'], e['state']) for e in refused],
                             [('apply_async', 'CLOSE'), ('map', 'CLOSE'), ('starmap', 'CLOSE'), ('imap', 'CLOSE'),
                              ('imap_unordered', 'TERMINATE')], r.dump())
            self.assertEqual((refused[0]['func'], refused[0]['error']), ('sq', 'ValueError: Pool not running'), r.dump())
            self.assertEqual(len(r.of('pool.submit')), 0, r.dump())
            self.assertNotIn('mptutor_trace', r.stderr)

    def test_close_its_closed_calls_and_a_failed_constructor_are_recorded(self):
        r = self.traced(PROCESS, 'fork')
        self.assertEqual(r.stdout.splitlines(), [
            "ctor: 'int' object is not iterable", 'Process-2', 'is_alive process object is closed',
            'join process object is closed', 'exitcode process object is closed', 'pid process object is closed',
            'terminate process object is closed'], r.dump())
        ctor = r.one('process.create.error')
        self.assertEqual((ctor['type'], ctor['argument'], ctor['value'], ctor['number'], ctor['target']),
                         ('Process', 'args', '5', '1', 'nap'), r.dump())
        self.assertEqual(ctor['error'], "TypeError: 'int' object is not iterable", r.dump())
        self.assertTrue(ctor['site'].endswith(':7'), r.dump())
        self.assertEqual([e['again'] for e in r.of('process.close')], [False, True], r.dump())
        self.assertEqual([(e['name'], e['op']) for e in r.of('process.error')],
                         [('Process-2', op) for op in ('is_alive', 'join', 'exitcode', 'ident', 'terminate')], r.dump())
        self.assertNotIn('mptutor_trace', r.stderr)

    def test_the_programs_own_threading_excepthook_is_named(self):
        r = self.traced(HOOK)
        self.assertEqual(r.stdout, 'hooked ValueError\nhooked SystemExit\n', r.dump())
        exits = {e['name']: e for e in r.of('thread.exit')}
        self.assertNotIn('excepthook', exits['T-default'], r.dump())
        self.assertEqual((exits['T-hooked']['excepthook'], exits['T-exit']['excepthook']), ('log_it', 'log_it'), r.dump())
        self.assertEqual(exits['T-exit']['exit_arg'], '4', r.dump())


if __name__ == '__main__':
    unittest.main()
