"""A process that signals itself (gaps 9: the note could only hedge "the process may have signalled itself")."""
import unittest
from mpt_helper import TraceCase

SELF_KILL = '''
import multiprocessing as mp, os, signal, sys

def die():
    print("about to die", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)

def interrupted():
    signal.signal(signal.SIGUSR1, lambda *a: print("handled", flush=True))
    os.kill(os.getpid(), signal.SIGUSR1)

if __name__ == "__main__":
    mp.set_start_method("METHOD")
    for target in (die, interrupted):
        p = mp.Process(target=target)
        p.start()
        p.join()
        print(target.__name__, p.exitcode)
'''


class SignalSelfTests(TraceCase):
    def test_a_signal_a_process_sends_itself_is_recorded_before_it_is_sent(self):
        for method in ('fork', 'spawn'):
            with self.subTest(method=method):
                r = self.traced(SELF_KILL.replace('METHOD', method), method)
                self.assertEqual((r.rc, r.stdout.count("die -9"), r.stdout.count("interrupted 0")), (0, 1, 1), r.dump())
                kills = [e for e in r.of('process.kill') if e['child_pid'] == e['pid']]
                self.assertEqual([(k['name'], k['call']) for k in kills], [('Process-1', 'os.kill()')], r.dump())
                signals = [e for e in r.of('process.signal') if e['child_pid'] == e['pid']]
                self.assertEqual([(s['name'], s['signame']) for s in signals], [('Process-2', 'SIGUSR1')], r.dump())

    def test_signal_zero_to_itself_sends_nothing_and_is_not_recorded(self):
        r = self.traced("import os\nos.kill(os.getpid(), 0)\nprint('ok')\n", 'fork')
        self.assertEqual((r.rc, r.of('process.signal')), (0, []), r.dump())


if __name__ == '__main__':
    unittest.main()
