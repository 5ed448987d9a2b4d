"""Round 38C: Executor.map's iterator reaching a work item that had already raised was recorded as the program's own
`result()` (`future.read` call "result()"): the program called next() on map()'s iterator, never result(). Its read is
now recorded as `map()`; a result() the program calls itself stays `result()`."""
import unittest
from mpt_helper import TraceCase

MAP_READ = '''
import concurrent.futures as cf, time
def work(x):
    if x == 3:
        raise ValueError(x)
    time.sleep(0.3 if x == 0 else 0)
    return x
if __name__ == "__main__":
    for make in (lambda: cf.ThreadPoolExecutor(2), lambda: cf.ProcessPoolExecutor(2)):
        with make() as ex:
            it = ex.map(work, range(5))
            try:
                for v in it:
                    pass
            except ValueError:
                pass
            f = ex.submit(work, 3)
            cf.wait([f])
            try:
                f.result()
            except ValueError:
                pass
    print("ok")
'''


class MapIteratorRead(TraceCase):
    def test_map_iterators_read_of_a_failed_item_is_named_map(self):
        r = self.traced(MAP_READ)
        self.assertEqual((r.rc, r.stdout), (0, "ok\n"), r.dump())
        calls = [e['call'] for e in r.of('future.read')]
        # per executor: the iterator's read of item 3 (done long before item 0's 0.3 s ended), then the program's
        self.assertEqual(calls, ['map()', 'result()', 'map()', 'result()'], r.dump())


if __name__ == '__main__':
    unittest.main()
