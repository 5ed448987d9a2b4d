"""Gaps 17B of the truth review (docs/truth-review.md): what gaps 16A and 16B left."""
import unittest
from mpt_helper import TraceCase

TARGETS = '''
import functools, multiprocessing as mp, sys

class Job:
    def __init__(self, tag):
        self.tag = tag
    def run_job(self):
        print("job", self.tag, flush=True)
    def __repr__(self):
        raise RuntimeError("a repr the tracer must never call")

def work(i):
    print("worker got i =", i, flush=True)

def make(n):
    def nested():
        work(n)
    return nested

if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1])
    procs = [ctx.Process(target=lambda: work(i), name="late-%d" % i) for i in range(2)]
    if sys.argv[1] == "fork":
        procs += [ctx.Process(target=lambda i=1, *, k="x": work(i), name="default"),
                  ctx.Process(target=make(7), name="nested"),
                  ctx.Process(target=(lambda job=Job(1): job.run_job()), name="object")]
    procs += [ctx.Process(target=work, args=(5,), name="plain"),
              ctx.Process(target=functools.partial(work, 6), name="partial"),
              ctx.Process(target=Job(2).run_job, name="method"), ctx.Process(name="none")]
    for p in procs:
        try:
            p.start()
        except Exception as e:
            print("start() of", p.name, "raised", type(e).__name__, flush=True)
    for p in procs:
        if p.pid is not None:
            p.join()
    with ctx.Pool(1) as pool:
        print(pool.apply(work, (8,)) is None, flush=True)
'''


class SpawnTargets(TraceCase):
    def test_a_start_row_names_its_target_and_what_a_lambda_captured(self):
        """r15_late_binding_lambda_targets: `[Process(target=lambda: work(i)) for i in range(3)]` started after the
        loop; every fork child printed 2 and no row named the target. `process.spawn` now carries `target` and, for a
        plain function, the values its closure cells held at start() and its defaults; a Pool's workers get none."""
        for method in ('fork', 'spawn'):
            with self.subTest(method=method):
                r = self.traced(TARGETS, method, args=[method])
                self.assertEqual(r.rc, 0, r.dump())
                spawns = {e['name']: e for e in r.of('process.spawn') if e['pid'] == r.main_pid}
                got = {name: (e.get('target'), e.get('closure'), e.get('defaults')) for name, e in spawns.items()}
                expected = {'plain': ('work', None, None), 'partial': ('partial(work, 6)', None, None),
                            'method': ('Job.run_job', None, None), 'none': (None, None, None)}
                if method == 'fork':
                    expected.update({'late-0': ('<listcomp>.<lambda>', 'i=1', None),
                                     'late-1': ('<listcomp>.<lambda>', 'i=1', None),
                                     'default': ('<lambda>', None, "i=1, k='x'"),
                                     'nested': ('make.<locals>.nested', 'n=7', None),
                                     'object': ('<lambda>', None, 'job=<Job>')})
                for name, want in expected.items():
                    self.assertEqual(got.get(name), want, (name, r.dump()))
                workers = [e for e in r.of('process.spawn') if 'PoolWorker' in e['name']]
                self.assertEqual([e.get('target', 'absent') for e in workers], ['absent'], r.dump())
                self.assertNotIn('a repr the tracer must never call', r.stdout + r.stderr)
                if method == 'spawn':       # a lambda cannot be pickled: start() raised, no spawn row
                    self.assertIn('start() of late-0 raised PicklingError', r.stdout, r.dump())


if __name__ == '__main__':
    unittest.main()
