"""The edges of a process's life (truth review round 10B, docs/truth-review.md): a multiprocessing child that ends
itself with os._exit(), in run() or in a thread of its own."""
import unittest
from mpt_helper import TraceCase

OS_EXIT = '''
import os, threading, multiprocessing as mp
def direct():
    print("before", flush=True)
    os._exit(257)
def from_thread():
    t = threading.Thread(target=os._exit, args=(5,), name="Quitter")
    t.start(); t.join()
    print("never")
if __name__ == "__main__":
    for target in (direct, from_thread):
        p = mp.Process(target=target)
        p.start(); p.join()
        print(p.exitcode, flush=True)
'''

SIBLINGS = '''
import os, signal, time, multiprocessing as mp
def victim(q):
    q.put(os.getpid())
    time.sleep(5)
def sniper(q):
    pid = q.get()
    os.kill(pid, 0)
    os.kill(pid, signal.SIGUSR1)
if __name__ == "__main__":
    q = mp.Queue()
    v = mp.Process(target=victim, args=(q,))
    s = mp.Process(target=sniper, args=(q,))
    v.start(); s.start(); s.join(); v.join()
    print(v.exitcode)
'''


class ProcessEdges(TraceCase):
    def test_os_exit_in_a_multiprocessing_child_is_its_recorded_end(self):
        """r10b_exit_code_wrap: os._exit(257) in a Process target had no process.exit (only hand-forked children
        recorded os._exit), so the note guessed "an uncaught exception, or sys.exit(1)"."""
        for method in ('fork', 'spawn', 'forkserver'):
            with self.subTest(method=method):
                r = self.traced(OS_EXIT, method)
                self.assertEqual((r.rc, r.stdout), (0, "before\n1\n5\n"), r.dump())
                # the code as given (the merger keeps its low byte), on the thread that called os._exit
                exits = [(r.header(e['pid'])['name'], r.thread_name(e['pid'], e['tid']), e['exitcode'], e.get('via'))
                         for e in r.events if e['kind'] == 'process.exit']
                self.assertEqual(sorted(exits), [('Process-1', 'MainThread', 257, 'os._exit'),
                                                 ('Process-2', 'Quitter', 5, 'os._exit')], r.dump())

    def test_a_signal_to_a_sibling_is_recorded_with_its_pid(self):
        """r10b_sibling_signals: a child's os.kill() of its siblings had no event; the note on the one SIGTERM ended
        said "the process may have signalled itself, or another program did"."""
        r = self.traced(SIBLINGS, 'fork')
        self.assertEqual((r.rc, r.stdout), (0, "-10\n"), r.dump())
        victim = r.one('process.spawn', name='Process-1')['child_pid']
        sent = [(r.header(e['pid'])['name'], e['to_pid'], e['signame'], e['call'], e.get('probe'))
                for e in r.of('process.signal.sent')]
        # the probe (signal 0) sends nothing: recorded as a probe, after the call (gaps 11A)
        self.assertEqual(sent, [('Process-2', victim, None, 'os.kill()', True), ('Process-2', victim, 'SIGUSR1', 'os.kill()', None)],
                         r.dump())
        self.assertEqual(r.of('process.signal'), [], r.dump())


if __name__ == '__main__':
    unittest.main()
