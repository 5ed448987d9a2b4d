"""A thread ended by sys.exit() or an uncaught exception (gaps 11A, r10b_thread_exits_in_child): its thread.exit says
what ended it (threading's excepthook ignores SystemExit silently); a thread that returns says nothing more, and what
the program sees is unchanged (stderr, the excepthook the program set)."""
import unittest
from mpt_helper import TraceCase

THREADS = '''
import sys, threading
def quits():
    sys.exit(3)
def fails():
    raise ValueError("bad row 7")
def fine():
    pass
seen = []
if __name__ == "__main__":
    for name, f in (("T-exit", quits), ("T-raise", fails), ("T-fine", fine)):
        t = threading.Thread(target=f, name=name); t.start(); t.join()
    threading.excepthook = lambda args: seen.append(args.exc_type.__name__)
    t = threading.Thread(target=fails, name="T-hooked"); t.start(); t.join()
    print("main goes on", seen)
'''


class ThreadEnds(TraceCase):
    def test_a_threads_system_exit_and_exception_are_on_its_exit(self):
        r = self.traced(THREADS)
        self.assertEqual((r.rc, r.stdout), (0, "main goes on ['ValueError']\n"), r.dump())
        self.assertIn('ValueError: bad row 7', r.stderr)
        self.assertNotIn('SystemExit', r.stderr)
        exits = {e['name']: e for e in r.of('thread.exit')}
        self.assertEqual((exits['T-exit']['raised'], exits['T-exit']['exit_arg']), ('SystemExit', '3'), r.dump())
        self.assertEqual((exits['T-raise']['raised'], exits['T-raise']['error']), ('ValueError', 'ValueError: bad row 7'), r.dump())
        self.assertEqual(exits['T-hooked']['raised'], 'ValueError', r.dump())
        self.assertNotIn('raised', exits['T-fine'], r.dump())
        for line in r.stderr.splitlines():
            self.assertNotIn('mptutor_trace', line)


if __name__ == '__main__':
    unittest.main()
