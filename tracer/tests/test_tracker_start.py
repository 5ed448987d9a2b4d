"""The resource tracker's start (tracker_start.py, issue 12): its lane at its start, as every helper's; its print
recorder (wrapping, output, print_recorder) loaded at its first write, every line still recorded."""
import os
import shutil
import sys
import tempfile
import unittest

from mpt_helper import TraceCase, run

# run in a real tracker (its exact command line: TRACKER_ARGV) before its main(), as the next sitecustomize after the
# tracer's (fix 25: a program's command line that only names multiprocessing.resource_tracker is no longer the tracker's)
TRACKER_ARGV = ('-c', 'from multiprocessing.resource_tracker import main;main(0)')     # fd 0: /dev/null, read to its end
AS_TRACKER = '''
import io, sys
ours = ('mptutor_trace.print_recorder', 'mptutor_trace.output', 'mptutor_trace.wrapping')
before = [n for n in ours if n in sys.modules]
same = (sys.stderr is sys.__stderr__, sys.stdout is sys.__stdout__, isinstance(sys.stderr, io.TextIOWrapper),
        repr(sys.stderr) == repr(sys.stderr._mptutor_s), sys.stderr.encoding == sys.stderr._mptutor_s.encoding)
sys.stderr.write("first ")
sys.stderr.write("line\\nno newline")
print(before, same, [n for n in ours if n in sys.modules], type(sys.stderr).__name__, sys.stderr is sys.__stderr__)
'''

LEAKED = '''
import multiprocessing as mp, os, signal
def make_and_die(q):
    locks = [mp.Lock() for _ in range(2)]
    q.put(len(locks))
    q.close()
    q.join_thread()
    os.kill(os.getpid(), signal.SIGKILL)
if __name__ == "__main__":
    mp.set_start_method("spawn")
    q = mp.Queue()
    p = mp.Process(target=make_and_die, args=(q,))
    p.start()
    print("made", q.get())
    p.join()
'''


def run_as_tracker(code):
    """`code` run by the tracker's interpreter (the tracer on, in its role) before the tracker's main() runs."""
    folder = tempfile.mkdtemp(prefix='mpt-site-')
    try:
        with open(os.path.join(folder, 'sitecustomize.py'), 'w') as f:
            f.write(code)
        return run('', extra_path=folder, argv=TRACKER_ARGV)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@unittest.skipUnless(hasattr(sys, 'orig_argv'), 'before 3.10 the tracer cannot tell the tracker (its command line)')
class TrackerStartTests(TraceCase):
    def test_its_print_recorder_is_made_at_its_first_write(self):
        r = run_as_tracker(AS_TRACKER)
        self.check_numbering(r)
        self.assertEqual(r.rc, 0, r.dump())
        self.assertEqual(r.stderr, 'first line\nno newline')
        ours = "['mptutor_trace.print_recorder', 'mptutor_trace.output', 'mptutor_trace.wrapping']"
        self.assertEqual(r.stdout, '[] (True, True, True, True, True) %s PrintRecorder True\n' % ours)
        (pid, evs), = r.procs.items()
        self.assertEqual([e['kind'] for e in evs], ['proc', 'thread', 'process.start', 'print', 'print', 'print'],
                         r.dump())
        self.assertEqual((evs[0]['role'], evs[0]['infra']), ('resource_tracker', True))
        self.assertEqual((evs[2]['name'], evs[2]['role']), ('resource tracker', 'resource_tracker'))
        self.assertEqual([(e['stream'], e['text'], e.get('partial')) for e in evs[3:]],
                         [('stderr', 'first line', None), ('stdout', r.stdout[:-1], None),
                          ('stderr', 'no newline', True)])

    def test_the_real_trackers_warning_is_a_print(self):
        r = run(LEAKED)
        self.check_numbering(r)
        self.assertEqual((r.rc, r.stdout), (0, 'made 2\n'), r.dump())
        tracker, = [evs for evs in r.procs.values() if evs[0]['role'] == 'resource_tracker']
        self.assertEqual([e['kind'] for e in tracker[:3]], ['proc', 'thread', 'process.start'])
        self.assertIn('leaked semaphore', ' '.join(e['text'] for e in tracker if e['kind'] == 'print'), r.dump())
        self.assertEqual({e['kind'] for e in tracker[3:]}, {'print'})


if __name__ == '__main__':
    unittest.main()
