"""Round 6B of the truth review (docs/truth-review.md): programs nobody here wrote — what the tracer changed or
recorded wrong."""
import unittest
from mpt_helper import TraceCase, run

NO_SUPER = '''
import multiprocessing as mp
class Worker(mp.Process):
    def __init__(self, n):
        self.n = n          # forgot super().__init__()
    def run(self):
        pass
if __name__ == "__main__":
    w = Worker(1)
    for call in (w.start, w.join, w.terminate, w.kill, w.run):
        try:
            call()
            print("ok")
        except Exception as e:
            print(type(e).__name__, e)
'''

MISUSE = '''
import multiprocessing as mp, time
def nap():
    time.sleep(0.3)
if __name__ == "__main__":
    p = mp.Process(target=nap)
    try:
        p.join()
    except AssertionError as e:
        print("join:", e)
    p.start()
    try:
        p.close()
    except ValueError as e:
        print("close:", e)
    p.join()
    p.close()
    print("closed")
'''

EXITS = '''
import multiprocessing as mp, sys
def leave(arg):
    sys.exit(arg)
if __name__ == "__main__":
    for arg in (False, True, 256, -1):
        p = mp.Process(target=leave, args=(arg,))
        p.start()
        p.join()
        print(arg, p.exitcode)
'''

PARTIAL = '''
import multiprocessing as mp, os, signal, time
def producer(q):
    q.put(b"x" * 200_000)
    time.sleep(30)
if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=producer, args=(q,))
    p.start()
    time.sleep(0.5)
    p.terminate()
    p.join()
    print("terminated", flush=True)
    signal.signal(signal.SIGALRM, lambda *a: os._exit(3))     # the test's watchdog
    signal.alarm(2)
    q.get(timeout=1)        # reads the length, then waits forever for the rest
'''

STREAMED = '''
import multiprocessing as mp, time
def late(q):
    q.put(b"y" * 2_000_000)
if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=late, args=(q,))
    p.start()
    time.sleep(0.3)          # the first 64 kB are in the pipe; the feeder writes the rest as the parent reads
    print(len(q.get()))
    q.put("small")
    print(q.get())
    p.join()
'''

WRONG_KEY = '''
import sys
import multiprocessing as mp
from multiprocessing.connection import Client, Listener
def server(port_q):
    with Listener(("127.0.0.1", 0), authkey=b"secret") as listener:
        port_q.put(listener.address[1])
        try:
            listener.accept()
        except mp.AuthenticationError as e:
            sys.stdout.write(f"server: {e}\\n")     # one write: two processes' lines must not interleave
if __name__ == "__main__":
    q = mp.Queue()
    s = mp.Process(target=server, args=(q,))
    s.start()
    port = q.get(timeout=10)
    try:
        Client(("127.0.0.1", port), authkey=b"wrong")
    except mp.AuthenticationError as e:
        sys.stdout.write(f"client: {e}\\n")
    s.join()
'''


class Round6B(TraceCase):
    def test_a_subclass_without_super_init_fails_as_it_does_untraced(self):
        """r6b_lifecycle_mistakes: start() of a Process subclass whose __init__ forgot super().__init__() raised
        AttributeError '_name' traced (the tracer's own error report read self._name) instead of '_closed'."""
        plain = run(NO_SUPER, 'fork', trace=False)
        r = self.traced(NO_SUPER, 'fork')
        self.assertEqual((r.rc, r.stdout), (plain.rc, plain.stdout), r.dump())
        self.assertIn("'_closed'", r.stdout)
        err = r.one('process.error', op='start')
        self.assertEqual(err['name'], 'Worker', r.dump())
        self.assertIn('AttributeError', err['error'])

    def test_join_before_start_and_close_while_running_are_recorded(self):
        """r6b_lifecycle_mistakes: join() before start() (AssertionError) and close() on a running process (ValueError)
        had no event: the timeline showed only the program's own print of them."""
        r = self.traced(MISUSE, 'fork')
        self.assertEqual(r.rc, 0, r.dump())
        self.assertEqual([(e['op'], e['error'].split(':')[0]) for e in r.of('process.error')],
                         [('join', 'AssertionError'), ('close', 'ValueError')], r.dump())
        self.assertEqual(len(r.of('process.join')), 1, r.dump())

    def test_sys_exit_false_is_exit_code_zero(self):
        """r6b_sys_exit_arguments: sys.exit(False) was recorded as code 1 ("run() raised SystemExit (exit code 1)",
        "began to exit (code 1)"); multiprocessing ends such a child with 0 (False is an int)."""
        r = self.traced(EXITS, 'fork')
        self.assertEqual(r.stdout.split(), ['False', '0', 'True', '1', '256', '0', '-1', '255'], r.dump())
        ends = [e['exitcode'] for e in r.of('process.run.end')]
        self.assertEqual(ends, [0, 1, 256, -1], r.dump())
        exits = [e['exitcode'] for e in r.of('process.exit') if e['pid'] != r.main_pid]
        self.assertEqual(exits, [0, 1, 256, -1], r.dump())

    def test_a_get_that_finds_part_of_an_item_and_waits_for_the_rest_is_a_wait(self):
        """r6b_terminate_during_put: the parent's get() found bytes in the pipe (part of an item whose writer was
        terminated mid-write), so no wait was recorded, and it blocked forever reading the rest: the watchdog could not
        name the blocked call."""
        r = self.traced(PARTIAL, 'fork')
        self.assertEqual(r.rc, 3, r.dump())         # the alarm ended the get that never returns
        waits = [e for e in r.of('queue.wait') if e['pid'] == r.main_pid]
        self.assertEqual([w.get('partial') for w in waits], [True], r.dump())
        self.assertEqual([e for e in r.of('queue.get') if e['pid'] == r.main_pid], [], r.dump())

    def test_an_item_still_being_written_makes_the_get_wait(self):
        """A 2 MB item the reader starts on while the feeder still writes it: the get waits for the rest (recorded, then
        closed by its queue.get); a small item already whole in the pipe is no wait."""
        r = self.traced(STREAMED, 'fork')
        self.assertEqual((r.rc, r.stdout.split()), (0, ['2000000', 'small']), r.dump())
        waits = [e for e in r.of('queue.wait') if e['pid'] == r.main_pid and e.get('partial')]
        gets = [e for e in r.of('queue.get') if e['pid'] == r.main_pid]
        self.assertEqual(len(waits), 1, r.dump())      # ("small" may wait for the feeder: an in_flight wait, not partial)
        self.assertEqual(len(gets), 2, r.dump())
        self.assertTrue(gets[0]['t'] >= waits[0]['t'] > gets[0]['t'] - gets[0]['waited_ns'], r.dump())

    def test_a_client_refused_for_its_authkey_has_an_event_on_its_side(self):
        """r6b_listener_authkey: a Client() with the wrong authkey raised AuthenticationError in the client with no event
        there (the server's refusal was recorded)."""
        r = self.traced(WRONG_KEY, 'fork')
        self.assertEqual((r.rc, sorted(r.stdout.split('\n'))[1:]),
                         (0, ['client: digest sent was rejected', 'server: digest received was wrong']), r.dump())
        refused = r.of('connection.refused')
        self.assertEqual(sorted((e['pid'] == r.main_pid, e.get('side')) for e in refused), [(False, None), (True, 'client')], r.dump())


if __name__ == '__main__':
    unittest.main()
