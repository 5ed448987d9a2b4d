"""A Listener served by a thread of the parent; three client Processes connect, send a number and read back its
square; the server thread answers one connection at a time and stops after three."""
import multiprocessing as mp
import sys
import threading
from multiprocessing.connection import Client, Listener

KEY = b"round20"


def serve(listener, count):
    for _ in range(count):
        with listener.accept() as conn:
            n = conn.recv()
            conn.send(n * n)


def client(address, n):
    with Client(address, authkey=KEY) as conn:
        conn.send(n)
        print("client", n, "got", conn.recv(), flush=True)


def main(ctx):
    listener = Listener(("127.0.0.1", 0), authkey=KEY)
    server = threading.Thread(target=serve, args=(listener, 3), name="server")
    server.start()
    clients = [ctx.Process(target=client, args=(listener.address, n), name=f"client-{n}") for n in (2, 3, 4)]
    for c in clients:
        c.start()
    for c in clients:
        c.join()
    server.join()
    listener.close()
    print("exit codes:", [c.exitcode for c in clients], flush=True)


if __name__ == "__main__":
    main(mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None))
