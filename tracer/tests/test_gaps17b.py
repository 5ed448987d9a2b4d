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



LIST_POSITIONS = '''
import multiprocessing as mp, sys
from multiprocessing import shared_memory

def writer(sl):
    for position in (slice(0, 2), 1.5, "1", 2):
        try:
            sl[position] = 9
        except TypeError as e:
            print(type(position).__name__, "TypeError", flush=True)

if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1])
    sl = shared_memory.ShareableList([1, 2, 3])
    p = ctx.Process(target=writer, args=(sl,))
    p.start()
    p.join()
    print(list(sl), flush=True)
    sl.shm.close()
    sl.shm.unlink()
'''


class ShareableListPositions(TraceCase):
    def test_a_shareable_list_write_at_a_position_that_is_not_an_int_is_recorded(self):
        """gaps 16A Left 3: `sl[0:2] = 9` raised TypeError and no row said so (the exception path recorded int
        positions only). It raises before anything is written; `shared.write.error` names the position as written."""
        for method in ('fork', 'spawn'):
            with self.subTest(method=method):
                r = self.traced(LIST_POSITIONS, method, args=[method])
                self.assertEqual(r.rc, 0, r.dump())
                self.assertEqual(r.stdout.splitlines(), ['slice TypeError', 'float TypeError', 'str TypeError', '[1, 2, 9]'])
                errors = [(e['attr'], e['value'], e['error'].split(':')[0]) for e in r.of('shared.write.error')]
                self.assertEqual(errors, [('[0:2]', '9', 'TypeError'), ('[<float>]', '9', 'TypeError'),
                                          ('[<str>]', '9', 'TypeError')], r.dump())
                self.assertEqual([e['attr'] for e in r.of('shared.write')], ['[2]'], r.dump())


if __name__ == '__main__':
    unittest.main()
