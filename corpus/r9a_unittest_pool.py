"""multiprocessing inside a unittest suite run by unittest.main(): a test maps over a Pool, another checks that a
child's exit code is seen, a third expects the pickling error of a lambda; the runner reports on stderr."""
import sys
import unittest
import multiprocessing as mp


def double(x):
    return 2 * x


def fail():
    sys.exit(3)


class PoolTests(unittest.TestCase):
    def test_map(self):
        with mp.Pool(2) as pool:
            self.assertEqual(pool.map(double, [1, 2, 3]), [2, 4, 6])

    def test_exit_code(self):
        p = mp.Process(target=fail)
        p.start()
        p.join()
        self.assertEqual(p.exitcode, 3)

    def test_lambda_cannot_be_sent(self):
        with mp.Pool(1) as pool:
            with self.assertRaises(Exception):
                pool.map(lambda x: x, [1])


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] in ("fork", "spawn", "forkserver"):
        mp.set_start_method(sys.argv.pop(1))
    unittest.main()
