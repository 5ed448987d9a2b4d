import unittest
from mpt_helper import TraceCase, run

# Arguments whose pickling fails in C (no Python frame holds them): a threading.Lock, a lambda, a generator inside a
# list, an open file; after a multiprocessing Lock under spawn (pickled only while spawning); an object of the
# program's with its own __getstate__ (its code must not run again: the search stops); more than 1 MiB before the
# culprit (the bound stops it); a lambda as the function (no argument is to blame).
CULPRITS = '''
import concurrent.futures as cf, multiprocessing as mp, sys, threading
def work(n, thing=None, extra=None):
    return n
class Holder:
    calls = 0
    def __init__(self):
        self.lock = threading.Lock()
    def __getstate__(self):
        Holder.calls += 1
        return self.__dict__
def cases(ctx):
    gen = (i for i in range(3))
    return [((1, threading.Lock()), {}), ((2, None), {'extra': lambda: 0}), ((3, [1, gen]), {}),
            ((4, open(__file__)), {}), ((5, Holder()), {}), ((6, [b'x' * (2 << 20)], threading.Lock()), {})]
if __name__ == "__main__":
    method = sys.argv[1]
    ctx = mp.get_context(method)
    out = []
    with cf.ProcessPoolExecutor(max_workers=1, mp_context=ctx) as ex:
        for args, kw in cases(ctx) + [((7,), {})]:
            try:
                ex.submit(work if args[0] != 7 else (lambda n: n), *args, **kw).result()
            except Exception as e:
                out.append(type(e).__name__)
    with ctx.Pool(1) as pool:
        for args, kw in cases(ctx):
            try:
                pool.apply_async(work, args, kw).get()
            except Exception as e:
                out.append(type(e).__name__)
    if method != "fork":
        for args, kw in [((8, ctx.Lock(), threading.Lock()), {})] + cases(ctx)[:2]:
            try:
                ctx.Process(target=work, args=args, kwargs=kw).start()
            except Exception as e:
                out.append(type(e).__name__)
    print(len(out), Holder.calls)
'''
NAMED = [('thing', 'lock'), ('extra', 'function'), ('thing', 'list'), ('thing', 'TextIOWrapper'), None, None]


class PickleCulprits(TraceCase):
    def check(self, method):
        untraced = run(CULPRITS, start_method=method, trace=False, args=[method])
        self.assertEqual(untraced.rc, 0, untraced.stderr)
        r = self.traced(CULPRITS, method, args=[method])
        self.assertEqual((r.rc, r.stdout), (0, untraced.stdout), r.dump())   # Holder.__getstate__ ran as often
        named = lambda e: (e['argument'], e['argument_type']) if 'argument' in e else None
        unsent = sorted((e['work'], named(e)) for e in r.of('future.result') if e.get('unsent'))
        self.assertEqual([n for _, n in unsent], NAMED + [None], r.dump())
        tasks = sorted((e['job'], named(e)) for e in r.of('pool.result') if e.get('ok') is False)
        self.assertEqual([n for _, n in tasks], NAMED, r.dump())
        self.assertTrue(all(e['message'] for e in r.of('pool.result') if e.get('ok') is False), r.dump())
        starts = [named(e) for e in r.of('process.error') if e['op'] == 'start']
        self.assertEqual(starts, [] if method == 'fork' else [('extra', 'lock'), ('thing', 'lock'), ('extra', 'function')],
                         r.dump())

    def test_fork(self):
        """Gaps 13B: a threading.Lock (or lambda, generator, file) argument fails to pickle in C: it was never named."""
        self.check('fork')

    def test_spawn(self):
        self.check('spawn')


if __name__ == '__main__':
    unittest.main()
