import unittest
from mpt_helper import TraceCase

# Tracer 19A: a recv() on a Pipe() end made in this process skips the kernel's FIONREAD when a message this process
# sent is known to wait (connection_tags.count_sent).  Each case below has such a count that is wrong, because
# another reader took the message: a forked child, a spawned child that got the end pickled, a read of the end's
# descriptor after fileno(), a recv_bytes().  The next recv() must still say pipe.wait before it blocks.  (Pickling
# an end asks its fileno() too: the spawn case holds without reduce_connection's own drop of the count.)
TAKEN = '''
import multiprocessing as mp, os, sys, threading, time
def late(conn, obj):
    threading.Thread(target=lambda: (time.sleep(0.3), conn.send(obj))).start()
def blocked(a, b, label):
    late(a, label)
    print(label, b.recv(), flush=True)
if __name__ == "__main__":
    a, b = mp.Pipe()
    a.send(1)
    p = mp.get_context("fork").Process(target=b.recv)      # the child takes 1
    p.start(); p.join()
    blocked(a, b, "fork")
    a, b = mp.Pipe()
    a.send(2)
    p = mp.get_context("spawn").Process(target=b.recv)     # b pickled: the spawned child takes 2
    p.start(); p.join()
    blocked(a, b, "spawn")
    a, b = mp.Pipe()
    a.send(3)
    fd = b.fileno()
    n = int.from_bytes(os.read(fd, 4), "big")
    os.read(fd, n)                                          # 3 taken past recv()
    blocked(a, b, "fileno")
    r, w = mp.Pipe(duplex=False)
    w.send(4)
    r.recv_bytes()                                          # 4 taken as bytes
    blocked(w, r, "recv_bytes")
    a, b = mp.Pipe()
    a.send(5)
    print("known", b.recv(), flush=True)                    # no other reader: no wait, no kernel ask needed
'''


class PipeKnownMessages(TraceCase):
    def test_a_recv_whose_message_another_reader_took_still_says_it_waits(self):
        r = self.traced(TAKEN, 'fork')
        self.assertEqual(r.rc, 0, r.dump())
        self.assertEqual(r.stdout.split('\n')[:5], ['fork fork', 'spawn spawn', 'fileno fileno', 'recv_bytes recv_bytes',
                                                    'known 5'], r.dump())
        main = r.one('process.start', role='main')['pid']
        pipes = [e['object'] for e in r.of('pipe.create')]
        self.assertEqual(len(pipes), 5, r.dump())
        for key, end in zip(pipes, 'BBBAB'):
            waits = [e for e in r.of('pipe.wait', object=key) if e['pid'] == main and 'call' not in e]
            recvs = [e for e in r.of('pipe.recv', object=key) if e['pid'] == main and 'call' not in e]
            with self.subTest(pipe=key):
                self.assertEqual(len(waits), 0 if key == pipes[-1] else 1, r.dump())
                self.assertTrue(all(w['end'] == end for w in waits), r.dump())
                if waits:       # the wait came before the recv it belongs to, which waited for the late send
                    late = recvs[-1]
                    self.assertLess(waits[0]['n'], late['n'], r.dump())
                    self.assertGreater(late['waited_ns'], 100_000_000, r.dump())


if __name__ == '__main__':
    unittest.main()


# Tracer 20S: the FIONREAD probe's buffer is one for every thread.  Asked in place (ioctl's mutate_flag), another
# thread's probe could write its own answer there between this probe's call and its read of the answer (a thread
# switch may come as any call returns).  The program below makes that interleaving happen every time: its stand-in
# for the probe runs a second probe, of a pipe with a byte waiting, right after the real one, as such a thread would.
# The recv() on an empty pipe must still say pipe.wait before it blocks.
RACED = '''
import multiprocessing as mp, os, threading, time
from mptutor_trace import fd_probes
if __name__ == "__main__":
    a, b = mp.Pipe()
    p = mp.get_context("fork").Process(target=abs, args=(0,))      # a fork since: recv() asks the kernel
    p.start(); p.join()
    full, w = os.pipe()
    os.write(w, b"x")
    f, req, buf = fd_probes.IOCTL or fd_probes.make_ioctl()
    def raced(fd, request, arg, mutate):
        answer = f(fd, request, arg, mutate)
        f(full, request, arg, mutate)           # another thread's probe, before this one reads its answer
        return answer
    fd_probes.IOCTL = (raced, req, buf)
    threading.Thread(target=lambda: (time.sleep(0.3), a.send("late"))).start()
    print("got", b.recv(), flush=True)
'''


class PipeProbeRace(TraceCase):
    def test_another_threads_probe_between_the_call_and_its_answer_does_not_hide_the_wait(self):
        r = self.traced(RACED, 'fork')
        self.assertEqual(r.rc, 0, r.dump())
        self.assertEqual(r.stdout.split('\n')[0], 'got late', r.dump())
        key = r.one('pipe.create')['object']
        waits = [e for e in r.of('pipe.wait', object=key) if e['end'] == 'B']
        recvs = [e for e in r.of('pipe.recv', object=key) if e['end'] == 'B']
        self.assertEqual(len(waits), 1, r.dump())
        self.assertEqual(len(recvs), 1, r.dump())
        self.assertLess(waits[0]['n'], recvs[0]['n'], r.dump())
