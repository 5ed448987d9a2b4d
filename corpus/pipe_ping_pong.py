"""A duplex Pipe: parent and child take turns, five round trips."""
import multiprocessing as mp
import sys


def pong(conn):
    while (msg := conn.recv()) != "stop":
        conn.send(msg + 1)
    conn.close()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    a, b = mp.Pipe()
    p = mp.Process(target=pong, args=(b,))
    p.start()
    n = 0
    for _ in range(5):
        a.send(n)
        n = a.recv()
    a.send("stop")
    p.join()
    print("after five round trips:", n)
