"""A small unittest suite as one writes it to check parallel code: one test maps a function
over a Pool and compares with the loop, one starts a Process whose target raises and checks
its exitcode, one expects a worker's exception to come back through apply_async().get(), one takes a Manager with
TestCase.enterContext() (unittest's cleanups shut it down) and fills a managed dict from a Pool.
Run with unittest.main(exit=False) so the script prints its own summary line."""
import multiprocessing as mp
import sys
import unittest

METHOD = None


def square(x):
    return x * x


def broken_worker():
    raise RuntimeError("worker could not open its input")


def mark(args):
    seen, key = args
    seen[key] = True


def divide(a, b):
    return a / b


class ParallelTests(unittest.TestCase):
    def setUp(self):
        self.ctx = mp.get_context(METHOD)

    def test_manager_dict_from_pool(self):
        manager = self.enterContext(self.ctx.Manager())   # shut down by unittest's cleanups after the test
        seen = manager.dict()
        with self.ctx.Pool(2) as pool:
            pool.map(mark, [(seen, k) for k in "abc"])
        self.assertEqual(sorted(seen.keys()), ["a", "b", "c"])

    def test_pool_matches_loop(self):
        with self.ctx.Pool(2) as pool:
            self.assertEqual(pool.map(square, range(8)), [square(x) for x in range(8)])

    def test_failing_child_exitcode(self):
        p = self.ctx.Process(target=broken_worker, name="broken")
        p.start()
        p.join(timeout=5)
        self.assertEqual(p.exitcode, 1)

    def test_worker_exception_reaches_caller(self):
        with self.ctx.Pool(1) as pool:
            with self.assertRaises(ZeroDivisionError):
                pool.apply_async(divide, (1, 0)).get(timeout=5)


if __name__ == "__main__":
    METHOD = sys.argv[1] if len(sys.argv) > 1 else None
    result = unittest.main(argv=[sys.argv[0], "-v"], exit=False).result
    print("tests run:", result.testsRun, "failures:", len(result.failures), "errors:", len(result.errors))
