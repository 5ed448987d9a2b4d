"""Perf 35T (docs/truth-review.md): a Queue get that finds its item in flight (put, its feeder thread not done writing
it) says `queue.wait` with `in_flight` without asking the kernel how many bytes wait (FIONREAD) when the process's own
counts already say none can (the pipe held by no other process, every message written read, no send under way);
while the feeder is in the middle of a send the kernel is still asked, and a get that finds part of an item says
`partial` as before."""
import textwrap
import unittest
from mpt_helper import TraceCase, run

# The program counts the FIONREAD asks the tracer makes on the queue's reader (its fd_probes' ioctl, replaced by a
# counting one; untraced there is no such module and the count is 0 on both sides of the comparison that matters).
COUNTED = textwrap.dedent('''
    import array, fcntl, multiprocessing as mp, sys, termios, time
    asks = []
    def counting(fd, req, buf, mutate):
        asks.append(fd)
        return fcntl.ioctl(fd, req, buf, mutate)
    class Slow:                 # pickled by the feeder thread: the get finds the item counted, no byte in the pipe
        def __reduce__(self):
            time.sleep(0.4)
            return (str, ("slow item",))
    if __name__ == "__main__":
        q = mp.Queue()          # (the tracer's Queue areas load with multiprocessing.queues)
        probes = sys.modules.get("mptutor_trace.fd_probes")
        print("probes", probes is not None, file=sys.stderr)
        if probes is not None:
            probes.IOCTL = (counting, termios.FIONREAD, array.array("i", [0]))
        SHAPE
        print("asks", len([fd for fd in asks if fd == q._reader.fileno()]), flush=True)
''')

IN_FLIGHT = COUNTED.replace('SHAPE', textwrap.dedent('''
        q.put(Slow())
        print(q.get())
        q.put(2)
        time.sleep(0.3)         # whole in the pipe: the direct read
        print(q.get())
        q.put(Slow())
        print(q.get())''').strip().replace('\n', '\n    '))

PARTIAL = COUNTED.replace('SHAPE', textwrap.dedent('''
        q.put(b"x" * (1 << 20))
        time.sleep(0.5)         # its feeder wrote what the pipe holds and blocks in the rest of the send
        print(len(q.get()))''').strip().replace('\n', '\n    '))


class InFlightWithoutAsking(TraceCase):
    def test_an_in_flight_get_says_so_without_asking_the_kernel(self):
        plain = run(IN_FLIGHT, trace=False)
        r = self.traced(IN_FLIGHT)
        self.assertEqual(r.rc, 0, r.dump())
        self.assertIn("probes True", r.stderr)
        self.assertEqual(plain.stdout, "slow item\n2\nslow item\nasks 0\n")
        self.assertEqual(r.stdout, plain.stdout, r.dump())     # no ask: the counts said no byte waited
        main = [e for e in r.events if e['pid'] == r.main_pid and e['kind'] in ('queue.wait', 'queue.get')]
        self.assertEqual([(e['kind'], e.get('in_flight')) for e in main],
                         [('queue.wait', True), ('queue.get', None), ('queue.get', None),
                          ('queue.wait', True), ('queue.get', None)], r.dump())
        gets = [e for e in main if e['kind'] == 'queue.get']
        self.assertEqual([g['item'] for g in gets], ["'slow item'", '2', "'slow item'"], r.dump())
        self.assertGreater(gets[0]['waited_ns'], 200_000_000, r.dump())     # it waited for the feeder's pickling

    def test_a_get_during_a_send_asks_and_says_partial(self):
        """The feeder blocked in the middle of a 1 MiB send: no message counted, but bytes wait. The count of sends
        begun tells the get to ask the kernel, which says part of an item waits (`partial`), as before perf 35T."""
        r = self.traced(PARTIAL)
        self.assertEqual(r.rc, 0, r.dump())
        self.assertIn("probes True", r.stderr)
        self.assertEqual(r.stdout.splitlines()[0], "1048576", r.dump())
        self.assertNotEqual(r.stdout.splitlines()[1], "asks 0", r.dump())
        waits = [e for e in r.of('queue.wait') if e['pid'] == r.main_pid]
        self.assertEqual([(w['op'], w.get('partial'), w.get('in_flight')) for w in waits], [('get', True, None)],
                         r.dump())


if __name__ == '__main__':
    unittest.main()
