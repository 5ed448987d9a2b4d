"""A signal a process sends itself with os.kill(os.getpid(), sig): the StackOverflow way to test a Ctrl-C handler
(round 9A of the truth review, docs/truth-review.md): recorded, with what the process's handler for it was."""
import unittest
from mpt_helper import TraceCase

SELF = '''
import os, signal, multiprocessing as mp
def on_usr1(signum, frame):
    print("usr1")
def child():
    signal.signal(signal.SIGUSR1, on_usr1)
    os.kill(os.getpid(), signal.SIGUSR1)
    signal.signal(signal.SIGUSR2, signal.SIG_IGN)
    os.kill(os.getpid(), signal.SIGUSR2)
    os.kill(os.getpid(), 0)
if __name__ == "__main__":
    p = mp.Process(target=child)
    p.start(); p.join()
    try:
        os.kill(os.getpid(), signal.SIGINT)
    except KeyboardInterrupt:
        print("caught")
'''


class SelfSignals(TraceCase):
    def test_a_signal_a_process_sends_itself_is_recorded_with_its_handler(self):
        """r9a_pool_sigint_terminate: the parent's os.kill(os.getpid(), SIGINT) had no event: the timeline went from
        the workers' tasks straight to "caught KeyboardInterrupt", with nothing saying where the exception came from."""
        r = self.traced(SELF, 'fork')
        self.assertEqual((r.rc, r.stdout), (0, "usr1\ncaught\n"), r.dump())
        got = [(e['signame'], e['handler'], e['function']) for e in r.events if e['kind'] == 'process.signal.self']
        self.assertEqual(got, [('SIGUSR1', 'python', 'on_usr1'), ('SIGUSR2', 'ignored', None),
                               ('SIGINT', 'keyboard_interrupt', None)], r.dump())
        self.assertEqual({e['call'] for e in r.events if e['kind'] == 'process.signal.self'}, {'os.kill()'}, r.dump())
        # not a signal to a child: no process.signal for it
        self.assertEqual(r.of('process.signal'), [], r.dump())
        # the program's traceback of KeyboardInterrupt untraced ends at its own os.kill line: nothing of ours either
        self.assertNotIn('mptutor_trace', r.stderr, r.dump())


if __name__ == '__main__':
    unittest.main()
