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


if __name__ == '__main__':
    unittest.main()
