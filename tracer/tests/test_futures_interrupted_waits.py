import unittest
from mpt_helper import TraceCase

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


if __name__ == '__main__':
    unittest.main()
