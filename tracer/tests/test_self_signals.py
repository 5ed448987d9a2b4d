"""A signal a process sends itself with os.kill(os.getpid(), sig): the StackOverflow way to test a Ctrl-C handler
(round 9A of the truth review, docs/truth-review.md): recorded, with what the process's handler for it was."""
import unittest
from mpt_helper import TraceCase, run

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
        # the child's handler, installed in the Process target that multiprocessing called, is the program's own
        self.assertEqual([(e['signame'], e['function']) for e in r.events if e['kind'] == 'signal.handler'],
                         [('SIGUSR1', 'on_usr1')], r.dump())
        # not a signal to a child: no process.signal for it
        self.assertEqual(r.of('process.signal'), [], r.dump())
        # the program's traceback of KeyboardInterrupt untraced ends at its own os.kill line: nothing of ours either
        self.assertNotIn('mptutor_trace', r.stderr, r.dump())


if __name__ == '__main__':
    unittest.main()


ALARM = '''
import signal, sys, time, traceback, multiprocessing as mp
def on_alarm(signum, frame):
    raise TimeoutError("too long")
def on_child(signum, frame):
    pass
if __name__ == "__main__":
    previous = signal.signal(signal.SIGALRM, on_alarm)
    print(previous, signal.getsignal(signal.SIGALRM) is on_alarm, signal.signal(signal.SIGALRM, on_alarm) is on_alarm)
    signal.alarm(1)
    try:
        time.sleep(5)
    except TimeoutError as e:
        print("gave up:", e)
        print([f.name for f in traceback.extract_tb(e.__traceback__)])
    signal.signal(signal.SIGCHLD, on_child)
    p = mp.Process(target=print, args=("child",))
    p.start(); p.join()
'''


class SignalHandlers(TraceCase):
    def test_a_handler_the_program_installed_is_recorded_when_it_runs_and_how_it_ended(self):
        """r9a_alarm_interrupts_map: "map() of task 0 raised TimeoutError after 1.003 s" with nothing saying that a
        SIGALRM handler raised it (map() has no timeout of its own)."""
        plain = run(ALARM, 'fork', trace=False)
        r = self.traced(ALARM, 'fork')
        # the same handlers back from signal() and getsignal(), the same traceback: the program's own frames only
        self.assertEqual(plain.stdout.splitlines()[1:3], ["gave up: too long", "['<module>', 'on_alarm']"], plain.stdout)
        self.assertEqual(r.stdout, plain.stdout, r.dump())
        runs = [(e['signame'], e['function']) for e in r.events if e['kind'] == 'signal.handler']
        self.assertEqual(runs[0], ('SIGALRM', 'on_alarm'), r.dump())
        self.assertIn(('SIGCHLD', 'on_child'), runs, r.dump())
        ends = [(e['function'], e['ok'], e['error']) for e in r.events if e['kind'] == 'signal.handler.end']
        self.assertEqual(ends[0], ('on_alarm', False, 'TimeoutError: too long'), r.dump())
        self.assertEqual(len(runs), len(ends), r.dump())


FORKSERVER = '''
import signal, multiprocessing as mp
def on_usr1(signum, frame):
    pass
def main():
    signal.signal(signal.SIGUSR1, on_usr1)
    ctx = mp.get_context("forkserver")
    p = ctx.Process(target=print, args=("child",))
    p.start(); p.join()
if __name__ == "__main__":
    main()
'''


class LibraryHandlers(TraceCase):
    def test_the_fork_servers_own_handlers_are_not_the_programs(self):
        """The fork server installs its own SIGCHLD handler (multiprocessing.forkserver.main): never wrapped, so its
        runs are not reported as the program's handler."""
        r = self.traced(FORKSERVER, 'fork')
        self.assertEqual((r.rc, r.stdout), (0, "child\n"), r.dump())
        self.assertEqual([e['function'] for e in r.events if e['kind'] == 'signal.handler'], [], r.dump())
