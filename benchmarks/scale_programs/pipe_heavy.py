"""Scale benchmark seed: a parent and a child talking over a Pipe (pipe.send/recv events)."""
import multiprocessing as mp
import time


def echo(conn):
    while (n := conn.recv()) is not None:
        conn.send(n + 1)


if __name__ == '__main__':
    parent, child = mp.Pipe()
    p = mp.Process(target=echo, args=(child,))
    p.start()
    total = 0
    for i in range(40):
        parent.send(i)
        total += parent.recv()
    parent.send(None)
    # Time for the child's last recv(): its exit and the join come after the repeated part.
    time.sleep(0.1)
    p.join()
    print(total)
