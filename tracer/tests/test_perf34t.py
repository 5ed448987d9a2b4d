"""Perf 34T (docs/truth-review.md): what the tracer leaves out of the hot paths until the program needs it.

concurrent.futures.Future's set_result()/set_exception() are wrapped when the program makes its first Future of its
own (gaps 33A's future.set), not when concurrent.futures is imported: an executor's own Futures, which are all a
program that never makes one has, call the originals with no frame of the tracer's in between."""
import textwrap
import unittest
from mpt_helper import TraceCase, run


SETTERS = textwrap.dedent('''
    import concurrent.futures as cf, os, sys
    def where():
        return os.path.basename(cf.Future.set_result.__code__.co_filename), \\
            os.path.basename(cf.Future.set_exception.__code__.co_filename)
    if __name__ == "__main__":
        with cf.ThreadPoolExecutor(2) as ex:
            print(ex.submit(pow, 2, 5).result(), ex.submit(divmod, 7, 2).result())
        print("executor only:", where())
        mine = cf.Future()
        sys.stderr.write("after Future(): %s %s\\n" % where())
        with cf.ThreadPoolExecutor(1) as ex:
            ex.submit(mine.set_result, "set by a worker").result()
        print(mine.result())
''')

SIGNATURE = textwrap.dedent('''
    import concurrent.futures as cf
    class P(cf.Future):
        def __init__(self):
            super().__init__(1)
    for make in (P, lambda: cf.Future(x=1), lambda: cf.Future(None)):
        try:
            make()
        except TypeError as e:
            print(e)
    print(cf.Future.__init__.__qualname__, cf.Future().done())
''')


class LazySetters(TraceCase):
    def test_an_executors_futures_pass_no_wrapper_until_the_program_makes_one(self):
        plain = run(SETTERS, trace=False)
        r = self.traced(SETTERS)
        self.assertEqual(r.rc, 0, r.stderr)
        self.assertEqual(r.stdout, plain.stdout)
        self.assertIn("executor only: ('_base.py', '_base.py')", r.stdout)
        self.assertNotIn('after Future(): _base.py', r.stderr)      # wrapped once the program made its own
        self.assertEqual(len([e for e in r.events if e['kind'] == 'future.submit']), 3)
        creates = [e for e in r.events if e['kind'] == 'future.create']
        self.assertEqual([e.get('var') for e in creates], ['mine'])
        sets = [e for e in r.events if e['kind'] == 'future.set']
        self.assertEqual([(e['object'], e['ok'], e['result']) for e in sets],
                         [(creates[0]['object'], True, "'set by a worker'")])
        ends = [e for e in r.events if e['kind'] == 'future.end']
        self.assertEqual(len(ends), 3)

    def test_futures_init_wrapper_of_its_own_signature_raises_the_same_type_errors(self):
        # a guard (passes before and after): Future.__init__'s wrapper now takes (self), not (*args, **kwargs)
        plain = run(SIGNATURE, trace=False)
        r = self.traced(SIGNATURE)
        self.assertEqual(r.rc, 0, r.stderr)
        self.assertEqual(r.stdout, plain.stdout)
        self.assertEqual(r.stdout.count('Future.__init__()'), 3, r.stdout)


if __name__ == '__main__':
    unittest.main()
