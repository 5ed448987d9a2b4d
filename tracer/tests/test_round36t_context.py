"""Round 36T (docs/truth-review.md): a process.run.end's `context` is the exception Python shows as handled when run()
raised.  One raised `from None` inside a library (json's JSONDecodeError hides the StopIteration its scanner raised)
has its context suppressed: Python's traceback does not show it, and the record does not name it either.  A context
the program's own handler had (`except KeyError: sys.exit(3)`), or one given as the cause (`raise X from e`), stays."""
import textwrap
import unittest
from mpt_helper import TraceCase


PROGRAM = textwrap.dedent('''
    import json, multiprocessing as mp, sys
    def from_none():
        json.loads('{"a": }')
    def handled():
        try:
            {}["k"]
        except KeyError:
            sys.exit(3)
    def caused():
        try:
            {}["k"]
        except KeyError as e:
            raise ValueError("bad") from e
    def own_from_none():
        try:
            {}["k"]
        except KeyError:
            raise ValueError("bad") from None
    if __name__ == "__main__":
        ctx = mp.get_context(sys.argv[1])
        out = []
        for f in (from_none, handled, caused, own_from_none):
            p = ctx.Process(target=f, name=f.__name__)
            p.start()
            p.join()
            out.append((f.__name__, p.exitcode))
        print(out, flush=True)
''')


class RunEndContextSuppressed(TraceCase):
    def check(self, method):
        from mpt_helper import run
        plain = run(PROGRAM, method, trace=False, args=(method,))
        r = self.traced(PROGRAM, method, args=(method,))
        self.assertEqual((r.rc, r.stdout), (plain.rc, plain.stdout), r.dump())
        ends = {e['name']: e for e in r.events if e['kind'] == 'process.run.end'}
        got = {n: (ends[n]['raised'], ends[n].get('context')) for n in ('from_none', 'handled', 'caused', 'own_from_none')}
        self.assertEqual(got, {'from_none': ('JSONDecodeError', None), 'handled': ('SystemExit', 'KeyError'),
                               'caused': ('ValueError', 'KeyError'), 'own_from_none': ('ValueError', None)}, r.dump())

    def test_fork(self):
        self.check('fork')

    def test_spawn(self):
        self.check('spawn')


if __name__ == '__main__':
    unittest.main()
