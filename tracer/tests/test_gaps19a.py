"""Gaps 19A (docs/truth-review.md): round 18E's leftovers that need the tracer."""
import textwrap
import unittest
from mpt_helper import METHODS, TraceCase

RESET = textwrap.dedent('''
    import multiprocessing as mp, time
    from threading import BrokenBarrierError
    def party(b):
        try:
            b.wait(timeout=5)
        except BrokenBarrierError:
            print("broken", flush=True)
        b.wait(timeout=5)
    if __name__ == "__main__":
        b = mp.Barrier(2)
        p = mp.Process(target=party, args=(b,))
        p.start()
        while b.n_waiting < 1:
            time.sleep(0.02)
        b.reset()
        b.wait(timeout=5)                       # usable again: the second round passes
        p.join()
        print("broken after?", b.broken, p.exitcode, flush=True)
''')


class BarrierReset(TraceCase):
    def test_reset_is_recorded_before_the_waiter_it_wakes(self):
        """r18e_barrier_reset_waiters: the parent's reset() had no row, and the waiter's wake read "Barrier#1 broken"."""
        for method in METHODS:
            with self.subTest(method=method):
                r = self.traced(RESET, method)
                self.assertEqual((r.rc, r.stdout), (0, "broken\nbroken after? False 0\n"), r.dump())
                resets = r.of('barrier.reset')
                self.assertEqual(len(resets), 1, r.dump())
                broken = r.one('barrier.wake', broken=True)
                self.assertEqual(resets[0]['object'], broken['object'])
                self.assertLess(resets[0]['t'], broken['t'])
                self.assertEqual((resets[0]['pid'], broken['pid'] != r.main_pid), (r.main_pid, True))


PIPE = textwrap.dedent('''
    import multiprocessing as mp
    def talker(c):
        c.send_bytes(b"0123456789")
        c.close()
    if __name__ == "__main__":
        here, there = mp.Pipe()
        p = mp.Process(target=talker, args=(there,))
        p.start()
        there.close()
        for call in (lambda: here.recv_bytes(maxlength=4), here.recv, here.recv):
            try:
                call()
            except (OSError, EOFError) as e:
                print(type(e).__name__, e, flush=True)
        p.join()
''')


class RecvErrorMessages(TraceCase):
    def test_a_recv_that_raised_keeps_the_message(self):
        """r18e_pipe_bytes_mixup: "recv on Pipe#1 end A: OSError with recv_bytes()" lost "bad message length", and the
        next recv()'s "connection is write-only"."""
        for method in METHODS:
            with self.subTest(method=method):
                r = self.traced(PIPE, method)
                self.assertEqual((r.rc, r.stdout), (0, "OSError bad message length\nOSError connection is write-only\n"
                                                       "OSError connection is write-only\n"), r.dump())
                errors = [(e['error'], e.get('message'), e.get('call')) for e in r.of('pipe.recv') if 'error' in e]
                self.assertEqual(errors, [('OSError', 'bad message length', 'recv_bytes()'),
                                          ('OSError', 'connection is write-only', None),
                                          ('OSError', 'connection is write-only', None)], r.dump())


SIMPLE_PUT = textwrap.dedent('''
    import multiprocessing as mp
    def double(x):
        return lambda: x        # a result that cannot be pickled: the pool's own SimpleQueue (no key: no event)
    if __name__ == "__main__":
        q = mp.SimpleQueue()
        try:
            q.put(lambda: 1)
        except Exception as e:
            print("raised", type(e).__name__, flush=True)
        q.put("ok")
        print(q.get(), flush=True)
        q.close()
        try:
            q.put("late")
        except OSError as e:
            print("closed:", e, flush=True)
        with mp.Pool(1) as pool:
            try:
                pool.apply(double, (1,))
            except Exception as e:
                print("pool:", type(e).__name__, flush=True)
''')


class SimpleQueuePutErrors(TraceCase):
    def test_a_simplequeue_put_that_raised_in_the_caller_is_recorded(self):
        """r18e_simplequeue_vs_queue_unpicklable: SimpleQueue.put(lambda) raised in the caller and had no row."""
        for method in METHODS:
            with self.subTest(method=method):
                r = self.traced(SIMPLE_PUT, method)
                self.assertEqual((r.rc, r.stdout), (0, "raised PicklingError\nok\nclosed: handle is closed\n"
                                                       "pool: MaybeEncodingError\n"), r.dump())
                errors = r.of('queue.put.error')
                self.assertEqual([(e['pid'] == r.main_pid, e['error'].split(':')[0], e['pickling']) for e in errors],
                                 [(True, 'PicklingError', True), (True, 'OSError', False)], r.dump())
                self.assertEqual(errors[0]['item'], '<function>')
                self.assertEqual(len(r.of('queue.put', object=errors[0]['object'])), 1, r.dump())   # 'ok' only


SIBLING = textwrap.dedent('''
    import multiprocessing as mp, time
    def sleeper():
        time.sleep(0.5)
    def watcher(sibling):
        for call in (sibling.is_alive, sibling.join):
            try:
                call()
            except AssertionError as e:
                print(e, flush=True)
    if __name__ == "__main__":
        s = mp.Process(target=sleeper, name="sleeper")
        s.start()
        print("alive", s.is_alive(), flush=True)
        w = mp.Process(target=watcher, args=(s,), name="watcher")
        w.start()
        w.join()
        s.join()
        print("alive", s.is_alive(), flush=True)
''')


class ChildOfAnother(TraceCase):
    def test_is_alive_and_join_of_a_siblings_process_name_its_parent(self):
        """r18e_join_sibling_process: is_alive() of a sibling's Process raised AssertionError with no row, and the failed
        join() did not say whose child it was."""
        r = self.traced(SIBLING, 'fork')
        self.assertEqual((r.rc, r.stdout), (0, "alive True\ncan only test a child process\ncan only join a child process\n"
                                               "alive False\n"), r.dump())
        errors = [(e['op'], e['name'], e['error'], e.get('parent_pid')) for e in r.of('process.error')]
        self.assertEqual(errors, [('is_alive', 'sleeper', 'AssertionError: can only test a child process',
                                   r.main_pid),
                                  ('join', 'sleeper', 'AssertionError: can only join a child process', r.main_pid)], r.dump())
        self.assertNotEqual(r.of('process.error')[0]['pid'], r.main_pid)


SIGNALS = textwrap.dedent('''
    import multiprocessing as mp, signal, sys
    def python_handler():
        signal.raise_signal(signal.SIGINT)
    def default_action():
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.raise_signal(signal.SIGINT)          # ignored
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        signal.raise_signal(signal.SIGINT)
    if __name__ == "__main__":
        for f in (python_handler, default_action):
            p = mp.Process(target=f, name=f.__name__)
            p.start()
            p.join()
            print(p.name, p.exitcode, flush=True)
''')


class SignalsToItself(TraceCase):
    def test_raise_signal_and_sig_dfl_are_recorded(self):
        """r18e_child_keyboardinterrupt_kinds: signal.raise_signal() and signal.signal(SIGINT, SIG_DFL) were not recorded."""
        for method in METHODS:
            with self.subTest(method=method):
                r = self.traced(SIGNALS, method)
                self.assertEqual(r.stdout, "python_handler 1\ndefault_action -2\n", r.dump())
                raised = [(self.name_of(r, e), e['signame'], e['handler'], e['call']) for e in r.of('process.signal.self')]
                self.assertEqual(raised, [('python_handler', 'SIGINT', 'keyboard_interrupt', 'signal.raise_signal()'),
                                          ('default_action', 'SIGINT', 'ignored', 'signal.raise_signal()'),
                                          ('default_action', 'SIGINT', 'default', 'signal.raise_signal()')], r.dump())
                sets = [(self.name_of(r, e), e['signame'], e['disposition']) for e in r.of('signal.set')]
                self.assertEqual(sets, [('default_action', 'SIGINT', 'ignored'), ('default_action', 'SIGINT', 'default')], r.dump())

    @staticmethod
    def name_of(r, e):
        return r.header(e['pid']).get('name')


if __name__ == '__main__':
    unittest.main()
