"""The tracer's wrapper frames never show in a traceback: traced and untraced runs print
the same tracebacks (Python 3.11+, where a bare `raise` adds no frame)."""
import re
import sys
import unittest
from mpt_helper import TraceCase, run

PROGRAM = '''
import multiprocessing as mp, multiprocessing.managers, queue, subprocess, sys, traceback, threading

def task(x):
    return 1 / x

def show(label, f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except BaseException:
        print("--", label, file=sys.stderr)
        traceback.print_exc()

def bad_target():
    raise KeyError("in the child")

def main():
    show("set_start_method twice", mp.set_start_method, "fork")
    p = mp.Process(target=bad_target); p.start(); p.join()
    with mp.Pool(2) as pool:
        show("task error re-raised by get()", pool.apply, task, (0,))
        show("map error", pool.map, task, [1, 0])
    pool = mp.Pool(1); pool.close()
    show("submit to a closed pool", pool.apply_async, task, (1,))
    pool.join()
    show("Pool(0)", mp.Pool, 0)
    lock = mp.Lock()
    show("release an unlocked Lock", lock.release)
    show("acquire with bad args", lock.acquire, "x")
    q = mp.Queue(1)
    show("get with timeout", q.get, True, 0.01)
    show("get_nowait", q.get_nowait)
    q.put(1)
    show("put_nowait on a full queue", q.put_nowait, 2)
    jq = mp.JoinableQueue()
    show("task_done too often", jq.task_done)
    a, b = mp.Pipe()
    show("send an unpicklable", a.send, lambda: 0)
    a.close()
    show("recv at EOF", b.recv)
    cond = mp.Condition()
    show("wait on a condition not held", cond.wait, 0.01)
    bar = mp.Barrier(2)
    show("barrier timeout", bar.wait, 0.01)
    ev = mp.Event()
    show("event wait with a bad timeout", ev.wait, "x")
    loc = threading.local()
    show("a threading.local attribute never set", lambda: loc.name)
    show("threading.Lock released unlocked", threading.Lock().release)
    show("threading.Barrier timeout", threading.Barrier(2).wait, 0.01)
    show("threading.Event wait with a bad timeout", threading.Event().wait, "x")
    show("threading.Condition wait not held", threading.Condition().wait, 0.01)
    v = mp.Value("i", 1)
    arr = mp.Array("i", 3)
    show("shared array index out of range", lambda: arr[7])
    show("shared value of the wrong type", setattr, v, "value", "x")
    with mp.Pool(1) as pool:
        show("a Value passed to a pool task", pool.apply, task, (v,))
    show("Process.join before start", mp.Process(target=task).join)
    show("Process.terminate before start", mp.Process(target=task).terminate)
    show("subprocess of a missing program", subprocess.run, ["/nonexistent/program"])
    with mp.Manager() as m:
        d = m.dict()
        show("proxy KeyError", d.__getitem__, "missing")
    print("-- the end", file=sys.stderr)
    q2 = mp.Queue()
    q2.get(timeout=0.01)        # uncaught: printed by sys.excepthook

if __name__ == "__main__":
    main()
'''


def normalise(text):
    # A synchronized Value/Array's accessors are the tracer's copies of multiprocessing's (so that
    # a read or write is recorded inside the lock hold): their own frame is hidden like every
    # wrapper's, so multiprocessing's frame that they replace is missing (docs/tracer-protocol.md).
    text = re.sub(r'  File "[^"]*multiprocessing/sharedctypes\.py", line \d+, in \w+\n(    .*\n)*', '', text)
    text = re.sub(r'  File "<string>", line \d+, in (get|set)\w+\n', '', text)
    # the temporary directory first: its random name may hold "0x" and a hex digit ("mpt-test-ab0x9q55"), which
    # the address pattern would cut in two (CI trial 6 saw "mpt-test-??q55" against "mpt-test-?")
    text = re.sub(r'mpt-test-\w+', 'mpt-test-?', text)
    text = re.sub(r'0x[0-9a-f]+', '0x?', text)
    text = re.sub(r'pid=\\d+|\\(\\d+\\)', '?', text)
    return text


WORKER_INTERRUPTED = '''
import concurrent.futures as cf, multiprocessing as mp, os, signal, time
def init(event):
    global started
    started = event
def slow(x):
    started.set()                            # the SIGINT comes only once the worker is inside slow()'s sleep
    time.sleep(5)
if __name__ == "__main__":
    started = mp.Event()
    with mp.Pool(1, initializer=init, initargs=(started,)) as pool:   # a Pool worker interrupted: its traceback is printed by the worker
        pool.map_async(slow, [1])
        started.wait(10)
        time.sleep(0.3)                      # past set()'s own release, into the sleep
        os.kill(pool._pool[0].pid, signal.SIGINT)
        time.sleep(0.5)
    started.clear()
    ex = cf.ProcessPoolExecutor(1, initializer=init, initargs=(started,))   # an executor worker interrupted: the same
    ex.submit(slow, 1)
    started.wait(10)
    time.sleep(0.3)
    os.kill(next(iter(ex._processes)), signal.SIGINT)
    time.sleep(0.5)
    ex.shutdown(wait=True, cancel_futures=True)   # wait=False races the interpreter exit (an OSError traceback, untraced too)
'''


@unittest.skipIf(sys.version_info < (3, 11), 'a bare raise adds a frame before 3.11')
class TracebackTests(TraceCase):
    def test_interrupted_workers_show_no_tracer_frame(self):
        plain = run(WORKER_INTERRUPTED, 'fork', trace=False)
        traced = self.traced(WORKER_INTERRUPTED, 'fork')
        self.assertIn('KeyboardInterrupt', plain.stderr)
        self.assertNotIn('mptutor_trace', traced.stderr)
        self.assertEqual(normalise(traced.stderr).count('File "'), normalise(plain.stderr).count('File "'))

    def test_tracebacks_match_untraced(self):
        plain = run(PROGRAM, trace=False)
        traced = self.traced(PROGRAM)
        self.assertIn('-- the end', plain.stderr)
        self.assertNotIn('mptutor_trace', traced.stderr)
        self.assertEqual(normalise(traced.stderr), normalise(plain.stderr))
        self.assertEqual(traced.rc, plain.rc)
        # and the tracer saw the calls it let fail
        self.assertTrue(traced.of('queue.timeout'))
        self.assertTrue(traced.of('pool.get', ok=False))

    def test_interrupted_pool_worker_shows_no_tracer_frame(self):
        """Ctrl-C in a pool worker: its KeyboardInterrupt traceback is the untraced one."""
        code = '''
import multiprocessing as mp, os, signal, time
def work(x):
    time.sleep(5)
if __name__ == '__main__':
    with mp.Pool(2) as pool:
        r = pool.map_async(work, range(2))
        time.sleep(0.5)
        for p in mp.active_children():
            os.kill(p.pid, signal.SIGINT)
        time.sleep(0.5)
        pool.terminate()
'''
        plain = run(code, start_method='fork', trace=False)
        traced = self.traced(code, 'fork')
        self.assertIn('KeyboardInterrupt', traced.stderr)
        self.assertNotIn('mptutor_trace', traced.stderr)
        frames = re.compile(r'  File "(?:[^"]*/)?([^"/]*)", line (\d+), in (\w+)')
        self.assertEqual(sorted(frames.findall(traced.stderr)), sorted(frames.findall(plain.stderr)))

    def test_raising_callback_and_broken_stdout_show_no_tracer_frame(self):
        """A pool callback that raises (on the pool's result thread), and print() to a closed pipe."""
        code = '''
import multiprocessing as mp, os, sys, time
def square(x):
    return x * x
def bad_callback(result):
    raise TypeError("the callback failed on %r" % (result,))
if __name__ == '__main__':
    pool = mp.Pool(1)
    pool.apply_async(square, (3,), callback=bad_callback)
    time.sleep(1.0)
    r, w = os.pipe()
    os.close(r)
    os.dup2(w, 1)                   # stdout is now a pipe nobody reads
    sys.stdout.reconfigure(line_buffering=True)
    try:
        print("to nobody")          # the write of its newline flushes, and fails
    except BrokenPipeError:
        import traceback; traceback.print_exc()
    sys.stderr.flush()
    os._exit(0)
'''
        plain = run(code, start_method='fork', trace=False)
        traced = self.traced(code, 'fork')
        self.assertIn('the callback failed on 9', traced.stderr)
        self.assertIn('BrokenPipeError', traced.stderr)
        self.assertNotIn('mptutor_trace', traced.stderr)
        frames = re.compile(r'  File "(?:[^"]*/)?([^"/]*)", line (\d+), in (\w+)')
        self.assertEqual(frames.findall(traced.stderr), frames.findall(plain.stderr))

    def test_a_lock_unlinked_before_a_spawn_child_rebuilds_it_shows_no_tracer_frame(self):
        """The docs' Lock example under spawn/forkserver: the parent ended (and unlinked the semaphore) before a
        child unpickled its Lock; the child's FileNotFoundError showed the tracer's __setstate__ wrapper."""
        code = '''
import multiprocessing as mp
from multiprocessing.synchronize import SemLock
def f(lock):
    pass
if __name__ == '__main__':
    mp.set_start_method('spawn', force=True)
    lock = mp.Lock()
    p = mp.Process(target=f, args=(lock,))
    p.start()
    SemLock._cleanup(lock._semlock.name)    # unlinked before the child can rebuild it
    p.join()
    print(p.exitcode)
'''
        plain = run(code, start_method='spawn', trace=False)
        traced = self.traced(code, 'spawn')
        self.assertIn('FileNotFoundError', plain.stderr)
        self.assertEqual(traced.stdout.strip(), '1', traced.dump())
        self.assertNotIn('mptutor_trace', traced.stderr)
        frames = re.compile(r'  File "(?:[^"]*/)?([^"/]*)", line (\d+), in (\w+)')
        self.assertEqual(frames.findall(traced.stderr), frames.findall(plain.stderr))


if __name__ == '__main__':
    unittest.main()
