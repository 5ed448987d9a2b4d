"""Round 20H of the truth review (docs/truth-review.md): programs that fail, hang or strain, again."""
import textwrap
import unittest
from mpt_helper import METHODS, TraceCase

BIG_SENDS = textwrap.dedent('''
    import multiprocessing as mp
    def child(conn):
        print("got", len(conn.recv()), flush=True)
        conn.send(b"s" * 10)                    # small: no wait
        conn.send_bytes(b"b" * 1_000_000)       # send_bytes: its own row says its size and time
    if __name__ == "__main__":
        here, there = mp.Pipe()
        p = mp.Process(target=child, args=(there,))
        p.start()
        here.send(b"p" * 1_000_000)             # larger than the buffer: returns once the child has read it
        print(here.recv(), len(here.recv_bytes()), flush=True)
        p.join()
''')


class SendLargerThanTheBuffer(TraceCase):
    def test_a_send_larger_than_the_buffer_is_a_wait_before_its_send(self):
        """r20h_pipe_both_send_big_hang: both ends send()ed 1 MB before either received; pipe.send is written when the
        call returns, so the record held nothing of the two blocked sends and the hang said only "blocked or busy"."""
        for method in METHODS:
            with self.subTest(method=method):
                r = self.traced(BIG_SENDS, method)
                self.assertEqual((r.rc, r.stdout), (0, "got 1000000\nb'ssssssssss' 1000000\n"), r.dump())
                waits = [e for e in r.of('pipe.wait') if e.get('call') == 'send()']
                self.assertEqual([(e['pid'], e['end']) for e in waits], [(r.main_pid, 'A')], r.dump())
                mine = [e['kind'] for e in r.procs[r.main_pid] if e['kind'] in ('pipe.wait', 'pipe.send')]
                self.assertEqual(mine[:2], ['pipe.wait', 'pipe.send'], r.dump())    # written before the send returned


if __name__ == '__main__':
    unittest.main()
