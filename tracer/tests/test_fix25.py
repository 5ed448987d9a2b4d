"""Fix 25 (docs/truth-review.md): multiprocessing's helpers told by their exact command lines (roles.py), and the
resource tracker's stand-in streams kept alive through the print() that replaces them (tracker_start.py).

Before, any interpreter whose command line contained `multiprocessing.resource_tracker` (or `multiprocessing.
forkserver`, or `spawn_main`) was taken for that helper; as the tracker, a print() of its died by SIGSEGV: print()
holds sys.stdout as a borrowed reference across its two write() calls, the first put the print recorder in
sys.stdout and the stand-in, freed, was used by the second."""
import os
import sys
import unittest

from mpt_helper import TraceCase, run, TRACER_DIR
from test_tracker_start import run_as_tracker

# a program's own interpreter that names a helper's module or function, as start25 found it
NAMING = {
    'resource_tracker': 'import multiprocessing.resource_tracker; print(1); print(2)',
    'forkserver': 'import multiprocessing.forkserver; print(1); print(2)',
    'spawn_main': 'from multiprocessing.spawn import spawn_main; print(1); print(2)',
}
RUNS_ONE = '''
import subprocess, sys
r = subprocess.run([sys.executable, "-c", sys.argv[1]])
print("rc", r.returncode)
'''

HELPERS = '''
import multiprocessing as mp, sys
def hello(q):
    q.put("hello")
if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1])
    q = ctx.Queue()
    p = ctx.Process(target=hello, args=(q,))
    p.start()
    print(q.get())
    p.join()
'''


def roles():
    if TRACER_DIR not in sys.path:
        sys.path.insert(0, TRACER_DIR)
    from mptutor_trace import roles
    return roles


@unittest.skipUnless(hasattr(sys, 'orig_argv'), 'before 3.10 the tracer sees no -c code')
class ProgramsNamingAHelper(TraceCase):
    def test_a_subprocess_that_imports_a_helpers_module_is_the_programs_and_prints(self):
        for name, code in NAMING.items():
            with self.subTest(name):
                r = self.traced(RUNS_ONE, args=(code,))
                self.assertEqual((r.rc, r.stdout, r.stderr), (0, '1\n2\nrc 0\n', ''), r.dump())
                other, = [evs for evs in r.procs.values() if evs[0]['role'] != 'main']
                self.assertEqual((other[0]['role'], other[0]['infra']), ('other', False), r.dump())
                self.assertEqual([(e['text'], e.get('partial')) for e in other if e['kind'] == 'print'],
                                 [('1', None), ('2', None)], r.dump())

    def test_such_a_program_traced_itself_is_the_main_one(self):
        r = run('', argv=('-c', NAMING['resource_tracker']))
        self.check_numbering(r)
        self.assertEqual((r.rc, r.stdout), (0, '1\n2\n'), r.dump())
        (pid, evs), = r.procs.items()
        self.assertEqual(evs[0]['role'], 'main')
        self.assertEqual([e['text'] for e in evs if e['kind'] == 'print'], ['1', '2'])

    def test_the_real_helpers_keep_their_roles(self):
        for method, expected in (('spawn', {'main', 'resource_tracker', 'child'}),
                                 ('forkserver', {'main', 'resource_tracker', 'forkserver'})):
            with self.subTest(method):
                r = self.traced(HELPERS, args=(method,))
                self.assertEqual((r.rc, r.stdout), (0, 'hello\n'), r.dump())
                self.assertLessEqual(expected, {evs[0]['role'] for evs in r.procs.values()}, r.dump())


@unittest.skipUnless(hasattr(sys, 'orig_argv'), 'before 3.10 the tracer cannot tell the tracker (its command line)')
class TrackerPrint(TraceCase):
    def test_a_print_in_the_tracker_as_its_first_write_does_not_crash_it(self):
        r = run_as_tracker('print(12)\nprint(34)\n')
        self.check_numbering(r)
        self.assertEqual((r.rc, r.stdout, r.stderr), (0, '12\n34\n', ''), r.dump())
        (pid, evs), = r.procs.items()
        self.assertEqual(evs[0]['role'], 'resource_tracker')
        self.assertEqual([(e['stream'], e['text']) for e in evs if e['kind'] == 'print'],
                         [('stdout', '12'), ('stdout', '34')], r.dump())


class ExactShapes(unittest.TestCase):
    """helper_role(argv, orig_argv, frozen): the command lines of CPython 3.11-3.13's multiprocessing, and near misses."""
    TRACKER = 'from multiprocessing.resource_tracker import main;main(5)'
    FORKSERVER = "from multiprocessing.forkserver import main; main(3, 4, ['__main__'], **{'sys_path': ['/a']})"
    SPAWN = 'from multiprocessing.spawn import spawn_main; spawn_main(tracker_fd=5, pipe_handle=7)'

    def role(self, orig_argv, frozen=False):
        argv = orig_argv[orig_argv.index('-c'):] if '-c' in orig_argv else orig_argv[1:]
        argv = argv[:1] + argv[2:] if argv[:1] == ['-c'] else argv
        return roles().helper_role(argv, orig_argv, frozen)

    def test_the_launch_commands(self):
        self.assertEqual(self.role(['py', '-c', self.TRACKER]), 'resource_tracker')
        self.assertEqual(self.role(['py', '-X', 'faulthandler', '-W', 'error', '-c', self.TRACKER]), 'resource_tracker')
        self.assertEqual(self.role(['py', '-c', self.FORKSERVER]), 'forkserver')
        self.assertEqual(self.role(['py', '-c', self.SPAWN, '--multiprocessing-fork']), 'child')
        self.assertEqual(roles().helper_role(['prog', '--multiprocessing-fork', 'pipe_handle=7'], ['prog'], True), 'child')

    def test_near_misses_are_the_programs(self):
        for orig in (['py', '-c', 'import multiprocessing.resource_tracker; print(1)'],
                     ['py', '-c', self.TRACKER + '; print(1)'],
                     ['py', '-c', 'from multiprocessing.resource_tracker import main;main(x)'],
                     ['py', '-c', "import multiprocessing.forkserver"],
                     ['py', '-c', 'from multiprocessing.forkserver import main; main(a, 4, [], **{})'],
                     ['py', '-c', self.SPAWN],      # without --multiprocessing-fork after it
                     ['py', '-c', 'from multiprocessing.spawn import spawn_main; spawn_main(print(1))',
                      '--multiprocessing-fork'],
                     ['py', '-c', 'import sys', '--multiprocessing-fork']):
            with self.subTest(orig):
                self.assertIsNone(self.role(orig))
        # a script given the tracker's code as its arguments: sys.argv[0] is the script
        self.assertIsNone(roles().helper_role(['prog.py', '-c', self.TRACKER], ['py', 'prog.py', '-c', self.TRACKER]))
        self.assertIsNone(roles().helper_role(['prog.py', '--multiprocessing-fork'], ['py', 'prog.py', '--multiprocessing-fork']))


if __name__ == '__main__':
    unittest.main()
