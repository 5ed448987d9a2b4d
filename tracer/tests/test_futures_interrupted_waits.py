import os
import sys
import unittest
from mpt_helper import TraceCase

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from mptutor_trace import futures_process   # noqa: E402

# Ctrl-C (simulated: a timer sends SIGINT to the main process) while the program waits in as_completed(), then
# again while the with-block's shutdown() joins the workers: neither wait had a timeout to run out.
INTERRUPTED = '''
import concurrent.futures as cf, os, signal, sys, threading, time
def slow(n):
    time.sleep(0.4)
    return n
if __name__ == "__main__":
    ex = cf.ProcessPoolExecutor(max_workers=1)
    fs = [ex.submit(slow, n) for n in range(3)]
    threading.Timer(0.2, os.kill, (os.getpid(), signal.SIGINT)).start()
    try:
        for f in cf.as_completed(fs):
            pass
    except KeyboardInterrupt:
        print("as_completed interrupted")
    threading.Timer(0.2, os.kill, (os.getpid(), signal.SIGINT)).start()
    try:
        ex.shutdown(wait=True)
    except KeyboardInterrupt:
        print("shutdown interrupted")
    workers = list(ex._processes.values())
    ex.shutdown(wait=True)
    # Python 3.11 may then wait forever at exit (a worker on the call queue the second shutdown() closed: seen once in
    # six untraced runs under load): what is tested has happened, so the program ends its workers and itself.
    for w in workers:
        w.kill()
        w.join()
    sys.stdout.flush()
    os._exit(0)
'''


class InterruptedExecutorWaits(TraceCase):
    def test_a_wait_ended_by_keyboardinterrupt_says_so(self):
        """Round 11: as_completed() interrupted by Ctrl-C was recorded as `ok: false` alone, which reads as a
        timeout ("as_completed() gave up: timed out"); shutdown() the same. The end now names what raised."""
        r = self.traced(INTERRUPTED, 'fork')
        self.assertEqual((r.rc, r.stdout), (0, "as_completed interrupted\nshutdown interrupted\n"), r.dump())
        waited = r.one('executor.waited', call='as_completed()')
        self.assertEqual((waited['ok'], waited.get('error')), (False, 'KeyboardInterrupt'), r.dump())
        self.assertEqual(waited['pending'], 3, r.dump())
        shutdowns = r.of('executor.waited', call='shutdown()')
        self.assertEqual([(e['ok'], e.get('error')) for e in shutdowns][:1], [(False, 'KeyboardInterrupt')], r.dump())
        # the second shutdown() closed the result queue under the manager thread (3.11 counts a thread whose join was
        # interrupted as ended): its read raised OSError, which is no result that failed to unpickle
        for broken in r.of('executor.broken'):
            self.assertNotIn('unreadable_result', broken, r.dump())
            self.assertTrue(broken.get('reader_closed'), r.dump())
        # a wait that returned (or timed out) has no error field
        self.assertFalse([e for e in r.of('executor.waited') if e['ok'] and 'error' in e], r.dump())


def _cause(*frames, last):
    """A manager thread's cause as 3.11's format_exception gives it: the read, the frames under it, the error."""
    lines = ['Traceback (most recent call last):\n',
             '  File "/usr/lib/python3.11/concurrent/futures/process.py", line 424, in wait_result_broken_or_wakeup\n'
             '    result_item = result_reader.recv()\n']
    lines += ['  File "/usr/lib/python3.11/multiprocessing/connection.py", line 1, in %s\n    x\n' % f for f in frames]
    return lines + [last + '\n']


class UnreadableResultCauses(unittest.TestCase):
    """The CI run of 08:02 UTC: the second shutdown() closed the reader while the manager thread was inside its read
    (`_recv`: EBADF), not before it (`_check_closed`): that was called an unreadable result, a result that failed to
    unpickle, though no byte of one had been read."""

    def test_a_reader_closed_before_or_during_its_read_is_no_unreadable_result(self):
        closed = futures_process._READER_CLOSED
        unreadable = futures_process._unreadable_result
        self.assertIs(unreadable(_cause('recv', '_check_closed', last='OSError: handle is closed')), closed)
        self.assertIs(unreadable(_cause('recv', '_recv_bytes', '_recv', last='OSError: [Errno 9] Bad file descriptor')),
                      closed)
        # CI trial 23: closed after _recv_bytes checked it and before _recv took the handle: read(None, n) raised
        self.assertIs(unreadable(_cause('recv', '_recv_bytes', '_recv',
                                        last="TypeError: 'NoneType' object cannot be interpreted as an integer")), closed)
        self.assertIsNone(unreadable(_cause('recv', '_recv_bytes', '_recv', last='EOFError')))

    def test_a_result_that_failed_to_unpickle_is_named(self):
        cause = _cause('recv', last="AttributeError: Can't get attribute 'Gone' on <module '__main__'>")
        self.assertEqual(futures_process._unreadable_result(cause),
                         "AttributeError: Can't get attribute 'Gone' on <module '__main__'>")


if __name__ == '__main__':
    unittest.main()
