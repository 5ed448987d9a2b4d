"""Round 22H of the truth review (docs/truth-review.md): an OSError's text in a task's failure row.

r22h_hash_dir_chunks_missing: a worker's open() of a file removed after the listing raised FileNotFoundError; the row
said "FileNotFoundError: (2, 'No such file or directory')" (BaseException.__str__ of the args), where Python says
"[Errno 2] No such file or directory: '/tmp/…/f7.bin'": the file that was missing, the one thing the learner needs."""
import json
import os
import sys
import unittest

from mpt_helper import TraceCase

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from mptutor_trace.describe import exception_text, task_error_json   # noqa: E402


class Unprintable:
    def __repr__(self):                 # program code the tracer must not run
        raise AssertionError("ran the program's code")


class OSErrorTexts(unittest.TestCase):
    def caught(self, fn):
        try:
            fn()
        except OSError as e:
            return e
        self.fail('no OSError')

    def test_a_missing_file_is_named_as_python_names_it(self):
        e = self.caught(lambda: open('/nonexistent-r22h/f7.bin', 'rb'))
        want = "FileNotFoundError: [Errno 2] No such file or directory: '/nonexistent-r22h/f7.bin'"
        self.assertEqual(json.loads(task_error_json(e)), want)
        self.assertEqual(exception_text(e), want)

    def test_two_file_names_and_a_bare_errno(self):
        e = self.caught(lambda: os.rename('/nonexistent-r22h/a', '/nonexistent-r22h/b'))
        self.assertEqual(json.loads(task_error_json(e)),
                         "FileNotFoundError: [Errno 2] No such file or directory: '/nonexistent-r22h/a' -> '/nonexistent-r22h/b'")
        self.assertEqual(json.loads(task_error_json(OSError(5, 'Input/output error'))), 'OSError: [Errno 5] Input/output error')

    def test_a_file_name_of_the_programs_type_is_not_shown_through_its_code(self):
        e = FileNotFoundError(2, 'No such file or directory', Unprintable())
        self.assertEqual(json.loads(task_error_json(e)), 'FileNotFoundError')
        self.assertEqual(exception_text(e), 'FileNotFoundError')

    def test_other_exceptions_keep_their_text(self):
        self.assertEqual(json.loads(task_error_json(ValueError('bad', 3))), "ValueError: ('bad', 3)")
        self.assertEqual(json.loads(task_error_json(ZeroDivisionError('division by zero'))), 'ZeroDivisionError: division by zero')
        self.assertEqual(exception_text(OSError('plain words')), 'OSError: plain words')


READY_ERROR = '''
import multiprocessing as mp, time

def f(x):
    if x == 2:
        raise KeyError(x)
    return x

if __name__ == "__main__":
    with mp.Pool(2) as pool:
        for ordered in (False, True):
            it = (pool.imap if ordered else pool.imap_unordered)(f, range(3))
            time.sleep(1.5)             # every result is in before the first read
            got = []
            try:
                for x in it:
                    got.append(x)
            except KeyError as e:
                print(ordered, sorted(got), "raised", repr(e))
            try:
                it2 = pool.imap(f, [2])
                time.sleep(1.0)
                it2.next(timeout=5)
            except KeyError:
                print("next() raised")
'''


class ReadyErrorTests(TraceCase):
    def test_a_read_that_raises_a_task_error_already_here_has_its_waited_event(self):
        """r22h_hash_dir_chunks_missing (spawn): the loop's third next() raised a chunk's FileNotFoundError, every
        result already in: no event, and the screen's last row of the loop said it "returned"."""
        r = self.traced(READY_ERROR, 'fork')
        # imap_unordered hands results over in the order they finished: task 2 may finish before task 1 (its
        # worker took it after task 0 while task 1's worker was still busy), so its loop saw [0] or [1] before
        # the error as often as [0, 1] (CI trial 29). imap's order is the input's.
        lines = r.stdout.splitlines()
        self.assertEqual(r.rc, 0, r.dump())
        self.assertIn(lines[0] if lines else '', ("False [0, 1] raised KeyError(2)", "False [0] raised KeyError(2)",
                                                  "False [1] raised KeyError(2)"), r.dump())
        self.assertEqual(lines[1:], ["next() raised", "True [0, 1] raised KeyError(2)", "next() raised"], r.dump())
        raised = [w for w in r.of('pool.waited') if w['ok'] is False]
        self.assertEqual([(w['error'], w['call'], w.get('iterated')) for w in raised],
                         [('KeyError', 'next()', True), ('KeyError', 'next()', None)] * 2, r.dump())
        # none of these reads waited: no wait event, for them or for the reads that returned at once
        self.assertEqual(r.of('pool.wait'), [], r.dump())


if __name__ == '__main__':
    unittest.main()
