"""Round 6B of the truth review (docs/truth-review.md): programs nobody here wrote — what the tracer changed or
recorded wrong."""
import unittest
from mpt_helper import TraceCase, run

NO_SUPER = '''
import multiprocessing as mp
class Worker(mp.Process):
    def __init__(self, n):
        self.n = n          # forgot super().__init__()
    def run(self):
        pass
if __name__ == "__main__":
    w = Worker(1)
    for call in (w.start, w.join, w.terminate, w.kill, w.run):
        try:
            call()
            print("ok")
        except Exception as e:
            print(type(e).__name__, e)
'''

MISUSE = '''
import multiprocessing as mp, time
def nap():
    time.sleep(0.3)
if __name__ == "__main__":
    p = mp.Process(target=nap)
    try:
        p.join()
    except AssertionError as e:
        print("join:", e)
    p.start()
    try:
        p.close()
    except ValueError as e:
        print("close:", e)
    p.join()
    p.close()
    print("closed")
'''

EXITS = '''
import multiprocessing as mp, sys
def leave(arg):
    sys.exit(arg)
if __name__ == "__main__":
    for arg in (False, True, 256, -1):
        p = mp.Process(target=leave, args=(arg,))
        p.start()
        p.join()
        print(arg, p.exitcode)
'''


class Round6B(TraceCase):
    def test_a_subclass_without_super_init_fails_as_it_does_untraced(self):
        """r6b_lifecycle_mistakes: start() of a Process subclass whose __init__ forgot super().__init__() raised
        AttributeError '_name' traced (the tracer's own error report read self._name) instead of '_closed'."""
        plain = run(NO_SUPER, 'fork', trace=False)
        r = self.traced(NO_SUPER, 'fork')
        self.assertEqual((r.rc, r.stdout), (plain.rc, plain.stdout), r.dump())
        self.assertIn("'_closed'", r.stdout)
        err = r.one('process.error', op='start')
        self.assertEqual(err['name'], 'Worker', r.dump())
        self.assertIn('AttributeError', err['error'])

    def test_join_before_start_and_close_while_running_are_recorded(self):
        """r6b_lifecycle_mistakes: join() before start() (AssertionError) and close() on a running process (ValueError)
        had no event: the timeline showed only the program's own print of them."""
        r = self.traced(MISUSE, 'fork')
        self.assertEqual(r.rc, 0, r.dump())
        self.assertEqual([(e['op'], e['error'].split(':')[0]) for e in r.of('process.error')],
                         [('join', 'AssertionError'), ('close', 'ValueError')], r.dump())
        self.assertEqual(len(r.of('process.join')), 1, r.dump())

    def test_sys_exit_false_is_exit_code_zero(self):
        """r6b_sys_exit_arguments: sys.exit(False) was recorded as code 1 ("run() raised SystemExit (exit code 1)",
        "began to exit (code 1)"); multiprocessing ends such a child with 0 (False is an int)."""
        r = self.traced(EXITS, 'fork')
        self.assertEqual(r.stdout.split(), ['False', '0', 'True', '1', '256', '0', '-1', '255'], r.dump())
        ends = [e['exitcode'] for e in r.of('process.run.end')]
        self.assertEqual(ends, [0, 1, 256, -1], r.dump())
        exits = [e['exitcode'] for e in r.of('process.exit') if e['pid'] != r.main_pid]
        self.assertEqual(exits, [0, 1, 256, -1], r.dump())


if __name__ == '__main__':
    unittest.main()
