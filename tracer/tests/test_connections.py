"""Listener/Client connections are traced like Pipe() ends (connection.open, then pipe.* events on
ends `listener` and `client` of one key), their byte calls too; writes through an element of an
Array of Structures say shared.write with view: true.  Traced runs behave as untraced ones."""
import sys
import unittest
from mpt_helper import METHODS, TraceCase, run

EXCHANGE = '''
import multiprocessing as mp, sys
from multiprocessing.connection import Client, Listener
from array import array

def client(address):
    with Client(address, authkey=b'k') as conn:
        print('client got', conn.recv())
        print('client got', conn.recv_bytes())
        arr = array('i', [0, 0, 0])
        print('client got', conn.recv_bytes_into(arr), list(arr))
        conn.send('thanks')
        print('poll', conn.poll(0.01))

if __name__ == '__main__':
    mp.set_start_method(sys.argv[1])
    address = ('localhost', 0) if sys.argv[2] == 'inet' else None
    with Listener(address, authkey=b'k') as listener:
        p = mp.Process(target=client, args=(listener.address,))
        p.start()
        with listener.accept() as conn:
            conn.send([2.25, None])
            conn.send_bytes(b'hello')
            conn.send_bytes(array('i', [42, 1729]))
            print('server got', conn.recv())
        p.join()
    with mp.Manager() as m:         # the manager's own connections stay untraced
        d = m.dict(a=1)
        print(d['a'])
'''

LATE_ANSWER = '''
import multiprocessing as mp, sys, time
from multiprocessing.connection import Client, Listener

def client(address):
    conn = Client(address)
    print(conn.recv_bytes())
    try:
        conn.recv()
    except EOFError:
        print('EOF')

if __name__ == '__main__':
    mp.set_start_method(sys.argv[1])
    with Listener() as listener:
        p = mp.Process(target=client, args=(listener.address,))
        p.start()
        conn = listener.accept()
        time.sleep(0.3)             # the client waits in recv_bytes() meanwhile
        conn.send_bytes(b'late')
        conn.close()
        p.join()
'''

STRUCTS = '''
import multiprocessing as mp, sys
from ctypes import Structure, c_double, c_int

class Point(Structure):
    _fields_ = [('x', c_double), ('y', c_int)]

def modify(A):
    for a in A:
        a.x **= 2
    A[1].y = 9

if __name__ == '__main__':
    mp.set_start_method(sys.argv[1])
    A = mp.Array(Point, [(1.5, 1), (-2.0, 2)])
    p = mp.Process(target=modify, args=(A,))
    p.start()
    p.join()
    print([(a.x, a.y) for a in A])
    print(Point.x, type(A[0]).__name__, type(A[0]) is Point)
    free = Point(1.0, 2)
    free.x = 3.0                    # not in shared memory: not traced
    print(free.x)
'''


DEFAULT_TIMEOUT = '''
import multiprocessing as mp, socket, sys, time
from multiprocessing.connection import Client, Listener

def client(address):
    conn = Client(address)
    time.sleep(0.3)                 # the server is in recv() by now: it must block, not fail
    conn.send(456)
    conn.close()

if __name__ == '__main__':
    mp.set_start_method(sys.argv[1])
    socket.setdefaulttimeout(0.1)   # as CPython's TestTimeouts: sockets made now are non-blocking
    with Listener(family='AF_INET') as listener:
        p = mp.Process(target=client, args=(listener.address,))
        p.start()
        conn = listener.accept()
        print('server got', conn.recv())
        p.join()
'''


class ListenerClient(TraceCase):
    def compare(self, code, *args):
        plain = run(code, trace=False, args=args)
        traced = self.traced(code, args=args)
        self.assertEqual(plain.rc, 0, plain.stderr)
        self.assertEqual((plain.rc, plain.stdout), (traced.rc, traced.stdout), traced.dump())
        self.assertNotIn('mptutor_trace', traced.stderr)
        return traced

    def test_a_recv_whose_message_does_not_unpickle_says_so(self):
        """Round 14 (r14_client_forgot_authkey): a Client() without authkey reads the Listener's challenge as its
        first message; recv() raised UnpicklingError and no pipe.recv was written."""
        for method in METHODS:
            with self.subTest(method=method):
                r = self.compare(NO_AUTHKEY_CLIENT, method)
                self.assertIn('client: UnpicklingError', r.stdout)
                got = r.one('pipe.recv', end='client')
                self.assertIsNone(got['item'])
                self.assertTrue(got['error'].startswith("UnpicklingError: invalid load key, '#'"), got)
                # the client gave no authkey (no handshake on its side); the accepted side has none to say
                self.assertEqual([(o['end'], o.get('no_authkey')) for o in r.of('connection.open')], [('client', True)], r.dump())

    def test_a_default_socket_timeout_leaves_the_accepted_connection_blocking(self):
        """Pairing the two sides opens a socket object on the connection's fd; with a default
        timeout set that made the fd non-blocking, and recv() then failed with BlockingIOError."""
        r = self.compare(DEFAULT_TIMEOUT, 'fork')
        self.assertIn('server got 456', r.stdout)
        self.assertEqual(len(r.of('connection.open')), 2, r.dump())

    def test_exchange_is_traced_on_both_sides_of_one_connection(self):
        for method in METHODS:
            for family in ('unix', 'inet'):
                with self.subTest(method=method, family=family):
                    r = self.compare(EXCHANGE, method, family)
                    opens = r.of('connection.open')
                    self.assertEqual(sorted(o['end'] for o in opens), ['client', 'listener'], r.dump())
                    self.assertEqual(len({o['object'] for o in opens}), 1, r.dump())
                    self.assertTrue(all(o['paired'] for o in opens), r.dump())
                    key = opens[0]['object']
                    server = next(o['pid'] for o in opens if o['end'] == 'listener')
                    self.assertEqual(server, r.main_pid)
                    # every message sent on one side is received on the other, in order, with its call
                    for end, other in (('listener', 'client'), ('client', 'listener')):
                        sent = [(e['item'], e.get('call')) for e in r.of('pipe.send', object=key, end=end)]
                        got = [(e['item'], e.get('call')) for e in r.of('pipe.recv', object=key, end=other)]
                        self.assertEqual(len(sent), len(got), r.dump())
                        self.assertEqual([c for _, c in sent], [None if c is None else c.replace('recv_bytes_into', 'send_bytes').replace('recv_bytes', 'send_bytes') for _, c in got])
                    self.assertEqual([e.get('call') for e in r.of('pipe.recv', end='client')],
                                     [None, 'recv_bytes()', 'recv_bytes_into()'])
                    self.assertEqual(r.of('pipe.recv', end='client')[1]['item'], "b'hello'")
                    self.assertEqual(len(r.of('pipe.poll', end='client')), 1)
                    # the manager's connections, and the authkey handshakes, are not the program's
                    self.assertEqual(len(r.of('pipe.send')), 4, r.dump())
                    self.assertEqual(len(r.of('connection.open')), 2)

    def test_a_blocked_recv_bytes_says_pipe_wait_with_its_call(self):
        for method in METHODS:
            with self.subTest(method=method):
                r = self.compare(LATE_ANSWER, method)
                wait = r.one('pipe.wait', end='client', call='recv_bytes()')
                got = r.one('pipe.recv', end='client', item="b'late'")
                self.assertGreater(got['waited_ns'], 100_000_000)
                self.assertLess(wait['t'], got['t'])
                eof = r.one('pipe.recv', end='client', error='EOFError')
                self.assertNotIn('call', eof)

    def test_a_poll_that_may_block_says_pipe_wait_first(self):
        code = '''
import multiprocessing as mp, threading, time
a, b = mp.Pipe()
print(b.poll())                     # timeout 0: never a wait
print(b.poll(0.05))                 # nothing came: a wait, then the poll that gave up
threading.Timer(0.2, a.send, ('x',)).start()
print(b.poll(None), b.recv())       # a wait until the send
print(b.poll(1))                    # nothing left: a wait of up to 1 s, then False
'''
        plain, r = run(code, trace=False), self.traced(code)
        self.assertEqual((plain.rc, plain.stdout), (r.rc, r.stdout))
        self.assertEqual(r.stdout, 'False\nFalse\nTrue x\nFalse\n')
        waits = r.of('pipe.wait', call='poll()')
        polls = r.of('pipe.poll')
        self.assertEqual(len(waits), 3, r.dump())      # poll(0.05), poll(None), and poll(1) after recv took the item
        self.assertEqual([p['ready'] for p in polls], [False, False, True, False])
        self.assertTrue(all(w['t'] <= p['t'] for w, p in zip(waits, polls[1:])))

    def test_errors_show_no_tracer_frame(self):
        code = '''
import traceback
from multiprocessing.connection import Client, Listener
try:
    Client('/nonexistent/socket')
except OSError:
    traceback.print_exc()
with Listener() as listener:
    c = Client(listener.address)
    s = listener.accept()
    c.close()
    for call in (s.recv_bytes, s.recv):
        try:
            call()
        except EOFError:
            traceback.print_exc()
    buf = bytearray(1)
    c2 = Client(listener.address)
    s2 = listener.accept()
    c2.send_bytes(b'too long')
    try:
        s2.recv_bytes_into(buf)
    except Exception:
        traceback.print_exc()
'''
        plain, traced = run(code, trace=False), self.traced(code)
        self.assertIn('EOFError', plain.stderr)
        self.assertIn('BufferTooShort', plain.stderr)
        self.assertNotIn('mptutor_trace', traced.stderr)
        self.assertEqual(plain.stderr.count('File "'), traced.stderr.count('File "'))
        self.assertEqual(traced.one('pipe.recv', error='BufferTooShort')['call'], 'recv_bytes_into()')


class StructArrayWrites(TraceCase):
    def test_writes_through_elements_are_traced(self):
        for method in METHODS:
            with self.subTest(method=method):
                plain = run(STRUCTS, trace=False, args=(method,))
                r = self.traced(STRUCTS, args=(method,))
                self.assertEqual((plain.rc, plain.stdout), (r.rc, r.stdout), r.dump())
                self.assertIn('<Field type=c_double, ofs=0, size=8> Point True', r.stdout)
                key = r.one('shared.create')['object']
                writes = [(w['attr'], w['value'], w.get('view')) for w in r.of('shared.write', object=key)]
                self.assertEqual(writes, [('[0].x', '2.25', True), ('[1].x', '4.0', True), ('[1].y', '9', True)], r.dump())
                child = [p for p in r.procs if p != r.main_pid]
                self.assertTrue(all(w['pid'] in child for w in r.of('shared.write')))
                self.assertEqual(len(r.of('shared.write')), 3)       # the free Point is not shared: untraced


NO_AUTHKEY_CLIENT = '''
import multiprocessing as mp, sys
from multiprocessing.connection import Client, Listener

def client(address):
    with Client(address) as conn:       # no authkey: no handshake on this side
        conn.send(('add', 2, 3))
        try:
            conn.recv()
        except Exception as e:
            print('client:', type(e).__name__)

if __name__ == '__main__':
    mp.set_start_method(sys.argv[1])
    with Listener(('127.0.0.1', 0), authkey=b'secret') as listener:
        p = mp.Process(target=client, args=(listener.address,))
        p.start()
        try:
            listener.accept()
        except mp.AuthenticationError as e:
            refused = e
        p.join()
        print('server:', refused)
'''


if __name__ == '__main__':
    unittest.main()
