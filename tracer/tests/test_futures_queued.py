"""Round 27F: a ProcessPoolExecutor's submit() row is stamped when its work item was queued, not when submit() was
called: another thread's submit() holding the executor's lock (starting the forkserver and a worker) keeps it waiting."""
import unittest
from mpt_helper import TraceCase

HELD = '''
import concurrent.futures as cf, threading, time
def ident(x):
    return x
if __name__ == "__main__":
    ex = cf.ProcessPoolExecutor(max_workers=1)
    print(ex.submit(ident, 0).result())
    ex._shutdown_lock.acquire()     # as another thread's submit() holds it while it starts workers
    got = []
    t = threading.Thread(target=lambda: got.append(ex.submit(ident, 1).result()), name="late")
    t.start()
    time.sleep(0.3)
    print("releasing")
    ex._shutdown_lock.release()
    t.join()
    print(got)
    ex.shutdown()
'''


class QueuedTime(TraceCase):
    def test_a_submit_kept_waiting_for_the_lock_is_stamped_when_it_queued(self):
        r = self.traced(HELD, 'fork')
        self.assertEqual(r.rc, 0, r.dump())
        self.assertEqual(r.stdout.split('\n')[:3], ['0', 'releasing', '[1]'])
        releasing = next(e for e in r.of('print') if 'releasing' in e['text'])
        submits = r.of('future.submit')
        self.assertEqual([s['work'] for s in submits], [0, 1])
        # the late thread's item was queued after the lock came free, so after the "releasing" line
        self.assertGreater(submits[1]['t'], releasing['t'], r.dump())


if __name__ == '__main__':
    unittest.main()
