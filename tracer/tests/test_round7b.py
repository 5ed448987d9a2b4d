"""Round 7B of the truth review (docs/truth-review.md): operational and failure programs nobody here wrote — what
the tracer recorded wrong or not at all."""
import sys
import unittest
from mpt_helper import TraceCase

ATEXIT = '''
import atexit, multiprocessing as mp
def bye(tag):
    print("atexit", tag, flush=True)
def child(tag):
    atexit.register(bye, tag)
    print("child", tag, flush=True)
if __name__ == "__main__":
    p = mp.Process(target=child, args=("one",))
    p.start()
    p.join()
    print("exitcode", p.exitcode)
'''

SIGINT = '''
import multiprocessing as mp, os, signal, time
def uncaught():
    os.kill(os.getpid(), signal.SIGINT)
    time.sleep(1)
def hand():
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    os.waitpid(pid, 0)
    os.kill(os.getpid(), signal.SIGINT)     # with a hand child known: the traced path
if __name__ == "__main__":
    for f in (uncaught, hand):
        p = mp.Process(target=f)
        p.start()
        p.join()
        print(p.exitcode)
'''

BROKEN_PIPE = '''
import multiprocessing as mp
def reader(conn):
    print("got", conn.recv(), flush=True)
    conn.close()
if __name__ == "__main__":
    a, b = mp.Pipe()
    p = mp.Process(target=reader, args=(b,))
    p.start()
    b.close()
    a.send("first")
    p.join()
    for call in (lambda: a.send("second"), lambda: a.send_bytes(b"third")):
        try:
            call()
        except BrokenPipeError as e:
            print("BrokenPipeError")
    r, w = mp.Pipe(duplex=False)
    try:
        r.send("wrong way")
    except OSError as e:
        print("OSError", e)
'''

EXEC = '''
import multiprocessing as mp, os, sys
def become(word):
    print("about to exec", flush=True)
    try:
        os.execv("/nonexistent/prog", ["prog"])
    except OSError as e:
        print("failed:", type(e).__name__, flush=True)
    os.execv(sys.executable, [sys.executable, "-c", "import sys; print('new program', sys.argv[1]); sys.exit(4)", word])
if __name__ == "__main__":
    p = mp.Process(target=become, args=("hi",))
    p.start()
    p.join()
    print("exitcode", p.exitcode)
'''

UNPICKLABLE_ERROR = '''
import multiprocessing as mp
class BadError(Exception):
    def __init__(self, code, detail):
        super().__init__(f"code {code}: {detail}")
def fails(n):
    raise BadError(n, "nope")
if __name__ == "__main__":
    with mp.Pool(1) as pool:
        r = pool.apply_async(fails, (7,))
        try:
            r.get(timeout=1)
        except mp.TimeoutError:
            print("get: TimeoutError", flush=True)
'''

MAYBE_ENCODING = '''
import multiprocessing as mp
def gen(n):
    return (i for i in range(n))
def bad(n):
    raise ValueError(n)
if __name__ == "__main__":
    with mp.Pool(1) as pool:
        for f in (gen, bad):
            try:
                pool.apply(f, (3,))
            except Exception as e:
                print(type(e).__name__, flush=True)
'''


# multiprocessing's own message: 3.12 fixed its spelling ("result_hander" up to 3.11)
RESULT_HANDLER = 'result_handler' if sys.version_info >= (3, 12) else 'result_hander'


class Round7B(TraceCase):
    def test_a_spawn_childs_exit_comes_after_its_atexit_handlers(self):
        """r7b_atexit_children: under spawn a child leaves by sys.exit(), so the atexit handlers it registered run after
        _bootstrap returns; its process.exit was stamped before them ("exited, code 0", then the same lane printed
        "atexit one"). Under fork the child ends by os._exit and no handler runs."""
        # 3.13's fork child runs the handlers it registered (popen_fork: atexit._clear(), then _run_exitfuncs() after
        # _bootstrap): then its exit too comes after their output (tracer/mptutor_trace/child_atexit.py)
        for method, ran in (('spawn', True), ('fork', sys.version_info >= (3, 13))):
            r = self.traced(ATEXIT, method)
            self.assertEqual(r.rc, 0, r.dump())
            self.assertEqual('atexit one' in r.stdout, ran, r.dump())
            child = next(p for p in r.procs if p != r.main_pid and r.header(p)['role'] == 'child')
            evs = r.procs[child]
            exits = [i for i, e in enumerate(evs) if e['kind'] == 'process.exit']
            self.assertEqual(len(exits), 1, r.dump())
            self.assertEqual(evs[exits[0]]['exitcode'], 0, r.dump())
            printed = [i for i, e in enumerate(evs) if e['kind'] == 'print' and 'atexit' in e.get('text', '')]
            self.assertEqual(len(printed), 1 if ran else 0, r.dump())
            if ran:
                self.assertLess(printed[0], exits[0], r.dump())
                self.assertLessEqual(evs[printed[0]]['t'], evs[exits[0]]['t'], r.dump())

    def test_a_signal_handled_on_return_from_os_kill_leaves_no_tracer_frame(self):
        """r7b_sigint_in_worker: os.kill(os.getpid(), SIGINT) raises KeyboardInterrupt as os.kill returns, in the
        frame that called it: the tracer's os.kill wrapper, whose line ("forks.py ... return orig(*args)") the
        child's traceback showed; untraced it ends at the program's os.kill line."""
        r = self.traced(SIGINT, 'fork')
        self.assertEqual(r.stdout.split(), ['1', '1'], r.dump())
        self.assertEqual(r.stderr.count('KeyboardInterrupt'), 2, r.dump())
        self.assertNotIn('mptutor_trace', r.stderr, r.dump())
        self.assertEqual(r.stderr.count('os.kill(os.getpid(), signal.SIGINT)'), 2, r.dump())

    def test_a_send_that_raises_is_recorded_with_its_error(self):
        """r7b_broken_pipe: send() on a Pipe end whose other end every process had closed raised BrokenPipeError and
        left no event (the timeline showed only the program's print); send() on a read-only end (r6b_pipe_misuse_big)
        neither."""
        r = self.traced(BROKEN_PIPE, 'fork')
        self.assertEqual(r.rc, 0, r.dump())
        self.assertEqual(r.stdout.split('\n')[:3], ['got first', 'BrokenPipeError', 'BrokenPipeError'], r.dump())
        sends = sorted([(e['t'], e['item'], '') for e in r.of('pipe.send', pid=r.main_pid)]
                       + [(e['t'], e['item'], e['error'].split(':')[0]) for e in r.of('pipe.send.error', pid=r.main_pid)])
        self.assertEqual([s[1:] for s in sends], [("'first'", ''), ("'second'", 'BrokenPipeError'),
                                                  ("b'third'", 'BrokenPipeError'), ("'wrong way'", 'OSError')], r.dump())

    def test_os_execv_in_a_child_is_recorded_before_the_process_becomes_another_program(self):
        """r7b_execv_child: a child that called os.execv became another program (same pid, exit code 4) with no
        event saying so: its lane went on with the new program's print as if run() had printed it."""
        r = self.traced(EXEC, 'fork')
        self.assertEqual(r.stdout.split('\n')[:4], ['about to exec', 'failed: FileNotFoundError', 'new program hi', 'exitcode 4'], r.dump())
        execs = r.of('process.exec')
        self.assertEqual([(e['call'], e['argv'][0], e.get('error', '').split(':')[0]) for e in execs],
                         [('os.execv()', 'prog', ''), ('os.execv()', 'prog', 'FileNotFoundError'),
                          ('os.execv()', execs[2]['argv'][0], '')], r.dump())
        self.assertEqual(execs[2]['argv'][-1], 'hi', r.dump())
        new = r.one('print', text='new program hi')
        self.assertEqual(new['pid'], execs[2]['pid'], r.dump())
        self.assertLess(execs[2]['t'], new['t'], r.dump())

    def test_a_pool_terminate_that_raises_is_recorded_and_leaves_no_tracer_frame(self):
        """r7b_pool_exception_unpicklable: the pool's result handler died unpickling BadError, so leaving the with-block
        raised AssertionError from terminate(): no event said terminate() was called, and the traceback showed the
        tracer's own terminate wrapper ("mptutor_trace/pool.py ... return record(self)")."""
        r = self.traced(UNPICKLABLE_ERROR, 'fork')
        self.assertEqual(r.rc, 1, r.dump())
        self.assertIn('AssertionError: Cannot have cache with %s not alive' % RESULT_HANDLER, r.stderr, r.dump())
        self.assertNotIn('mptutor_trace', r.stderr, r.dump())
        term = r.one('pool.terminate')
        self.assertTrue(term['error'].startswith('AssertionError: Cannot have cache'), r.dump())

    def test_a_result_that_is_an_exception_names_it(self):
        """r7b_pool_maybe_encoding: the worker's task returned a generator (its ✓ row), and the parent's result arrived
        as "an exception" with nothing saying which: the worker could not pickle the value and sent MaybeEncodingError."""
        r = self.traced(MAYBE_ENCODING, 'fork')
        self.assertEqual(r.stdout.split(), ['MaybeEncodingError', 'ValueError'], r.dump())
        self.assertEqual([(e['ok'], e.get('error')) for e in r.of('pool.result')],
                         [(False, 'MaybeEncodingError'), (False, 'ValueError')], r.dump())


if __name__ == '__main__':
    unittest.main()
