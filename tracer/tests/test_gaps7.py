"""Gaps 7 (issue 11, the review rounds' "left" lists; docs/truth-review.md "Gaps 7")."""
import unittest
from mpt_helper import TraceCase

CALLBACKS = '''
import concurrent.futures as cf, time
def square(x):
    return x * x
def quiet(fut):
    time.sleep(0.05)
def loud(fut):
    raise RuntimeError("loud")
if __name__ == "__main__":
    with cf.ProcessPoolExecutor(max_workers=1) as ex:
        f = ex.submit(square, 3)
        f.add_done_callback(quiet)
        f.result()
        f.add_done_callback(loud)
    print(f.result())
'''


class CallbackTests(TraceCase):
    def test_a_done_callback_that_returns_has_a_run_and_an_end_with_its_length(self):
        """r6a_futures_callback_chain: a done-callback that did not raise had no row."""
        r = self.traced(CALLBACKS, 'fork')
        self.assertEqual((r.rc, r.stdout), (0, "9\n"), r.dump())
        runs = r.of('future.callback.run')
        self.assertEqual([c['func'] for c in runs], ['quiet', 'loud'], r.dump())
        end = r.one('future.callback.end')
        self.assertEqual((end['func'], end['work']), ('quiet', runs[0]['work']))
        self.assertGreaterEqual(end['ran_ns'], 50_000_000)
        self.assertEqual(end['ran_ns'], end['t'] - runs[0]['t'])
        self.assertEqual(r.one('future.callback')['func'], 'loud')
        self.assertLess(runs[1]['t'], r.one('future.callback')['t'])
        # the already-done Future runs `loud` at once, in the caller's thread
        self.assertEqual(r.thread_name(r.main_pid, runs[1]['tid']), 'MainThread')


PIPES = '''
import multiprocessing as mp
def sender(w):
    w.send_bytes(b"x" * 3_000_000)
    w.send_bytes(bytearray(b"abcdef"), 1, 3)
if __name__ == "__main__":
    r, w = mp.Pipe(duplex=False)
    try:
        r.send("hello")
    except OSError as e:
        print("OSError", e)
    p = mp.Process(target=sender, args=(w,))
    p.start()
    print(len(r.recv_bytes()), r.recv_bytes())
    p.join()
    q = mp.SimpleQueue()
    q.put(1)
    print(q.get())
    q.close()
    q.close()
    try:
        q.put(2)
    except OSError as e:
        print("OSError", e)
'''

PROCESS_ERRORS = '''
import multiprocessing as mp
class Worker(mp.Process):
    def __init__(self):
        self.n = 1
def f():
    pass
if __name__ == "__main__":
    try:
        Worker().start()
    except AttributeError as e:
        print("AttributeError")
    p = mp.Process(target=f)
    p.start()
    try:
        p.start()
    except AssertionError as e:
        print("AssertionError")
    p.join()
'''


class PipeTests(TraceCase):
    def test_a_send_on_the_read_end_and_send_bytes_sizes_and_a_simple_queues_close_are_recorded(self):
        """r6b_pipe_misuse_big: send() on a Pipe(duplex=False)'s read end had no row; a 50 MB send_bytes said no size
        and no time; SimpleQueue.close() had no row."""
        r = self.traced(PIPES, 'fork')
        self.assertEqual(r.stdout, "OSError connection is read-only\n3000000 b'bcd'\n1\nOSError handle is closed\n", r.dump())
        err = r.one('pipe.send.error')
        self.assertEqual((err['end'], err['call'], err['error']), ('A', 'send()', 'OSError: connection is read-only'))
        sends = r.of('pipe.send')
        self.assertEqual([s['size'] for s in sends], [3_000_000, 3], r.dump())
        self.assertTrue(all(s['took_ns'] > 0 for s in sends))
        self.assertEqual([x['size'] for x in r.of('pipe.recv')], [3_000_000, 3])
        close = r.one('queue.close')
        self.assertEqual((close['simple'], close['feeder']), (True, False))

    def test_a_process_error_names_the_process_or_says_it_has_no_name(self):
        """r6b_lifecycle_mistakes: "start() failed" for a nameless Worker and for Process-1 read the same."""
        r = self.traced(PROCESS_ERRORS, 'fork')
        self.assertEqual(r.stdout, "AttributeError\nAssertionError\n", r.dump())
        errors = r.of('process.error')
        self.assertEqual([(e['name'], e.get('unnamed')) for e in errors], [('Worker', True), ('Process-1', None)], r.dump())


TIMEOUTS = '''
import concurrent.futures as cf, multiprocessing as mp, time
def slow(x):
    time.sleep(x)
    return x
if __name__ == "__main__":
    with cf.ProcessPoolExecutor(max_workers=1) as ex:
        try:
            print(list(ex.map(slow, [0.01, 1.0], timeout=0.3)))
        except TimeoutError:
            print("map gave up")
    with mp.Pool(1) as pool:
        r = pool.map_async(slow, [0.6])
        try:
            r.get(timeout=0.1)
        except mp.TimeoutError:
            print("get gave up")
        print(r.get())
'''


class TimeoutTests(TraceCase):
    def test_a_wait_with_a_timeout_records_it_and_map_records_its_own_and_what_is_left(self):
        """r6a_futures_serial_one_worker: "waits in map() of work item 0" did not say map(timeout=5)'s limit."""
        r = self.traced(TIMEOUTS, 'fork')
        self.assertEqual(r.stdout, "map gave up\nget gave up\n[0.6]\n", r.dump())
        waits = r.of('future.wait')
        self.assertTrue(waits and all(w['call'] == 'map()' and w['timeout'] == 0.3 for w in waits), r.dump())
        self.assertTrue(all(0 < w['left'] <= 0.3 for w in waits))
        pool_waits = r.of('pool.wait')
        self.assertEqual([w.get('timeout') for w in pool_waits], [0.1, None], r.dump())


MANAGER_LOCK = '''
import multiprocessing as mp, time
def work(lock, n):
    for _ in range(n):
        with lock:
            time.sleep(0.001)
if __name__ == "__main__":
    with mp.Manager() as m:
        lock = m.Lock()
        ps = [mp.Process(target=work, args=(lock, 40)) for _ in range(3)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
    print("ok")
'''


class ManagerOrderTests(TraceCase):
    def test_a_manager_locks_release_is_stamped_before_the_next_holders_acquire(self):
        """r6a_manager_counter_pool_lock: a manager Lock's release() row came after the other process's acquire() → True
        row: each was stamped when its own answer came back, and the waiting acquire's answer can come first."""
        r = self.traced(MANAGER_LOCK, 'fork')
        self.assertEqual(r.stdout, "ok\n", r.dump())
        calls = sorted((c for c in r.of('manager.call') if c['type'] == 'Lock'), key=lambda c: c['t'])
        releases = [c for c in calls if c['method'] == 'release']
        self.assertEqual(len(releases), 120, r.dump())
        self.assertTrue(all(c.get('asked') is True for c in releases))
        holder = None
        for c in calls:
            if c['method'] == 'acquire':
                self.assertIsNone(holder, 'acquired while %s still held it: %s' % (holder, c))
                holder = c['pid']
            elif c['method'] == 'release':
                self.assertEqual(holder, c['pid'])
                holder = None


FORK_IN_THREAD = '''
import os, threading, atexit
def forker():
    pid = os.fork()
    if pid == 0:
        atexit.register(lambda: print("atexit ran in the child", flush=True))
        helper = threading.Thread(target=lambda: print("helper", flush=True))
        helper.start()
        return
    print("child status", os.waitpid(pid, 0)[1], flush=True)
t = threading.Thread(target=forker)
t.start()
t.join()
'''


class ForkInThreadTests(TraceCase):
    def test_a_child_forked_in_a_thread_records_its_end_when_its_last_thread_ends(self):
        """A hand fork made in a non-main thread recorded no own normal end (atexit never runs in it)."""
        r = self.traced(FORK_IN_THREAD, 'fork')
        self.assertEqual(sorted(r.stdout.splitlines()), ["child status 0", "helper"], r.dump())
        ends = r.of('process.exit')
        self.assertEqual([(e['via'], e['exitcode']) for e in ends], [('last thread ended', 0)], r.dump())
        child = ends[0]['pid']
        self.assertEqual(max(e['t'] for f in [r] for e in r.of('thread.exit', pid=child)) <= ends[0]['t'], True)


if __name__ == "__main__":
    unittest.main()
