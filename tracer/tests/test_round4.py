"""Round 4 of the truth review (docs/truth-review.md): what the tracer recorded wrong or not at all."""
import unittest
from mpt_helper import TraceCase

POOL_NEVER_JOINED = '''
import multiprocessing as mp, time
def square(x):
    return x * x
if __name__ == "__main__":
    pool = mp.Pool(2)
    print(pool.map(square, range(4)))
    # A worker still busy at exit (an idle one may read close()'s sentinel and end on its own first: then nothing
    # was left for the finalizer to terminate, and this test failed under load).
    pool.apply_async(time.sleep, (5,))
    time.sleep(0.2)
    pool.close()                 # no join(): the pool's finalizer terminates the workers at exit
'''

CANCELLED = '''
import concurrent.futures as cf, time
def nap(x):
    time.sleep(0.3)
    return x
if __name__ == "__main__":
    ex = cf.ProcessPoolExecutor(max_workers=1)
    fs = [ex.submit(nap, i) for i in range(6)]
    time.sleep(0.1)
    print([f.cancel() for f in fs[4:]])
    ex.shutdown(wait=True, cancel_futures=True)
    print(sum(f.cancelled() for f in fs))
'''

UNBUFFERED_LOST = '''
import multiprocessing as mp, os, sys
def child():
    sys.stdout.write("shown at once")
    os._exit(0)
if __name__ == "__main__":
    p = mp.Process(target=child)
    p.start()
    p.join()
'''

BARRIER = '''
import multiprocessing as mp, threading, time
def patient(b):
    try:
        b.wait()
    except threading.BrokenBarrierError:
        print("patient: broken", flush=True)
def impatient(b):
    try:
        b.wait(timeout=0.3)
    except threading.BrokenBarrierError:
        print("impatient: timed out", flush=True)
if __name__ == "__main__":
    b = mp.Barrier(3)
    ps = [mp.Process(target=patient, args=(b,), name="P"), mp.Process(target=impatient, args=(b,), name="I")]
    for p in ps: p.start()
    for p in ps: p.join()
    b2 = mp.Barrier(2)
    w = mp.Process(target=patient, args=(b2,), name="W")
    w.start()
    time.sleep(0.3)
    b2.abort()
    w.join()
'''

IN_FLIGHT = '''
import multiprocessing as mp, time
class Slow:
    def __reduce__(self):
        time.sleep(0.2)         # the feeder thread pickles it: 0.2 s before anything reaches the pipe
        return (int, (7,))
if __name__ == "__main__":
    q = mp.Queue()
    q.put(Slow())
    print(q.get())
'''


class Round4(TraceCase):
    def test_a_get_that_waits_for_an_item_still_in_the_feeder_is_a_wait(self):
        """r4_context_mixed: "got ... after 12 ms" with no wait before it, and not counted among the gets that
        had to wait: the item was put, but the feeder thread had not written it to the pipe yet."""
        r = self.traced(IN_FLIGHT, 'fork')
        self.assertEqual((r.rc, r.stdout), (0, "7\n"), r.dump())
        wait = r.one('queue.wait', op='get')
        self.assertIs(wait.get('in_flight'), True, r.dump())
        self.assertGreater(r.one('queue.get')['waited_ns'], 100_000_000)

    def test_the_wait_whose_timeout_broke_a_barrier_and_an_abort_are_recorded(self):
        """r4_barrier_broken: both parties' rows said only "broken"; the one whose timeout broke it is told apart,
        and abort() (which broke the second barrier) is an event of its own."""
        r = self.traced(BARRIER, 'fork')
        self.assertEqual(r.rc, 0, r.dump())
        pids = {e['name']: e['child_pid'] for e in r.of('process.spawn')}
        wakes = {pid: r.one('barrier.wake', pid=pid) for pid in pids.values()}
        self.assertIs(wakes[pids['I']].get('timed_out'), True, r.dump())
        self.assertNotIn('timed_out', wakes[pids['P']])
        self.assertNotIn('timed_out', wakes[pids['W']])
        self.assertTrue(all(w['broken'] for w in wakes.values()))
        abort = r.one('barrier.abort', pid=r.main_pid)
        self.assertEqual(abort['object'], r.one('barrier.wait', pid=pids['W'])['object'])
        self.assertLess(abort['t'], wakes[pids['W']]['t'])

    def test_pool_workers_terminated_by_the_pools_finalizer_at_exit_are_at_exit(self):
        """The program never called terminate(): multiprocessing's exit function ran the Pool's finalizer."""
        r = self.traced(POOL_NEVER_JOINED, 'fork')
        self.assertEqual((r.rc, r.stdout), (0, "[0, 1, 4, 9]\n"), r.dump())
        terms = r.of('process.terminate')
        self.assertTrue(terms, r.dump())
        self.assertEqual([t['at_exit'] for t in terms], [True] * len(terms), r.dump())
        # not the program's terminate(): its finalizer, run by the exit function (round 6A: recorded, with `by`)
        self.assertEqual([t.get('by') for t in r.of('pool.terminate')], ['exit'], r.dump())

    def test_a_shutdown_wait_counts_no_cancelled_work_item(self):
        """Two cancelled by cancel(), the rest not yet running cancelled by cancel_futures: only what runs is pending."""
        r = self.traced(CANCELLED, 'fork')
        self.assertEqual((r.rc, r.stdout.split('\n')[0]), (0, "[True, True]"), r.dump())
        wait = r.one('executor.wait', call='shutdown()')
        # the items already sent to the call queue (the one running and one or two queued) run; the rest never do
        ran = sorted(e['work'] for e in r.of('future.start'))
        self.assertIn(ran, ([0, 1], [0, 1, 2]), r.dump())
        self.assertEqual(int(r.stdout.split('\n')[1]), 6 - len(ran))
        self.assertEqual((wait['pending'], wait['works']), (len(ran), ran), r.dump())

    def test_unbuffered_text_without_newline_is_output_when_written(self):
        """Under PYTHONUNBUFFERED the write reached the terminal before os._exit: the transcript has it too."""
        r = self.traced(UNBUFFERED_LOST, 'fork', env_extra={'PYTHONUNBUFFERED': '1'})
        self.assertEqual((r.rc, r.stdout), (0, "shown at once"), r.dump())
        prints = r.of('print', text='shown at once')
        self.assertEqual(len(prints), 1, r.dump())
        self.assertIs(prints[0].get('partial'), True)

    def test_buffered_text_lost_to_os_exit_is_not_output(self):
        """Without PYTHONUNBUFFERED the text stays in the child's buffer and os._exit drops it: no print event."""
        r = self.traced(UNBUFFERED_LOST, 'fork', env_extra={'PYTHONUNBUFFERED': ''})
        self.assertEqual((r.rc, r.stdout), (0, ""), r.dump())
        self.assertEqual(r.of('print', text='shown at once'), [], r.dump())


if __name__ == '__main__':
    unittest.main()
