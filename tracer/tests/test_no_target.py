import unittest
from mpt_helper import TraceCase, METHODS

# Round 13, r13_process_target_called: Process(target=work(n)) calls work(n) in the parent and passes None as the
# target; the child's run() does nothing. A Process with a target, a subclass with its own run() and a subclass of a
# subclass that defines run() are not marked.
PROGRAM = '''
import multiprocessing as mp, sys
def work(n):
    print("work", n, mp.current_process().name, flush=True)
class Own(mp.Process):
    def run(self):
        print("own run", flush=True)
class Deeper(Own):
    pass
if __name__ == "__main__":
    mp.set_start_method(sys.argv[1])
    ps = [mp.Process(target=work(0), name="Called"), mp.Process(target=work, args=(1,), name="Passed"),
          Own(name="Own"), Deeper(name="Deeper")]
    for p in ps:
        p.start()
        p.join()
    print([p.exitcode for p in ps])
'''


class NoTarget(TraceCase):
    def test_a_process_whose_run_does_nothing_is_marked(self):
        for method in METHODS:
            with self.subTest(method=method):
                r = self.traced(PROGRAM, method, args=(method,))
                self.assertEqual(r.rc, 0, r.dump())
                self.assertIn("[0, 0, 0, 0]", r.stdout, r.dump())
                marks = {e['name']: e.get('no_target') for e in r.of('process.spawn')}
                self.assertEqual(marks, {'Called': True, 'Passed': None, 'Own': None, 'Deeper': None}, r.dump())


if __name__ == '__main__':
    unittest.main()
