"""multiprocessing.connection: a Listener in the parent, a Client in a child, both with one random authkey."""
import multiprocessing as mp
import os
import sys
from multiprocessing.connection import Client, Listener


def talk(address, key):
    with Client(address, authkey=key) as c:
        c.send(("sum", [1, 2, 3]))
        print("child got", c.recv(), flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    key = os.urandom(32)
    with Listener(("127.0.0.1", 0), authkey=key) as listener:
        p = mp.Process(target=talk, args=(listener.address, key))
        p.start()
        with listener.accept() as conn:
            op, numbers = conn.recv()
            conn.send(sum(numbers))
        p.join()
