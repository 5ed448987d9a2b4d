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


# Round 14, r14_subclass_name_typo_daemon: a subclass that spells its method Run() has no run() of its own; its
# process.spawn names the method (run_misspelt). A subclass with run() and a helper _run_once() says nothing more.
MISSPELT = '''
import multiprocessing as mp, sys
class Typo(mp.Process):
    def Run(self):
        print("never", flush=True)
class Fine(mp.Process):
    def _run_once(self):
        pass
    def run(self):
        self._run_once()
if __name__ == "__main__":
    mp.set_start_method(sys.argv[1])
    ps = [Typo(name="Typo"), Fine(name="Fine")]
    for p in ps:
        p.start()
        p.join()
    print([p.exitcode for p in ps])
'''


class MisspeltRun(TraceCase):
    def test_a_subclass_whose_run_is_misspelt_names_the_method(self):
        for method in METHODS:
            with self.subTest(method=method):
                r = self.traced(MISSPELT, method, args=(method,))
                self.assertEqual(r.rc, 0, r.dump())
                self.assertNotIn("never", r.stdout)
                marks = {e['name']: (e.get('no_target'), e.get('run_misspelt')) for e in r.of('process.spawn')}
                self.assertEqual(marks, {'Typo': (True, 'Run'), 'Fine': (None, None)}, r.dump())


if __name__ == '__main__':
    unittest.main()
