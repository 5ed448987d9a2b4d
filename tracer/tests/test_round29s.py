"""Round 29S (docs/truth-review.md): a get's `queue.wait` states what the get found when it looked (nothing put: empty;
an item put but not yet in the pipe: `in_flight`), so it is stamped when it looked, not when the call began.
r29s_local_target_retry--fork had "waits to get from Queue#1 (a put() has begun …)" at 1.403 s, 16 ms before the
child's put() began (1.419 s): the parent's get was held up between its first clock reading and its look."""
import textwrap
import unittest
from mpt_helper import TraceCase, run

# The look of the get with a timeout asks the queue's semaphore (`_mptutor_value`, traced only); the hook stands for
# the get being held up just before that look: meanwhile another thread's put() begins (Slow's pickling in the
# feeder thread sleeps, so its item is still in flight when the get looks).
PROGRAM = textwrap.dedent('''
    import multiprocessing as mp
    import sys
    import threading
    import time
    class Slow:
        def __reduce__(self):
            time.sleep(0.2)
            return (int, (7,))
    if __name__ == "__main__":
        ctx = mp.get_context(sys.argv[1])
        q = ctx.Queue()
        look = q.__dict__.get("_mptutor_value")
        if look is not None:
            held = []
            def value():
                if not held:
                    held.append(1)
                    time.sleep(0.05)
                    t = threading.Thread(target=q.put, args=(Slow(),))
                    t.start()
                    t.join()
                return look()
            object.__setattr__(q, "_mptutor_value", value)
        else:
            threading.Timer(0.05, q.put, args=(Slow(),)).start()
        assert q.get(timeout=5) == 7
        print("ok", flush=True)
''')


class WaitStampedWhenTheGetLooked(TraceCase):
    def test_an_in_flight_wait_comes_after_the_put_it_found(self):
        r = self.traced(PROGRAM, 'fork', args=('fork',))
        self.assertEqual((r.rc, r.stdout), (0, 'ok\n'), r.dump())
        waits = [e for e in r.of('queue.wait') if e.get('in_flight')]
        puts = r.of('queue.put')
        self.assertEqual((len(waits), len(puts)), (1, 1), r.dump())
        began = puts[0]['t'] - puts[0]['waited_ns']
        self.assertGreaterEqual(waits[0]['t'], began, r.dump())
        got = r.of('queue.get')[0]
        self.assertLessEqual(waits[0]['t'], got['t'], r.dump())

    def test_the_same_output_untraced(self):
        u = run(PROGRAM, 'fork', trace=False, args=('fork',))
        self.assertEqual((u.rc, u.stdout), (0, 'ok\n'), u.stderr)


if __name__ == '__main__':
    unittest.main()
