"""Output a program sends through other routes than a plain print(): sys.stdout swapped and restored, the
original streams in sys.__stdout__ / sys.__stderr__ (round 9A of the truth review, docs/truth-review.md)."""
import unittest
from mpt_helper import TraceCase

RESTORED = '''
import io, sys, multiprocessing as mp
def child():
    sys.stdout = io.StringIO()
    print("kept in memory")
    sys.stdout = sys.__stdout__
    print("back on the terminal")
if __name__ == "__main__":
    print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
    p = mp.Process(target=child)
    p.start(); p.join()
    sys.__stderr__.write("to the original stderr\\n")
'''


class OutputStreams(TraceCase):
    def test_a_print_after_sys_stdout_is_restored_from_dunder_stdout_has_its_row(self):
        """r9a_child_stdout_redirect: `sys.stdout = sys.__stdout__` put back the real stream, not the recorder: the
        child's next print reached the terminal with no row, and the summary said it went past print()."""
        r = self.traced(RESTORED, 'fork')
        self.assertEqual((r.rc, r.stdout), (0, "True True\nback on the terminal\n"), r.dump())
        texts = [(e['stream'], e['text']) for e in r.events if e['kind'] == 'print']
        self.assertIn(('stdout', 'back on the terminal'), texts, r.dump())
        self.assertIn(('stderr', 'to the original stderr'), texts, r.dump())
        self.assertNotIn(('stdout', 'kept in memory'), texts, r.dump())


if __name__ == '__main__':
    unittest.main()
