"""A unittest suite whose pools are cleaned up by unittest itself, as fixtures often are: setUp
takes a Pool with TestCase.enterContext() (its __exit__, which calls terminate(), becomes a
cleanup), one test makes a second Pool and registers pool.terminate with addCleanup(), and a
class-level Pool is held by setUpClass with enterClassContext(). Each pool's workers are
still idle in their task queue when the cleanup runs, so terminate() ends them by SIGTERM
(exitcode -15). The script prints its own summary line (unittest.main(exit=False))."""
import multiprocessing as mp
import sys
import unittest

METHOD = None


def cube(x):
    return x ** 3


class PoolFixtureTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.shared = cls.enterClassContext(mp.get_context(METHOD).Pool(1))

    def setUp(self):
        self.pool = self.enterContext(mp.get_context(METHOD).Pool(2))

    def test_cubes(self):
        self.assertEqual(self.pool.map(cube, range(5)), [0, 1, 8, 27, 64])

    def test_second_pool_by_add_cleanup(self):
        other = mp.get_context(METHOD).Pool(1)
        self.addCleanup(other.terminate)
        self.assertEqual(other.apply(cube, (3,)), 27)

    def test_shared_class_pool(self):
        self.assertEqual(self.shared.apply(cube, (2,)), 8)


if __name__ == "__main__":
    METHOD = sys.argv[1] if len(sys.argv) > 1 else None
    result = unittest.main(argv=[sys.argv[0], "-v"], exit=False).result
    print("tests run:", result.testsRun, "failures:", len(result.failures), "errors:", len(result.errors))
