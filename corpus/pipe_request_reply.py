"""A worker answers requests over a Pipe until it reads None."""
from multiprocessing import Process, Pipe


def server(conn):
    while (msg := conn.recv()) is not None:
        conn.send(msg.upper())
    conn.close()


if __name__ == "__main__":
    parent, child = Pipe()
    p = Process(target=server, args=(child,))
    p.start()
    for word in ["alpha", "beta", "gamma"]:
        parent.send(word)
        print(parent.recv())
    parent.send(None)
    p.join()
