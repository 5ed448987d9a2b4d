"""Gaps 38B (docs/truth-review.md): whose run() a started Process runs.  A Process subclass's start row said only
"start() → Greeter-1 pid N": the record named a target, never the class whose run() the child runs.  `run_owner` on
process.spawn: the first class in the object's MRO whose own dict holds `run`, when that is not multiprocessing's
(BaseProcess's own run, which calls the target); absent for a target process and for multiprocessing's own workers."""
import unittest
from mpt_helper import TraceCase, undeclared


SUBCLASSES = '''
import multiprocessing as mp, sys

def work():
    print("target", flush=True)

class Greeter(mp.Process):
    def run(self):
        print("greeter", flush=True)

class Loud(Greeter):
    pass

class Outer:
    class Inner(mp.Process):
        def run(self):
            print("inner", flush=True)

class Plain(mp.Process):
    pass

def sq(x):
    return x * x

if __name__ == "__main__":
    mp.set_start_method(sys.argv[1])
    for p in (Greeter(), Loud(), Outer.Inner(), Plain(target=work), mp.Process(target=work)):
        p.start()
        p.join()
    with mp.Pool(1) as pool:
        print(pool.map(sq, [3]), flush=True)
'''


class RunOwner(TraceCase):
    def check(self, method):
        from mpt_helper import run
        plain = run(SUBCLASSES, trace=False, args=(method,))
        r = self.traced(SUBCLASSES, args=(method,))
        self.assertEqual((r.rc, r.stdout), (plain.rc, plain.stdout), r.dump())
        main = [e for e in r.of('process.spawn') if e['pid'] == r.main_pid]
        self.assertEqual([(e['name'], e.get('run_owner')) for e in main][:5],
                         [('Greeter-1', 'Greeter'), ('Loud-2', 'Greeter'), ('Inner-3', 'Outer.Inner'),
                          ('Plain-4', None), ('Process-5', None)], r.dump())
        # the pool's workers run BaseProcess.run (multiprocessing's own): no run_owner
        self.assertTrue(len(main) >= 6 and all('run_owner' not in e for e in main[5:]), r.dump())
        self.assertEqual(undeclared(r.events), [], r.dump())

    def test_fork(self):
        self.check('fork')

    def test_spawn(self):
        self.check('spawn')


if __name__ == '__main__':
    unittest.main()
