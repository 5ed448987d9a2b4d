"""A thread made from a Thread subclass that overrides run() and has no target records that run() as its `target`
(the lead's round 9): a ProcessPoolExecutor's manager thread was a plain "starts thread Thread-1", nothing saying it
is concurrent.futures' own.  A plain Thread with a target keeps its target; one with neither keeps null."""
import unittest
from mpt_helper import TraceCase

PROGRAM = '''
import threading
from concurrent.futures import ProcessPoolExecutor
class Ticker(threading.Thread):
    def run(self):
        pass
def idle():
    pass
if __name__ == "__main__":
    t = Ticker(); t.start(); t.join()
    u = threading.Thread(target=idle); u.start(); u.join()
    v = threading.Thread(); v.start(); v.join()
    with ProcessPoolExecutor(1) as ex:
        print(ex.submit(abs, -3).result())
'''


class ThreadSubclassTarget(TraceCase):
    def test_a_subclass_run_is_the_target_and_the_executor_thread_is_named(self):
        r = self.traced(PROGRAM, 'fork')
        self.assertEqual((r.rc, r.stdout), (0, "3\n"), r.dump())
        targets = [e['target'] for e in r.of('thread.start') if e['pid'] == r.events[0]['pid'] and not e['infra']]
        self.assertEqual(targets[:3], ['Ticker.run', 'idle', None], r.dump())
        self.assertIn('_ExecutorManagerThread.run', targets, r.dump())


if __name__ == '__main__':
    unittest.main()
