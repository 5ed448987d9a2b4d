"""`with ProcessPoolExecutor() as procs, ThreadPoolExecutor() as threads:` named the process pool `threads` (the
creating line's last target): each object is named by its own `as` target (gaps 11B)."""
import unittest
from mpt_helper import TraceCase

TWO = '''
import concurrent.futures as cf
def sq(x):
    return x * x
if __name__ == "__main__":
    with cf.ProcessPoolExecutor(max_workers=1) as procs, cf.ThreadPoolExecutor(max_workers=1) as threads:
        print(procs.submit(sq, 3).result(), threads.submit(sq, 4).result())
'''


class WithTargets(TraceCase):
    def test_each_executor_is_named_by_its_own_target(self):
        r = self.traced(TWO)
        self.assertEqual((r.rc, r.stdout), (0, "9 16\n"), r.dump())
        named = sorted((e['type'], e.get('var')) for e in r.of('executor.create'))
        self.assertEqual(named, [('ProcessPoolExecutor', 'procs'), ('ThreadPoolExecutor', 'threads')], r.dump())


if __name__ == '__main__':
    unittest.main()
