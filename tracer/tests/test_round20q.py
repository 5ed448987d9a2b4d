"""Round 20Q (tracer cost per Queue event): a get reads with no FIONREAD when its process counted a whole message
waiting (queue_reads.py); a pipe another process holds is never counted, so a get there still says it waits."""
import unittest
from mpt_helper import TraceCase

STOLEN = '''
import multiprocessing as mp, os, signal, time
def steal(q):
    q._reader.recv_bytes()      # takes the message's bytes, not the queue's count of items
if __name__ == "__main__":
    q = mp.Queue()
    q.put(1)
    time.sleep(0.5)             # its feeder wrote it: counted here
    p = mp.Process(target=steal, args=(q,))
    p.start()
    p.join()
    print("stolen", flush=True)
    signal.signal(signal.SIGALRM, lambda *a: os._exit(3))     # the test's watchdog
    signal.alarm(2)
    q.get()                     # the item is counted, its bytes are gone: blocks
'''

class Round20Q(TraceCase):
    def test_a_get_whose_message_another_process_read_still_waits(self):
        """A Queue's pipe read by a child (forked, or given the queue pickled): the parent's count of messages no longer
        holds, and its get, which blocks, says so (before: a get that knew a message waited asked the kernel nothing)."""
        for method in ('fork', 'spawn'):
            with self.subTest(method=method):
                r = self.traced(STOLEN, method)
                self.assertEqual((r.rc, r.stdout), (3, "stolen\n"), r.dump())
                waits = [e for e in r.of('queue.wait') if e['pid'] == r.main_pid]
                self.assertEqual([(w['op'], w.get('in_flight')) for w in waits], [('get', True)], r.dump())
                self.assertEqual([e for e in r.of('queue.get') if e['pid'] == r.main_pid], [], r.dump())


if __name__ == '__main__':
    unittest.main()
