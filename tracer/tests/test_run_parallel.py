"""run_parallel.py, the runner CI and `swift test` use for these modules: longest first by module_seconds.tsv, a
module it has no time for before all (CI 35); a module that fails, or that is ended, is reported FAILED."""
import io
import os
import tempfile
import unittest
from unittest import mock

import run_parallel


class RunParallelOrder(unittest.TestCase):
    def test_longest_first_and_unknown_modules_before_all(self):
        names = sorted(n[:-3] for n in os.listdir(run_parallel.HERE) if n.startswith('test_') and n.endswith('.py'))
        self.assertGreater(len(names), 3)
        fast, slow, unknown = names[0], names[1], names[2]
        with tempfile.TemporaryDirectory() as d:
            times = os.path.join(d, 'module_seconds.tsv')
            with open(times, 'w', encoding='utf-8') as f:
                f.write('# a comment\n')
                f.write('%s\t1.5\n%s\t20.0\n' % (fast, slow))
                f.writelines('%s\t3.0\n' % n for n in names[3:])
            with mock.patch.object(run_parallel, 'TIMES', times):
                order = run_parallel.modules()
        self.assertEqual(sorted(order), names)            # every module, once
        self.assertEqual(order[:2], [unknown, slow])      # no time known: first; then the slowest
        self.assertEqual(order[-1], fast)

    def test_the_committed_times_are_well_formed(self):
        seconds = run_parallel.known_seconds()
        self.assertGreater(len(seconds), 100)
        self.assertTrue(all(0 < s < 900 for s in seconds.values()))

    def test_a_module_that_fails_is_reported_failed(self):
        err = io.StringIO()
        with mock.patch('sys.stderr', err):
            code = run_parallel.main(['--jobs', '1', 'test_ci35_no_such_module'])
        self.assertEqual(code, 1)
        self.assertIn('FAILED (modules: test_ci35_no_such_module)', err.getvalue())

    def test_a_module_past_its_timeout_is_killed_and_reported_failed(self):
        # Before CI 35 the worker thread died of TimeoutExpired: the module was in no result and the run said OK. The
        # module sleeps far past the timeout whatever the machine's load (a real module of ours can end within 0.3 s on
        # an idle machine), and starts no process of its own, so killing it leaves nothing behind.
        err = io.StringIO()
        with tempfile.TemporaryDirectory() as d:
            with open(os.path.join(d, 'ci35_sleeper.py'), 'w', encoding='utf-8') as f:
                f.write('import time, unittest\n\nclass Sleeper(unittest.TestCase):\n'
                        '    def test_sleeps(self):\n        time.sleep(60)\n')
            with mock.patch('sys.stderr', err), mock.patch.object(run_parallel, 'TIMEOUT', 0.3), \
                    mock.patch.dict(os.environ, {'PYTHONPATH': d}):
                code = run_parallel.main(['--jobs', '1', 'ci35_sleeper'])
        self.assertEqual(code, 1)
        self.assertIn('==== ci35_sleeper (exit -9)', err.getvalue())
        self.assertIn('FAILED (modules: ci35_sleeper)', err.getvalue())

if __name__ == '__main__':
    unittest.main()
