"""Listener/Client from the library reference, changed: the server has authkey=b'secret', the first
client forgets the authkey (Client(address) does no authentication at all): it sends its message, the
server reads that message as the answer to its challenge (AuthenticationError: digest received was
wrong), and the client's recv() gets the challenge bytes (UnpicklingError). The second client has the key."""
import multiprocessing as mp
import sys
from multiprocessing.connection import Client, Listener


def client(address, key):
    kwargs = {} if key is None else {"authkey": key}
    with Client(address, **kwargs) as conn:
        conn.send(("add", 2, 3))
        print("client got", conn.recv(), flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with Listener(("127.0.0.1", 0), authkey=b"secret") as listener:
        for key in (None, b"secret"):
            p = mp.Process(target=client, args=(listener.address, key))
            p.start()
            try:
                with listener.accept() as conn:
                    op, a, b = conn.recv()
                    conn.send(a + b)
            except mp.AuthenticationError as e:
                print("server:", type(e).__name__, e, flush=True)
            p.join()
            print("client with key %r exit code %s" % (key, p.exitcode), flush=True)
