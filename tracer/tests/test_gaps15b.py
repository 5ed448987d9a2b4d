"""What gaps 14A and 14B left (gaps 15B): a Thread() refused because threading.excepthook (or sys.excepthook) is
None, and a Thread started with a str or bytes as its args.  What the program sees is unchanged."""
import unittest
from mpt_helper import TraceCase, run

THREADS = '''
import sys, threading
def show(*a):
    print("show got", len(a), "arguments")
class Own(threading.Thread):
    def __init__(self, word):
        super().__init__(target=show, args=word, name="Own-1")
if __name__ == "__main__":
    for t in (threading.Thread(target=show, args="abc", name="T-str"), threading.Thread(target=show, args=b"xy"),
              threading.Thread(target=show, args=("abc",)), Own("hello")):
        t.start(); t.join()
    threading.excepthook = None
    try:
        threading.Thread(target=show, name="T-refused")
    except RuntimeError as e:
        print("refused:", e)
    threading.excepthook, sys.excepthook = threading.__excepthook__, None
    try:
        threading.Thread(target=show)
    except RuntimeError as e:
        print("refused:", e)
    sys.excepthook = sys.__excepthook__
'''

APPLY_STRING = '''
import multiprocessing as mp
def shout(word):
    return word.upper()
if __name__ == "__main__":
    with mp.Pool(1) as pool:
        for args in ("hey", b"xy", ("hey",)):
            try:
                print(pool.apply_async(shout, args=args).get(timeout=30))
            except TypeError as e:
                print("TypeError:", e)
'''


class Gaps15B(TraceCase):
    def test_a_thread_refused_or_given_a_string_as_args_is_recorded(self):
        r = self.traced(THREADS)
        untraced = run(THREADS, trace=False)
        self.assertEqual(r.stdout, untraced.stdout, r.dump())
        self.assertEqual(r.stdout.splitlines(), ['show got 3 arguments', 'show got 2 arguments', 'show got 1 arguments',
                                                 'show got 5 arguments', 'refused: threading.excepthook is None',
                                                 'refused: sys.excepthook is None'], r.dump())
        got = [(e['name'], e['value'], e['type'], e['count'], e['site'].rsplit(':', 1)[1])
               for e in r.of('thread.args.string')]
        self.assertEqual(got, [('T-str', "'abc'", 'str', 3, '11'), ('Thread-1 (show)', "b'xy'", 'bytes', 2, '11'),
                               ('Own-1', "'hello'", 'str', 5, '11')], r.dump())
        refused = [(e['name'], e['error'], e['site'].rsplit(':', 1)[1]) for e in r.of('thread.create.error')]
        self.assertEqual(refused, [('T-refused', 'RuntimeError: threading.excepthook is None', '14'),
                                   ('Thread-3 (show)', 'RuntimeError: sys.excepthook is None', '19')], r.dump())
        self.assertNotIn('mptutor_trace', r.stderr)

    def test_an_apply_async_whose_args_is_a_string_says_how_many_arguments_it_makes(self):
        for method in ('fork', 'spawn'):
            r = self.traced(APPLY_STRING, method)
            self.assertEqual(r.stdout, run(APPLY_STRING, method, trace=False).stdout, r.dump())
            self.assertEqual(r.stdout.splitlines()[0], 'TypeError: shout() takes 1 positional argument but 3 were given')
            got = [(e['job'], e['args'], e.get('args_string')) for e in r.of('pool.submit')]
            self.assertEqual(got, [(0, "'hey'", 3), (1, "b'xy'", 2), (2, "('hey',)", None)], r.dump())


if __name__ == '__main__':
    unittest.main()
