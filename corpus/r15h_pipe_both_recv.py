"""A duplex Pipe where both sides wait for the other to speak first: the parent's recv() and the child's recv()
each wait forever
(https://docs.python.org/3/library/multiprocessing.html#multiprocessing.connection.Connection.recv: "Blocks
until there is something to receive")."""
import multiprocessing as mp
import sys


def server(conn):
    request = conn.recv()
    conn.send(request.upper())


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    a, b = mp.Pipe()
    p = mp.Process(target=server, args=(b,), name="server")
    p.start()
    greeting = a.recv()  # meant: a.send("hello") first
    print(greeting)
    p.join()
