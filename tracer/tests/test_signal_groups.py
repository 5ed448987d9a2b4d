"""os.killpg() and os.kill(pid, 0) by the program (gaps 11A): a signal to a process group is recorded with the group
(process.signal.sent, `to_pgid`, `own_group`); a probe (signal 0) to another pid with what it found (nothing is sent),
its ProcessLookupError reaching the program as untraced, with no frame of ours."""
import unittest
from mpt_helper import TraceCase

GROUPS = '''
import multiprocessing as mp, os, signal, sys, time
def sleeper():
    time.sleep(1)
def prober(pid, gone):
    os.kill(pid, 0)
    try:
        os.kill(gone, 0)
    except ProcessLookupError as e:
        print("gone:", type(e).__name__, e.__traceback__.tb_next is None)
if __name__ == "__main__":
    mp.set_start_method("fork")
    os.setpgid(0, 0)     # a group of its own: the test runner is not in it
    signal.signal(signal.SIGUSR1, lambda *a: print("main got SIGUSR1", flush=True))
    p = mp.Process(target=prober, args=(os.getpid(), 2 ** 22 + 12345))
    p.start(); p.join()
    q = mp.Process(target=sleeper); q.start()
    time.sleep(0.3)
    os.killpg(0, signal.SIGUSR1)
    time.sleep(0.1)
    q.join()
    print("sleeper", q.exitcode)
'''


class SignalGroups(TraceCase):
    def test_killpg_and_probes_are_recorded(self):
        r = self.traced(GROUPS)
        self.assertIn("gone: ProcessLookupError True", r.stdout, r.dump())
        self.assertEqual(r.stdout.count("main got SIGUSR1"), 2, r.dump())     # the sleeper has the handler too (fork)
        self.assertIn("sleeper 0", r.stdout, r.dump())
        probes = r.of('process.signal.sent', probe=True)
        self.assertEqual([(e['signum'], e['error']) for e in probes], [(0, None), (0, 'ProcessLookupError')], r.dump())
        group = [e for e in r.of('process.signal.sent') if 'to_pgid' in e]
        self.assertEqual([(e['signame'], e['call'], e['own_group']) for e in group], [('SIGUSR1', 'os.killpg()', True)], r.dump())
        self.assertEqual(group[0]['to_pgid'], r.header(group[0]['pid']).get('pgid', group[0]['to_pgid']))


SIBLING = '''
import multiprocessing as mp, os, signal, sys, time
def sleeper(group):
    signal.signal(signal.SIGUSR1, signal.SIG_DFL)
    os.setpgid(0, 0)
    group.value = os.getpgrp()
    time.sleep(10)
def sender(group):
    while group.value == 0:
        time.sleep(0.01)
    os.killpg(group.value, signal.SIGUSR1)
if __name__ == "__main__":
    mp.set_start_method(sys.argv[1])
    group = mp.Value("i", 0)
    a = mp.Process(target=sleeper, args=(group,)); b = mp.Process(target=sender, args=(group,))
    a.start(); b.start(); b.join(); a.join()
    print("sleeper", a.pid, a.exitcode, "main", os.getpid())
'''


class GroupMembers(TraceCase):
    """gaps 12A: a group signal names the run's processes in that group when it is sent (Linux), so a sibling it
    ended, whose sender is not its parent, can be told what reached it."""

    def test_the_groups_members_are_recorded(self):
        for method in ('fork', 'spawn'):
            r = self.traced(SIBLING, args=(method,))
            words = r.stdout.split()
            self.assertEqual(words[:1] + words[2:3], ['sleeper', '-10'], r.dump())
            sent = r.one('process.signal.sent')
            self.assertEqual((sent['signame'], sent['own_group'], sent['members']), ('SIGUSR1', False, [int(words[1])]), r.dump())


if __name__ == '__main__':
    unittest.main()
