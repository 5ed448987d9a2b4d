import unittest
from mpt_helper import TraceCase

# Round 13F: ProcessPoolExecutor(max_tasks_per_child=2) (Python 3.11): its workers leave after two work items and are
# replaced; the record did not say the executor had that limit, so a worker's end after two items was unexplained.
LIMIT = '''
import concurrent.futures as cf, multiprocessing as mp, os, sys
def pid(i):
    return os.getpid()
if __name__ == "__main__":
    with cf.ProcessPoolExecutor(max_workers=1, mp_context=mp.get_context(sys.argv[1]), max_tasks_per_child=2) as ex:
        pids = [ex.submit(pid, i).result() for i in range(3)]
    with cf.ProcessPoolExecutor(max_workers=1, mp_context=mp.get_context(sys.argv[1])) as ex:
        ex.submit(pid, 0).result()
    print(len(set(pids)))
'''


class ExecutorMaxTasks(TraceCase):
    def test_the_limit_is_recorded(self):
        r = self.traced(LIMIT, 'spawn', args=['spawn'])
        self.assertEqual((r.rc, r.stdout), (0, '2\n'), r.dump())
        self.assertEqual([e.get('max_tasks') for e in r.of('executor.create')], [2, None], r.dump())


if __name__ == '__main__':
    unittest.main()
