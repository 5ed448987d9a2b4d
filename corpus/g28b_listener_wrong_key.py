"""Gaps 28B: a Listener on a Unix socket with an authkey; a child connects first with a wrong key (its Client()
raises AuthenticationError, and the Listener's accept() raises too), then with the right one; the with-block's end
closes the Listener and removes its socket file."""
import multiprocessing as mp
import os
import sys
import tempfile
from multiprocessing.connection import Listener, Client, AuthenticationError


def worker(address):
    try:
        Client(address, authkey=b"wrong")
    except AuthenticationError as e:
        print("worker: wrong key refused:", e, flush=True)
    with Client(address, authkey=b"right") as conn:
        conn.send("hello")


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    address = os.path.join(tempfile.mkdtemp(), "g28b.sock")
    with Listener(address, family="AF_UNIX", authkey=b"right") as listener:
        p = ctx.Process(target=worker, args=(address,))
        p.start()
        try:
            listener.accept()
        except AuthenticationError as e:
            print("parent: accept() raised", type(e).__name__, flush=True)
        with listener.accept() as conn:
            print("parent got", conn.recv(), flush=True)
        p.join()
    print("socket file still there:", os.path.exists(address), flush=True)
    os.rmdir(os.path.dirname(address))
